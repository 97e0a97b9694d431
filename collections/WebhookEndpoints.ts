import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { hasAnyRole, isAdmin, isAdminField, type Actor } from '../src/access'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { WEBHOOK_EVENTS } from '../src/webhooks/events'
import { PUBLIC_COLLECTIONS } from '../src/workflow/collections'
import { generateWebhookSecret } from '../src/webhooks/signature'
import { webhookUrlProblem } from '../src/webhooks/urlPolicy'

/**
 * The server makes every secret: a new endpoint gets a fresh one, and no save can set or change
 * it (the field refuses values from clients; this keeps even trusted server code from doing so).
 */
const assignSecret: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => ({
  ...data,
  secret: operation === 'create' ? generateWebhookSecret() : originalDoc?.secret,
})

const neverFromClients = () => false

/**
 * Where webhooks go: front ends (or anything else) that want to hear when public content
 * changes. Admins only, for every operation: the list holds secrets and internal addresses.
 */
export const WebhookEndpoints: CollectionConfig = {
  slug: 'webhook-endpoints',
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'description', 'events', 'active'],
    group: 'Admin',
    description:
      'Addresses told when public content changes (publish, withdraw, delete, edits to experts and media). Each request is signed with the endpoint’s secret.',
    hidden: ({ user }) => !hasAnyRole(user as unknown as Actor, 'admin'),
  },
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  // What a delivery-log entry shows of its endpoint: never the secret.
  defaultPopulate: { url: true, description: true },
  hooks: {
    beforeOperation: [capApiPaging],
    beforeChange: [assignSecret],
  },
  fields: [
    {
      name: 'url',
      type: 'text',
      label: 'URL',
      required: true,
      validate: (value: unknown) => webhookUrlProblem(value) ?? true,
      admin: {
        description:
          'http:// or https:// only. Internal addresses (e.g. a front end on the same network) are allowed; redirects are not followed.',
      },
    },
    { name: 'description', type: 'text' },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...WEBHOOK_EVENTS],
      options: WEBHOOK_EVENTS.map((event) => ({ label: event, value: event })),
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      options: PUBLIC_COLLECTIONS.map((slug) => ({ label: slug, value: slug })),
      admin: { description: 'Leave empty for every collection.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
    {
      name: 'secret',
      type: 'text',
      access: { read: isAdminField, create: neverFromClients, update: neverFromClients },
      admin: {
        readOnly: true,
        description:
          'Made by the server when the endpoint is saved. The receiver uses it to check the X-CMS-Signature header.',
      },
    },
  ],
}
