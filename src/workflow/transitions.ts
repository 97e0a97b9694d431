/**
 * The editorial review state machine: pure data and functions, no Payload and no I/O.
 *
 * Decisions beyond the brief:
 * - "The document's authors" means a user holding the `author` role whose id is in `authorIds`.
 *   Being listed alone is not enough, so taking a user's roles away also takes away their rights
 *   on documents that still list them. Editors and admins may submit any document.
 * - The two-person rule compares ids as strings, so a numeric id from a SQL adapter that slipped
 *   through unconverted cannot bypass it. It is checked after the role check, so an editor who
 *   tries to approve is told about the missing role, not about authorship.
 * - A trimmed, non-blank comment is passed through on every move (it is only required when asking
 *   for changes), so the caller can keep it in the review history.
 * - Content edits (`stateAfterContentEdit`): editing an approved document voids the approval and
 *   sends it back to draft, since the approval was for other content. Editing a published document
 *   starts a new draft while the published version stays live. Editing while in review keeps it in
 *   review: the caller adds the editor to `editedSinceApprovalBy`, so the two-person rule still
 *   keeps them from approving what they changed. Draft, changes requested and archived stay as
 *   they are.
 * - The two-person rule covers the creator and everyone who changed the content since the last
 *   approval (not only the last editor): rewriting the summary and letting a colleague touch the
 *   title afterwards does not make the rewrite approvable by its writer.
 */
import { type Actor, hasAnyRole, type Role } from '../access/roles'
import { WORKFLOW_ERRORS, WorkflowError } from './errors'
import { isReviewState, type Publication, REVIEW_STATES, type ReviewState } from './states'

/** The states of a working copy that differs from what is live (when anything is). */
const PENDING_STATES = ['draft', 'in_review', 'changes_requested', 'approved'] as const

export const WORKFLOW_ACTIONS = [
  'submit',
  'resubmit',
  'approve',
  'requestChanges',
  'publish',
  'unpublish',
  'reopen',
  'withdraw',
  'discard',
] as const

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** An edit voided an approval (approved -> draft). */
export const VOIDED_APPROVAL_ACTION = 'voidApproval'
/** An edit gave a live document a pending working copy (published -> draft). */
export const LIVE_EDIT_ACTION = 'edit'

/** Everything the trail records: the moves, and the edits that change a review state. */
export const TRAIL_ACTIONS = [
  ...WORKFLOW_ACTIONS,
  VOIDED_APPROVAL_ACTION,
  LIVE_EDIT_ACTION,
] as const

/**
 * What the caller must do besides writing the new `reviewState`. An absent field means nothing.
 */
export interface TransitionEffects {
  /**
   * Payload `_status` to write: `'published'` makes this version the public one, `'draft'`
   * withdraws the document from the public API.
   */
  readonly setStatus?: 'draft' | 'published'
  /** The document's publication after the move (absent: unchanged). */
  readonly publication?: Publication
  /** The working copy is thrown away: the live version becomes the working copy again. */
  readonly restoreLiveVersion?: boolean
  /**
   * Live documents that refer to this one must not be left pointing at nothing: the move is
   * refused while there are any (`refuse`), or they are flagged for review (`flag`).
   */
  readonly liveDependents?: 'refuse' | 'flag'
  /** Set `publishedAt` to now. */
  readonly setPublishedAt?: boolean
  /** Store the acting user as the approver (`approvedBy`) and the time (`approvedAt`). */
  readonly recordApproval?: boolean
  /**
   * Set `reviewedBy` to the stored approver (not the user who publishes) and `lastReviewedAt` to
   * the approval time.
   */
  readonly recordReviewer?: boolean
}

export interface TransitionRule {
  readonly from: ReviewState
  readonly to: ReviewState
  readonly action: WorkflowAction
  /** Roles that may make this move on any document. */
  readonly roles: readonly Role[]
  /** Users with the `author` role listed in the document's `authorIds` may make it too. */
  readonly allowsDocumentAuthors: boolean
  /**
   * Nobody who created the document or changed its content since the last approval may make it,
   * whatever their roles.
   */
  readonly twoPersonRule: boolean
  /** A non-blank comment is required. */
  readonly requiresComment: boolean
  /** Only a live document can make this move. */
  readonly requiresLive: boolean
  /**
   * Asked for by its action only, never by its target state: a withdrawal may leave the working
   * copy's state as it is, and a discard ends in `published` like a publish does.
   */
  readonly byActionOnly: boolean
  readonly effects: TransitionEffects
}

const rule = (
  from: ReviewState,
  to: ReviewState,
  action: WorkflowAction,
  roles: readonly Role[],
  options: Partial<
    Pick<
      TransitionRule,
      | 'allowsDocumentAuthors'
      | 'twoPersonRule'
      | 'requiresComment'
      | 'requiresLive'
      | 'byActionOnly'
    >
  >,
  effects: TransitionEffects = {},
): TransitionRule =>
  Object.freeze({
    from,
    to,
    action,
    roles: Object.freeze([...roles]),
    allowsDocumentAuthors: options.allowsDocumentAuthors ?? false,
    twoPersonRule: options.twoPersonRule ?? false,
    requiresComment: options.requiresComment ?? false,
    requiresLive: options.requiresLive ?? false,
    byActionOnly: options.byActionOnly ?? false,
    effects: Object.freeze({ ...effects }),
  })

/** Every legal move. Anything not listed here, including staying in the same state, is illegal. */
export const TRANSITIONS: readonly TransitionRule[] = Object.freeze([
  rule('draft', 'in_review', 'submit', ['editor', 'admin'], { allowsDocumentAuthors: true }),
  rule('changes_requested', 'in_review', 'resubmit', ['editor', 'admin'], {
    allowsDocumentAuthors: true,
  }),
  rule(
    'in_review',
    'approved',
    'approve',
    ['reviewer', 'admin'],
    { twoPersonRule: true },
    { recordApproval: true },
  ),
  rule('in_review', 'changes_requested', 'requestChanges', ['reviewer', 'editor', 'admin'], {
    requiresComment: true,
  }),
  rule(
    'approved',
    'published',
    'publish',
    ['editor', 'admin'],
    {},
    {
      setStatus: 'published',
      publication: 'live',
      setPublishedAt: true,
      recordReviewer: true,
    },
  ),
  rule(
    'published',
    'archived',
    'unpublish',
    ['editor', 'admin'],
    { requiresLive: true },
    { setStatus: 'draft', publication: 'offline', liveDependents: 'refuse' },
  ),
  rule('archived', 'draft', 'reopen', ['editor', 'admin'], {}),
  // Withdraw: take a live document offline now, whatever its working copy is doing. A working
  // copy with nothing pending is archived; a pending one keeps its state and its content.
  ...(['published', ...PENDING_STATES] as const).map((from) =>
    rule(
      from,
      from === 'published' ? 'archived' : from,
      'withdraw',
      ['editor', 'admin'],
      { requiresLive: true, requiresComment: true, byActionOnly: true },
      { setStatus: 'draft', publication: 'offline', liveDependents: 'flag' },
    ),
  ),
  // Discard: throw a live document's pending working copy away and return to the live version.
  ...PENDING_STATES.map((from) =>
    rule(
      from,
      'published',
      'discard',
      ['editor', 'admin'],
      { allowsDocumentAuthors: true, requiresLive: true, byActionOnly: true },
      { restoreLiveVersion: true },
    ),
  ),
])

/** The context of the document being moved. Ids must be strings (convert numeric ids first). */
export interface WorkflowDocument {
  /** For articles the `authors` relationship; for other collections the creator. */
  readonly authorIds: readonly string[]
  readonly createdBy?: string | null
  readonly lastEditedBy?: string | null
  /** Everyone who changed the content since it was last approved (the creator included). */
  readonly editedSinceApprovalBy?: readonly string[]
}

export interface PlanTransitionInput {
  /** The document's current `reviewState`. Unchecked input is fine; it is validated. */
  readonly from: unknown
  /** The requested `reviewState`. Optional when `action` names the move. */
  readonly to?: unknown
  /** The requested move by name; needed for `withdraw` and `discard`. */
  readonly action?: unknown
  /** Whether the document is live now. */
  readonly publication?: Publication
  readonly actor: Actor | null | undefined
  readonly document: WorkflowDocument
  readonly comment?: string | null
}

export interface PlannedTransition {
  readonly from: ReviewState
  readonly to: ReviewState
  readonly action: WorkflowAction
  /** The trimmed comment, when one was given. */
  readonly comment?: string
}

export type PlanTransitionResult =
  | {
      readonly ok: true
      readonly transition: PlannedTransition
      readonly effects: TransitionEffects
    }
  | { readonly ok: false; readonly error: WorkflowError }

export interface AvailableMove {
  readonly action: WorkflowAction
  readonly to: ReviewState
  readonly requiresComment: boolean
}

export interface ContentEditOutcome {
  /** The `reviewState` to store after the edit. */
  readonly state: ReviewState
  /** An approval existed and no longer counts: clear `approvedBy` and `approvedAt`. */
  readonly voidedApproval: boolean
  /** The edit is saved as a new draft version; the published version stays public. */
  readonly keepsPublishedVersionLive: boolean
}

const ACTION_WORDING: Readonly<Record<WorkflowAction, { verb: string; gerund: string }>> = {
  submit: { verb: 'submit', gerund: 'Submitting' },
  resubmit: { verb: 'resubmit', gerund: 'Resubmitting' },
  approve: { verb: 'approve', gerund: 'Approving' },
  requestChanges: { verb: 'request changes on', gerund: 'Requesting changes' },
  publish: { verb: 'publish', gerund: 'Publishing' },
  unpublish: { verb: 'unpublish', gerund: 'Unpublishing' },
  reopen: { verb: 'reopen', gerund: 'Reopening' },
  withdraw: { verb: 'withdraw', gerund: 'Withdrawing' },
  discard: { verb: 'discard the pending draft of', gerund: 'Discarding a pending draft' },
}

export const isWorkflowAction = (value: unknown): value is WorkflowAction =>
  typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value)

/** The move asked for by its two ends (moves asked for by name only are not found this way). */
export const findTransition = (from: unknown, to: unknown): TransitionRule | undefined =>
  TRANSITIONS.find(
    (candidate) => !candidate.byActionOnly && candidate.from === from && candidate.to === to,
  )

/** The move asked for by name from `from`. */
export const findTransitionByAction = (
  from: unknown,
  action: unknown,
): TransitionRule | undefined =>
  TRANSITIONS.find((candidate) => candidate.from === from && candidate.action === action)

/** Every state reachable in one move by target state from `state`, whoever asks. */
export const movesFrom = (state: ReviewState): ReviewState[] =>
  TRANSITIONS.filter((candidate) => !candidate.byActionOnly && candidate.from === state).map(
    (candidate) => candidate.to,
  )

const joinWithOr = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`

/** Longest review comment kept in the trail (about a page of text). */
export const MAX_COMMENT_LENGTH = 5_000

/** Longest value quoted back in a message; anything longer is only described by its size. */
const MAX_QUOTED_LENGTH = 40

const describeValue = (value: unknown): string => {
  if (typeof value === 'string') {
    return value.length > MAX_QUOTED_LENGTH
      ? `(a ${value.length}-character string)`
      : JSON.stringify(value)
  }
  if (value === null || value === undefined || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? '(a list)' : '(an object)'
}

const sameId = (a: unknown, b: unknown): boolean =>
  a !== null &&
  a !== undefined &&
  b !== null &&
  b !== undefined &&
  a !== '' &&
  String(a) === String(b)

const unknownState = (which: 'current' | 'target', value: unknown): WorkflowError =>
  new WorkflowError(
    WORKFLOW_ERRORS.UNKNOWN_STATE,
    `Unknown ${which} review state ${describeValue(value)}. Valid states: ${REVIEW_STATES.join(', ')}.`,
  )

const illegalTransition = (from: ReviewState, to: ReviewState): WorkflowError => {
  const allowed = movesFrom(from)
  return new WorkflowError(
    WORKFLOW_ERRORS.ILLEGAL_TRANSITION,
    `Cannot move from "${from}" to "${to}". Allowed from "${from}": ${
      allowed.length > 0 ? allowed.join(', ') : 'none'
    }.`,
  )
}

const forbidden = (transition: TransitionRule): WorkflowError => {
  const wording = ACTION_WORDING[transition.action]
  const message = transition.allowsDocumentAuthors
    ? `Only ${joinWithOr([
        "the document's authors",
        ...transition.roles.map((role) => `${role}s`),
      ])} may ${wording.verb} it.`
    : `${wording.gerund} requires the ${joinWithOr(transition.roles)} role.`
  return new WorkflowError(WORKFLOW_ERRORS.FORBIDDEN, message)
}

/** True when the actor created the document or changed its content since the last approval. */
const hasWorkedOn = (actor: Actor, document: WorkflowDocument): boolean =>
  [document.createdBy, document.lastEditedBy, ...(document.editedSinceApprovalBy ?? [])].some(
    (id) => sameId(actor.id, id),
  )

/** Role, authorship and two-person checks for a signed-in actor; `null` when allowed. */
const authorize = (
  transition: TransitionRule,
  actor: Actor,
  document: WorkflowDocument,
): WorkflowError | null => {
  const byRole = hasAnyRole(actor, ...transition.roles)
  const byAuthorship =
    transition.allowsDocumentAuthors &&
    hasAnyRole(actor, 'author') &&
    (document.authorIds ?? []).some((id) => sameId(id, actor.id))
  if (!byRole && !byAuthorship) return forbidden(transition)

  if (transition.twoPersonRule && hasWorkedOn(actor, document)) {
    return new WorkflowError(
      WORKFLOW_ERRORS.FORBIDDEN,
      'You created this document or changed it since its last approval; another reviewer must approve it.',
    )
  }
  return null
}

const normalizeComment = (comment: unknown): string | undefined => {
  if (typeof comment !== 'string') return undefined
  const trimmed = comment.trim()
  return trimmed === '' ? undefined : trimmed
}

type FoundMove =
  | { readonly ok: true; readonly rule: TransitionRule }
  | { readonly ok: false; readonly error: WorkflowError }

/** The rule a request names: by action (checked against `to` when both are given) or by target. */
const findRequestedMove = (from: ReviewState, to: unknown, action: unknown): FoundMove => {
  if (action !== undefined && action !== null) {
    if (!isWorkflowAction(action)) {
      return {
        ok: false,
        error: new WorkflowError(
          WORKFLOW_ERRORS.UNKNOWN_STATE,
          `Unknown workflow action ${describeValue(action)}. Valid actions: ${WORKFLOW_ACTIONS.join(', ')}.`,
        ),
      }
    }
    const rule = findTransitionByAction(from, action)
    if (!rule || (to !== undefined && to !== null && rule.to !== to)) {
      return {
        ok: false,
        error: new WorkflowError(
          WORKFLOW_ERRORS.ILLEGAL_TRANSITION,
          `Cannot ${ACTION_WORDING[action].verb} a document in "${from}"${
            rule ? `: it would move to "${rule.to}", not "${String(to)}"` : ''
          }.`,
        ),
      }
    }
    return { ok: true, rule }
  }
  if (!isReviewState(to)) return { ok: false, error: unknownState('target', to) }
  const rule = findTransition(from, to)
  return rule ? { ok: true, rule } : { ok: false, error: illegalTransition(from, to) }
}

/**
 * Decides whether `actor` may move the document from `from` to `to`, and what else must happen.
 * Checks, in order: unknown state (400), illegal move (409), not signed in (401), role,
 * authorship or two-person rule (403), missing comment (400).
 */
export const planTransition = ({
  from,
  to,
  action,
  publication = 'offline',
  actor,
  document,
  comment,
}: PlanTransitionInput): PlanTransitionResult => {
  if (!isReviewState(from)) return { ok: false, error: unknownState('current', from) }
  const found = findRequestedMove(from, to, action)
  if (!found.ok) return found
  const transition = found.rule

  if (transition.requiresLive && publication !== 'live') {
    return {
      ok: false,
      error: new WorkflowError(
        WORKFLOW_ERRORS.ILLEGAL_TRANSITION,
        `${ACTION_WORDING[transition.action].gerund} applies only to a live document; this one is offline.`,
      ),
    }
  }

  if (!actor) {
    return {
      ok: false,
      error: new WorkflowError(
        WORKFLOW_ERRORS.NOT_SIGNED_IN,
        'You must be signed in to change the review state.',
      ),
    }
  }

  const denied = authorize(transition, actor, document)
  if (denied) return { ok: false, error: denied }

  const trimmedComment = normalizeComment(comment)
  if (trimmedComment !== undefined && trimmedComment.length > MAX_COMMENT_LENGTH) {
    return {
      ok: false,
      error: new WorkflowError(
        WORKFLOW_ERRORS.COMMENT_TOO_LONG,
        `The comment has ${trimmedComment.length} characters; keep it to ${MAX_COMMENT_LENGTH}.`,
      ),
    }
  }
  if (transition.requiresComment && trimmedComment === undefined) {
    return {
      ok: false,
      error: new WorkflowError(
        WORKFLOW_ERRORS.COMMENT_REQUIRED,
        transition.action === 'withdraw'
          ? 'Withdrawing requires a reason, kept in the review history.'
          : `${ACTION_WORDING[transition.action].gerund} requires a comment saying what to change.`,
      ),
    }
  }

  return {
    ok: true,
    transition: {
      from,
      to: transition.to,
      action: transition.action,
      ...(trimmedComment === undefined ? {} : { comment: trimmedComment }),
    },
    effects: { ...transition.effects },
  }
}

/**
 * The moves `actor` may make from `from` right now, e.g. for buttons in the admin UI. A move that
 * needs a comment is listed; the comment is asked for when the user picks it.
 */
export const allowedTransitions = ({
  from,
  publication = 'offline',
  actor,
  document,
}: Pick<PlanTransitionInput, 'from' | 'publication' | 'actor' | 'document'>): AvailableMove[] => {
  if (!actor || !isReviewState(from)) return []
  return TRANSITIONS.filter(
    (transition) =>
      transition.from === from &&
      (!transition.requiresLive || publication === 'live') &&
      authorize(transition, actor, document) === null,
  ).map(({ action, to, requiresComment }) => ({ action, to, requiresComment }))
}

const CONTENT_EDIT_OUTCOMES: Readonly<Record<ReviewState, ContentEditOutcome>> = {
  draft: { state: 'draft', voidedApproval: false, keepsPublishedVersionLive: false },
  in_review: { state: 'in_review', voidedApproval: false, keepsPublishedVersionLive: false },
  changes_requested: {
    state: 'changes_requested',
    voidedApproval: false,
    keepsPublishedVersionLive: false,
  },
  approved: { state: 'draft', voidedApproval: true, keepsPublishedVersionLive: false },
  published: { state: 'draft', voidedApproval: false, keepsPublishedVersionLive: true },
  archived: { state: 'archived', voidedApproval: false, keepsPublishedVersionLive: false },
}

/**
 * The review state after someone edits the content of a document in `state`. Throws a
 * `WorkflowError` (UNKNOWN_STATE) for a value that is not a review state.
 */
export const stateAfterContentEdit = (state: ReviewState): ContentEditOutcome => {
  if (!isReviewState(state)) throw unknownState('current', state)
  return { ...CONTENT_EDIT_OUTCOMES[state] }
}
