/**
 * Plain shapes for the seed content. The data files stay free of Payload details (rich text
 * trees, ids); `seed/seed.ts` turns them into documents and links them by key.
 */

export type SourceKey = 'pockmarks-guide' | 'pockmark-causes' | 'ice-pick-scars' | 'treating-acne-scars'

export type ReviewStateSeed = 'draft' | 'in_review' | 'published'

/** One of the four documents in shared/seeds, as we cite it. */
export interface SeedSource {
  key: SourceKey
  /** File name in shared/seeds, e.g. `000_33999296bd1cc66c.txt`. */
  document: string
  title: string
  /** Publication or site, only as far as the document itself names it. */
  publisher: string
  url?: string
}

export interface SeedExpert {
  slug: string
  name: string
  /** e.g. `MD, board-certified dermatologist`. */
  credentials: string
  specialty: string
  affiliation: string
  location?: string
  /** Paragraphs in our own words. */
  bio: string[]
  profileLinks?: { label: string; url: string }[]
  sources: SourceKey[]
}

export type ScarCategory = 'atrophic' | 'raised' | 'pigmentation'

export interface SeedScarType {
  slug: string
  name: string
  category: ScarCategory
  /** False for post-inflammatory hyperpigmentation: a discoloration, not a scar. */
  isTrueScar: boolean
  summary: string
  description: string[]
  appearance: {
    shape: string
    typicalWidth?: string
    typicalDepth?: string
  }
  causes: string[]
  sources: SourceKey[]
  state: ReviewStateSeed
}

export type TreatmentKind =
  | 'at_home_topical'
  | 'prescription'
  | 'in_office_procedure'
  | 'energy_based_device'
  | 'surgical'

export interface SeedTreatmentTarget {
  scarType: string
  /** What the sources say about how well it works for that scar type. */
  efficacyNote: string
}

export interface SeedTreatment {
  slug: string
  name: string
  kind: TreatmentKind
  summary: string
  description: string[]
  howItWorks: string
  targets: SeedTreatmentTarget[]
  sessionsNeeded?: string
  sessionInterval?: string
  downtime?: string
  painAndAnesthesia?: string
  suitability?: string
  contraindications?: string
  costAndInsurance?: string
  sources: SourceKey[]
  state: ReviewStateSeed
}

export interface SeedExpertQuote {
  /** Seed-only identity so articles can point at a quote; not stored. */
  key: string
  /** Our paraphrase of what the expert said; stored with kind `paraphrase`. */
  statement: string
  expert: string
  source: SourceKey
  scarTypes: string[]
  treatments: string[]
  contextNote: string
  state: ReviewStateSeed
}

export type SeedArticleBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  /** An expert quote embedded inline in the body, by quote key. */
  | { type: 'quote'; quote: string }

export interface SeedArticle {
  slug: string
  title: string
  summary: string
  body: SeedArticleBlock[]
  scarTypes: string[]
  treatments: string[]
  expertQuotes: string[]
  sources: SourceKey[]
  seoTitle: string
  seoDescription: string
  state: ReviewStateSeed
}
