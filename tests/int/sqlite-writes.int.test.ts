/**
 * The queueing SQLite client (src/database/sqliteWrites.ts) on a real database file: concurrent
 * transactions that await slow work in the middle (as uploads and password hashing do) all
 * commit; a lock held by another connection is waited for without blocking the event loop, then
 * refused with a 409 that wrote nothing; and the client is fully usable again afterwards.
 */
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'

import { DatabaseBusyError } from '../../src/database/busyError'
import { SerializedSqliteClient } from '../../src/database/sqliteWrites'
import { makeTempDir } from '../helpers/tempDir'

const BUSY_TIMEOUT_MS = 500

let temp: ReturnType<typeof makeTempDir>
let url: string
let client: SerializedSqliteClient
/** Another connection to the same file, as another process would have: it does not queue. */
let outsider: Client

const rowCount = async (): Promise<number> =>
  Number((await client.execute('select count(*) as n from notes')).rows[0].n)

const slowWork = () => new Promise((resolve) => setTimeout(resolve, 5))

/** The rejection of a promise that must fail (fails the test if it resolves). */
const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

const openClient = (queueTimeoutMs: number) =>
  SerializedSqliteClient.open({
    open: () => createClient({ url }),
    busyTimeoutMs: BUSY_TIMEOUT_MS,
    queueTimeoutMs,
    wal: true,
  })

beforeAll(async () => {
  temp = makeTempDir('sqlite-writes')
  url = `file:${path.join(temp.dir, 'writes.db')}`
  client = await openClient(10_000)
  await client.execute('create table notes (id integer primary key, body text not null unique)')
  outsider = createClient({ url })
})

afterAll(() => {
  outsider?.close()
  client?.close()
  temp?.cleanup()
})

beforeEach(async () => {
  await client.execute('delete from notes')
})

it('commits twenty concurrent transactions that read, await slow work, then write', async () => {
  const writeOne = async (n: number) => {
    const tx = await client.transaction('write')
    try {
      await tx.execute('select count(*) from notes')
      await slowWork()
      await tx.execute({ sql: 'insert into notes (body) values (?)', args: [`note ${n}`] })
      await tx.commit()
    } catch (error) {
      await tx.rollback()
      throw error
    }
  }
  await Promise.all(Array.from({ length: 20 }, (_, n) => writeOne(n)))
  expect(await rowCount()).toBe(20)
})

it('runs single writes outside transactions after the open transaction, reads without waiting', async () => {
  const tx = await client.transaction('write')
  await tx.execute("insert into notes (body) values ('inside')")
  const single = client.execute("insert into notes (body) values ('outside')")
  // Reads see committed data only, and do not wait for the writer.
  expect(await rowCount()).toBe(0)
  await tx.commit()
  await single
  expect(await rowCount()).toBe(2)
})

it('passes the turn on after a failed statement and a rollback', async () => {
  await client.execute("insert into notes (body) values ('taken')")
  const tx = await client.transaction('write')
  const failure = await rejectionOf(tx.execute("insert into notes (body) values ('taken')"))
  expect(String(failure)).toMatch(/UNIQUE constraint failed/)
  await tx.rollback()
  await client.execute("insert into notes (body) values ('next')")
  expect(await rowCount()).toBe(2)
})

it('answers DatabaseBusyError (409) when this process queue does not move in time', async () => {
  const impatient = await openClient(300)
  const tx = await impatient.transaction('write')
  const refused = await rejectionOf(impatient.execute("insert into notes (body) values ('late')"))
  expect(refused).toBeInstanceOf(DatabaseBusyError)
  expect((refused as DatabaseBusyError).status).toBe(409)
  expect((refused as DatabaseBusyError).reason).toMatch(/waited 300 ms for other writes/)
  await tx.rollback()
  await impatient.execute("insert into notes (body) values ('after')")
  impatient.close()
  expect(await rowCount()).toBe(1)
})

it('probes without queueing: a write in progress is fine, one held past the busy timeout is not', async () => {
  const tx = await client.transaction('write')
  try {
    await client.probeWrite(200)
    await new Promise((resolve) => setTimeout(resolve, BUSY_TIMEOUT_MS + 50))
    const stuck = await rejectionOf(client.probeWrite(200))
    expect((stuck as DatabaseBusyError).reason).toMatch(
      /^a write has held the database for \d+ ms$/,
    )
  } finally {
    await tx.rollback()
  }
  await client.probeWrite(200)
})

describe('while another connection holds the write lock', () => {
  it('waits without blocking the event loop, then refuses with 409 and writes nothing', async () => {
    const held = await outsider.transaction('write')
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 10)
    try {
      const writeError = await rejectionOf(client.execute("insert into notes (body) values ('x')"))
      const transactionError = await rejectionOf(client.transaction('write'))
      const probeError = await rejectionOf(client.probeWrite(200))
      expect(writeError).toBeInstanceOf(DatabaseBusyError)
      expect(transactionError).toBeInstanceOf(DatabaseBusyError)
      expect(probeError).toBeInstanceOf(DatabaseBusyError)
      expect((probeError as DatabaseBusyError).reason).toMatch(/another connection held/)
      expect(ticks).toBeGreaterThan(0)
    } finally {
      clearInterval(ticker)
      await held.rollback()
    }
    expect(await rowCount()).toBe(0)
  })

  it('takes writes again as soon as the lock is released (no connection is left stuck)', async () => {
    const held = await outsider.transaction('write')
    await outsider.execute('select 1')
    await rejectionOf(client.execute("insert into notes (body) values ('refused')"))
    await held.rollback()
    await client.probeWrite(200)
    const tx = await client.transaction('write')
    await tx.execute("insert into notes (body) values ('in a transaction')")
    await tx.commit()
    await client.execute("insert into notes (body) values ('single')")
    expect(await rowCount()).toBe(2)
  })

  it('gets its turn when the lock is released before the busy timeout', async () => {
    const held = await outsider.transaction('write')
    const write = client.execute("insert into notes (body) values ('waited')")
    setTimeout(() => void held.rollback(), 20)
    await write
    expect(await rowCount()).toBe(1)
  })
})
