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
  await db.run(sql`CREATE TABLE \`review_flags\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text,
  	\`reason\` text NOT NULL,
  	\`resolved\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`review_flags_collection_idx\` ON \`review_flags\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`review_flags_document_id_idx\` ON \`review_flags\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_flags_resolved_idx\` ON \`review_flags\` (\`resolved\`);`)
  await db.run(sql`CREATE INDEX \`review_flags_updated_at_idx\` ON \`review_flags\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_flags_created_at_idx\` ON \`review_flags\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_flags_id\` text(36) REFERENCES review_flags(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_flags_id_idx\` ON \`payload_locked_documents_rels\` (\`review_flags_id\`);`)
  // Documents saved before reference keys existed get theirs now.
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
  await db.run(sql`DROP TABLE \`review_flags\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`expert_quotes_id\` text(36),
  	\`experts_id\` text(36),
  	\`scar_types_id\` text(36),
  	\`treatments_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`workflow_events_id\` text(36),
  	\`webhook_endpoints_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_quotes_id\`) REFERENCES \`expert_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scar_types_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_endpoints_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "expert_quotes_id", "experts_id", "scar_types_id", "treatments_id", "media_id", "users_id", "workflow_events_id", "webhook_endpoints_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "expert_quotes_id", "experts_id", "scar_types_id", "treatments_id", "media_id", "users_id", "workflow_events_id", "webhook_endpoints_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_expert_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`expert_quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_experts_id_idx\` ON \`payload_locked_documents_rels\` (\`experts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scar_types_id_idx\` ON \`payload_locked_documents_rels\` (\`scar_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_treatments_id_idx\` ON \`payload_locked_documents_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_endpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_endpoints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
}
