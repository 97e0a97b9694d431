import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { describeWorkflow, transitionDocument } from '../services/reviewWorkflow'
import { diffTargets } from '../services/versionHistory'
import type { WorkflowCollectionSlug } from '../workflow/collections'

interface TransitionBody {
  to?: string
  action?: string
  comment?: string
  expectedUpdatedAt?: string
}

const badRequest = (message: string) => new APIError(message, 400, null, true)

const readBody = async (req: PayloadRequest): Promise<TransitionBody> => {
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    throw badRequest('Send a JSON body such as {"to": "in_review", "comment": "..."}.')
  }
  if (!body || typeof body !== 'object') throw badRequest('Send a JSON object with "to".')
  const { to, action, comment, expectedUpdatedAt } = body as Record<string, unknown>
  if (action !== undefined && (typeof action !== 'string' || action === '')) {
    throw badRequest('"action" must be the name of a move, such as "withdraw" or "discard".')
  }
  if (to !== undefined && (typeof to !== 'string' || to === '')) {
    throw badRequest('"to" must be a review state, such as "in_review".')
  }
  if (to === undefined && action === undefined) {
    throw badRequest('Send "to" (the target review state) or "action" (e.g. "withdraw").')
  }
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    throw badRequest('"comment" must be a string.')
  }
  if (expectedUpdatedAt !== undefined && typeof expectedUpdatedAt !== 'string') {
    throw badRequest('"expectedUpdatedAt" must be the document\'s updatedAt string.')
  }
  return {
    to: to as string | undefined,
    action: action as string | undefined,
    comment: comment ?? undefined,
    expectedUpdatedAt: expectedUpdatedAt as string | undefined,
  }
}

/**
 * `POST /api/{collection}/{id}/transition` with `{"to" | "action", "comment"?,
 * "expectedUpdatedAt"?}`. `withdraw` and `discard` are asked for by `action`.
 */
export const transitionEndpoint = (collection: WorkflowCollectionSlug): Endpoint => ({
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(req)
    const id = String(req.routeParams?.id ?? '')
    const { doc, event, transition } = await transitionDocument({
      req,
      collection,
      id,
      to: body.to,
      action: body.action,
      comment: body.comment,
      expectedUpdatedAt: body.expectedUpdatedAt,
    })
    return Response.json({
      message: `Moved from ${transition.from} to ${transition.to}.`,
      doc,
      event,
    })
  },
})

/**
 * `GET /api/{collection}/{id}/workflow`: the review state, the moves the signed-in user may make
 * now, and the document's event history (newest first). Staff only.
 */
export const workflowStatusEndpoint = (collection: WorkflowCollectionSlug): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const status = await describeWorkflow({
      req,
      collection,
      id: String(req.routeParams?.id ?? ''),
    })
    const id = String(req.routeParams?.id ?? '')
    return Response.json({ ...status, diff: await diffTargets(req, collection, id) })
  },
})
