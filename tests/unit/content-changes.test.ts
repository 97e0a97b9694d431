import { ContentChanges } from '../../src/cache/contentChanges'

describe('content changes', () => {
  test('a change without a transaction moves the generation on and is settled at once', () => {
    const changes = new ContentChanges()
    const before = changes.generation
    changes.changed()
    expect(changes.generation).toBeGreaterThan(before)
    expect(changes.settling).toBe(false)
  })

  test('a change in a transaction is in flight until the transaction ends', () => {
    const changes = new ContentChanges()
    expect(changes.changed('tx-1')).toBe(true)
    const whileWriting = changes.generation
    expect(changes.settling).toBe(true)
    // Only the transaction's first change is news for other processes.
    expect(changes.changed('tx-1')).toBe(false)
    changes.transactionEnded('tx-2')
    expect(changes.settling).toBe(true)
    changes.transactionEnded('tx-1')
    expect(changes.settling).toBe(false)
    // An answer computed while the change was in flight belongs to an older generation.
    expect(changes.generation).toBeGreaterThan(whileWriting)
  })

  test('two transactions settle independently; ending one twice counts once', () => {
    const changes = new ContentChanges()
    changes.changed('a')
    changes.changed(7)
    changes.transactionEnded('a')
    changes.transactionEnded('a')
    expect(changes.settling).toBe(true)
    changes.transactionEnded(7)
    expect(changes.settling).toBe(false)
  })

  test('a transaction that changed nothing public does not move the generation', () => {
    const changes = new ContentChanges()
    const before = changes.generation
    changes.transactionEnded('quiet')
    expect(changes.generation).toBe(before)
  })
})
