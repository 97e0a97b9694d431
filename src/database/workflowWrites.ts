/**
 * The review workflow's reads and writes below Payload's operations, through the database
 * adapter's own API so they work on SQLite and MongoDB alike. A move changes a handful of
 * bookkeeping fields; going through `payload.update` would re-validate, re-save and re-read the
 * whole document (20-odd statements) for each of them.
 *
 * The document's main row holds the live version's content (when there is one); its newest
 * version row holds the working copy. The workflow's own fields are written to both, so every
 * read agrees with or without `draft`.
 */
import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'

import type { PayloadRequest, Where } from 'payload'

import type { WorkflowEvent } from '../payload-types'
import type { WorkflowCollectionSlug } from '../workflow/collections'

export type StoredDocument = Record<string, unknown> & { id: string | number }

export interface WorkflowCopies {
  /** The main row: the live version's content, and the workflow fields of the document. */
  main: StoredDocument
  /** The working copy: the newest version's content (the main row when there is no version). */
  workingCopy: StoredDocument
  /** The id of the newest version row, null when the document has none. */
  versionId: string | null
  /** The newest version row's whole document, as stored (null when there is none). */
  version: Record<string, unknown> | null
}

/** Both copies of a document, read without hooks or access (the caller checks who may move). */
export const readWorkflowCopies = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
): Promise<WorkflowCopies | null> => {
  const main = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as StoredDocument | null
  if (!main) return null
  const versions = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: main.id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const newest = versions.docs[0] as
    { id: string | number; version: Record<string, unknown>; updatedAt?: string } | undefined
  if (!newest) return { main, workingCopy: main, versionId: null, version: null }
  return {
    main,
    // As Payload's own draft reads give it: the version's content and its `updatedAt`.
    workingCopy: {
      ...newest.version,
      id: main.id,
      updatedAt: newest.version.updatedAt ?? newest.updatedAt ?? main.updatedAt,
    },
    versionId: String(newest.id),
    version: newest.version,
  }
}

/** Matches the revision a document was read at (documents saved before revisions have none). */
const atRevision = (revision: unknown): Where =>
  typeof revision === 'number'
    ? { workflowRevision: { equals: revision } }
    : { workflowRevision: { exists: false } }

/**
 * The compare-and-set at the heart of a move: one conditional write of the main row that
 * succeeds only while the document is still at the revision the move was planned from. False
 * when another move (in this process or any other) got there first.
 */
export const claimMove = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string | number,
  readRevision: unknown,
  data: Record<string, unknown>,
): Promise<boolean> => {
  const claimed = await req.payload.db.updateOne({
    collection,
    where: { and: [{ id: { equals: id } }, atRevision(readRevision)] },
    data,
    options: { atomic: true },
    req,
  })
  return claimed !== null && claimed !== undefined
}

/**
 * Whether a write holds a list (an array, a hasMany relationship). Writing any list makes the SQL
 * adapter rewrite every array of the row, keeping only those written: such a write must carry
 * every list of the row, not just the changed one.
 */
const writesAList = (fields: Record<string, unknown>): boolean =>
  Object.values(fields).some(Array.isArray)

/**
 * Writes fields into a version row in place, keeping its content; `updatedAt` is the row's own.
 * Given only the changed fields, the adapters would lose the rest: MongoDB replaces the whole
 * `version` object, and on SQL a list among them drops the row's other arrays (`writesAList`). So
 * plain columns on SQL are one UPDATE, and otherwise the whole stored version (`stored`) is
 * written with the fields laid over it.
 */
export const writeIntoVersion = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  versionId: string,
  fields: Record<string, unknown>,
  stored: Record<string, unknown>,
  updatedAt: unknown,
): Promise<void> => {
  const plainColumnsOnly = req.payload.db.name !== 'mongoose' && !writesAList(fields)
  const version = plainColumnsOnly ? fields : { ...stored, ...fields }
  await req.payload.db.updateVersion({
    collection,
    id: versionId,
    versionData: { version, updatedAt } as never,
    returning: false,
    req,
  })
}

/** Writes workflow fields into the working copy (the newest version row), stamped `updatedAt`. */
export const updateWorkingCopy = (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  versionId: string,
  fields: Record<string, unknown>,
  updatedAt: string,
  stored: Record<string, unknown>,
): Promise<void> =>
  writeIntoVersion(req, collection, versionId, { ...fields, updatedAt }, stored, updatedAt)

/**
 * Writes fields into the document row, in one adapter write with no hooks. With a list among
 * them, give every list of the row (`writesAList`).
 */
export const updateMainRow = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string | number,
  fields: Record<string, unknown>,
): Promise<void> => {
  await req.payload.db.updateOne({ collection, id, data: fields, returning: false, req })
}

const isEmptyList = (value: unknown): boolean => Array.isArray(value) && value.length === 0

/** A list with no entries is no list: a field missing from a row older than the field. */
const sameStoredValue = (next: unknown, stored: unknown): boolean =>
  isDeepStrictEqual(next, stored) ||
  (isEmptyList(next) && (stored === undefined || stored === null || isEmptyList(stored)))

/**
 * The fields whose value differs from what is stored. Writing a list (an array, a hasMany
 * relationship) is what turns a one-statement update into a rewrite of the row's lists, so a
 * write leaves out what would not change anything: an approval clearing who edited since the
 * last one when nobody did, a publish of content whose lists are those already live.
 */
export const changedFields = (
  fields: Record<string, unknown>,
  stored: Record<string, unknown>,
): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(fields).filter(([name, value]) => !sameStoredValue(value, stored[name])),
  )

export interface PublicationWrite {
  /** Plain columns of the document row that change: written with the move's claim. */
  columns: Record<string, unknown>
  /** When a list changes, the whole content, written into the row after the claim. */
  rewrite: Record<string, unknown> | null
}

/**
 * What publishing writes into the document row (`live`, as read) so that it holds the working
 * copy's stored content (`stored`, the newest version as read) with the move's `fields`. When
 * only plain columns differ (a publish of what is already live, or of edited text), only they are
 * written, with the claim. Once a list differs, everything is written after the claim
 * (`writesAList`); so it is when a `unique` column (the slug) changes, which only that write
 * reports as a validation error naming the field when another document holds the value.
 */
export const publicationWrite = (
  live: Record<string, unknown>,
  stored: Record<string, unknown>,
  fields: Record<string, unknown>,
  unique: ReadonlySet<string>,
): PublicationWrite => {
  // The row keeps its own id and creation time; the claim sets its updatedAt.
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = stored
  const next = { ...content, ...fields }
  const columns = changedFields(next, live)
  const rewrite = writesAList(columns) || Object.keys(columns).some((name) => unique.has(name))
  return rewrite ? { columns: {}, rewrite: next } : { columns, rewrite: null }
}

type TrailEntry = Omit<WorkflowEvent, 'id' | 'createdAt' | 'updatedAt'>

/**
 * Appends an entry to the workflow trail with one insert. Payload's create would validate what
 * the service built itself, run the trail's hooks (which only refuse changes and deletions) and
 * read the row back; on SQL the entry's id is chosen here, so nothing needs reading back (MongoDB
 * returns the document it inserted at no extra cost). A second entry for the same move fails on
 * the trail's unique index, as before.
 */
export const appendTrailEntry = async (
  req: PayloadRequest,
  entry: TrailEntry,
): Promise<WorkflowEvent> => {
  const now = new Date().toISOString()
  const data = { ...entry, createdAt: now, updatedAt: now }
  if (req.payload.db.name === 'mongoose') {
    return (await req.payload.db.create({
      collection: 'workflow-events',
      data,
      req,
    })) as unknown as WorkflowEvent
  }
  // The SQL adapters store this project's ids as UUIDs (src/database/adapter.ts).
  const id = randomUUID()
  await req.payload.db.create({
    collection: 'workflow-events',
    data,
    customID: id,
    returning: false,
    req,
  })
  return { id, ...data }
}
