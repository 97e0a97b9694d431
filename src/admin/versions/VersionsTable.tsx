'use client'
/**
 * The table and paging controls of the workflow-aware versions list. The cells arrive rendered
 * from the server; paging and page size go through Payload's list query, which updates the URL so
 * the server renders the next page.
 */
import {
  LoadingOverlayToggle,
  Pagination,
  PerPage,
  Table,
  useListQuery,
  useTranslation,
} from '@payloadcms/ui'
import type { Column } from 'payload'
import React from 'react'

const baseClass = 'versions'

export const VersionsTable = ({
  columns,
  paginationLimits,
}: {
  columns: Column[]
  paginationLimits?: number[]
}) => {
  const { data, handlePageChange, handlePerPageChange } = useListQuery()
  const { i18n } = useTranslation()

  if (!data) return <LoadingOverlayToggle name="versions" show />
  if (data.totalDocs === 0) {
    return (
      <div className={`${baseClass}__no-versions`}>{i18n.t('version:noFurtherVersionsFound')}</div>
    )
  }

  const first = (data.page ?? 1) * data.limit - (data.limit - 1)
  const last = data.hasNextPage ? (data.page ?? 1) * data.limit : data.totalDocs

  return (
    <>
      <Table columns={columns} data={data.docs} />
      <div className={`${baseClass}__page-controls`}>
        <Pagination
          hasNextPage={data.hasNextPage}
          hasPrevPage={data.hasPrevPage}
          limit={data.limit}
          nextPage={data.nextPage ?? undefined}
          numberOfNeighbors={1}
          onChange={(page) => void handlePageChange?.(page)}
          page={data.page}
          prevPage={data.prevPage ?? undefined}
          totalPages={data.totalPages}
        />
        <div className={`${baseClass}__page-info`}>
          {first}-{last} {i18n.t('general:of')} {data.totalDocs}
        </div>
        <PerPage
          handleChange={(limit) => void handlePerPageChange?.(limit)}
          limit={data.limit}
          limits={paginationLimits ?? [5, 10, 25, 50, 100]}
        />
      </div>
    </>
  )
}
