/**
 * Automatic persisted queries: the extension's shape, hash verification, and the bounded store.
 * The guard's use of them (registering only what it lets through, GET and POST) is proven in
 * tests/unit/graphql-guard.test.ts; the round trip on the production server in
 * tests/http/graphql-get.http.test.ts.
 */
import {
  createPersistedQueryStore,
  resolvePersistedQuery,
  sha256Hex,
  storedSize,
} from '../../src/graphql/persistedQueries'

const query = '{ Articles { docs { title } } }'
const hash = sha256Hex(query)
const withHash = (persistedQuery: unknown, text?: string) => ({
  ...(text === undefined ? {} : { query: text }),
  extensions: { persistedQuery },
})
const storeWith = (entries: Record<string, string> = {}) => {
  const store = createPersistedQueryStore({ maxBytes: 1024 * 1024 })
  for (const [key, value] of Object.entries(entries)) store.set(key, value)
  return store
}

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 text in lower-case hex, as Apollo and urql compute it', () => {
    // The example hash in Apollo's own APQ tests, and one checked with `sha256sum`.
    expect(sha256Hex('{ me { name } }')).toBe(
      'b8d9506e34c83b0e53c2aa463624fcea354713bc38f95276e6f0bd893ffb5b88',
    )
    expect(sha256Hex('{ Run🏃 }')).toBe(
      'e1081871efcbe29dd5548d6facba3919f6fcc8370b37e308141a9a1310f2a6e4',
    )
  })
})

describe('resolvePersistedQuery', () => {
  it('without the extension, runs the request’s own query and stores nothing', () => {
    expect(resolvePersistedQuery({ query }, storeWith())).toEqual({ query, fromStore: false })
  })

  it('a known hash alone runs the stored query; case does not matter', () => {
    const store = storeWith({ [hash]: query })
    expect(resolvePersistedQuery(withHash({ version: 1, sha256Hash: hash }), store)).toEqual({
      query,
      fromStore: true,
    })
    expect(
      resolvePersistedQuery(withHash({ version: 1, sha256Hash: hash.toUpperCase() }), store),
    ).toEqual({ query, fromStore: true })
  })

  it('an unknown hash alone is not found', () => {
    expect(resolvePersistedQuery(withHash({ version: 1, sha256Hash: hash }), storeWith())).toEqual({
      notFound: true,
    })
  })

  it('hash and matching query: run it, and register it under the lower-case hash', () => {
    expect(
      resolvePersistedQuery(
        withHash({ version: 1, sha256Hash: hash.toUpperCase() }, query),
        storeWith(),
      ),
    ).toEqual({ query, fromStore: false, register: hash })
  })

  it('hash and a different query: refused, so no hash can be made to name another query', () => {
    const store = storeWith({ [hash]: query })
    expect(
      resolvePersistedQuery(
        withHash({ version: 1, sha256Hash: hash }, '{ Users { docs { email } } }'),
        store,
      ),
    ).toEqual({
      problem: {
        code: 'PERSISTED_QUERY_HASH_MISMATCH',
        message:
          '`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query`: hash exactly the query text you send (UTF-8, hexadecimal).',
      },
    })
    expect(store.get(hash)).toBe(query)
  })

  it.each([
    [null, '`extensions.persistedQuery` must be an object'],
    ['abc', '`extensions.persistedQuery` must be an object'],
    [[1], '`extensions.persistedQuery` must be an object'],
    [
      { sha256Hash: hash },
      'Persisted query version undefined is not supported; send `"version": 1`.',
    ],
    [{ version: 2, sha256Hash: hash }, 'Persisted query version 2 is not supported'],
    [{ version: '1', sha256Hash: hash }, 'Persisted query version "1" is not supported'],
    [{ version: 1 }, '`extensions.persistedQuery.sha256Hash` must be the SHA-256 of the query'],
    [{ version: 1, sha256Hash: hash.slice(1) }, '`extensions.persistedQuery.sha256Hash` must be'],
    [
      { version: 1, sha256Hash: `${hash.slice(1)}g` },
      '`extensions.persistedQuery.sha256Hash` must be',
    ],
  ])('a malformed extension %j is a bad request', (persistedQuery, message) => {
    const resolution = resolvePersistedQuery(withHash(persistedQuery), storeWith())
    expect(resolution).toEqual({ problem: { code: 'BAD_REQUEST', message: expect.any(String) } })
    if (!('problem' in resolution)) throw new Error('accepted')
    expect(resolution.problem.message.startsWith(message)).toBe(true)
  })

  it('with persisted queries turned off (no store), any use of them is not supported', () => {
    expect(resolvePersistedQuery(withHash({ version: 1, sha256Hash: hash }), undefined)).toEqual({
      notSupported: true,
    })
    expect(resolvePersistedQuery({ query }, undefined)).toEqual({ query, fromStore: false })
  })
})

describe('createPersistedQueryStore', () => {
  const queryOfBytes = (index: number, bytes: number) => {
    const text = `{ q${index} }`
    return text + ' '.repeat(bytes - text.length)
  }

  it('counts each query’s UTF-8 bytes and its hash against the budget', () => {
    expect(storedSize(hash, query)).toBe(query.length + 64)
    expect(storedSize(hash, '{ é }')).toBe(6 + 64)
    const store = storeWith({ [hash]: query })
    expect(store.usage()).toEqual({ queries: 1, bytes: query.length + 64 })
  })

  it('stays within its budget, forgetting the least recently used query first', () => {
    // Ten entries of 1,000 bytes each (936 of text, 64 of hash) fill a 10,000-byte budget.
    const store = createPersistedQueryStore({ maxBytes: 10_000 })
    const entries = Array.from({ length: 11 }, (_, index) => {
      const text = queryOfBytes(index, 936)
      return { text, key: sha256Hex(text) }
    })
    for (const { key, text } of entries.slice(0, 10)) store.set(key, text)
    expect(store.usage()).toEqual({ queries: 10, bytes: 10_000 })
    expect(store.get(entries[0].key)).toBe(entries[0].text) // now the most recently used
    store.set(entries[10].key, entries[10].text)
    expect(store.usage()).toEqual({ queries: 10, bytes: 10_000 })
    expect(store.get(entries[1].key)).toBeUndefined()
    expect(store.get(entries[0].key)).toBe(entries[0].text)
    expect(store.get(entries[10].key)).toBe(entries[10].text)
  })

  it('does not keep a query larger than the whole budget', () => {
    const store = createPersistedQueryStore({ maxBytes: 500 })
    const text = queryOfBytes(1, 600)
    store.set(sha256Hex(text), text)
    expect(store.usage()).toEqual({ queries: 0, bytes: 0 })
  })
})
