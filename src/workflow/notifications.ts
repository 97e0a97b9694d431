/**
 * Who hears about a review move, and what the e-mail says: pure data and functions, no Payload
 * and no I/O. src/services/notifyTransition.ts loads the users and sends the mail.
 *
 * The rule is "tell whoever must act next":
 *
 * | action         | recipients                                                               |
 * | -------------- | ------------------------------------------------------------------------ |
 * | submit         | the assigned reviewers; all reviewers when none can be told              |
 * | resubmit       | the same                                                                 |
 * | requestChanges | the document's authors, with the reviewer's comment                      |
 * | approve        | every editor (they publish)                                              |
 * | publish        | the document's authors, for information                                  |
 * | unpublish      | nobody: the document is archived and nobody has to do anything          |
 * | reopen         | the document's authors: it is a draft again, and submitting is theirs    |
 *
 * Decisions beyond the brief:
 * - The actor never hears about their own move: they are left out by id and by e-mail address.
 * - Only users holding at least one known role count. A user whose roles were all taken away is
 *   treated as switched off.
 * - "Assigned reviewers" are the assigned users who still hold the `reviewer` role (someone
 *   whose role was taken away cannot approve). When no assigned reviewer can be told (none
 *   assigned, none still a reviewer, none with an address, or the actor is the only one), every
 *   reviewer is told instead, so a submission never goes unnoticed.
 * - "Authors" are the users listed in `authorIds` (articles: `authors`; other collections: the
 *   creator), whatever their role: an editor listed as an author must hear about changes too.
 * - Addresses are compared case-insensitively, trimmed, and sent once. A blank or malformed
 *   address (whitespace, comma, angle bracket) is skipped rather than passed to the mailer.
 */
import { isRole } from '../access/roles'
import { usableAddress } from '../email/address'
import { reviewStateLabel } from './states'
import type { WorkflowAction } from './transitions'

export type Audience = 'assignedReviewers' | 'authors' | 'editors' | 'nobody'

/** Who is told about each move; see the table above. */
export const NOTIFIED_AUDIENCE: Readonly<Record<WorkflowAction, Audience>> = Object.freeze({
  submit: 'assignedReviewers',
  resubmit: 'assignedReviewers',
  requestChanges: 'authors',
  approve: 'editors',
  publish: 'authors',
  unpublish: 'nobody',
  reopen: 'authors',
  // The authors hear that their live document came down, and why.
  withdraw: 'authors',
  discard: 'nobody',
})

/** A user as the recipient rules need it. Ids may be numbers; they are compared as strings. */
export interface NotifiableUser {
  readonly id: string | number
  readonly email?: string | null
  readonly roles?: readonly string[] | null
}

export interface NotifiedDocument {
  readonly authorIds: readonly (string | number)[]
  readonly assignedReviewerIds: readonly (string | number)[]
}

export interface RecipientsInput {
  readonly action: WorkflowAction
  readonly document: NotifiedDocument
  readonly actorId: string | number | null | undefined
  /** Every user a rule may pick: the authors, the assigned reviewers, reviewers and editors. */
  readonly users: readonly NotifiableUser[]
}

const isActive = (user: NotifiableUser): boolean => Boolean(user.roles?.some(isRole))

const hasRole = (user: NotifiableUser, role: string): boolean => Boolean(user.roles?.includes(role))

/** The users with these ids, in the order of the ids; unknown ids are skipped. */
const usersWithIds = (
  users: readonly NotifiableUser[],
  ids: readonly (string | number)[],
): NotifiableUser[] =>
  ids.flatMap((id) => users.filter((user) => String(user.id) === String(id)).slice(0, 1))

/**
 * The e-mail addresses to notify about `action`, in a stable order (the document's order for
 * authors and assigned reviewers, the order of `users` otherwise), each once, never the actor's.
 */
export const recipientsFor = ({ action, document, actorId, users }: RecipientsInput): string[] => {
  const actorKey = actorId === null || actorId === undefined ? null : String(actorId)
  const actorAddresses = new Set(
    users
      .filter((user) => actorKey !== null && String(user.id) === actorKey)
      .map((user) => usableAddress(user.email)?.toLowerCase())
      .filter((address): address is string => Boolean(address)),
  )

  const addressesOf = (candidates: readonly NotifiableUser[]): string[] => {
    const seen = new Set<string>()
    const addresses: string[] = []
    for (const user of candidates) {
      if (!isActive(user) || (actorKey !== null && String(user.id) === actorKey)) continue
      const address = usableAddress(user.email)
      if (!address) continue
      const key = address.toLowerCase()
      if (seen.has(key) || actorAddresses.has(key)) continue
      seen.add(key)
      addresses.push(address)
    }
    return addresses
  }

  switch (NOTIFIED_AUDIENCE[action]) {
    case 'assignedReviewers': {
      const assigned = usersWithIds(users, document.assignedReviewerIds).filter((user) =>
        hasRole(user, 'reviewer'),
      )
      const told = addressesOf(assigned)
      return told.length > 0 ? told : addressesOf(users.filter((user) => hasRole(user, 'reviewer')))
    }
    case 'authors':
      return addressesOf(usersWithIds(users, document.authorIds))
    case 'editors':
      return addressesOf(users.filter((user) => hasRole(user, 'editor')))
    default:
      return []
  }
}

// ---------------------------------------------------------------------------------------------
// The message
// ---------------------------------------------------------------------------------------------

interface ActionWording {
  /** Subject prefix. */
  readonly headline: string
  /** The opening sentence: who did what to which document. */
  readonly lead: (actor: string, thing: string) => string
  /** What the recipient is asked to do. */
  readonly next: string
}

const WORDING: Readonly<Record<WorkflowAction, ActionWording>> = {
  submit: {
    headline: 'Review requested',
    lead: (actor, thing) => `${actor} submitted ${thing} for review.`,
    next: 'Please review it, then approve it or request changes.',
  },
  resubmit: {
    headline: 'Review requested again',
    lead: (actor, thing) => `${actor} resubmitted ${thing} for review.`,
    next: 'Please review the changes, then approve it or request further changes.',
  },
  requestChanges: {
    headline: 'Changes requested',
    lead: (actor, thing) => `${actor} asked for changes to ${thing}.`,
    next: 'Please make the changes below and resubmit it for review.',
  },
  approve: {
    headline: 'Approved, ready to publish',
    lead: (actor, thing) => `${actor} approved ${thing}.`,
    next: 'It is ready to be published.',
  },
  publish: {
    headline: 'Published',
    lead: (actor, thing) => `${actor} published ${thing}.`,
    next: 'It is now public. No action is needed.',
  },
  unpublish: {
    headline: 'Unpublished',
    lead: (actor, thing) => `${actor} unpublished ${thing}.`,
    next: 'It is no longer public and has been archived.',
  },
  reopen: {
    headline: 'Reopened',
    lead: (actor, thing) => `${actor} reopened ${thing}.`,
    next: 'It is a draft again: update it and submit it for review when it is ready.',
  },
  withdraw: {
    headline: 'Withdrawn',
    lead: (actor, thing) => `${actor} withdrew ${thing}: it is no longer public.`,
    next: 'The reason is below. Any pending draft was kept.',
  },
  discard: {
    headline: 'Pending draft discarded',
    lead: (actor, thing) => `${actor} discarded the pending draft of ${thing}.`,
    next: 'The live version is the working copy again. No action is needed.',
  },
}

export const MAX_SUBJECT_TITLE_LENGTH = 80

export interface TransitionEmailInput {
  readonly action: WorkflowAction
  /** Singular label of the collection, e.g. "Article". */
  readonly collectionLabel: string
  readonly title: string | null | undefined
  readonly from: string
  readonly to: string
  /** The name of the user who made the move. */
  readonly actorName: string | null | undefined
  readonly comment?: string | null
  /** A link to the document in the admin panel. */
  readonly adminUrl: string
}

export interface TransitionEmail {
  readonly subject: string
  readonly text: string
  readonly html: string
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])

// Control characters (CR and LF included) would break a header or fake one; tabs become spaces.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

/** One line of plain text: control characters and runs of spaces become one space. */
const oneLine = (value: string): string =>
  value.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim()

const truncate = (value: string, length: number): string =>
  value.length <= length ? value : `${value.slice(0, length - 1).trimEnd()}…`

/** The link, when it is an http(s) URL; anything else is shown as text, never as a link. */
const safeLink = (url: string): string | null => {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

/** The comment's lines, without trailing blanks; `null` when there is nothing to show. */
const commentLines = (comment: string | null | undefined): string[] | null => {
  if (typeof comment !== 'string' || comment.trim() === '') return null
  // eslint-disable-next-line no-control-regex
  const cleaned = comment.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  return cleaned.trim().split('\n')
}

/**
 * The e-mail for one move. The subject is a single line (no header injection through a title);
 * the HTML escapes everything that came from users: title, names, label and comment.
 */
export const composeTransitionEmail = ({
  action,
  collectionLabel,
  title,
  from,
  to,
  actorName,
  comment,
  adminUrl,
}: TransitionEmailInput): TransitionEmail => {
  const wording = WORDING[action]
  const label = oneLine(collectionLabel) || 'Document'
  const fullTitle = oneLine(title ?? '') || '(untitled)'
  const actor = oneLine(actorName ?? '') || 'Someone'
  const lines = commentLines(comment)
  const link = safeLink(adminUrl)
  const states = `${reviewStateLabel(from)} → ${reviewStateLabel(to)}`
  const lead = wording.lead(actor, `the ${label.toLowerCase()} “${fullTitle}”`)
  const commentHeading = action === 'requestChanges' ? 'What to change:' : 'Comment:'

  const subject = `${wording.headline}: ${label} “${truncate(fullTitle, MAX_SUBJECT_TITLE_LENGTH)}”`

  const text = [
    lead,
    '',
    `Review state: ${states}`,
    '',
    wording.next,
    ...(lines ? ['', commentHeading, ...lines.map((line) => `> ${line}`.trimEnd())] : []),
    '',
    `Open it: ${oneLine(adminUrl)}`,
    '',
  ].join('\n')

  const htmlLink = link
    ? `<a href="${escapeHtml(link)}">Open it in the admin panel</a>`
    : `Open it: ${escapeHtml(oneLine(adminUrl))}`
  const html = [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(lead)}</p>`,
    `<p>Review state: <strong>${escapeHtml(states)}</strong></p>`,
    `<p>${escapeHtml(wording.next)}</p>`,
    ...(lines
      ? [
          `<p><strong>${escapeHtml(commentHeading)}</strong></p>`,
          `<blockquote style="white-space: pre-wrap; border-left: 3px solid #ccc; margin: 0; padding-left: 12px">${lines
            .map(escapeHtml)
            .join('<br>')}</blockquote>`,
        ]
      : []),
    `<p>${htmlLink}</p>`,
    '</body></html>',
    '',
  ].join('\n')

  return { subject, text, html }
}
