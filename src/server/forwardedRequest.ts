import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { Readable } from 'node:stream'

import type { Refusal } from '../input/requestLine'
import type { BodyInspector } from './multipartInspector'

/**
 * The request Next is handed when the body gate has read (or is reading) the body: the same
 * method, URL, headers and socket as the client's request, and a body stream the gate feeds.
 *
 * Next builds the route handler's `Request` from the Node request it is given (its body is that
 * object, read as an async iterable) and uses nothing else from it but `method`, `url`,
 * `headers`, `socket.encrypted`, `socket.remoteAddress` and its events; Next's own internal
 * requests are such Readables too (next/dist/server/lib/mock-request.js). Handing Next this
 * object instead of the socket's request means that when Payload stops reading early (a limit,
 * an error) only this stream is destroyed, never the client's connection under the answer.
 */
export class ForwardedRequest extends Readable {
  readonly method: string | undefined
  url: string | undefined
  headers: IncomingHttpHeaders
  readonly rawHeaders: string[]
  readonly httpVersion: string
  readonly httpVersionMajor: number
  readonly httpVersionMinor: number

  /** A failure that arrived before anyone read: it is delivered on the first read. */
  private pendingFailure: Error | undefined
  private hasBeenRead = false

  constructor(
    private readonly source: IncomingMessage,
    private readonly hooks: {
      /** The reader wants more: resume the source. */
      onRead?: () => void
      /** The reader gave up, or the stream failed: stop reading the source. */
      onDestroy?: () => void
    } = {},
    headers: IncomingHttpHeaders = source.headers,
  ) {
    super()
    this.method = source.method
    this.url = source.url
    this.headers = headers
    this.rawHeaders = source.rawHeaders
    this.httpVersion = source.httpVersion
    this.httpVersionMajor = source.httpVersionMajor
    this.httpVersionMinor = source.httpVersionMinor
    // A failed body reaches its reader through the stream itself; failing before anyone reads
    // must not become an uncaught 'error' event.
    this.on('error', () => undefined)
  }

  get socket(): Socket {
    return this.source.socket
  }

  get connection(): Socket {
    return this.source.socket
  }

  get complete(): boolean {
    return this.source.complete
  }

  /** The body has failed (or will, on the first read): nothing more is passed on. */
  get failed(): boolean {
    return this.destroyed || this.pendingFailure !== undefined
  }

  /**
   * Fails the body for its reader. Before Next has started reading, the failure waits for the
   * first read: a stream destroyed before Next wraps it in a Request is refused by the Request
   * constructor ("disturbed"), and Next would answer that with a bare 500.
   */
  fail(error: Error): void {
    if (this.hasBeenRead) this.destroy(error)
    else this.pendingFailure ??= error
  }

  override _read(): void {
    this.hasBeenRead = true
    if (this.pendingFailure) {
      this.destroy(this.pendingFailure)
      return
    }
    this.hooks.onRead?.()
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.hooks.onDestroy?.()
    callback(error)
  }
}

/** A request whose whole body the gate has already read: its reader gets these bytes. */
export const replayRequest = (
  source: IncomingMessage,
  body: Buffer,
  headers?: IncomingHttpHeaders,
): ForwardedRequest => {
  const request = new ForwardedRequest(source, {}, headers)
  request.push(body)
  request.push(null)
  return request
}

/**
 * A request whose body streams from the client as its reader (Payload's API handlers, or Next)
 * reads it (backpressure included), counted on the way and, when an inspector is given, shown
 * to it chunk by chunk before the reader sees it. Past `limit` bytes, or when the inspector
 * objects, the source is no longer read and the stream fails with `refuse(refusal)`, which
 * Payload answers (its status, its message).
 */
export const streamRequest = (
  source: IncomingMessage,
  {
    limit,
    tooLarge,
    inspector,
    refuse,
  }: {
    limit: number
    tooLarge: Refusal
    inspector?: BodyInspector
    refuse: (refusal: Refusal) => Error
  },
): ForwardedRequest => {
  let received = 0
  const stopReading = () => {
    source.off('data', receive)
    source.off('end', finish)
    source.off('close', closedEarly)
    source.pause()
  }
  const request = new ForwardedRequest(source, {
    onRead: () => source.resume(),
    onDestroy: stopReading,
  })
  const fail = (refusal: Refusal) => {
    stopReading()
    request.fail(refuse(refusal))
  }
  const pass = (chunk: Buffer) => {
    if (request.failed) return
    if (request.push(chunk)) source.resume()
    else source.pause()
  }
  function receive(chunk: Buffer) {
    received += chunk.length
    if (received > limit) return fail(tooLarge)
    if (!inspector) return pass(chunk)
    source.pause()
    inspector.write(chunk, (problem) => (problem ? fail(problem) : pass(chunk)))
  }
  function finish() {
    if (!inspector) return request.push(null)
    inspector.end((problem) => (problem ? fail(problem) : request.push(null)))
  }
  function closedEarly() {
    if (!source.complete) request.fail(new Error('The client closed the connection mid-body.'))
  }
  source.on('data', receive)
  source.on('end', finish)
  source.on('close', closedEarly)
  return request
}
