/**
 * Loads the content in `seed/data` into Payload through the Local API, idempotently: documents are
 * matched by slug (expert quotes by expert + statement), written only when what the seed owns
 * differs, and left alone otherwise, so a second run creates no documents and no versions.
 * Development also gets one user per role. Everything runs in one transaction where the database
 * adapter supports it: a failing seed leaves the database as it was.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
  type Where,
} from 'payload'

import type { Role } from '../src/access/roles'
import { differingKeys, matchesDesired } from './compare'
import {
  articles,
  expertQuotes,
  experts,
  scarTypes,
  sources,
  treatments,
  type ReviewStateSeed,
  type SeedSource,
  type SourceKey,
} from './data/index'
import { articleBodyToRichText, paragraphsToRichText } from './richText'
import { advanceReviewStates, type PendingReview } from './review'

/** The collections the seed fills, in the order it fills them (referenced before referencing). */
export const CONTENT_COLLECTIONS = [
  'experts',
  'scar-types',
  'treatments',
  'expert-quotes',
  'articles',
] as const satisfies readonly CollectionSlug[]

export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]
export type SeedCollection = 'users' | ContentCollection

export interface SeedCounts {
  created: number
  updated: number
  unchanged: number
}

/** Counts per collection, in the order the seed processed them. */
export type SeedSummary = Partial<Record<SeedCollection, SeedCounts>>

export type SeedLog = (line: string) => void

export interface SeedOptions {
  payload: Payload
  /** Delete every document of the content collections first (users are kept). */
  reset?: boolean
  /** Allow `reset` when NODE_ENV is production. */
  force?: boolean
  log?: SeedLog
}

/** Hooks can tell seeding writes apart by `context.seeding`. */
export const SEED_CONTEXT = { seeding: true } as const

export const DEV_USER_DOMAIN = 'example.com'
export const DEFAULT_SEED_PASSWORD = 'changeme-dev-only'

/** One development account per role; the admin comes first (Payload's first user is an admin). */
export const DEV_USERS: { role: Role; email: string; name: string }[] = [
  { role: 'admin', email: `admin@${DEV_USER_DOMAIN}`, name: 'Dev Admin' },
  { role: 'editor', email: `editor@${DEV_USER_DOMAIN}`, name: 'Dev Editor' },
  { role: 'reviewer', email: `reviewer@${DEV_USER_DOMAIN}`, name: 'Dev Reviewer' },
  { role: 'author', email: `author@${DEV_USER_DOMAIN}`, name: 'Dev Author' },
]

export const RESET_IN_PRODUCTION_ERROR =
  'Refusing to reset: --reset in production needs --force, because it deletes every article, expert quote, treatment, scar type and expert.'

const isProduction = (): boolean => process.env.NODE_ENV === 'production'

type Outcome = keyof SeedCounts
type Doc = Record<string, unknown> & { id: string }

/** The shared pieces every write needs. */
interface SeedRun {
  payload: Payload
  req: PayloadRequest
  log: SeedLog
  /** Reviewed documents and the state their seed data asks for, moved there after the write. */
  pending: PendingReview[]
}

const emptyCounts = (): SeedCounts => ({ created: 0, updated: 0, unchanged: 0 })

const sourceByKey = new Map<SourceKey, SeedSource>(sources.map((source) => [source.key, source]))

const lookup = (map: Map<string, string>, kind: string, key: string, owner: string): string => {
  const id = map.get(key)
  if (!id) throw new Error(`${owner}: unknown ${kind} "${key}" in the seed data.`)
  return id
}

const sourceOf = (key: SourceKey, owner: string): SeedSource => {
  const source = sourceByKey.get(key)
  if (!source) throw new Error(`${owner}: unknown source "${key}" in the seed data.`)
  return source
}

/**
 * Finds the document `where` selects (its newest version, draft or not, as the admin shows it),
 * then creates, updates or leaves it. Reviewed content is always written as a draft (a changed
 * document goes back to draft for review); the workflow then moves it to `reviewState`.
 */
const upsert = async <TSlug extends SeedCollection>(
  run: SeedRun,
  {
    collection,
    label,
    where,
    build,
    reviewState,
  }: {
    collection: TSlug
    label: string
    where: Where
    build: (existing: Doc | undefined) => RequiredDataFromCollectionSlug<TSlug>
    reviewState?: ReviewStateSeed
  },
): Promise<{ id: string; outcome: Outcome }> => {
  const { payload, req, log } = run
  const found = await payload.find({
    collection,
    where,
    depth: 0,
    draft: true,
    limit: 2,
    overrideAccess: true,
    req,
  })
  if (found.docs.length > 1) {
    throw new Error(`${collection}: more than one document matches ${label}; remove the duplicate.`)
  }
  const existing = found.docs[0] as unknown as Doc | undefined
  const data = build(existing) as RequiredDataFromCollectionSlug<TSlug> & Record<string, unknown>
  const reviewed = reviewState !== undefined
  const write = {
    collection,
    data,
    depth: 0,
    draft: reviewed,
    overrideAccess: true,
    req,
    context: SEED_CONTEXT,
  }
  const track = (id: string) => {
    if (reviewed)
      run.pending.push({
        collection: collection as PendingReview['collection'],
        id,
        label,
        target: reviewState,
      })
  }

  if (!existing) {
    const created = await payload.create(write as Parameters<Payload['create']>[0])
    track(String(created.id))
    return { id: String(created.id), outcome: 'created' }
  }
  track(existing.id)
  if (matchesDesired(data, existing)) return { id: existing.id, outcome: 'unchanged' }

  log(`  ${collection}: updating ${label} (${differingKeys(data, existing).join(', ')})`)
  const changed = reviewed ? { ...data, reviewState: 'draft' } : data
  await payload.update({ ...write, data: changed, id: existing.id } as Parameters<
    Payload['update']
  >[0])
  return { id: existing.id, outcome: 'updated' }
}

/** Runs `upsert` over items, tallies the outcomes and logs one line for the collection. */
const seedCollection = async <TItem>(
  run: SeedRun,
  summary: SeedSummary,
  collection: SeedCollection,
  items: TItem[],
  upsertItem: (item: TItem) => Promise<{ id: string; outcome: Outcome }>,
  keyOf: (item: TItem) => string,
): Promise<Map<string, string>> => {
  const counts = emptyCounts()
  const ids = new Map<string, string>()
  for (const item of items) {
    const { id, outcome } = await upsertItem(item)
    counts[outcome] += 1
    ids.set(keyOf(item), id)
  }
  summary[collection] = counts
  run.log(
    `${collection}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`,
  )
  return ids
}

const seedUsers = async (run: SeedRun, summary: SeedSummary): Promise<Map<string, string>> => {
  if (isProduction()) {
    run.log('users: skipped; development users are never created when NODE_ENV is production')
    return new Map()
  }
  const password = process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD
  const ids = await seedCollection(
    run,
    summary,
    'users',
    DEV_USERS,
    async ({ role, email, name }) => {
      const found = await run.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req: run.req,
      })
      // Existing accounts are left exactly as they are: no password resets, no role changes.
      const existing = found.docs[0]
      if (existing) return { id: existing.id, outcome: 'unchanged' }
      const created = await run.payload.create({
        collection: 'users',
        data: { email, name, roles: [role], password },
        depth: 0,
        overrideAccess: true,
        req: run.req,
        context: SEED_CONTEXT,
      })
      return { id: created.id, outcome: 'created' }
    },
    (user) => user.role,
  )
  if (summary.users?.created) {
    run.log(
      process.env.SEED_PASSWORD
        ? '  new development users got the password from SEED_PASSWORD'
        : `  new development users got the default password "${DEFAULT_SEED_PASSWORD}" (set SEED_PASSWORD to choose one)`,
    )
  }
  return ids
}

const resetContent = async (run: SeedRun): Promise<void> => {
  // Referencing collections first, so nothing is ever left pointing at a deleted document.
  for (const collection of [...CONTENT_COLLECTIONS].reverse()) {
    const result = await run.payload.delete({
      collection,
      where: { id: { exists: true } },
      depth: 0,
      overrideAccess: true,
      req: run.req,
      context: SEED_CONTEXT,
    })
    if (result.errors.length > 0) {
      throw new Error(`reset: could not delete ${collection}: ${result.errors[0].message}`)
    }
    run.log(`reset: deleted ${result.docs.length} ${collection}`)
  }
}

const seedContent = async (
  run: SeedRun,
  summary: SeedSummary,
  authorId: string | undefined,
): Promise<void> => {
  const expertIds = await seedCollection(
    run,
    summary,
    'experts',
    experts,
    (expert) =>
      upsert(run, {
        collection: 'experts',
        label: expert.slug,
        where: { slug: { equals: expert.slug } },
        build: () => ({
          name: expert.name,
          slug: expert.slug,
          credentials: expert.credentials,
          specialty: expert.specialty,
          affiliation: expert.affiliation,
          location: expert.location ?? null,
          bio: paragraphsToRichText(expert.bio),
          profileLinks: (expert.profileLinks ?? []).map(({ label, url }) => ({ label, url })),
        }),
      }),
    (expert) => expert.slug,
  )

  const scarTypeIds = await seedCollection(
    run,
    summary,
    'scar-types',
    scarTypes,
    (scarType) =>
      upsert(run, {
        collection: 'scar-types',
        label: scarType.slug,
        where: { slug: { equals: scarType.slug } },
        reviewState: scarType.state,
        build: () => ({
          name: scarType.name,
          slug: scarType.slug,
          category: scarType.category,
          summary: scarType.summary,
          description: paragraphsToRichText(scarType.description),
          appearance: {
            shape: scarType.appearance.shape,
            typicalWidth: scarType.appearance.typicalWidth ?? null,
            typicalDepth: scarType.appearance.typicalDepth ?? null,
          },
          causes: scarType.causes.map((cause) => ({ cause })),
        }),
      }),
    (scarType) => scarType.slug,
  )

  const treatmentIds = await seedCollection(
    run,
    summary,
    'treatments',
    treatments,
    (treatment) => {
      const owner = `treatments/${treatment.slug}`
      return upsert(run, {
        collection: 'treatments',
        label: treatment.slug,
        where: { slug: { equals: treatment.slug } },
        reviewState: treatment.state,
        build: () => ({
          name: treatment.name,
          slug: treatment.slug,
          kind: treatment.kind,
          summary: treatment.summary,
          description: paragraphsToRichText(treatment.description),
          howItWorks: treatment.howItWorks,
          targets: treatment.targets.map((target) => ({
            scarType: lookup(scarTypeIds, 'scar type', target.scarType, owner),
            efficacyNote: target.efficacyNote,
          })),
          sessionsNeeded: treatment.sessionsNeeded ?? null,
          sessionInterval: treatment.sessionInterval ?? null,
          downtime: treatment.downtime ?? null,
          painAndAnesthesia: treatment.painAndAnesthesia ?? null,
          suitability: treatment.suitability ?? null,
          contraindications: treatment.contraindications ?? null,
          costAndInsurance: treatment.costAndInsurance ?? null,
        }),
      })
    },
    (treatment) => treatment.slug,
  )

  const quoteIds = await seedCollection(
    run,
    summary,
    'expert-quotes',
    expertQuotes,
    (quote) => {
      const owner = `expert-quotes/${quote.key}`
      const expertId = lookup(expertIds, 'expert', quote.expert, owner)
      const source = sourceOf(quote.source, owner)
      return upsert(run, {
        collection: 'expert-quotes',
        label: quote.key,
        where: {
          and: [{ expert: { equals: expertId } }, { statement: { equals: quote.statement } }],
        },
        reviewState: quote.state,
        build: () => ({
          statement: quote.statement,
          kind: 'paraphrase',
          expert: expertId,
          source: {
            publication: source.publisher,
            title: source.title,
            url: source.url ?? null,
          },
          scarTypes: quote.scarTypes.map((slug) => lookup(scarTypeIds, 'scar type', slug, owner)),
          treatments: quote.treatments.map((slug) =>
            lookup(treatmentIds, 'treatment', slug, owner),
          ),
          contextNote: quote.contextNote,
        }),
      })
    },
    (quote) => quote.key,
  )

  await seedCollection(
    run,
    summary,
    'articles',
    articles,
    (article) => {
      const owner = `articles/${article.slug}`
      const quoteId = (key: string): string => lookup(quoteIds, 'expert quote', key, owner)
      return upsert(run, {
        collection: 'articles',
        label: article.slug,
        where: { slug: { equals: article.slug } },
        reviewState: article.state,
        build: () => ({
          title: article.title,
          slug: article.slug,
          summary: article.summary,
          body: articleBodyToRichText(article.body, { quoteId, idScope: article.slug }),
          // Only seeded when the development author exists; otherwise whoever is set stays.
          ...(authorId ? { authors: [authorId] } : {}),
          scarTypes: article.scarTypes.map((slug) => lookup(scarTypeIds, 'scar type', slug, owner)),
          treatments: article.treatments.map((slug) =>
            lookup(treatmentIds, 'treatment', slug, owner),
          ),
          expertQuotes: article.expertQuotes.map(quoteId),
          sources: article.sources.map((key) => {
            const source = sourceOf(key, owner)
            return { title: source.title, publisher: source.publisher, url: source.url ?? null }
          }),
          seo: { title: article.seoTitle, description: article.seoDescription },
        }),
      })
    },
    (article) => article.slug,
  )
}

/**
 * Seeds users (development only) and all content. Returns what happened per collection.
 * Throws, before touching anything, when asked to reset in production without `force`.
 */
export const seed = async ({
  payload,
  reset = false,
  force = false,
  log = () => {},
}: SeedOptions): Promise<SeedSummary> => {
  if (reset && isProduction() && !force) throw new Error(RESET_IN_PRODUCTION_ERROR)

  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
  const run: SeedRun = { payload, req, log, pending: [] }
  const ownsTransaction = await initTransaction(req)
  let userIds: Map<string, string>
  const summary: SeedSummary = {}
  try {
    if (reset) await resetContent(run)
    userIds = await seedUsers(run, summary)
    await seedContent(run, summary, userIds.get('author'))
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
  const moves = await advanceReviewStates({ payload, pending: run.pending, userIds, log })
  log(`review: ${moves} workflow moves to reach the seeded states (no e-mails for scripted moves)`)
  return summary
}

/** True when none of the content collections holds a document (e.g. to seed a fresh install). */
export const isContentEmpty = async (payload: Payload): Promise<boolean> => {
  for (const collection of CONTENT_COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  return true
}

/** The summary as an aligned plain-text table with a total row. */
export const formatSummaryTable = (summary: SeedSummary): string => {
  const header = ['Collection', 'Created', 'Updated', 'Unchanged']
  const entries = Object.entries(summary) as [SeedCollection, SeedCounts][]
  const total = entries.reduce(
    (sum, [, counts]) => ({
      created: sum.created + counts.created,
      updated: sum.updated + counts.updated,
      unchanged: sum.unchanged + counts.unchanged,
    }),
    emptyCounts(),
  )
  const rows = [...entries, ['total', total] as const].map(([name, counts]) => [
    name,
    String(counts.created),
    String(counts.updated),
    String(counts.unchanged),
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  )
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [
    line(header),
    rule,
    ...rows.slice(0, -1).map(line),
    rule,
    line(rows[rows.length - 1]),
  ].join('\n')
}
