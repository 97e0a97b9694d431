/**
 * The review workflow through the Local API on a real SQLite database: `transitionDocument` with
 * a real request for a real user, and ordinary saves with a user (the paths that must not bypass
 * review). Expectations come from the issue, written out in tests/helpers/workflow.ts.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'
import type { TransitionRequest, TransitionResult } from '../../src/services/reviewWorkflow'
import {
  bootPayload,
  createTestUser,
  type TestPayload,
  withFailingEventWrites,
} from '../helpers/payload'
import {
  EVENT_KEYS,
  LABEL_FIELD,
  PATH_TO,
  unique,
  validData,
  WF_COLLECTIONS,
  type Actor,
  type State,
  type WfCollection,
} from '../helpers/workflow'

type Doc = Record<string, any> & { id: string }
/** Besides the actors of the table: a second reviewer and people holding two roles. */
type Who = Actor | 'reviewer2' | 'reviewerEditor' | 'reviewerAuthor'

let t: TestPayload
let payload: Payload
let createLocalReq: typeof import('payload').createLocalReq
let transitionDocumentFn: (args: TransitionRequest) => Promise<TransitionResult>
let expertId: string
const users = {} as Record<Who, User>

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const reqAs = (who: Who | null): Promise<PayloadRequest> =>
  createLocalReq(who ? { user: { ...users[who], collection: 'users' } } : {}, payload)

const move = async (
  who: Who | null,
  collection: WfCollection,
  id: string,
  to: unknown,
  options: { comment?: string | null; expectedUpdatedAt?: string | null } = {},
): Promise<TransitionResult> =>
  transitionDocumentFn({ req: await reqAs(who), collection, id, to, ...options })

/** The error a promise rejects with; fails the test when it resolves. */
const rejection = async (
  promise: Promise<unknown>,
): Promise<{ status?: number; message: string; data?: any; name?: string }> => {
  try {
    await promise
  } catch (error) {
    return error as { status?: number; message: string }
  }
  throw new Error('expected the call to be refused, but it succeeded')
}

const create = (
  collection: WfCollection,
  who: Who,
  data: Record<string, unknown> = {},
  options: Record<string, unknown> = {},
): Promise<Doc> =>
  payload.create({
    collection,
    data: { ...validData(collection, unique(`${collection} doc`), expertId), ...data } as never,
    user: users[who],
    overrideAccess: false,
    ...options,
  } as never) as unknown as Promise<Doc>

const edit = (
  collection: WfCollection,
  who: Who,
  id: string,
  data: Record<string, unknown>,
  options: Record<string, unknown> = {},
): Promise<Doc> =>
  payload.update({
    collection,
    id,
    data: data as never,
    user: users[who],
    overrideAccess: false,
    ...options,
  } as never) as unknown as Promise<Doc>

/** The newest version of a document (what staff and the workflow see). */
const stored = (collection: WfCollection, id: string): Promise<Doc> =>
  payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  }) as unknown as Promise<Doc>

/** The main document (the live one when it is published). */
const live = (collection: WfCollection, id: string): Promise<Doc> =>
  payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
  }) as unknown as Promise<Doc>

/** What an anonymous visitor gets for this document: the list entry and the read by id. */
const publicView = async (collection: WfCollection, id: string): Promise<Doc | null> => {
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    overrideAccess: false,
  })
  const byId = (await payload
    .findByID({ collection, id, depth: 0, overrideAccess: false })
    .catch(() => null)) as Doc | null
  // The list and the read by id must agree.
  expect(byId?.id ?? null).toBe((docs[0] as Doc | undefined)?.id ?? null)
  if (byId) expect(byId[LABEL_FIELD[collection]]).toBe((docs[0] as Doc)[LABEL_FIELD[collection]])
  return (docs[0] as Doc | undefined) ?? null
}

const eventsOf = async (collection: WfCollection, id: string): Promise<Doc[]> => {
  const { docs } = await payload.find({
    collection: 'workflow-events',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: id } }] },
    sort: 'sequence',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Doc[]
}

const versionCount = async (collection: WfCollection, id: string): Promise<number> =>
  (
    await payload.countVersions({
      collection,
      where: { parent: { equals: id } },
      overrideAccess: true,
    })
  ).totalDocs

/** A fresh document created by `author` and moved to `state` along the usual path. */
const reach = async (
  collection: WfCollection,
  state: State,
  data: Record<string, unknown> = {},
): Promise<Doc> => {
  const doc = await create(collection, 'author', data)
  for (const step of PATH_TO[state]) {
    await move(step.who, collection, doc.id, step.to, { comment: step.comment })
  }
  const now = await stored(collection, doc.id)
  expect(now.reviewState).toBe(state)
  return now
}

/** Everything a refused attempt must leave alone. */
const snapshot = async (collection: WfCollection, id: string) => {
  const current = await stored(collection, id)
  const main = await live(collection, id)
  return {
    reviewState: current.reviewState,
    status: current._status,
    label: current[LABEL_FIELD[collection]],
    updatedAt: current.updatedAt,
    liveStatus: main._status,
    liveLabel: main[LABEL_FIELD[collection]],
    events: (await eventsOf(collection, id)).length,
    versions: await versionCount(collection, id),
    public: (await publicView(collection, id))?.[LABEL_FIELD[collection]] ?? null,
  }
}

// ---------------------------------------------------------------------------------------------
// Setup
// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  t = await bootPayload('workflow')
  payload = t.payload
  ;({ createLocalReq } = await import('payload'))
  ;({ transitionDocument: transitionDocumentFn } =
    await import('../../src/services/reviewWorkflow'))
  users.admin = t.users.admin
  users.editor = t.users.editor
  users.reviewer = t.users.reviewer
  users.author = t.users.author
  const extra: [Who, string[]][] = [
    ['otherAuthor', ['author']],
    ['reviewer2', ['reviewer']],
    ['reviewerEditor', ['reviewer', 'editor']],
    ['reviewerAuthor', ['reviewer', 'author']],
  ]
  for (const [who, roles] of extra) {
    users[who] = await createTestUser(payload, who, roles as Role[])
  }
  const expert = await payload.create({
    collection: 'experts',
    data: { name: 'Dr Workflow Expert', credentials: 'MD, dermatologist' },
  })
  expertId = String(expert.id)
}, 180_000)

afterAll(async () => {
  await t?.close()
})

// ---------------------------------------------------------------------------------------------
// The full path through review, for every reviewed collection
// ---------------------------------------------------------------------------------------------

describe.each(WF_COLLECTIONS)('%s: the full review path', (collection) => {
  const label = LABEL_FIELD[collection]
  let doc: Doc
  const results: TransitionResult[] = []
  const step = async (
    who: Who,
    to: State,
    comment?: string,
  ): Promise<{ result: TransitionResult; now: Doc }> => {
    const result = await move(who, collection, doc.id, to, { comment })
    results.push(result)
    const now = await stored(collection, doc.id)
    expect(now.reviewState).toBe(to)
    expect(result.doc.reviewState).toBe(to)
    return { result, now }
  }

  it('takes a document through every move of the review path', async () => {
    // an author creates a draft: state draft, not public, created and last edited by them
    {
      doc = await create(collection, 'author')
      const now = await stored(collection, doc.id)
      expect(now.reviewState).toBe('draft')
      expect(now._status).toBe('draft')
      expect(now.createdBy).toBe(users.author.id)
      expect(now.lastEditedBy).toBe(users.author.id)
      if (collection === 'articles') expect(now.authors).toEqual([users.author.id])
      expect(await publicView(collection, doc.id)).toBeNull()
      expect(await eventsOf(collection, doc.id)).toEqual([])
    }

    // the author submits it: in_review
    {
      const { result } = await step('author', 'in_review')
      expect(result.transition).toMatchObject({ from: 'draft', to: 'in_review', action: 'submit' })
    }

    // a reviewer must give a comment to request changes
    {
      for (const comment of [undefined, null, '', '   \n ']) {
        const error = await rejection(
          move('reviewer', collection, doc.id, 'changes_requested', { comment }),
        )
        expect(error.status).toBe(400)
        expect(error.message).toMatch(/requires a comment/)
      }
      expect((await stored(collection, doc.id)).reviewState).toBe('in_review')
      expect(await eventsOf(collection, doc.id)).toHaveLength(1)
    }

    // the reviewer requests changes with a comment (kept trimmed)
    {
      const { result } = await step('reviewer', 'changes_requested', '  Add a source.  ')
      expect(result.event.comment).toBe('Add a source.')
    }

    // the author edits while changes are requested (state kept) and resubmits
    {
      await edit(collection, 'author', doc.id, { [label]: unique(`${collection} revised`) })
      expect((await stored(collection, doc.id)).reviewState).toBe('changes_requested')
      await step('author', 'in_review')
    }

    // a reviewer approves: the approver and time are recorded
    {
      const before = Date.now()
      const { now } = await step('reviewer', 'approved')
      expect(now.approvedBy).toBe(users.reviewer.id)
      expect(new Date(now.approvedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(now._status).toBe('draft')
      expect(await publicView(collection, doc.id)).toBeNull()
    }

    // an editor publishes: _status published, publishedAt, reviewedBy the approver, public sees it
    {
      const approved = await stored(collection, doc.id)
      const before = Date.now()
      const { now } = await step('editor', 'published')
      expect(now._status).toBe('published')
      const main = await live(collection, doc.id)
      expect(main._status).toBe('published')
      expect(main.reviewState).toBe('published')
      expect(main.reviewedBy).toBe(users.reviewer.id)
      expect(main.reviewedBy).not.toBe(users.editor.id)
      expect(main.lastReviewedAt).toBe(approved.approvedAt)
      if (collection === 'articles') {
        expect(new Date(main.publishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
      }
      const seen = await publicView(collection, doc.id)
      expect(seen?.[label]).toBe(approved[label])
    }

    // an editor unpublishes (archives): the public no longer sees it
    {
      const { now } = await step('editor', 'archived')
      expect(now._status).toBe('draft')
      expect((await live(collection, doc.id))._status).toBe('draft')
      expect(await publicView(collection, doc.id)).toBeNull()
      const { docs } = await payload.find({ collection, overrideAccess: false, limit: 100 })
      expect(docs.map((d) => String(d.id))).not.toContain(doc.id)
    }

    // an editor reopens it as a draft, still not public
    {
      await step('editor', 'draft')
      expect(await publicView(collection, doc.id)).toBeNull()
    }

    // the trail holds exactly one complete event per move, in order
    {
      const events = await eventsOf(collection, doc.id)
      expect(events.map((e) => e.action)).toEqual([
        'submit',
        'requestChanges',
        'resubmit',
        'approve',
        'publish',
        'unpublish',
        'reopen',
      ])
      expect(events.map((e) => [e.from, e.to])).toEqual([
        ['draft', 'in_review'],
        ['in_review', 'changes_requested'],
        ['changes_requested', 'in_review'],
        ['in_review', 'approved'],
        ['approved', 'published'],
        ['published', 'archived'],
        ['archived', 'draft'],
      ])
      expect(events.map((e) => e.actor)).toEqual(
        ['author', 'reviewer', 'author', 'reviewer', 'editor', 'editor', 'editor'].map(
          (who) => users[who as Who].id,
        ),
      )
      for (const event of events) {
        for (const key of EVENT_KEYS) expect(event).toHaveProperty(key)
        expect(event.collection).toBe(collection)
        expect(event.documentId).toBe(doc.id)
        const version = await payload.findVersionByID({
          collection,
          id: event.version,
          depth: 0,
          overrideAccess: true,
        })
        expect(String(version.parent)).toBe(doc.id)
      }
      expect(events[1].comment).toBe('Add a source.')
      // The result of each move carries the very event stored for it.
      expect(results.map((r) => String(r.event.id))).toEqual(events.map((e) => String(e.id)))
    }
  })
})

// ---------------------------------------------------------------------------------------------
// The service enforces the transition table's answers (the whole table: tests/unit/workflow-rules)
// ---------------------------------------------------------------------------------------------

describe('refused moves change nothing', () => {
  it('a move by the wrong role is 403 naming who may', async () => {
    const doc = await reach('articles', 'in_review')
    const before = await snapshot('articles', doc.id)
    const error = await rejection(move('author', 'articles', doc.id, 'approved'))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/reviewer/i)
    expect(await snapshot('articles', doc.id)).toEqual(before)
  })

  it('a move the state does not allow is 409 naming the allowed moves', async () => {
    const doc = await reach('articles', 'draft')
    const before = await snapshot('articles', doc.id)
    const error = await rejection(move('admin', 'articles', doc.id, 'published'))
    expect(error.status).toBe(409)
    expect(error.message).toContain('Allowed from "draft": in_review')
    expect(await snapshot('articles', doc.id)).toEqual(before)
  })
})

describe('unknown states, anonymous callers and unknown documents', () => {
  it.each([['deleted'], [''], ['PUBLISHED'], [' draft'], [null], [42], [undefined]])(
    'target %p is 400 naming the valid states, and nothing changes',
    async (to) => {
      const doc = await reach('articles', 'in_review')
      const before = await snapshot('articles', doc.id)
      const error = await rejection(move('admin', 'articles', doc.id, to))
      expect(error.status).toBe(400)
      expect(error.message).toMatch(/Unknown target review state/)
      expect(error.message).toContain('draft, in_review, changes_requested')
      expect(await snapshot('articles', doc.id)).toEqual(before)
    },
  )

  it('a request without a user is 401 and changes nothing', async () => {
    const doc = await reach('treatments', 'draft')
    const before = await snapshot('treatments', doc.id)
    const error = await rejection(move(null, 'treatments', doc.id, 'in_review'))
    expect(error.status).toBe(401)
    expect(await snapshot('treatments', doc.id)).toEqual(before)
  })

  it('an unknown id is 404', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const error = await rejection(move('admin', 'articles', id, 'in_review'))
      expect(error.status).toBe(404)
    }
  })

  it('a document of another collection is 404, not moved', async () => {
    const doc = await reach('scar-types', 'draft')
    const error = await rejection(move('admin', 'treatments', doc.id, 'in_review'))
    expect(error.status).toBe(404)
    expect((await stored('scar-types', doc.id)).reviewState).toBe('draft')
  })
})

// ---------------------------------------------------------------------------------------------
// Two-person rule and authorship
// ---------------------------------------------------------------------------------------------

describe('two-person rule', () => {
  it('a reviewer who last edited the draft cannot approve it; another reviewer can', async () => {
    const doc = await reach('articles', 'in_review')
    await edit('articles', 'reviewerEditor', doc.id, { summary: 'Tightened by a reviewer.' })
    const now = await stored('articles', doc.id)
    expect(now.reviewState).toBe('in_review')
    expect(now.lastEditedBy).toBe(users.reviewerEditor.id)
    const before = await snapshot('articles', doc.id)
    const error = await rejection(move('reviewerEditor', 'articles', doc.id, 'approved'))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/changed it since its last approval/)
    expect(await snapshot('articles', doc.id)).toEqual(before)
    await move('reviewer2', 'articles', doc.id, 'approved')
    expect((await stored('articles', doc.id)).approvedBy).toBe(users.reviewer2.id)
  })

  it.each(WF_COLLECTIONS)(
    '%s: a reviewer who created the document cannot approve it',
    async (collection) => {
      const doc = await create(collection, 'reviewerAuthor')
      await move('reviewerAuthor', collection, doc.id, 'in_review')
      const error = await rejection(move('reviewerAuthor', collection, doc.id, 'approved'))
      expect(error.status).toBe(403)
      expect(error.message).toMatch(/You created this document/)
      expect((await stored(collection, doc.id)).reviewState).toBe('in_review')
      await move('reviewer', collection, doc.id, 'approved')
    },
  )

  it('an admin who created the document cannot approve it', async () => {
    const doc = await create('treatments', 'admin')
    await move('admin', 'treatments', doc.id, 'in_review')
    const error = await rejection(move('admin', 'treatments', doc.id, 'approved'))
    expect(error.status).toBe(403)
    expect((await stored('treatments', doc.id)).reviewState).toBe('in_review')
  })

  it('everyone who changed the content since the last approval is kept from approving', async () => {
    const doc = await reach('articles', 'in_review')
    // The reviewer rewrites the summary, then an editor touches the title after them.
    await edit('articles', 'reviewerEditor', doc.id, { summary: 'Rewritten by a reviewer.' })
    await edit('articles', 'editor', doc.id, { title: unique('retitled') })
    expect((await stored('articles', doc.id)).editedSinceApprovalBy).toEqual([
      users.author.id,
      users.reviewerEditor.id,
      users.editor.id,
    ])
    const error = await rejection(move('reviewerEditor', 'articles', doc.id, 'approved'))
    expect(error.status).toBe(403)
    await move('reviewer2', 'articles', doc.id, 'approved')
    // The approval covers those changes: the list starts again.
    expect((await stored('articles', doc.id)).editedSinceApprovalBy).toEqual([])
  })

  it('a save that changes no content does not make the saver the last editor', async () => {
    const doc = await reach('scar-types', 'in_review')
    await edit('scar-types', 'reviewerEditor', doc.id, { name: doc.name })
    expect((await stored('scar-types', doc.id)).lastEditedBy).toBe(users.author.id)
    await move('reviewerEditor', 'scar-types', doc.id, 'approved')
  })
})

describe('authorship', () => {
  it('an article created by an author with no authors lists its creator', async () => {
    const doc = await create('articles', 'author', { authors: [] })
    expect((await stored('articles', doc.id)).authors).toEqual([users.author.id])
  })

  it('an author not in `authors` cannot submit an article; a listed one can', async () => {
    const doc = await create('articles', 'editor', { authors: [users.otherAuthor.id] })
    expect((await stored('articles', doc.id)).authors).toEqual([users.otherAuthor.id])
    const error = await rejection(move('author', 'articles', doc.id, 'in_review'))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/document's authors/)
    expect((await stored('articles', doc.id)).reviewState).toBe('draft')
    await move('otherAuthor', 'articles', doc.id, 'in_review')
  })

  it('an author cannot choose the authors: their new article lists them alone', async () => {
    const doc = await create('articles', 'author', { authors: [users.otherAuthor.id] })
    expect((await stored('articles', doc.id)).authors).toEqual([users.author.id])
  })

  it('another author can neither edit an article nor make themself its author', async () => {
    const doc = await create('articles', 'author')
    const before = await snapshot('articles', doc.id)
    expect(
      (await rejection(edit('articles', 'otherAuthor', doc.id, { summary: 'Mine.' }))).status,
    ).toBe(403)
    expect(
      (
        await rejection(
          edit('articles', 'otherAuthor', doc.id, { authors: [users.otherAuthor.id] }),
        )
      ).status,
    ).toBe(403)
    expect(await snapshot('articles', doc.id)).toEqual(before)
    expect((await rejection(move('otherAuthor', 'articles', doc.id, 'in_review'))).status).toBe(403)
  })

  it('an author listed by an editor may edit the article but not change its authors', async () => {
    const doc = await create('articles', 'author')
    await edit('articles', 'editor', doc.id, { authors: [users.author.id, users.otherAuthor.id] })
    await edit('articles', 'otherAuthor', doc.id, { summary: 'Co-written.', authors: [] })
    const now = await stored('articles', doc.id)
    expect(now.summary).toBe('Co-written.')
    expect(now.authors).toEqual([users.author.id, users.otherAuthor.id])
  })

  it.each(['expert-quotes', 'scar-types', 'treatments'] as const)(
    '%s: the creator is the author; another author cannot submit, nor resubmit',
    async (collection) => {
      const doc = await create(collection, 'author')
      // Another author may not edit it, nor submit it.
      const editError = await rejection(
        edit(collection, 'otherAuthor', doc.id, { [LABEL_FIELD[collection]]: unique('edit') }),
      )
      expect(editError.status).toBe(403)
      const error = await rejection(move('otherAuthor', collection, doc.id, 'in_review'))
      expect(error.status).toBe(403)
      await move('author', collection, doc.id, 'in_review')
      await move('reviewer', collection, doc.id, 'changes_requested', { comment: 'More detail.' })
      expect((await rejection(move('otherAuthor', collection, doc.id, 'in_review'))).status).toBe(
        403,
      )
      await move('author', collection, doc.id, 'in_review')
    },
  )

  it('a document created by an editor cannot be submitted by an author', async () => {
    const doc = await create('treatments', 'editor')
    expect((await rejection(move('author', 'treatments', doc.id, 'in_review'))).status).toBe(403)
  })
})

// ---------------------------------------------------------------------------------------------
// Edits: voided approvals and new drafts of published documents
// ---------------------------------------------------------------------------------------------

describe.each(WF_COLLECTIONS)('%s: editing content', (collection) => {
  const label = LABEL_FIELD[collection]

  it('editing an approved document voids the approval: draft, approver cleared, one voidApproval event', async () => {
    const doc = await reach(collection, 'approved')
    const eventsBefore = await eventsOf(collection, doc.id)
    await edit(collection, 'author', doc.id, { [label]: unique('changed after approval') })
    const now = await stored(collection, doc.id)
    expect(now.reviewState).toBe('draft')
    expect(now.approvedBy ?? null).toBeNull()
    expect(now.approvedAt ?? null).toBeNull()
    expect(now.lastEditedBy).toBe(users.author.id)
    const events = await eventsOf(collection, doc.id)
    expect(events).toHaveLength(eventsBefore.length + 1)
    expect(events.at(-1)).toMatchObject({
      collection,
      documentId: doc.id,
      action: 'voidApproval',
      from: 'approved',
      to: 'draft',
      actor: users.author.id,
    })
    expect(events.at(-1)?.version).toBeTruthy()
    // It cannot be published on the strength of the voided approval.
    const error = await rejection(move('editor', collection, doc.id, 'published'))
    expect(error.status).toBe(409)
    expect(await publicView(collection, doc.id)).toBeNull()
    // A second edit of the (now draft) document records nothing more.
    await edit(collection, 'author', doc.id, { [label]: unique('changed again') })
    expect(await eventsOf(collection, doc.id)).toHaveLength(eventsBefore.length + 1)
  })

  it('a save that changes no content keeps the approval and records nothing', async () => {
    const doc = await reach(collection, 'approved')
    const eventsBefore = (await eventsOf(collection, doc.id)).length
    await edit(collection, 'editor', doc.id, { [label]: doc[label] })
    await edit(collection, 'editor', doc.id, { assignedReviewers: [users.reviewer2.id] })
    const now = await stored(collection, doc.id)
    expect(now.reviewState).toBe('approved')
    expect(now.approvedBy).toBe(users.reviewer.id)
    expect(await eventsOf(collection, doc.id)).toHaveLength(eventsBefore)
    await move('editor', collection, doc.id, 'published')
  })

  it('editing a published document makes a new draft while the published version stays live', async () => {
    const doc = await reach(collection, 'published')
    const liveLabel = doc[label]
    const newLabel = unique('second edition')
    const eventsBefore = (await eventsOf(collection, doc.id)).length

    await edit(collection, 'author', doc.id, { [label]: newLabel })
    const draft = await stored(collection, doc.id)
    expect(draft.reviewState).toBe('draft')
    expect(draft._status).toBe('draft')
    expect(draft[label]).toBe(newLabel)
    const main = await live(collection, doc.id)
    expect(main._status).toBe('published')
    expect(main[label]).toBe(liveLabel)
    expect((await publicView(collection, doc.id))?.[label]).toBe(liveLabel)
    // Asking for drafts does not show the public the pending one.
    const withDraft = await payload.findByID({
      collection,
      id: doc.id,
      draft: true,
      overrideAccess: false,
    })
    expect((withDraft as Doc)[label]).toBe(liveLabel)
    // The trail has no gap: the live document got a pending edit.
    const events = await eventsOf(collection, doc.id)
    expect(events).toHaveLength(eventsBefore + 1)
    expect(events.at(-1)).toMatchObject({
      action: 'edit',
      from: 'published',
      to: 'draft',
      publication: 'live',
      actor: users.author.id,
    })
    // Every read agrees: the document row says where the working copy is, with or without draft.
    expect({ reviewState: main.reviewState, publication: main.publication }).toEqual({
      reviewState: 'draft',
      publication: 'live',
    })

    // The pending draft goes through review; the live version stays until it is published.
    await move('author', collection, doc.id, 'in_review')
    await move('reviewer2', collection, doc.id, 'approved')
    expect((await publicView(collection, doc.id))?.[label]).toBe(liveLabel)
    await move('admin', collection, doc.id, 'published')
    expect((await publicView(collection, doc.id))?.[label]).toBe(newLabel)
    const republished = await live(collection, doc.id)
    expect(republished.reviewedBy).toBe(users.reviewer2.id)
  })
})

// ---------------------------------------------------------------------------------------------
// Atomicity, optimistic locking and concurrency
// ---------------------------------------------------------------------------------------------

describe('a failed event write rolls the move back', () => {
  it.each([
    ['submit', 'draft', 'in_review'],
    ['approve', 'in_review', 'approved'],
    ['publish', 'approved', 'published'],
    ['unpublish', 'published', 'archived'],
  ] as [string, State, State][])(
    '%s: state, status and public view unchanged',
    async (_a, from, to) => {
      const who: Who = to === 'in_review' ? 'author' : to === 'approved' ? 'reviewer' : 'editor'
      const doc = await reach('articles', from)
      const before = await snapshot('articles', doc.id)
      await withFailingEventWrites(payload, async () => {
        const error = await rejection(move(who, 'articles', doc.id, to))
        expect(error.message).toBe('forced')
      })
      expect(await snapshot('articles', doc.id)).toEqual(before)
      // The hook is gone and the same move now succeeds.
      await move(who, 'articles', doc.id, to)
      expect((await stored('articles', doc.id)).reviewState).toBe(to)
    },
  )

  it('an edit whose voidApproval event fails is not saved either', async () => {
    const doc = await reach('treatments', 'approved')
    const before = await snapshot('treatments', doc.id)
    await withFailingEventWrites(payload, async () => {
      await rejection(edit('treatments', 'author', doc.id, { name: unique('edit that fails') }))
    })
    expect(await snapshot('treatments', doc.id)).toEqual(before)
    expect((await stored('treatments', doc.id)).approvedBy).toBe(users.reviewer.id)
  })
})

describe('expectedUpdatedAt', () => {
  it('a stale value on a transition is 409 and nothing is written; the current one works', async () => {
    const doc = await reach('articles', 'draft')
    const stale = doc.updatedAt
    await edit('articles', 'author', doc.id, { summary: 'Changed meanwhile.' })
    const before = await snapshot('articles', doc.id)
    const error = await rejection(
      move('author', 'articles', doc.id, 'in_review', { expectedUpdatedAt: stale }),
    )
    expect(error.status).toBe(409)
    expect(error.data).toMatchObject({ code: 'STALE_DOCUMENT', updatedAt: before.updatedAt })
    expect(await snapshot('articles', doc.id)).toEqual(before)
    await move('author', 'articles', doc.id, 'in_review', { expectedUpdatedAt: before.updatedAt })
    expect((await stored('articles', doc.id)).reviewState).toBe('in_review')
  })

  it('a stale value on an ordinary update is 409 and nothing is written', async () => {
    const doc = await reach('scar-types', 'draft')
    const stale = doc.updatedAt
    await edit('scar-types', 'author', doc.id, { summary: 'First.' })
    const before = await snapshot('scar-types', doc.id)
    const error = await rejection(
      edit('scar-types', 'author', doc.id, { summary: 'Second.', expectedUpdatedAt: stale }),
    )
    expect(error.status).toBe(409)
    expect(await snapshot('scar-types', doc.id)).toEqual(before)
    expect((await stored('scar-types', doc.id)).summary).toBe('First.')
    await edit('scar-types', 'author', doc.id, {
      summary: 'Second.',
      expectedUpdatedAt: before.updatedAt,
    })
    expect((await stored('scar-types', doc.id)).summary).toBe('Second.')
  })
})

describe('concurrent moves of one document', () => {
  it.each([1, 2, 3])(
    'run %i: a reviewer approving while an editor requests changes: one wins, the other is 409',
    async () => {
      const doc = await reach('articles', 'in_review')
      const outcomes = await Promise.allSettled([
        move('reviewer', 'articles', doc.id, 'approved'),
        move('editor', 'articles', doc.id, 'changes_requested', { comment: 'Hold on.' }),
      ])
      const won = outcomes.filter((o) => o.status === 'fulfilled')
      const lost = outcomes.filter((o) => o.status === 'rejected')
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(1)
      expect((lost[0] as PromiseRejectedResult).reason.status).toBe(409)
      const winner = (won[0] as PromiseFulfilledResult<TransitionResult>).value
      expect((await stored('articles', doc.id)).reviewState).toBe(winner.transition.to)
      const events = await eventsOf('articles', doc.id)
      expect(events.map((e) => e.action)).toEqual(['submit', winner.transition.action])
    },
  )

  it('two reviewers approving at once: exactly one approval', async () => {
    const doc = await reach('expert-quotes', 'in_review')
    const outcomes = await Promise.allSettled([
      move('reviewer', 'expert-quotes', doc.id, 'approved'),
      move('reviewer2', 'expert-quotes', doc.id, 'approved'),
    ])
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult
    expect(lost.reason.status).toBe(409)
    const events = await eventsOf('expert-quotes', doc.id)
    expect(events.filter((e) => e.action === 'approve')).toHaveLength(1)
  })
})

// ---------------------------------------------------------------------------------------------
// No bypass through the Local API with a user
// ---------------------------------------------------------------------------------------------

describe.each([
  ['access overridden (default)', {}],
  ['overrideAccess: false', { overrideAccess: false }],
])('Local API with a user, %s: no bypass', (_label, access) => {
  const updateAs = (
    who: Who,
    collection: WfCollection,
    id: string,
    data: Record<string, unknown>,
    options: Record<string, unknown> = {},
  ) =>
    payload.update({
      collection,
      id,
      data: data as never,
      user: users[who],
      ...access,
      ...options,
    } as never)

  it.each([
    [{ reviewState: 'published' }],
    [{ reviewState: 'approved' }],
    [{ _status: 'published' }],
    [{ reviewState: 'published', _status: 'published' }],
  ])('update of a draft with %j is refused and nothing changes', async (data) => {
    const doc = await reach('articles', 'in_review')
    const before = await snapshot('articles', doc.id)
    for (const who of ['admin', 'editor', 'author'] as Who[]) {
      for (const options of [{}, { draft: false }, { draft: true, autosave: true }]) {
        const error = await rejection(updateAs(who, 'articles', doc.id, data, options))
        expect(error.status).toBe(403)
        expect(error.message).toMatch(/only through the review workflow/)
      }
    }
    expect(await snapshot('articles', doc.id)).toEqual(before)
    expect(await publicView('articles', doc.id)).toBeNull()
  })

  it('an unknown reviewState on update is 400', async () => {
    const doc = await reach('articles', 'draft')
    const error = await rejection(updateAs('editor', 'articles', doc.id, { reviewState: 'nope' }))
    expect(error.status).toBe(400)
  })

  it('create with a published status or a later review state is refused and stores nothing', async () => {
    for (const extra of [
      { _status: 'published' },
      { reviewState: 'published' },
      { reviewState: 'approved' },
    ]) {
      const name = unique('bypass create')
      const error = await rejection(
        payload.create({
          collection: 'treatments',
          data: { name, kind: 'surgical', ...extra } as never,
          user: users.editor,
          ...access,
        } as never),
      )
      expect(error.status).toBe(403)
      const { totalDocs } = await payload.count({
        collection: 'treatments',
        where: { name: { equals: name } },
      })
      expect(totalDocs).toBe(0)
    }
  })

  it('a plain create, even asking for draft: false, is an unpublished draft', async () => {
    const doc = (await payload.create({
      collection: 'scar-types',
      data: { name: unique('plain'), category: 'raised' },
      user: users.editor,
      draft: false,
      ...access,
    } as never)) as unknown as Doc
    expect((await live('scar-types', doc.id))._status).toBe('draft')
    expect((await stored('scar-types', doc.id)).reviewState).toBe('draft')
    expect(await publicView('scar-types', doc.id)).toBeNull()
  })

  it('system fields sent by a user are ignored', async () => {
    const doc = await reach('articles', 'in_review')
    await updateAs('editor', 'articles', doc.id, {
      approvedBy: users.editor.id,
      approvedAt: new Date().toISOString(),
      reviewedBy: users.editor.id,
      lastReviewedAt: new Date().toISOString(),
      createdBy: users.editor.id,
    })
    const now = await stored('articles', doc.id)
    expect(now.approvedBy ?? null).toBeNull()
    expect(now.approvedAt ?? null).toBeNull()
    expect(now.reviewedBy ?? null).toBeNull()
    expect(now.lastReviewedAt ?? null).toBeNull()
    expect(now.createdBy).toBe(users.author.id)
    expect(now.reviewState).toBe('in_review')
  })

  it('an edit of a published document asking for draft: false does not change the live version', async () => {
    const doc = await reach('treatments', 'published')
    await updateAs('editor', 'treatments', doc.id, { name: unique('unreviewed') }, { draft: false })
    const main = await live('treatments', doc.id)
    expect(main.name).toBe(doc.name)
    expect(main._status).toBe('published')
    expect((await publicView('treatments', doc.id))?.name).toBe(doc.name)
    expect((await stored('treatments', doc.id)).reviewState).toBe('draft')
  })

  it('setting _status draft on a published document does not take it offline', async () => {
    const doc = await reach('treatments', 'published')
    await updateAs('author', 'treatments', doc.id, { _status: 'draft' }, { draft: false })
    expect((await live('treatments', doc.id))._status).toBe('published')
    expect((await publicView('treatments', doc.id))?.name).toBe(doc.name)
  })

  it('bulk update with a review state or published status is refused and changes nothing', async () => {
    const doc = await reach('scar-types', 'approved')
    const before = await snapshot('scar-types', doc.id)
    for (const data of [{ reviewState: 'published' }, { _status: 'published' }]) {
      const outcome = await payload
        .update({
          collection: 'scar-types',
          where: { id: { equals: doc.id } },
          data: data as never,
          user: users.admin,
          ...access,
        } as never)
        .then((result: any) => ({ errors: result.errors as unknown[], status: 200 }))
        .catch((error: { status?: number }) => ({ errors: [error], status: error.status }))
      expect(outcome.status === 403 || outcome.errors.length > 0).toBe(true)
    }
    expect(await snapshot('scar-types', doc.id)).toEqual(before)
  })

  it('duplicating a published, approved document makes an unreviewed draft', async () => {
    const doc = await reach('expert-quotes', 'published')
    const copy = (await payload.duplicate({
      collection: 'expert-quotes',
      id: doc.id,
      user: users.editor,
      ...access,
    } as never)) as unknown as Doc
    expect(copy.id).not.toBe(doc.id)
    const now = await stored('expert-quotes', copy.id)
    expect(now.reviewState).toBe('draft')
    expect(now._status).toBe('draft')
    expect((await live('expert-quotes', copy.id))._status).toBe('draft')
    expect(now.approvedBy ?? null).toBeNull()
    expect(now.reviewedBy ?? null).toBeNull()
    expect(now.createdBy).toBe(users.editor.id)
    expect(await publicView('expert-quotes', copy.id)).toBeNull()
  })

  it('duplicating with a published status or review state in the data is refused', async () => {
    const doc = await reach('expert-quotes', 'published')
    for (const data of [{ _status: 'published' }, { reviewState: 'published' }]) {
      const error = await rejection(
        payload.duplicate({
          collection: 'expert-quotes',
          id: doc.id,
          data,
          user: users.editor,
          ...access,
        } as never),
      )
      expect(error.status).toBe(403)
    }
  })

  /** The version of `id` that was last published (as its trail says), restored as `who`. */
  const restorePublishedVersion = async (collection: WfCollection, id: string, who: Who) => {
    const published = (await eventsOf(collection, id)).filter((e) => e.action === 'publish')
    expect(published.length).toBeGreaterThan(0)
    const versionId = String(published.at(-1)!.version)
    return payload
      .restoreVersion({ collection, id: versionId, user: users[who], ...access } as never)
      .then(
        () => 'restored',
        (error: { status?: number }) => error.status,
      )
  }

  // Restoring writes the version over the live document, so only a restore as a draft (REST's
  // ?draft=true) is allowed; the Local API's restore is refused.
  it('restoring the published version of an archived document does not republish it', async () => {
    const doc = await reach('articles', 'archived')
    expect(await publicView('articles', doc.id)).toBeNull()
    const outcome = await restorePublishedVersion('articles', doc.id, 'author')
    expect({
      outcome,
      liveStatus: (await live('articles', doc.id))._status,
      publicTitle: (await publicView('articles', doc.id))?.title ?? null,
      reviewState: (await stored('articles', doc.id)).reviewState,
    }).toEqual({
      outcome: 403,
      liveStatus: 'draft',
      publicTitle: null,
      reviewState: 'archived',
    })
  })

  it('restoring an older published version does not replace the live version', async () => {
    const doc = await reach('treatments', 'published')
    const first = doc.name
    const firstVersions = await payload.findVersions({
      collection: 'treatments',
      where: {
        and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
      },
      limit: 1,
      overrideAccess: true,
    })
    const second = unique('second edition')
    await edit('treatments', 'author', doc.id, { name: second })
    await move('author', 'treatments', doc.id, 'in_review')
    await move('reviewer', 'treatments', doc.id, 'approved')
    await move('editor', 'treatments', doc.id, 'published')
    expect((await publicView('treatments', doc.id))?.name).toBe(second)
    const refused = await rejection(
      payload.restoreVersion({
        collection: 'treatments',
        id: String(firstVersions.docs[0].id),
        user: users.author,
        ...access,
      } as never),
    )
    expect(refused.status).toBe(403)
    expect({ publicName: (await publicView('treatments', doc.id))?.name }).toEqual({
      publicName: second,
    })
    expect(first).not.toBe(second)
  })

  it('restoring an old draft version of a published document leaves the live version alone', async () => {
    // Publishing makes the approved version live, so the old draft is one edited over before.
    const draft = await reach('scar-types', 'draft')
    await edit('scar-types', 'author', draft.id, { name: unique('second draft') })
    await move('author', 'scar-types', draft.id, 'in_review')
    await move('reviewer', 'scar-types', draft.id, 'approved')
    await move('editor', 'scar-types', draft.id, 'published')
    const doc = await live('scar-types', draft.id)
    const { docs: firstVersions } = await payload.findVersions({
      collection: 'scar-types',
      where: { parent: { equals: doc.id } },
      sort: 'updatedAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(firstVersions[0].version._status).toBe('draft')
    const refused = await rejection(
      payload.restoreVersion({
        collection: 'scar-types',
        id: String(firstVersions[0].id),
        user: users.author,
        ...access,
      } as never),
    )
    expect(refused.status).toBe(403)
    expect({
      liveStatus: (await live('scar-types', doc.id))._status,
      publicName: (await publicView('scar-types', doc.id))?.name ?? null,
    }).toEqual({ liveStatus: 'published', publicName: doc.name })
  })

  it('a bulk edit voids each approval it touches, one event per document', async () => {
    const docs = [await reach('articles', 'approved'), await reach('articles', 'approved')]
    const result = (await payload.update({
      collection: 'articles',
      where: { id: { in: docs.map((d) => d.id) } },
      data: { summary: unique('bulk summary') },
      user: users.editor,
      ...access,
    } as never)) as unknown as { docs: Doc[]; errors: unknown[] }
    expect(result.errors).toEqual([])
    for (const doc of docs) {
      expect((await stored('articles', doc.id)).reviewState).toBe('draft')
      const events = await eventsOf('articles', doc.id)
      expect(events.filter((e) => e.action === 'voidApproval')).toHaveLength(1)
    }
  })

  it('an autosave of an approved document voids the approval once', async () => {
    const doc = await reach('articles', 'approved')
    for (const summary of ['autosaved once', 'autosaved twice']) {
      await payload.update({
        collection: 'articles',
        id: doc.id,
        data: { summary },
        draft: true,
        autosave: true,
        user: users.author,
        ...access,
      } as never)
    }
    const now = await stored('articles', doc.id)
    expect(now.reviewState).toBe('draft')
    expect(now.summary).toBe('autosaved twice')
    const events = await eventsOf('articles', doc.id)
    expect(events.filter((e) => e.action === 'voidApproval')).toHaveLength(1)
  })
})

// ---------------------------------------------------------------------------------------------
// The audit trail is append-only
// ---------------------------------------------------------------------------------------------

describe('workflow-events are append-only', () => {
  let event: Doc

  beforeAll(async () => {
    const doc = await reach('articles', 'in_review')
    event = (await eventsOf('articles', doc.id))[0]
  })

  it.each(['admin', 'editor', 'reviewer', 'author'] as Who[])(
    '%s cannot update or delete an event, with or without access control',
    async (who) => {
      for (const access of [{}, { overrideAccess: false }]) {
        const update = await rejection(
          payload.update({
            collection: 'workflow-events',
            id: event.id,
            data: { comment: 'rewritten', action: 'approve' },
            user: users[who],
            ...access,
          }),
        )
        expect(update.status).toBe(403)
        const del = await rejection(
          payload.delete({
            collection: 'workflow-events',
            id: event.id,
            user: users[who],
            ...access,
          }),
        )
        expect(del.status).toBe(403)
        const bulk = await rejection(
          payload.delete({
            collection: 'workflow-events',
            where: { id: { exists: true } },
            user: users[who],
            ...access,
          }),
        )
        expect(bulk.status).toBe(403)
      }
      const again = await payload.findByID({ collection: 'workflow-events', id: event.id })
      expect(again).toMatchObject({ comment: event.comment ?? null, action: event.action })
    },
  )

  it('not even trusted server code (no user) can update or delete one', async () => {
    expect(
      (
        await rejection(
          payload.update({ collection: 'workflow-events', id: event.id, data: { comment: 'x' } }),
        )
      ).status,
    ).toBe(403)
    expect(
      (await rejection(payload.delete({ collection: 'workflow-events', id: event.id }))).status,
    ).toBe(403)
  })

  it('users cannot create events when access is enforced', async () => {
    const error = await rejection(
      payload.create({
        collection: 'workflow-events',
        data: {
          collection: 'articles',
          documentId: 'forged',
          from: 'in_review',
          to: 'approved',
          action: 'approve',
        },
        user: users.admin,
        overrideAccess: false,
      }),
    )
    expect(error.status).toBe(403)
    const { totalDocs } = await payload.count({
      collection: 'workflow-events',
      where: { documentId: { equals: 'forged' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('staff read events; anonymous visitors cannot', async () => {
    for (const who of ['admin', 'editor', 'reviewer', 'author'] as Who[]) {
      const { totalDocs } = await payload.find({
        collection: 'workflow-events',
        user: users[who],
        overrideAccess: false,
      })
      expect(totalDocs).toBeGreaterThan(0)
    }
    const error = await rejection(
      payload.find({ collection: 'workflow-events', overrideAccess: false }),
    )
    expect(error.status).toBe(403)
  })
})

// Keeps the collection list honest: the helper's list is the set the workflow applies to.
it('the reviewed collections have the workflow fields', () => {
  for (const collection of WF_COLLECTIONS) {
    const names = payload.collections[collection as CollectionSlug].config.fields.map((field) =>
      'name' in field ? field.name : null,
    )
    expect(names).toEqual(expect.arrayContaining(['reviewState', 'createdBy', 'approvedBy']))
  }
})

// ---------------------------------------------------------------------------------------------
// Publication: withdraw, discard, one truth for live, a trail that replays
// ---------------------------------------------------------------------------------------------

const act = async (
  who: Who,
  collection: WfCollection,
  id: string,
  action: string,
  comment?: string,
): Promise<TransitionResult> =>
  transitionDocumentFn({ req: await reqAs(who), collection, id, action, comment })

/** A published article with a pending edit (the working copy in review). */
const liveWithPendingEdit = async () => {
  const doc = await reach('articles', 'published')
  const pendingTitle = unique('pending rewrite')
  await edit('articles', 'author', doc.id, { title: pendingTitle })
  await move('author', 'articles', doc.id, 'in_review')
  return { doc, liveTitle: doc.title as string, pendingTitle }
}

describe('withdraw: any live document comes down at once, its pending draft kept', () => {
  it('an editor withdraws a live article whose edit is in review, with a reason', async () => {
    const { doc, pendingTitle } = await liveWithPendingEdit()
    const { event } = await act('editor', 'articles', doc.id, 'withdraw', 'Dosage claim is wrong.')
    expect(event).toMatchObject({
      action: 'withdraw',
      from: 'in_review',
      to: 'in_review',
      comment: 'Dosage claim is wrong.',
      publication: 'offline',
      actor: users.editor.id,
    })
    expect(await publicView('articles', doc.id)).toBeNull()
    const [working, main] = [await stored('articles', doc.id), await live('articles', doc.id)]
    expect({
      title: working.title,
      reviewState: working.reviewState,
      publication: working.publication,
      mainStatus: main._status,
      mainReviewState: main.reviewState,
      mainPublication: main.publication,
    }).toEqual({
      title: pendingTitle,
      reviewState: 'in_review',
      publication: 'offline',
      mainStatus: 'draft',
      mainReviewState: 'in_review',
      mainPublication: 'offline',
    })
    // The pending draft carries on through review and can go live again.
    await move('reviewer2', 'articles', doc.id, 'approved')
    await move('editor', 'articles', doc.id, 'published')
    expect((await publicView('articles', doc.id))?.title).toBe(pendingTitle)
  })

  it('needs a reason and the editor or admin role, and only applies to live documents', async () => {
    const { doc } = await liveWithPendingEdit()
    const before = await snapshot('articles', doc.id)
    expect((await rejection(act('editor', 'articles', doc.id, 'withdraw'))).status).toBe(400)
    expect((await rejection(act('reviewer', 'articles', doc.id, 'withdraw', 'x'))).status).toBe(403)
    expect((await rejection(act('author', 'articles', doc.id, 'withdraw', 'x'))).status).toBe(403)
    expect(await snapshot('articles', doc.id)).toEqual(before)
    const draft = await create('articles', 'author')
    const offline = await rejection(act('editor', 'articles', draft.id, 'withdraw', 'x'))
    expect([offline.status, offline.message]).toEqual([
      409,
      'Withdrawing applies only to a live document; this one is offline.',
    ])
  })
})

describe('discard: the pending draft goes, the live version is the working copy again', () => {
  it("the draft's author discards it; the trail records it and the public sees no change", async () => {
    const { doc, liveTitle } = await liveWithPendingEdit()
    const { event } = await act('author', 'articles', doc.id, 'discard')
    expect(event).toMatchObject({
      action: 'discard',
      from: 'in_review',
      to: 'published',
      publication: 'live',
    })
    const working = await stored('articles', doc.id)
    expect({
      title: working.title,
      reviewState: working.reviewState,
      editedSinceApprovalBy: working.editedSinceApprovalBy,
    }).toEqual({ title: liveTitle, reviewState: 'published', editedSinceApprovalBy: [] })
    expect((await publicView('articles', doc.id))?.title).toBe(liveTitle)
    // Nothing pending any more: nothing to discard.
    expect((await rejection(act('admin', 'articles', doc.id, 'discard'))).status).toBe(409)
  })

  it('a reviewer may not discard; another author may not either', async () => {
    const { doc } = await liveWithPendingEdit()
    expect((await rejection(act('reviewer', 'articles', doc.id, 'discard'))).status).toBe(403)
    expect((await rejection(act('otherAuthor', 'articles', doc.id, 'discard'))).status).toBe(403)
  })
})

describe('a document stored before it had versions', () => {
  /** Written below Payload, as an import or an old database would have left it. */
  const storedWithoutVersions = async (reviewState: State) =>
    (await payload.db.create({
      collection: 'scar-types',
      data: {
        ...validData('scar-types', unique('versionless'), expertId),
        reviewState,
        publication: 'offline',
        _status: 'draft',
      },
    })) as unknown as Doc

  it('a move that publishes nothing leaves it offline; publishing makes it live', async () => {
    const draft = await storedWithoutVersions('draft')
    await move('editor', 'scar-types', draft.id, 'in_review')
    expect(await publicView('scar-types', draft.id)).toBeNull()

    const approved = await storedWithoutVersions('approved')
    await move('editor', 'scar-types', approved.id, 'published')
    expect((await publicView('scar-types', approved.id))?.name).toBe(approved.name)
  })
})

describe('publishing the approved working copy', () => {
  it("is refused when its slug is another live article's; nothing changes", async () => {
    const taken = await reach('articles', 'published')
    const other = await reach('articles', 'published')
    // A draft of a live article is a version: its slug is checked when it goes live.
    await edit('articles', 'author', other.id, { slug: taken.slug })
    await move('author', 'articles', other.id, 'in_review')
    await move('reviewer', 'articles', other.id, 'approved')
    const refused = await rejection(move('editor', 'articles', other.id, 'published'))
    expect(refused.status).toBe(400)
    expect(refused.data?.errors?.[0]?.path).toBe('slug')
    expect({
      liveSlug: (await live('articles', other.id)).slug,
      reviewState: (await stored('articles', other.id)).reviewState,
      events: (await eventsOf('articles', other.id)).at(-1)?.action,
    }).toEqual({ liveSlug: other.slug, reviewState: 'approved', events: 'approve' })
  })
})

describe('compare-and-set: a move writes only from the revision it read', () => {
  it('a claim from a stale revision writes nothing; a second event number is refused', async () => {
    const { claimMove } = await import('../../src/database/workflowWrites')
    const doc = await reach('articles', 'in_review')
    const req = await reqAs('admin')
    const revision = (await live('articles', doc.id)).workflowRevision as number
    expect(
      await claimMove(req, 'articles', doc.id, revision - 1, { reviewState: 'approved' }),
    ).toBe(false)
    expect((await stored('articles', doc.id)).reviewState).toBe('in_review')
    const copy = { ...(await eventsOf('articles', doc.id)).at(-1) }
    delete copy.id
    const duplicate = await rejection(
      payload.create({ collection: 'workflow-events', data: copy as never, overrideAccess: true }),
    )
    expect(duplicate.status).toBe(400)
  })
})

describe('a randomised run of moves and edits: every trail replays to where its document stands', () => {
  /** A small deterministic generator, so a failing run can be repeated from its seed. */
  const generator = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  it('40 random steps over three documents', async () => {
    const { replayTrail } = await import('../../src/workflow/replay')
    const { allowedTransitions } = await import('../../src/workflow/transitions')
    const seed = Date.now() % 100_000
    const random = generator(seed)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const docs = [
      await create('articles', 'author'),
      await create('expert-quotes', 'author'),
      await reach('articles', 'published'),
    ].map((doc, index) => ({
      id: doc.id,
      collection: (index === 1 ? 'expert-quotes' : 'articles') as WfCollection,
    }))
    const actors: Who[] = ['admin', 'editor', 'reviewer2', 'author']
    const steps: string[] = []
    for (let step = 0; step < 40; step += 1) {
      const { id, collection } = pick(docs)
      const who = pick(actors)
      const current = await stored(collection, id)
      const moves = allowedTransitions({
        from: current.reviewState,
        publication: current.publication,
        actor: { id: String(users[who].id), roles: users[who].roles as never },
        document: {
          authorIds: (current.authors ?? [current.createdBy]).map(String),
          createdBy: current.createdBy,
          lastEditedBy: current.lastEditedBy,
          editedSinceApprovalBy: current.editedSinceApprovalBy,
        },
      })
      if (moves.length === 0 || random() < 0.25) {
        if (who === 'reviewer2') continue
        steps.push(`${who} edits ${collection}`)
        await edit(collection, who === 'author' ? 'author' : 'editor', id, {
          [LABEL_FIELD[collection]]: unique('random edit'),
        })
        continue
      }
      const chosen = pick(moves)
      steps.push(`${who} ${chosen.action} ${collection}`)
      await act(who, collection, id, chosen.action, 'Random run.')
    }
    for (const { id, collection } of docs) {
      const [working, main] = [await stored(collection, id), await live(collection, id)]
      const replayed = replayTrail((await eventsOf(collection, id)) as never)
      const state = {
        reviewState: working.reviewState,
        publication: working.publication,
        revision: main.workflowRevision,
        mainReviewState: main.reviewState,
        mainPublication: main.publication,
        publiclyReadable: (await publicView(collection, id)) !== null,
      }
      expect({ seed, state }).toEqual({
        seed,
        state: {
          ...replayed,
          mainReviewState: replayed.reviewState,
          mainPublication: replayed.publication,
          publiclyReadable: replayed.publication === 'live',
        },
      })
    }
    expect(steps.length).toBeGreaterThan(20)
  })
})

describe('reference integrity in moves', () => {
  it('publish is refused naming the unpublished quote; unpublishing a quote a live article uses is refused; withdrawing it flags the article', async () => {
    const quote = await create('expert-quotes', 'author')
    const article = await reach('articles', 'approved', { expertQuotes: [quote.id] })
    const refused = await rejection(move('editor', 'articles', article.id, 'published'))
    expect(refused.status).toBe(409)
    expect(refused.message).toContain(String(quote.statement).slice(0, 20))
    expect(refused.data).toMatchObject({
      code: 'PUBLICATION_BLOCKED',
      blockers: [{ collection: 'expert-quotes', id: quote.id, reason: 'not_live' }],
    })

    for (const step of PATH_TO.published) {
      await move(step.who, 'expert-quotes', quote.id, step.to, { comment: step.comment })
    }
    await move('editor', 'articles', article.id, 'published')

    const unpublish = await rejection(move('editor', 'expert-quotes', quote.id, 'archived'))
    expect(unpublish.status).toBe(409)
    expect(unpublish.data).toMatchObject({
      code: 'LIVE_DEPENDENTS',
      dependents: [{ collection: 'articles', id: article.id }],
    })

    await act('editor', 'expert-quotes', quote.id, 'withdraw', 'Source retracted.')
    const { docs: flags } = await payload.find({
      collection: 'review-flags',
      where: { documentId: { equals: article.id } },
      overrideAccess: true,
    })
    expect(flags.map((flag) => [flag.collection, flag.resolved])).toEqual([['articles', false]])
    expect(flags[0].reason).toContain('Source retracted.')

    // Flags are the workflow's: nobody creates or deletes one, only editors and admins resolve
    // one, and resolving changes nothing else.
    const asUser = (who: Who) => ({ user: users[who], overrideAccess: false }) as const
    const flagId = flags[0].id
    expect(
      (
        await rejection(
          payload.create({
            collection: 'review-flags',
            data: { collection: 'articles', documentId: article.id, reason: 'x' },
            ...asUser('admin'),
          }),
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await rejection(
          payload.delete({ collection: 'review-flags', id: flagId, ...asUser('admin') }),
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await rejection(
          payload.update({
            collection: 'review-flags',
            id: flagId,
            data: { resolved: true },
            ...asUser('author'),
          }),
        )
      ).status,
    ).toBe(403)
    const resolved = await payload.update({
      collection: 'review-flags',
      id: flagId,
      data: { resolved: true, reason: 'rewritten', documentId: 'elsewhere' },
      ...asUser('editor'),
    })
    expect([resolved.resolved, resolved.reason, resolved.documentId]).toEqual([
      true,
      flags[0].reason,
      article.id,
    ])
  })
})
