import type { Endpoint } from 'payload'

import { redeliver } from '../services/webhookDelivery'

/**
 * `POST /api/webhook-deliveries/{id}/redeliver` (admins): sends the logged event to its endpoint
 * again. Answers 202 at once; the attempt shows up in the delivery log when it has run.
 */
export const redeliverEndpoint: Endpoint = {
  path: '/:id/redeliver',
  method: 'post',
  handler: async (req) => {
    const { eventId, endpoint } = await redeliver(req, String(req.routeParams?.id ?? ''))
    return Response.json(
      {
        message: 'Queued for redelivery; the attempt will appear in the delivery log.',
        eventId,
        endpoint,
      },
      { status: 202 },
    )
  },
}
