/**
 * Which changes front ends hear about, in plain data: the events, the collections whose public
 * content they concern, the workflow moves that raise them, and whether an endpoint wants one.
 *
 * - `published`: something became public (a publish move; a new expert or media item, which are
 *   public without review).
 * - `updated`: public content changed in place (an edit to an expert or a media item).
 * - `withdrawn`: something public is no longer public (the unpublish move today).
 * - `deleted`: a public document was deleted. Deleting a reviewed document that was never
 *   published (or was withdrawn first) tells nobody: the public never saw it.
 *
 * Edits to reviewed content raise nothing: they make a new draft while the published version
 * stays live, and the front end hears about them when that draft is published.
 */
import type { WorkflowAction } from '../workflow/transitions'
import type { PublicCollectionSlug } from '../workflow/collections'

export const WEBHOOK_EVENTS = ['published', 'updated', 'withdrawn', 'deleted'] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const isWebhookEvent = (value: unknown): value is WebhookEvent =>
  typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value)

/**
 * The review moves that change what the public sees, and the event each raises. A move missing
 * here (submit, approve, reopen, discard, ...) raises nothing: the live content stays as it was.
 */
export const WEBHOOK_EVENT_BY_WORKFLOW_ACTION: Readonly<
  Partial<Record<WorkflowAction | (string & {}), WebhookEvent>>
> = {
  publish: 'published',
  unpublish: 'withdrawn',
  withdraw: 'withdrawn',
}

export const webhookEventForAction = (action: string): WebhookEvent | null =>
  Object.prototype.hasOwnProperty.call(WEBHOOK_EVENT_BY_WORKFLOW_ACTION, action)
    ? (WEBHOOK_EVENT_BY_WORKFLOW_ACTION[action] ?? null)
    : null

/** The subscription an endpoint stores. No collections listed means every collection. */
export interface WebhookSubscription {
  active?: boolean | null
  events?: readonly string[] | null
  collections?: readonly string[] | null
}

export const endpointWants = (
  endpoint: WebhookSubscription,
  event: WebhookEvent,
  collection: PublicCollectionSlug,
): boolean =>
  endpoint.active === true &&
  (endpoint.events ?? []).includes(event) &&
  (!endpoint.collections?.length || endpoint.collections.includes(collection))
