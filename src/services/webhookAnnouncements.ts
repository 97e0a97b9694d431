/**
 * Records that public content changed, for the endpoints that want to hear it: one queued
 * delivery job per endpoint, written with the caller's `req`, so inside the transaction of the
 * change itself. The job exists only if the change commits (a rolled-back move leaves nothing to
 * send), and a change that committed always leaves its jobs behind, even if the process stops
 * right after: the queue is the outbox. Nothing is sent here; the move's answer never waits for a
 * receiver (see webhookDelivery.ts).
 *
 * When no active endpoint wants the event, this costs one small query and writes nothing.
 */
import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import {
  endpointWants,
  webhookEventForAction,
  type WebhookEvent,
  type WebhookSubscription,
} from '../webhooks/events'
import { webhookBody } from '../webhooks/message'
import { DELIVER_WEBHOOK_TASK, WEBHOOK_QUEUE, type DeliveryJobInput } from '../webhooks/queue'
import { revalidationPaths, type PathSubject } from '../webhooks/revalidationPaths'
import { readWebhookSettings, type WebhookSettings } from '../webhooks/settings'
import type { PublicCollectionSlug } from '../workflow/collections'

/** More endpoints than this are not expected; the rest would be left out (and logged). */
const MAX_ENDPOINTS = 100

/** The settings payload.config.ts read at start (config.custom.webhooks), or the environment's. */
export const webhookSettingsOf = (payload: Payload): WebhookSettings =>
  (payload.config.custom?.webhooks as WebhookSettings | undefined) ?? readWebhookSettings()

/** Active endpoints subscribed to this event for this collection. */
const subscribedEndpoints = async (
  req: PayloadRequest,
  event: WebhookEvent,
  collection: PublicCollectionSlug,
): Promise<string[]> => {
  const found = await req.payload.find({
    collection: 'webhook-endpoints',
    where: { active: { equals: true } },
    select: { active: true, events: true, collections: true },
    depth: 0,
    limit: MAX_ENDPOINTS,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs
    .filter((endpoint) => endpointWants(endpoint as WebhookSubscription, event, collection))
    .map((endpoint) => String(endpoint.id))
}

export interface ContentChange {
  event: WebhookEvent
  collection: PublicCollectionSlug
  id: string
  /** The slug the message names: the public one (before a withdrawal or deletion). */
  slug: string | null
  /** Every version of the document whose pages may need refreshing (old and new slug). */
  subjects: PathSubject[]
}

const queueDeliveries = async (
  req: PayloadRequest,
  endpoints: string[],
  change: ContentChange,
): Promise<void> => {
  const settings = webhookSettingsOf(req.payload)
  const eventId = randomUUID()
  const body = webhookBody({
    eventId,
    event: change.event,
    collection: change.collection,
    id: change.id,
    slug: change.slug,
    occurredAt: new Date().toISOString(),
    paths: revalidationPaths(settings.revalidationPatterns, change.collection, change.subjects),
  })
  for (const endpoint of endpoints) {
    const input: DeliveryJobInput = {
      endpoint,
      eventId,
      event: change.event,
      collection: change.collection,
      documentId: change.id,
      body,
      attempt: 1,
    }
    await req.payload.jobs.queue({
      task: DELIVER_WEBHOOK_TASK,
      queue: WEBHOOK_QUEUE,
      input: input as never,
      req,
    })
  }
}

/** Queues the webhooks for one change, inside `req`'s transaction. */
export const announceChange = async (req: PayloadRequest, change: ContentChange): Promise<void> => {
  const endpoints = await subscribedEndpoints(req, change.event, change.collection)
  if (endpoints.length > 0) await queueDeliveries(req, endpoints, change)
}

const slugOf = (doc: Record<string, unknown> | null | undefined): string | null =>
  typeof doc?.slug === 'string' && doc.slug !== '' ? doc.slug : null

export interface WorkflowAnnouncement {
  /** Call with the document as the move wrote it, before the move's transaction commits. */
  announce: (doc: Record<string, unknown>) => Promise<void>
}

/**
 * Call before a review move writes, with the document row as the move read it: returns null when
 * the move raises no event (see the table in src/webhooks/events.ts) or nobody listens; otherwise
 * remembers what was public before the move, so a new slug also refreshes the old path and a
 * withdrawal names the path that was public.
 */
export const prepareWorkflowAnnouncement = async (
  req: PayloadRequest,
  collection: PublicCollectionSlug,
  id: string,
  action: string,
  live: Record<string, unknown>,
): Promise<WorkflowAnnouncement | null> => {
  const event = webhookEventForAction(action)
  if (!event) return null
  const endpoints = await subscribedEndpoints(req, event, collection)
  if (endpoints.length === 0) return null
  // The document row is the public one while its status is published.
  const publicBefore = live._status === 'published' ? { id, slug: slugOf(live) } : null

  return {
    announce: async (doc) => {
      const now = { id, slug: slugOf(doc) }
      const subjects = event === 'withdrawn' ? [publicBefore ?? now] : [now]
      if (event !== 'withdrawn' && publicBefore) subjects.push(publicBefore)
      await queueDeliveries(req, endpoints, {
        event,
        collection,
        id,
        slug: subjects[0].slug ?? null,
        subjects,
      })
    },
  }
}
