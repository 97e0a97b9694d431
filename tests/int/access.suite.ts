/**
 * Access rules through the Local API with access enforced (`overrideAccess: false` and a real
 * user, or none for the public), on a real SQLite database.
 */
import type { CollectionSlug, Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'
import { inlineBlockNode, paragraphNode, rootNode, textNode } from '../../seed/richText'
import { bootPayload, TEST_PASSWORD, type TestPayload } from '../helpers/payload'

type ContentSlug = 'articles' | 'expert-quotes' | 'scar-types' | 'treatments'
type Who = Role | 'anonymous'
type Doc = Record<string, unknown> & { id: string }

const CONTENT: ContentSlug[] = ['articles', 'expert-quotes', 'scar-types', 'treatments']
const ROLES: Role[] = ['admin', 'editor', 'reviewer', 'author']
const WRITERS: Who[] = ['admin', 'editor', 'author']
const NOT_WRITERS: Who[] = ['reviewer', 'anonymous']
const DELETERS: Who[] = ['admin', 'editor']
const NOT_DELETERS: Who[] = ['author', 'reviewer', 'anonymous']
const SECRET_KEYS = [
  'sessions',
  'hash',
  'salt',
  'password',
  'resetPasswordToken',
  'loginAttempts',
  'lockUntil',
]

/** The text field each collection is labelled by. */
const LABEL_FIELD: Record<ContentSlug | 'experts', string> = {
  articles: 'title',
  'expert-quotes': 'statement',
  'scar-types': 'name',
  treatments: 'name',
  experts: 'name',
}

let t: TestPayload
let payload: Payload
let expertId: string
let counter = 0

/** A unique label, so slugs never collide between tests. */
const unique = (text: string): string => `${text} ${(counter += 1)}`

const validData = (collection: ContentSlug | 'experts', label: string): Record<string, unknown> => {
  const base = { [LABEL_FIELD[collection]]: label }
  switch (collection) {
    case 'expert-quotes':
      return { ...base, expert: expertId, source: { publication: 'Test Journal' } }
    case 'scar-types':
      return { ...base, category: 'atrophic' }
    case 'treatments':
      return { ...base, kind: 'prescription' }
    case 'experts':
      return { ...base, credentials: 'MD, board-certified dermatologist' }
    default:
      return base
  }
}

const as = (who: Who) => ({
  overrideAccess: false,
  user: who === 'anonymous' ? undefined : t.users[who],
})

// The collection is picked at run time, so the generated per-collection types cannot follow it.
const create = (
  collection: CollectionSlug,
  data: Record<string, unknown>,
  options: Record<string, unknown> = {},
): Promise<Doc> =>
  payload.create({
    collection,
    data: data as never,
    ...options,
  } as never) as unknown as Promise<Doc>

const findByID = (
  collection: CollectionSlug,
  id: string,
  options: Record<string, unknown> = {},
): Promise<Doc> =>
  payload.findByID({ collection, id, ...options } as never) as unknown as Promise<Doc>

const find = (
  collection: CollectionSlug,
  options: Record<string, unknown> = {},
): Promise<{ docs: Doc[]; totalDocs: number }> =>
  payload.find({ collection, limit: 100, ...options } as never) as unknown as Promise<{
    docs: Doc[]
    totalDocs: number
  }>

const exists = async (collection: CollectionSlug, id: string): Promise<boolean> => {
  const { totalDocs } = await payload.count({ collection, where: { id: { equals: id } } })
  return totalDocs === 1
}

/** Every key path in a value that names a secret of a user account. */
const secretKeysIn = (value: unknown, path = '$'): string[] => {
  if (Array.isArray(value)) return value.flatMap((item, i) => secretKeysIn(item, `${path}[${i}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, nested]) => [
    ...(SECRET_KEYS.includes(key) ? [`${path}.${key}`] : []),
    ...secretKeysIn(nested, `${path}.${key}`),
  ])
}

const idsOf = (docs: unknown[] | undefined): string[] =>
  (docs ?? []).map((doc) => (typeof doc === 'string' ? doc : (doc as Doc).id)).sort()

beforeAll(async () => {
  t = await bootPayload('access')
  payload = t.payload
  const expert = await create('experts', validData('experts', 'Dr Fixture Expert'))
  expertId = expert.id
}, 180_000)

afterAll(async () => {
  await t?.close()
})

describe.each(CONTENT)('%s', (collection) => {
  const label = LABEL_FIELD[collection]
  const fixtures = {} as { published: Doc; draft: Doc; publishedWithDraft: Doc }
  const draftOnlyText = `${collection} unpublished change`

  beforeAll(async () => {
    fixtures.published = await create(collection, {
      ...validData(collection, unique(`${collection} published`)),
      _status: 'published',
    })
    fixtures.draft = await create(
      collection,
      { ...validData(collection, unique(`${collection} secret draft`)), _status: 'draft' },
      { draft: true },
    )
    fixtures.publishedWithDraft = await create(collection, {
      ...validData(collection, unique(`${collection} live`)),
      _status: 'published',
    })
    await payload.update({
      collection,
      id: fixtures.publishedWithDraft.id,
      data: { [label]: draftOnlyText, _status: 'draft' } as never,
      draft: true,
    })
  })

  describe('create', () => {
    it.each(WRITERS)('%s can create', async (who) => {
      const text = unique(`${collection} by ${who}`)
      const doc = await create(collection, validData(collection, text), { ...as(who), draft: true })
      expect(doc[label]).toBe(text)
      expect(await exists(collection, doc.id)).toBe(true)
    })

    it.each(NOT_WRITERS)('%s cannot create, and nothing is stored', async (who) => {
      const text = unique(`${collection} by ${who}`)
      await expect(
        create(collection, validData(collection, text), { ...as(who), draft: true }),
      ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
      const { totalDocs } = await payload.count({
        collection,
        where: { [label]: { equals: text } },
      })
      expect(totalDocs).toBe(0)
    })
  })

  describe('update', () => {
    let target: Doc
    let original: string

    beforeAll(async () => {
      original = unique(`${collection} to update`)
      // The author's own document: authors edit only what they author.
      target = await create(collection, validData(collection, original), {
        draft: true,
        ...as('author'),
      })
    })

    it.each(NOT_WRITERS)('%s cannot update, and the document is unchanged', async (who) => {
      await expect(
        payload.update({
          collection,
          id: target.id,
          data: { [label]: `changed by ${who}` } as never,
          draft: true,
          ...as(who),
        }),
      ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
      expect((await findByID(collection, target.id, { draft: true }))[label]).toBe(original)
    })

    it.each(WRITERS)('%s can update', async (who) => {
      const text = unique(`${collection} changed by ${who}`)
      const updated = (await payload.update({
        collection,
        id: target.id,
        data: { [label]: text } as never,
        draft: true,
        ...as(who),
      })) as unknown as Doc
      expect(updated[label]).toBe(text)
      expect((await findByID(collection, target.id, { draft: true }))[label]).toBe(text)
    })
  })

  describe('delete', () => {
    it.each(DELETERS)('%s can delete', async (who) => {
      const doc = await create(collection, validData(collection, unique(`${collection} del`)), {
        draft: true,
      })
      await payload.delete({ collection, id: doc.id, ...as(who) })
      expect(await exists(collection, doc.id)).toBe(false)
    })

    it.each(NOT_DELETERS)('%s cannot delete, and the document stays', async (who) => {
      const doc = await create(collection, validData(collection, unique(`${collection} keep`)), {
        draft: true,
      })
      await expect(payload.delete({ collection, id: doc.id, ...as(who) })).rejects.toMatchObject({
        name: 'Forbidden',
        status: 403,
      })
      expect(await exists(collection, doc.id)).toBe(true)
    })
  })

  describe('public reads', () => {
    it('find returns published documents and no drafts', async () => {
      const { docs } = await find(collection, as('anonymous'))
      const ids = docs.map((doc) => doc.id)
      expect(ids).toContain(fixtures.published.id)
      expect(ids).not.toContain(fixtures.draft.id)
      expect(docs.every((doc) => doc._status === 'published')).toBe(true)
      expect(JSON.stringify(docs)).not.toContain('secret draft')
      expect(JSON.stringify(docs)).not.toContain(draftOnlyText)
      // A pending draft does not take the published version offline.
      const live = docs.find((doc) => doc.id === fixtures.publishedWithDraft.id)
      expect(live?.[label]).toBe(fixtures.publishedWithDraft[label])
    })

    it('find with draft: true still returns no drafts or unpublished changes', async () => {
      const { docs } = await find(collection, { ...as('anonymous'), draft: true })
      const ids = docs.map((doc) => doc.id)
      expect(ids).toContain(fixtures.published.id)
      expect(ids).not.toContain(fixtures.draft.id)
      expect(docs.every((doc) => doc._status === 'published')).toBe(true)
      expect(JSON.stringify(docs)).not.toContain('secret draft')
      expect(JSON.stringify(docs)).not.toContain(draftOnlyText)
    })

    it('a where clause asking for drafts finds nothing', async () => {
      for (const draft of [false, true]) {
        const { docs, totalDocs } = await find(collection, {
          ...as('anonymous'),
          draft,
          where: { _status: { equals: 'draft' } },
        })
        expect(docs).toEqual([])
        expect(totalDocs).toBe(0)
      }
    })

    it('findByID of a draft is NotFound, with or without draft: true', async () => {
      for (const draft of [false, true]) {
        await expect(
          findByID(collection, fixtures.draft.id, { ...as('anonymous'), draft }),
        ).rejects.toMatchObject({ name: 'NotFound', status: 404 })
      }
    })

    it('findByID of a published document returns it', async () => {
      const doc = await findByID(collection, fixtures.published.id, as('anonymous'))
      expect(doc[label]).toBe(fixtures.published[label])
    })

    it('findByID with draft: true shows the published version, not the pending draft', async () => {
      const doc = await findByID(collection, fixtures.publishedWithDraft.id, {
        ...as('anonymous'),
        draft: true,
      })
      expect(doc[label]).toBe(fixtures.publishedWithDraft[label])
      expect(doc._status).toBe('published')
    })

    it('findVersions and findVersionByID are forbidden', async () => {
      await expect(
        payload.findVersions({
          collection,
          where: { parent: { equals: fixtures.published.id } },
          ...as('anonymous'),
        }),
      ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
      const { docs } = await payload.findVersions({
        collection,
        where: { parent: { equals: fixtures.published.id } },
      })
      await expect(
        payload.findVersionByID({ collection, id: String(docs[0].id), ...as('anonymous') }),
      ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
    })
  })

  describe('staff reads', () => {
    it.each(ROLES)('%s sees drafts and pending changes', async (who) => {
      const { docs } = await find(collection, { ...as(who), draft: true })
      expect(docs.map((doc) => doc.id)).toEqual(
        expect.arrayContaining([fixtures.published.id, fixtures.draft.id]),
      )
      const pending = await findByID(collection, fixtures.publishedWithDraft.id, {
        ...as(who),
        draft: true,
      })
      expect(pending[label]).toBe(draftOnlyText)
    })

    it.each(ROLES)('%s can list the versions of a document', async (who) => {
      const { docs } = await payload.findVersions({
        collection,
        where: { parent: { equals: fixtures.publishedWithDraft.id } },
        ...as(who),
      })
      expect(docs.length).toBeGreaterThanOrEqual(2)
      const versionLabels = docs.map(
        (doc) => (doc.version as unknown as Record<string, unknown>)[label],
      )
      expect(versionLabels).toEqual(
        expect.arrayContaining([fixtures.publishedWithDraft[label], draftOnlyText]),
      )
    })
  })
})

describe('experts', () => {
  let expert: Doc

  beforeAll(async () => {
    expert = await create('experts', validData('experts', 'Dr Public Profile'))
  })

  it('anyone reads them, signed in or not', async () => {
    for (const who of ['anonymous', ...ROLES] as Who[]) {
      const doc = await findByID('experts', expert.id, as(who))
      expect(doc.name).toBe('Dr Public Profile')
      const { docs } = await find('experts', as(who))
      expect(docs.map((d) => d.id)).toContain(expert.id)
    }
  })

  it.each(WRITERS)('%s can create and update', async (who) => {
    const doc = await create('experts', validData('experts', unique(`Dr ${who}`)), as(who))
    const updated = (await payload.update({
      collection: 'experts',
      id: doc.id,
      data: { location: 'Boston' },
      ...as(who),
    })) as unknown as Doc
    expect(updated.location).toBe('Boston')
  })

  it.each(NOT_WRITERS)('%s cannot create or update', async (who) => {
    const name = unique(`Dr ${who}`)
    await expect(create('experts', validData('experts', name), as(who))).rejects.toMatchObject({
      name: 'Forbidden',
    })
    expect(
      (await payload.count({ collection: 'experts', where: { name: { equals: name } } })).totalDocs,
    ).toBe(0)
    await expect(
      payload.update({ collection: 'experts', id: expert.id, data: { location: 'X' }, ...as(who) }),
    ).rejects.toMatchObject({ name: 'Forbidden' })
    expect((await findByID('experts', expert.id)).location).toBeFalsy()
  })

  it.each(DELETERS)('%s can delete', async (who) => {
    const doc = await create('experts', validData('experts', unique('Dr Delete')))
    await payload.delete({ collection: 'experts', id: doc.id, ...as(who) })
    expect(await exists('experts', doc.id)).toBe(false)
  })

  it.each(NOT_DELETERS)('%s cannot delete', async (who) => {
    await expect(
      payload.delete({ collection: 'experts', id: expert.id, ...as(who) }),
    ).rejects.toMatchObject({ name: 'Forbidden' })
    expect(await exists('experts', expert.id)).toBe(true)
  })
})

describe('the shared content generation (internal)', () => {
  it('nobody reads or writes it through the API, whatever their role', async () => {
    for (const who of ['anonymous', ...ROLES] as Who[]) {
      await expect(
        payload.findGlobal({ slug: 'content-generation', ...as(who) }),
      ).rejects.toMatchObject({ name: 'Forbidden' })
      await expect(
        payload.updateGlobal({ slug: 'content-generation', data: { token: 'forged' }, ...as(who) }),
      ).rejects.toMatchObject({ name: 'Forbidden' })
    }
  })
})

describe('users', () => {
  const storedRoles = async (user: User): Promise<string[]> =>
    (await payload.findByID({ collection: 'users', id: user.id })).roles

  it('anonymous cannot list or read accounts', async () => {
    await expect(payload.find({ collection: 'users', ...as('anonymous') })).rejects.toMatchObject({
      name: 'Forbidden',
      status: 403,
    })
    await expect(
      payload.findByID({ collection: 'users', id: t.users.admin.id, ...as('anonymous') }),
    ).rejects.toMatchObject({ name: 'Forbidden' })
  })

  it.each(ROLES)('%s (staff) can list their colleagues', async (who) => {
    const { docs } = await payload.find({ collection: 'users', limit: 100, ...as(who) })
    expect(docs.map((doc) => doc.email)).toEqual(
      expect.arrayContaining(ROLES.map((role) => `${role}@test.example`)),
    )
  })

  it('API reads never carry sessions, hash or salt, even after a login', async () => {
    await payload.login({
      collection: 'users',
      data: { email: 'author@test.example', password: TEST_PASSWORD },
    })
    await expect(
      payload.login({
        collection: 'users',
        data: { email: 'editor@test.example', password: 'wrong-password' },
      }),
    ).rejects.toMatchObject({ status: 401 })
    // Preconditions, so the checks below can fail: the stored accounts hold these secrets now.
    const raw = await payload.findByID({ collection: 'users', id: t.users.author.id })
    expect(raw.sessions?.length).toBeGreaterThan(0)
    const rawEditor = await payload.find({
      collection: 'users',
      where: { id: { equals: t.users.editor.id } },
      showHiddenFields: true,
    })
    expect(rawEditor.docs[0].loginAttempts).toBe(1)

    for (const who of ROLES) {
      const list = await payload.find({ collection: 'users', limit: 100, ...as(who) })
      expect(secretKeysIn(list.docs)).toEqual([])
      const one = await payload.findByID({ collection: 'users', id: t.users.author.id, ...as(who) })
      expect(secretKeysIn(one)).toEqual([])
    }
    const self = await payload.update({
      collection: 'users',
      id: t.users.author.id,
      data: { name: 'Test author' },
      ...as('author'),
    })
    expect(secretKeysIn(self)).toEqual([])
  })

  it('users populated into an article carry no sessions, hash or salt', async () => {
    const article = await create('articles', {
      title: unique('Article with author'),
      authors: [t.users.author.id],
      _status: 'published',
    })
    const read = await findByID('articles', article.id, { ...as('editor'), depth: 1 })
    expect(idsOf(read.authors as unknown[])).toEqual([t.users.author.id])
    expect(secretKeysIn(read)).toEqual([])
  })

  it('the public does not see who authored an article', async () => {
    const article = await create('articles', {
      title: unique('Article authors hidden'),
      authors: [t.users.author.id],
      _status: 'published',
    })
    const read = await findByID('articles', article.id, { ...as('anonymous'), depth: 1 })
    expect(read.title).toBe(article.title)
    expect(read.authors).toBeUndefined()
    expect(JSON.stringify(read)).not.toContain('author@test.example')
  })

  describe('creating and deleting accounts', () => {
    it('an admin can create and delete an account', async () => {
      const user = await payload.create({
        collection: 'users',
        data: {
          email: 'new-author@test.example',
          password: TEST_PASSWORD,
          name: 'New',
          roles: ['author'],
        },
        ...as('admin'),
      })
      expect(user.roles).toEqual(['author'])
      await payload.delete({ collection: 'users', id: user.id, ...as('admin') })
      expect(await exists('users', user.id)).toBe(false)
    })

    it.each(['editor', 'reviewer', 'author', 'anonymous'] as Who[])(
      '%s cannot create an account',
      async (who) => {
        const email = `made-by-${who}@test.example`
        await expect(
          payload.create({
            collection: 'users',
            data: { email, password: TEST_PASSWORD, name: 'Nope' } as User,
            ...as(who),
          }),
        ).rejects.toMatchObject({ status: 403 })
        const { totalDocs } = await payload.count({
          collection: 'users',
          where: { email: { equals: email } },
        })
        expect(totalDocs).toBe(0)
      },
    )

    it.each(['editor', 'reviewer', 'author', 'anonymous'] as Who[])(
      '%s cannot delete an account',
      async (who) => {
        await expect(
          payload.delete({ collection: 'users', id: t.users.reviewer.id, ...as(who) }),
        ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
        expect(await exists('users', t.users.reviewer.id)).toBe(true)
      },
    )
  })

  describe('updating accounts', () => {
    it.each(['editor', 'reviewer', 'author'] as Role[])(
      '%s cannot give themselves other roles: 403 "Only admins can change roles." and roles unchanged',
      async (who) => {
        const user = t.users[who]
        await expect(
          payload.update({
            collection: 'users',
            id: user.id,
            data: { roles: ['admin'] },
            ...as(who),
          }),
        ).rejects.toMatchObject({ message: 'Only admins can change roles.', status: 403 })
        expect(await storedRoles(user)).toEqual([who])
      },
    )

    it('a role change hidden in a bulk update (by where) is refused too', async () => {
      await expect(
        payload.update({
          collection: 'users',
          where: { id: { equals: t.users.author.id } },
          data: { roles: ['admin', 'author'] },
          ...as('author'),
        }),
      ).rejects.toMatchObject({ message: 'Only admins can change roles.' })
      expect(await storedRoles(t.users.author)).toEqual(['author'])
    })

    it('a non-admin can change their own name, also when resending their unchanged roles', async () => {
      const renamed = await payload.update({
        collection: 'users',
        id: t.users.reviewer.id,
        data: { name: 'Rita Reviewer' },
        ...as('reviewer'),
      })
      expect(renamed.name).toBe('Rita Reviewer')
      const again = await payload.update({
        collection: 'users',
        id: t.users.reviewer.id,
        data: { name: 'Rita R.', roles: ['reviewer'] },
        ...as('reviewer'),
      })
      expect(again.name).toBe('Rita R.')
      const stored = await payload.findByID({ collection: 'users', id: t.users.reviewer.id })
      expect(stored).toMatchObject({ name: 'Rita R.', roles: ['reviewer'] })
    })

    it.each(['editor', 'reviewer', 'author'] as Role[])(
      "%s cannot change another user's account",
      async (who) => {
        const other = who === 'editor' ? t.users.author : t.users.editor
        const before = await payload.findByID({ collection: 'users', id: other.id })
        await expect(
          payload.update({
            collection: 'users',
            id: other.id,
            data: { name: `Renamed by ${who}` },
            ...as(who),
          }),
        ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
        const after = await payload.findByID({ collection: 'users', id: other.id })
        expect(after.name).toBe(before.name)
      },
    )

    it('an admin can change roles', async () => {
      const user = await payload.create({
        collection: 'users',
        data: {
          email: 'promote-me@test.example',
          password: TEST_PASSWORD,
          name: 'P',
          roles: ['author'],
        },
      })
      const updated = await payload.update({
        collection: 'users',
        id: user.id,
        data: { roles: ['editor', 'reviewer'] },
        ...as('admin'),
      })
      expect([...updated.roles].sort()).toEqual(['editor', 'reviewer'])
      expect([...(await storedRoles(user))].sort()).toEqual(['editor', 'reviewer'])
    })
  })
})

describe('slugs', () => {
  const createScarType = (data: Record<string, unknown>) =>
    create('scar-types', { category: 'atrophic', ...data }, as('editor'))

  it("is derived from the name when missing: 'Ice Pick Scars' -> 'ice-pick-scars'", async () => {
    const doc = await createScarType({ name: 'Ice Pick Scars' })
    expect(doc.slug).toBe('ice-pick-scars')
    expect((await findByID('scar-types', doc.id)).slug).toBe('ice-pick-scars')
  })

  it('is trimmed when given', async () => {
    const doc = await createScarType({ name: 'Boxcar Scars', slug: '  boxcar  ' })
    expect(doc.slug).toBe('boxcar')
  })

  it('refuses a name with nothing to make a slug from, asking for one', async () => {
    const error = await createScarType({ name: '!!!' }).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toMatchObject({ name: 'ValidationError', status: 400 })
    expect(JSON.stringify((error as { data: unknown }).data)).toContain(
      'A slug is required; give one or fill in the name.',
    )
  })

  it('refuses a duplicate slug, derived or given, with a ValidationError on the slug', async () => {
    await createScarType({ name: 'Rolling Scars' })
    for (const data of [
      { name: 'Rolling Scars' },
      { name: 'Something else', slug: 'rolling-scars' },
    ]) {
      const error = await createScarType(data).then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(error).toMatchObject({ name: 'ValidationError', status: 400 })
      expect((error as { data: { errors: { path: string }[] } }).data.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'slug' })]),
      )
    }
    const { totalDocs } = await payload.count({
      collection: 'scar-types',
      where: { slug: { equals: 'rolling-scars' } },
    })
    expect(totalDocs).toBe(1)
  })

  it('allows the same slug in another collection', async () => {
    await createScarType({ name: 'Subcision scars' })
    const treatment = await create(
      'treatments',
      { name: 'Subcision Scars', kind: 'in_office_procedure' },
      as('editor'),
    )
    expect(treatment.slug).toBe('subcision-scars')
  })

  it.each(['Ice Pick!', 'ice_pick', 'ice--pick', 'UPPER-case', '-leading'])(
    'refuses the malformed slug %j with a ValidationError saying what is allowed',
    async (slug) => {
      const error = await createScarType({ name: unique('Malformed'), slug }).then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(error).toMatchObject({ name: 'ValidationError', status: 400 })
      expect(JSON.stringify((error as { data: unknown }).data)).toContain(
        'Use lower-case letters, digits and single hyphens only.',
      )
    },
  )

  it('keeps the slug (and so the URL) when the name changes', async () => {
    const doc = await createScarType({ name: 'Hypertrophic Scars' })
    const renamed = (await payload.update({
      collection: 'scar-types',
      id: doc.id,
      data: { name: 'Hypertrophic and Keloid Scars' },
      ...as('editor'),
    })) as unknown as Doc
    expect(renamed.slug).toBe('hypertrophic-scars')
  })
})

describe('scar-types join: treatments', () => {
  const ids = {} as Record<'a' | 'b' | 't1' | 't2' | 't3Draft' | 't4', string>

  beforeAll(async () => {
    const scar = async (name: string) =>
      (await create('scar-types', { name, category: 'atrophic', _status: 'published' })).id
    ids.a = await scar('Join Scar A')
    ids.b = await scar('Join Scar B')
    const treatment = async (name: string, targets: string[], status = 'published') =>
      (
        await create(
          'treatments',
          {
            name,
            kind: 'in_office_procedure',
            targets: targets.map((scarType) => ({ scarType })),
            _status: status,
          },
          { draft: status === 'draft' },
        )
      ).id
    ids.t1 = await treatment('Join T1', [ids.a])
    ids.t2 = await treatment('Join T2', [ids.a, ids.b])
    ids.t3Draft = await treatment('Join T3 draft', [ids.a], 'draft')
    ids.t4 = await treatment('Join T4', [ids.b])
  })

  it('lists, for staff, every treatment whose targets point at the scar type', async () => {
    const a = await findByID('scar-types', ids.a, { ...as('editor'), depth: 0 })
    const b = await findByID('scar-types', ids.b, { ...as('editor'), depth: 0 })
    const join = (doc: Doc) => doc.treatments as { docs: unknown[] }
    expect(idsOf(join(a).docs)).toEqual([ids.t1, ids.t2, ids.t3Draft].sort())
    expect(idsOf(join(b).docs)).toEqual([ids.t2, ids.t4].sort())
  })

  it('populates the treatments at depth 1', async () => {
    const b = await findByID('scar-types', ids.b, { ...as('editor'), depth: 1 })
    const names = (b.treatments as { docs: Doc[] }).docs.map((doc) => doc.name).sort()
    expect(names).toEqual(['Join T2', 'Join T4'])
  })

  it('lists only published treatments for the public', async () => {
    const a = await findByID('scar-types', ids.a, { ...as('anonymous'), depth: 1 })
    const join = a.treatments as { docs: unknown[] }
    expect(idsOf(join.docs)).toEqual([ids.t1, ids.t2].sort())
    expect(JSON.stringify(a)).not.toContain('Join T3 draft')
  })
})

/**
 * Rich text as HTML as the reader sees it: an inline expert quote renders only when the reader may
 * read the quote, an internal link only to what the reader may see, and the documents a whole
 * list refers to load in one query per collection.
 */
describe('rich text as HTML (bodyHtml, bodyExcerpt)', () => {
  const PUBLISHED = { _status: 'published', reviewState: 'published' } as const

  const linkNode = (relationTo: string, value: string, text: string) => ({
    type: 'link',
    children: [textNode(text)],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 3,
    fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false },
  })

  const quoteBlock = (quoteId: string, blockId: string) =>
    inlineBlockNode('expertQuote', blockId, { quote: quoteId })

  let expert: Doc
  let publishedQuote: Doc
  let draftQuote: Doc
  let publishedScarType: Doc
  let draftScarType: Doc

  const createArticle = (slug: string, body: unknown): Promise<Doc> =>
    payload.create({
      collection: 'articles',
      data: { title: `Article ${slug}`, slug, body, ...PUBLISHED } as never,
    }) as unknown as Promise<Doc>

  const readAsPublic = async (slug: string, select?: Record<string, boolean>): Promise<Doc> => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      overrideAccess: false,
      ...(select ? { select } : {}),
    })
    expect(docs).toHaveLength(1)
    return docs[0] as unknown as Doc
  }

  beforeAll(async () => {
    expert = (await payload.create({
      collection: 'experts',
      data: { name: 'Dr Ada <Quote>', slug: 'ada-quote', credentials: 'MD & FAAD' },
    })) as unknown as Doc
    const quote = (statement: string, status: object) =>
      payload.create({
        collection: 'expert-quotes',
        data: {
          statement,
          kind: 'direct',
          expert: expert.id,
          source: { publication: 'Test Journal' },
          ...status,
        } as never,
      }) as unknown as Promise<Doc>
    publishedQuote = await quote('Scars fade "slowly" & unevenly.', PUBLISHED)
    draftQuote = await quote('UNREVIEWED DRAFT WORDS', {})
    const scarType = (name: string, slug: string, status: object) =>
      payload.create({
        collection: 'scar-types',
        data: { name, slug, category: 'atrophic', ...status } as never,
      }) as unknown as Promise<Doc>
    publishedScarType = await scarType('Rich text boxcar', 'rich-text-boxcar', PUBLISHED)
    draftScarType = await scarType('Rich text draft type', 'rich-text-draft-type', {})
  })

  const body = () =>
    rootNode([
      paragraphNode([textNode('Before the quotes.')]),
      paragraphNode([quoteBlock(publishedQuote.id, 'b1')]),
      paragraphNode([quoteBlock(draftQuote.id, 'b2')]),
      paragraphNode([
        textNode('See '),
        linkNode('scar-types', publishedScarType.id, 'boxcar scars') as never,
        textNode(' and '),
        linkNode('scar-types', draftScarType.id, 'a hidden type') as never,
        textNode('.'),
      ]),
    ])

  const PUBLISHED_QUOTE_HTML =
    '<blockquote class="expert-quote" data-kind="direct">' +
    '<p>Scars fade &quot;slowly&quot; &amp; unevenly.</p>' +
    '<footer><a href="/experts/ada-quote">Dr Ada &lt;Quote&gt;</a>, MD &amp; FAAD</footer>' +
    '</blockquote>'

  it('shows the public a published quote as a blockquote, and nothing of a draft quote or a draft link target', async () => {
    await createArticle('quotes-for-public', body())
    const article = await readAsPublic('quotes-for-public')
    expect(article.bodyHtml).toBe(
      '<p>Before the quotes.</p>' +
        PUBLISHED_QUOTE_HTML +
        '<p>See <a href="/scar-types/rich-text-boxcar">boxcar scars</a> and a hidden type.</p>',
    )
    expect(JSON.stringify(article)).not.toContain('UNREVIEWED DRAFT WORDS')
    expect(article.bodyExcerpt).toBe('Before the quotes. See boxcar scars and a hidden type.')
  })

  it('shows staff the draft quote and link too: what is left out depends on who reads', async () => {
    await createArticle('quotes-for-staff', body())
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'quotes-for-staff' } },
      overrideAccess: false,
      user: t.users.editor,
    })
    expect(docs[0].bodyHtml).toContain('<p>UNREVIEWED DRAFT WORDS</p>')
    expect(docs[0].bodyHtml).toContain(
      '<a href="/scar-types/rich-text-draft-type">a hidden type</a>',
    )
  })

  it('selecting only the HTML and excerpt reads the body for them but does not return it', async () => {
    await createArticle('quotes-selected', body())
    const full = await readAsPublic('quotes-selected')
    const selected = await readAsPublic('quotes-selected', { bodyHtml: true, bodyExcerpt: true })
    expect(Object.keys(selected).sort()).toEqual(['bodyExcerpt', 'bodyHtml', 'id'])
    expect(selected.bodyHtml).toBe(full.bodyHtml)
    expect(selected.bodyExcerpt).toBe(full.bodyExcerpt)
  })

  // Below depth 2 the quotes' attribution names their experts; at depth 2 Payload itself populates
  // each quote's expert, as it would without the HTML.
  it.each([
    [0, ['expert-quotes']],
    [1, ['expert-quotes']],
    [2, ['expert-quotes', 'experts']],
  ])(
    'loads the quotes of a whole list in one query, at depth %i, and no experts unless Payload populates them (from depth 1 the query Payload makes for the body itself)',
    async (depth, queried) => {
      for (const n of [1, 2, 3]) {
        await createArticle(
          `batched-${depth}-${n}`,
          rootNode([
            paragraphNode([quoteBlock(publishedQuote.id, `q${n}`)]),
            paragraphNode([quoteBlock(draftQuote.id, `d${n}`)]),
          ]),
        )
      }
      // Payload's DataLoader batches population through payload.find: count its calls.
      const find = payload.find.bind(payload)
      const collectionsFound: string[] = []
      payload.find = ((args: { collection: string }) => {
        collectionsFound.push(args.collection)
        return find(args as never)
      }) as typeof payload.find
      try {
        const { docs } = await find({
          collection: 'articles',
          where: { slug: { like: `batched-${depth}-` } },
          overrideAccess: false,
          depth,
        })
        expect(docs.map((doc) => doc.bodyHtml)).toEqual([
          PUBLISHED_QUOTE_HTML,
          PUBLISHED_QUOTE_HTML,
          PUBLISHED_QUOTE_HTML,
        ])
        expect(collectionsFound.sort()).toEqual(queried)
      } finally {
        payload.find = find
      }
    },
  )

  describe('a quote’s attribution follows its expert', () => {
    const ATTRIBUTED_HTML = (name: string, credentials: string, slug: string) =>
      '<blockquote class="expert-quote" data-kind="direct"><p>Attributed words.</p>' +
      `<footer><a href="/experts/${slug}">${name}</a>, ${credentials}</footer></blockquote>`

    const attributedArticle = async (slug: string) => {
      const renamed = (await payload.create({
        collection: 'experts',
        data: { name: 'Dr Before', slug: `${slug}-expert`, credentials: 'MD' },
      })) as unknown as Doc
      const quote = (await payload.create({
        collection: 'expert-quotes',
        data: {
          statement: 'Attributed words.',
          kind: 'direct',
          expert: renamed.id,
          source: { publication: 'Test Journal' },
          ...PUBLISHED,
        } as never,
      })) as unknown as Doc
      await createArticle(slug, rootNode([paragraphNode([quoteBlock(quote.id, 'a1')])]))
      return { expert: renamed, quote }
    }

    it('is set on save, whatever the client sends', async () => {
      const quote = (await payload.create({
        collection: 'expert-quotes',
        data: {
          statement: 'Forged attribution.',
          kind: 'paraphrase',
          expert: expert.id,
          source: { publication: 'Test Journal' },
          attribution: { name: 'Dr Somebody Else', credentials: 'PhD', slug: 'else' },
        } as never,
        overrideAccess: false,
        user: t.users.author,
      })) as unknown as Doc
      expect(quote.attribution).toEqual({
        name: 'Dr Ada <Quote>',
        credentials: 'MD & FAAD',
        slug: 'ada-quote',
      })
    })

    it('an edit of the expert reaches published and draft readings at once, and leaves the quote’s timestamps alone', async () => {
      const { expert: renamed, quote } = await attributedArticle('attribution-renamed')
      const readQuote = async (draft: boolean) =>
        (await payload.findByID({
          collection: 'expert-quotes',
          id: quote.id,
          draft,
        })) as unknown as Doc
      const [liveBefore, draftBefore] = [await readQuote(false), await readQuote(true)]
      await payload.update({
        collection: 'experts',
        id: renamed.id,
        data: { name: 'Dr After', credentials: 'MD, FAAD', slug: 'attribution-after' },
      })
      const html = ATTRIBUTED_HTML('Dr After', 'MD, FAAD', 'attribution-after')
      expect((await readAsPublic('attribution-renamed')).bodyHtml).toBe(html)
      const { docs } = await payload.find({
        collection: 'articles',
        where: { slug: { equals: 'attribution-renamed' } },
        draft: true,
        overrideAccess: false,
        user: t.users.editor,
      })
      expect(docs[0].bodyHtml).toBe(html)
      const [live, draft] = [await readQuote(false), await readQuote(true)]
      const after = { name: 'Dr After', credentials: 'MD, FAAD', slug: 'attribution-after' }
      expect([live.attribution, draft.attribution]).toEqual([after, after])
      expect([live.updatedAt, draft.updatedAt]).toEqual([
        liveBefore.updatedAt,
        draftBefore.updatedAt,
      ])
    })

    it('deleting the expert leaves its quotes no attribution', async () => {
      const { expert: removed, quote } = await attributedArticle('attribution-removed')
      await payload.delete({ collection: 'experts', id: removed.id })
      const stored = (await payload.findByID({
        collection: 'expert-quotes',
        id: quote.id,
      })) as unknown as Doc
      expect(stored.attribution).toEqual({ name: null, credentials: null, slug: null })
      expect((await readAsPublic('attribution-removed')).bodyHtml).toBe('')
    })
  })
})
