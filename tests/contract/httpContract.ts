/**
 * The REST and GraphQL contract of a running production server: one proof per transport of
 * what the rules (tested in unit and Local API tests) look like to an HTTP client. Every test
 * reads only the documents this file made, so the file can share its server with others.
 */
import type { SharedServer, TestAccount } from '../helpers/sharedServer'

/** Keys that must never leave the server in any user document. */
export const SECRET_USER_KEYS = [
  'hash',
  'salt',
  'password',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'apiKey',
  'apiKeyIndex',
  'sessions',
  'loginAttempts',
  'lockUntil',
]

export const findSecretKeys = (value: unknown, path = '$'): string[] => {
  if (Array.isArray(value))
    return value.flatMap((item, index) => findSecretKeys(item, `${path}[${index}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, nested]) => [
    ...(SECRET_USER_KEYS.includes(key) ? [`${path}.${key}`] : []),
    ...findSecretKeys(nested, `${path}.${key}`),
  ])
}

type Role = 'editor' | 'reviewer' | 'author'
type Ids = Record<'expert' | 'scarType' | 'treatment' | 'quote' | 'published' | 'draft', string>

export const describeHttpContract = (label: string, connect: () => Promise<SharedServer>) => {
  describe(`HTTP contract on ${label}`, () => {
    let server: SharedServer
    const accounts = {} as Record<Role, TestAccount>
    const ids = {} as Ids
    // Names unique to this run, so the file's documents never collide with another file's.
    const tag = `c${Date.now().toString(36)}`
    const token = (role: Role) => accounts[role].token
    const request = (...args: Parameters<SharedServer['api']['request']>) =>
      server.api.request(...args)
    const graphql = (...args: Parameters<SharedServer['api']['graphql']>) =>
      server.api.graphql(...args)

    /** Takes a draft through review: an editor submits, a reviewer approves, an editor publishes. */
    const publish = async (collection: string, id: string) => {
      for (const [role, to] of [
        ['editor', 'in_review'],
        ['reviewer', 'approved'],
        ['editor', 'published'],
      ] as const) {
        const moved = await request('POST', `/api/${collection}/${id}/transition`, {
          token: token(role),
          body: { to },
        })
        if (moved.status !== 200) throw new Error(`${to}: ${JSON.stringify(moved.body)}`)
      }
    }

    const created = async (collection: string, role: Role, body: Record<string, unknown>) => {
      const response = await request('POST', `/api/${collection}`, { token: token(role), body })
      if (response.status !== 201) {
        throw new Error(`create ${collection}: ${response.status} ${JSON.stringify(response.body)}`)
      }
      return response.body.doc.id as string
    }

    /** Titles of this file's articles that the caller sees in a list. */
    const listedTitles = async (query: string, role?: Role) => {
      const inFile = `where[id][in]=${ids.published},${ids.draft}`
      const response = await request('GET', `/api/articles?${inFile}&sort=title&${query}`, {
        token: role && token(role),
      })
      expect(response.status).toBe(200)
      return response.body.docs.map((doc: { title: string }) => doc.title)
    }

    beforeAll(async () => {
      server = await connect()
      await Promise.all(
        (['editor', 'reviewer', 'author'] as const).map(async (role) => {
          accounts[role] = await server.createAccount(`${tag} ${label} ${role}`, role)
        }),
      )
      ids.expert = await created('experts', 'author', {
        name: `Dr. ${tag} Dermatologist`,
        credentials: 'MD, board-certified dermatologist',
        profileLinks: [{ label: 'Clinic', url: 'https://clinic.example/dr-test' }],
      })
      ids.scarType = await created('scar-types', 'author', {
        name: `Ice pick ${tag}`,
        category: 'atrophic',
        appearance: { shape: 'Deep and narrow', typicalWidth: 'under 2 mm' },
      })
      await publish('scar-types', ids.scarType)
      ids.treatment = await created('treatments', 'author', {
        name: `TCA CROSS ${tag}`,
        kind: 'in_office_procedure',
        targets: [{ scarType: ids.scarType, efficacyNote: 'About a quarter better after one.' }],
      })
      await publish('treatments', ids.treatment)
      ids.quote = await created('expert-quotes', 'author', {
        statement: `Treat active acne early to limit scarring (${tag}).`,
        kind: 'paraphrase',
        expert: ids.expert,
        source: { publication: 'Contract Journal', url: 'https://journal.example/a' },
      })
      await publish('expert-quotes', ids.quote)
      ids.published = await created('articles', 'editor', {
        title: 'Published guide',
        summary: 'Visible to everyone.',
        authors: [accounts.author.id],
        scarTypes: [ids.scarType],
        treatments: [ids.treatment],
        expertQuotes: [ids.quote],
      })
      await publish('articles', ids.published)
      ids.draft = await created('articles', 'author', { title: 'Draft notes' })
    })

    describe('the server', () => {
      it('reports itself live and its database ready, with security headers', async () => {
        const live = await request('GET', '/health/live')
        expect(live.body).toEqual({ status: 'ok' })
        const ready = await request('GET', '/health/ready')
        expect(ready.status).toBe(200)
        expect(ready.body).toEqual({ status: 'ok', database: 'ok' })
        expect(Object.fromEntries(ready.headers)).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'strict-origin-when-cross-origin',
          'cross-origin-opener-policy': 'same-origin',
          'permissions-policy': 'camera=(), microphone=(), geolocation=()',
        })
        expect(ready.headers.get('x-powered-by')).toBeNull()
      })
    })

    describe('accounts', () => {
      it('refuses a user changing their own roles (403) and keeps them; an admin may', async () => {
        const own = await request('PATCH', `/api/users/${accounts.reviewer.id}`, {
          token: token('reviewer'),
          body: { roles: ['admin'] },
        })
        expect(own.status).toBe(403)
        expect(JSON.stringify(own.body)).toMatch(/Only admins can change roles/)
        const byAdmin = await request('PATCH', `/api/users/${accounts.reviewer.id}`, {
          token: await server.adminToken(),
          body: { roles: ['reviewer', 'author'] },
        })
        expect(byAdmin.status).toBe(200)
        expect(byAdmin.body.doc.roles).toEqual(['reviewer', 'author'])
      })

      it('never returns password hashes, salts, sessions or tokens', async () => {
        const responses = [
          await request('GET', `/api/users/${accounts.editor.id}`, { token: token('editor') }),
          await request('GET', '/api/users/me', { token: token('author') }),
          await graphql(
            '{ Users(limit: 5) { docs { id email name roles } } }',
            {},
            token('editor'),
          ),
        ]
        for (const response of responses) {
          expect(response.status).toBe(200)
          expect(findSecretKeys(response.body)).toEqual([])
        }
      })

      it('hides accounts from anonymous visitors over REST (403) and GraphQL', async () => {
        expect((await request('GET', '/api/users')).status).toBe(403)
        const response = await graphql('{ Users { docs { email } } }')
        expect(response.body.data?.Users).toBeNull()
        expect(response.body.errors?.[0]?.message).toBe(
          'You are not allowed to perform this action.',
        )
      })

      it('answers a password-reset request alike for known and unknown e-mails', async () => {
        for (const email of [accounts.author.email, `nobody-${tag}@test.example`]) {
          const response = await request('POST', '/api/users/forgot-password', { body: { email } })
          expect(response.status).toBe(200)
        }
        expect((await request('POST', '/api/users/forgot-password', { body: {} })).status).toBe(400)
      })

      it('ignores the auth cookie sent from a foreign origin (CSRF)', async () => {
        const login = await fetch(`${server.baseUrl}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            email: accounts.editor.email,
            password: 'a-long-test-password-42',
          }),
        })
        const cookie = login.headers.get('set-cookie') ?? ''
        expect(cookie).toMatch(/HttpOnly/i)
        expect(cookie).toMatch(/SameSite=Lax/i)
        const session = cookie.split(';')[0]
        const sameOrigin = await request('GET', '/api/users/me', {
          headers: { Cookie: session, Origin: server.baseUrl },
        })
        expect(sameOrigin.body.user.email).toBe(accounts.editor.email)
        const foreign = await request('GET', '/api/users/me', {
          headers: { Cookie: session, Origin: 'https://attacker.example' },
        })
        expect(foreign.body.user).toBeNull()
      })
    })

    describe('published content', () => {
      it('populates relationships at depth 1 and lists a scar type’s treatments', async () => {
        const article = await request('GET', `/api/articles/${ids.published}?depth=1`)
        expect(article.status).toBe(200)
        expect(article.body.scarTypes[0]).toMatchObject({ id: ids.scarType })
        expect(article.body.treatments[0]).toMatchObject({ id: ids.treatment })
        expect(article.body.expertQuotes[0]).toMatchObject({ id: ids.quote, expert: ids.expert })
        const scarType = await request('GET', `/api/scar-types/${ids.scarType}?depth=1`)
        expect(scarType.body.treatments.docs.map((doc: { id: string }) => doc.id)).toEqual([
          ids.treatment,
        ])
      })

      it('shows anonymous visitors published documents only, even with draft=true', async () => {
        expect(await listedTitles('')).toEqual(['Published guide'])
        expect(await listedTitles('draft=true')).toEqual(['Published guide'])
        expect((await request('GET', `/api/articles/${ids.draft}`)).status).toBe(404)
        expect((await request('GET', '/api/articles/versions')).status).toBe(403)
        const article = await request('GET', `/api/articles/${ids.published}`)
        // Authors are staff accounts: never public.
        expect(article.body.authors).toBeUndefined()
      })

      it('shows staff the drafts and the authors', async () => {
        expect(await listedTitles('draft=true', 'reviewer')).toEqual([
          'Draft notes',
          'Published guide',
        ])
        const article = await request('GET', `/api/articles/${ids.published}`, {
          token: token('reviewer'),
        })
        expect(article.body.authors[0]).toMatchObject({ id: accounts.author.id })
        expect(findSecretKeys(article.body)).toEqual([])
      })

      it('serves the same rules over GraphQL', async () => {
        const query = `query ($ids: [String]) { Articles(where: { id: { in: $ids } }, draft: true) {
          docs { title scarTypes { id } treatments { id } expertQuotes { expert { id } } } } }`
        const variables = { ids: [ids.published, ids.draft] }
        const anonymous = await graphql(query, variables)
        expect(anonymous.body.data.Articles.docs).toEqual([
          {
            title: 'Published guide',
            scarTypes: [{ id: ids.scarType }],
            treatments: [{ id: ids.treatment }],
            expertQuotes: [{ expert: { id: ids.expert } }],
          },
        ])
        const staff = await graphql(query, variables, token('editor'))
        expect(staff.body.data.Articles.docs).toHaveLength(2)
      })
    })

    describe('review moves', () => {
      it('publishing makes a cached public read of the article appear, unpublishing takes it away at once, and the trail lists both in order', async () => {
        const id = await created('articles', 'editor', { title: `Moves ${tag}` })
        const publicRead = () => request('GET', `/api/articles/${id}`)
        expect((await publicRead()).status).toBe(404)
        await publish('articles', id)
        const live = [await publicRead(), await publicRead()]
        expect(live.map((read) => [read.status, read.headers.get('x-cache')])).toEqual([
          [200, 'MISS'],
          [200, 'HIT'],
        ])
        const unpublished = await request('POST', `/api/articles/${id}/transition`, {
          token: token('editor'),
          body: { to: 'archived', comment: 'Out of date.' },
        })
        expect(unpublished.status).toBe(200)
        expect((await publicRead()).status).toBe(404)
        const workflow = await request('GET', `/api/articles/${id}/workflow`, {
          token: token('editor'),
        })
        expect(
          workflow.body.events.map((event: { to: string; sequence: number }) => [
            event.sequence,
            event.to,
          ]),
        ).toEqual([
          [4, 'archived'],
          [3, 'published'],
          [2, 'approved'],
          [1, 'in_review'],
        ])
      })
    })

    describe('writes', () => {
      it('updates over REST and GraphQL', async () => {
        const rest = await request('PATCH', `/api/experts/${ids.expert}`, {
          token: token('author'),
          body: { location: 'Encino, CA' },
        })
        expect(rest.status).toBe(200)
        const viaGraphql = await graphql(
          `mutation { updateExpert(id: "${ids.expert}", data: { specialty: "Acne scars" }) { specialty location } }`,
          {},
          token('editor'),
        )
        expect(viaGraphql.body.data.updateExpert).toEqual({
          specialty: 'Acne scars',
          location: 'Encino, CA',
        })
      })

      it('refuses a delete by an author (403); an editor deletes (200, then 404)', async () => {
        const id = await created('articles', 'author', { title: `Doomed ${tag}` })
        const byAuthor = await request('DELETE', `/api/articles/${id}`, { token: token('author') })
        expect(byAuthor.status).toBe(403)
        const byEditor = await request('DELETE', `/api/articles/${id}`, { token: token('editor') })
        expect(byEditor.status).toBe(200)
        const gone = await request('GET', `/api/articles/${id}?draft=true`, {
          token: token('editor'),
        })
        expect(gone.status).toBe(404)
      })

      it('refuses anonymous writes over REST (403) and GraphQL', async () => {
        expect((await request('POST', '/api/articles', { body: { title: 'Spam' } })).status).toBe(
          403,
        )
        const response = await graphql('mutation { createArticle(data: { title: "Spam" }) { id } }')
        expect(response.body.errors?.[0]?.message).toBe(
          'You are not allowed to perform this action.',
        )
      })
    })

    describe('bad input answers 400 naming what is wrong', () => {
      it.each([
        ['a missing required field', 'treatments', { kind: 'surgical' }, /invalid: Name/],
        [
          'a value outside a select field',
          'scar-types',
          { name: 'Keloid x', category: 'purple' },
          /invalid: Category/,
        ],
        [
          'a malformed slug',
          'experts',
          { name: 'Dr. Slug', credentials: 'MD', slug: 'Not A Slug!' },
          /invalid: Slug/,
        ],
        [
          'a link that is not http(s)',
          'experts',
          {
            name: 'Dr. Url',
            credentials: 'MD',
            profileLinks: [{ label: 'x', url: 'javascript:alert(1)' }],
          },
          /invalid: Profile Links 1 > Url/,
        ],
      ])('%s', async (_label, collection, body, message) => {
        const response = await request('POST', `/api/${collection}`, {
          token: token('editor'),
          body,
        })
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.body.errors)).toMatch(message)
      })

      it('a duplicate slug', async () => {
        const response = await request('POST', '/api/scar-types', {
          token: token('editor'),
          body: { name: `Ice pick ${tag}`, category: 'atrophic' },
        })
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.body.errors)).toMatch(/Value must be unique","path":"slug/)
      })

      it('malformed JSON', async () => {
        const response = await fetch(`${server.baseUrl}/api/experts`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token('editor')}` },
          body: '{"name": ',
        })
        expect(response.status).toBe(400)
      })

      it.each([
        [
          'a file that is not really an image',
          'image/png',
          'innocent.png',
          '<html><script>alert(1)</script></html>',
        ],
        ['an SVG', 'image/svg+xml', 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'],
      ])('%s as an upload', async (_label, type, name, content) => {
        const form = new FormData()
        form.append('file', new Blob([content], { type }), name)
        form.append('_payload', JSON.stringify({ alt: 'Not an image' }))
        const response = await request('POST', '/api/media', { token: token('editor'), body: form })
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.body.errors)).toMatch(/not a JPEG, PNG, WebP or AVIF/)
      })

      it('an unknown document id is 404', async () => {
        const response = await request(
          'GET',
          '/api/treatments/00000000-0000-4000-8000-000000000000',
          {
            token: token('editor'),
          },
        )
        expect(response.status).toBe(404)
      })
    })

    describe('query limits', () => {
      it('caps limit=0, limit=1000 and pagination=false at 100, over REST and GraphQL', async () => {
        // Enough experts that the cap, not the catalogue, decides the page size.
        const { body } = await request('GET', '/api/experts?limit=1')
        for (let missing = 101 - body.totalDocs; missing > 0; missing -= 10) {
          await Promise.all(
            Array.from({ length: Math.min(10, missing) }, (_, index) =>
              created('experts', 'editor', {
                name: `Bulk ${tag} ${missing}-${index}`,
                credentials: 'MD',
              }),
            ),
          )
        }
        for (const query of ['limit=0', 'limit=1000', 'pagination=false']) {
          const response = await request('GET', `/api/experts?${query}`)
          expect(response.status).toBe(200)
          expect(response.body.docs).toHaveLength(100)
          expect(response.body.limit).toBe(100)
          expect(response.body.hasNextPage).toBe(true)
        }
        expect((await request('GET', '/api/experts?limit=5')).body.docs).toHaveLength(5)
        const viaGraphql = await graphql('{ Experts(limit: 0) { limit docs { id } } }')
        expect(viaGraphql.body.data.Experts.limit).toBe(100)
        expect(viaGraphql.body.data.Experts.docs).toHaveLength(100)
      })
    })
  })
}
