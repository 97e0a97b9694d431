import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillReferenceKeys } from '../services/referenceKeysBackfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_reference_keys_order_idx\` ON \`articles_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_reference_keys_parent_id_idx\` ON \`articles_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_reference_keys_key_idx\` ON \`articles_reference_keys\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_reference_keys_order_idx\` ON \`_articles_v_version_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_reference_keys_parent_id_idx\` ON \`_articles_v_version_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_reference_keys_key_idx\` ON \`_articles_v_version_reference_keys\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`expert_quotes_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`expert_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`expert_quotes_reference_keys_order_idx\` ON \`expert_quotes_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_reference_keys_parent_id_idx\` ON \`expert_quotes_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_reference_keys_key_idx\` ON \`expert_quotes_reference_keys\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`_expert_quotes_v_version_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_expert_quotes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_reference_keys_order_idx\` ON \`_expert_quotes_v_version_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_reference_keys_parent_id_idx\` ON \`_expert_quotes_v_version_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_reference_keys_key_idx\` ON \`_expert_quotes_v_version_reference_keys\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`experts_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`experts_reference_keys_order_idx\` ON \`experts_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`experts_reference_keys_parent_id_idx\` ON \`experts_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_reference_keys_key_idx\` ON \`experts_reference_keys\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`scar_types_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`scar_types_reference_keys_order_idx\` ON \`scar_types_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_reference_keys_parent_id_idx\` ON \`scar_types_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_reference_keys_key_idx\` ON \`scar_types_reference_keys\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`_scar_types_v_version_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_scar_types_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_reference_keys_order_idx\` ON \`_scar_types_v_version_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_reference_keys_parent_id_idx\` ON \`_scar_types_v_version_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_reference_keys_key_idx\` ON \`_scar_types_v_version_reference_keys\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`treatments_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatments_reference_keys_order_idx\` ON \`treatments_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`treatments_reference_keys_parent_id_idx\` ON \`treatments_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_reference_keys_key_idx\` ON \`treatments_reference_keys\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v_version_reference_keys\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_treatments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_reference_keys_order_idx\` ON \`_treatments_v_version_reference_keys\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_reference_keys_parent_id_idx\` ON \`_treatments_v_version_reference_keys\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_reference_keys_key_idx\` ON \`_treatments_v_version_reference_keys\` (\`key\`);`)
  // Documents saved before this migration get their keys now (new saves compute their own).
  await backfillReferenceKeys(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_reference_keys\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_reference_keys\`;`)
  await db.run(sql`DROP TABLE \`expert_quotes_reference_keys\`;`)
  await db.run(sql`DROP TABLE \`_expert_quotes_v_version_reference_keys\`;`)
  await db.run(sql`DROP TABLE \`experts_reference_keys\`;`)
  await db.run(sql`DROP TABLE \`scar_types_reference_keys\`;`)
  await db.run(sql`DROP TABLE \`_scar_types_v_version_reference_keys\`;`)
  await db.run(sql`DROP TABLE \`treatments_reference_keys\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v_version_reference_keys\`;`)
}
