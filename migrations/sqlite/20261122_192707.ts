import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`dispatches_byline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`correspondent_id\` integer,
  	\`role\` text,
  	FOREIGN KEY (\`correspondent_id\`) REFERENCES \`correspondents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dispatches_byline_order_idx\` ON \`dispatches_byline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_byline_parent_id_idx\` ON \`dispatches_byline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_byline_correspondent_idx\` ON \`dispatches_byline\` (\`correspondent_id\`);`)
  await db.run(sql`CREATE TABLE \`dispatches_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dispatches_corrections_order_idx\` ON \`dispatches_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_corrections_parent_id_idx\` ON \`dispatches_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dispatches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`headline\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`standfirst\` text,
  	\`dateline\` text,
  	\`body\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`embargo_until\` text,
  	\`published_at\` text,
  	\`first_published_at\` text,
  	\`legal_hold_active\` integer DEFAULT false,
  	\`legal_hold_reason\` text,
  	\`legal_hold_placed_by_id\` integer,
  	\`legal_hold_placed_at\` text,
  	\`editorial_notes\` text,
  	\`intake_hash\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`legal_hold_placed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dispatches_slug_idx\` ON \`dispatches\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_workflow_status_idx\` ON \`dispatches\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_published_at_idx\` ON \`dispatches\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_legal_hold_legal_hold_placed_by_idx\` ON \`dispatches\` (\`legal_hold_placed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_intake_hash_idx\` ON \`dispatches\` (\`intake_hash\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_created_by_idx\` ON \`dispatches\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_updated_at_idx\` ON \`dispatches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_created_at_idx\` ON \`dispatches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dispatches__status_idx\` ON \`dispatches\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`dispatches\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`dispatches_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dispatches_texts_order_parent\` ON \`dispatches_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dispatches_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_assets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_assets_id\`) REFERENCES \`media_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dispatches_rels_order_idx\` ON \`dispatches_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_rels_parent_idx\` ON \`dispatches_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_rels_path_idx\` ON \`dispatches_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_rels_media_assets_id_idx\` ON \`dispatches_rels\` (\`media_assets_id\`);`)
  await db.run(sql`CREATE TABLE \`_dispatches_v_version_byline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`correspondent_id\` integer,
  	\`role\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`correspondent_id\`) REFERENCES \`correspondents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dispatches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_byline_order_idx\` ON \`_dispatches_v_version_byline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_byline_parent_id_idx\` ON \`_dispatches_v_version_byline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_byline_correspondent_idx\` ON \`_dispatches_v_version_byline\` (\`correspondent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dispatches_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dispatches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_corrections_order_idx\` ON \`_dispatches_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_corrections_parent_id_idx\` ON \`_dispatches_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dispatches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_headline\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_standfirst\` text,
  	\`version_dateline\` text,
  	\`version_body\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_embargo_until\` text,
  	\`version_published_at\` text,
  	\`version_first_published_at\` text,
  	\`version_legal_hold_active\` integer DEFAULT false,
  	\`version_legal_hold_reason\` text,
  	\`version_legal_hold_placed_by_id\` integer,
  	\`version_legal_hold_placed_at\` text,
  	\`version_editorial_notes\` text,
  	\`version_intake_hash\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_legal_hold_placed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_dispatches_v_parent_idx\` ON \`_dispatches_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_slug_idx\` ON \`_dispatches_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_workflow_status_idx\` ON \`_dispatches_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_published_at_idx\` ON \`_dispatches_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_legal_hold_version_legal_hold_plac_idx\` ON \`_dispatches_v\` (\`version_legal_hold_placed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_intake_hash_idx\` ON \`_dispatches_v\` (\`version_intake_hash\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_created_by_idx\` ON \`_dispatches_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_updated_at_idx\` ON \`_dispatches_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_created_at_idx\` ON \`_dispatches_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version__status_idx\` ON \`_dispatches_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_created_at_idx\` ON \`_dispatches_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_updated_at_idx\` ON \`_dispatches_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_latest_idx\` ON \`_dispatches_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_autosave_idx\` ON \`_dispatches_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_dispatches_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`_dispatches_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_dispatches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dispatches_v_texts_order_parent\` ON \`_dispatches_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dispatches_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_assets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_dispatches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_assets_id\`) REFERENCES \`media_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dispatches_v_rels_order_idx\` ON \`_dispatches_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_rels_parent_idx\` ON \`_dispatches_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_rels_path_idx\` ON \`_dispatches_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_rels_media_assets_id_idx\` ON \`_dispatches_v_rels\` (\`media_assets_id\`);`)
  await db.run(sql`CREATE TABLE \`correspondents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`bio\` text,
  	\`photo_id\` integer,
  	\`bureau\` text,
  	\`active\` integer DEFAULT true,
  	\`user_id\` integer,
  	\`email\` text,
  	\`phone\` text,
  	\`emergency_contact\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`correspondents_name_idx\` ON \`correspondents\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`correspondents_slug_idx\` ON \`correspondents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`correspondents_photo_idx\` ON \`correspondents\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondents_user_idx\` ON \`correspondents\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`correspondents_updated_at_idx\` ON \`correspondents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`correspondents_created_at_idx\` ON \`correspondents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media_assets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`credit_line\` text NOT NULL,
  	\`credit_organisation\` text,
  	\`credit_creator_name\` text,
  	\`credit_creator_id\` integer,
  	\`credit_is_handout\` integer DEFAULT false,
  	\`credit_is_pool\` integer DEFAULT false,
  	\`rights_licence\` text DEFAULT 'staff',
  	\`rights_usage_terms\` text,
  	\`rights_expires_at\` text,
  	\`captured_at\` text,
  	\`is_public\` integer DEFAULT false,
  	\`created_by_id\` integer,
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
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	FOREIGN KEY (\`credit_creator_id\`) REFERENCES \`correspondents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_assets_credit_credit_creator_idx\` ON \`media_assets\` (\`credit_creator_id\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_is_public_idx\` ON \`media_assets\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_created_by_idx\` ON \`media_assets\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_updated_at_idx\` ON \`media_assets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_created_at_idx\` ON \`media_assets\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_assets_filename_idx\` ON \`media_assets\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media_assets\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_sizes_card_sizes_card_filename_idx\` ON \`media_assets\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_sizes_hero_sizes_hero_filename_idx\` ON \`media_assets\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`quotes_sensitivity_reasons\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quotes_sensitivity_reasons_order_idx\` ON \`quotes_sensitivity_reasons\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quotes_sensitivity_reasons_parent_idx\` ON \`quotes_sensitivity_reasons\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quotes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`dispatch_id\` integer NOT NULL,
  	\`speaker_name\` text,
  	\`speaker_description\` text,
  	\`speaker_is_anonymous\` integer DEFAULT false,
  	\`identity_notes\` text,
  	\`context\` text,
  	\`sensitive\` integer DEFAULT false,
  	\`legal_status\` text DEFAULT 'not_required',
  	\`legal_note\` text,
  	\`legal_reviewer_id\` integer,
  	\`legal_reviewed_at\` text,
  	\`legal_approved_hash\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dispatch_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`legal_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quotes_dispatch_idx\` ON \`quotes\` (\`dispatch_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_sensitive_idx\` ON \`quotes\` (\`sensitive\`);`)
  await db.run(sql`CREATE INDEX \`quotes_legal_legal_status_idx\` ON \`quotes\` (\`legal_status\`);`)
  await db.run(sql`CREATE INDEX \`quotes_legal_legal_reviewer_idx\` ON \`quotes\` (\`legal_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_by_idx\` ON \`quotes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`correspondent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`correspondent_id\`) REFERENCES \`correspondents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_correspondent_idx\` ON \`users\` (\`correspondent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dispatch_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'transition' NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`actor_id\` integer,
  	\`note\` text,
  	\`at\` text NOT NULL,
  	\`gate\` text,
  	\`quote_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dispatch_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_dispatch_idx\` ON \`workflow_events\` (\`dispatch_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_kind_idx\` ON \`workflow_events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_quote_idx\` ON \`workflow_events\` (\`quote_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_events_order_idx\` ON \`webhook_subscriptions_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_events_parent_idx\` ON \`webhook_subscriptions_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_updated_at_idx\` ON \`webhook_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_created_at_idx\` ON \`webhook_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`delivery_id\` text NOT NULL,
  	\`subscription_id\` integer,
  	\`event\` text NOT NULL,
  	\`dispatch_id\` numeric,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`next_attempt_at\` text,
  	\`last_attempt_at\` text,
  	\`last_status_code\` numeric,
  	\`last_error\` text,
  	\`delivered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscription_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_deliveries_delivery_id_idx\` ON \`webhook_deliveries\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_subscription_idx\` ON \`webhook_deliveries\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_dispatch_id_idx\` ON \`webhook_deliveries\` (\`dispatch_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_next_attempt_at_idx\` ON \`webhook_deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dispatches_id\` integer,
  	\`correspondents_id\` integer,
  	\`media_assets_id\` integer,
  	\`quotes_id\` integer,
  	\`users_id\` integer,
  	\`workflow_events_id\` integer,
  	\`webhook_subscriptions_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dispatches_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondents_id\`) REFERENCES \`correspondents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_assets_id\`) REFERENCES \`media_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_subscriptions_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dispatches_id_idx\` ON \`payload_locked_documents_rels\` (\`dispatches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondents_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`media_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`DROP TABLE \`dispatches_byline\`;`)
  await db.run(sql`DROP TABLE \`dispatches_corrections\`;`)
  await db.run(sql`DROP TABLE \`dispatches\`;`)
  await db.run(sql`DROP TABLE \`dispatches_texts\`;`)
  await db.run(sql`DROP TABLE \`dispatches_rels\`;`)
  await db.run(sql`DROP TABLE \`_dispatches_v_version_byline\`;`)
  await db.run(sql`DROP TABLE \`_dispatches_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_dispatches_v\`;`)
  await db.run(sql`DROP TABLE \`_dispatches_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_dispatches_v_rels\`;`)
  await db.run(sql`DROP TABLE \`correspondents\`;`)
  await db.run(sql`DROP TABLE \`media_assets\`;`)
  await db.run(sql`DROP TABLE \`quotes_sensitivity_reasons\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
