/**
 * The versions list of a reviewed document (`admin.components.views.edit.versions`), aware of the
 * review workflow: each version shows its review state, which version is the working copy, the
 * live one and the last approved one, who last edited its content, and the workflow moves recorded against it
 * (who, what, when, and the comment). A React Server Component; the data comes from
 * src/services/versionHistory.ts in four queries for the page, whatever its size.
 *
 * Payload 3.90's own versions view takes no extra columns and is not exported, so this view
 * replaces it with the same building blocks (Payload's table, sort, paging and step nav). It also
 * serves Payload's "select a version to compare" drawer, which renders the versions view.
 */
import { Gutter, ListQueryProvider, SetDocumentStepNav, SortColumn } from '@payloadcms/ui'
import { notFound } from 'next/navigation'
import type { ClientField, Column, DocumentViewServerProps } from 'payload'
import React from 'react'

import { loadVersionHistory, type VersionHistoryPage } from '../../services/versionHistory'
import { isWorkflowCollection } from '../../workflow/collections'
import {
  personName,
  versionRoles,
  VERSION_ROLE_LABELS,
  type HistoryEvent,
} from '../../workflow/history'
import { ReviewStateBadge } from '../ReviewStateBadge'
import { eventLabel, reviewStateLabel } from '../reviewStates'
import { LocalDate } from './LocalDate'
import { VersionDateCell } from './VersionDateCell'
import { VersionsTable } from './VersionsTable'
import styles from './WorkflowVersions.module.css'

const firstOf = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

const positiveInteger = (value: string | undefined): number | undefined => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined
}

/** Columns carry a client field only for the table's bookkeeping; these are not real fields. */
const columnField = (type: 'date' | 'text'): ClientField => ({ name: '', type }) as ClientField

const Moves = ({
  moves,
  people,
}: {
  moves: HistoryEvent[]
  people: VersionHistoryPage['people']
}) =>
  moves.length === 0 ? (
    <span className={styles.none}>No moves</span>
  ) : (
    <ol className={styles.moves}>
      {moves.map((move) => (
        <li key={move.id} className={styles.move} data-action={move.action}>
          <div>
            <strong>{eventLabel(move.action)}</strong>{' '}
            <span className={styles.muted}>
              by <span data-actor>{personName(people, move.actor)}</span>
            </span>
          </div>
          <div className={styles.muted}>
            <LocalDate date={move.createdAt} />
            {move.from && move.to && (
              <>
                {' · '}
                {reviewStateLabel(move.from)} → {reviewStateLabel(move.to)}
              </>
            )}
          </div>
          {move.comment && <blockquote className={styles.comment}>{move.comment}</blockquote>}
        </li>
      ))}
    </ol>
  )

export const WorkflowVersionsView = async (props: DocumentViewServerProps) => {
  const {
    initPageResult: { collectionConfig, docID, req },
    routeSegments,
    searchParams = {},
    versions: { disableGutter = false, useVersionDrawerCreatedAtCell = false } = {},
  } = props
  const collection = collectionConfig?.slug
  if (!collectionConfig || !isWorkflowCollection(collection) || docID === undefined) notFound()
  const id = String(docID)
  const { i18n, t } = req
  const adminRoute = req.payload.config.routes.admin
  const isTrashed = routeSegments[2] === 'trash'

  const defaultLimit = collectionConfig.admin?.pagination?.defaultLimit ?? 10
  const limit = positiveInteger(firstOf(searchParams.limit)) ?? defaultLimit
  const page = positiveInteger(firstOf(searchParams.page))
  const sort = firstOf(searchParams.sort)

  let history: VersionHistoryPage
  try {
    history = await loadVersionHistory({ req, collection, id, page, limit, sort })
  } catch {
    // As Payload's own view: versions the user may not read are not found.
    notFound()
  }
  const { versions, moves, people, targets } = history

  const versionHref = (versionId: string) =>
    `${adminRoute === '/' ? '' : adminRoute}/collections/${collection}/${isTrashed ? 'trash/' : ''}${encodeURIComponent(id)}/versions/${encodeURIComponent(versionId)}`

  const columns: Column[] = [
    {
      accessor: 'updatedAt',
      active: true,
      field: columnField('date'),
      Heading: <SortColumn Label={t('general:updatedAt')} name="updatedAt" />,
      renderedCells: versions.map((version) => (
        <VersionDateCell
          key={version.id}
          href={versionHref(version.id)}
          versionId={version.id}
          updatedAt={version.updatedAt}
          pickForComparison={useVersionDrawerCreatedAtCell}
        />
      )),
    },
    {
      accessor: 'reviewState',
      active: true,
      field: columnField('text'),
      Heading: <SortColumn disable Label="Review state" name="reviewState" />,
      renderedCells: versions.map((version) => (
        <div key={version.id} className={styles.state}>
          <ReviewStateBadge state={version.reviewState} />
          {versionRoles(version.id, targets).map((role) => (
            <span key={role} className={`${styles.role} ${styles[role]}`} data-version-role={role}>
              {VERSION_ROLE_LABELS[role]}
            </span>
          ))}
        </div>
      )),
    },
    {
      // The content's last editor, carried by every version; a move's actor is in the next column.
      accessor: 'lastEditedBy',
      active: true,
      field: columnField('text'),
      Heading: <SortColumn disable Label="Last edited by" name="lastEditedBy" />,
      renderedCells: versions.map((version) => (
        <span key={version.id}>{personName(people, version.lastEditedBy)}</span>
      )),
    },
    {
      accessor: 'moves',
      active: true,
      field: columnField('text'),
      Heading: <SortColumn disable Label="Workflow moves" name="moves" />,
      renderedCells: versions.map((version) => (
        <Moves key={version.id} moves={moves.get(version.id) ?? []} people={people} />
      )),
    },
    {
      accessor: 'id',
      active: true,
      field: columnField('text'),
      Heading: <SortColumn disable Label={t('version:versionID')} name="id" />,
      renderedCells: versions.map((version) => (
        <span key={version.id} className={styles.versionId}>
          {version.id}
        </span>
      )),
    },
  ]

  const plural = collectionConfig.labels?.plural
  const pluralLabel = typeof plural === 'function' ? plural({ i18n, t }) : plural
  const Wrap = disableGutter ? React.Fragment : Gutter

  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collection}
        id={id}
        isTrashed={isTrashed}
        pluralLabel={pluralLabel}
        useAsTitle={collectionConfig.admin?.useAsTitle}
        view={i18n.t('version:versions')}
      />
      <main className="versions" data-testid="workflow-versions">
        <Wrap {...(disableGutter ? {} : { className: 'versions__wrap' })}>
          <ListQueryProvider data={history.page} modifySearchParams query={{ limit, sort }}>
            <VersionsTable
              columns={columns}
              paginationLimits={collectionConfig.admin?.pagination?.limits}
            />
          </ListQueryProvider>
        </Wrap>
      </main>
    </>
  )
}
