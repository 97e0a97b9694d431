/**
 * Which changes queue webhooks, through the Local API on a real SQLite database: the delivery
 * jobs are written in the change's own transaction, so a rolled-back move leaves none, and each
 * carries the message the receiver will get. Sending them is proven over HTTP
 * (tests/http/webhooks.http.test.ts).
 */
import type { Payload, PayloadRequest } from 'payload'

import type { User } from '../../src/payload-types'
import type { TransitionRequest, TransitionResult } from '../../src/services/reviewWorkflow'
import type { DeliveryJobInput } from '../../src/webhooks/queue'
import { bootPayload, type TestPayload, withFailingEventWrites } from '../helpers/payload'

type Who = 'admin' | 'editor' | 'reviewer' | 'author'
type Doc = Record<string, any> & { id: string }

let t: TestPayload
let payload: Payload
let createLocalReq: typeof import('payload').createLocalReq
let transitionDocument: (args: TransitionRequest) => Promise<TransitionResult>
let users: Record<Who, User>
let endpointId: string
let counter = 0

const reqAs = (who: Who): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...users[who], collection: 'users' } }, payload)

const move = async (who: Who, id: string, to: string): Promise<TransitionResult> =>
  transitionDocument({ req: await reqAs(who), collection: 'articles', id, to })

const draftArticle = async (): Promise<Doc> =>
  (await payload.create({
    collection: 'articles',
    data: { title: `Webhook article ${++counter}`, summary: 'A summary.' },
    user: users.author,
    overrideAccess: false,
  })) as unknown as Doc

const publishedArticle = async (): Promise<Doc> => {
  const doc = await draftArticle()
  await move('author', doc.id, 'in_review')
  await move('reviewer', doc.id, 'approved')
  await move('editor', doc.id, 'published')
  return doc
}

/** The queued deliveries about one document, oldest first. */
const queuedFor = async (documentId: string): Promise<DeliveryJobInput[]> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: 'webhooks' } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
    .map((job) => job.input as unknown as DeliveryJobInput)
    .filter((input) => input.documentId === documentId)
}

const messagesFor = async (documentId: string) =>
  (await queuedFor(documentId)).map((input) => JSON.parse(input.body))

beforeAll(async () => {
  t = await bootPayload('webhooks')
  payload = t.payload
  users = t.users
  ;({ createLocalReq } = await import('payload'))
  ;({ transitionDocument } = await import('../../src/services/reviewWorkflow'))
  const endpoint = await payload.create({
    collection: 'webhook-endpoints',
    data: {
      url: 'http://127.0.0.1:9/hook',
      events: ['published', 'updated', 'withdrawn', 'deleted'],
    },
    user: users.admin,
    overrideAccess: false,
  })
  endpointId = String(endpoint.id)
}, 180_000)

afterAll(async () => {
  await t?.close()
})

it('a new endpoint gets a secret made by the server, whatever the client sent', async () => {
  const endpoint = await payload.create({
    collection: 'webhook-endpoints',
    data: { url: 'https://example.com/hook', events: ['deleted'], secret: 'chosen-by-me' } as never,
    user: users.admin,
    overrideAccess: false,
  })
  expect(endpoint.secret).toMatch(/^whsec_[0-9a-f]{64}$/)
  const updated = await payload.update({
    collection: 'webhook-endpoints',
    id: endpoint.id,
    data: { description: 'renamed', secret: 'chosen-by-me' } as never,
    user: users.admin,
    overrideAccess: false,
  })
  expect(updated.secret).toBe(endpoint.secret)
  await payload.delete({ collection: 'webhook-endpoints', id: endpoint.id, overrideAccess: true })
})

it('publishing queues one delivery per endpoint with the message; other moves queue none', async () => {
  const doc = await draftArticle()
  await move('author', doc.id, 'in_review')
  await move('reviewer', doc.id, 'approved')
  expect(await queuedFor(doc.id)).toEqual([])

  await move('editor', doc.id, 'published')
  const [job, ...rest] = await queuedFor(doc.id)
  expect(rest).toEqual([])
  expect(job).toMatchObject({ endpoint: endpointId, event: 'published', attempt: 1 })
  expect(JSON.parse(job.body)).toEqual({
    eventId: job.eventId,
    event: 'published',
    collection: 'articles',
    id: doc.id,
    slug: doc.slug,
    occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    paths: [`/articles/${doc.slug}`, '/articles'],
  })
})

it('unpublishing queues a withdrawal naming the slug that was public', async () => {
  const doc = await publishedArticle()
  await move('editor', doc.id, 'archived')
  expect((await messagesFor(doc.id)).map(({ event, slug }) => [event, slug])).toEqual([
    ['published', doc.slug],
    ['withdrawn', doc.slug],
  ])
})

it('publishing a new version under a new slug revalidates the new and the old path', async () => {
  const doc = await publishedArticle()
  // Editing the published article starts a new draft; the old slug stays public meanwhile.
  await payload.update({
    collection: 'articles',
    id: doc.id,
    data: { slug: `${doc.slug}-renamed` },
    user: users.author,
    overrideAccess: false,
  })
  await move('author', doc.id, 'in_review')
  await move('reviewer', doc.id, 'approved')
  await move('editor', doc.id, 'published')
  expect((await messagesFor(doc.id)).at(-1)).toMatchObject({
    event: 'published',
    slug: `${doc.slug}-renamed`,
    paths: [`/articles/${doc.slug}-renamed`, `/articles/${doc.slug}`, '/articles'],
  })
})

it('a move that rolls back leaves no delivery behind', async () => {
  const doc = await draftArticle()
  await move('author', doc.id, 'in_review')
  await move('reviewer', doc.id, 'approved')
  await withFailingEventWrites(payload, async () => {
    await expect(move('editor', doc.id, 'published')).rejects.toThrow('forced')
  })
  expect(await queuedFor(doc.id)).toEqual([])
  await move('editor', doc.id, 'published')
  expect((await messagesFor(doc.id)).map(({ event }) => event)).toEqual(['published'])
})

it('deleting published content queues "deleted"; deleting a never-published draft queues nothing', async () => {
  const published = await publishedArticle()
  // A newer draft does not change what is public: the live version still goes away.
  await payload.update({
    collection: 'articles',
    id: published.id,
    data: { summary: 'A newer draft.' },
    user: users.author,
    overrideAccess: false,
  })
  await payload.delete({
    collection: 'articles',
    id: published.id,
    user: users.editor,
    overrideAccess: false,
  })
  expect((await messagesFor(published.id)).map(({ event, slug }) => [event, slug])).toEqual([
    ['published', published.slug],
    ['deleted', published.slug],
  ])

  const draft = await draftArticle()
  await payload.delete({
    collection: 'articles',
    id: draft.id,
    user: users.editor,
    overrideAccess: false,
  })
  expect(await queuedFor(draft.id)).toEqual([])
})

it('experts are public without review: created, edited (old and new slug) and deleted', async () => {
  const expert = (await payload.create({
    collection: 'experts',
    data: { name: `Dr Hook ${++counter}`, credentials: 'MD' },
    user: users.author,
    overrideAccess: false,
  })) as unknown as Doc
  await payload.update({
    collection: 'experts',
    id: expert.id,
    data: { slug: `${expert.slug}-md` },
    user: users.author,
    overrideAccess: false,
  })
  await payload.delete({
    collection: 'experts',
    id: expert.id,
    user: users.editor,
    overrideAccess: false,
  })
  expect(
    (await messagesFor(expert.id)).map(({ event, slug, paths }) => ({ event, slug, paths })),
  ).toEqual([
    { event: 'published', slug: expert.slug, paths: [`/experts/${expert.slug}`, '/experts'] },
    {
      event: 'updated',
      slug: `${expert.slug}-md`,
      paths: [`/experts/${expert.slug}-md`, `/experts/${expert.slug}`, '/experts'],
    },
    {
      event: 'deleted',
      slug: `${expert.slug}-md`,
      paths: [`/experts/${expert.slug}-md`, '/experts'],
    },
  ])
})

it('an endpoint turned off, or not subscribed to the event or collection, gets nothing', async () => {
  const subscribed = await payload.find({
    collection: 'webhook-endpoints',
    where: { id: { equals: endpointId } },
    overrideAccess: true,
  })
  expect(subscribed.docs).toHaveLength(1)
  await payload.update({
    collection: 'webhook-endpoints',
    id: endpointId,
    data: { active: false },
    overrideAccess: true,
  })
  const onlyExperts = await payload.create({
    collection: 'webhook-endpoints',
    data: { url: 'https://example.com/experts', events: ['published'], collections: ['experts'] },
    overrideAccess: true,
  })
  try {
    const doc = await publishedArticle()
    expect(await queuedFor(doc.id)).toEqual([])
  } finally {
    await payload.delete({
      collection: 'webhook-endpoints',
      id: onlyExperts.id,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'webhook-endpoints',
      id: endpointId,
      data: { active: true },
      overrideAccess: true,
    })
  }
})
