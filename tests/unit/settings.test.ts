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
