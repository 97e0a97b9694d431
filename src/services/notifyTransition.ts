/**
 * E-mails the people who must act after a review move. Call it after the move's transaction has
 * committed (a mail about a move that was rolled back would be wrong), e.g.
 * `void notifyTransition({ payload: req.payload, collection, doc, transition, actor: req.user })`.
 *
 * Who is told and what the mail says are decided in src/workflow/notifications.ts; this file loads
 * the users, sends and logs. It never throws: a failed notification must not fail the move.
 *
 * One e-mail per recipient, not one addressed to all: recipients do not see each other's
 * addresses, a refused address fails only its own mail, and the log names who missed theirs.
 * They are sent one after another, so a list of editors does not open a burst of SMTP
 * connections at once.
 */
import type { Payload, Where } from 'payload'

import type { WorkflowCollectionSlug } from '../workflow/collections'
import {
  composeTransitionEmail,
  NOTIFIED_AUDIENCE,
  recipientsFor,
  type NotifiableUser,
} from '../workflow/notifications'
import { idOf, workflowDocumentOf, type StoredWorkflowFields } from '../workflow/record'
import type { WorkflowAction } from '../workflow/transitions'

/** At most this many users are loaded for one move; more are logged and left out. */
export const MAX_NOTIFIED_USERS = 500

export const QUOTE_TITLE_LENGTH = 60

const COLLECTION_LABELS: Readonly<Record<WorkflowCollectionSlug, string>> = {
  articles: 'Article',
  'expert-quotes': 'Expert quote',
  'scar-types': 'Scar type',
  treatments: 'Treatment',
}

export interface NotifiedTransition {
  action: WorkflowAction
  from: string
  to: string
  comment?: string | null
}

export interface NotifyingActor {
  id: string | number
  name?: string | null
  email?: string | null
}

export interface NotifyTransitionInput {
  payload: Payload
  collection: WorkflowCollectionSlug
  /** The document after the move (depth 0 is enough; populated relations work too). */
  doc: Record<string, unknown>
  transition: NotifiedTransition
  actor: NotifyingActor | null | undefined
}

export interface NotifyTransitionResult {
  /** Everyone the rules picked. */
  recipients: string[]
  /** Those whose e-mail was handed to the transport. */
  sent: string[]
  /** Those whose e-mail failed (each also logged). */
  failed: string[]
}

const firstCharacters = (value: string, length: number): string => {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`
}

/** The human name of a document: title, name, or the start of an expert quote's statement. */
export const documentTitle = (
  collection: WorkflowCollectionSlug,
  doc: Record<string, unknown>,
): string => {
  const text = (key: string): string => (typeof doc[key] === 'string' ? (doc[key] as string) : '')
  switch (collection) {
    case 'articles':
      return text('title')
    case 'expert-quotes':
      return firstCharacters(text('statement'), QUOTE_TITLE_LENGTH)
    default:
      return text('name')
  }
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [])
    .map((entry) => idOf(entry as Parameters<typeof idOf>[0]))
    .filter((id): id is string => id !== null)

/** The users the rule for `action` may pick: named ids plus everyone with the roles it needs. */
const loadUsers = async (
  payload: Payload,
  ids: string[],
  roles: string[],
): Promise<NotifiableUser[]> => {
  const or: Where[] = [
    ...(ids.length > 0 ? [{ id: { in: ids } }] : []),
    ...(roles.length > 0 ? [{ roles: { in: roles } }] : []),
  ]
  if (or.length === 0) return []
  // One more than the cap tells that some were left out, without counting them all.
  const found = await payload.find({
    collection: 'users',
    where: { or },
    select: { email: true, roles: true },
    sort: 'createdAt',
    depth: 0,
    limit: MAX_NOTIFIED_USERS + 1,
    pagination: false,
    overrideAccess: true,
  })
  if (found.docs.length > MAX_NOTIFIED_USERS) {
    payload.logger.warn({
      msg: 'Too many users to notify about a review move; some were left out',
      loaded: MAX_NOTIFIED_USERS,
    })
  }
  return found.docs.slice(0, MAX_NOTIFIED_USERS).map((user) => ({
    id: user.id,
    email: user.email,
    roles: user.roles,
  }))
}

/**
 * Sends the notifications for one committed review move. Resolves with who was picked and what
 * happened; never rejects.
 */
export const notifyTransition = async ({
  payload,
  collection,
  doc,
  transition,
  actor,
}: NotifyTransitionInput): Promise<NotifyTransitionResult> => {
  const result: NotifyTransitionResult = { recipients: [], sent: [], failed: [] }
  let documentId: string | null = null
  try {
    documentId = doc?.id === undefined || doc?.id === null ? null : String(doc.id)
    const audience = NOTIFIED_AUDIENCE[transition.action]
    if (!audience || audience === 'nobody') return result

    const authorIds = workflowDocumentOf(collection, doc as StoredWorkflowFields).authorIds
    const assignedReviewerIds = idsOf(doc.assignedReviewers)
    const ids =
      audience === 'authors'
        ? [...authorIds]
        : audience === 'assignedReviewers'
          ? [...assignedReviewerIds]
          : []
    if (actor?.id !== undefined && actor?.id !== null) ids.push(String(actor.id))
    const roles =
      audience === 'assignedReviewers' ? ['reviewer'] : audience === 'editors' ? ['editor'] : []

    const users = await loadUsers(payload, [...new Set(ids)], roles)
    result.recipients = recipientsFor({
      action: transition.action,
      document: { authorIds, assignedReviewerIds },
      actorId: actor?.id,
      users,
    })
    if (result.recipients.length === 0) return result

    const routes = payload.config.routes as { admin?: string } | undefined
    const email = composeTransitionEmail({
      action: transition.action,
      collectionLabel: COLLECTION_LABELS[collection] ?? collection,
      title: documentTitle(collection, doc),
      from: transition.from,
      to: transition.to,
      actorName: actor?.name || actor?.email,
      comment: transition.comment,
      adminUrl: `${payload.config.serverURL ?? ''}${routes?.admin ?? '/admin'}/collections/${collection}/${documentId}`,
    })

    for (const to of result.recipients) {
      try {
        await payload.sendEmail({ to, ...email })
        result.sent.push(to)
      } catch (error) {
        result.failed.push(to)
        payload.logger.error({
          msg: 'Could not send a review notification',
          reason: reasonOf(error),
          to,
          collection,
          id: documentId,
          action: transition.action,
        })
      }
    }
  } catch (error) {
    result.failed = result.recipients.filter((to) => !result.sent.includes(to))
    try {
      payload.logger.error({
        msg: 'Could not send review notifications',
        reason: reasonOf(error),
        collection,
        id: documentId,
        action: transition?.action,
      })
    } catch {
      // Not even the logger works: there is nobody left to tell, and the caller must not fail.
    }
  }
  return result
}
