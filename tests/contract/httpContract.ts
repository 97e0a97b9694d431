import { createApiClient, type ApiClient } from '../helpers/api'
import { startServer, type RunningServer } from '../helpers/server'

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

const PASSWORD = 'a-long-test-password-42'

export const findSecretKeys = (value: unknown, path = '$'): string[] => {
  if (Array.isArray(value))
    return value.flatMap((item, index) => findSecretKeys(item, `${path}[${index}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, nested]) => [
    ...(SECRET_USER_KEYS.includes(key) ? [`${path}.${key}`] : []),
    ...findSecretKeys(nested, `${path}.${key}`),
  ])
}

/**
 * The REST and GraphQL contract of the running server: the same assertions run against the
 * embedded SQLite default and, when MONGODB_URI is set, against MongoDB.
 */
export const describeHttpContract = (label: string, databaseUri: () => string) => {
  describe(`HTTP contract on ${label}`, () => {
    let server: RunningServer
    let api: ApiClient
    const tokens: Record<string, string> = {}
    const ids: Record<string, string> = {}

    /** Takes a draft through review: the author submits, a reviewer approves, an editor publishes. */
    const publish = async (collection: string, id: string) => {
      for (const [who, to] of [
        ['editor', 'in_review'],
        ['reviewer', 'approved'],
        ['editor', 'published'],
      ]) {
        const response = await api.request('POST', `/api/${collection}/${id}/transition`, {
          token: tokens[who],
          body: { to },
        })
        expect(response.status).toBe(200)
      }
    }

    beforeAll(async () => {
      server = await startServer({ DATABASE_URI: databaseUri() })
      api = createApiClient(server.baseUrl)
    }, 180_000)

    afterAll(async () => {
      await server?.stop()
    })

    describe('health', () => {
      it('reports the process live', async () => {
        const response = await api.request('GET', '/health/live')
        expect(response.status).toBe(200)
        expect(response.body).toEqual({ status: 'ok' })
      })

      it('reports ready when the database answers', async () => {
        const response = await api.request('GET', '/health/ready')
        expect(response.status).toBe(200)
        expect(response.body).toEqual({ status: 'ok', database: 'ok' })
      })

      it('sends security headers and hides the framework', async () => {
        const response = await api.request('GET', '/health/live')
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
        expect(response.headers.get('x-powered-by')).toBeNull()
      })
    })

    describe('users and roles', () => {
      it('makes the first registered user an admin, whatever roles they asked for', async () => {
        const response = await api.request('POST', '/api/users/first-register', {
          body: {
            email: 'admin@test.example',
            password: PASSWORD,
            name: 'Ada Admin',
            roles: ['author'],
          },
        })
        expect(response.status).toBe(200)
        expect(response.body.user.roles).toEqual(['admin'])
        tokens.admin = await api.login('admin@test.example', PASSWORD)
      })

      it('refuses a second first-user registration', async () => {
        const response = await api.request('POST', '/api/users/first-register', {
          body: { email: 'intruder@test.example', password: PASSWORD, name: 'Intruder' },
        })
        expect(response.status).toBe(403)
      })

      it('lets an admin create one account per role', async () => {
        for (const role of ['editor', 'reviewer', 'author']) {
          const response = await api.request('POST', '/api/users', {
            token: tokens.admin,
            body: {
              email: `${role}@test.example`,
              password: PASSWORD,
              name: `Test ${role}`,
              roles: [role],
            },
          })
          expect(response.status).toBe(201)
          ids[role] = response.body.doc.id
          tokens[role] = await api.login(`${role}@test.example`, PASSWORD)
        }
        expect(typeof ids.author).toBe('string')
      })

      it('does not let a non-admin create accounts', async () => {
        const response = await api.request('POST', '/api/users', {
          token: tokens.editor,
          body: { email: 'x@test.example', password: PASSWORD, name: 'X', roles: ['admin'] },
        })
        expect(response.status).toBe(403)
      })

      it('refuses a user changing their own roles and keeps the roles as they were', async () => {
        const response = await api.request('PATCH', `/api/users/${ids.author}`, {
          token: tokens.author,
          body: { roles: ['admin'] },
        })
        expect(response.status).toBe(403)
        expect(JSON.stringify(response.body)).toMatch(/Only admins can change roles/)
        const me = await api.request('GET', '/api/users/me', { token: tokens.author })
        expect(me.body.user.roles).toEqual(['author'])
      })

      it('lets an admin change roles', async () => {
        const response = await api.request('PATCH', `/api/users/${ids.reviewer}`, {
          token: tokens.admin,
          body: { roles: ['reviewer', 'author'] },
        })
        expect(response.status).toBe(200)
        expect(response.body.doc.roles).toEqual(['reviewer', 'author'])
        const restored = await api.request('PATCH', `/api/users/${ids.reviewer}`, {
          token: tokens.admin,
          body: { roles: ['reviewer'] },
        })
        expect(restored.body.doc.roles).toEqual(['reviewer'])
      })

      it('never returns password hashes, salts or tokens', async () => {
        const responses = [
          await api.request('GET', '/api/users', { token: tokens.admin }),
          await api.request('GET', `/api/users/${ids.editor}`, { token: tokens.admin }),
          await api.request('GET', '/api/users/me', { token: tokens.author }),
          await api.request('POST', '/api/users/login', {
            body: { email: 'editor@test.example', password: PASSWORD },
          }),
          await api.graphql('{ Users { docs { id email name roles } } }', {}, tokens.admin),
        ]
        for (const response of responses) {
          expect(response.status).toBe(200)
          expect(findSecretKeys(response.body)).toEqual([])
        }
        expect(responses[0].body.docs.length).toBe(4)
      })

      it('hides users from anonymous visitors', async () => {
        const rest = await api.request('GET', '/api/users')
        expect(rest.status).toBe(403)
        const graphql = await api.graphql('{ Users { docs { email } } }')
        expect(graphql.body.data?.Users ?? null).toBeNull()
        expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
      })

      it('answers a password-reset request the same way for known and unknown e-mails', async () => {
        for (const email of ['author@test.example', 'nobody@test.example']) {
          const response = await api.request('POST', '/api/users/forgot-password', {
            body: { email },
          })
          expect(response.status).toBe(200)
        }
        const missing = await api.request('POST', '/api/users/forgot-password', { body: {} })
        expect(missing.status).toBe(400)
      })

      it('ignores the auth cookie when the request comes from a foreign origin (CSRF)', async () => {
        const login = await fetch(`${server.baseUrl}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'admin@test.example', password: PASSWORD }),
        })
        const cookie = login.headers.get('set-cookie') ?? ''
        expect(cookie).toMatch(/payload-token=/)
        expect(cookie).toMatch(/HttpOnly/i)
        expect(cookie).toMatch(/SameSite=Lax/i)
        const sessionCookie = cookie.split(';')[0]
        const sameOrigin = await api.request('GET', '/api/users/me', {
          headers: { Cookie: sessionCookie, Origin: server.baseUrl },
        })
        expect(sameOrigin.body.user?.email).toBe('admin@test.example')
        const foreign = await api.request('GET', '/api/users/me', {
          headers: { Cookie: sessionCookie, Origin: 'https://attacker.example' },
        })
        expect(foreign.body.user ?? null).toBeNull()
      })
    })

    describe('content CRUD, relationships and publication', () => {
      it('creates an expert, scar type, treatment, quote and article with their relations', async () => {
        const expert = await api.request('POST', '/api/experts', {
          token: tokens.author,
          body: {
            name: 'Dr. Test Dermatologist',
            credentials: 'MD, board-certified dermatologist',
            affiliation: 'Contract Clinic',
            profileLinks: [{ label: 'Clinic', url: 'https://clinic.example/dr-test' }],
          },
        })
        expect(expert.status).toBe(201)
        expect(expert.body.doc.slug).toBe('dr-test-dermatologist')
        ids.expert = expert.body.doc.id

        const scarType = await api.request('POST', '/api/scar-types', {
          token: tokens.author,
          body: {
            name: 'Ice pick',
            category: 'atrophic',
            appearance: { shape: 'Deep and narrow', typicalWidth: 'under 2 mm' },
          },
        })
        expect(scarType.status).toBe(201)
        ids.scarType = scarType.body.doc.id
        await publish('scar-types', ids.scarType)

        const treatment = await api.request('POST', '/api/treatments', {
          token: tokens.author,
          body: {
            name: 'TCA CROSS',
            kind: 'in_office_procedure',
            targets: [
              { scarType: ids.scarType, efficacyNote: 'About a quarter better after one session.' },
            ],
          },
        })
        expect(treatment.status).toBe(201)
        ids.treatment = treatment.body.doc.id
        await publish('treatments', ids.treatment)

        const quote = await api.request('POST', '/api/expert-quotes', {
          token: tokens.author,
          body: {
            statement: 'Treat active acne early to limit scarring.',
            kind: 'paraphrase',
            expert: ids.expert,
            source: { publication: 'Contract Journal', url: 'https://journal.example/a' },
            scarTypes: [ids.scarType],
            treatments: [ids.treatment],
          },
        })
        expect(quote.status).toBe(201)
        ids.quote = quote.body.doc.id
        await publish('expert-quotes', ids.quote)

        const published = await api.request('POST', '/api/articles', {
          token: tokens.editor,
          body: {
            title: 'Published guide',
            summary: 'Visible to everyone.',
            authors: [ids.author],
            scarTypes: [ids.scarType],
            treatments: [ids.treatment],
            expertQuotes: [ids.quote],
            sources: [{ title: 'Source', publisher: 'Publisher', url: 'https://source.example' }],
          },
        })
        expect(published.status).toBe(201)
        ids.publishedArticle = published.body.doc.id
        await publish('articles', ids.publishedArticle)

        const draft = await api.request('POST', '/api/articles', {
          token: tokens.author,
          body: { title: 'Draft notes', scarTypes: [ids.scarType] },
        })
        expect(draft.status).toBe(201)
        expect(draft.body.doc._status).toBe('draft')
        ids.draftArticle = draft.body.doc.id
      })

      it('populates relationships at depth 1', async () => {
        const response = await api.request('GET', `/api/articles/${ids.publishedArticle}?depth=1`)
        expect(response.status).toBe(200)
        expect(response.body.scarTypes[0]).toMatchObject({ id: ids.scarType, name: 'Ice pick' })
        expect(response.body.treatments[0]).toMatchObject({ id: ids.treatment, name: 'TCA CROSS' })
        expect(response.body.expertQuotes[0].expert).toBe(ids.expert)
        const quote = await api.request('GET', `/api/expert-quotes/${ids.quote}?depth=1`)
        expect(quote.body.expert).toMatchObject({ name: 'Dr. Test Dermatologist' })
      })

      it('lists the treatments that target a scar type through the join', async () => {
        const response = await api.request('GET', `/api/scar-types/${ids.scarType}?depth=1`)
        expect(response.body.treatments.docs.map((doc: { id: string }) => doc.id)).toEqual([
          ids.treatment,
        ])
      })

      it('shows anonymous visitors published documents only', async () => {
        const list = await api.request('GET', '/api/articles')
        expect(list.status).toBe(200)
        expect(list.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
          'Published guide',
        ])
        const draft = await api.request('GET', `/api/articles/${ids.draftArticle}`)
        expect(draft.status).toBe(404)
        const draftParam = await api.request('GET', `/api/articles?draft=true`)
        expect(draftParam.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
          'Published guide',
        ])
        const versions = await api.request('GET', '/api/articles/versions')
        expect(versions.status).toBe(403)
      })

      it('keeps a published article public while a new draft of it is pending', async () => {
        const edit = await api.request(
          'PATCH',
          `/api/articles/${ids.publishedArticle}?draft=true`,
          {
            token: tokens.editor,
            body: { title: 'Published guide (unreviewed edit)' },
          },
        )
        expect(edit.status).toBe(200)
        for (const path of ['/api/articles', '/api/articles?draft=true']) {
          const list = await api.request('GET', path)
          expect(list.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
            'Published guide',
          ])
        }
        const byId = await api.request('GET', `/api/articles/${ids.publishedArticle}?draft=true`)
        expect(byId.body.title).toBe('Published guide')
        const staff = await api.request('GET', `/api/articles/${ids.publishedArticle}?draft=true`, {
          token: tokens.editor,
        })
        expect(staff.body.title).toBe('Published guide (unreviewed edit)')
      })

      it('keeps article authors (staff accounts) out of public responses', async () => {
        const anonymous = await api.request('GET', `/api/articles/${ids.publishedArticle}`)
        expect(anonymous.body.authors).toBeUndefined()
        const staff = await api.request('GET', `/api/articles/${ids.publishedArticle}`, {
          token: tokens.reviewer,
        })
        expect(staff.body.authors[0]).toMatchObject({ id: ids.author })
        expect(findSecretKeys(staff.body)).toEqual([])
      })

      it('shows staff drafts too', async () => {
        const list = await api.request('GET', '/api/articles?draft=true&sort=title', {
          token: tokens.reviewer,
        })
        expect(list.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
          'Draft notes',
          'Published guide (unreviewed edit)',
        ])
      })

      it('serves the same rules over GraphQL', async () => {
        const query = `{ Articles { docs { title scarTypes { name } treatments { name }
          expertQuotes { statement expert { name } } } } }`
        const anonymous = await api.graphql(query)
        expect(anonymous.status).toBe(200)
        expect(anonymous.body.data.Articles.docs).toEqual([
          {
            title: 'Published guide',
            scarTypes: [{ name: 'Ice pick' }],
            treatments: [{ name: 'TCA CROSS' }],
            expertQuotes: [
              {
                statement: 'Treat active acne early to limit scarring.',
                expert: { name: 'Dr. Test Dermatologist' },
              },
            ],
          },
        ])
        const draftById = await api.graphql(`{ Article(id: "${ids.draftArticle}") { title } }`)
        expect(draftById.body.data?.Article ?? null).toBeNull()
        const staff = await api.graphql(
          '{ Articles(draft: true) { totalDocs } }',
          {},
          tokens.editor,
        )
        expect(staff.body.data.Articles.totalDocs).toBe(2)
      })

      it('updates through REST and GraphQL', async () => {
        const rest = await api.request('PATCH', `/api/experts/${ids.expert}`, {
          token: tokens.author,
          body: { location: 'Encino, CA' },
        })
        expect(rest.status).toBe(200)
        expect(rest.body.doc.location).toBe('Encino, CA')
        const graphql = await api.graphql(
          `mutation { updateExpert(id: "${ids.expert}", data: { specialty: "Acne scars" }) { specialty location } }`,
          {},
          tokens.editor,
        )
        expect(graphql.body.data.updateExpert).toEqual({
          specialty: 'Acne scars',
          location: 'Encino, CA',
        })
      })

      it('lets editors delete but not authors or reviewers', async () => {
        const byAuthor = await api.request('DELETE', `/api/articles/${ids.draftArticle}`, {
          token: tokens.author,
        })
        expect(byAuthor.status).toBe(403)
        const byReviewer = await api.request('DELETE', `/api/articles/${ids.draftArticle}`, {
          token: tokens.reviewer,
        })
        expect(byReviewer.status).toBe(403)
        const byEditor = await api.request('DELETE', `/api/articles/${ids.draftArticle}`, {
          token: tokens.editor,
        })
        expect(byEditor.status).toBe(200)
        const gone = await api.request('GET', `/api/articles/${ids.draftArticle}?draft=true`, {
          token: tokens.editor,
        })
        expect(gone.status).toBe(404)
      })

      it('refuses writes from anonymous visitors and reviewers', async () => {
        const anonymous = await api.request('POST', '/api/articles', { body: { title: 'Spam' } })
        expect(anonymous.status).toBe(403)
        const reviewer = await api.request('POST', '/api/treatments', {
          token: tokens.reviewer,
          body: { name: 'Reviewer treatment', kind: 'surgical' },
        })
        expect(reviewer.status).toBe(403)
        const graphql = await api.graphql(
          'mutation { createArticle(data: { title: "Spam" }) { id } }',
        )
        expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
      })
    })

    describe('bad input', () => {
      it('names the missing required field', async () => {
        const response = await api.request('POST', '/api/treatments', {
          token: tokens.editor,
          body: { kind: 'surgical' },
        })
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.body)).toMatch(/name/i)
      })

      it('rejects a value outside a select field', async () => {
        const response = await api.request('POST', '/api/scar-types', {
          token: tokens.editor,
          body: { name: 'Keloid', category: 'purple' },
        })
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.body)).toMatch(/category/i)
      })

      it('rejects a duplicate slug', async () => {
        const response = await api.request('POST', '/api/scar-types', {
          token: tokens.editor,
          body: { name: 'Ice pick', category: 'atrophic' },
        })
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.body)).toMatch(/slug/i)
      })

      it('rejects a malformed slug and a non-http URL', async () => {
        const slug = await api.request('POST', '/api/experts', {
          token: tokens.editor,
          body: { name: 'Dr. Slug', credentials: 'MD', slug: 'Not A Slug!' },
        })
        expect(slug.status).toBe(400)
        const url = await api.request('POST', '/api/experts', {
          token: tokens.editor,
          body: {
            name: 'Dr. Url',
            credentials: 'MD',
            profileLinks: [{ label: 'x', url: 'javascript:alert(1)' }],
          },
        })
        expect(url.status).toBe(400)
        expect(JSON.stringify(url.body)).toMatch(/http/i)
      })

      it('answers malformed JSON with a 4xx, not a 500', async () => {
        const response = await fetch(`${server.baseUrl}/api/experts`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editor}` },
          body: '{"name": ',
        })
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
      })

      it('answers an unknown document id with 404', async () => {
        const response = await api.request(
          'GET',
          '/api/treatments/00000000-0000-4000-8000-000000000000',
          {
            token: tokens.editor,
          },
        )
        expect(response.status).toBe(404)
      })

      it('rejects a file that is not really an image, whatever its name says', async () => {
        const form = new FormData()
        form.append(
          'file',
          new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/png' }),
          'innocent.png',
        )
        form.append('_payload', JSON.stringify({ alt: 'Not an image' }))
        const response = await api.request('POST', '/api/media', {
          token: tokens.editor,
          body: form,
        })
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.body)).toMatch(/not a JPEG, PNG, WebP or AVIF/)
      })

      it('rejects an SVG upload', async () => {
        const form = new FormData()
        form.append(
          'file',
          new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], {
            type: 'image/svg+xml',
          }),
          'logo.svg',
        )
        form.append('_payload', JSON.stringify({ alt: 'Logo' }))
        const response = await api.request('POST', '/api/media', {
          token: tokens.editor,
          body: form,
        })
        expect(response.status).toBe(400)
      })
    })

    describe('query limits', () => {
      beforeAll(async () => {
        const experts = Array.from({ length: 101 }, (_, index) => ({
          name: `Bulk Expert ${String(index).padStart(3, '0')}`,
          credentials: 'MD',
        }))
        for (let start = 0; start < experts.length; start += 10) {
          const batch = experts.slice(start, start + 10)
          const responses = await Promise.all(
            batch.map((body) =>
              api.request('POST', '/api/experts', { token: tokens.editor, body }),
            ),
          )
          for (const response of responses) expect(response.status).toBe(201)
        }
      }, 120_000)

      it.each([
        ['limit=0', '/api/experts?limit=0'],
        ['limit=1000', '/api/experts?limit=1000'],
        ['pagination=false', '/api/experts?pagination=false'],
      ])('caps %s at 100 documents', async (_label, path) => {
        const response = await api.request('GET', path)
        expect(response.status).toBe(200)
        expect(response.body.docs).toHaveLength(100)
        expect(response.body.limit).toBe(100)
        expect(response.body.totalDocs).toBeGreaterThanOrEqual(102)
        expect(response.body.hasNextPage).toBe(true)
      })

      it('keeps a smaller limit as asked', async () => {
        const response = await api.request('GET', '/api/experts?limit=5')
        expect(response.body.docs).toHaveLength(5)
      })

      it('caps GraphQL limits too', async () => {
        const response = await api.graphql('{ Experts(limit: 0) { limit docs { id } } }')
        expect(response.body.data.Experts.limit).toBe(100)
        expect(response.body.data.Experts.docs).toHaveLength(100)
      })
    })
  })
}
