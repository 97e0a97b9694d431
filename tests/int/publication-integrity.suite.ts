/**
 * Reference integrity on a real SQLite database through the Local API: what blocks a publish
 * (drafts and missing documents, directly and through live documents), which live documents
 * depend on one, the stored `referenceKeys` behind that query, and how many queries it takes.
 */
import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { LiveDependent, PublicationBlocker } from '../../src/services/publicationIntegrity'
import { bootEmptyPayload, type EmptyTestPayload } from '../helpers/payload'

type Doc = Record<string, any> & { id: string }
type Services = typeof import('../../src/services/publicationIntegrity')

let t: EmptyTestPayload
let payload: Payload
let services: Services
let backfill: typeof import('../../src/services/referenceKeysBackfill').backfillReferenceKeys
let createLocalReq: typeof import('payload').createLocalReq
let expertId: string

const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const quoteNode = (quote: string) => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: randomUUID().slice(0, 24), blockType: 'expertQuote', blockName: '', quote },
})
const linkNode = (relationTo: string, value: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: null,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text('see')],
})
const body = (...nodes: object[]) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        textFormat: 0,
        textStyle: '',
        children: [text('As the experts say: '), ...nodes],
      },
    ],
  },
})

let counter = 0
const label = (text: string) => `${text} ${++counter}`

/** Trusted server code (no user): may publish directly, as the transition service does. */
const create = async (
  collection: string,
  data: Record<string, unknown>,
  status: 'draft' | 'published' = 'draft',
): Promise<Doc> =>
  (await payload.create({
    collection: collection as never,
    data: { ...data, _status: status } as never,
  })) as unknown as Doc

const quote = (status: 'draft' | 'published', expert = expertId) =>
  create(
    'expert-quotes',
    { statement: label('Sunscreen first.'), expert, source: { publication: 'J' } },
    status,
  )
const scarType = (status: 'draft' | 'published', data: Record<string, unknown> = {}) =>
  create('scar-types', { name: label('Boxcar'), category: 'atrophic', ...data }, status)
const article = (status: 'draft' | 'published', data: Record<string, unknown> = {}) =>
  create('articles', { title: label('Article'), ...data }, status)

const setStatus = (collection: string, id: string, status: 'draft' | 'published') =>
  payload.update({ collection: collection as never, id, data: { _status: status } as never })

/** The working copy: the newest version, as saved. */
const workingCopy = async (collection: string, id: string) =>
  (await payload.findByID({
    collection: collection as never,
    id,
    draft: true,
    depth: 0,
  })) as unknown as Doc

/** A request as the transition endpoint has it: a REST call, whose reads the API's caps see. */
const anonymousReq = async (): Promise<PayloadRequest> => {
  const req = await createLocalReq({}, payload)
  req.payloadAPI = 'REST'
  return req
}

const blockersOf = async (collection: string, id: string) =>
  services.findPublicationBlockers(
    await anonymousReq(),
    collection,
    await workingCopy(collection, id),
  )

const admin = (collection: string, id: string) => `/admin/collections/${collection}/${id}`

/** Counts the database adapter's finds per collection while `work` runs. */
const countFinds = async (work: () => Promise<unknown>): Promise<Record<string, number>> => {
  const db = payload.db as unknown as { find: (args: { collection: string }) => Promise<unknown> }
  const original = db.find
  const counts: Record<string, number> = {}
  db.find = function (this: unknown, args) {
    counts[args.collection] = (counts[args.collection] ?? 0) + 1
    return original.call(this, args)
  }
  try {
    await work()
  } finally {
    db.find = original
  }
  return counts
}

beforeAll(async () => {
  t = await bootEmptyPayload('publication-integrity')
  payload = t.payload
  ;({ createLocalReq } = await import('payload'))
  services = await import('../../src/services/publicationIntegrity')
  ;({ backfillReferenceKeys: backfill } = await import('../../src/services/referenceKeysBackfill'))
  const expert = await payload.create({
    collection: 'experts',
    data: { name: 'Dr Ada Quinn', credentials: 'MD' },
  })
  expertId = expert.id
})

afterAll(async () => {
  await t?.close()
})

describe('findPublicationBlockers', () => {
  let draftQuote: Doc
  let liveQuote: Doc
  let draftScarType: Doc
  let liveScarType: Doc
  let draftArticle: Doc
  let subject: Doc
  /** A quote deleted after the article quoted it: rich text keeps its id. */
  let nothing: string

  beforeAll(async () => {
    let gone: Doc
    ;[draftQuote, liveQuote, draftScarType, liveScarType, draftArticle, gone] = await Promise.all([
      quote('draft'),
      quote('published'),
      scarType('draft'),
      scarType('published'),
      article('draft'),
      quote('published'),
    ])
    nothing = gone.id
    subject = await article('draft', {
      scarTypes: [draftScarType.id, liveScarType.id],
      expertQuotes: [draftQuote.id],
    })
    // Saved the way editors save: body edits go to the working copy.
    await payload.update({
      collection: 'articles',
      id: subject.id,
      draft: true,
      data: {
        body: body(
          quoteNode(draftQuote.id),
          linkNode('articles', draftArticle.id),
          linkNode('articles', subject.id),
          quoteNode(liveQuote.id),
          quoteNode(nothing),
          {
            type: 'relationship',
            version: 2,
            format: '',
            relationTo: 'treatments',
            value: 'x/../1',
          },
        ),
      } as never,
    })
    await payload.delete({ collection: 'expert-quotes', id: nothing })
  })

  it('names a draft quote inline in the body, a draft scar type, ids of nothing and a draft link target', async () => {
    expect(await blockersOf('articles', subject.id)).toEqual<PublicationBlocker[]>([
      {
        collection: 'expert-quotes',
        id: draftQuote.id,
        title: draftQuote.statement,
        path: 'body › expert quote, expertQuotes',
        reason: 'not_live',
        adminPath: admin('expert-quotes', draftQuote.id),
      },
      {
        collection: 'articles',
        id: draftArticle.id,
        title: draftArticle.title,
        path: 'body › link',
        reason: 'not_live',
        adminPath: admin('articles', draftArticle.id),
      },
      {
        collection: 'expert-quotes',
        id: nothing,
        title: null,
        path: 'body › expert quote',
        reason: 'missing',
        adminPath: admin('expert-quotes', nothing),
      },
      {
        collection: 'treatments',
        id: 'x/../1',
        title: null,
        path: 'body › relationship',
        reason: 'missing',
        adminPath: admin('treatments', 'x%2F..%2F1'),
      },
      {
        collection: 'scar-types',
        id: draftScarType.id,
        title: draftScarType.name,
        path: 'scarTypes',
        reason: 'not_live',
        adminPath: admin('scar-types', draftScarType.id),
      },
    ])
  })

  it('names none once they are published and the dangling ids are gone', async () => {
    await Promise.all([
      setStatus('expert-quotes', draftQuote.id, 'published'),
      setStatus('scar-types', draftScarType.id, 'published'),
      setStatus('articles', draftArticle.id, 'published'),
    ])
    expect((await blockersOf('articles', subject.id)).map((b) => b.id)).toEqual([nothing, 'x/../1'])
    await payload.update({
      collection: 'articles',
      id: subject.id,
      draft: true,
      data: {
        body: body(quoteNode(draftQuote.id), linkNode('articles', draftArticle.id)),
      } as never,
    })
    expect(await blockersOf('articles', subject.id)).toEqual([])
  })

  it('follows live documents: a quote withdrawn from a live article the draft links to', async () => {
    const withdrawn = await quote('published')
    const linked = await article('published', { body: body(quoteNode(withdrawn.id)) })
    const deletedTarget = await article('published')
    const linksToDeleted = await article('published', {
      body: body(linkNode('articles', deletedTarget.id)),
    })
    await setStatus('expert-quotes', withdrawn.id, 'draft')
    await payload.delete({ collection: 'articles', id: deletedTarget.id })
    const draft = await article('draft', {
      body: body(linkNode('articles', linked.id), linkNode('articles', linksToDeleted.id)),
    })

    const blockers = await blockersOf('articles', draft.id)
    expect(blockers.map(({ id, reason, path }) => ({ id, reason, path }))).toEqual([
      {
        id: withdrawn.id,
        reason: 'not_live',
        path: `body › link › article “${linked.title}” › body › expert quote`,
      },
      {
        id: deletedTarget.id,
        reason: 'missing',
        path: `body › link › article “${linksToDeleted.title}” › body › link`,
      },
    ])
  })

  it('ignores keys a deletion left behind: the quote no longer names the deleted expert', async () => {
    const expert = await payload.create({
      collection: 'experts',
      data: { name: 'Dr Gone', credentials: 'MD' },
    })
    const orphan = await quote('published', expert.id)
    await payload.delete({ collection: 'experts', id: expert.id })
    // SQLite cleared the quote's expert without a save; its stored keys still name the expert.
    const stored = await payload.findByID({
      collection: 'expert-quotes',
      id: orphan.id,
      depth: 0,
      showHiddenFields: true,
    })
    expect(stored.expert).toBeNull()
    expect(stored.referenceKeys?.map((row) => row.key)).toEqual([`experts:${expert.id}`])

    const draft = await article('draft', { expertQuotes: [orphan.id] })
    expect(await blockersOf('articles', draft.id)).toEqual([])
  })

  it('ends on self-references and cycles', async () => {
    const first = await article('published')
    const second = await article('published', { body: body(linkNode('articles', first.id)) })
    await payload.update({
      collection: 'articles',
      id: first.id,
      data: {
        body: body(linkNode('articles', second.id), linkNode('articles', first.id)),
      } as never,
    })
    expect(await blockersOf('articles', first.id)).toEqual([])
  })

  it('reads inside the caller’s transaction', async () => {
    const { initTransaction, killTransaction } = await import('payload')
    const req = await anonymousReq()
    await initTransaction(req)
    try {
      const uncommitted = await payload.create({
        collection: 'expert-quotes',
        data: { statement: 'Not yet', expert: expertId, source: { publication: 'J' } } as never,
        req,
      })
      const blockers = await services.findPublicationBlockers(req, 'articles', {
        body: body(quoteNode(uncommitted.id)),
      })
      expect(blockers.map((b) => [b.id, b.reason])).toEqual([[uncommitted.id, 'not_live']])
    } finally {
      await killTransaction(req)
    }
  })

  it('takes one query per referenced collection, however many references', async () => {
    const drafts = await Promise.all(Array.from({ length: 12 }, () => quote('draft')))
    const live = await Promise.all(Array.from({ length: 4 }, () => quote('published')))
    const scarTypes = await Promise.all(Array.from({ length: 3 }, () => scarType('draft')))
    const copy = {
      body: body(...[...drafts, ...live].map((q) => quoteNode(q.id))),
      scarTypes: scarTypes.map((s) => s.id),
      expertQuotes: drafts.slice(0, 5).map((q) => q.id),
    }
    const req = await anonymousReq()
    let blockers: PublicationBlocker[] = []
    const finds = await countFinds(async () => {
      blockers = await services.findPublicationBlockers(req, 'articles', copy)
    })
    expect(blockers).toHaveLength(15)
    // The live quotes' expert is checked once, a level down.
    expect(finds).toEqual({ 'expert-quotes': 1, 'scar-types': 1, experts: 1 })
  })
})

describe('findLiveDependents', () => {
  it('lists the live documents that refer to a document, with where they do', async () => {
    const target = await scarType('published')
    await payload.update({
      collection: 'scar-types',
      id: target.id,
      data: { description: body(linkNode('scar-types', target.id)) } as never,
    })
    const liveArticle = await article('published', { scarTypes: [target.id] })
    await article('draft', { scarTypes: [target.id] })
    const liveQuote = await create(
      'expert-quotes',
      {
        statement: label('Depth matters.'),
        expert: expertId,
        source: { publication: 'J' },
        scarTypes: [target.id],
      },
      'published',
    )
    const expert = await payload.create({
      collection: 'experts',
      data: {
        name: 'Dr Lin',
        credentials: 'MD',
        bio: body(linkNode('scar-types', target.id)),
      } as never,
    })
    const treatment = await create(
      'treatments',
      { name: label('Subcision'), kind: 'in_office_procedure', targets: [{ scarType: target.id }] },
      'published',
    )

    const req = await anonymousReq()
    let dependents: LiveDependent[] = []
    const finds = await countFinds(async () => {
      dependents = await services.findLiveDependents(req, 'scar-types', target.id)
    })
    expect(dependents).toEqual<LiveDependent[]>([
      {
        collection: 'articles',
        id: liveArticle.id,
        title: liveArticle.title,
        path: 'scarTypes',
        adminPath: admin('articles', liveArticle.id),
      },
      {
        collection: 'expert-quotes',
        id: liveQuote.id,
        title: liveQuote.statement,
        path: 'scarTypes',
        adminPath: admin('expert-quotes', liveQuote.id),
      },
      {
        collection: 'experts',
        id: expert.id,
        title: 'Dr Lin',
        path: 'bio › link',
        adminPath: admin('experts', expert.id),
      },
      {
        collection: 'treatments',
        id: treatment.id,
        title: treatment.name,
        path: 'targets › scarType',
        adminPath: admin('treatments', treatment.id),
      },
    ])
    // One query per collection that keeps reference keys.
    expect(finds).toEqual({
      articles: 1,
      'expert-quotes': 1,
      experts: 1,
      'scar-types': 1,
      treatments: 1,
    })
  })

  it('follows the live version: a pending edit that drops the reference does not count yet', async () => {
    const target = await quote('published')
    const live = await article('published', { body: body(quoteNode(target.id)) })
    await payload.update({
      collection: 'articles',
      id: live.id,
      draft: true,
      data: { body: body() } as never,
    })
    const ids = async () =>
      (await services.findLiveDependents(await anonymousReq(), 'expert-quotes', target.id)).map(
        (d) => d.id,
      )
    expect(await ids()).toEqual([live.id])
    await setStatus('articles', live.id, 'published')
    expect(await ids()).toEqual([])
  })
})

describe('referenceKeys', () => {
  it('is computed on save, whatever the client sends, and never shown to readers', async () => {
    const target = await quote('published')
    const doc = await payload.create({
      collection: 'articles',
      data: {
        title: label('Forged'),
        expertQuotes: [target.id],
        referenceKeys: [{ key: 'articles:forged' }],
      } as never,
    })
    const stored = await payload.findByID({
      collection: 'articles',
      id: doc.id,
      depth: 0,
      showHiddenFields: true,
    })
    expect(stored.referenceKeys?.map((row) => row.key)).toEqual([`expert-quotes:${target.id}`])
    const read = await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })
    expect(read).not.toHaveProperty('referenceKeys')
  })

  it('cannot be queried by API clients', async () => {
    await expect(
      payload.find({
        collection: 'articles',
        where: { 'referenceKeys.key': { equals: 'experts:x' } },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/referenceKeys/)
  })

  it('refuses a document referring to more documents than the cap', async () => {
    const { MAX_REFERENCED_DOCUMENTS } = await import('../../src/workflow/references')
    const quotes = Array.from({ length: MAX_REFERENCED_DOCUMENTS + 1 }, () =>
      quoteNode(randomUUID()),
    )
    await expect(
      payload.create({
        collection: 'articles',
        data: { title: label('Too many'), body: body(...quotes) } as never,
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/at most 1,000/) })
  })

  it('is filled in for documents saved without it by the backfill', async () => {
    const target = await quote('published')
    const live = await article('published', { expertQuotes: [target.id] })
    await payload.db.updateOne({
      collection: 'articles',
      id: live.id,
      data: { referenceKeys: [] },
    })
    const ids = async () =>
      (await services.findLiveDependents(await anonymousReq(), 'expert-quotes', target.id)).map(
        (d) => d.id,
      )
    expect(await ids()).toEqual([])
    expect(await backfill(payload)).toBeGreaterThanOrEqual(1)
    expect(await ids()).toEqual([live.id])
    expect(await backfill(payload)).toBe(0)
  })
})
