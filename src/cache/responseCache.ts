import { LRUCache } from 'lru-cache'

/** One public answer as it was sent: status, headers and the exact body bytes. */
export interface CachedAnswer {
  status: number
  headers: [name: string, value: string | string[]][]
  body: Buffer
  etag: string
  /**
   * The content generation it was computed in: this process's (contentChanges.ts) and the one
   * shared by every process on the database (sharedGeneration.ts).
   */
  generation: string
}

/** Headers and bookkeeping an entry costs besides its body, roughly. */
const ENTRY_OVERHEAD_BYTES = 1_024

/**
 * Public answers in memory, bounded by bytes, least recently used first out. An entry from an
 * older content generation is never returned.
 */
export class ResponseCache {
  readonly #entries: LRUCache<string, CachedAnswer>

  constructor(maxBytes: number) {
    this.#entries = new LRUCache<string, CachedAnswer>({
      maxSize: maxBytes,
      // An answer larger than an eighth of the budget would push out too much else.
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
      sizeCalculation: (answer, key) => answer.body.length + key.length + ENTRY_OVERHEAD_BYTES,
    })
  }

  get(key: string, generation: string): CachedAnswer | undefined {
    const answer = this.#entries.get(key)
    if (!answer) return undefined
    if (answer.generation === generation) return answer
    this.#entries.delete(key)
    return undefined
  }

  set(key: string, answer: CachedAnswer): void {
    this.#entries.set(key, answer)
  }

  /** Bytes held now (bodies, keys and an allowance per entry). */
  get size(): number {
    return this.#entries.calculatedSize
  }

  get count(): number {
    return this.#entries.size
  }
}
