/**
 * The review workflow as an HTTP client meets it: POST /api/{collection}/{id}/transition, the
 * transitionWorkflow mutation and GET /api/{collection}/{id}/workflow, one proof per transport
 * of each kind of answer. Who may make which move is the transition table's business, proven in
 * tests/unit/workflow-rules.test.ts; the service's effects in tests/int/workflow.int.test.ts.
 */
import type { ApiResponse } from '../helpers/api'
import { sharedServer, type TestAccount } from '../helpers/sharedServer'

type Role = 'editor' | 'reviewer' | 'author'
type Transport = 'REST' | 'GraphQL'

const { api, createAccount } = sharedServer()
const accounts = {} as Record<Role, TestAccount>
const tag = `w${Date.now().toString(36)}`
let counter = 0

const MOVE = `mutation Move($id: String!, $to: ReviewState, $action: WorkflowAction, $comment: String, $expectedUpdatedAt: String) {
  transitionWorkflow(collection: articles, id: $id, to: $to, action: $action, comment: $comment, expectedUpdatedAt: $expectedUpdatedAt) {
    id from to action publication event { action comment publication sequence }
  }
}`

interface Outcome {
  status: number
  message: string
  body: any
}

/** One move of an article over either transport, as one shape: status and message. */
const move = async (
  via: Transport,
  role: Role | null,
  id: string,
  to: string | undefined,
  extra: { comment?: string; expectedUpdatedAt?: string; action?: string } = {},
): Promise<Outcome> => {
  const token = role ? accounts[role].token : undefined
  const response: ApiResponse =
    via === 'REST'
      ? await api.request('POST', `/api/articles/${id}/transition`, {
          token,
          body: { to, ...extra },
        })
      : await api.graphql(MOVE, { id, to, ...extra }, token)
  const error = response.body.errors?.[0]
  const status = via === 'GraphQL' && error ? Number(error.extensions?.statusCode) : response.status
  return { status, message: error?.message ?? '', body: response.body }
}

const article = async (): Promise<{ id: string; updatedAt: string }> => {
  const response = await api.request('POST', '/api/articles', {
    token: accounts.author.token,
    body: { title: `Workflow over HTTP ${tag} ${++counter}`, authors: [accounts.author.id] },
  })
  expect(response.status).toBe(201)
  return response.body.doc
}

const reviewStateOf = async (id: string) =>
  (await api.request('GET', `/api/articles/${id}?draft=true`, { token: accounts.editor.token }))
    .body.reviewState

beforeAll(async () => {
  await Promise.all(
    (['editor', 'reviewer', 'author'] as const).map(async (role) => {
      accounts[role] = await createAccount(`${tag} http ${role}`, role)
    }),
  )
})

describe.each(['REST', 'GraphQL'] as Transport[])('a move over %s', (via) => {
  it('200: the author submits; the state and the trail record it', async () => {
    const { id } = await article()
    const outcome = await move(via, 'author', id, 'in_review')
    expect(outcome.status).toBe(200)
    const event = via === 'REST' ? outcome.body.event : outcome.body.data.transitionWorkflow.event
    expect(event).toMatchObject({ action: 'submit', comment: null })
    expect(await reviewStateOf(id)).toBe('in_review')
    // The moved document comes back as readers get it: no stored-only (hidden) fields.
    if (via === 'REST') expect(outcome.body.doc).not.toHaveProperty('referenceKeys')
  })

  it('400: requesting changes without a comment', async () => {
    const { id } = await article()
    expect((await move(via, 'author', id, 'in_review')).status).toBe(200)
    const outcome = await move(via, 'reviewer', id, 'changes_requested')
    expect(outcome.status).toBe(400)
    expect(outcome.message).toMatch(/comment/i)
    expect(await reviewStateOf(id)).toBe('in_review')
  })

  it('401: nobody signed in', async () => {
    const { id } = await article()
    const outcome = await move(via, null, id, 'in_review')
    expect(outcome.status).toBe(401)
    expect(await reviewStateOf(id)).toBe('draft')
  })

  it('403: an author approving, with a message naming who may', async () => {
    const { id } = await article()
    expect((await move(via, 'author', id, 'in_review')).status).toBe(200)
    const outcome = await move(via, 'author', id, 'approved')
    expect(outcome.status).toBe(403)
    expect(outcome.message).toMatch(/reviewer/i)
    expect(await reviewStateOf(id)).toBe('in_review')
  })

  it('404: an unknown document', async () => {
    const outcome = await move(via, 'editor', '00000000-0000-4000-8000-000000000000', 'in_review')
    expect(outcome.status).toBe(404)
  })

  it('409: a move the state does not allow, and a stale expectedUpdatedAt', async () => {
    const { id, updatedAt } = await article()
    const illegal = await move(via, 'editor', id, 'published')
    expect(illegal.status).toBe(409)
    expect(illegal.message).toMatch(/draft/)
    await api.request('PATCH', `/api/articles/${id}`, {
      token: accounts.author.token,
      body: { summary: 'Changed since it was loaded.' },
    })
    const stale = await move(via, 'author', id, 'in_review', { expectedUpdatedAt: updatedAt })
    expect(stale.status).toBe(409)
    expect(stale.message).toMatch(/changed since you loaded it/)
    expect(await reviewStateOf(id)).toBe('draft')
  })

  it('withdraw and discard by name: a live article with a pending edit', async () => {
    const { id } = await article()
    expect((await move(via, 'author', id, 'in_review')).status).toBe(200)
    expect((await move(via, 'reviewer', id, 'approved')).status).toBe(200)
    expect((await move(via, 'editor', id, 'published')).status).toBe(200)
    const edit = async () =>
      api.request('PATCH', `/api/articles/${id}`, {
        token: accounts.author.token,
        body: { summary: `Pending edit ${++counter}` },
      })
    expect((await edit()).status).toBe(200)
    const discarded = await move(via, 'author', id, undefined, { action: 'discard' })
    expect(discarded.status).toBe(200)
    expect(await reviewStateOf(id)).toBe('published')
    expect((await edit()).status).toBe(200)
    const noReason = await move(via, 'editor', id, undefined, { action: 'withdraw' })
    expect([noReason.status, noReason.message]).toEqual([
      400,
      'Withdrawing requires a reason, kept in the review history.',
    ])
    const withdrawn = await move(via, 'editor', id, undefined, {
      action: 'withdraw',
      comment: 'Taken down for a correction.',
    })
    expect(withdrawn.status).toBe(200)
    const event =
      via === 'REST' ? withdrawn.body.event : withdrawn.body.data.transitionWorkflow.event
    expect(event).toMatchObject({
      action: 'withdraw',
      comment: 'Taken down for a correction.',
      publication: 'offline',
    })
    expect((await api.request('GET', `/api/articles/${id}`)).status).toBe(404)
    expect(await reviewStateOf(id)).toBe('draft')
    // Queries agree with or without draft: offline, its working copy a draft.
    const where = `where[id][equals]=${id}&where[publication][equals]=offline&where[reviewState][equals]=draft`
    const matches = await Promise.all(
      ['', '&draft=true'].map(async (draft) => {
        const response = await api.request('GET', `/api/articles?${where}&depth=0${draft}`, {
          token: accounts.editor.token,
        })
        return response.body.totalDocs
      }),
    )
    expect(matches).toEqual([1, 1])
  })
})

describe('hostile transition bodies', () => {
  it.each([
    [{ action: 'erase' }, 400, /Unknown workflow action "erase"/],
    [{ action: 42 }, 400, /"action" must be the name of a move/],
    [{ action: 'x'.repeat(10_000) }, 400, /Unknown workflow action \(a 10000-character string\)/],
    [{}, 400, /Send "to" \(the target review state\) or "action"/],
    [
      { to: 'in_review', action: 'discard' },
      409,
      /Cannot discard the pending draft of a document in "draft"/,
    ],
  ])('%j answers %i', async (body, status, message) => {
    const { id } = await article()
    const response = await api.request('POST', `/api/articles/${id}/transition`, {
      token: accounts.editor.token,
      body,
    })
    expect([response.status, response.body.errors?.[0]?.message]).toEqual([
      status,
      expect.stringMatching(message),
    ])
    expect(await reviewStateOf(id)).toBe('draft')
  })
})

describe('GET /api/articles/{id}/workflow', () => {
  it('200 with the caller’s moves and the history; 401 signed out; 404 unknown', async () => {
    const { id } = await article()
    expect((await move('REST', 'author', id, 'in_review')).status).toBe(200)
    const status = await api.request('GET', `/api/articles/${id}/workflow`, {
      token: accounts.reviewer.token,
    })
    expect(status.status).toBe(200)
    expect(status.body.reviewState).toBe('in_review')
    expect(status.body.allowedMoves.map((m: { to: string }) => m.to).sort()).toEqual([
      'approved',
      'changes_requested',
    ])
    expect(status.body.events.map((e: { action: string }) => e.action)).toEqual(['submit'])
    expect((await api.request('GET', `/api/articles/${id}/workflow`)).status).toBe(401)
    const unknown = await api.request(
      'GET',
      '/api/articles/00000000-0000-4000-8000-000000000000/workflow',
      { token: accounts.reviewer.token },
    )
    expect(unknown.status).toBe(404)
  })
})

describe('ordinary writes cannot skip review', () => {
  it('REST: an update setting _status published is 403 and changes nothing', async () => {
    const { id } = await article()
    const response = await api.request('PATCH', `/api/articles/${id}`, {
      token: accounts.editor.token,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect((await api.request('GET', `/api/articles/${id}`)).status).toBe(404)
  })

  it('GraphQL: an update setting reviewState is refused with 403', async () => {
    const { id } = await article()
    const response = await api.graphql(
      `mutation { updateArticle(id: "${id}", data: { reviewState: approved }) { id } }`,
      {},
      accounts.editor.token,
    )
    expect((response.body.errors?.[0] as any)?.extensions?.statusCode).toBe(403)
    expect(await reviewStateOf(id)).toBe('draft')
  })

  it('REST: restoring a version without draft=true is 403 (it would publish it)', async () => {
    const { id } = await article()
    const versions = await api.request(
      'GET',
      `/api/articles/versions?where[parent][equals]=${id}`,
      { token: accounts.editor.token },
    )
    const response = await api.request(
      'POST',
      `/api/articles/versions/${versions.body.docs[0].id}`,
      { token: accounts.editor.token },
    )
    expect(response.status).toBe(403)
  })
})

describe('the trail is append-only over HTTP', () => {
  it('staff cannot write events over REST or GraphQL; anonymous visitors cannot read them', async () => {
    const created = await api.request('POST', '/api/workflow-events', {
      token: accounts.editor.token,
      body: { collection: 'articles', documentId: 'x', from: 'draft', to: 'published' },
    })
    expect(created.status).toBe(403)
    const viaGraphql = await api.graphql(
      'mutation { createWorkflowEvent(data: { documentId: "x" }) { id } }',
      {},
      accounts.editor.token,
    )
    expect(viaGraphql.body.errors?.[0]?.message).toBeTruthy()
    expect(viaGraphql.body.data?.createWorkflowEvent ?? null).toBeNull()
    expect((await api.request('GET', '/api/workflow-events')).status).toBe(403)
  })
})

describe('two reviewers approving one article at once', () => {
  it('exactly one approval (200) and one 409', async () => {
    const second = await createAccount(`${tag} http second reviewer`, 'reviewer')
    const { id } = await article()
    expect((await move('REST', 'author', id, 'in_review')).status).toBe(200)
    const statuses = await Promise.all(
      [accounts.reviewer.token, second.token].map(
        async (token) =>
          (
            await api.request('POST', `/api/articles/${id}/transition`, {
              token,
              body: { to: 'approved' },
            })
          ).status,
      ),
    )
    expect(statuses.sort()).toEqual([200, 409])
  })
})
