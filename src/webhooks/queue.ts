/** The job that delivers one webhook to one endpoint: its queue, task and input. */

export const WEBHOOK_QUEUE = 'webhooks'

export const DELIVER_WEBHOOK_TASK = 'deliverWebhook'

/** What one queued attempt needs. The endpoint's secret is read when sending, never stored here. */
export interface DeliveryJobInput {
  endpoint: string
  eventId: string
  event: string
  collection: string
  documentId: string
  /** The exact JSON text that is signed and sent. */
  body: string
  /** 1 for the first attempt. */
  attempt: number
  /** The delivery-log entry an admin asked to redeliver, if this is a redelivery. */
  redeliveryOf?: string | null
}
