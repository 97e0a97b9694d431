import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

export interface CapturedResponse {
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
}

type WriteCallback = (error?: Error | null) => void

const toBuffer = (chunk: unknown, encoding?: BufferEncoding): Buffer =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk, encoding)
      : Buffer.from(chunk as Uint8Array)

/**
 * Holds back what the next handler writes to `res` (status, headers, body) and hands it to
 * `finish` when the handler ends the response, with `res` restored: `finish` then sends the
 * answer itself (with validators and caching headers added, or as a 304). Next writes route
 * handler answers with setHeader, write and end, and may flush headers early; all are held.
 */
export const captureResponse = (
  res: ServerResponse,
  finish: (captured: CapturedResponse) => void,
): void => {
  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  }
  const chunks: Buffer[] = []
  const restore = () => Object.assign(res, original)

  res.writeHead = function heldWriteHead(
    this: ServerResponse,
    status: number,
    ...rest: unknown[]
  ): ServerResponse {
    res.statusCode = status
    const headers = rest.find((value) => value && typeof value === 'object') as
      OutgoingHttpHeaders | undefined
    for (const [name, value] of Object.entries(headers ?? {})) {
      if (value !== undefined) res.setHeader(name, value)
    }
    return res
  } as ServerResponse['writeHead']

  res.flushHeaders = () => undefined

  res.write = function heldWrite(chunk: unknown, ...rest: unknown[]): boolean {
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
    const callback = rest.find((value) => typeof value === 'function') as WriteCallback | undefined
    if (callback) process.nextTick(callback)
    return true
  } as ServerResponse['write']

  res.end = function heldEnd(chunk?: unknown, ...rest: unknown[]): ServerResponse {
    if (typeof chunk === 'function') {
      rest.unshift(chunk)
      chunk = undefined
    }
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
    restore()
    finish({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) })
    const callback = rest.find((value) => typeof value === 'function') as WriteCallback | undefined
    if (callback) res.once('finish', () => callback())
    return res
  } as ServerResponse['end']
}
