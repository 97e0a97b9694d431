import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`attribution_name\` text;`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`attribution_credentials\` text;`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`attribution_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_attribution_name\` text;`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_attribution_credentials\` text;`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_attribution_slug\` text;`)
  // Quotes and their versions saved before they carried an attribution take their expert's.
  await db.run(
    sql.raw(`UPDATE "expert_quotes" SET
      attribution_name = (SELECT e.name FROM "experts" e WHERE e.id = expert_id),
      attribution_credentials = (SELECT e.credentials FROM "experts" e WHERE e.id = expert_id),
      attribution_slug = (SELECT e.slug FROM "experts" e WHERE e.id = expert_id)
      WHERE expert_id IS NOT NULL`),
  )
  await db.run(
    sql.raw(`UPDATE "_expert_quotes_v" SET
      version_attribution_name = (SELECT e.name FROM "experts" e WHERE e.id = version_expert_id),
      version_attribution_credentials =
        (SELECT e.credentials FROM "experts" e WHERE e.id = version_expert_id),
      version_attribution_slug = (SELECT e.slug FROM "experts" e WHERE e.id = version_expert_id)
      WHERE version_expert_id IS NOT NULL`),
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`expert_quotes\` DROP COLUMN \`attribution_name\`;`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` DROP COLUMN \`attribution_credentials\`;`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` DROP COLUMN \`attribution_slug\`;`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` DROP COLUMN \`version_attribution_name\`;`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` DROP COLUMN \`version_attribution_credentials\`;`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` DROP COLUMN \`version_attribution_slug\`;`)
}
