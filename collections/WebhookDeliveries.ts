import type { CollectionConfig } from 'payload'

import { hasAnyRole, isAdmin, type Actor } from '../src/access'
import { redeliverEndpoint } from '../src/endpoints/redeliver'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { WEBHOOK_EVENTS } from '../src/webhooks/events'
import { PUBLIC_COLLECTIONS } from '../src/workflow/collections'

export const DELIVERY_STATUSES = ['succeeded', 'retrying', 'failed', 'skipped'] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

const STATUS_LABELS: Record<DeliveryStatus, string> = {
  succeeded: 'Succeeded',
  retrying: 'Failed, will retry',
  failed: 'Failed, gave up',
  skipped: 'Skipped (endpoint off or deleted)',
}

const readOnly = { readOnly: true } as const

/**
 * The delivery log: one entry per attempt to send a webhook, written by the delivery job only.
 * Admins read it, redeliver from it and may delete entries; nobody edits one.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['createdAt', 'event', 'url', 'attempt', 'status', 'statusCode', 'nextRetryAt'],
    group: 'Admin',
    description: 'Every attempt to send a webhook, newest first.',
    hidden: ({ user }) => !hasAnyRole(user as unknown as Actor, 'admin'),
  },
  access: {
    read: isAdmin,
    // Written by the delivery job only (with access overridden).
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  hooks: { beforeOperation: [capApiPaging] },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  endpoints: [redeliverEndpoint],
  fields: [
    {
      name: 'redeliver',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/admin/RedeliverButton#RedeliverButton' },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: DELIVERY_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
      admin: readOnly,
    },
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: 'webhook-endpoints',
      index: true,
      admin: readOnly,
    },
    {
      name: 'url',
      type: 'text',
      label: 'URL',
      admin: { ...readOnly, description: 'The address this attempt went to.' },
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: WEBHOOK_EVENTS.map((value) => ({ label: value, value })),
      admin: readOnly,
    },
    {
      name: 'eventId',
      type: 'text',
      required: true,
      index: true,
      admin: { ...readOnly, description: 'Sent as X-CMS-Event-Id; the same on every attempt.' },
    },
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: PUBLIC_COLLECTIONS.map((value) => ({ label: value, value })),
      admin: readOnly,
    },
    { name: 'documentId', type: 'text', required: true, admin: readOnly },
    { name: 'attempt', type: 'number', required: true, min: 1, admin: readOnly },
    { name: 'statusCode', type: 'number', admin: readOnly },
    {
      name: 'durationMs',
      type: 'number',
      label: 'Duration (ms)',
      admin: readOnly,
    },
    { name: 'error', type: 'textarea', admin: readOnly },
    {
      name: 'responseExcerpt',
      type: 'textarea',
      admin: { ...readOnly, description: 'The start of the receiver’s answer (1 KB at most).' },
    },
    {
      name: 'nextRetryAt',
      type: 'date',
      admin: {
        ...readOnly,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm:ss' },
        description: 'When the next attempt is due; empty when none will follow.',
      },
    },
    {
      name: 'redeliveryOf',
      type: 'relationship',
      relationTo: 'webhook-deliveries',
      admin: { ...readOnly, description: 'The entry an admin redelivered.' },
    },
    {
      name: 'body',
      // Plain text, not a code field: Payload's code editor loads its scripts from a CDN.
      type: 'textarea',
      required: true,
      admin: { ...readOnly, description: 'The exact JSON that was signed.' },
    },
  ],
}
