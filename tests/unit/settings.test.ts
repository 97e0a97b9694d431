import {
  DEFAULT_DATABASE_URI,
  DEFAULT_FRONTEND_PATHS,
  DEFAULT_PORT,
  parseFrontendPaths,
  readSettings,
  SettingsError,
} from '../../src/settings'

const settingsError = (env: Record<string, string>): SettingsError => {
  try {
    readSettings(env as NodeJS.ProcessEnv)
  } catch (error) {
    if (error instanceof SettingsError) return error
    throw error
  }
  throw new Error(`readSettings accepted ${JSON.stringify(env)}`)
}

describe('readSettings', () => {
  describe('PORT', () => {
    it('defaults to 3000 when unset or blank', () => {
      expect(DEFAULT_PORT).toBe(3000)
      expect(readSettings({}).port).toBe(3000)
      expect(readSettings({ PORT: '' }).port).toBe(3000)
      expect(readSettings({ PORT: '   ' }).port).toBe(3000)
    })

    it.each([
      ['8080', 8080],
      [' 4000 ', 4000],
      ['0', 0],
      ['65535', 65535],
    ])('reads PORT=%j as %d', (raw, expected) => {
      expect(readSettings({ PORT: raw }).port).toBe(expected)
    })

    it.each(['abc', '80abc', '-1', '65536', '3000.5', 'Infinity', 'NaN'])(
      'refuses PORT=%j with a SettingsError naming the bad value',
      (raw) => {
        const error = settingsError({ PORT: raw })
        expect(error.name).toBe('SettingsError')
        expect(error.message).toBe(`PORT must be a whole number from 0 to 65535, got "${raw}".`)
      },
    )
  })

  describe('SERVER_URL', () => {
    it('defaults to http://localhost on the chosen port', () => {
      expect(readSettings({}).serverURL).toBe('http://localhost:3000')
      expect(readSettings({ PORT: '4100' }).serverURL).toBe('http://localhost:4100')
      expect(readSettings({ PORT: '4100', SERVER_URL: '  ' }).serverURL).toBe(
        'http://localhost:4100',
      )
    })

    it('keeps only the origin: no path, no trailing slash, default port dropped, host lower-cased', () => {
      expect(readSettings({ SERVER_URL: 'https://cms.example.com/admin/' }).serverURL).toBe(
        'https://cms.example.com',
      )
      expect(readSettings({ SERVER_URL: ' HTTPS://CMS.Example.com:443 ' }).serverURL).toBe(
        'https://cms.example.com',
      )
      expect(readSettings({ SERVER_URL: 'http://cms.example.com:8080/' }).serverURL).toBe(
        'http://cms.example.com:8080',
      )
    })

    it.each(['cms.example.com', 'ftp://cms.example.com', 'javascript:alert(1)', 'http://'])(
      'refuses SERVER_URL=%j with a message naming the variable and the value',
      (raw) => {
        const error = settingsError({ SERVER_URL: raw })
        expect(error.message).toBe(`SERVER_URL must hold http(s) origins, got "${raw}".`)
      },
    )
  })

  describe('ALLOWED_ORIGINS', () => {
    it('holds only the server URL when unset', () => {
      expect(readSettings({ SERVER_URL: 'https://cms.example.com' }).allowedOrigins).toEqual([
        'https://cms.example.com',
      ])
    })

    it('adds each comma-separated origin, trimmed, normalised and de-duplicated, server first', () => {
      const settings = readSettings({
        SERVER_URL: 'https://cms.example.com',
        ALLOWED_ORIGINS:
          ' https://site.example.com , https://site.example.com/, HTTPS://SITE.example.com:443,,http://localhost:5173/app, https://cms.example.com ,',
      })
      expect(settings.allowedOrigins).toEqual([
        'https://cms.example.com',
        'https://site.example.com',
        'http://localhost:5173',
      ])
    })

    it('refuses a malformed origin with a message naming ALLOWED_ORIGINS and the bad entry', () => {
      const error = settingsError({ ALLOWED_ORIGINS: 'https://ok.example.com, *.example.com' })
      expect(error.message).toBe('ALLOWED_ORIGINS must hold http(s) origins, got "*.example.com".')
    })
  })

  describe('DATABASE_URI', () => {
    it('defaults to the embedded SQLite file when unset or blank', () => {
      expect(DEFAULT_DATABASE_URI).toBe('file:./data/cms.db')
      expect(readSettings({}).databaseUri).toBe('file:./data/cms.db')
      expect(readSettings({ DATABASE_URI: '  ' }).databaseUri).toBe('file:./data/cms.db')
    })

    it('uses the given URI, trimmed', () => {
      expect(readSettings({ DATABASE_URI: ' mongodb://db:27017/cms ' }).databaseUri).toBe(
        'mongodb://db:27017/cms',
      )
    })
  })

  describe('AUTH_ATTEMPTS_PER_MINUTE', () => {
    it('defaults to 20 and takes a whole number', () => {
      expect(readSettings({}).authAttemptsPerMinute).toBe(20)
      expect(readSettings({ AUTH_ATTEMPTS_PER_MINUTE: ' 500 ' }).authAttemptsPerMinute).toBe(500)
    })

    it.each(['0', '-1', '2.5', 'many', '1e3'])('refuses %j with a message naming it', (raw) => {
      expect(() => readSettings({ AUTH_ATTEMPTS_PER_MINUTE: raw })).toThrow(
        `AUTH_ATTEMPTS_PER_MINUTE must be a whole number of at least 1, got "${raw}".`,
      )
    })
  })

  describe.each([
    ['AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES', 'authAttemptsPerAccountPer15Minutes', 10],
    ['RESET_MAILS_PER_ACCOUNT_PER_HOUR', 'resetMailsPerAccountPerHour', 3],
    ['GRAPHQL_MAX_DOCUMENTS', 'graphqlMaxDocuments', 500],
  ] as const)('%s', (variable, setting, fallback) => {
    it(`defaults to ${fallback} and takes a whole number`, () => {
      expect(readSettings({})[setting]).toBe(fallback)
      expect(readSettings({ [variable]: '' })[setting]).toBe(fallback)
      expect(readSettings({ [variable]: ' 7 ' })[setting]).toBe(7)
    })

    it.each(['0', '-1', '2.5', 'many'])('refuses %j with a message naming it', (raw) => {
      expect(() => readSettings({ [variable]: raw })).toThrow(
        `${variable} must be a whole number of at least 1, got "${raw}".`,
      )
    })
  })

  describe('FRONTEND_ORIGIN', () => {
    it('is empty by default, so rich-text links are root-relative', () => {
      expect(readSettings({}).frontendOrigin).toBe('')
      expect(readSettings({ FRONTEND_ORIGIN: ' ' }).frontendOrigin).toBe('')
    })

    it('keeps only the origin of the given URL', () => {
      expect(
        readSettings({ FRONTEND_ORIGIN: 'https://WWW.Example.org/blog/' }).frontendOrigin,
      ).toBe('https://www.example.org')
    })

    it('refuses anything but an http(s) origin', () => {
      expect(settingsError({ FRONTEND_ORIGIN: 'javascript:alert(1)' }).message).toBe(
        'FRONTEND_ORIGIN must hold http(s) origins, got "javascript:alert(1)".',
      )
    })
  })

  describe.each([
    ['MAX_JSON_BODY_BYTES', 'maxJsonBodyBytes', 1024 * 1024],
    ['MAX_UPLOAD_BYTES', 'maxUploadBytes', 10 * 1024 * 1024],
  ] as const)('%s', (variable, setting, fallback) => {
    it(`defaults to ${fallback} bytes and takes a whole number of bytes`, () => {
      expect(readSettings({})[setting]).toBe(fallback)
      expect(readSettings({ [variable]: ' 65536 ' })[setting]).toBe(65536)
    })

    it.each(['0', '-1', '1.5', '1MB', '1e6'])('refuses %j with a message naming it', (raw) => {
      expect(() => readSettings({ [variable]: raw })).toThrow(
        `${variable} must be a whole number of at least 1, got "${raw}".`,
      )
    })
  })

  describe('GRAPHQL_PERSISTED_QUERIES_MB', () => {
    it('defaults to 5, takes a whole number, and 0 turns persisted queries off', () => {
      expect(readSettings({}).graphqlPersistedQueriesMb).toBe(5)
      expect(readSettings({ GRAPHQL_PERSISTED_QUERIES_MB: ' 64 ' }).graphqlPersistedQueriesMb).toBe(
        64,
      )
      expect(readSettings({ GRAPHQL_PERSISTED_QUERIES_MB: '0' }).graphqlPersistedQueriesMb).toBe(0)
    })

    it.each(['-1', '2.5', 'lots'])('refuses %j with a message naming it', (raw) => {
      expect(() => readSettings({ GRAPHQL_PERSISTED_QUERIES_MB: raw })).toThrow(
        `GRAPHQL_PERSISTED_QUERIES_MB must be a whole number of at least 0, got "${raw}".`,
      )
    })
  })

  describe('published-content cache', () => {
    it('defaults to 64 MB and 60 s / 300 s / 600 s, any origin reading', () => {
      const settings = readSettings({})
      expect(settings.publicCacheMaxBytes).toBe(64 * 1024 * 1024)
      expect(settings.publicCachePolicy).toEqual({
        maxAgeSeconds: 60,
        sharedMaxAgeSeconds: 300,
        staleWhileRevalidateSeconds: 600,
      })
      expect(settings.publicReadOrigins).toBe('*')
    })

    it('takes sizes, lifetimes (0 allowed) and origin lists', () => {
      const settings = readSettings({
        PUBLIC_CACHE_MAX_MB: '8',
        CACHE_MAX_AGE_SECONDS: '0',
        CACHE_SHARED_MAX_AGE_SECONDS: '30',
        CACHE_STALE_WHILE_REVALIDATE_SECONDS: '0',
        PUBLIC_READ_ORIGINS: 'https://a.example, https://b.example/',
      })
      expect(settings.publicCacheMaxBytes).toBe(8 * 1024 * 1024)
      expect(settings.publicCachePolicy).toEqual({
        maxAgeSeconds: 0,
        sharedMaxAgeSeconds: 30,
        staleWhileRevalidateSeconds: 0,
      })
      expect(settings.publicReadOrigins).toEqual(['https://a.example', 'https://b.example'])
      expect(readSettings({ PUBLIC_READ_ORIGINS: 'none' }).publicReadOrigins).toEqual([])
    })

    it.each([
      [{ PUBLIC_CACHE_MAX_MB: '0' }, 'PUBLIC_CACHE_MAX_MB'],
      [{ CACHE_MAX_AGE_SECONDS: '-1' }, 'CACHE_MAX_AGE_SECONDS'],
      [{ CACHE_SHARED_MAX_AGE_SECONDS: '1.5' }, 'CACHE_SHARED_MAX_AGE_SECONDS'],
      [{ PUBLIC_READ_ORIGINS: 'ftp://x.example' }, 'PUBLIC_READ_ORIGINS'],
    ])('refuses %j naming %s', (env, variable) => {
      expect(() => readSettings(env)).toThrow(variable)
    })
  })

  describe('FRONTEND_PATHS', () => {
    it('defaults to a page per slug for articles, experts, scar types and treatments', () => {
      expect(DEFAULT_FRONTEND_PATHS).toEqual({
        articles: '/articles/{slug}',
        experts: '/experts/{slug}',
        'scar-types': '/scar-types/{slug}',
        treatments: '/treatments/{slug}',
      })
      expect(readSettings({}).frontendPaths).toEqual(DEFAULT_FRONTEND_PATHS)
    })

    it('replaces the collections it names, adds new ones and turns off the ones left empty', () => {
      expect(
        parseFrontendPaths(' articles = /blog/{slug} , experts=, media=/files/{id}?v={slug} ,'),
      ).toEqual({
        articles: '/blog/{slug}',
        'scar-types': '/scar-types/{slug}',
        treatments: '/treatments/{slug}',
        media: '/files/{id}?v={slug}',
      })
    })

    it.each([
      ['articles', 'must look like collection=/path/{slug}'],
      ['Articles=/a/{slug}', 'must start with a collection slug'],
      ['articles=/a/{slug},articles=/b/{slug}', 'names articles a second time'],
      ['articles=a/{slug}', 'needs a path starting with a single / and without spaces'],
      [
        'articles=//evil.example/{slug}',
        'needs a path starting with a single / and without spaces',
      ],
      ['articles=/a b/{slug}', 'needs a path starting with a single / and without spaces'],
      ['articles=/a/{title}', 'has {title}; only {slug} and {id} are filled in'],
      ['articles=/a/all', 'needs {slug} or {id} in its path'],
      ['articles=/a/{slug', 'has an unmatched brace'],
    ])('refuses %j: it %s', (raw, why) => {
      const entry = raw.split(',').at(-1)
      expect(settingsError({ FRONTEND_PATHS: raw }).message).toBe(
        `FRONTEND_PATHS entry "${entry}" ${why}.`,
      )
    })
  })

  describe('isProduction', () => {
    it.each([
      ['production', true],
      ['development', false],
      ['test', false],
      [undefined, false],
    ])('NODE_ENV=%j -> %j', (nodeEnv, expected) => {
      expect(readSettings({ NODE_ENV: nodeEnv } as NodeJS.ProcessEnv).isProduction).toBe(expected)
    })
  })
})
