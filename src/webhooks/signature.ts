/**
 * Webhook signatures: HMAC-SHA256 with the endpoint's secret over `${timestamp}.${body}`, sent as
 * `X-CMS-Signature: t=<unix seconds>,v1=<hex>`. The timestamp is signed so a captured request
 * cannot be replayed later; receivers refuse signatures older than a few minutes.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'X-CMS-Signature'
export const EVENT_ID_HEADER = 'X-CMS-Event-Id'
export const EVENT_HEADER = 'X-CMS-Event'
export const ATTEMPT_HEADER = 'X-CMS-Delivery-Attempt'

/** How far a receiver should let the signed time differ from its clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300

const SECRET_PREFIX = 'whsec_'

/** A new endpoint secret: 32 random bytes, hex, with a prefix that says what it is. */
export const generateWebhookSecret = (): string =>
  `${SECRET_PREFIX}${randomBytes(32).toString('hex')}`

export const signatureOf = (secret: string, timestamp: number, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

/** The header value for a body sent at `timestamp` (unix seconds). */
export const signatureHeader = (secret: string, timestamp: number, body: string): string =>
  `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`

export type VerificationResult =
  { ok: true; timestamp: number } | { ok: false; reason: 'malformed' | 'expired' | 'mismatch' }

/**
 * What a receiver does: parse the header, refuse a timestamp outside the tolerance, recompute the
 * HMAC over the raw body it received and compare in constant time. Several `v1=` values are
 * accepted (any one matching), so a sender could sign with an old and a new secret at once.
 */
export const verifySignature = ({
  header,
  body,
  secret,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: {
  header: string | null | undefined
  body: string
  secret: string
  nowSeconds?: number
  toleranceSeconds?: number
}): VerificationResult => {
  if (!header) return { ok: false, reason: 'malformed' }
  let timestamp: number | null = null
  const signatures: string[] = []
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2)
    if (key === 't' && /^\d+$/.test(value ?? '')) timestamp = Number(value)
    if (key === 'v1' && /^[0-9a-f]{64}$/.test(value ?? '')) signatures.push(value!)
  }
  if (timestamp === null || signatures.length === 0) return { ok: false, reason: 'malformed' }
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return { ok: false, reason: 'expired' }
  const expected = Buffer.from(signatureOf(secret, timestamp, body), 'hex')
  const matches = signatures.some((signature) =>
    timingSafeEqual(Buffer.from(signature, 'hex'), expected),
  )
  return matches ? { ok: true, timestamp } : { ok: false, reason: 'mismatch' }
}
