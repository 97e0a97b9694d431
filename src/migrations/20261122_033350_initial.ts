import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`publisher\` text,
  	\`url\` text,
  	\`accessed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_sources_order_idx\` ON \`articles_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_sources_parent_id_idx\` ON \`articles_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`scar_types_id\` text(36),
  	\`treatments_id\` text(36),
  	\`expert_quotes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scar_types_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_quotes_id\`) REFERENCES \`expert_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_scar_types_id_idx\` ON \`articles_rels\` (\`scar_types_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_treatments_id_idx\` ON \`articles_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_expert_quotes_id_idx\` ON \`articles_rels\` (\`expert_quotes_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`publisher\` text,
  	\`url\` text,
  	\`accessed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sources_order_idx\` ON \`_articles_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sources_parent_id_idx\` ON \`_articles_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
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
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`scar_types_id\` text(36),
  	\`treatments_id\` text(36),
  	\`expert_quotes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scar_types_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`expert_quotes_id\`) REFERENCES \`expert_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_scar_types_id_idx\` ON \`_articles_v_rels\` (\`scar_types_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_treatments_id_idx\` ON \`_articles_v_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_expert_quotes_id_idx\` ON \`_articles_v_rels\` (\`expert_quotes_id\`);`)
  await db.run(sql`CREATE TABLE \`expert_quotes\` (
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
  await db.run(sql`CREATE INDEX \`expert_quotes_expert_idx\` ON \`expert_quotes\` (\`expert_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_updated_at_idx\` ON \`expert_quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_created_at_idx\` ON \`expert_quotes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes__status_idx\` ON \`expert_quotes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`expert_quotes_rels\` (
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
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_order_idx\` ON \`expert_quotes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_parent_idx\` ON \`expert_quotes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_path_idx\` ON \`expert_quotes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_scar_types_id_idx\` ON \`expert_quotes_rels\` (\`scar_types_id\`);`)
  await db.run(sql`CREATE INDEX \`expert_quotes_rels_treatments_id_idx\` ON \`expert_quotes_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE TABLE \`_expert_quotes_v\` (
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
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_parent_idx\` ON \`_expert_quotes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_expert_idx\` ON \`_expert_quotes_v\` (\`version_expert_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_updated_at_idx\` ON \`_expert_quotes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version_created_at_idx\` ON \`_expert_quotes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_version_version__status_idx\` ON \`_expert_quotes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_created_at_idx\` ON \`_expert_quotes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_updated_at_idx\` ON \`_expert_quotes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_latest_idx\` ON \`_expert_quotes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_expert_quotes_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_order_idx\` ON \`_expert_quotes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_parent_idx\` ON \`_expert_quotes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_path_idx\` ON \`_expert_quotes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_scar_types_id_idx\` ON \`_expert_quotes_v_rels\` (\`scar_types_id\`);`)
  await db.run(sql`CREATE INDEX \`_expert_quotes_v_rels_treatments_id_idx\` ON \`_expert_quotes_v_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE TABLE \`experts_profile_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`experts_profile_links_order_idx\` ON \`experts_profile_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`experts_profile_links_parent_id_idx\` ON \`experts_profile_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`experts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`credentials\` text NOT NULL,
  	\`specialty\` text,
  	\`affiliation\` text,
  	\`location\` text,
  	\`bio\` text,
  	\`photo_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`experts_slug_idx\` ON \`experts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`experts_photo_idx\` ON \`experts\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_updated_at_idx\` ON \`experts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`experts_created_at_idx\` ON \`experts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`scar_types_causes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`cause\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`scar_types_causes_order_idx\` ON \`scar_types_causes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_causes_parent_id_idx\` ON \`scar_types_causes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`scar_types\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`scar_types_slug_idx\` ON \`scar_types\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_updated_at_idx\` ON \`scar_types\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_created_at_idx\` ON \`scar_types\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scar_types__status_idx\` ON \`scar_types\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`scar_types_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`scar_types_rels_order_idx\` ON \`scar_types_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_rels_parent_idx\` ON \`scar_types_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_rels_path_idx\` ON \`scar_types_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`scar_types_rels_media_id_idx\` ON \`scar_types_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_scar_types_v_version_causes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`cause\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_scar_types_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_causes_order_idx\` ON \`_scar_types_v_version_causes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_causes_parent_id_idx\` ON \`_scar_types_v_version_causes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_scar_types_v\` (
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
  await db.run(sql`CREATE INDEX \`_scar_types_v_parent_idx\` ON \`_scar_types_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_slug_idx\` ON \`_scar_types_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_updated_at_idx\` ON \`_scar_types_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version_created_at_idx\` ON \`_scar_types_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_version_version__status_idx\` ON \`_scar_types_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_created_at_idx\` ON \`_scar_types_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_updated_at_idx\` ON \`_scar_types_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_latest_idx\` ON \`_scar_types_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_scar_types_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_scar_types_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_order_idx\` ON \`_scar_types_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_parent_idx\` ON \`_scar_types_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_path_idx\` ON \`_scar_types_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_scar_types_v_rels_media_id_idx\` ON \`_scar_types_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`treatments_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`scar_type_id\` text(36),
  	\`efficacy_note\` text,
  	FOREIGN KEY (\`scar_type_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatments_targets_order_idx\` ON \`treatments_targets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`treatments_targets_parent_id_idx\` ON \`treatments_targets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_targets_scar_type_idx\` ON \`treatments_targets\` (\`scar_type_id\`);`)
  await db.run(sql`CREATE TABLE \`treatments\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`treatments_slug_idx\` ON \`treatments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`treatments_updated_at_idx\` ON \`treatments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`treatments_created_at_idx\` ON \`treatments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`treatments__status_idx\` ON \`treatments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v_version_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`scar_type_id\` text(36),
  	\`efficacy_note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`scar_type_id\`) REFERENCES \`scar_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_treatments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_targets_order_idx\` ON \`_treatments_v_version_targets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_targets_parent_id_idx\` ON \`_treatments_v_version_targets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_targets_scar_type_idx\` ON \`_treatments_v_version_targets\` (\`scar_type_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v\` (
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
  await db.run(sql`CREATE INDEX \`_treatments_v_parent_idx\` ON \`_treatments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_slug_idx\` ON \`_treatments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_updated_at_idx\` ON \`_treatments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_created_at_idx\` ON \`_treatments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version__status_idx\` ON \`_treatments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_created_at_idx\` ON \`_treatments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_updated_at_idx\` ON \`_treatments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_latest_idx\` ON \`_treatments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`is_patient_photo\` integer DEFAULT false,
  	\`patient_consent\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_sources\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`expert_quotes\`;`)
  await db.run(sql`DROP TABLE \`expert_quotes_rels\`;`)
  await db.run(sql`DROP TABLE \`_expert_quotes_v\`;`)
  await db.run(sql`DROP TABLE \`_expert_quotes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`experts_profile_links\`;`)
  await db.run(sql`DROP TABLE \`experts\`;`)
  await db.run(sql`DROP TABLE \`scar_types_causes\`;`)
  await db.run(sql`DROP TABLE \`scar_types\`;`)
  await db.run(sql`DROP TABLE \`scar_types_rels\`;`)
  await db.run(sql`DROP TABLE \`_scar_types_v_version_causes\`;`)
  await db.run(sql`DROP TABLE \`_scar_types_v\`;`)
  await db.run(sql`DROP TABLE \`_scar_types_v_rels\`;`)
  await db.run(sql`DROP TABLE \`treatments_targets\`;`)
  await db.run(sql`DROP TABLE \`treatments\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v_version_targets\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
