import { oneReadPerTurn } from '../../src/cache/sharedGeneration'

/** A read that counts how often it ran and answers once told to. */
const controlledRead = () => {
  const runs: Array<(value: string) => void> = []
  const read = () => new Promise<string>((resolve) => runs.push(resolve))
  return { read, runs }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('oneReadPerTurn', () => {
  test('callers asking in the same turn share one read', async () => {
    const { read, runs } = controlledRead()
    const shared = oneReadPerTurn(read)
    const answers = Promise.all([shared(), shared(), shared()])
    await turn()
    expect(runs).toHaveLength(1)
    runs[0]('token-1')
    expect(await answers).toEqual(['token-1', 'token-1', 'token-1'])
  })

  test('a caller asking while a read is under way gets the next read, not that one', async () => {
    const { read, runs } = controlledRead()
    const shared = oneReadPerTurn(read)
    const early = shared()
    await turn()
    expect(runs).toHaveLength(1)
    // The read has started; a change commits; a new caller asks.
    const late = shared()
    runs[0]('before the change')
    await turn()
    expect(runs).toHaveLength(2)
    runs[1]('after the change')
    expect({ early: await early, late: await late }).toEqual({
      early: 'before the change',
      late: 'after the change',
    })
  })
})
