'use client'
/**
 * The first cell of a versions-list row: the version's date, linking to the version's page. Inside
 * Payload's "select a version to compare" drawer it instead picks the version as the other side of
 * the comparison (`?versionFrom=`), as Payload's own drawer cell does.
 */
import { Link, useModal, useRouteTransition } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import React from 'react'

import { LocalDate } from './LocalDate'

export const VersionDateCell = ({
  href,
  versionId,
  updatedAt,
  pickForComparison,
}: {
  href: string
  versionId: string
  updatedAt: string
  pickForComparison: boolean
}) => {
  const { closeAllModals } = useModal()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const { startRouteTransition } = useRouteTransition()

  if (!pickForComparison) {
    return (
      <Link href={href} prefetch={false}>
        <LocalDate date={updatedAt} />
      </Link>
    )
  }

  const pick = () => {
    closeAllModals()
    const params = new URLSearchParams(Array.from(searchParams.entries()))
    params.set('versionFrom', versionId)
    startRouteTransition(() => router.push(`${pathname}?${params.toString()}`))
  }
  return (
    <button className="created-at-cell" onClick={pick} type="button">
      <LocalDate date={updatedAt} />
    </button>
  )
}
