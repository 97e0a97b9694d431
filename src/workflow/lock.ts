/**
 * Runs work for one key at a time within this process, so two moves of the same document are
 * checked and written one after the other and the second sees the first one's result.
 */
export const createKeyedLock = () => {
  const tails = new Map<string, Promise<unknown>>()
  return async <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve()
    const run = previous.catch(() => undefined).then(work)
    tails.set(key, run)
    try {
      return await run
    } finally {
      if (tails.get(key) === run) tails.delete(key)
    }
  }
}
