/**
 * The published-content cache and HTTP caching as a front end and a CDN meet them, on the shared
 * production server: hits, validators, private answers, CORS, and no withdrawn document served
 * once the withdraw has answered.
 */
import { get } from 'node:http'

import sharp from 'sharp'

import { sharedServer, type TestAccount } from '../helpers/sharedServer'

const { api, baseUrl, createAccount } = sharedServer()
const tag = `pc${Date.now().toString(36)}`
let editor: TestAccount
let reviewer: TestAccount
let counter = 0

const move = async (id: string, to: string, who: TestAccount) => {
  const response = await api.request('POST', `/api/scar-types/${id}/transition`, {
    token: who.token,
    body: { to },
  })
  expect(response.status).toBe(200)
}

const publishedScarType = async (): Promise<{ id: string; name: string }> => {
  const name = `Cached scar ${tag} ${++counter}`
  const created = await api.request('POST', '/api/scar-types', {
    token: editor.token,
    body: { name, category: 'atrophic' },
  })
  expect(created.status).toBe(201)
  const { id } = created.body.doc
  await move(id, 'in_review', editor)
  await move(id, 'approved', reviewer)
  await move(id, 'published', editor)
  return { id, name }
}

const read = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${baseUrl}${path}`, { method, headers })

beforeAll(async () => {
  ;[editor, reviewer] = await Promise.all([
    createAccount(`Cache editor ${tag}`, 'editor'),
    createAccount(`Cache reviewer ${tag}`, 'reviewer'),
  ])
})

test('a public read is kept: the second answer comes from memory with the same strong ETag', async () => {
  const { id } = await publishedScarType()
  const first = await read(`/api/scar-types/${id}`)
  const second = await read(`/api/scar-types/${id}`)
  expect(first.status).toBe(200)
  expect(first.headers.get('x-cache')).toBe('MISS')
  expect(second.headers.get('x-cache')).toBe('HIT')
  expect(second.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
  expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
  expect(await second.text()).toBe(await first.text())
  expect(second.headers.get('cache-control')).toBe(
    'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
  )
  expect(second.headers.get('vary')).toBe('Accept, Accept-Encoding, Origin')
  expect(second.headers.get('x-content-type-options')).toBe('nosniff')
})

test('a reader that accepts no compression never gets a compressed answer from memory', async () => {
  const { id, name } = await publishedScarType()
  // fetch() asks for gzip; the answer it caused is kept for readers that ask for gzip only.
  await read(`/api/scar-types/${id}`)
  await read(`/api/scar-types/${id}`)
  const plain = await new Promise<{ encoding?: string; body: string }>((resolve, reject) =>
    get(`${baseUrl}/api/scar-types/${id}`, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body }))
    }).on('error', reject),
  )
  expect(plain.encoding).toBeUndefined()
  expect(JSON.parse(plain.body).name).toBe(name)
})

test('a matching If-None-Match gets 304 without a body; HEAD gets the headers only', async () => {
  const { id } = await publishedScarType()
  const full = await read(`/api/scar-types/${id}`)
  const etag = full.headers.get('etag') as string
  const notModified = await read(`/api/scar-types/${id}`, { 'If-None-Match': etag })
  expect(notModified.status).toBe(304)
  expect(await notModified.text()).toBe('')
  expect(notModified.headers.get('etag')).toBe(etag)
  const head = await read(`/api/scar-types/${id}`, {}, 'HEAD')
  expect(head.status).toBe(200)
  expect(head.headers.get('etag')).toBe(etag)
  expect(head.headers.get('content-length')).toBe(full.headers.get('content-length'))
  expect(await head.text()).toBe('')
})

test('a withdrawn document is gone for readers as soon as the withdraw has answered', async () => {
  const { id, name } = await publishedScarType()
  const where = `/api/scar-types?where[name][equals]=${encodeURIComponent(name)}`
  // Both answers are in memory before the withdraw.
  for (let i = 0; i < 2; i += 1) {
    expect((await read(`/api/scar-types/${id}`)).status).toBe(200)
    expect((await (await read(where)).json()).totalDocs).toBe(1)
  }
  expect((await read(`/api/scar-types/${id}`)).headers.get('x-cache')).toBe('HIT')
  await move(id, 'archived', editor)
  expect((await read(`/api/scar-types/${id}`)).status).toBe(404)
  expect((await (await read(where)).json()).totalDocs).toBe(0)
})

test('an edit to an expert shows at once in public answers that include it', async () => {
  const created = await api.request('POST', '/api/experts', {
    token: editor.token,
    body: { name: `Cached expert ${tag}`, credentials: 'MD' },
  })
  expect(created.status).toBe(201)
  const path = `/api/experts/${created.body.doc.id}`
  await read(path)
  expect((await read(path)).headers.get('x-cache')).toBe('HIT')
  const edited = await api.request('PATCH', path, {
    token: editor.token,
    body: { location: 'Leeds' },
  })
  expect(edited.status).toBe(200)
  expect((await (await read(path)).json()).location).toBe('Leeds')
})

test('anonymous GraphQL queries over POST are kept by their body; mutations never', async () => {
  const { id, name } = await publishedScarType()
  const ask = (query: string) =>
    fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
  const query = `{ ScarType(id: "${id}") { name } }`
  expect((await ask(query)).headers.get('x-cache')).toBe('MISS')
  const hit = await ask(query)
  expect(hit.headers.get('x-cache')).toBe('HIT')
  expect((await hit.json()).data.ScarType.name).toBe(name)
  const mutation = await ask('mutation { logoutUser }')
  expect(mutation.headers.get('x-cache')).toBeNull()
  await move(id, 'archived', editor)
  const afterWithdraw = await (await ask(query)).json()
  expect(afterWithdraw.data.ScarType).toBeNull()
})

test('requests with credentials are answered privately and never from memory', async () => {
  const { id } = await publishedScarType()
  await read(`/api/scar-types/${id}`)
  for (const headers of [
    { Authorization: `JWT ${editor.token}` } as Record<string, string>,
    { Cookie: `payload-token=${editor.token}` },
  ]) {
    const response = await read(`/api/scar-types/${id}`, headers)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-cache')).toBeNull()
    // Staff see the workflow fields the public does not.
    expect((await response.json()).reviewState).toBe('published')
  }
})

test('any origin may read public answers without credentials', async () => {
  const { id } = await publishedScarType()
  const response = await read(`/api/scar-types/${id}`, { Origin: 'https://front.example' })
  expect(response.headers.get('access-control-allow-origin')).toBe('*')
  expect(response.headers.get('access-control-allow-credentials')).toBeNull()

  const preflight = await fetch(`${baseUrl}/api/graphql`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://front.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  })
  expect(preflight.status).toBe(204)
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
  expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST')
  const query = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { Origin: 'https://front.example', 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: `{ ScarType(id: "${id}") { name } }` }),
  })
  expect(query.status).toBe(200)
  expect(query.headers.get('access-control-allow-origin')).toBe('*')

  // Credentials from an origin not allowed them get no CORS approval.
  const withCredentials = await fetch(`${baseUrl}/api/graphql`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://front.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type',
    },
  })
  expect(withCredentials.headers.get('access-control-allow-origin')).toBeNull()
})

test('media files carry ETag and Last-Modified, answer HEAD and revalidate with 304', async () => {
  const png = await sharp({
    create: { width: 4, height: 4, channels: 3, background: { r: 10, g: 20, b: 30 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `cache-${tag}.png`)
  form.append('_payload', JSON.stringify({ alt: `Cache test ${tag}` }))
  const uploaded = await api.request('POST', '/api/media', { token: editor.token, body: form })
  expect(uploaded.status).toBe(201)
  const path = new URL(uploaded.body.doc.url, baseUrl).pathname
  const file = await read(path)
  expect(file.status).toBe(200)
  expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true)
  expect(file.headers.get('etag')).toBeTruthy()
  expect(file.headers.get('last-modified')).toBeTruthy()
  expect(file.headers.get('cache-control')).toBe('public, max-age=86400')
  const head = await read(path, {}, 'HEAD')
  expect(head.status).toBe(200)
  expect(head.headers.get('content-length')).toBe(String(png.length))
  // fetch() adds `Cache-Control: no-cache` to conditional requests, which static file serving
  // answers in full; a CDN or browser revalidates without it.
  const status = await new Promise<number | undefined>((resolve, reject) =>
    get(
      `${baseUrl}${path}`,
      { headers: { 'If-None-Match': file.headers.get('etag') as string } },
      (response) => {
        response.resume()
        resolve(response.statusCode)
      },
    ).on('error', reject),
  )
  expect(status).toBe(304)
})
