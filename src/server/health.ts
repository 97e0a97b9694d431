import { Router } from 'express'
import type { Payload } from 'payload'

import { checkDatabaseHealth } from '../database/health'

export const healthRoutes = ({
  payload,
  isShuttingDown,
}: {
  payload: Payload
  isShuttingDown: () => boolean
}): Router => {
  const router = Router()
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' })
  })
  router.get('/health/ready', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' })
      return
    }
    const database = await checkDatabaseHealth(payload.db)
    if (database.ok) {
      res.json({ status: 'ok', database: 'ok' })
      return
    }
    res.status(503).json({ status: 'unavailable', database: 'error', reason: database.reason })
  })
  return router
}
