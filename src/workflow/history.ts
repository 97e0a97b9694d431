/**
 * Workflow-aware version history: which workflow moves belong to which saved version, who is who,
 * which versions a reviewer wants to compare, and the admin URL of that comparison. Plain data in,
 * plain data out; src/services/versionHistory.ts does the reading.
 */
import type { Where } from 'payload'

/** A relationship as stored or populated: an id, or a document carrying one. */
type Reference = string | number | { id?: string | number | null } | null | undefined

/** The id a relationship value points at, whether populated or not. */
export const referenceId = (value: Reference): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object')
    return value.id === null || value.id === undefined ? null : String(value.id)
  return String(value)
}

/** One saved version of a document, as the history shows it. */
export interface HistoryVersion {
  id: string
  updatedAt: string
  /** Where the document stood in review when this version was saved or last moved. */
  reviewState: string | null
  /** Payload's own flag: 'published' on the versions written by publishing. */
  status: string | null
  /** The user who last edited the content (moves keep it; their actors are in the trail). */
  lastEditedBy: string | null
}

/** One recorded workflow move (a `workflow-events` document). */
export interface HistoryEvent {
  id: string
  /** The id of the version row the move applied to. */
  version: string | null
  action: string
  from: string | null
  to: string | null
  actor: string | null
  comment: string | null
  createdAt: string
  /** The document's own move counter, when recorded: orders moves made in one millisecond. */
  sequence?: number | null
}

/** A raw version row as Payload's findVersions returns it (depth 0). */
export interface StoredVersionRow {
  id: string | number
  updatedAt?: string | null
  version?: {
    reviewState?: string | null
    _status?: string | null
    lastEditedBy?: Reference
  } | null
}

/** A raw `workflow-events` document (depth 0). */
export interface StoredEventRow {
  id: string | number
  version?: string | null
  action?: string | null
  from?: string | null
  to?: string | null
  actor?: Reference
  comment?: string | null
  createdAt?: string | null
  sequence?: number | null
}

export const historyVersionOf = (row: StoredVersionRow): HistoryVersion => ({
  id: String(row.id),
  updatedAt: row.updatedAt ?? '',
  reviewState: row.version?.reviewState ?? null,
  status: row.version?._status ?? null,
  lastEditedBy: referenceId(row.version?.lastEditedBy),
})

export const historyEventOf = (row: StoredEventRow): HistoryEvent => ({
  id: String(row.id),
  version: row.version ? String(row.version) : null,
  action: row.action ?? '',
  from: row.from ?? null,
  to: row.to ?? null,
  actor: referenceId(row.actor),
  comment: row.comment ? row.comment : null,
  createdAt: row.createdAt ?? '',
  sequence: row.sequence ?? null,
})

/**
 * The query for every move recorded against a page of versions of one document: one query for the
 * whole page, however many versions it holds.
 */
export const movesOfVersionsWhere = (
  collection: string,
  documentId: string,
  versionIds: readonly string[],
): Where => ({
  and: [
    { collection: { equals: collection } },
    { documentId: { equals: documentId } },
    { version: { in: [...versionIds] } },
  ],
})

/** Oldest first: by the document's move counter when both have one, else by time. */
export const compareMoves = (a: HistoryEvent, b: HistoryEvent): number => {
  if (
    typeof a.sequence === 'number' &&
    typeof b.sequence === 'number' &&
    a.sequence !== b.sequence
  ) {
    return a.sequence - b.sequence
  }
  return a.createdAt.localeCompare(b.createdAt)
}

/** The moves recorded against each version, oldest first. Versions without moves are absent. */
export const movesByVersion = (events: readonly HistoryEvent[]): Map<string, HistoryEvent[]> => {
  const grouped = new Map<string, HistoryEvent[]>()
  for (const event of [...events].sort(compareMoves)) {
    if (!event.version) continue
    const moves = grouped.get(event.version)
    if (moves) moves.push(event)
    else grouped.set(event.version, [event])
  }
  return grouped
}

/** Everyone the page names (editors and actors), each once, to be looked up in one query. */
export const peopleNamedIn = (
  versions: readonly HistoryVersion[],
  events: readonly HistoryEvent[],
): string[] => [
  ...new Set(
    [
      ...versions.map((version) => version.lastEditedBy),
      ...events.map((event) => event.actor),
    ].filter((id): id is string => id !== null),
  ),
]

export interface Person {
  id: string | number
  name?: string | null
  email?: string | null
}

/** How the history names a user: name, else e-mail; an id nobody can read is a former user. */
export const personName = (people: ReadonlyMap<string, Person>, id: string | null): string => {
  if (id === null) return 'Unknown user'
  const person = people.get(id)
  if (!person) return 'A former user'
  return person.name?.trim() || person.email || 'Unknown user'
}

/** The versions a reviewer compares the working copy with; null when there is none. */
export interface DiffTargets {
  /** The newest version: what the next move applies to. */
  workingCopyVersionId: string | null
  /** The version anonymous readers get; null while the document is offline. */
  liveVersionId: string | null
  /** The version the newest approval applied to, if it is still kept. */
  lastApprovedVersionId: string | null
}

/**
 * Picks the comparison targets from what was read:
 * - the working copy is the newest version;
 * - the live version is the newest version Payload saved as published, but only while the main
 *   document is published (a withdrawn document has no live version, whatever its history holds);
 * - the last approved version is the one the newest `approve` move applied to, when that version
 *   row still exists (old versions are pruned beyond the collection's `maxPerDoc`).
 */
export const pickDiffTargets = ({
  isLive,
  newestVersionId,
  newestPublishedVersionId,
  lastApprovedVersionId,
  lastApprovedVersionExists,
}: {
  isLive: boolean
  newestVersionId: string | null
  newestPublishedVersionId: string | null
  lastApprovedVersionId: string | null
  lastApprovedVersionExists: boolean
}): DiffTargets => ({
  workingCopyVersionId: newestVersionId,
  liveVersionId: isLive ? newestPublishedVersionId : null,
  lastApprovedVersionId:
    lastApprovedVersionId && lastApprovedVersionExists ? lastApprovedVersionId : null,
})

/** What a version is to the reviewer, beside its review state. */
export type VersionRole = 'workingCopy' | 'live' | 'lastApproved'

export const VERSION_ROLE_LABELS: Readonly<Record<VersionRole, string>> = {
  workingCopy: 'Working copy',
  live: 'Live',
  lastApproved: 'Last approved',
}

export const versionRoles = (versionId: string, targets: DiffTargets): VersionRole[] => {
  const roles: VersionRole[] = []
  if (targets.workingCopyVersionId === versionId) roles.push('workingCopy')
  if (targets.liveVersionId === versionId) roles.push('live')
  if (targets.lastApprovedVersionId === versionId) roles.push('lastApproved')
  return roles
}

/**
 * The admin's comparison of two versions of a document (Payload 3's version view): the page of
 * `versionId`, compared with `versionFrom` (shown as the older side).
 */
export const compareVersionsPath = ({
  adminRoute,
  collection,
  documentId,
  versionId,
  versionFrom,
}: {
  adminRoute: string
  collection: string
  documentId: string
  versionId: string
  versionFrom: string
}): string => {
  const base = adminRoute === '/' ? '' : adminRoute.replace(/\/$/, '')
  const path = [collection, documentId, 'versions', versionId].map(encodeURIComponent).join('/')
  return `${base}/collections/${path}?versionFrom=${encodeURIComponent(versionFrom)}`
}

/** The page listing a document's versions. */
export const versionsListPath = ({
  adminRoute,
  collection,
  documentId,
}: {
  adminRoute: string
  collection: string
  documentId: string
}): string => {
  const base = adminRoute === '/' ? '' : adminRoute.replace(/\/$/, '')
  return `${base}/collections/${encodeURIComponent(collection)}/${encodeURIComponent(documentId)}/versions`
}

export type DiffLinkKey = 'live' | 'lastApproved'

/** One of the review panel's comparisons: a link, or the reason there is nothing to compare. */
export type DiffLink =
  | { key: DiffLinkKey; label: string; versionId: string; versionFrom: string }
  | { key: DiffLinkKey; label: string; unavailable: string }

/** The review panel's two comparisons of the working copy: with what is live, with what was approved. */
export const diffLinks = (targets: DiffTargets): DiffLink[] => {
  const working = targets.workingCopyVersionId
  const link = (
    key: DiffLinkKey,
    label: string,
    other: string | null,
    missing: string,
    same: string,
  ): DiffLink => {
    if (!working) return { key, label, unavailable: 'No version has been saved yet.' }
    if (!other) return { key, label, unavailable: missing }
    if (other === working) return { key, label, unavailable: same }
    return { key, label, versionId: working, versionFrom: other }
  }
  return [
    link(
      'live',
      'Changes since the live version',
      targets.liveVersionId,
      'Not live: there is no live version to compare with.',
      'No pending changes: the working copy is the live version.',
    ),
    link(
      'lastApproved',
      'Changes since the last approval',
      targets.lastApprovedVersionId,
      'Never approved (or the approved version is no longer kept).',
      'No changes since the last approval.',
    ),
  ]
}
