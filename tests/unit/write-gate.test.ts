import { createWriteGate, WriteQueueTimeoutError } from '../../src/database/writeGate'

const LONG = 10_000

describe('the write gate: one writer at a time, in arrival order, with a bounded wait', () => {
  it('is free until taken, and says for how long it has been held', async () => {
    const gate = createWriteGate()
    expect(gate.heldForMs).toBeNull()
    const release = await gate.acquire(LONG)
    expect(gate.heldForMs).toBeGreaterThanOrEqual(0)
    release()
    expect(gate.heldForMs).toBeNull()
  })

  it('gives turns in the order they were asked for', async () => {
    const gate = createWriteGate()
    const order: number[] = []
    const first = await gate.acquire(LONG)
    const waiting = [1, 2, 3].map((n) =>
      gate.acquire(LONG).then((release) => {
        order.push(n)
        release()
      }),
    )
    expect(gate.waiting).toBe(3)
    first()
    await Promise.all(waiting)
    expect(order).toEqual([1, 2, 3])
    expect(gate.heldForMs).toBeNull()
  })

  it('ignores a second release, so it never hands out two turns at once', async () => {
    const gate = createWriteGate()
    const first = await gate.acquire(LONG)
    let secondHolds = false
    const second = gate.acquire(LONG).then((release) => {
      secondHolds = true
      return release
    })
    const third = gate.acquire(LONG)
    first()
    first()
    const releaseSecond = await second
    expect(secondHolds).toBe(true)
    expect(gate.waiting).toBe(1)
    releaseSecond()
    ;(await third)()
  })

  it('refuses a caller whose wait runs out and passes the turn to the next one', async () => {
    const gate = createWriteGate()
    const holder = await gate.acquire(LONG)
    const impatient = gate.acquire(20)
    const patient = gate.acquire(LONG)
    await expect(impatient).rejects.toBeInstanceOf(WriteQueueTimeoutError)
    await expect(impatient).rejects.toThrow('waited 20 ms for other writes to finish')
    expect(gate.waiting).toBe(1)
    holder()
    ;(await patient)()
    expect(gate.heldForMs).toBeNull()
  })
})
