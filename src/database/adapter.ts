import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { withSerializedWrites } from './sqliteAdapter'
import type { DatabaseTarget } from './uri'

/** Builds Payload's adapter for the parsed DATABASE_URI. */
export const createDatabaseAdapter = (target: DatabaseTarget): DatabaseAdapterObj => {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: 5_000 },
    })
  }
  // Writes queue for their turn instead of colliding on SQLite's single write lock.
  return withSerializedWrites(
    sqliteAdapter({
      client: { url: target.url },
      // String ids keep REST/GraphQL clients and generated types identical on SQLite and MongoDB.
      idType: 'uuid',
      // Transactions let a state change and its audit event commit or fail together.
      transactionOptions: {},
      wal: true,
      busyTimeout: 5_000,
      migrationDir: 'src/migrations',
      prodMigrations: migrations,
    }),
  )
}
