/**
 * The `jobs` part of the Payload config: the delivery task and the schedule that runs the
 * webhook queue inside the server process (Payload's `autoRun`, started by getPayload's
 * `cron: true` in src/runtime/startPayload.ts only; the seed command and Local API tests never
 * send webhooks by themselves).
 *
 * Each run first checks by a plain read whether an attempt is due (hasDueDeliveries): an idle
 * server takes no write transaction for webhooks at all.
 *
 * Nobody may queue, run or cancel jobs over HTTP (Payload's default lets any signed-in user run
 * the queue at /api/payload-jobs/run, which could also send an attempt twice while the schedule
 * runs it): the server queues them itself and admins redeliver through the delivery log.
 */
import type { JobsConfig, Payload, TaskConfig } from 'payload'

import { DELIVER_WEBHOOK_TASK, WEBHOOK_QUEUE, type DeliveryJobInput } from '../webhooks/queue'
import { queueCron, type WebhookSettings } from '../webhooks/settings'
import { attemptDelivery, hasDueDeliveries, releaseAbandonedDeliveries } from './webhookDelivery'

/** Deliveries sent at once per run of the queue. */
export const DELIVERIES_PER_RUN = 10

/** How often the queue is checked for attempts a stopped process left marked as running. */
const ABANDONED_CHECK_INTERVAL_MS = 60_000

const nobodyOverHttp = () => false

const deliverWebhookTask: TaskConfig = {
  slug: DELIVER_WEBHOOK_TASK,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'endpoint', type: 'text', required: true },
    { name: 'eventId', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true },
    { name: 'body', type: 'text', required: true },
    { name: 'attempt', type: 'number', required: true },
    { name: 'redeliveryOf', type: 'text' },
  ],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  handler: async ({ input, req }) => ({
    output: { status: await attemptDelivery(req, input as unknown as DeliveryJobInput) },
  }),
  // Retries of the job itself cover the CMS's own failures (e.g. a busy database while logging);
  // a receiver's failures are retried by queueing the next attempt (webhookDelivery.ts).
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 5_000 } },
}

export const webhookJobsConfig = (settings: WebhookSettings): JobsConfig => {
  let lastAbandonedCheck = 0
  return {
    tasks: [deliverWebhookTask],
    access: { queue: nobodyOverHttp, run: nobodyOverHttp, cancel: nobodyOverHttp },
    deleteJobOnComplete: true,
    // The queue is the server's business: no GraphQL types or operations for it.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      graphQL: false,
    }),
    autoRun: [
      {
        cron: queueCron(settings.queueIntervalSeconds),
        queue: WEBHOOK_QUEUE,
        limit: DELIVERIES_PER_RUN,
        disableScheduling: true,
        silent: { info: true },
      },
    ],
    shouldAutoRun: async (payload: Payload) => {
      if (Date.now() - lastAbandonedCheck >= ABANDONED_CHECK_INTERVAL_MS) {
        lastAbandonedCheck = Date.now()
        await releaseAbandonedDeliveries(payload).catch((error: unknown) =>
          payload.logger.error({
            msg: 'Could not requeue abandoned webhook deliveries',
            reason: error instanceof Error ? error.message : String(error),
          }),
        )
      }
      return hasDueDeliveries(payload)
    },
  }
}
