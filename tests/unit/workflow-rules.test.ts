import type { Actor } from '../../src/access/roles'
import {
  allowedTransitions,
  findTransition,
  isReviewState,
  isWorkflowError,
  movesFrom,
  planTransition,
  type PlanTransitionInput,
  type PlanTransitionResult,
  REVIEW_STATES,
  stateAfterContentEdit,
  TRANSITIONS,
  WORKFLOW_ERROR_STATUS,
  WORKFLOW_ERRORS,
  WorkflowError,
} from '../../src/workflow'

const admin: Actor = { id: 'admin-1', roles: ['admin'] }
const editor: Actor = { id: 'editor-1', roles: ['editor'] }
const reviewer: Actor = { id: 'reviewer-1', roles: ['reviewer'] }
const otherReviewer: Actor = { id: 'reviewer-2', roles: ['reviewer'] }
const author: Actor = { id: 'author-1', roles: ['author'] }

const VALID_STATES = 'draft, in_review, changes_requested, approved, published, archived'

const errorOf = (result: PlanTransitionResult): WorkflowError => {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`)
  return result.error
}

const plan = (input: Partial<PlanTransitionInput> & Pick<PlanTransitionInput, 'from' | 'to'>) =>
  planTransition({ actor: admin, document: { authorIds: [] }, ...input })

describe('review states', () => {
  test('lists the six states in order', () => {
    expect(REVIEW_STATES).toEqual([
      'draft',
      'in_review',
      'changes_requested',
      'approved',
      'published',
      'archived',
    ])
  })

  test.each(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived'])(
    'isReviewState(%j) is true',
    (value) => expect(isReviewState(value)).toBe(true),
  )

  test.each([
    'Draft',
    'in-review',
    ' draft',
    'published ',
    '',
    'deleted',
    null,
    undefined,
    0,
    {},
    ['draft'],
  ])('isReviewState(%j) is false', (value) => expect(isReviewState(value)).toBe(false))
})

describe('transition table', () => {
  test('holds exactly the legal moves with their rules', () => {
    expect(
      TRANSITIONS.map((t) => ({
        from: t.from,
        to: t.to,
        action: t.action,
        roles: [...t.roles].sort(),
        allowsDocumentAuthors: t.allowsDocumentAuthors,
        twoPersonRule: t.twoPersonRule,
        requiresComment: t.requiresComment,
      })),
    ).toEqual([
      {
        from: 'draft',
        to: 'in_review',
        action: 'submit',
        roles: ['admin', 'editor'],
        allowsDocumentAuthors: true,
        twoPersonRule: false,
        requiresComment: false,
      },
      {
        from: 'changes_requested',
        to: 'in_review',
        action: 'resubmit',
        roles: ['admin', 'editor'],
        allowsDocumentAuthors: true,
        twoPersonRule: false,
        requiresComment: false,
      },
      {
        from: 'in_review',
        to: 'approved',
        action: 'approve',
        roles: ['admin', 'reviewer'],
        allowsDocumentAuthors: false,
        twoPersonRule: true,
        requiresComment: false,
      },
      {
        from: 'in_review',
        to: 'changes_requested',
        action: 'requestChanges',
        roles: ['admin', 'editor', 'reviewer'],
        allowsDocumentAuthors: false,
        twoPersonRule: false,
        requiresComment: true,
      },
      {
        from: 'approved',
        to: 'published',
        action: 'publish',
        roles: ['admin', 'editor'],
        allowsDocumentAuthors: false,
        twoPersonRule: false,
        requiresComment: false,
      },
      {
        from: 'published',
        to: 'archived',
        action: 'unpublish',
        roles: ['admin', 'editor'],
        allowsDocumentAuthors: false,
        twoPersonRule: false,
        requiresComment: false,
      },
      {
        from: 'archived',
        to: 'draft',
        action: 'reopen',
        roles: ['admin', 'editor'],
        allowsDocumentAuthors: false,
        twoPersonRule: false,
        requiresComment: false,
      },
      ...[
        ['published', 'archived'],
        ['draft', 'draft'],
        ['in_review', 'in_review'],
        ['changes_requested', 'changes_requested'],
        ['approved', 'approved'],
      ].map(([from, to]) => ({
        from,
        to,
        action: 'withdraw',
        roles: ['admin', 'editor'],
        allowsDocumentAuthors: false,
        twoPersonRule: false,
        requiresComment: true,
      })),
      ...['draft', 'in_review', 'changes_requested', 'approved'].map((from) => ({
        from,
        to: 'published',
        action: 'discard',
        roles: ['admin', 'editor'],
        allowsDocumentAuthors: true,
        twoPersonRule: false,
        requiresComment: false,
      })),
    ])
  })

  test('cannot be changed at run time', () => {
    expect(Object.isFrozen(TRANSITIONS)).toBe(true)
    for (const t of TRANSITIONS) {
      expect(Object.isFrozen(t)).toBe(true)
      expect(Object.isFrozen(t.roles)).toBe(true)
      expect(Object.isFrozen(t.effects)).toBe(true)
    }
  })

  test('findTransition looks up a move by its two ends', () => {
    expect(findTransition('in_review', 'approved')?.action).toBe('approve')
    expect(findTransition('draft', 'published')).toBeUndefined()
    expect(findTransition('draft', 'draft')).toBeUndefined()
  })

  test.each([
    ['draft', ['in_review']],
    ['in_review', ['approved', 'changes_requested']],
    ['changes_requested', ['in_review']],
    ['approved', ['published']],
    ['published', ['archived']],
    ['archived', ['draft']],
  ] as const)('movesFrom(%s) is %j', (state, targets) => {
    expect([...movesFrom(state)].sort()).toEqual([...targets].sort())
  })
})

describe('authorship on submit and resubmit', () => {
  test.each([
    ['draft', 'in_review', 'submit'],
    ['changes_requested', 'in_review', 'resubmit'],
  ] as const)('%s -> %s: a listed author may %s', (from, to, action) => {
    const result = planTransition({
      from,
      to,
      actor: author,
      document: { authorIds: ['someone-else', 'author-1'], createdBy: 'someone-else' },
    })
    expect(result).toEqual({ ok: true, transition: { from, to, action }, effects: {} })
  })

  test.each([
    ['draft', 'in_review', 'submit'],
    ['changes_requested', 'in_review', 'resubmit'],
  ] as const)('%s -> %s: an author not listed may not %s', (from, to, action) => {
    const error = errorOf(
      planTransition({
        from,
        to,
        actor: author,
        document: { authorIds: ['someone-else'], createdBy: 'author-1' },
      }),
    )
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 })
    expect(error.message).toBe(`Only the document's authors, editors or admins may ${action} it.`)
  })

  test('an author on a document with no authors may not submit it', () => {
    const result = planTransition({
      from: 'draft',
      to: 'in_review',
      actor: author,
      document: { authorIds: [] },
    })
    expect(errorOf(result).status).toBe(403)
  })

  test('being listed without the author role is not enough', () => {
    for (const actor of [
      { id: 'u1', roles: [] },
      { id: 'u1', roles: null },
      { id: 'u1' },
      { id: 'u1', roles: ['reviewer'] },
      { id: 'u1', roles: ['subscriber'] },
    ]) {
      const result = planTransition({
        from: 'draft',
        to: 'in_review',
        actor,
        document: { authorIds: ['u1'] },
      })
      expect(errorOf(result).status).toBe(403)
    }
  })

  test('a user with both reviewer and author roles may submit what they wrote', () => {
    const result = planTransition({
      from: 'draft',
      to: 'in_review',
      actor: { id: 'u1', roles: ['reviewer', 'author'] },
      document: { authorIds: ['u1'] },
    })
    expect(result.ok).toBe(true)
  })

  test.each([editor, admin])('$roles.0 may submit a document they are not listed on', (actor) => {
    const result = planTransition({
      from: 'draft',
      to: 'in_review',
      actor,
      document: { authorIds: ['someone-else'] },
    })
    expect(result.ok).toBe(true)
  })
})

describe('two-person rule on approval', () => {
  const approve = (actor: Actor, document: PlanTransitionInput['document']) =>
    planTransition({ from: 'in_review', to: 'approved', actor, document })

  const TWO_PERSON =
    'You created this document or changed it since its last approval; another reviewer must approve it.'

  test.each([
    ['reviewer who created it', reviewer, { authorIds: [], createdBy: 'reviewer-1' }],
    ['reviewer who last edited it', reviewer, { authorIds: [], lastEditedBy: 'reviewer-1' }],
    ['admin who created it', admin, { authorIds: [], createdBy: 'admin-1' }],
    ['admin who last edited it', admin, { authorIds: [], lastEditedBy: 'admin-1' }],
    [
      'reviewer who changed it earlier, before someone else edited it',
      reviewer,
      {
        authorIds: [],
        lastEditedBy: 'editor-1',
        editedSinceApprovalBy: ['reviewer-1', 'editor-1'],
      },
    ],
    [
      'user with every role who created it',
      { id: 'u9', roles: ['admin', 'editor', 'reviewer', 'author'] },
      { authorIds: [], createdBy: 'u9', lastEditedBy: 'someone-else' },
    ],
  ])('refuses the %s', (_label, actor, document) => {
    const error = errorOf(approve(actor, document))
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403, message: TWO_PERSON })
  })

  test('lets another reviewer approve', () => {
    const result = approve(otherReviewer, {
      authorIds: ['author-1'],
      createdBy: 'reviewer-1',
      lastEditedBy: 'author-1',
    })
    expect(result).toEqual({
      ok: true,
      transition: { from: 'in_review', to: 'approved', action: 'approve' },
      effects: { recordApproval: true },
    })
  })

  test('an edit from before the last approval does not count', () => {
    const result = approve(reviewer, {
      authorIds: [],
      createdBy: 'author-1',
      lastEditedBy: 'author-1',
      editedSinceApprovalBy: ['author-1'],
    })
    expect(result.ok).toBe(true)
  })

  test('lets an admin who did not write it approve', () => {
    const result = approve(admin, { authorIds: [], createdBy: 'author-1', lastEditedBy: 'x' })
    expect(result.ok).toBe(true)
  })

  test('missing createdBy and lastEditedBy do not block anyone', () => {
    expect(approve(reviewer, { authorIds: [], createdBy: null, lastEditedBy: null }).ok).toBe(true)
    expect(approve(reviewer, { authorIds: [] }).ok).toBe(true)
  })

  test('an editor who wrote it is told about the missing role first', () => {
    const error = errorOf(approve(editor, { authorIds: [], createdBy: 'editor-1' }))
    expect(error.message).toBe('Approving requires the reviewer or admin role.')
  })

  test('a numeric id that slipped through still counts as the same user', () => {
    const document = { authorIds: [], createdBy: 7 as unknown as string }
    expect(errorOf(approve({ id: '7', roles: ['reviewer'] }, document)).message).toBe(TWO_PERSON)
  })

  test('applies only to approval', () => {
    const result = planTransition({
      from: 'in_review',
      to: 'changes_requested',
      actor: reviewer,
      document: { authorIds: [], createdBy: 'reviewer-1', lastEditedBy: 'reviewer-1' },
      comment: 'Fix the dosage.',
    })
    expect(result.ok).toBe(true)
  })
})

describe('comment length', () => {
  const submitWith = (comment: string) =>
    planTransition({
      from: 'draft',
      to: 'in_review',
      actor: editor,
      document: { authorIds: [] },
      comment,
    })

  test('a comment of 5,000 characters is kept', () => {
    expect(submitWith('a'.repeat(5_000)).ok).toBe(true)
  })

  test('a longer comment is refused with its length, not its text', () => {
    const error = errorOf(submitWith('a'.repeat(5_001)))
    expect(error).toMatchObject({ code: 'COMMENT_TOO_LONG', status: 400 })
    expect(error.message).toBe('The comment has 5001 characters; keep it to 5000.')
  })
})

describe('comment on requestChanges', () => {
  const requestChanges = (comment: unknown) =>
    planTransition({
      from: 'in_review',
      to: 'changes_requested',
      actor: reviewer,
      document: { authorIds: [] },
      comment: comment as string | null | undefined,
    })

  test.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['spaces', '   '],
    ['tabs and newlines', '\t\n \r\n'],
    ['not a string', 42],
  ])('is required: %s', (_label, comment) => {
    const error = errorOf(requestChanges(comment))
    expect(error).toMatchObject({ code: 'COMMENT_REQUIRED', status: 400 })
    expect(error.message).toMatch(/comment/)
  })

  test('is trimmed and passed on', () => {
    expect(requestChanges('  Cite the 2021 trial.\n')).toEqual({
      ok: true,
      transition: {
        from: 'in_review',
        to: 'changes_requested',
        action: 'requestChanges',
        comment: 'Cite the 2021 trial.',
      },
      effects: {},
    })
  })

  test('is optional elsewhere but kept when given', () => {
    const withComment = plan({ from: 'in_review', to: 'approved', comment: ' Looks right. ' })
    expect(withComment.ok && withComment.transition.comment).toBe('Looks right.')
    const blank = plan({ from: 'in_review', to: 'approved', comment: '  ' })
    expect(blank.ok).toBe(true)
    expect(blank.ok && 'comment' in blank.transition).toBe(false)
  })
})

describe('error messages', () => {
  test.each([
    ['draft', 'published', 'in_review'],
    ['draft', 'draft', 'in_review'],
    ['in_review', 'published', 'approved, changes_requested'],
    ['changes_requested', 'approved', 'in_review'],
    ['approved', 'draft', 'published'],
    ['published', 'draft', 'archived'],
    ['archived', 'published', 'draft'],
  ])('409 from %s to %s names the allowed moves', (from, to, allowed) => {
    const error = errorOf(plan({ from, to }))
    expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 409 })
    expect(error.message).toBe(
      `Cannot move from "${from}" to "${to}". Allowed from "${from}": ${allowed}.`,
    )
  })

  test.each([
    ['unknown target', 'draft', 'deleted', 'Unknown target review state "deleted".'],
    ['unknown current', 'pending', 'draft', 'Unknown current review state "pending".'],
    ['wrong case', 'draft', 'In_Review', 'Unknown target review state "In_Review".'],
    ['missing target', 'draft', undefined, 'Unknown target review state undefined.'],
    ['missing current', null, 'in_review', 'Unknown current review state null.'],
    ['number', 'draft', 3, 'Unknown target review state 3.'],
    [
      'megabyte',
      'draft',
      'x'.repeat(1_000_000),
      'Unknown target review state (a 1000000-character string).',
    ],
    ['list', 'draft', ['draft'], 'Unknown target review state (a list).'],
  ])('400 for %s names the value and lists valid states', (_label, from, to, start) => {
    const error = errorOf(plan({ from, to }))
    expect(error).toMatchObject({ code: 'UNKNOWN_STATE', status: 400 })
    expect(error.message).toBe(`${start} Valid states: ${VALID_STATES}.`)
  })

  test.each([
    ['in_review', 'approved', author, 'Approving requires the reviewer or admin role.'],
    [
      'in_review',
      'changes_requested',
      author,
      'Requesting changes requires the reviewer, editor or admin role.',
    ],
    ['approved', 'published', reviewer, 'Publishing requires the editor or admin role.'],
    ['published', 'archived', reviewer, 'Unpublishing requires the editor or admin role.'],
    ['archived', 'draft', author, 'Reopening requires the editor or admin role.'],
    [
      'draft',
      'in_review',
      reviewer,
      "Only the document's authors, editors or admins may submit it.",
    ],
    [
      'changes_requested',
      'in_review',
      reviewer,
      "Only the document's authors, editors or admins may resubmit it.",
    ],
  ] as const)('403 %s -> %s names what is needed', (from, to, actor, message) => {
    const error = errorOf(
      planTransition({
        from,
        to,
        publication: from === 'published' ? 'live' : 'offline',
        actor,
        document: { authorIds: [] },
        comment: 'c',
      }),
    )
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403, message })
  })

  test('401 when nobody is signed in', () => {
    for (const actor of [null, undefined]) {
      const error = errorOf(plan({ from: 'draft', to: 'in_review', actor }))
      expect(error).toMatchObject({ code: 'NOT_SIGNED_IN', status: 401 })
      expect(error.message).toMatch(/signed in/)
    }
  })
})

describe('check order', () => {
  test('unknown state beats an illegal move and a missing actor', () => {
    expect(errorOf(plan({ from: 'nope', to: 'nope', actor: null })).code).toBe('UNKNOWN_STATE')
    expect(errorOf(plan({ from: 'draft', to: 'nope', actor: null })).code).toBe('UNKNOWN_STATE')
  })

  test('the current state is checked before the target', () => {
    expect(errorOf(plan({ from: 'old', to: 'new' })).message).toMatch(/current review state "old"/)
  })

  test('an illegal move beats a missing actor', () => {
    expect(errorOf(plan({ from: 'draft', to: 'published', actor: null })).status).toBe(409)
  })

  test('a missing actor beats a missing comment', () => {
    const result = plan({ from: 'in_review', to: 'changes_requested', actor: null })
    expect(errorOf(result).status).toBe(401)
  })

  test('a missing role beats a missing comment', () => {
    const result = plan({ from: 'in_review', to: 'changes_requested', actor: author })
    expect(errorOf(result).code).toBe('FORBIDDEN')
  })
})

describe('effects', () => {
  const document = { authorIds: ['admin-1'] }
  test.each([
    ['draft', 'in_review', {}],
    ['changes_requested', 'in_review', {}],
    ['in_review', 'approved', { recordApproval: true }],
    ['in_review', 'changes_requested', {}],
    [
      'approved',
      'published',
      {
        setStatus: 'published',
        publication: 'live',
        setPublishedAt: true,
        recordReviewer: true,
      },
    ],
    [
      'published',
      'archived',
      { setStatus: 'draft', publication: 'offline', liveDependents: 'refuse' },
    ],
    ['archived', 'draft', {}],
  ] as const)('%s -> %s: %j', (from, to, effects) => {
    const publication = from === 'published' ? 'live' : 'offline'
    const result = planTransition({ from, to, publication, actor: admin, document, comment: 'c' })
    expect(result.ok && result.effects).toEqual(effects)
  })

  test('are a copy the caller may change without touching the table', () => {
    const result = plan({ from: 'approved', to: 'published' })
    if (!result.ok) throw result.error
    ;(result.effects as { setStatus?: string }).setStatus = 'draft'
    expect(findTransition('approved', 'published')?.effects.setStatus).toBe('published')
  })
})

describe('WorkflowError', () => {
  test('is an Error with a code and an HTTP status', () => {
    const error = errorOf(plan({ from: 'draft', to: 'archived' }))
    expect(error).toBeInstanceOf(Error)
    expect(error).toBeInstanceOf(WorkflowError)
    expect(isWorkflowError(error)).toBe(true)
    expect(isWorkflowError(new Error('x'))).toBe(false)
    expect(error.name).toBe('WorkflowError')
  })

  test('codes and statuses', () => {
    expect(WORKFLOW_ERRORS).toEqual({
      UNKNOWN_STATE: 'UNKNOWN_STATE',
      ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
      NOT_SIGNED_IN: 'NOT_SIGNED_IN',
      FORBIDDEN: 'FORBIDDEN',
      COMMENT_REQUIRED: 'COMMENT_REQUIRED',
      COMMENT_TOO_LONG: 'COMMENT_TOO_LONG',
    })
    expect(WORKFLOW_ERROR_STATUS).toEqual({
      UNKNOWN_STATE: 400,
      ILLEGAL_TRANSITION: 409,
      NOT_SIGNED_IN: 401,
      FORBIDDEN: 403,
      COMMENT_REQUIRED: 400,
      COMMENT_TOO_LONG: 400,
    })
    expect(new WorkflowError('FORBIDDEN', 'No.').status).toBe(403)
  })
})

describe('stateAfterContentEdit', () => {
  test.each([
    ['draft', { state: 'draft', voidedApproval: false, keepsPublishedVersionLive: false }],
    ['in_review', { state: 'in_review', voidedApproval: false, keepsPublishedVersionLive: false }],
    [
      'changes_requested',
      { state: 'changes_requested', voidedApproval: false, keepsPublishedVersionLive: false },
    ],
    ['approved', { state: 'draft', voidedApproval: true, keepsPublishedVersionLive: false }],
    ['published', { state: 'draft', voidedApproval: false, keepsPublishedVersionLive: true }],
    ['archived', { state: 'archived', voidedApproval: false, keepsPublishedVersionLive: false }],
  ] as const)('editing a %s document: %j', (state, outcome) => {
    expect(stateAfterContentEdit(state)).toEqual(outcome)
  })

  test('throws UNKNOWN_STATE for a value that is not a state', () => {
    expect(() => stateAfterContentEdit('deleted' as never)).toThrow(WorkflowError)
    expect(() => stateAfterContentEdit(undefined as never)).toThrow(/Valid states: draft, /)
  })
})

describe('withdraw and discard: asked for by name, only for a live document', () => {
  const live = { publication: 'live' as const, document: { authorIds: ['author-1'] } }

  test.each(['published', 'draft', 'in_review', 'changes_requested', 'approved'])(
    'an editor withdraws a live document in %s with a reason; a pending working copy keeps its state',
    (from) => {
      const result = planTransition({
        from,
        action: 'withdraw',
        actor: editor,
        comment: ' Dosage claim is wrong. ',
        ...live,
      })
      expect(result).toEqual({
        ok: true,
        transition: {
          from,
          to: from === 'published' ? 'archived' : from,
          action: 'withdraw',
          comment: 'Dosage claim is wrong.',
        },
        effects: { setStatus: 'draft', publication: 'offline', liveDependents: 'flag' },
      })
    },
  )

  test('withdrawing needs a reason', () => {
    const error = errorOf(
      planTransition({ from: 'published', action: 'withdraw', actor: admin, ...live }),
    )
    expect([error.code, error.message]).toEqual([
      'COMMENT_REQUIRED',
      'Withdrawing requires a reason, kept in the review history.',
    ])
  })

  test.each([
    [reviewer, 'FORBIDDEN'],
    [author, 'FORBIDDEN'],
  ])('only editors and admins withdraw (%j)', (actor, code) => {
    expect(
      errorOf(
        planTransition({ from: 'published', action: 'withdraw', actor, comment: 'x', ...live }),
      ).code,
    ).toBe(code)
  })

  test('an offline document cannot be withdrawn or discarded', () => {
    for (const action of ['withdraw', 'discard']) {
      const error = errorOf(
        planTransition({
          from: 'in_review',
          action,
          actor: admin,
          comment: 'x',
          publication: 'offline',
          document: { authorIds: [] },
        }),
      )
      expect(error.code).toBe('ILLEGAL_TRANSITION')
      expect(error.message).toMatch(/applies only to a live document; this one is offline/)
    }
  })

  test("the draft's author may discard it; another author may not", () => {
    expect(
      planTransition({ from: 'changes_requested', action: 'discard', actor: author, ...live }),
    ).toEqual({
      ok: true,
      transition: { from: 'changes_requested', to: 'published', action: 'discard' },
      effects: { restoreLiveVersion: true },
    })
    const other: Actor = { id: 'author-2', roles: ['author'] }
    expect(
      errorOf(
        planTransition({ from: 'changes_requested', action: 'discard', actor: other, ...live }),
      ).code,
    ).toBe('FORBIDDEN')
  })

  test('nothing pending, nothing to discard', () => {
    const error = errorOf(
      planTransition({ from: 'published', action: 'discard', actor: admin, ...live }),
    )
    expect([error.code, error.message]).toEqual([
      'ILLEGAL_TRANSITION',
      'Cannot discard the pending draft of a document in "published".',
    ])
  })

  test('a target state cannot stand in for the name: approved -> published is a publish', () => {
    const result = planTransition({ from: 'approved', to: 'published', actor: editor, ...live })
    expect(result.ok && result.transition.action).toBe('publish')
    expect(
      errorOf(planTransition({ from: 'draft', to: 'draft', actor: editor, ...live })).code,
    ).toBe('ILLEGAL_TRANSITION')
  })

  test('a name and a target that disagree, or an unknown name, are refused', () => {
    const mismatch = errorOf(
      planTransition({
        from: 'approved',
        action: 'discard',
        to: 'archived',
        actor: admin,
        ...live,
      }),
    )
    expect(mismatch.message).toBe(
      'Cannot discard the pending draft of a document in "approved": it would move to "published", not "archived".',
    )
    const unknown = errorOf(
      planTransition({ from: 'approved', action: 'erase', actor: admin, ...live }),
    )
    expect([unknown.status, unknown.message]).toEqual([
      400,
      'Unknown workflow action "erase". Valid actions: submit, resubmit, approve, requestChanges, publish, unpublish, reopen, withdraw, discard.',
    ])
  })

  test('the panel offers them to editors on a live document only', () => {
    const moves = (publication: 'live' | 'offline') =>
      allowedTransitions({
        from: 'in_review',
        publication,
        actor: editor,
        document: { authorIds: [] },
      }).map((move) => move.action)
    expect(moves('live')).toEqual(['requestChanges', 'withdraw', 'discard'])
    expect(moves('offline')).toEqual(['requestChanges'])
  })
})
