import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`treatments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatments_rels_order_idx\` ON \`treatments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_parent_idx\` ON \`treatments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_path_idx\` ON \`treatments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_users_id_idx\` ON \`treatments_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_treatments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_order_idx\` ON \`_treatments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_parent_idx\` ON \`_treatments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_path_idx\` ON \`_treatments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_users_id_idx\` ON \`_treatments_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` text(36),
  	\`comment\` text,
  	\`version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_collection_idx\` ON \`workflow_events\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approved_by_idx\` ON \`articles\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_reviewed_by_idx\` ON \`articles\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_approved_by_idx\` ON \`_articles_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_reviewed_by_idx\` ON \`_articles_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`expert_quotes\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`expert_quotes_review_state_idx\` ON \`expert_quotes\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_created_by_idx\` ON \`expert_quotes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_last_edited_by_idx\` ON \`expert_quotes\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_approved_by_idx\` ON \`expert_quotes\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_reviewed_by_idx\` ON \`expert_quotes\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`expert_quotes_rels\` ADD \`users_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_users_id_idx\` ON \`expert_quotes_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_review_state_idx\` ON \`_expert_quotes_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_created_by_idx\` ON \`_expert_quotes_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_last_edited_by_idx\` ON \`_expert_quotes_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_approved_by_idx\` ON \`_expert_quotes_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_reviewed_by_idx\` ON \`_expert_quotes_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_expert_quotes_v_rels\` ADD \`users_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_users_id_idx\` ON \`_expert_quotes_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`scar_types\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`scar_types\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`scar_types\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`scar_types\` ADD \`approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`scar_types\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`scar_types\` ADD \`reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`scar_types\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`scar_types_review_state_idx\` ON \`scar_types\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_created_by_idx\` ON \`scar_types\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_last_edited_by_idx\` ON \`scar_types\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_approved_by_idx\` ON \`scar_types\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_reviewed_by_idx\` ON \`scar_types\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`scar_types_rels\` ADD \`users_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`scar_types_rels_users_id_idx\` ON \`scar_types_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_scar_types_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_scar_types_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_scar_types_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_scar_types_v\` ADD \`version_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_scar_types_v\` ADD \`version_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_scar_types_v\` ADD \`version_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_scar_types_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_review_state_idx\` ON \`_scar_types_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_created_by_idx\` ON \`_scar_types_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_last_edited_by_idx\` ON \`_scar_types_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_approved_by_idx\` ON \`_scar_types_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_reviewed_by_idx\` ON \`_scar_types_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_scar_types_v_rels\` ADD \`users_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_users_id_idx\` ON \`_scar_types_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`treatments\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`treatments\` ADD \`created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`treatments\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`treatments\` ADD \`approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`treatments\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`treatments\` ADD \`reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`treatments\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`treatments_review_state_idx\` ON \`treatments\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`treatments_created_by_idx\` ON \`treatments\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_last_edited_by_idx\` ON \`treatments\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_approved_by_idx\` ON \`treatments\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_reviewed_by_idx\` ON \`treatments\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` ADD \`version_created_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` ADD \`version_approved_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` ADD \`version_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` ADD \`version_reviewed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_review_state_idx\` ON \`_treatments_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_created_by_idx\` ON \`_treatments_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_last_edited_by_idx\` ON \`_treatments_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_approved_by_idx\` ON \`_treatments_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_reviewed_by_idx\` ON \`_treatments_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_events_id\` text(36) REFERENCES workflow_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`treatments_rels\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`hero_image_id\` text(36),
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "summary", "body", "hero_image_id", "seo_title", "seo_description", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "body", "hero_image_id", "seo_title", "seo_description", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_hero_image_id", "version_seo_title", "version_seo_description", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_hero_image_id", "version_seo_title", "version_seo_description", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_expert_quotes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`statement\` text,
  	\`kind\` text DEFAULT 'paraphrase',
  	\`expert_id\` text(36),
  	\`source_publication\` text,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`source_accessed_at\` text,
  	\`context_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`expert_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_expert_quotes\`("id", "statement", "kind", "expert_id", "source_publication", "source_title", "source_url", "source_accessed_at", "context_note", "updated_at", "created_at", "_status") SELECT "id", "statement", "kind", "expert_id", "source_publication", "source_title", "source_url", "source_accessed_at", "context_note", "updated_at", "created_at", "_status" FROM \`expert_quotes\`;`)
  await db.run(sql`DROP TABLE \`expert_quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_expert_quotes\` RENAME TO \`expert_quotes\`;`)
  await db.run(sql`CREATE INDEX \`expert_quotes_expert_idx\` ON \`expert_quotes\` (\`expert_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_updated_at_idx\` ON \`expert_quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_created_at_idx\` ON \`expert_quotes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes__status_idx\` ON \`expert_quotes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_expert_quotes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`scar_types_id\` text(36),
  	\`treatments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`expert_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scar_types_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_expert_quotes_rels\`("id", "order", "parent_id", "path", "scar_types_id", "treatments_id") SELECT "id", "order", "parent_id", "path", "scar_types_id", "treatments_id" FROM \`expert_quotes_rels\`;`)
  await db.run(sql`DROP TABLE \`expert_quotes_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_expert_quotes_rels\` RENAME TO \`expert_quotes_rels\`;`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_order_idx\` ON \`expert_quotes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_parent_idx\` ON \`expert_quotes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_path_idx\` ON \`expert_quotes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_scar_types_id_idx\` ON \`expert_quotes_rels\` (\`scar_types_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_treatments_id_idx\` ON \`expert_quotes_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__expert_quotes_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_statement\` text,
  	\`version_kind\` text DEFAULT 'paraphrase',
  	\`version_expert_id\` text(36),
  	\`version_source_publication\` text,
  	\`version_source_title\` text,
  	\`version_source_url\` text,
  	\`version_source_accessed_at\` text,
  	\`version_context_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`expert_quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_expert_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__expert_quotes_v\`("id", "parent_id", "version_statement", "version_kind", "version_expert_id", "version_source_publication", "version_source_title", "version_source_url", "version_source_accessed_at", "version_context_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_statement", "version_kind", "version_expert_id", "version_source_publication", "version_source_title", "version_source_url", "version_source_accessed_at", "version_context_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_expert_quotes_v\`;`)
  await db.run(sql`DROP TABLE \`_expert_quotes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__expert_quotes_v\` RENAME TO \`_expert_quotes_v\`;`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_parent_idx\` ON \`_expert_quotes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_expert_idx\` ON \`_expert_quotes_v\` (\`version_expert_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_updated_at_idx\` ON \`_expert_quotes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_created_at_idx\` ON \`_expert_quotes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version__status_idx\` ON \`_expert_quotes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_created_at_idx\` ON \`_expert_quotes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_updated_at_idx\` ON \`_expert_quotes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_latest_idx\` ON \`_expert_quotes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__expert_quotes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`scar_types_id\` text(36),
  	\`treatments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_expert_quotes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scar_types_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__expert_quotes_v_rels\`("id", "order", "parent_id", "path", "scar_types_id", "treatments_id") SELECT "id", "order", "parent_id", "path", "scar_types_id", "treatments_id" FROM \`_expert_quotes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_expert_quotes_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__expert_quotes_v_rels\` RENAME TO \`_expert_quotes_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_order_idx\` ON \`_expert_quotes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_parent_idx\` ON \`_expert_quotes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_path_idx\` ON \`_expert_quotes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_scar_types_id_idx\` ON \`_expert_quotes_v_rels\` (\`scar_types_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_treatments_id_idx\` ON \`_expert_quotes_v_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_scar_types\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`appearance_shape\` text,
  	\`appearance_typical_width\` text,
  	\`appearance_typical_depth\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_scar_types\`("id", "name", "slug", "category", "summary", "description", "appearance_shape", "appearance_typical_width", "appearance_typical_depth", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "category", "summary", "description", "appearance_shape", "appearance_typical_width", "appearance_typical_depth", "updated_at", "created_at", "_status" FROM \`scar_types\`;`)
  await db.run(sql`DROP TABLE \`scar_types\`;`)
  await db.run(sql`ALTER TABLE \`__new_scar_types\` RENAME TO \`scar_types\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`scar_types_slug_idx\` ON \`scar_types\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_updated_at_idx\` ON \`scar_types\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_created_at_idx\` ON \`scar_types\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scar_types__status_idx\` ON \`scar_types\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_scar_types_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_scar_types_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`scar_types_rels\`;`)
  await db.run(sql`DROP TABLE \`scar_types_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_scar_types_rels\` RENAME TO \`scar_types_rels\`;`)
  await db.run(sql`CREATE INDEX \`scar_types_rels_order_idx\` ON \`scar_types_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_rels_parent_idx\` ON \`scar_types_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_rels_path_idx\` ON \`scar_types_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_rels_media_id_idx\` ON \`scar_types_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__scar_types_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_appearance_shape\` text,
  	\`version_appearance_typical_width\` text,
  	\`version_appearance_typical_depth\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__scar_types_v\`("id", "parent_id", "version_name", "version_slug", "version_category", "version_summary", "version_description", "version_appearance_shape", "version_appearance_typical_width", "version_appearance_typical_depth", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_category", "version_summary", "version_description", "version_appearance_shape", "version_appearance_typical_width", "version_appearance_typical_depth", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_scar_types_v\`;`)
  await db.run(sql`DROP TABLE \`_scar_types_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__scar_types_v\` RENAME TO \`_scar_types_v\`;`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_parent_idx\` ON \`_scar_types_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_slug_idx\` ON \`_scar_types_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_updated_at_idx\` ON \`_scar_types_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_created_at_idx\` ON \`_scar_types_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version__status_idx\` ON \`_scar_types_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_created_at_idx\` ON \`_scar_types_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_updated_at_idx\` ON \`_scar_types_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_latest_idx\` ON \`_scar_types_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__scar_types_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_scar_types_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__scar_types_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_scar_types_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_scar_types_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__scar_types_v_rels\` RENAME TO \`_scar_types_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_order_idx\` ON \`_scar_types_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_parent_idx\` ON \`_scar_types_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_path_idx\` ON \`_scar_types_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_media_id_idx\` ON \`_scar_types_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_treatments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`how_it_works\` text,
  	\`sessions_needed\` text,
  	\`session_interval\` text,
  	\`downtime\` text,
  	\`pain_and_anesthesia\` text,
  	\`suitability\` text,
  	\`contraindications\` text,
  	\`cost_and_insurance\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_treatments\`("id", "name", "slug", "kind", "summary", "description", "how_it_works", "sessions_needed", "session_interval", "downtime", "pain_and_anesthesia", "suitability", "contraindications", "cost_and_insurance", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "kind", "summary", "description", "how_it_works", "sessions_needed", "session_interval", "downtime", "pain_and_anesthesia", "suitability", "contraindications", "cost_and_insurance", "updated_at", "created_at", "_status" FROM \`treatments\`;`)
  await db.run(sql`DROP TABLE \`treatments\`;`)
  await db.run(sql`ALTER TABLE \`__new_treatments\` RENAME TO \`treatments\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`treatments_slug_idx\` ON \`treatments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`treatments_updated_at_idx\` ON \`treatments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`treatments_created_at_idx\` ON \`treatments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`treatments__status_idx\` ON \`treatments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__treatments_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_how_it_works\` text,
  	\`version_sessions_needed\` text,
  	\`version_session_interval\` text,
  	\`version_downtime\` text,
  	\`version_pain_and_anesthesia\` text,
  	\`version_suitability\` text,
  	\`version_contraindications\` text,
  	\`version_cost_and_insurance\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__treatments_v\`("id", "parent_id", "version_name", "version_slug", "version_kind", "version_summary", "version_description", "version_how_it_works", "version_sessions_needed", "version_session_interval", "version_downtime", "version_pain_and_anesthesia", "version_suitability", "version_contraindications", "version_cost_and_insurance", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_kind", "version_summary", "version_description", "version_how_it_works", "version_sessions_needed", "version_session_interval", "version_downtime", "version_pain_and_anesthesia", "version_suitability", "version_contraindications", "version_cost_and_insurance", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_treatments_v\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__treatments_v\` RENAME TO \`_treatments_v\`;`)
  await db.run(sql`CREATE INDEX \`_treatments_v_parent_idx\` ON \`_treatments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_slug_idx\` ON \`_treatments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_updated_at_idx\` ON \`_treatments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_created_at_idx\` ON \`_treatments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version__status_idx\` ON \`_treatments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_created_at_idx\` ON \`_treatments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_updated_at_idx\` ON \`_treatments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_latest_idx\` ON \`_treatments_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_quotes_id\`) REFERENCES \`expert_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scar_types_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "expert_quotes_id", "experts_id", "scar_types_id", "treatments_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "expert_quotes_id", "experts_id", "scar_types_id", "treatments_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
}
