/**
 * One outgoing webhook request: POST the body, wait at most `timeoutMs` for the whole exchange,
 * never follow a redirect, and read no more of the answer than the excerpt the delivery log
 * keeps. Uses node:http(s) directly, so nothing (Next's fetch patching included) adds caching,
 * cookies or redirects.
 */
import http from 'node:http'
import https from 'node:https'

/** How much of a receiver's answer is read and kept. */
export const RESPONSE_EXCERPT_BYTES = 1024

/** Error messages kept in the log are cut to this length. */
export const MAX_ERROR_LENGTH = 500

export interface SendResult {
  /** True for a 2xx answer. */
  ok: boolean
  statusCode: number | null
  /** The first RESPONSE_EXCERPT_BYTES of the answer, as text. */
  responseExcerpt: string
  /** Why the attempt failed (network error, timeout, non-2xx, redirect); null when it did not. */
  error: string | null
  durationMs: number
}

const cut = (text: string, length: number): string =>
  text.length <= length ? text : `${text.slice(0, length - 1)}…`

const describeFailure = (error: unknown, timeoutMs: number): string => {
  const failure = error as NodeJS.ErrnoException & { name?: string }
  if (failure?.name === 'TimeoutError' || failure?.name === 'AbortError') {
    return `No complete answer within ${timeoutMs} ms.`
  }
  const code = failure?.code ? `${failure.code}: ` : ''
  return `${code}${failure?.message ?? String(error)}`
}

const statusProblem = (statusCode: number, location: string | undefined): string | null => {
  if (statusCode >= 200 && statusCode < 300) return null
  if (statusCode >= 300 && statusCode < 400) {
    return `Answered ${statusCode}${location ? ` (to ${location})` : ''}; redirects are not followed. Configure the final address.`
  }
  return `Answered ${statusCode}.`
}

export const sendWebhook = ({
  url,
  body,
  headers,
  timeoutMs,
  excerptBytes = RESPONSE_EXCERPT_BYTES,
}: {
  url: string
  body: string
  headers: Record<string, string>
  timeoutMs: number
  excerptBytes?: number
}): Promise<SendResult> => {
  const startedAt = performance.now()
  const elapsed = () => Math.round(performance.now() - startedAt)
  const signal = AbortSignal.timeout(timeoutMs)

  return new Promise<SendResult>((resolve) => {
    let settled = false
    let statusCode: number | null = null
    const chunks: Buffer[] = []
    let received = 0
    const finish = (error: string | null, location?: string) => {
      if (settled) return
      settled = true
      const problem =
        error ?? (statusCode === null ? 'No answer.' : statusProblem(statusCode, location))
      resolve({
        ok: problem === null,
        statusCode,
        responseExcerpt: Buffer.concat(chunks).subarray(0, excerptBytes).toString('utf8'),
        error: problem === null ? null : cut(problem, MAX_ERROR_LENGTH),
        durationMs: elapsed(),
      })
    }

    let target: URL
    try {
      target = new URL(url)
    } catch {
      finish('Not a valid address.')
      return
    }
    const transport =
      target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null
    if (!transport) {
      finish(`Webhooks go to http:// or https:// addresses only, not ${target.protocol}//.`)
      return
    }

    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        signal,
        // A fresh connection per attempt: nothing carries over between receivers.
        agent: false,
      },
      (response) => {
        statusCode = response.statusCode ?? null
        const location = response.headers.location
        response.on('data', (chunk: Buffer) => {
          if (received < excerptBytes) chunks.push(chunk)
          received += chunk.length
          // Enough for the excerpt: the rest is not read.
          if (received >= excerptBytes) {
            finish(null, location)
            response.destroy()
          }
        })
        response.on('end', () => finish(null, location))
        response.on('error', (error) => finish(describeFailure(error, timeoutMs)))
        response.on('close', () => finish(null, location))
      },
    )
    request.on('error', (error) => finish(describeFailure(error, timeoutMs)))
    request.end(body)
  })
}
