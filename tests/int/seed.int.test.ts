/**
 * The seed against a real SQLite database: `npm run seed` (the real CLI in a child process) fills
 * a database with no content, then the Local API checks what it stored, how it links documents
 * and what the public sees; later runs in-process prove that a second run changes nothing, and
 * the reset guard. One seeded database serves the whole file: seeding is the slow part.
 */
import type { CollectionSlug, Payload } from 'payload'

import {
  articles,
  expertQuotes,
  experts,
  scarTypes,
  sources,
  treatments,
  type ReviewStateSeed,
} from '../../seed/data/index'
import { findInlineBlocks } from '../../seed/richText'
import type { SeedCounts, SeedSummary } from '../../seed/seed'
import { bootEmptyPayload, type EmptyTestPayload } from '../helpers/payload'
import { runSeedCli, summaryRow, type SeedCliResult } from '../helpers/seedCli'

type SeedModule = typeof import('../../seed/seed')
type Doc = Record<string, unknown> & { id: string }
type ContentSlug = 'experts' | 'scar-types' | 'treatments' | 'expert-quotes' | 'articles'
type VersionedSlug = Exclude<ContentSlug, 'experts'>

const CONTENT: ContentSlug[] = ['experts', 'scar-types', 'treatments', 'expert-quotes', 'articles']
const VERSIONED: VersionedSlug[] = ['scar-types', 'treatments', 'expert-quotes', 'articles']

const DATA: Record<ContentSlug, unknown[]> = {
  experts,
  'scar-types': scarTypes,
  treatments,
  'expert-quotes': expertQuotes,
  articles,
}

let t: EmptyTestPayload
let payload: Payload
let seedModule: SeedModule
let firstRun: SeedCliResult
let firstSummary: SeedSummary
let firstLog: string[]

const all = async (collection: CollectionSlug, draft = false): Promise<Doc[]> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft,
    pagination: false,
    sort: 'id',
    overrideAccess: true,
  })
  return docs as unknown as Doc[]
}

const bySlug = async (collection: ContentSlug, slug: string): Promise<Doc> => {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  expect(docs).toHaveLength(1)
  return docs[0] as unknown as Doc
}

/** Every document (live and newest version) of every seeded collection, and version counts. */
const dumpDatabase = async () => {
  const dump: Record<string, unknown> = {}
  for (const collection of [...CONTENT, 'users'] as CollectionSlug[]) {
    dump[collection] = await all(collection)
    dump[`${collection} (newest versions)`] = await all(collection, true)
  }
  for (const collection of VERSIONED) {
    dump[`${collection} version count`] = (await payload.countVersions({ collection })).totalDocs
  }
  return dump
}

const runSeed = async (options: { reset?: boolean; force?: boolean } = {}) => {
  const log: string[] = []
  const summary = await seedModule.seed({ payload, ...options, log: (line) => log.push(line) })
  return { summary, log }
}

const stateOf = (item: unknown): ReviewStateSeed | undefined =>
  (item as { state?: ReviewStateSeed }).state

/** Runs `body` with NODE_ENV set to `value`, and always puts the old value back. */
const withNodeEnv = async <T>(value: string, body: () => Promise<T>): Promise<T> => {
  const env = process.env as Record<string, string | undefined>
  const previous = env.NODE_ENV
  env.NODE_ENV = value
  try {
    return await body()
  } finally {
    if (previous === undefined) delete env.NODE_ENV
    else env.NODE_ENV = previous
  }
}

const ids = (values: unknown): string[] =>
  ((values as (string | { id: string })[] | null) ?? []).map((v) =>
    typeof v === 'string' ? v : v.id,
  )

/** The summary the CLI printed as a table, read back into counts per collection. */
const summaryPrinted = (stdout: string): SeedSummary => {
  const summary: SeedSummary = {}
  for (const collection of ['users', ...CONTENT] as const) {
    const counts = summaryRow(stdout, collection)
    if (counts) {
      const [created, updated, unchanged] = counts
      summary[collection] = { created, updated, unchanged } satisfies SeedCounts
    }
  }
  return summary
}

beforeAll(async () => {
  t = await bootEmptyPayload('seed')
  payload = t.payload
  seedModule = await import('../../seed/seed')
  expect(await seedModule.isContentEmpty(payload)).toBe(true)
  // The first run is the user's: `npm run seed` on this database, which has no content yet.
  firstRun = await runSeedCli([], t.dir)
  firstSummary = summaryPrinted(firstRun.stdout)
  firstLog = firstRun.stdout.split('\n')
})

afterAll(async () => {
  await t?.close()
})

describe('first run', () => {
  test('`npm run seed` prints the summary table, the dev password, and exits 0', () => {
    expect({ code: firstRun.code, stderr: firstRun.stderr }).toMatchObject({ code: 0 })
    expect(firstRun.stdout).toMatch(/^Collection\s+Created\s+Updated\s+Unchanged$/m)
    expect(summaryRow(firstRun.stdout, 'articles')).toEqual([articles.length, 0, 0])
    expect(summaryRow(firstRun.stdout, 'users')).toEqual([4, 0, 0])
    const created = 4 + CONTENT.reduce((sum, collection) => sum + DATA[collection].length, 0)
    expect(summaryRow(firstRun.stdout, 'total')).toEqual([created, 0, 0])
    expect(firstRun.stdout).toContain('changeme-dev-only')
  })

  test('stores as many documents per collection as the data files hold', async () => {
    for (const collection of CONTENT) {
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      expect({ collection, totalDocs }).toEqual({ collection, totalDocs: DATA[collection].length })
      expect(firstSummary[collection]).toEqual({
        created: DATA[collection].length,
        updated: 0,
        unchanged: 0,
      })
    }
    expect(await seedModule.isContentEmpty(payload)).toBe(false)
  })

  test('logs progress per collection', () => {
    for (const collection of CONTENT) {
      expect(firstLog).toContain(
        `${collection}: ${DATA[collection].length} created, 0 updated, 0 unchanged`,
      )
    }
  })

  test('TCA CROSS targets ice pick scars', async () => {
    const icePick = await bySlug('scar-types', 'ice-pick')
    const tcaCross = await bySlug('treatments', 'tca-cross')
    const targets = tcaCross.targets as { scarType: string; efficacyNote: string }[]
    expect(targets.map((target) => target.scarType)).toContain(icePick.id)
  })

  test('every expert quote has an expert, a source publication and kind paraphrase', async () => {
    const expertIds = new Set((await all('experts')).map((expert) => expert.id))
    const publishers = new Set(sources.map((source) => source.publisher))
    const quotes = await all('expert-quotes', true)
    expect(quotes).toHaveLength(expertQuotes.length)
    for (const quote of quotes) {
      expect(expertIds.has(quote.expert as string)).toBe(true)
      const source = quote.source as { publication: string; title: string }
      expect(publishers.has(source.publication)).toBe(true)
      expect(source.title).toBeTruthy()
      expect(quote.kind).toBe('paraphrase')
    }
  })

  test('every article links at least one scar type and one treatment', async () => {
    for (const article of await all('articles', true)) {
      expect(ids(article.scarTypes).length).toBeGreaterThan(0)
      expect(ids(article.treatments).length).toBeGreaterThan(0)
    }
  })

  test('article bodies embed expertQuote inline blocks pointing at existing quotes', async () => {
    const quoteIds = new Set((await all('expert-quotes')).map((quote) => quote.id))
    let blocks = 0
    for (const data of articles) {
      const article = await bySlug('articles', data.slug)
      const inline = findInlineBlocks(article.body, 'expertQuote')
      expect(inline).toHaveLength(data.body.filter((block) => block.type === 'quote').length)
      for (const fields of inline) {
        expect(fields.blockName).toBe('')
        expect(quoteIds.has(fields.quote as string)).toBe(true)
      }
      blocks += inline.length
    }
    expect(blocks).toBeGreaterThan(0)
  })

  test('rich text loads in the configured Lexical editors without changes', async () => {
    const { getEnabledNodes } = await import('@payloadcms/richtext-lexical')
    const { createHeadlessEditor } = await import('@payloadcms/richtext-lexical/lexical/headless')
    type Editor = { editorConfig: Parameters<typeof getEnabledNodes>[0]['editorConfig'] }
    const editorOf = (collection: ContentSlug, field: string): Editor => {
      const config = payload.collections[collection].config
      const found = config.flattenedFields.find((f) => f.name === field) as { editor?: unknown }
      return (found.editor ?? payload.config.editor) as Editor
    }
    const roundTrip = (editor: Editor, state: unknown): unknown => {
      const headless = createHeadlessEditor({
        nodes: getEnabledNodes({ editorConfig: editor.editorConfig }),
        onError: (error) => {
          throw error
        },
      })
      headless.setEditorState(headless.parseEditorState(JSON.stringify(state)))
      return headless.getEditorState().toJSON()
    }
    const cases: [ContentSlug, string][] = [
      ['articles', 'body'],
      ['experts', 'bio'],
      ['scar-types', 'description'],
      ['treatments', 'description'],
    ]
    for (const [collection, field] of cases) {
      const editor = editorOf(collection, field)
      for (const doc of await all(collection, true)) {
        expect(doc[field]).toBeTruthy()
        expect(roundTrip(editor, doc[field])).toEqual(doc[field])
      }
    }
  })

  test('the published/draft split matches the seed states', async () => {
    for (const collection of VERSIONED) {
      const expected = DATA[collection].map((item) =>
        stateOf(item) === 'published' ? 'published' : 'draft',
      )
      const stored = (await all(collection)).map((doc) => doc._status)
      const count = (list: unknown[], status: string) => list.filter((s) => s === status).length
      expect({ collection, published: count(stored, 'published') }).toEqual({
        collection,
        published: count(expected, 'published'),
      })
      expect({ collection, draft: count(stored, 'draft') }).toEqual({
        collection,
        draft: count(expected, 'draft'),
      })
    }
    for (const data of articles) {
      const article = await bySlug('articles', data.slug)
      expect(article._status).toBe(data.state === 'published' ? 'published' : 'draft')
      expect(Boolean(article.publishedAt)).toBe(data.state === 'published')
    }
  })

  test('reaches every seeded review state through the workflow, with its audit trail', async () => {
    const users = await all('users')
    const idOfRole = (role: string) =>
      users.find((user) => user.email === `${role}@example.com`)?.id
    for (const data of articles) {
      const article = await bySlug('articles', data.slug)
      expect({ slug: data.slug, state: article.reviewState }).toEqual({
        slug: data.slug,
        state: data.state,
      })
      const { docs: events } = await payload.find({
        collection: 'workflow-events',
        where: { documentId: { equals: article.id } },
        sort: 'createdAt',
        depth: 0,
        overrideAccess: true,
      })
      const expectedMoves = {
        draft: [],
        in_review: ['submit'],
        published: ['submit', 'approve', 'publish'],
      }
      expect(events.map((event) => event.action)).toEqual(expectedMoves[data.state])
      if (data.state === 'published') {
        expect(events.map((event) => event.actor)).toEqual([
          idOfRole('editor'),
          idOfRole('reviewer'),
          idOfRole('editor'),
        ])
        expect(article.reviewedBy).toBe(idOfRole('reviewer'))
        expect(article.lastReviewedAt).toBeTruthy()
      }
    }
  })

  test('the public sees only the published articles', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      pagination: false,
      depth: 0,
    })
    const expected = articles.filter((a) => a.state === 'published').map((a) => a.slug)
    expect(docs.map((doc) => doc.slug).sort()).toEqual([...expected].sort())
    expect(expected.length).toBeLessThan(articles.length)
  })

  test('creates one development user per role and makes the author the articles’ author', async () => {
    expect(firstSummary.users).toEqual({ created: 4, updated: 0, unchanged: 0 })
    const { DEV_USERS, DEFAULT_SEED_PASSWORD } = seedModule
    for (const { email, role } of DEV_USERS) {
      const { user } = await payload.login({
        collection: 'users',
        data: { email, password: DEFAULT_SEED_PASSWORD },
      })
      expect(user?.roles).toEqual([role])
    }
    const author = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'author@example.com' } },
      })
    ).docs[0]
    for (const article of await all('articles', true)) {
      expect(ids(article.authors)).toEqual([author.id])
    }
  })
})

describe('second run', () => {
  test('reports nothing created or updated and leaves the database identical', async () => {
    const before = await dumpDatabase()
    const { summary } = await runSeed()
    for (const counts of Object.values(summary)) {
      expect(counts.created).toBe(0)
      expect(counts.updated).toBe(0)
    }
    expect(summary.articles?.unchanged).toBe(articles.length)
    expect(await dumpDatabase()).toEqual(before)
  })

  test('restores seeded content someone changed, keeping its state', async () => {
    const retinol = await bySlug('treatments', 'retinol')
    await payload.update({
      collection: 'treatments',
      id: retinol.id,
      data: { summary: 'Changed by hand' },
      overrideAccess: true,
    })
    const draftData = treatments.find((item) => item.state !== 'published')!
    const draft = await bySlug('treatments', draftData.slug)
    await payload.update({
      collection: 'treatments',
      id: draft.id,
      data: { howItWorks: 'Changed by hand' },
      draft: true,
      overrideAccess: true,
    })

    const { summary, log } = await runSeed()
    expect(summary.treatments).toEqual({
      created: 0,
      updated: 2,
      unchanged: treatments.length - 2,
    })
    expect(log).toContain('  treatments: updating retinol (summary)')
    expect((await bySlug('treatments', 'retinol')).summary).toBe(
      treatments.find((item) => item.slug === 'retinol')!.summary,
    )
    const restored = await bySlug('treatments', draftData.slug)
    expect(restored.howItWorks).toBe(draftData.howItWorks)
    expect(restored._status).toBe('draft')
    expect((await runSeed()).summary.treatments?.updated).toBe(0)
  })

  test('never touches existing users, not even their passwords', async () => {
    const editor = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'editor@example.com' } },
      })
    ).docs[0]
    await payload.update({
      collection: 'users',
      id: editor.id,
      data: { password: 'a-password-the-editor-chose' },
      overrideAccess: true,
    })
    const { summary } = await runSeed()
    expect(summary.users).toEqual({ created: 0, updated: 0, unchanged: 4 })
    const { user } = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.com', password: 'a-password-the-editor-chose' },
    })
    expect(user?.id).toBe(editor.id)
  })
})

describe('production', () => {
  test('refuses --reset without force and deletes nothing', async () => {
    const before = await dumpDatabase()
    await withNodeEnv('production', async () => {
      await expect(runSeed({ reset: true })).rejects.toThrow('--reset in production needs --force')
    })
    expect(process.env.NODE_ENV).not.toBe('production')
    expect(await dumpDatabase()).toEqual(before)
  })

  test('seeds content but skips the development users', async () => {
    const { summary, log } = await withNodeEnv('production', () => runSeed())
    expect(summary.users).toBeUndefined()
    expect(log.some((line) => line.startsWith('users: skipped'))).toBe(true)
    expect(summary.articles).toEqual({ created: 0, updated: 0, unchanged: articles.length })
  })
})

describe('reset', () => {
  test('with force, wipes the content and creates it again; users stay', async () => {
    const oldIds = new Set((await all('treatments')).map((doc) => doc.id))
    const usersBefore = await all('users')
    const { summary, log } = await runSeed({ reset: true, force: true })
    expect(log).toContain(`reset: deleted ${articles.length} articles`)
    for (const collection of CONTENT) {
      expect(summary[collection]).toEqual({
        created: DATA[collection].length,
        updated: 0,
        unchanged: 0,
      })
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      expect(totalDocs).toBe(DATA[collection].length)
    }
    const newIds = (await all('treatments')).map((doc) => doc.id)
    expect(newIds.some((id) => oldIds.has(id))).toBe(false)
    expect(await all('users')).toEqual(usersBefore)
    // Versions of the deleted documents went with them.
    const articleIds = new Set((await all('articles')).map((doc) => doc.id))
    const versions = await payload.findVersions({ collection: 'articles', limit: 1000, depth: 0 })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(articles.length)
    expect(versions.docs.filter((version) => !articleIds.has(String(version.parent)))).toEqual([])
  })
})
