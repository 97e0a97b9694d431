/**
 * Checks that text does not reproduce any run of `n` consecutive words from a set of source
 * documents. Both sides go through the same normalisation, so the comparison is about words, not
 * punctuation, case, markup or quote style.
 */

export const DEFAULT_RUN_LENGTH = 10

/** Lowercases, strips HTML tags, straightens curly quotes and splits into words. */
export const normaliseWords = (text: string): string[] => {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
  // Words are runs of letters and digits; an apostrophe is kept only between two of them.
  return cleaned.match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? []
}

/** All runs of `n` consecutive words in the text, each joined by single spaces. */
export const wordRuns = (text: string, n = DEFAULT_RUN_LENGTH): string[] => {
  const words = normaliseWords(text)
  const runs: string[] = []
  for (let i = 0; i + n <= words.length; i += 1) {
    runs.push(words.slice(i, i + n).join(' '))
  }
  return runs
}

export interface RunIndex {
  n: number
  runs: Set<string>
}

/** Builds the set of every `n`-word run found in the given source texts. */
export const buildRunIndex = (sourceTexts: string[], n = DEFAULT_RUN_LENGTH): RunIndex => {
  const runs = new Set<string>()
  for (const text of sourceTexts) {
    for (const run of wordRuns(text, n)) runs.add(run)
  }
  return { n, runs }
}

/** The distinct runs of `text` that also occur in the indexed sources. */
export const findCopiedRuns = (text: string, index: RunIndex): string[] => [
  ...new Set(wordRuns(text, index.n).filter((run) => index.runs.has(run))),
]

export interface StringAt {
  path: string
  text: string
}

/** Every string inside a value (arrays and plain objects, recursively), with its path. */
export const collectStrings = (value: unknown, path = '$'): StringAt[] => {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => collectStrings(item, `${path}[${i}]`))
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => collectStrings(item, `${path}.${key}`))
  }
  return []
}

export interface CopiedRun {
  path: string
  run: string
}

/** Every copied run in every string of `data`, with where it was found. */
export const findCopiedRunsIn = (data: unknown, index: RunIndex, rootPath = '$'): CopiedRun[] =>
  collectStrings(data, rootPath).flatMap(({ path, text }) =>
    findCopiedRuns(text, index).map((run) => ({ path, run })),
  )
