/**
 * The review workflow's HTTP contract against the real Express + Next server on its own SQLite
 * file: POST /api/{collection}/{id}/transition, GET /api/{collection}/{id}/workflow, the
 * transitionWorkflow mutation, the ordinary REST and GraphQL writes that must not bypass review,
 * optimistic locking, and the append-only audit trail.
 */
import path from 'node:path'

import { createApiClient, type ApiClient, type ApiResponse } from '../helpers/api'
import { startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'
import {
  ACTORS,
  GRAPHQL,
  LABEL_FIELD,
  legalTargets,
  MOVES,
  PATH_TO,
  STATES,
  unique,
  validData,
  WF_COLLECTIONS,
  type Actor,
  type State,
  type WfCollection,
} from '../helpers/workflow'

type Who = Actor | 'reviewer2'
type Caller = Who | 'anonymous'
type Doc = Record<string, any> & { id: string }
type Transport = 'rest' | 'graphql'

const PASSWORD = 'a-long-test-password-42'
const ROLES_OF: Record<Exclude<Who, 'admin'>, string[]> = {
  editor: ['editor'],
  reviewer: ['reviewer'],
  author: ['author'],
  otherAuthor: ['author'],
  reviewer2: ['reviewer'],
}
const STAFF: Who[] = ['admin', 'editor', 'reviewer', 'author']
const SECRET_KEYS = ['hash', 'salt', 'password', 'sessions', 'resetPasswordToken', 'apiKey']

const temp = makeTempDir('http-workflow')
let server: RunningServer
let api: ApiClient
const tokens = {} as Record<Who, string>
const userIds = {} as Record<Who, string>
let expertId: string

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const tokenOf = (who: Caller | null): string | undefined =>
  who && who !== 'anonymous' ? tokens[who] : undefined

const rest = <T = any>(
  method: string,
  urlPath: string,
  who: Caller | null,
  body?: unknown,
): Promise<ApiResponse<T>> => api.request<T>(method, urlPath, { token: tokenOf(who), body })

const gql = (who: Caller | null, query: string, variables: Record<string, unknown> = {}) =>
  api.graphql<any>(query, variables, tokenOf(who))

/** The HTTP-like status of a GraphQL answer: 200, or the first error's statusCode. */
const gqlStatus = (response: ApiResponse<{ errors?: any[] }>): number =>
  response.body.errors?.length
    ? Number(response.body.errors[0].extensions?.statusCode ?? response.status)
    : response.status

const TRANSITION_MUTATION = `mutation Move($collection: WorkflowCollection!, $id: String!, $to: ReviewState!, $comment: String, $expectedUpdatedAt: String) {
  transitionWorkflow(collection: $collection, id: $id, to: $to, comment: $comment, expectedUpdatedAt: $expectedUpdatedAt) {
    collection id from to status updatedAt event { id action from to comment }
  }
}`

interface MoveOutcome {
  status: number
  message: string
  body: any
}

/** One move over REST or GraphQL, as one shape: the status and the error message if any. */
const move = async (
  via: Transport,
  who: Caller,
  collection: WfCollection,
  id: string,
  to: string,
  extra: { comment?: string; expectedUpdatedAt?: string } = {},
): Promise<MoveOutcome> => {
  if (via === 'rest') {
    const response = await rest('POST', `/api/${collection}/${id}/transition`, who, {
      to,
      ...extra,
    })
    return {
      status: response.status,
      message: JSON.stringify(response.body?.errors ?? response.body?.message ?? ''),
      body: response.body,
    }
  }
  const response = await gql(who, TRANSITION_MUTATION, {
    collection: GRAPHQL[collection].enumValue,
    id,
    to,
    ...extra,
  })
  return {
    status: gqlStatus(response),
    message: JSON.stringify(response.body.errors ?? ''),
    body: response.body,
  }
}

const mustMove = async (
  who: Caller,
  collection: WfCollection,
  id: string,
  to: string,
  comment?: string,
) => {
  const outcome = await move('rest', who, collection, id, to, comment ? { comment } : {})
  if (outcome.status !== 200) {
    throw new Error(`${who} could not move ${collection}/${id} to ${to}: ${outcome.message}`)
  }
  return outcome.body
}

const create = async (
  collection: WfCollection,
  who: Who,
  data: Record<string, unknown> = {},
): Promise<Doc> => {
  const response = await rest('POST', `/api/${collection}`, who, {
    ...validData(collection, unique(`${collection} http`), expertId),
    ...data,
  })
  if (response.status !== 201) {
    throw new Error(
      `create ${collection} failed: ${response.status} ${JSON.stringify(response.body)}`,
    )
  }
  return response.body.doc
}

/** A fresh document created by the author and moved to `state` over REST. */
const reach = async (collection: WfCollection, state: State): Promise<Doc> => {
  const doc = await create(collection, 'author')
  for (const step of PATH_TO[state]) {
    await mustMove(step.who, collection, doc.id, step.to, step.comment)
  }
  return stored(collection, doc.id)
}

/** The newest version, as staff see it. */
const stored = async (collection: WfCollection, id: string): Promise<Doc> => {
  const response = await rest('GET', `/api/${collection}/${id}?draft=true&depth=0`, 'admin')
  expect(response.status).toBe(200)
  return response.body
}

/** The main (live when published) document, as staff see it without draft=true. */
const live = async (collection: WfCollection, id: string): Promise<Doc> => {
  const response = await rest('GET', `/api/${collection}/${id}?depth=0`, 'admin')
  expect(response.status).toBe(200)
  return response.body
}

/** What an anonymous visitor sees of the document over REST (by id, in the list, with draft=true). */
const publicLabel = async (collection: WfCollection, id: string): Promise<string | null> => {
  const label = LABEL_FIELD[collection]
  const byId = await rest('GET', `/api/${collection}/${id}?depth=0&draft=true`, null)
  const list = await rest('GET', `/api/${collection}?where[id][equals]=${id}&depth=0`, null)
  expect([200, 404]).toContain(byId.status)
  expect(list.status).toBe(200)
  const fromList = list.body.docs[0]?.[label] ?? null
  expect(byId.status === 200 ? byId.body[label] : null).toBe(fromList)
  return fromList
}

const eventsOf = async (collection: WfCollection, id: string): Promise<Doc[]> => {
  const response = await rest(
    'GET',
    `/api/workflow-events?where[collection][equals]=${collection}&where[documentId][equals]=${id}&sort=createdAt&limit=100&depth=0`,
    'admin',
  )
  expect(response.status).toBe(200)
  return response.body.docs
}

/** Everything a refused or ignored write must leave alone. */
const snapshot = async (collection: WfCollection, id: string) => {
  const current = await stored(collection, id)
  const main = await live(collection, id)
  return {
    reviewState: current.reviewState,
    status: current._status,
    label: current[LABEL_FIELD[collection]],
    updatedAt: current.updatedAt,
    liveStatus: main._status,
    liveReviewState: main.reviewState,
    liveLabel: main[LABEL_FIELD[collection]],
    public: await publicLabel(collection, id),
    events: (await eventsOf(collection, id)).length,
  }
}

const secretKeysIn = (value: unknown, at = '$'): string[] => {
  if (Array.isArray(value)) return value.flatMap((item, i) => secretKeysIn(item, `${at}[${i}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, nested]) => [
    ...(SECRET_KEYS.includes(key) ? [`${at}.${key}`] : []),
    ...secretKeysIn(nested, `${at}.${key}`),
  ])
}

// ---------------------------------------------------------------------------------------------
// Setup: a fresh server and database, one account per role
// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  server = await startServer({
    DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
    SEED_ON_EMPTY: 'false',
  })
  api = createApiClient(server.baseUrl)

  const first = await api.request('POST', '/api/users/first-register', {
    body: { email: 'admin@wf.example', password: PASSWORD, name: 'Ada Admin' },
  })
  expect(first.status).toBe(200)
  tokens.admin = await api.login('admin@wf.example', PASSWORD)
  userIds.admin = first.body.user.id
  for (const [who, roles] of Object.entries(ROLES_OF) as [Who, string[]][]) {
    const response = await rest('POST', '/api/users', 'admin', {
      email: `${who.toLowerCase()}@wf.example`,
      password: PASSWORD,
      name: `Test ${who}`,
      roles,
    })
    expect(response.status).toBe(201)
    userIds[who] = response.body.doc.id
    tokens[who] = await api.login(`${who.toLowerCase()}@wf.example`, PASSWORD)
  }
  const expert = await rest('POST', '/api/experts', 'editor', {
    name: 'Dr Http Workflow',
    credentials: 'MD',
  })
  expect(expert.status).toBe(201)
  expertId = expert.body.doc.id
  // Compile the routes this file uses once, before the tests' own timeouts start.
  const warm = await reach('articles', 'in_review')
  await rest('GET', `/api/articles/${warm.id}/workflow`, 'admin')
  await gql('admin', '{ WorkflowEvents(limit: 1) { totalDocs } }')
}, 300_000)

afterAll(async () => {
  await server?.stop()
  temp.cleanup()
})

// ---------------------------------------------------------------------------------------------
// Who may make each move, over REST and over GraphQL
// ---------------------------------------------------------------------------------------------

/**
 * REST for every collection; GraphQL for articles and expert quotes (the enum value with the
 * hyphen mapped away): the resolver and the endpoint call the same service.
 */
const TABLES: [Transport, WfCollection][] = [
  ...WF_COLLECTIONS.map((collection) => ['rest', collection] as [Transport, WfCollection]),
  ['graphql', 'articles'],
  ['graphql', 'expert-quotes'],
]

describe.each(TABLES)('%s, %s: who may make each move', (via, collection) => {
  describe.each(MOVES)('$action ($from -> $to)', (rule) => {
    const refused: Caller[] = [...ACTORS.filter((who) => !rule.allowed.includes(who)), 'anonymous']
    let doc: Doc
    let before: Awaited<ReturnType<typeof snapshot>>

    beforeAll(async () => {
      doc = await reach(collection, rule.from)
      before = await snapshot(collection, doc.id)
    }, 120_000)

    it.each(refused)(
      '%s is refused (403, or 401 when signed out); nothing changes',
      async (who) => {
        const outcome = await move(via, who, collection, doc.id, rule.to, {
          comment: 'A comment.',
        })
        if (who === 'anonymous') {
          expect(outcome.status).toBe(401)
        } else {
          expect(outcome.status).toBe(403)
          expect(outcome.message).toMatch(rule.forbiddenMessage)
        }
        expect(await snapshot(collection, doc.id)).toEqual(before)
      },
    )

    it.each(rule.allowed)('%s may (200, one event)', async (who) => {
      const fresh = await reach(collection, rule.from)
      const eventsBefore = (await eventsOf(collection, fresh.id)).length
      const outcome = await move(via, who, collection, fresh.id, rule.to, {
        ...(rule.comment ? { comment: rule.comment } : {}),
      })
      expect(outcome.status).toBe(200)
      const event = via === 'rest' ? outcome.body.event : outcome.body.data.transitionWorkflow.event
      if (via === 'rest') {
        expect(outcome.body.message).toBe(`Moved from ${rule.from} to ${rule.to}.`)
        expect(outcome.body.doc.reviewState).toBe(rule.to)
      } else {
        expect(outcome.body.data.transitionWorkflow).toMatchObject({
          collection: GRAPHQL[collection].enumValue,
          id: fresh.id,
          from: rule.from,
          to: rule.to,
        })
      }
      expect(event).toMatchObject({
        action: rule.action,
        from: rule.from,
        to: rule.to,
        comment: rule.comment ?? null,
      })
      expect((await stored(collection, fresh.id)).reviewState).toBe(rule.to)
      const events = await eventsOf(collection, fresh.id)
      expect(events).toHaveLength(eventsBefore + 1)
      expect(events.at(-1)).toMatchObject({
        id: event.id,
        collection,
        documentId: fresh.id,
        action: rule.action,
        actor: userIds[who],
      })
      expect(events.at(-1)?.version).toBeTruthy()
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Effects the public notices, and illegal moves
// ---------------------------------------------------------------------------------------------

describe('publishing, unpublishing and illegal moves over HTTP', () => {
  it('publish makes the document public with publishedAt and reviewedBy; unpublish hides it', async () => {
    const doc = await reach('articles', 'approved')
    expect(await publicLabel('articles', doc.id)).toBeNull()
    const published = await move('rest', 'editor', 'articles', doc.id, 'published')
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
    const main = await live('articles', doc.id)
    expect(main).toMatchObject({ _status: 'published', reviewState: 'published' })
    expect(main.publishedAt).toBeTruthy()
    expect(main.reviewedBy).toBe(userIds.reviewer)
    expect(main.lastReviewedAt).toBe(doc.approvedAt)
    expect(await publicLabel('articles', doc.id)).toBe(doc.title)
    const gqlPublic = await gql(null, `{ Article(id: "${doc.id}") { title } }`)
    expect(gqlPublic.body.data.Article).toEqual({ title: doc.title })

    const archived = await move('graphql', 'admin', 'articles', doc.id, 'archived')
    expect(archived.status).toBe(200)
    expect(archived.body.data.transitionWorkflow.status).toBe('draft')
    expect(await publicLabel('articles', doc.id)).toBeNull()
    const gqlHidden = await gql(null, `{ Article(id: "${doc.id}") { title } }`)
    expect(gqlHidden.body.data?.Article ?? null).toBeNull()
  })

  it.each(['rest', 'graphql'] as Transport[])(
    '%s: an illegal move is 409 naming the current state and the allowed moves',
    async (via) => {
      const doc = await reach('treatments', 'draft')
      const before = await snapshot('treatments', doc.id)
      for (const to of ['approved', 'published', 'archived', 'draft'] as State[]) {
        const outcome = await move(via, 'admin', 'treatments', doc.id, to)
        expect(outcome.status).toBe(409)
        expect(outcome.message).toContain(`Cannot move from \\"draft\\" to \\"${to}\\"`)
        expect(outcome.message).toContain(`Allowed from \\"draft\\": ${legalTargets('draft')}`)
      }
      expect(await snapshot('treatments', doc.id)).toEqual(before)
    },
  )

  it('requesting changes without a comment is 400, over REST and GraphQL', async () => {
    const doc = await reach('scar-types', 'in_review')
    const before = await snapshot('scar-types', doc.id)
    for (const via of ['rest', 'graphql'] as Transport[]) {
      for (const comment of [undefined, '', '   ']) {
        const outcome = await move(
          via,
          'reviewer',
          'scar-types',
          doc.id,
          'changes_requested',
          comment === undefined ? {} : { comment },
        )
        expect(outcome.status).toBe(400)
        expect(outcome.message).toMatch(/requires a comment/)
      }
    }
    expect(await snapshot('scar-types', doc.id)).toEqual(before)
  })

  it('the two-person rule holds over HTTP: an admin cannot approve what they created', async () => {
    const doc = await create('expert-quotes', 'admin')
    await mustMove('admin', 'expert-quotes', doc.id, 'in_review')
    for (const via of ['rest', 'graphql'] as Transport[]) {
      const outcome = await move(via, 'admin', 'expert-quotes', doc.id, 'approved')
      expect(outcome.status).toBe(403)
      expect(outcome.message).toMatch(/created or last edited/)
    }
    expect((await stored('expert-quotes', doc.id)).reviewState).toBe('in_review')
  })

  it('editing an approved document over REST voids the approval and records it once', async () => {
    const doc = await reach('articles', 'approved')
    const response = await rest('PATCH', `/api/articles/${doc.id}`, 'author', {
      summary: 'Edited after approval.',
    })
    expect(response.status).toBe(200)
    const now = await stored('articles', doc.id)
    expect(now.reviewState).toBe('draft')
    expect(now.approvedBy ?? null).toBeNull()
    const events = await eventsOf('articles', doc.id)
    expect(events.filter((e) => e.action === 'voidApproval')).toHaveLength(1)
    expect(events.at(-1)).toMatchObject({
      action: 'voidApproval',
      from: 'approved',
      to: 'draft',
      actor: userIds.author,
    })
  })

  it('editing an approved document over GraphQL voids the approval too', async () => {
    const doc = await reach('treatments', 'approved')
    const response = await gql(
      'editor',
      `mutation($id: String!) { updateTreatment(id: $id, data: { summary: "Edited." }) { reviewState } }`,
      { id: doc.id },
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.updateTreatment.reviewState).toBe('draft')
    const events = await eventsOf('treatments', doc.id)
    expect(events.at(-1)?.action).toBe('voidApproval')
  })

  it('editing a published document keeps it public until the new draft is published', async () => {
    const doc = await reach('scar-types', 'published')
    const next = unique('scar second edition')
    const response = await rest('PATCH', `/api/scar-types/${doc.id}`, 'author', { name: next })
    expect(response.status).toBe(200)
    expect((await stored('scar-types', doc.id)).reviewState).toBe('draft')
    expect(await publicLabel('scar-types', doc.id)).toBe(doc.name)
    await mustMove('author', 'scar-types', doc.id, 'in_review')
    await mustMove('reviewer2', 'scar-types', doc.id, 'approved')
    expect(await publicLabel('scar-types', doc.id)).toBe(doc.name)
    await mustMove('editor', 'scar-types', doc.id, 'published')
    expect(await publicLabel('scar-types', doc.id)).toBe(next)
  })
})

// ---------------------------------------------------------------------------------------------
// Bad requests
// ---------------------------------------------------------------------------------------------

describe('transition requests that are not allowed or not understood', () => {
  let doc: Doc
  let before: Awaited<ReturnType<typeof snapshot>>

  beforeAll(async () => {
    doc = await reach('articles', 'in_review')
    before = await snapshot('articles', doc.id)
  }, 120_000)

  afterEach(async () => {
    expect(await snapshot('articles', doc.id)).toEqual(before)
  })

  it('anonymous: 401 over REST and GraphQL', async () => {
    for (const via of ['rest', 'graphql'] as Transport[]) {
      const outcome = await move(via, 'anonymous', 'articles', doc.id, 'approved')
      expect(outcome.status).toBe(401)
      expect(outcome.message).toMatch(/signed in/)
    }
  })

  it('an unknown id: 404 over REST and GraphQL', async () => {
    for (const via of ['rest', 'graphql'] as Transport[]) {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        const outcome = await move(via, 'admin', 'articles', id, 'approved')
        expect(outcome.status).toBe(404)
      }
    }
    const other = await move('rest', 'admin', 'treatments', doc.id, 'approved')
    expect(other.status).toBe(404)
  })

  it.each([
    ['no "to"', { comment: 'x' }, /"to"/],
    ['an empty "to"', { to: '' }, /"to"/],
    ['a numeric "to"', { to: 5 }, /"to"/],
    ['an unknown state', { to: 'deleted' }, /Unknown target review state "deleted"/],
    ['an upper-case state', { to: 'APPROVED' }, /Unknown target review state/],
    ['a numeric comment', { to: 'changes_requested', comment: 5 }, /"comment" must be a string/],
    ['an object comment', { to: 'changes_requested', comment: { a: 1 } }, /"comment"/],
    ['a numeric expectedUpdatedAt', { to: 'approved', expectedUpdatedAt: 1 }, /expectedUpdatedAt/],
    ['a JSON array', ['approved'], /"to"/],
    ['JSON null', null, /JSON object/],
  ] as [string, unknown, RegExp][])('%s: 400 with a message', async (_label, body, message) => {
    // Sent raw: the client helper cannot send `null` as a JSON body.
    const raw = await fetch(`${server.baseUrl}/api/articles/${doc.id}/transition`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.reviewer}` },
      body: JSON.stringify(body),
    })
    const response = await raw.json()
    expect(raw.status).toBe(400)
    expect(response.errors[0].message).toMatch(message)
  })

  it.each([
    ['invalid JSON', '{"to": '],
    ['an empty body', ''],
    ['plain text', 'approved'],
  ])('%s: 400 with a message, not a 500', async (_label, body) => {
    const raw = await fetch(`${server.baseUrl}/api/articles/${doc.id}/transition`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.reviewer}` },
      body,
    })
    const response = await raw.json()
    expect(raw.status).toBe(400)
    expect(response.errors[0].message).toMatch(/JSON/)
  })

  it('GraphQL: an unknown state or collection is refused by the schema', async () => {
    const unknownState = await gql('admin', TRANSITION_MUTATION, {
      collection: 'articles',
      id: doc.id,
      to: 'deleted',
    })
    expect(unknownState.body.errors?.[0]?.message).toMatch(/ReviewState/)
    expect(unknownState.body.data?.transitionWorkflow ?? null).toBeNull()
    const unknownCollection = await gql('admin', TRANSITION_MUTATION, {
      collection: 'experts',
      id: doc.id,
      to: 'approved',
    })
    expect(unknownCollection.body.errors?.[0]?.message).toMatch(/WorkflowCollection/)
  })
})

// ---------------------------------------------------------------------------------------------
// GET /api/{collection}/{id}/workflow
// ---------------------------------------------------------------------------------------------

describe('GET /workflow: the state, the caller\u2019s moves and the history', () => {
  const movesOf = (body: any): string[] => body.allowedMoves.map((m: { to: string }) => m.to).sort()

  it.each([
    ['admin', ['approved', 'changes_requested']],
    ['editor', ['changes_requested']],
    ['reviewer', ['approved', 'changes_requested']],
    ['reviewer2', ['approved', 'changes_requested']],
    ['author', []],
    ['otherAuthor', []],
  ] as [Who, string[]][])('in review: %s may move to %j', async (who, expected) => {
    const doc = await reach('articles', 'in_review')
    const response = await rest('GET', `/api/articles/${doc.id}/workflow`, who)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      collection: 'articles',
      id: doc.id,
      reviewState: 'in_review',
      status: 'draft',
    })
    expect(movesOf(response.body)).toEqual(expected)
    const requestChanges = response.body.allowedMoves.find(
      (m: { to: string }) => m.to === 'changes_requested',
    )
    if (requestChanges) expect(requestChanges.requiresComment).toBe(true)
    expect(response.body.events.map((e: Doc) => e.action)).toEqual(['submit'])
    expect(secretKeysIn(response.body)).toEqual([])
  })

  it.each([
    ['admin', ['in_review']],
    ['editor', ['in_review']],
    ['reviewer', []],
    ['author', ['in_review']],
    ['otherAuthor', []],
  ] as [Who, string[]][])('a draft: %s may move to %j', async (who, expected) => {
    const doc = await reach('treatments', 'draft')
    const response = await rest('GET', `/api/treatments/${doc.id}/workflow`, who)
    expect(response.status).toBe(200)
    expect(movesOf(response.body)).toEqual(expected)
  })

  it('a creator does not see approve among their moves (two-person rule)', async () => {
    const doc = await create('treatments', 'admin')
    await mustMove('admin', 'treatments', doc.id, 'in_review')
    const response = await rest('GET', `/api/treatments/${doc.id}/workflow`, 'admin')
    expect(movesOf(response.body)).toEqual(['changes_requested'])
  })

  it('anonymous: 401; unknown id: 404', async () => {
    const doc = await reach('articles', 'draft')
    expect((await rest('GET', `/api/articles/${doc.id}/workflow`, null)).status).toBe(401)
    expect(
      (await rest('GET', '/api/articles/00000000-0000-4000-8000-000000000000/workflow', 'admin'))
        .status,
    ).toBe(404)
  })
})

// ---------------------------------------------------------------------------------------------
// No bypass through ordinary writes
// ---------------------------------------------------------------------------------------------

describe.each(WF_COLLECTIONS)('%s: ordinary REST writes cannot change the state', (collection) => {
  const label = LABEL_FIELD[collection]
  let draft: Doc
  let inReview: Doc
  let published: Doc
  const fixtures = () => [draft, inReview, published]
  let before: Record<string, Awaited<ReturnType<typeof snapshot>>>

  beforeAll(async () => {
    draft = await reach(collection, 'draft')
    inReview = await reach(collection, 'in_review')
    published = await reach(collection, 'published')
    before = {}
    for (const doc of fixtures()) before[doc.id] = await snapshot(collection, doc.id)
  }, 180_000)

  const expectUnchanged = async () => {
    for (const doc of fixtures()) expect(await snapshot(collection, doc.id)).toEqual(before[doc.id])
  }

  it.each([
    [{ _status: 'published' }],
    [{ reviewState: 'published' }],
    [{ reviewState: 'approved' }],
    [{ reviewState: 'in_review' }],
  ])('create with %j: 403 and nothing stored', async (extra) => {
    const text = unique('bypass create')
    for (const query of ['', '?draft=false', '?draft=true']) {
      const response = await rest('POST', `/api/${collection}${query}`, 'editor', {
        ...validData(collection, text, expertId),
        ...extra,
      })
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.body)).toMatch(/only through the review workflow/)
    }
    const found = await rest(
      'GET',
      `/api/${collection}?draft=true&where[${label}][equals]=${encodeURIComponent(text)}`,
      'admin',
    )
    expect(found.body.totalDocs).toBe(0)
  })

  it.each([
    ['', { _status: 'published' }],
    ['', { reviewState: 'published' }],
    ['', { reviewState: 'approved' }],
    ['?draft=false', { _status: 'published' }],
    ['?draft=true&autosave=true', { _status: 'published' }],
    ['?draft=true&autosave=true', { reviewState: 'approved' }],
  ])('update%s with %j: 403, nothing changes', async (query, extra) => {
    for (const doc of [draft, inReview]) {
      const response = await rest('PATCH', `/api/${collection}/${doc.id}${query}`, 'editor', {
        [label]: unique('bypass edit'),
        ...extra,
      })
      expect(response.status).toBe(403)
    }
    await expectUnchanged()
  })

  it('an unknown reviewState on update: 400', async () => {
    const response = await rest('PATCH', `/api/${collection}/${draft.id}`, 'editor', {
      reviewState: 'gone',
    })
    expect(response.status).toBe(400)
    await expectUnchanged()
  })

  it.each([[{ _status: 'published' }], [{ reviewState: 'published' }]])(
    'bulk update with %j: 403, nothing changes',
    async (extra) => {
      const ids = fixtures()
        .map((doc) => doc.id)
        .join(',')
      for (const where of [`where[id][equals]=${draft.id}`, `where[id][in]=${ids}`]) {
        const response = await rest('PATCH', `/api/${collection}?${where}`, 'admin', extra)
        expect(response.status).toBe(403)
      }
      await expectUnchanged()
    },
  )

  it.each([[{ _status: 'published' }], [{ reviewState: 'published' }]])(
    'duplicate with %j: 403, no copy stored',
    async (extra) => {
      const response = await rest(
        'POST',
        `/api/${collection}/${published.id}/duplicate`,
        'editor',
        {
          ...extra,
        },
      )
      expect(response.status).toBe(403)
      await expectUnchanged()
    },
  )

  it('duplicating a published document with a new slug makes an unreviewed, unpublished draft', async () => {
    const slug = collection === 'expert-quotes' ? {} : { slug: `copy-${Date.now().toString(36)}` }
    const response = await rest(
      'POST',
      `/api/${collection}/${published.id}/duplicate`,
      'editor',
      slug,
    )
    expect(response.status).toBe(200)
    const copy = response.body.doc
    expect(copy.id).not.toBe(published.id)
    const now = await stored(collection, copy.id)
    expect(now).toMatchObject({ reviewState: 'draft', _status: 'draft' })
    expect(now.approvedBy ?? null).toBeNull()
    expect(now.reviewedBy ?? null).toBeNull()
    expect(now.createdBy).toBe(userIds.editor)
    expect((await live(collection, copy.id))._status).toBe('draft')
    expect(await publicLabel(collection, copy.id)).toBeNull()
    expect(await eventsOf(collection, copy.id)).toEqual([])
    await expectUnchanged()
  })

  // BUG for articles, scar-types and treatments: Payload's default beforeDuplicate for a unique
  // text field appends " - Copy" to the slug, which the slug validator then refuses (400), so a
  // plain duplicate (the admin panel's Duplicate) always fails. See src/fields/slug.ts.
  it('a plain duplicate (no body) succeeds', async () => {
    const response = await rest('POST', `/api/${collection}/${published.id}/duplicate`, 'editor')
    expect({ status: response.status, errors: response.body.errors ?? null }).toEqual({
      status: 200,
      errors: null,
    })
    expect(await publicLabel(collection, response.body.doc.id)).toBeNull()
  })

  it('a content edit of the published document asking for draft=false stays a pending draft', async () => {
    const response = await rest(
      'PATCH',
      `/api/${collection}/${published.id}?draft=false`,
      'author',
      {
        [label]: unique('unreviewed'),
      },
    )
    expect(response.status).toBe(200)
    const now = await snapshot(collection, published.id)
    expect(now.reviewState).toBe('draft')
    expect(now.liveStatus).toBe('published')
    expect(now.liveLabel).toBe(before[published.id].liveLabel)
    expect(now.public).toBe(before[published.id].public)
    expect(now.events).toBe(before[published.id].events)
  })

  it('setting _status draft (the admin panel\u2019s unpublish) does not take it offline', async () => {
    const response = await rest(
      'PATCH',
      `/api/${collection}/${published.id}?draft=false`,
      'author',
      {
        _status: 'draft',
      },
    )
    expect([200, 403]).toContain(response.status)
    expect((await live(collection, published.id))._status).toBe('published')
    expect(await publicLabel(collection, published.id)).toBe(before[published.id].public)
  })
})

describe('ordinary GraphQL writes cannot change the state', () => {
  let inReview: Doc
  let published: Doc
  let before: Record<string, Awaited<ReturnType<typeof snapshot>>>

  beforeAll(async () => {
    inReview = await reach('articles', 'in_review')
    published = await reach('articles', 'published')
    before = {
      [inReview.id]: await snapshot('articles', inReview.id),
      [published.id]: await snapshot('articles', published.id),
    }
  }, 120_000)

  const expectUnchanged = async () => {
    for (const doc of [inReview, published]) {
      expect(await snapshot('articles', doc.id)).toEqual(before[doc.id])
    }
  }

  it.each([
    ['_status: published', '_status: published'],
    ['reviewState: published', 'reviewState: published'],
    ['reviewState: approved', 'reviewState: approved'],
  ])('createArticle with %s: refused, nothing stored', async (_label, field) => {
    const title = unique('graphql bypass')
    for (const draftArg of ['', ', draft: false', ', draft: true']) {
      const response = await gql(
        'editor',
        `mutation($title: String!) { createArticle(data: { title: $title, ${field} }${draftArg}) { id } }`,
        { title },
      )
      expect(gqlStatus(response)).toBe(403)
      expect(response.body.data?.createArticle ?? null).toBeNull()
    }
    const found = await rest(
      'GET',
      `/api/articles?draft=true&where[title][equals]=${encodeURIComponent(title)}`,
      'admin',
    )
    expect(found.body.totalDocs).toBe(0)
  })

  // Each case names a state other than the document's own: sending the current state along
  // with an edit is allowed (it changes nothing) and is covered as an ordinary edit elsewhere.
  it.each([
    ['in review', '_status: published', ''],
    ['in review', '_status: published', ', draft: false'],
    ['in review', '_status: published', ', draft: true, autosave: true'],
    ['in review', 'reviewState: published', ''],
    ['in review', 'reviewState: approved', ''],
    ['in review', 'reviewState: approved', ', draft: true, autosave: true'],
    ['published', '_status: published', ''],
    ['published', '_status: published', ', draft: false'],
    ['published', 'reviewState: approved', ''],
    ['published', 'reviewState: archived', ''],
    ['published', 'reviewState: draft', ', draft: false'],
  ])(
    'updateArticle of the %s article with %s%s: refused, nothing changes',
    async (which, field, args) => {
      const doc = which === 'published' ? published : inReview
      const response = await gql(
        'editor',
        `mutation($id: String!) { updateArticle(id: $id, data: { summary: "bypass", ${field} }${args}) { id reviewState _status } }`,
        { id: doc.id },
      )
      expect(gqlStatus(response)).toBe(403)
      expect(response.body.data?.updateArticle ?? null).toBeNull()
      await expectUnchanged()
    },
  )

  it.each([
    ['_status: published', '_status: published'],
    ['reviewState: published', 'reviewState: published'],
  ])('duplicateArticle with %s: refused', async (_label, field) => {
    const title = unique('graphql duplicate')
    const response = await gql(
      'editor',
      `mutation($id: String!, $title: String!) { duplicateArticle(id: $id, data: { title: $title, ${field} }) { id reviewState _status } }`,
      { id: published.id, title },
    )
    expect(gqlStatus(response)).toBe(403)
    const found = await rest(
      'GET',
      `/api/articles?draft=true&where[title][equals]=${encodeURIComponent(title)}`,
      'admin',
    )
    expect(found.body.totalDocs).toBe(0)
    await expectUnchanged()
  })

  it('duplicateArticle without a status makes an unpublished draft', async () => {
    const title = unique('graphql copy')
    const response = await gql(
      'editor',
      `mutation($id: String!, $title: String!, $slug: String) { duplicateArticle(id: $id, data: { title: $title, slug: $slug }) { id reviewState _status } }`,
      { id: published.id, title, slug: `graphql-copy-${Date.now().toString(36)}` },
    )
    expect(response.body.errors).toBeUndefined()
    const copy = response.body.data.duplicateArticle
    expect(copy).toMatchObject({ reviewState: 'draft', _status: 'draft' })
    expect(await publicLabel('articles', copy.id)).toBeNull()
  })

  it('updateArticle of the published article with draft: false stays a pending draft', async () => {
    const response = await gql(
      'author',
      `mutation($id: String!) { updateArticle(id: $id, draft: false, data: { title: "Unreviewed title" }) { reviewState } }`,
      { id: published.id },
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.updateArticle.reviewState).toBe('draft')
    expect(await publicLabel('articles', published.id)).toBe(before[published.id].public)
    expect((await live('articles', published.id))._status).toBe('published')
  })
})

describe('restoring versions', () => {
  const publishedVersionOf = async (collection: WfCollection, id: string): Promise<string> => {
    const response = await rest(
      'GET',
      `/api/${collection}/versions?where[parent][equals]=${id}&where[version._status][equals]=published&sort=-updatedAt&limit=1&depth=0`,
      'admin',
    )
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(1)
    return response.body.docs[0].id
  }

  // BUG: POST /api/{collection}/versions/{id} copies the version's `_status: 'published'` onto
  // the live document; the save guard does not look at the restoreVersion operation.
  it('REST: an author restoring the published version of an archived article does not republish it', async () => {
    const doc = await reach('articles', 'archived')
    const versionId = await publishedVersionOf('articles', doc.id)
    const response = await rest('POST', `/api/articles/versions/${versionId}`, 'author')
    expect({
      status:
        response.status === 200 || response.status === 403 ? 'refused or ignored' : response.status,
      liveStatus: (await live('articles', doc.id))._status,
      public: await publicLabel('articles', doc.id),
      reviewState: (await stored('articles', doc.id)).reviewState,
    }).toEqual({
      status: 'refused or ignored',
      liveStatus: 'draft',
      public: null,
      reviewState: 'archived',
    })
  })

  // BUG (same cause), over GraphQL.
  it('GraphQL: restoreVersionArticle does not republish an archived article', async () => {
    const doc = await reach('articles', 'archived')
    const versionId = await publishedVersionOf('articles', doc.id)
    await gql('author', `mutation($id: String) { restoreVersionArticle(id: $id) { id } }`, {
      id: versionId,
    })
    expect({
      liveStatus: (await live('articles', doc.id))._status,
      public: await publicLabel('articles', doc.id),
    }).toEqual({ liveStatus: 'draft', public: null })
  })

  it('REST: restoring a version as a draft (?draft=true) leaves the live version alone and voids an approval', async () => {
    const doc = await reach('treatments', 'published')
    const firstPublished = await publishedVersionOf('treatments', doc.id)
    const edited = await rest('PATCH', `/api/treatments/${doc.id}`, 'author', {
      name: unique('treatment second edition'),
    })
    expect(edited.status).toBe(200)
    await mustMove('author', 'treatments', doc.id, 'in_review')
    await mustMove('reviewer', 'treatments', doc.id, 'approved')
    const eventsBefore = (await eventsOf('treatments', doc.id)).length
    const response = await rest(
      'POST',
      `/api/treatments/versions/${firstPublished}?draft=true`,
      'author',
    )
    expect(response.status).toBe(200)
    const now = await stored('treatments', doc.id)
    expect(now.name).toBe(doc.name)
    expect(now.reviewState).toBe('draft')
    expect((await live('treatments', doc.id))._status).toBe('published')
    expect(await publicLabel('treatments', doc.id)).toBe(doc.name)
    const events = await eventsOf('treatments', doc.id)
    expect(events).toHaveLength(eventsBefore + 1)
    expect(events.at(-1)?.action).toBe('voidApproval')
  })
})

// ---------------------------------------------------------------------------------------------
// Optimistic locking
// ---------------------------------------------------------------------------------------------

describe('expectedUpdatedAt', () => {
  it.each(['rest', 'graphql'] as Transport[])(
    '%s transition: stale is 409 and nothing is written; current works',
    async (via) => {
      const doc = await reach('articles', 'draft')
      const stale = doc.updatedAt
      const edit = await rest('PATCH', `/api/articles/${doc.id}`, 'author', {
        summary: 'Meanwhile.',
      })
      expect(edit.status).toBe(200)
      const before = await snapshot('articles', doc.id)
      const outcome = await move(via, 'author', 'articles', doc.id, 'in_review', {
        expectedUpdatedAt: stale,
      })
      expect(outcome.status).toBe(409)
      expect(outcome.message).toMatch(/changed since you loaded it/)
      expect(await snapshot('articles', doc.id)).toEqual(before)
      const ok = await move(via, 'author', 'articles', doc.id, 'in_review', {
        expectedUpdatedAt: before.updatedAt,
      })
      expect(ok.status).toBe(200)
    },
  )

  it('REST PATCH: stale in the body or the query is 409 and nothing is written', async () => {
    const doc = await reach('scar-types', 'draft')
    const stale = doc.updatedAt
    expect(
      (await rest('PATCH', `/api/scar-types/${doc.id}`, 'author', { summary: 'One.' })).status,
    ).toBe(200)
    const before = await snapshot('scar-types', doc.id)
    const inBody = await rest('PATCH', `/api/scar-types/${doc.id}`, 'author', {
      summary: 'Two.',
      expectedUpdatedAt: stale,
    })
    expect(inBody.status).toBe(409)
    expect(JSON.stringify(inBody.body)).toMatch(/changed since you loaded it/)
    const inQuery = await rest(
      'PATCH',
      `/api/scar-types/${doc.id}?expectedUpdatedAt=${encodeURIComponent(stale)}`,
      'author',
      { summary: 'Two.' },
    )
    expect(inQuery.status).toBe(409)
    expect(await snapshot('scar-types', doc.id)).toEqual(before)
    expect((await stored('scar-types', doc.id)).summary).toBe('One.')
    const fresh = await rest('PATCH', `/api/scar-types/${doc.id}`, 'author', {
      summary: 'Two.',
      expectedUpdatedAt: before.updatedAt,
    })
    expect(fresh.status).toBe(200)
    expect((await stored('scar-types', doc.id)).summary).toBe('Two.')
  })

  it('GraphQL update: stale is 409 and nothing is written; current works', async () => {
    const doc = await reach('treatments', 'draft')
    const stale = doc.updatedAt
    expect(
      (await rest('PATCH', `/api/treatments/${doc.id}`, 'author', { summary: 'One.' })).status,
    ).toBe(200)
    const before = await snapshot('treatments', doc.id)
    const mutation = `mutation($id: String!, $at: String) { updateTreatment(id: $id, data: { summary: "Two.", expectedUpdatedAt: $at }) { summary } }`
    const staleResponse = await gql('author', mutation, { id: doc.id, at: stale })
    expect(gqlStatus(staleResponse)).toBe(409)
    expect(await snapshot('treatments', doc.id)).toEqual(before)
    const fresh = await gql('author', mutation, { id: doc.id, at: before.updatedAt })
    expect(fresh.body.errors).toBeUndefined()
    expect(fresh.body.data.updateTreatment.summary).toBe('Two.')
  })

  it('bulk PATCH with expectedUpdatedAt is 400', async () => {
    const doc = await reach('treatments', 'draft')
    const response = await rest('PATCH', `/api/treatments?where[id][equals]=${doc.id}`, 'editor', {
      summary: 'x',
      expectedUpdatedAt: doc.updatedAt,
    })
    expect(response.status).toBe(400)
  })

  it('a client cannot set updatedAt to fool a later expectedUpdatedAt check', async () => {
    const doc = await reach('treatments', 'draft')
    const response = await rest('PATCH', `/api/treatments/${doc.id}`, 'author', {
      summary: 'Sneaky.',
      updatedAt: doc.updatedAt,
    })
    expect(response.status).toBe(200)
    const now = await stored('treatments', doc.id)
    expect(now.summary).toBe('Sneaky.')
    expect(now.updatedAt).not.toBe(doc.updatedAt)
    const staleMove = await move('rest', 'author', 'treatments', doc.id, 'in_review', {
      expectedUpdatedAt: doc.updatedAt,
    })
    expect(staleMove.status).toBe(409)
  })
})

// ---------------------------------------------------------------------------------------------
// Concurrency
// ---------------------------------------------------------------------------------------------

describe('two people moving one document at once', () => {
  it.each([
    ['rest', 'rest'],
    ['rest', 'graphql'],
    ['graphql', 'rest'],
  ] as [Transport, Transport][])(
    'reviewer approves (%s) while editor requests changes (%s): one 200, one 409',
    async (approveVia, requestVia) => {
      const doc = await reach('articles', 'in_review')
      const [approve, requestChanges] = await Promise.all([
        move(approveVia, 'reviewer', 'articles', doc.id, 'approved'),
        move(requestVia, 'editor', 'articles', doc.id, 'changes_requested', {
          comment: 'Wait for the new study.',
        }),
      ])
      expect([approve.status, requestChanges.status].sort()).toEqual([200, 409])
      const winner = approve.status === 200 ? 'approved' : 'changes_requested'
      expect((await stored('articles', doc.id)).reviewState).toBe(winner)
      const events = await eventsOf('articles', doc.id)
      expect(events.map((e) => e.to)).toEqual(['in_review', winner])
    },
  )

  it('two reviewers approving at once: one approval, one 409', async () => {
    const doc = await reach('scar-types', 'in_review')
    const outcomes = await Promise.all([
      move('rest', 'reviewer', 'scar-types', doc.id, 'approved'),
      move('rest', 'reviewer2', 'scar-types', doc.id, 'approved'),
    ])
    expect(outcomes.map((o) => o.status).sort()).toEqual([200, 409])
    const events = await eventsOf('scar-types', doc.id)
    expect(events.filter((e) => e.action === 'approve')).toHaveLength(1)
  })
})

// ---------------------------------------------------------------------------------------------
// The audit trail
// ---------------------------------------------------------------------------------------------

describe('workflow-events over HTTP', () => {
  let event: Doc
  let total: number

  beforeAll(async () => {
    const doc = await reach('articles', 'changes_requested')
    event = (await eventsOf('articles', doc.id)).at(-1)!
    total = (await rest('GET', '/api/workflow-events?limit=1', 'admin')).body.totalDocs
  }, 120_000)

  afterEach(async () => {
    const again = await rest('GET', `/api/workflow-events/${event.id}?depth=0`, 'admin')
    expect(again.status).toBe(200)
    expect(again.body).toEqual(event)
    expect((await rest('GET', '/api/workflow-events?limit=1', 'admin')).body.totalDocs).toBe(total)
  })

  it.each(STAFF)('REST: %s cannot create, update or delete events (403)', async (who) => {
    const attempts = [
      await rest('PATCH', `/api/workflow-events/${event.id}`, who, { comment: 'rewritten' }),
      await rest('DELETE', `/api/workflow-events/${event.id}`, who),
      await rest('PATCH', '/api/workflow-events?where[id][exists]=true', who, { comment: 'all' }),
      await rest('DELETE', '/api/workflow-events?where[id][exists]=true', who),
      await rest('POST', '/api/workflow-events', who, {
        collection: 'articles',
        documentId: event.documentId,
        from: 'in_review',
        to: 'approved',
        action: 'approve',
      }),
    ]
    expect(attempts.map((response) => response.status)).toEqual([403, 403, 403, 403, 403])
  })

  it.each(STAFF)('GraphQL: %s cannot create, update or delete events', async (who) => {
    const update = await gql(
      who,
      `mutation($id: String!) { updateWorkflowEvent(id: $id, data: { comment: "rewritten" }) { id } }`,
      { id: event.id },
    )
    const del = await gql(who, `mutation($id: String!) { deleteWorkflowEvent(id: $id) { id } }`, {
      id: event.id,
    })
    const create = await gql(
      who,
      `mutation { createWorkflowEvent(data: { collection: articles, documentId: "x", from: in_review, to: approved, action: approve }) { id } }`,
    )
    expect([gqlStatus(update), gqlStatus(del), gqlStatus(create)]).toEqual([403, 403, 403])
  })

  it('transitionWorkflow cannot be used on workflow-events either', async () => {
    const outcome = await gql('admin', TRANSITION_MUTATION, {
      collection: 'workflow_events',
      id: event.id,
      to: 'draft',
    })
    expect(outcome.body.errors?.length).toBeGreaterThan(0)
  })

  it.each(STAFF)('%s can read the trail', async (who) => {
    const list = await rest('GET', '/api/workflow-events?limit=5', who)
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(total)
    const one = await gql(who, `{ WorkflowEvents(limit: 1) { totalDocs } }`)
    expect(one.body.data.WorkflowEvents.totalDocs).toBe(total)
    expect(secretKeysIn(list.body)).toEqual([])
  })

  it('anonymous visitors cannot read it, over REST or GraphQL', async () => {
    expect((await rest('GET', '/api/workflow-events', null)).status).toBe(403)
    expect((await rest('GET', `/api/workflow-events/${event.id}`, null)).status).toBe(403)
    const list = await gql(null, '{ WorkflowEvents { docs { id comment } } }')
    expect(list.body.data?.WorkflowEvents ?? null).toBeNull()
    expect(gqlStatus(list)).toBe(403)
    const one = await gql(null, `{ WorkflowEvent(id: "${event.id}") { comment } }`)
    expect(one.body.data?.WorkflowEvent ?? null).toBeNull()
  })

  it('every event carries the fields the trail needs', async () => {
    const response = await rest('GET', '/api/workflow-events?limit=100&depth=0', 'admin')
    for (const doc of response.body.docs as Doc[]) {
      expect(doc).toEqual(
        expect.objectContaining({
          collection: expect.any(String),
          documentId: expect.any(String),
          from: expect.any(String),
          to: expect.any(String),
          action: expect.any(String),
          actor: expect.any(String),
          version: expect.any(String),
        }),
      )
      expect(doc).toHaveProperty('comment')
    }
  })
})

it('every state in the helper is a state the server knows', async () => {
  const response = await gql('admin', '{ __type(name: "ReviewState") { enumValues { name } } }')
  expect(response.body.data.__type.enumValues.map((v: { name: string }) => v.name)).toEqual([
    ...STATES,
  ])
})
