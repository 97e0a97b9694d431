import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Data written before the workflow kept `publication`, the document row's review state and
 * numbered trail entries: a published document is live; the document row takes its newest
 * version's review state; each document's events are numbered in the order they happened and
 * say whether it was live after them; the document's revision is its last event's number.
 * Documents created after this migration get all of it from the workflow itself.
 */
const REVIEWED_TABLES = ['articles', 'expert_quotes', 'scar_types', 'treatments'] as const

const LIVE_AFTER: Record<string, 'live' | 'offline'> = {
  publish: 'live',
  discard: 'live',
  unpublish: 'offline',
  withdraw: 'offline',
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of REVIEWED_TABLES) {
    await db.run(
      sql.raw(
        `UPDATE "${table}" SET publication = CASE WHEN _status = 'published' THEN 'live' ELSE 'offline' END`,
      ),
    )
    await db.run(
      sql.raw(`UPDATE "${table}" SET review_state = COALESCE((
        SELECT v.version_review_state FROM "_${table}_v" v
        WHERE v.parent_id = "${table}".id AND v.latest = 1
        ORDER BY v.updated_at DESC LIMIT 1), review_state)`),
    )
    await db.run(
      sql.raw(`UPDATE "_${table}_v" SET version_publication = (
        SELECT d.publication FROM "${table}" d WHERE d.id = "_${table}_v".parent_id)`),
    )
  }

  const events = (await db.all(
    sql`SELECT id, collection, document_id, action FROM workflow_events WHERE sequence IS NULL ORDER BY collection, document_id, created_at, id`,
  )) as { id: string; collection: string; document_id: string; action: string }[]
  let previous = ''
  let sequence = 0
  let publication: 'live' | 'offline' = 'offline'
  for (const event of events) {
    const key = `${event.collection}:${event.document_id}`
    if (key !== previous) {
      previous = key
      sequence = 0
      publication = 'offline'
    }
    sequence += 1
    publication = LIVE_AFTER[event.action] ?? publication
    await db.run(
      sql`UPDATE workflow_events SET sequence = ${sequence}, publication = ${publication} WHERE id = ${event.id}`,
    )
  }
  for (const table of REVIEWED_TABLES) {
    const collection = table.replace(/_/g, '-')
    await db.run(
      sql.raw(`UPDATE "${table}" SET workflow_revision = COALESCE((
        SELECT MAX(e.sequence) FROM workflow_events e
        WHERE e.collection = '${collection}' AND e.document_id = "${table}".id), 0)`),
    )
    await db.run(
      sql.raw(`UPDATE "_${table}_v" SET version_workflow_revision = (
        SELECT d.workflow_revision FROM "${table}" d WHERE d.id = "_${table}_v".parent_id)`),
    )
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Filled-in values are correct for the older code too; there is nothing to undo.
}
