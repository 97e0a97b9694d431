/**
 * The browser's cache of quote summaries for the admin panel. Every chip and picker on a page asks
 * for the quotes it shows; the asks of a few milliseconds go out together, as one read of the
 * working copies and one of the live ids per 100 quotes (never a request per quote). A summary
 * older than `maxAgeMs` is read again the next time someone asks, and shown meanwhile.
 */
import { summariesFrom, type QuoteSummary } from './quoteSummary'

export type SummaryEntry =
  | { state: 'loaded'; summary: QuoteSummary }
  /** No such quote, or the user may not read it. */
  | { state: 'missing' }
  | { state: 'failed'; message: string }

/** Reads the summaries of up to `batchSize` quotes; quotes left out of the answer are missing. */
export type FetchSummaries = (ids: string[]) => Promise<Map<string, QuoteSummary>>

export interface StoreOptions {
  maxAgeMs: number
  batchSize: number
  /**
   * How long asks are collected before they go out. The editor mounts its inline blocks one by
   * one (each is a lazily loaded decorator), so a few milliseconds gather a whole body's quotes.
   */
  batchDelayMs: number
  now: () => number
}

const DEFAULTS: StoreOptions = {
  maxAgeMs: 30_000,
  batchSize: 100,
  batchDelayMs: 20,
  now: () => Date.now(),
}

export class QuoteSummaryStore {
  private readonly entries = new Map<string, { entry: SummaryEntry; at: number }>()
  private readonly inFlight = new Set<string>()
  private readonly queued = new Set<string>()
  private readonly listeners = new Set<() => void>()
  private readonly options: StoreOptions
  private version = 0

  constructor(
    private readonly fetchSummaries: FetchSummaries,
    options: Partial<StoreOptions> = {},
  ) {
    this.options = {
      maxAgeMs: options.maxAgeMs ?? DEFAULTS.maxAgeMs,
      batchSize: options.batchSize ?? DEFAULTS.batchSize,
      batchDelayMs: options.batchDelayMs ?? DEFAULTS.batchDelayMs,
      now: options.now ?? DEFAULTS.now,
    }
  }

  /** What is known of a quote; undefined until its first read settles. */
  get = (id: string): SummaryEntry | undefined => this.entries.get(id)?.entry

  /** Changes whenever an entry does (a snapshot for React's useSyncExternalStore). */
  getVersion = (): number => this.version

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Asks for these quotes: those unknown or stale and not already being read are read soon. */
  request = (ids: Iterable<string>): void => {
    const now = this.options.now()
    const before = this.queued.size
    for (const id of ids) {
      if (this.inFlight.has(id) || this.queued.has(id)) continue
      const known = this.entries.get(id)
      if (known && now - known.at < this.options.maxAgeMs) continue
      this.queued.add(id)
    }
    if (before === 0 && this.queued.size > 0) {
      setTimeout(() => void this.flush(), this.options.batchDelayMs)
    }
  }

  /** Reads these quotes again at once, e.g. after a change made elsewhere in the panel. */
  refresh = (ids: Iterable<string>): void => {
    for (const id of ids) this.entries.delete(id)
    this.request(ids)
  }

  private async flush(): Promise<void> {
    const ids = [...this.queued]
    this.queued.clear()
    for (const id of ids) this.inFlight.add(id)
    const batches: string[][] = []
    for (let start = 0; start < ids.length; start += this.options.batchSize) {
      batches.push(ids.slice(start, start + this.options.batchSize))
    }
    await Promise.all(batches.map((batch) => this.load(batch)))
  }

  private async load(ids: string[]): Promise<void> {
    let settle: (id: string) => SummaryEntry
    try {
      const summaries = await this.fetchSummaries(ids)
      settle = (id) => {
        const summary = summaries.get(id)
        return summary ? { state: 'loaded', summary } : { state: 'missing' }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      settle = () => ({ state: 'failed', message })
    }
    const at = this.options.now()
    for (const id of ids) {
      this.inFlight.delete(id)
      this.entries.set(id, { entry: settle(id), at })
    }
    this.version += 1
    for (const listener of this.listeners) listener()
  }
}

const searchParams = (entries: [string, string][], ids: string[], idsAt: string) =>
  new URLSearchParams([
    ...entries,
    ...ids.map((id, index): [string, string] => [`${idsAt}[${index}]`, id]),
  ])

const readDocs = async (url: string): Promise<Record<string, unknown>[]> => {
  const response = await fetch(url, {
    credentials: 'include',
    headers: { Accept: 'application/json' },
  })
  const body = (await response.json().catch(() => null)) as {
    docs?: Record<string, unknown>[]
    errors?: { message?: string }[]
  } | null
  if (!response.ok || !Array.isArray(body?.docs)) {
    throw new Error(body?.errors?.[0]?.message ?? `Reading the quotes failed (${response.status}).`)
  }
  return body.docs
}

/**
 * Summaries over the REST API as the signed-in user: the working copies (`draft=true`, the expert
 * populated to its name) and, in parallel, which of the quotes are live (main documents whose
 * `_status` is 'published', read without `draft`).
 */
export const restQuoteSummaries =
  (apiRoute: string, collection = 'expert-quotes'): FetchSummaries =>
  async (ids) => {
    const base = `${apiRoute}/${collection}?`
    const limit = String(ids.length)
    const [workingCopies, live] = await Promise.all([
      readDocs(
        base +
          searchParams(
            [
              ['draft', 'true'],
              ['depth', '1'],
              ['limit', limit],
              ['select[statement]', 'true'],
              ['select[expert]', 'true'],
              ['select[reviewState]', 'true'],
              ['populate[experts][name]', 'true'],
            ],
            ids,
            'where[id][in]',
          ),
      ),
      readDocs(
        base +
          searchParams(
            [
              ['depth', '0'],
              ['limit', limit],
              ['select[_status]', 'true'],
              ['where[and][0][_status][equals]', 'published'],
            ],
            ids,
            'where[and][1][id][in]',
          ),
      ),
    ])
    return summariesFrom(workingCopies, new Set(live.map((doc) => String(doc.id))))
  }
