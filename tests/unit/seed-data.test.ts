import {
  articles,
  experts,
  expertQuotes,
  scarTypes,
  sources,
  treatments,
  type ReviewStateSeed,
  type SourceKey,
} from '../../seed/data/index'

const SOURCE_KEYS: SourceKey[] = [
  'pockmarks-guide',
  'pockmark-causes',
  'ice-pick-scars',
  'treating-acne-scars',
]
const STATES: ReviewStateSeed[] = ['draft', 'in_review', 'published']
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Treatments the sources name, which must exist under these slugs. */
const REQUIRED_TREATMENTS = [
  'retinol',
  'tazarotene',
  'tretinoin',
  'alpha-hydroxy-acids',
  'vitamin-c',
  'at-home-dermarolling',
  'microneedling',
  'microneedling-radiofrequency',
  'radiofrequency',
  'fractional-non-ablative-laser',
  'fractional-ablative-laser',
  'fractional-co2-laser',
  'laser-resurfacing',
  'chemical-peels',
  'tca-cross',
  'punch-excision',
  'punch-grafting',
  'subcision',
  'surgical-scar-revision',
  'dermabrasion',
  'dermal-fillers',
  'intense-pulsed-light',
]

const REQUIRED_SCAR_TYPES = [
  'ice-pick',
  'boxcar',
  'rolling',
  'raised',
  'post-inflammatory-hyperpigmentation',
]

const duplicates = (values: string[]): string[] =>
  values.filter((value, i) => values.indexOf(value) !== i)

const sourceKeys = new Set<string>(sources.map((s) => s.key))
const expertSlugs = new Set(experts.map((e) => e.slug))
const scarTypeBySlug = new Map(scarTypes.map((s) => [s.slug, s]))
const treatmentBySlug = new Map(treatments.map((t) => [t.slug, t]))
const quoteByKey = new Map(expertQuotes.map((q) => [q.key, q]))

const missing = (refs: string[], known: { has: (key: string) => boolean }): string[] =>
  refs.filter((ref) => !known.has(ref))

const bodyQuoteKeys = (article: (typeof articles)[number]): string[] =>
  article.body.flatMap((block) => (block.type === 'quote' ? [block.quote] : []))

const wordCount = (article: (typeof articles)[number]): number =>
  article.body
    .flatMap((block) =>
      block.type === 'quote' ? [] : block.type === 'list' ? block.items : [block.text],
    )
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length

describe('sources', () => {
  test('there is exactly one entry per source key, each naming its document', () => {
    expect(sources.map((s) => s.key).sort()).toEqual([...SOURCE_KEYS].sort())
    for (const source of sources) {
      expect(source.document).toMatch(/^\d{3}_[0-9a-f]+\.txt$/)
      expect(source.title.trim()).not.toBe('')
      expect(source.publisher.trim()).not.toBe('')
    }
    expect(duplicates(sources.map((s) => s.document))).toEqual([])
  })
})

describe('identities', () => {
  test.each([
    ['experts', experts.map((e) => e.slug)],
    ['scarTypes', scarTypes.map((s) => s.slug)],
    ['treatments', treatments.map((t) => t.slug)],
    ['articles', articles.map((a) => a.slug)],
    ['expertQuotes', expertQuotes.map((q) => q.key)],
  ])('%s have unique kebab-case identities', (_name, ids) => {
    expect(duplicates(ids)).toEqual([])
    expect(ids.filter((id) => !SLUG.test(id))).toEqual([])
  })

  test('every state is a known review state', () => {
    const states = [...scarTypes, ...treatments, ...expertQuotes, ...articles].map((d) => d.state)
    expect(states.filter((s) => !STATES.includes(s))).toEqual([])
  })
})

describe('cross references', () => {
  test('experts cite known sources', () => {
    for (const expert of experts) {
      expect(expert.sources.length).toBeGreaterThan(0)
      expect(missing(expert.sources, sourceKeys)).toEqual([])
    }
  })

  test('scar types cite known sources', () => {
    for (const scarType of scarTypes) {
      expect(scarType.sources.length).toBeGreaterThan(0)
      expect(missing(scarType.sources, sourceKeys)).toEqual([])
    }
  })

  test('treatments cite known sources and target known scar types', () => {
    for (const treatment of treatments) {
      expect(treatment.sources.length).toBeGreaterThan(0)
      expect(missing(treatment.sources, sourceKeys)).toEqual([])
      const targets = treatment.targets.map((t) => t.scarType)
      expect({ slug: treatment.slug, missing: missing(targets, scarTypeBySlug) }).toEqual({
        slug: treatment.slug,
        missing: [],
      })
      expect(duplicates(targets)).toEqual([])
      for (const target of treatment.targets) expect(target.efficacyNote.trim()).not.toBe('')
    }
  })

  test('quotes point at a known expert, a source that expert appears in, and known topics', () => {
    for (const quote of expertQuotes) {
      const expert = experts.find((e) => e.slug === quote.expert)
      expect({ key: quote.key, expert: expert?.slug }).toEqual({
        key: quote.key,
        expert: quote.expert,
      })
      expect(expert?.sources).toContain(quote.source)
      expect(missing(quote.scarTypes, scarTypeBySlug)).toEqual([])
      expect(missing(quote.treatments, treatmentBySlug)).toEqual([])
      expect(quote.contextNote.trim()).not.toBe('')
    }
  })

  test('articles link known scar types, treatments, quotes and sources', () => {
    for (const article of articles) {
      const problems = {
        scarTypes: missing(article.scarTypes, scarTypeBySlug),
        treatments: missing(article.treatments, treatmentBySlug),
        expertQuotes: missing(article.expertQuotes, quoteByKey),
        sources: missing(article.sources, sourceKeys),
      }
      expect({ slug: article.slug, ...problems }).toEqual({
        slug: article.slug,
        scarTypes: [],
        treatments: [],
        expertQuotes: [],
        sources: [],
      })
    }
  })

  test('quote blocks in article bodies are known quotes that the article also links', () => {
    for (const article of articles) {
      const embedded = bodyQuoteKeys(article)
      expect(missing(embedded, quoteByKey)).toEqual([])
      expect(missing(embedded, new Set(article.expertQuotes))).toEqual([])
    }
  })

  test('an article cites the source of every quote it links', () => {
    for (const article of articles) {
      const quoteSources = article.expertQuotes.map((key) => quoteByKey.get(key)?.source ?? '')
      expect(missing(quoteSources, new Set<string>(article.sources))).toEqual([])
    }
  })
})

describe('coverage', () => {
  test('there are at least 8 quotes and 5 articles', () => {
    expect(expertQuotes.length).toBeGreaterThanOrEqual(8)
    expect(articles.length).toBeGreaterThanOrEqual(5)
  })

  test('every expert has at least one quote', () => {
    const quoted = new Set(expertQuotes.map((q) => q.expert))
    expect(experts.map((e) => e.slug).filter((slug) => !quoted.has(slug))).toEqual([])
  })

  test('every expert slug is used only for a known expert', () => {
    expect(missing([...new Set(expertQuotes.map((q) => q.expert))], expertSlugs)).toEqual([])
  })

  test('every source has an article retelling it and at least one scar type or treatment', () => {
    for (const key of SOURCE_KEYS) {
      expect(articles.some((a) => a.sources.includes(key))).toBe(true)
      expect([...scarTypes, ...treatments].some((d) => d.sources.includes(key))).toBe(true)
    }
  })

  test('every article links at least one scar type, treatment and source, and embeds a quote', () => {
    for (const article of articles) {
      expect(article.scarTypes.length).toBeGreaterThan(0)
      expect(article.treatments.length).toBeGreaterThan(0)
      expect(article.sources.length).toBeGreaterThan(0)
      expect(article.expertQuotes.length).toBeGreaterThan(0)
      expect(bodyQuoteKeys(article).length).toBeGreaterThan(0)
    }
  })

  test('articles have headings, SEO fields within limits and a reasonable length', () => {
    for (const article of articles) {
      expect(article.body.some((b) => b.type === 'heading')).toBe(true)
      expect(article.body.some((b) => b.type === 'paragraph')).toBe(true)
      expect(article.seoTitle.length).toBeLessThanOrEqual(60)
      expect(article.seoDescription.length).toBeLessThanOrEqual(160)
      const words = wordCount(article)
      expect({ slug: article.slug, ok: words >= 250 && words <= 800, words }).toMatchObject({
        slug: article.slug,
        ok: true,
      })
    }
  })

  test('the required scar types and treatments exist', () => {
    expect(missing(REQUIRED_SCAR_TYPES, scarTypeBySlug)).toEqual([])
    expect(missing(REQUIRED_TREATMENTS, treatmentBySlug)).toEqual([])
  })

  test('the states give an editorial queue something to show', () => {
    const count = (items: { state: ReviewStateSeed }[], state: ReviewStateSeed) =>
      items.filter((i) => i.state === state).length
    expect(count(articles, 'published')).toBeGreaterThanOrEqual(3)
    expect(count(articles, 'in_review')).toBeGreaterThanOrEqual(1)
    expect(count(articles, 'draft')).toBeGreaterThanOrEqual(1)
    expect(count(treatments, 'published')).toBeGreaterThan(treatments.length / 2)
    expect(count(scarTypes, 'published')).toBeGreaterThan(scarTypes.length / 2)
    expect(count(expertQuotes, 'published')).toBeGreaterThan(expertQuotes.length / 2)
  })
})

describe('medical facts the content must keep', () => {
  test('TCA CROSS targets ice pick scars', () => {
    const tcaCross = treatmentBySlug.get('tca-cross')
    expect(tcaCross?.targets.map((t) => t.scarType)).toContain('ice-pick')
  })

  test('post-inflammatory hyperpigmentation is not a true scar', () => {
    const pih = scarTypeBySlug.get('post-inflammatory-hyperpigmentation')
    expect(pih?.isTrueScar).toBe(false)
    expect(pih?.category).toBe('pigmentation')
  })

  test('the three pitted scar types are atrophic and raised scars are raised', () => {
    for (const slug of ['ice-pick', 'boxcar', 'rolling']) {
      expect(scarTypeBySlug.get(slug)?.category).toBe('atrophic')
    }
    expect(scarTypeBySlug.get('raised')?.category).toBe('raised')
  })

  test('tazarotene and tretinoin are findable by name', () => {
    const names = treatments.map((t) => t.name.toLowerCase())
    expect(names.some((n) => n.includes('tazarotene'))).toBe(true)
    expect(names.some((n) => n.includes('tretinoin'))).toBe(true)
  })
})

describe('publishing rules', () => {
  const isPublished = (state: ReviewStateSeed | undefined) => state === 'published'

  test('a published article links only published scar types, treatments and quotes', () => {
    for (const article of articles.filter((a) => isPublished(a.state))) {
      const unpublished = [
        ...article.scarTypes.filter((s) => !isPublished(scarTypeBySlug.get(s)?.state)),
        ...article.treatments.filter((t) => !isPublished(treatmentBySlug.get(t)?.state)),
        ...article.expertQuotes.filter((q) => !isPublished(quoteByKey.get(q)?.state)),
      ]
      expect({ slug: article.slug, unpublished }).toEqual({ slug: article.slug, unpublished: [] })
    }
  })

  test('a published quote has only published topics', () => {
    for (const quote of expertQuotes.filter((q) => isPublished(q.state))) {
      const unpublished = [
        ...quote.scarTypes.filter((s) => !isPublished(scarTypeBySlug.get(s)?.state)),
        ...quote.treatments.filter((t) => !isPublished(treatmentBySlug.get(t)?.state)),
      ]
      expect({ key: quote.key, unpublished }).toEqual({ key: quote.key, unpublished: [] })
    }
  })
})
