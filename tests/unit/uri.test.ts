import path from 'node:path'

import { parseDatabaseUri, redactUri } from '../../src/database/uri'
import { SettingsError } from '../../src/settings'

const CWD = path.resolve('/srv/cms')

const refusal = (uri: string): SettingsError => {
  try {
    parseDatabaseUri(uri, CWD)
  } catch (error) {
    if (error instanceof SettingsError) return error
    throw error
  }
  throw new Error(`parseDatabaseUri accepted ${uri}`)
}

describe('parseDatabaseUri', () => {
  describe('SQLite (file:)', () => {
    it.each([
      ['file:./data/cms.db', path.join(CWD, 'data/cms.db')],
      ['file:data/cms.db', path.join(CWD, 'data/cms.db')],
      ['file:../shared/cms.db', path.resolve(CWD, '../shared/cms.db')],
      ['  file:./data/cms.db  ', path.join(CWD, 'data/cms.db')],
    ])('resolves the relative path %j against the working directory', (uri, expected) => {
      expect(parseDatabaseUri(uri, CWD)).toEqual({
        kind: 'sqlite',
        filePath: expected,
        url: `file:${expected}`,
      })
    })

    it.each([
      ['file:/var/lib/cms/cms.db', '/var/lib/cms/cms.db'],
      ['file:///var/lib/cms/cms.db', '/var/lib/cms/cms.db'],
    ])('keeps the absolute path %j', (uri, expected) => {
      expect(parseDatabaseUri(uri, CWD)).toEqual({
        kind: 'sqlite',
        filePath: expected,
        url: `file:${expected}`,
      })
    })

    it('uses process.cwd() when no working directory is given', () => {
      const target = parseDatabaseUri('file:./x.db')
      expect(target).toMatchObject({ kind: 'sqlite', filePath: path.join(process.cwd(), 'x.db') })
    })

    it.each(['file:', 'file:   ', 'file::memory:'])('refuses %j: it names no file', (uri) => {
      const error = refusal(uri)
      expect(error.message).toContain('names no file')
      expect(error.message).toContain('file:./data/cms.db')
    })
  })

  describe('MongoDB', () => {
    it('accepts mongodb:// without a replica set and says so', () => {
      expect(parseDatabaseUri('mongodb://localhost:27017/cms', CWD)).toEqual({
        kind: 'mongodb',
        url: 'mongodb://localhost:27017/cms',
        hasReplicaSet: false,
        redacted: 'mongodb://localhost:27017/cms',
      })
    })

    it('accepts mongodb:// with replicaSet, keeps the real URL and redacts the password', () => {
      const uri = 'mongodb://cms:s3cret-pass@mongo:27017/cms?replicaSet=rs0&authSource=admin'
      expect(parseDatabaseUri(uri, CWD)).toEqual({
        kind: 'mongodb',
        url: uri,
        hasReplicaSet: true,
        redacted: 'mongodb://cms:***@mongo:27017/cms?replicaSet=rs0&authSource=admin',
      })
    })

    it('accepts a replica-set seed list with several hosts', () => {
      const uri = 'mongodb://mongo1:27017,mongo2:27017,mongo3:27017/cms?replicaSet=rs0'
      expect(parseDatabaseUri(uri, CWD)).toMatchObject({
        kind: 'mongodb',
        url: uri,
        hasReplicaSet: true,
      })
    })

    it('accepts mongodb+srv:// with and without replicaSet', () => {
      expect(
        parseDatabaseUri('mongodb+srv://cms:pw@cluster0.example.net/cms?replicaSet=atlas-rs', CWD),
      ).toMatchObject({
        kind: 'mongodb',
        hasReplicaSet: true,
        redacted: 'mongodb+srv://cms:***@cluster0.example.net/cms?replicaSet=atlas-rs',
      })
      // SRV records carry the replica set name, so no warning is due without the parameter.
      expect(parseDatabaseUri('mongodb+srv://cms:pw@cluster0.example.net/cms', CWD)).toMatchObject({
        kind: 'mongodb',
        url: 'mongodb+srv://cms:pw@cluster0.example.net/cms',
        hasReplicaSet: true,
      })
    })

    it('refuses a MongoDB URI with no host', () => {
      expect(refusal('mongodb:///cms').message).toBe(
        'DATABASE_URI names no MongoDB host: "mongodb:///cms".',
      )
    })

    it('refuses an unparsable MongoDB URI without showing its password', () => {
      const error = refusal('mongodb://cms:hunter2-secret@mongo:notaport/cms')
      expect(error.message).toContain('not a valid MongoDB URI')
      expect(error.message).toContain('mongodb://cms:***@mongo:notaport/cms')
      expect(error.message).not.toContain('hunter2-secret')
    })
  })

  describe('anything else', () => {
    it.each([
      'postgres://cms:hunter2-secret@db:5432/cms',
      'mysql://cms:hunter2-secret@db/cms',
      'sqlite:./data/cms.db',
      './data/cms.db',
      'garbage',
      '',
    ])('refuses %j, naming what is accepted and hiding the password', (uri) => {
      const error = refusal(uri)
      expect(error.name).toBe('SettingsError')
      expect(error.message).toContain('is not supported')
      expect(error.message).toContain('file:')
      expect(error.message).toContain('mongodb://')
      expect(error.message).not.toContain('hunter2-secret')
    })

    it('shows the redacted URI in the refusal', () => {
      expect(refusal('postgres://cms:hunter2-secret@db:5432/cms').message).toContain(
        '"postgres://cms:***@db:5432/cms"',
      )
    })
  })
})

describe('redactUri', () => {
  it.each([
    ['mongodb://cms:pw@mongo/cms', 'mongodb://cms:***@mongo/cms'],
    ['mongodb+srv://u:p%40ss:w/rd@host/db', 'mongodb+srv://u:***@host/db'],
    ['postgres://admin:hunter2@db:5432/x', 'postgres://admin:***@db:5432/x'],
  ])('hides the password in %j', (uri, expected) => {
    expect(redactUri(uri)).toBe(expected)
  })

  it.each([
    'mongodb://mongo:27017/cms',
    'mongodb://cms@mongo/cms',
    'file:./data/cms.db',
    'garbage',
  ])('leaves %j (no password) unchanged', (uri) => {
    expect(redactUri(uri)).toBe(uri)
  })
})
