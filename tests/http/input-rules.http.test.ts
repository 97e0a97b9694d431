/**
 * What the server keeps for itself or refuses in content writes, proven once over REST: its own
 * timestamps, bounded text, no media fetched from a URL, bounded workflow input.
 */
import sharp from 'sharp'

import { sharedServer, type TestAccount } from '../helpers/sharedServer'

const { api, createAccount } = sharedServer()
const tag = `in${Date.now().toString(36)}`
let editor: TestAccount

const MEDIA_URL_REFUSED =
  'Media is uploaded as a file: send the image itself, not a "url" to fetch it from.'

const messageOf = (body: { errors?: { message: string; data?: unknown }[] }) =>
  body.errors?.[0]?.message

const uploadPng = async (alt: string) => {
  const png = await sharp({
    create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 100, b: 50 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${alt}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  return api.request('POST', '/api/media', { token: editor.token, body: form })
}

beforeAll(async () => {
  editor = await createAccount(`Input rules editor ${tag}`, 'editor')
})

test('createdAt and updatedAt sent by a client are ignored', async () => {
  const past = '2001-01-01T00:00:00.000Z'
  const before = Date.now()
  const created = await api.request('POST', '/api/scar-types', {
    token: editor.token,
    body: { name: `Timestamps ${tag}`, category: 'atrophic', createdAt: past, updatedAt: past },
  })
  expect(created.status).toBe(201)
  expect(Date.parse(created.body.doc.createdAt)).toBeGreaterThanOrEqual(before - 1000)
  expect(Date.parse(created.body.doc.updatedAt)).toBeGreaterThanOrEqual(before - 1000)

  const updated = await api.request('PATCH', `/api/scar-types/${created.body.doc.id}`, {
    token: editor.token,
    body: { summary: 'Edited.', createdAt: past },
  })
  expect(updated.status).toBe(200)
  expect(updated.body.doc.createdAt).toBe(created.body.doc.createdAt)
})

test('a 1 MB slug and an oversized title are refused with the field named', async () => {
  const slug = await api.request('POST', '/api/articles', {
    token: editor.token,
    body: { title: `Long slug ${tag}`, slug: 'a'.repeat(1_000_000) },
  })
  expect(slug.status).toBe(400)
  expect(JSON.stringify(slug.body)).toContain('A slug has at most 120 characters')

  const title = await api.request('POST', '/api/articles', {
    token: editor.token,
    body: { title: 'T'.repeat(201) },
  })
  expect(title.status).toBe(400)
  expect(title.body.errors[0].data.errors[0]).toMatchObject({ path: 'title' })
})

test('a url in a media create or update is a 400; sending back its own url is fine', async () => {
  const create = await api.request('POST', '/api/media', {
    token: editor.token,
    body: { alt: `Fetched ${tag}`, url: 'http://169.254.169.254/latest', filename: 'x.png' },
  })
  expect(create.status).toBe(400)
  expect(messageOf(create.body)).toBe(MEDIA_URL_REFUSED)
  const overGraphQL = await api.graphql(
    'mutation { createMedia(data: { alt: "x", url: "https://images.example/x.png", filename: "x.png" }) { id } }',
    {},
    editor.token,
  )
  expect(overGraphQL.body.errors?.[0]).toMatchObject({
    message: MEDIA_URL_REFUSED,
    extensions: { statusCode: 400 },
  })

  const uploaded = await uploadPng(`own-${tag}`)
  expect(uploaded.status).toBe(201)
  const { id, url } = uploaded.body.doc
  const foreign = await api.request('PATCH', `/api/media/${id}`, {
    token: editor.token,
    body: { url: 'https://elsewhere.example/x.png' },
  })
  expect(foreign.status).toBe(400)
  expect(messageOf(foreign.body)).toBe(MEDIA_URL_REFUSED)
  const same = await api.request('PATCH', `/api/media/${id}`, {
    token: editor.token,
    body: { url, alt: 'New alt text' },
  })
  expect(same.status).toBe(200)
  expect(same.body.doc).toMatchObject({ url, alt: 'New alt text' })
})

test('oversized workflow input is refused without being quoted back', async () => {
  const article = await api.request('POST', '/api/articles', {
    token: editor.token,
    body: { title: `Transition input ${tag}` },
  })
  expect(article.status).toBe(201)
  const path = `/api/articles/${article.body.doc.id}/transition`
  const hugeTarget = await api.request('POST', path, {
    token: editor.token,
    body: { to: 'x'.repeat(1_000_000) },
  })
  expect(hugeTarget.status).toBe(400)
  expect(messageOf(hugeTarget.body)).toMatch(
    /^Unknown target review state \(a 1000000-character string\)\./,
  )
  const hugeComment = await api.request('POST', path, {
    token: editor.token,
    body: { to: 'in_review', comment: 'c'.repeat(5_001) },
  })
  expect(hugeComment.status).toBe(400)
  expect(messageOf(hugeComment.body)).toBe('The comment has 5001 characters; keep it to 5000.')
  const hugeTimestamp = await api.request('POST', path, {
    token: editor.token,
    body: { to: 'in_review', expectedUpdatedAt: 't'.repeat(100_000) },
  })
  expect(hugeTimestamp.status).toBe(400)
  expect(messageOf(hugeTimestamp.body)).toBe(
    '"expectedUpdatedAt" must be the updatedAt timestamp of the version you loaded.',
  )
})
