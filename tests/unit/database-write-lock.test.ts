import { mongoWritability } from '../../src/database/health'
import {
  DATABASE_BUSY_MESSAGE,
  findDatabaseBusy,
  isReadOnlyStatement,
  isSqliteBusy,
  mentionsDatabaseBusy,
} from '../../src/database/writeLock'

describe('which statements need the write lock', () => {
  it.each([
    ['select 1', true],
    ['  SELECT "id" from "users" where "id" = ?', true],
    [{ sql: 'select count(*) from notes', args: [] }, true],
    ['insert into notes values (1)', false],
    ['update users set hash = ?', false],
    ['with gone as (select 1) delete from notes', false],
    ['PRAGMA journal_mode = WAL', false],
    ['BEGIN IMMEDIATE', false],
    ['selection_of_nothing()', false],
  ])('%j reads only: %s', (statement, readOnly) => {
    expect(isReadOnlyStatement(statement)).toBe(readOnly)
  })
})

describe('recognising a database that was busy', () => {
  it.each([
    ['SQLITE_BUSY', true],
    ['SQLITE_BUSY_SNAPSHOT', true],
    ['SQLITE_LOCKED', true],
    ['SQLITE_CONSTRAINT_UNIQUE', false],
    [undefined, false],
  ])('SQLite code %s is a lock refusal: %s', (code, busy) => {
    expect(isSqliteBusy(Object.assign(new Error('x'), { code }))).toBe(busy)
  })

  it('finds the busy error inside the errors drizzle wraps around it', () => {
    const busy = Object.assign(new Error(DATABASE_BUSY_MESSAGE), { name: 'DatabaseBusyError' })
    const wrapped = new Error('Failed query: insert into ...', { cause: busy })
    expect(findDatabaseBusy(wrapped)).toBe(busy)
    expect(findDatabaseBusy(new Error('Failed query', { cause: new Error('other') }))).toBeNull()
    expect(findDatabaseBusy(null)).toBeNull()
  })

  it('recognises it in the text drizzle keeps of a failed BEGIN', () => {
    expect(mentionsDatabaseBusy(`Error: cannot begin transaction: ${DATABASE_BUSY_MESSAGE}`)).toBe(
      true,
    )
    expect(mentionsDatabaseBusy('Error: cannot begin transaction: disk I/O error')).toBe(false)
  })
})

describe('whether MongoDB takes writes', () => {
  it.each([
    [{ isWritablePrimary: true }, { ok: true }],
    [{ ismaster: true }, { ok: true }],
    [
      { isWritablePrimary: false },
      { ok: false, reason: 'MongoDB has no writable primary: writes would fail' },
    ],
    [{}, { ok: false, reason: 'MongoDB has no writable primary: writes would fail' }],
  ])('hello %j means %j', (reply, health) => {
    expect(mongoWritability(reply)).toEqual(health)
  })
})
