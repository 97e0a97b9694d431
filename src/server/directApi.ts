import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'

import compression from 'compression'
import type {
  Request as ExpressRequest,
  RequestHandler,
  Response as ExpressResponse,
} from 'express'
import type { Logger } from 'pino'

import type { ApiHandlers, WebHandler } from '../api/handlers'
import { apiHandlerFor } from '../api/routing'
import { requestToForward } from './bodyLimits'
import { sendRefusal } from './requestChecks'

const headersOf = (incoming: IncomingHttpHeaders): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const each of value) headers.append(name, each)
    else headers.set(name, value)
  }
  return headers
}

/**
 * The fetch `Request` Payload's handlers take, as Next would build it: the path and query the
 * client sent on the configured origin (never the Host header's), the headers as the gate passed
 * them on (with the client's address), and the body streamed from the gate. HEAD runs as GET;
 * Node leaves the body out of a HEAD answer.
 */
const webRequestOf = (req: IncomingMessage, originalUrl: string, origin: string): Request => {
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET')
  const hasBody = method !== 'GET' && method !== 'OPTIONS'
  return new Request(`${origin}${originalUrl}`, {
    method,
    headers: headersOf(req.headers),
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // A streamed body must say so (fetch's rule); uploads are read as they arrive.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/** Writes a fetch `Response` through Express (and the compression in front of it). */
const send = async (res: ExpressResponse, answer: Response): Promise<void> => {
  res.status(answer.status)
  for (const [name, value] of answer.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value)
  }
  const cookies = answer.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  // API answers are JSON of bounded size: one write lets Node state the length.
  res.end(answer.body ? Buffer.from(await answer.arrayBuffer()) : undefined)
}

/**
 * Serves the API straight from Payload's REST and GraphQL handlers, as Next's route files do,
 * without going through Next's router and rendering machinery, which cost about as much CPU as a
 * review move itself. Answers are compressed as Next compresses them (gzip, else deflate, from
 * 1 KB; the public cache keeps one copy per encoding on that rule, src/cache/httpCaching.ts).
 * Mounted after the request checks and the body gate.
 */
export const directApi = ({
  handlers,
  origin,
  logger,
}: {
  handlers: ApiHandlers
  origin: string
  logger: Logger
}): RequestHandler => {
  const compress = compression()
  const serve = async (
    req: ExpressRequest,
    res: ExpressResponse,
    handler: WebHandler,
  ): Promise<void> => {
    try {
      await send(res, await handler(webRequestOf(requestToForward(req), req.originalUrl, origin)))
    } catch (error) {
      // Payload's handlers answer their own errors; reaching here is a bug in this layer.
      logger.error({ err: error, path: req.path }, 'API request failed')
      if (!res.headersSent) {
        sendRefusal(res, { status: 500, message: 'Something went wrong.' })
      } else res.destroy()
    }
  }
  return (req, res, next) => {
    const handler = apiHandlerFor(req.method, decodeURIComponent(req.path))
    if (!handler) {
      next()
      return
    }
    compress(req, res, () => void serve(req, res, handlers[handler]))
  }
}
