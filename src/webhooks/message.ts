/**
 * The JSON body of a webhook and the headers that go with it. The body is built once, when the
 * change is recorded, and stored as the exact text that is signed and sent: every attempt and
 * every redelivery sends the same bytes, with a fresh timestamp and signature.
 */
import type { WebhookEvent } from './events'
import {
  ATTEMPT_HEADER,
  EVENT_HEADER,
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from './signature'
import type { PublicCollectionSlug } from '../workflow/collections'

export interface WebhookMessage {
  /** Unique per change; the same for every endpoint, attempt and redelivery of it. */
  eventId: string
  event: WebhookEvent
  collection: PublicCollectionSlug
  /** The document's id. */
  id: string
  /** The slug that is (or, for a withdrawal or deletion, was) public; null for media. */
  slug: string | null
  occurredAt: string
  /** Front-end paths whose pages may show this document (see revalidationPaths.ts). */
  paths: string[]
}

/** The body text, keys in a fixed order. */
export const webhookBody = (message: WebhookMessage): string =>
  JSON.stringify({
    eventId: message.eventId,
    event: message.event,
    collection: message.collection,
    id: message.id,
    slug: message.slug,
    occurredAt: message.occurredAt,
    paths: message.paths,
  })

export const USER_AGENT = 'AcneScarCMS-Webhooks/1.0'

export const webhookHeaders = ({
  body,
  secret,
  timestamp,
  eventId,
  event,
  attempt,
}: {
  body: string
  secret: string
  /** Unix seconds. */
  timestamp: number
  eventId: string
  event: string
  attempt: number
}): Record<string, string> => ({
  'Content-Type': 'application/json',
  'User-Agent': USER_AGENT,
  [EVENT_HEADER]: event,
  [EVENT_ID_HEADER]: eventId,
  [ATTEMPT_HEADER]: String(attempt),
  [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, body),
})
