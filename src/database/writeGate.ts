/**
 * One writer at a time, first come first served, with a bounded wait.
 *
 * SQLite lets a single connection write at any moment. Inside one Node.js process a second
 * writer cannot simply wait for the lock (libsql's calls are synchronous, so a busy wait would
 * block the very event loop the first writer needs to finish), so writers queue here instead.
 */
export class WriteQueueTimeoutError extends Error {
  constructor(readonly waitedMs: number) {
    super(`waited ${waitedMs} ms for other writes to finish`)
    this.name = 'WriteQueueTimeoutError'
  }
}

/** Gives the gate back; calling it again does nothing. */
export type ReleaseWrite = () => void

export interface WriteGate {
  /** Resolves once it is this caller's turn, or rejects with WriteQueueTimeoutError. */
  acquire: (timeoutMs: number) => Promise<ReleaseWrite>
  /** Callers waiting for their turn (not counting the one holding the gate). */
  readonly waiting: number
  /** How long the current holder has held the gate, or null when it is free. */
  readonly heldForMs: number | null
}

export const createWriteGate = (): WriteGate => {
  let held = false
  let heldSince = 0
  const queue: Array<() => void> = []

  const passOn = () => {
    const next = queue.shift()
    heldSince = Date.now()
    if (next) next()
    else held = false
  }
  const releaseOnce = (): ReleaseWrite => {
    let released = false
    return () => {
      if (released) return
      released = true
      passOn()
    }
  }

  return {
    acquire: (timeoutMs) =>
      new Promise<ReleaseWrite>((resolve, reject) => {
        if (!held) {
          held = true
          heldSince = Date.now()
          resolve(releaseOnce())
          return
        }
        const grant = () => {
          clearTimeout(timer)
          resolve(releaseOnce())
        }
        const timer = setTimeout(() => {
          const index = queue.indexOf(grant)
          if (index >= 0) queue.splice(index, 1)
          reject(new WriteQueueTimeoutError(timeoutMs))
        }, timeoutMs)
        timer.unref()
        queue.push(grant)
      }),
    get waiting() {
      return queue.length
    },
    get heldForMs() {
      return held ? Date.now() - heldSince : null
    },
  }
}
