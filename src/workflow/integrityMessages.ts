/**
 * What the publication-integrity checks found, and the sentence that tells an editor: which
 * documents block a publish (and why), or which live documents still refer to one being taken
 * offline. Plain data; the service in src/services/publicationIntegrity.ts fills it.
 */

/** A document named in a refusal, with where it is referred to and its page in the admin. */
export interface LinkedDocument {
  collection: string
  id: string
  /** Its title (useAsTitle: title, statement, name, alt), shortened; null when it does not exist. */
  title: string | null
  /** Where the reference sits: in the published document for blockers, in the dependent else. */
  path: string
  adminPath: string
}

/** Why anonymous readers cannot see a referenced document. */
export type BlockerReason = 'missing' | 'not_live'

export interface PublicationBlocker extends LinkedDocument {
  reason: BlockerReason
}

/** A live document that refers to the document being taken offline. */
export type LiveDependent = LinkedDocument

/** How many documents a message names before it says how many more there are. */
export const MESSAGE_NAMES_AT_MOST = 5

/** How much of a title a message quotes. */
export const MESSAGE_TITLE_CHARS = 60

/** Ids and paths come from stored data: a message quotes this much of them. */
const MESSAGE_ID_CHARS = 40
const MESSAGE_PATH_CHARS = 120

const NOUNS: Record<string, string> = {
  articles: 'article',
  'expert-quotes': 'expert quote',
  experts: 'expert',
  'scar-types': 'scar type',
  treatments: 'treatment',
  media: 'media item',
}

/** `expert-quotes` -> `expert quote`; a collection not listed: hyphens to spaces, singular. */
export const nounOf = (collection: string): string =>
  NOUNS[collection] ??
  collection
    .replace(/-/g, ' ')
    .replace(/ies$/, 'y')
    .replace(/([^s])s$/, '$1')

/** Titles are user text: one line, and long ones cut at a word with an ellipsis. */
export const shortTitle = (title: string, chars = MESSAGE_TITLE_CHARS): string => {
  const line = title.replace(/\s+/g, ' ').trim()
  if (line.length <= chars) return line
  const cut = line.slice(0, chars - 1)
  const atWord = cut.lastIndexOf(' ')
  return `${(atWord > chars / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`
}

/** `expert quote “Sunscreen first.”`, or `scar type 4f0c…` when it has no title. */
export const describeDocument = (doc: { collection: string; id: string; title: string | null }) =>
  doc.title && doc.title.trim() !== ''
    ? `${nounOf(doc.collection)} “${shortTitle(doc.title)}”`
    : `${nounOf(doc.collection)} ${shortTitle(doc.id, MESSAGE_ID_CHARS)}`

const REASONS: Record<BlockerReason, string> = {
  missing: 'which does not exist (deleted, or a wrong id)',
  not_live: 'which is not published',
}

const listed = (items: string[]): string => {
  const named = items.slice(0, MESSAGE_NAMES_AT_MOST)
  const more = items.length - named.length
  if (more > 0) named.push(`and ${more} more`)
  if (named.length === 1) return named[0]
  return `${named.slice(0, -1).join('; ')}; ${more > 0 ? '' : 'and '}${named[named.length - 1]}`
}

/**
 * One sentence naming each blocker, e.g. `Publishing is blocked: it refers to expert quote
 * “Sunscreen first.” (body › expert quote), which is not published.` Empty when none.
 */
export const blockersMessage = (blockers: PublicationBlocker[]): string => {
  if (blockers.length === 0) return ''
  const items = blockers.map(
    (blocker) =>
      `${describeDocument(blocker)} (${shortTitle(blocker.path, MESSAGE_PATH_CHARS)}), ${REASONS[blocker.reason]}`,
  )
  return `Publishing is blocked: it refers to ${listed(items)}.`
}

/**
 * One sentence naming each live dependent, e.g. `Taking it offline is blocked: live documents
 * refer to it: article “Boxcar scars” (body › expert quote).` Empty when none.
 */
export const dependentsMessage = (dependents: LiveDependent[]): string => {
  if (dependents.length === 0) return ''
  const items = dependents.map(
    (doc) => `${describeDocument(doc)} (${shortTitle(doc.path, MESSAGE_PATH_CHARS)})`,
  )
  const who = dependents.length === 1 ? 'a live document refers' : 'live documents refer'
  return `Taking it offline is blocked: ${who} to it: ${listed(items)}.`
}
