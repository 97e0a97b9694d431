/**
 * Tells the published-content cache when what the public can read changes. Every change to
 * public content moves the generation on twice: once when it is written (inside its transaction)
 * and once when that transaction commits or rolls back. An answer is stored only if it was computed
 * within one generation and no change was in flight, so an answer computed from data that was
 * about to change is never served, and a reader never gets a withdrawn document once the
 * withdraw has committed.
 */

type TransactionId = string | number

export class ContentChanges {
  #generation = 0
  #inFlight = 0
  readonly #byTransaction = new Map<TransactionId, number>()

  /** Moves on with every change; a cached answer is valid only within its generation. */
  get generation(): number {
    return this.#generation
  }

  /** True while a change to public content is written but not yet committed or rolled back. */
  get settling(): boolean {
    return this.#inFlight > 0
  }

  /**
   * A change to public content was just written. With a transaction, it settles when that
   * transaction ends (see `transactionEnded`); without one the write is already visible, so it
   * settles at once. True for the first change of its transaction (and for any change without
   * one): what other processes must be told once per commit.
   */
  changed(transaction?: TransactionId | null): boolean {
    this.#generation += 1
    if (transaction === undefined || transaction === null) {
      this.#generation += 1
      return true
    }
    this.#inFlight += 1
    const earlier = this.#byTransaction.get(transaction) ?? 0
    this.#byTransaction.set(transaction, earlier + 1)
    return earlier === 0
  }

  /** The transaction committed or rolled back: its changes are settled either way. */
  transactionEnded(transaction: TransactionId): void {
    const changes = this.#byTransaction.get(transaction)
    if (!changes) return
    this.#byTransaction.delete(transaction)
    this.#inFlight -= changes
    this.#generation += 1
  }
}

// One tracker per process: Payload's hooks run in Next's bundles, the cache in the Express server.
const SLOT = Symbol.for('acne-scar-cms.contentChanges')
type WithTracker = typeof globalThis & { [SLOT]?: ContentChanges }

export const contentChanges = (): ContentChanges =>
  ((globalThis as WithTracker)[SLOT] ??= new ContentChanges())
