import type { Payload } from 'payload'

import { contentChanges } from './contentChanges'

type TransactionId = string | number

/**
 * A change to public content settles when its transaction ends. Payload has no hook for that, so
 * the adapter's commit and rollback are wrapped once, when Payload starts: after either, the
 * changes the transaction made are settled (see contentChanges.ts).
 */
export const settleContentChangesWithTransactions = (payload: Payload): void => {
  const db = payload.db
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const ended = async (id: TransactionId | Promise<TransactionId>) =>
    contentChanges().transactionEnded(await id)
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      await ended(id)
    }
  }
  db.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      await ended(id)
    }
  }
}
