/**
 * One outgoing webhook request against real local HTTP servers: what is sent, and the limits
 * (no redirects, timeout, bounded read of the answer).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { RESPONSE_EXCERPT_BYTES, sendWebhook } from '../../src/webhooks/send'

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void

let server: Server
let baseUrl: string
const handlers = new Map<string, Handler>()
const hits: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      hits.push(req.url ?? '')
      const handler = handlers.get(req.url ?? '')
      if (handler) handler(req, body, res)
      else res.writeHead(404).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const send = (path: string, timeoutMs = 2_000) =>
  sendWebhook({
    url: `${baseUrl}${path}`,
    body: '{"event":"published"}',
    headers: { 'Content-Type': 'application/json', 'X-CMS-Event': 'published' },
    timeoutMs,
  })

it('POSTs the body and headers; a 2xx is a success with the start of the answer kept', async () => {
  let received: { method?: string; body?: string; event?: string; type?: string } = {}
  handlers.set('/ok', (req, body, res) => {
    received = {
      method: req.method,
      body,
      event: req.headers['x-cms-event'] as string,
      type: req.headers['content-type'],
    }
    res.writeHead(204).end()
  })
  const result = await send('/ok')
  expect(result).toMatchObject({ ok: true, statusCode: 204, error: null, responseExcerpt: '' })
  expect(received).toEqual({
    method: 'POST',
    body: '{"event":"published"}',
    event: 'published',
    type: 'application/json',
  })
})

it('a 500 is a failure that keeps the status and the answer', async () => {
  handlers.set('/fail', (_req, _body, res) => res.writeHead(500).end('database down'))
  expect(await send('/fail')).toMatchObject({
    ok: false,
    statusCode: 500,
    error: 'Answered 500.',
    responseExcerpt: 'database down',
  })
})

it('a redirect is not followed and counts as a failure', async () => {
  handlers.set('/moved', (_req, _body, res) =>
    res.writeHead(301, { Location: `${baseUrl}/target` }).end(),
  )
  handlers.set('/target', (_req, _body, res) => res.writeHead(200).end())
  const result = await send('/moved')
  expect(result.ok).toBe(false)
  expect(result.statusCode).toBe(301)
  expect(result.error).toContain('redirects are not followed')
  expect(hits).not.toContain('/target')
})

it(`reads no more than ${RESPONSE_EXCERPT_BYTES} bytes of a long answer`, async () => {
  handlers.set('/huge', (_req, _body, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' })
    // An endless answer: the sender must stop reading on its own.
    const chunk = 'x'.repeat(16 * 1024)
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump)
    }
    pump()
  })
  const result = await send('/huge')
  expect(result.ok).toBe(true)
  expect(result.responseExcerpt).toBe('x'.repeat(RESPONSE_EXCERPT_BYTES))
})

it('gives up after the timeout when the receiver does not answer', async () => {
  handlers.set('/silent', () => undefined)
  const result = await send('/silent', 300)
  expect(result).toMatchObject({
    ok: false,
    statusCode: null,
    error: 'No complete answer within 300 ms.',
  })
})

it('a refused connection is a failure naming the cause', async () => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  const result = await sendWebhook({
    url: `http://127.0.0.1:${port}/`,
    body: '{}',
    headers: {},
    timeoutMs: 2_000,
  })
  expect(result.ok).toBe(false)
  expect(result.error).toContain('ECONNREFUSED')
})

it('anything but http(s) is refused without a request', async () => {
  const result = await sendWebhook({
    url: 'ftp://127.0.0.1/',
    body: '{}',
    headers: {},
    timeoutMs: 2_000,
  })
  expect(result).toMatchObject({ ok: false, statusCode: null })
  expect(result.error).toContain('http:// or https://')
})
