/**
 * The whole transition table: every current state x every target state x every kind of actor,
 * under several document contexts, against an expected table written out here by hand (not
 * derived from the module's own table).
 */
import type { Actor } from '../../src/access/roles'
import {
  allowedTransitions,
  planTransition,
  type PlanTransitionResult,
  type WorkflowDocument,
} from '../../src/workflow'

const STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'archived',
] as const
type State = (typeof STATES)[number]

const ACTOR_KINDS = ['admin', 'editor', 'reviewer', 'author', 'noRoles', 'anonymous'] as const
type ActorKind = (typeof ACTOR_KINDS)[number]

const ACTORS: Record<ActorKind, Actor | null> = {
  admin: { id: 'u-admin', roles: ['admin'] },
  editor: { id: 'u-editor', roles: ['editor'] },
  reviewer: { id: 'u-reviewer', roles: ['reviewer'] },
  author: { id: 'u-author', roles: ['author'] },
  noRoles: { id: 'u-none', roles: [] },
  anonymous: null,
}

type Outcome = 'ok' | 403 | 401 | 400 | 409
const CODE_BY_STATUS: Record<Exclude<Outcome, 'ok' | 400>, string> = {
  403: 'FORBIDDEN',
  401: 'NOT_SIGNED_IN',
  409: 'ILLEGAL_TRANSITION',
}

/**
 * Legal moves, for a document that lists the actor among its authors, that the actor neither
 * created nor last edited, with a comment given. Columns follow ACTOR_KINDS.
 * Every pair not listed is illegal (409) for everyone, including anonymous users.
 */
// prettier-ignore
const LEGAL: Record<string, readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]> = {
  //                                 admin  editor  reviewer  author  noRoles  anonymous
  'draft -> in_review':             ['ok',  'ok',   403,      'ok',   403,     401],
  'changes_requested -> in_review': ['ok',  'ok',   403,      'ok',   403,     401],
  'in_review -> approved':          ['ok',  403,    'ok',     403,    403,     401],
  'in_review -> changes_requested': ['ok',  'ok',   'ok',     403,    403,     401],
  'approved -> published':          ['ok',  'ok',   403,      403,    403,     401],
  'published -> archived':          ['ok',  'ok',   403,      403,    403,     401],
  'archived -> draft':              ['ok',  'ok',   403,      403,    403,     401],
}

const ACTIONS: Record<string, string> = {
  'draft -> in_review': 'submit',
  'changes_requested -> in_review': 'resubmit',
  'in_review -> approved': 'approve',
  'in_review -> changes_requested': 'requestChanges',
  'approved -> published': 'publish',
  'published -> archived': 'unpublish',
  'archived -> draft': 'reopen',
}

interface Context {
  name: string
  document: (actor: Actor | null) => WorkflowDocument
  comment: string | undefined
  /** Adjusts the base expectation for what differs in this context. */
  adjust: (pair: string, kind: ActorKind, base: Outcome) => Outcome
}

const idOf = (actor: Actor | null): string => actor?.id ?? 'nobody'

const CONTEXTS: Context[] = [
  {
    name: 'actor is a listed author, comment given',
    document: (actor) => ({ authorIds: ['u-other', idOf(actor)], createdBy: 'u-creator' }),
    comment: 'Please cite a source for the second claim.',
    adjust: (_pair, _kind, base) => base,
  },
  {
    name: 'actor is a listed author, no comment',
    document: (actor) => ({ authorIds: [idOf(actor)], createdBy: 'u-creator' }),
    comment: undefined,
    adjust: (pair, _kind, base) =>
      pair === 'in_review -> changes_requested' && base === 'ok' ? 400 : base,
  },
  {
    name: 'actor is not a listed author',
    document: () => ({ authorIds: ['u-other'], createdBy: 'u-other', lastEditedBy: 'u-other' }),
    comment: 'Needs work.',
    adjust: (pair, kind, base) =>
      (pair === 'draft -> in_review' || pair === 'changes_requested -> in_review') &&
      kind === 'author'
        ? 403
        : base,
  },
  {
    name: 'actor created the document',
    document: (actor) => ({ authorIds: [idOf(actor)], createdBy: idOf(actor), lastEditedBy: null }),
    comment: 'Needs work.',
    adjust: (pair, kind, base) =>
      pair === 'in_review -> approved' && (kind === 'admin' || kind === 'reviewer') ? 403 : base,
  },
  {
    name: 'actor last edited the document',
    document: (actor) => ({ authorIds: [idOf(actor)], lastEditedBy: idOf(actor) }),
    comment: 'Needs work.',
    adjust: (pair, kind, base) =>
      pair === 'in_review -> approved' && (kind === 'admin' || kind === 'reviewer') ? 403 : base,
  },
]

const expectedOutcome = (context: Context, from: State, to: State, kind: ActorKind): Outcome => {
  const pair = `${from} -> ${to}`
  const row = LEGAL[pair]
  if (!row) return 409
  return context.adjust(pair, kind, row[ACTOR_KINDS.indexOf(kind)])
}

const expectOutcome = (result: PlanTransitionResult, expected: Outcome, from: State, to: State) => {
  if (expected === 'ok') {
    expect(result).toMatchObject({
      ok: true,
      transition: { from, to, action: ACTIONS[`${from} -> ${to}`] },
    })
    return
  }
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error.status).toBe(expected)
  expect(result.error.code).toBe(expected === 400 ? 'COMMENT_REQUIRED' : CODE_BY_STATUS[expected])
}

const cases = CONTEXTS.flatMap((context) =>
  STATES.flatMap((from) =>
    STATES.flatMap((to) =>
      ACTOR_KINDS.map((kind) => ({
        context,
        from,
        to,
        kind,
        expected: expectedOutcome(context, from, to, kind),
      })),
    ),
  ),
)

describe('planTransition: the whole table', () => {
  test('covers every context x state x state x actor', () => {
    expect(cases).toHaveLength(CONTEXTS.length * 6 * 6 * 6)
  })

  test.each(cases.map((c) => [c.context.name, c.from, c.to, c.kind, c.expected, c] as const))(
    '%s: %s -> %s by %s => %s',
    (_name, from, to, kind, expected, { context }) => {
      const actor = ACTORS[kind]
      const result = planTransition({
        from,
        to,
        // A document whose working copy is published is live.
        publication: from === 'published' ? 'live' : 'offline',
        actor,
        document: context.document(actor),
        comment: context.comment,
      })
      expectOutcome(result, expected, from, to)
    },
  )
})

describe('allowedTransitions agrees with planTransition', () => {
  const combos = CONTEXTS.flatMap((context) =>
    STATES.flatMap((from) => ACTOR_KINDS.map((kind) => ({ context, from, kind }))),
  )

  test.each(combos.map((c) => [c.context.name, c.from, c.kind, c] as const))(
    '%s: from %s as %s',
    (_name, from, kind, { context }) => {
      const actor = ACTORS[kind]
      const document = context.document(actor)
      const publication = from === 'published' ? 'live' : 'offline'
      const allowed = allowedTransitions({ from, publication, actor, document }).filter(
        // Withdraw and discard are asked for by name; planning them by target is tested apart.
        (move) => move.action !== 'withdraw' && move.action !== 'discard',
      )

      // What planTransition accepts once a comment is supplied.
      const plannable = STATES.filter(
        (to) => planTransition({ from, to, publication, actor, document, comment: 'A reason.' }).ok,
      )
      expect(allowed.map((move) => move.to).sort()).toEqual([...plannable].sort())

      for (const move of allowed) {
        const withoutComment = planTransition({ from, to: move.to, publication, actor, document })
        expect(move.requiresComment).toBe(
          !withoutComment.ok && withoutComment.error.code === 'COMMENT_REQUIRED',
        )
        expect(move.action).toBe(ACTIONS[`${from} -> ${move.to}`])
      }

      // And against the hand-written table, so both cannot be wrong the same way.
      const expectedTargets = STATES.filter((to) => {
        const outcome = expectedOutcome(context, from, to, kind)
        return outcome === 'ok' || outcome === 400
      })
      expect(allowed.map((move) => move.to).sort()).toEqual([...expectedTargets].sort())
    },
  )

  test('an unknown current state or no actor allows nothing', () => {
    const document = { authorIds: ['u-admin'] }
    expect(allowedTransitions({ from: 'deleted', actor: ACTORS.admin, document })).toEqual([])
    expect(allowedTransitions({ from: 'draft', actor: null, document })).toEqual([])
    expect(allowedTransitions({ from: 'draft', actor: undefined, document })).toEqual([])
  })

  test('lists action, target and whether a comment is needed', () => {
    expect(
      allowedTransitions({ from: 'in_review', actor: ACTORS.admin, document: { authorIds: [] } }),
    ).toEqual([
      { action: 'approve', to: 'approved', requiresComment: false },
      { action: 'requestChanges', to: 'changes_requested', requiresComment: true },
    ])
    expect(
      allowedTransitions({ from: 'in_review', actor: ACTORS.editor, document: { authorIds: [] } }),
    ).toEqual([{ action: 'requestChanges', to: 'changes_requested', requiresComment: true }])
  })
})
