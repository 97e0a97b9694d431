/**
 * Sends queued webhooks: one job is one attempt to one endpoint. The job signs the stored body
 * with the endpoint's current secret, sends it (send.ts: timeout, no redirects, bounded read),
 * writes the attempt to the delivery log, and when it failed and attempts are left queues the next
 * attempt with `waitUntil` set by the backoff schedule (backoff.ts), in the same transaction as
 * the log entry. Chaining one job per attempt, rather than Payload's own task retries, keeps the
 * count exact and lets each log entry say when the next attempt is due.
 *
 * Delivery is at least once: a crash between sending and logging sends that attempt again.
 * Receivers deduplicate by the X-CMS-Event-Id header.
 */
import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { hasAnyRole, type Actor } from '../access/roles'
import type { WebhookDelivery, WebhookEndpoint } from '../payload-types'
import { nextRetryAt } from '../webhooks/backoff'
import { webhookHeaders } from '../webhooks/message'
import { DELIVER_WEBHOOK_TASK, WEBHOOK_QUEUE, type DeliveryJobInput } from '../webhooks/queue'
import { sendWebhook, type SendResult } from '../webhooks/send'
import { webhookUrlProblem } from '../webhooks/urlPolicy'
import { webhookSettingsOf } from './webhookAnnouncements'

type DeliveryStatus = WebhookDelivery['status']

/** Origin and path only: a query string may hold a receiver's token (e.g. ?secret=). */
const loggableUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return '(not a valid address)'
  }
}

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

const loadEndpoint = async (req: PayloadRequest, id: string): Promise<WebhookEndpoint | null> =>
  (await req.payload.findByID({
    collection: 'webhook-endpoints',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as WebhookEndpoint | null

const queueAttempt = (req: PayloadRequest, input: DeliveryJobInput, waitUntil?: Date) =>
  req.payload.jobs.queue({
    task: DELIVER_WEBHOOK_TASK,
    queue: WEBHOOK_QUEUE,
    input: input as never,
    waitUntil,
    req,
  })

interface AttemptRecord {
  status: DeliveryStatus
  endpoint: string | null
  url: string | null
  result: Partial<SendResult>
  nextRetryAt: Date | null
}

/** Writes the log entry and, when one is due, queues the next attempt: both or neither. */
const recordAttempt = async (
  req: PayloadRequest,
  input: DeliveryJobInput,
  record: AttemptRecord,
): Promise<void> => {
  const ownsTransaction = await initTransaction(req)
  try {
    await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        status: record.status,
        endpoint: record.endpoint,
        url: record.url,
        event: input.event as WebhookDelivery['event'],
        eventId: input.eventId,
        collection: input.collection as WebhookDelivery['collection'],
        documentId: input.documentId,
        attempt: input.attempt,
        statusCode: record.result.statusCode ?? null,
        durationMs: record.result.durationMs ?? null,
        error: record.result.error ?? null,
        responseExcerpt: record.result.responseExcerpt || null,
        nextRetryAt: record.nextRetryAt?.toISOString() ?? null,
        redeliveryOf: input.redeliveryOf ?? null,
        body: input.body,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (record.nextRetryAt) {
      await queueAttempt(req, { ...input, attempt: input.attempt + 1 }, record.nextRetryAt)
    }
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}

/** One attempt: what the delivery job runs. Returns the status it logged. */
export const attemptDelivery = async (
  req: PayloadRequest,
  input: DeliveryJobInput,
): Promise<DeliveryStatus> => {
  const settings = webhookSettingsOf(req.payload)
  const endpoint = await loadEndpoint(req, input.endpoint)
  const logged = {
    endpoint: input.endpoint,
    event: input.event,
    eventId: input.eventId,
    attempt: input.attempt,
  }

  if (!endpoint || !endpoint.active) {
    await recordAttempt(req, input, {
      status: 'skipped',
      endpoint: endpoint ? String(endpoint.id) : null,
      url: endpoint?.url ?? null,
      result: {
        error: endpoint
          ? 'The endpoint was turned off; nothing was sent.'
          : 'The endpoint was deleted; nothing was sent.',
      },
      nextRetryAt: null,
    })
    req.payload.logger.info({ msg: 'Webhook skipped: endpoint off or deleted', ...logged })
    return 'skipped'
  }

  const urlProblem = webhookUrlProblem(endpoint.url)
  const result: SendResult = urlProblem
    ? { ok: false, statusCode: null, responseExcerpt: '', error: urlProblem, durationMs: 0 }
    : await sendWebhook({
        url: endpoint.url,
        body: input.body,
        headers: webhookHeaders({
          body: input.body,
          secret: endpoint.secret ?? '',
          timestamp: Math.floor(Date.now() / 1000),
          eventId: input.eventId,
          event: input.event,
          attempt: input.attempt,
        }),
        timeoutMs: settings.timeoutMs,
      })
  // A refused address will not get better by waiting: no retry.
  const retryAt = result.ok || urlProblem ? null : nextRetryAt(settings, input.attempt, new Date())
  const status: DeliveryStatus = result.ok ? 'succeeded' : retryAt ? 'retrying' : 'failed'
  await recordAttempt(req, input, {
    status,
    endpoint: String(endpoint.id),
    url: endpoint.url,
    result,
    nextRetryAt: retryAt,
  })

  const summary = {
    ...logged,
    url: loggableUrl(endpoint.url),
    statusCode: result.statusCode,
    durationMs: result.durationMs,
  }
  if (status === 'succeeded') {
    req.payload.logger.info({ msg: 'Webhook delivered', ...summary })
  } else {
    req.payload.logger.warn({
      msg: status === 'retrying' ? 'Webhook failed; will retry' : 'Webhook failed; giving up',
      ...summary,
      error: result.error,
      nextRetryAt: retryAt?.toISOString(),
    })
  }
  return status
}

const requireAdmin = (req: PayloadRequest): void => {
  if (!req.user) throw new APIError('Sign in as an admin to redeliver webhooks.', 401, null, true)
  if (!hasAnyRole(req.user as unknown as Actor, 'admin')) {
    throw new APIError('Only admins can redeliver webhooks.', 403, null, true)
  }
}

export interface Redelivery {
  eventId: string
  endpoint: string
}

/**
 * Sends a logged event again, to the same endpoint, with the same body and event id (so a
 * receiver that already handled it can tell), as a new series of attempts.
 */
export const redeliver = async (req: PayloadRequest, deliveryId: string): Promise<Redelivery> => {
  requireAdmin(req)
  const delivery = (await req.payload.findByID({
    collection: 'webhook-deliveries',
    id: deliveryId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as WebhookDelivery | null
  if (!delivery) throw new APIError('No delivery-log entry has this id.', 404, null, true)
  const endpointId = idOf(delivery.endpoint)
  const endpoint = endpointId ? await loadEndpoint(req, endpointId) : null
  if (!endpoint) {
    throw new APIError('The endpoint of this delivery was deleted.', 409, null, true)
  }
  if (!endpoint.active) {
    throw new APIError('The endpoint is turned off; turn it on to redeliver.', 409, null, true)
  }
  await queueAttempt(req, {
    endpoint: String(endpoint.id),
    eventId: delivery.eventId,
    event: delivery.event,
    collection: delivery.collection,
    documentId: delivery.documentId,
    body: delivery.body,
    attempt: 1,
    redeliveryOf: String(delivery.id),
  })
  return { eventId: delivery.eventId, endpoint: String(endpoint.id) }
}

/** A delivery job still marked as running after this long was abandoned (a crash or restart). */
export const abandonedAfterMs = (timeoutMs: number): number => timeoutMs + 5 * 60 * 1000

/**
 * Puts webhook jobs that a stopped process left marked as running back in the queue. Payload
 * runs only jobs that are not marked, so without this they would never be sent.
 */
export const releaseAbandonedDeliveries = async (payload: Payload): Promise<number> => {
  const { timeoutMs } = webhookSettingsOf(payload)
  const before = new Date(Date.now() - abandonedAfterMs(timeoutMs)).toISOString()
  const where: Where = {
    and: [
      { queue: { equals: WEBHOOK_QUEUE } },
      { processing: { equals: true } },
      { updatedAt: { less_than: before } },
    ],
  }
  // A plain read first: the update below is a write transaction, taken only when needed.
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where,
    overrideAccess: true,
  })
  if (totalDocs === 0) return 0
  const released = await payload.update({
    collection: 'payload-jobs',
    where,
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  if (released.docs.length > 0) {
    payload.logger.warn({
      msg: 'Requeued webhook deliveries a stopped process left unfinished',
      count: released.docs.length,
    })
  }
  return released.docs.length
}

/**
 * Whether a webhook attempt is due now, by a plain read. Payload's queue runner takes a write
 * transaction on every run, even an empty one; on SQLite that would contend with editors' saves
 * every second, so the runner is started only when this says there is work.
 */
export const hasDueDeliveries = async (payload: Payload): Promise<boolean> => {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: WEBHOOK_QUEUE } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
        {
          or: [
            { waitUntil: { exists: false } },
            { waitUntil: { less_than: new Date().toISOString() } },
          ],
        },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}
