import type { IncomingMessage } from 'node:http'

import type { RequestHandler, Response } from 'express'
import onHeaders from 'on-headers'

import {
  bodyKindOf,
  bodyPolicyFor,
  formatBytes,
  isRefusal,
  tooLarge,
  type BodyLimits,
} from '../input/requestBody'
import { METHOD_OVERRIDE_HEADERS, type Refusal } from '../input/requestLine'
import { ForwardedRequest, replayRequest, streamRequest } from './forwardedRequest'
import { inspectMultipart } from './multipartInspector'
import { sendRefusal } from './requestChecks'

/** Thrown into a streamed body the gate refuses; Payload answers with its status and message. */
export class RefusedRequestBody extends Error {
  override name = 'RefusedRequestBody'
  readonly status: number
  readonly isPublic = true

  constructor({ status, message }: Refusal) {
    super(message)
    this.status = status
  }
}

/** Methods whose bodies Next never reads: only a declared length is bounded. */
const BODILESS_METHODS = ['GET', 'HEAD', 'OPTIONS']

const forwardedRequests = new WeakMap<IncomingMessage, ForwardedRequest>()

const bodiesReadInFront = new WeakMap<IncomingMessage, Buffer>()

/**
 * For the published-content cache, which reads a small GraphQL body before Express (to look its
 * answer up): the gate then takes these bytes instead of reading the socket again.
 */
export const bodyReadInFront = (req: IncomingMessage, body: Buffer): void => {
  bodiesReadInFront.set(req, body)
}

/**
 * The request to hand on, to Payload's API handlers or to Next: the gate's forwarded request when
 * it took over the body.
 */
export const requestToForward = (req: IncomingMessage): IncomingMessage =>
  (forwardedRequests.get(req) as unknown as IncomingMessage | undefined) ?? req

const declaredLengthOf = (req: IncomingMessage): number | undefined => {
  const header = req.headers['content-length']
  return header === undefined ? undefined : Number(header)
}

const hasBody = (req: IncomingMessage): boolean =>
  req.headers['transfer-encoding'] !== undefined || (declaredLengthOf(req) ?? 0) > 0

/** Refuses while (part of) the body is still unread: the connection closes after the answer. */
const refuseWithBodyUnread = (res: Response, refusal: Refusal): void => {
  res.setHeader('Connection', 'close')
  sendRefusal(res, refusal)
}

/**
 * Reads the body up to `limit` bytes: the bytes, 'too large' as soon as the limit is crossed (the
 * rest stays unread), or 'closed' when the client went away first.
 */
const collectBody = (req: IncomingMessage, limit: number) =>
  new Promise<Buffer | 'too large' | 'closed'>((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const settle = (outcome: Buffer | 'too large' | 'closed') => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('close', onClose)
      resolve(outcome)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.pause()
        settle('too large')
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => settle(Buffer.concat(chunks, size))
    const onClose = () => settle('closed')
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('close', onClose)
  })

/**
 * Bounds request bodies before anything buffers them, in front of Next:
 * - a declared Content-Length over the limit answers 413 at once, without reading the body;
 * - API JSON bodies (and the form-encoded query of a method override) are read here up to the
 *   JSON limit, 413 as soon as it is crossed, then checked (valid JSON, an object, not absurdly
 *   deep: 400; other content types: 415) and replayed to Next from memory;
 * - uploads (multipart) and other bodies stream through to Next as it reads them, counted; past
 *   the limit the stream fails with a 413 that Payload answers.
 * Any answer sent before the body was fully received carries `Connection: close`, so no unread
 * body is left on a kept-alive connection.
 */
export const limitRequestBodies =
  (limits: BodyLimits): RequestHandler =>
  (req, res, next) => {
    if (!hasBody(req)) {
      next()
      return
    }
    const declaredLength = declaredLengthOf(req)
    if (BODILESS_METHODS.includes(req.method)) {
      if (declaredLength !== undefined && declaredLength > limits.maxJsonBodyBytes) {
        refuseWithBodyUnread(res, tooLarge(`the ${formatBytes(limits.maxJsonBodyBytes)} limit`))
        return
      }
      next()
      return
    }
    const path = req.originalUrl.split('?', 1)[0]
    const policy = bodyPolicyFor(
      {
        method: req.method,
        path,
        contentType: req.headers['content-type'],
        declaredLength,
        isQueryOverride: METHOD_OVERRIDE_HEADERS.some((name) => req.headers[name] === 'GET'),
      },
      limits,
    )
    if (isRefusal(policy)) {
      refuseWithBodyUnread(res, policy)
      return
    }
    onHeaders(res, function closeIfBodyUnread(this: Response) {
      if (!req.complete) this.setHeader('Connection', 'close')
    })
    if (policy.read === 'stream') {
      const inspector =
        bodyKindOf(req.headers['content-type']) === 'multipart'
          ? inspectMultipart(req.headers, limits.maxJsonBodyBytes)
          : undefined
      if (inspector && isRefusal(inspector)) {
        refuseWithBodyUnread(res, inspector)
        return
      }
      const forwarded = streamRequest(req, {
        limit: policy.limit,
        tooLarge: tooLarge(policy.describeLimit),
        inspector,
        refuse: (refusal) => new RefusedRequestBody(refusal),
      })
      forwardedRequests.set(req, forwarded)
      next()
      return
    }
    const readInFront = bodiesReadInFront.get(req)
    const reading = readInFront
      ? Promise.resolve(readInFront.length > policy.limit ? ('too large' as const) : readInFront)
      : collectBody(req, policy.limit)
    reading.then((body) => {
      if (body === 'closed') return
      if (body === 'too large') {
        refuseWithBodyUnread(res, tooLarge(policy.describeLimit))
        return
      }
      const refusal = policy.check(body.toString('utf8'))
      if (refusal) {
        sendRefusal(res, refusal)
        return
      }
      // Payload reads JSON only when the type is exactly application/json.
      const headers =
        bodyKindOf(req.headers['content-type']) === 'json'
          ? { ...req.headers, 'content-type': 'application/json' }
          : req.headers
      forwardedRequests.set(req, replayRequest(req, body, headers))
      next()
    }, next)
  }
