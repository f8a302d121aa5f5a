import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// drizzle-kit writes SQLite's ADD COLUMN without the ON DELETE its snapshot records ("set null"),
// and SQLite enforces foreign keys here: without it, deleting a user who ever saved a story failed.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`dispatches_updated_by_idx\` ON \`dispatches\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_updated_by_idx\` ON \`_dispatches_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media_assets\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`media_assets_updated_by_idx\` ON \`media_assets\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`quotes_updated_by_idx\` ON \`quotes\` (\`updated_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_dispatches\` (
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
  	\`legal_read_required\` integer DEFAULT false,
  	\`legal_read_status\` text DEFAULT 'not_required',
  	\`legal_read_passages\` text,
  	\`legal_read_reviewed_hash\` text,
  	\`legal_read_approved_hash\` text,
  	\`legal_read_approved_text\` text,
  	\`legal_read_reviewer_id\` integer,
  	\`legal_read_reviewed_at\` text,
  	\`legal_read_note\` text,
  	\`editorial_notes\` text,
  	\`intake_hash\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`legal_hold_placed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`legal_read_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_dispatches\`("id", "headline", "generate_slug", "slug", "standfirst", "dateline", "body", "workflow_status", "embargo_until", "published_at", "first_published_at", "legal_hold_active", "legal_hold_reason", "legal_hold_placed_by_id", "legal_hold_placed_at", "legal_read_required", "legal_read_status", "legal_read_passages", "legal_read_reviewed_hash", "legal_read_approved_hash", "legal_read_approved_text", "legal_read_reviewer_id", "legal_read_reviewed_at", "legal_read_note", "editorial_notes", "intake_hash", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "headline", "generate_slug", "slug", "standfirst", "dateline", "body", "workflow_status", "embargo_until", "published_at", "first_published_at", "legal_hold_active", "legal_hold_reason", "legal_hold_placed_by_id", "legal_hold_placed_at", "legal_read_required", "legal_read_status", "legal_read_passages", "legal_read_reviewed_hash", "legal_read_approved_hash", "legal_read_approved_text", "legal_read_reviewer_id", "legal_read_reviewed_at", "legal_read_note", "editorial_notes", "intake_hash", "created_by_id", "updated_at", "created_at", "_status" FROM \`dispatches\`;`)
  await db.run(sql`DROP TABLE \`dispatches\`;`)
  await db.run(sql`ALTER TABLE \`__new_dispatches\` RENAME TO \`dispatches\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`dispatches_slug_idx\` ON \`dispatches\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_workflow_status_idx\` ON \`dispatches\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_published_at_idx\` ON \`dispatches\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_legal_hold_legal_hold_placed_by_idx\` ON \`dispatches\` (\`legal_hold_placed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_legal_read_legal_read_status_idx\` ON \`dispatches\` (\`legal_read_status\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_legal_read_legal_read_reviewer_idx\` ON \`dispatches\` (\`legal_read_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_intake_hash_idx\` ON \`dispatches\` (\`intake_hash\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_created_by_idx\` ON \`dispatches\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_updated_at_idx\` ON \`dispatches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_created_at_idx\` ON \`dispatches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dispatches__status_idx\` ON \`dispatches\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`dispatches\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__dispatches_v\` (
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
  	\`version_legal_read_required\` integer DEFAULT false,
  	\`version_legal_read_status\` text DEFAULT 'not_required',
  	\`version_legal_read_passages\` text,
  	\`version_legal_read_reviewed_hash\` text,
  	\`version_legal_read_approved_hash\` text,
  	\`version_legal_read_approved_text\` text,
  	\`version_legal_read_reviewer_id\` integer,
  	\`version_legal_read_reviewed_at\` text,
  	\`version_legal_read_note\` text,
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
  	FOREIGN KEY (\`version_legal_read_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__dispatches_v\`("id", "parent_id", "version_headline", "version_generate_slug", "version_slug", "version_standfirst", "version_dateline", "version_body", "version_workflow_status", "version_embargo_until", "version_published_at", "version_first_published_at", "version_legal_hold_active", "version_legal_hold_reason", "version_legal_hold_placed_by_id", "version_legal_hold_placed_at", "version_legal_read_required", "version_legal_read_status", "version_legal_read_passages", "version_legal_read_reviewed_hash", "version_legal_read_approved_hash", "version_legal_read_approved_text", "version_legal_read_reviewer_id", "version_legal_read_reviewed_at", "version_legal_read_note", "version_editorial_notes", "version_intake_hash", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_headline", "version_generate_slug", "version_slug", "version_standfirst", "version_dateline", "version_body", "version_workflow_status", "version_embargo_until", "version_published_at", "version_first_published_at", "version_legal_hold_active", "version_legal_hold_reason", "version_legal_hold_placed_by_id", "version_legal_hold_placed_at", "version_legal_read_required", "version_legal_read_status", "version_legal_read_passages", "version_legal_read_reviewed_hash", "version_legal_read_approved_hash", "version_legal_read_approved_text", "version_legal_read_reviewer_id", "version_legal_read_reviewed_at", "version_legal_read_note", "version_editorial_notes", "version_intake_hash", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_dispatches_v\`;`)
  await db.run(sql`DROP TABLE \`_dispatches_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__dispatches_v\` RENAME TO \`_dispatches_v\`;`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_parent_idx\` ON \`_dispatches_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_slug_idx\` ON \`_dispatches_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_workflow_status_idx\` ON \`_dispatches_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_version_published_at_idx\` ON \`_dispatches_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_legal_hold_version_legal_hold_plac_idx\` ON \`_dispatches_v\` (\`version_legal_hold_placed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_legal_read_version_legal_read_stat_idx\` ON \`_dispatches_v\` (\`version_legal_read_status\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_legal_read_version_legal_read_revi_idx\` ON \`_dispatches_v\` (\`version_legal_read_reviewer_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_media_assets\` (
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
  await db.run(sql`INSERT INTO \`__new_media_assets\`("id", "alt", "caption", "credit_line", "credit_organisation", "credit_creator_name", "credit_creator_id", "credit_is_handout", "credit_is_pool", "rights_licence", "rights_usage_terms", "rights_expires_at", "captured_at", "is_public", "created_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename") SELECT "id", "alt", "caption", "credit_line", "credit_organisation", "credit_creator_name", "credit_creator_id", "credit_is_handout", "credit_is_pool", "rights_licence", "rights_usage_terms", "rights_expires_at", "captured_at", "is_public", "created_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename" FROM \`media_assets\`;`)
  await db.run(sql`DROP TABLE \`media_assets\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_assets\` RENAME TO \`media_assets\`;`)
  await db.run(sql`CREATE INDEX \`media_assets_credit_credit_creator_idx\` ON \`media_assets\` (\`credit_creator_id\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_is_public_idx\` ON \`media_assets\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_created_by_idx\` ON \`media_assets\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_updated_at_idx\` ON \`media_assets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_created_at_idx\` ON \`media_assets\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_assets_filename_idx\` ON \`media_assets\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media_assets\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_sizes_card_sizes_card_filename_idx\` ON \`media_assets\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_assets_sizes_hero_sizes_hero_filename_idx\` ON \`media_assets\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_quotes\` (
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
  	\`live_text\` text,
  	\`live_speaker_name\` text,
  	\`live_speaker_description\` text,
  	\`live_speaker_is_anonymous\` integer,
  	\`live_context\` text,
  	\`live_hash\` text,
  	\`live_published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dispatch_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`legal_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quotes\`("id", "text", "dispatch_id", "speaker_name", "speaker_description", "speaker_is_anonymous", "identity_notes", "context", "sensitive", "legal_status", "legal_note", "legal_reviewer_id", "legal_reviewed_at", "legal_approved_hash", "live_text", "live_speaker_name", "live_speaker_description", "live_speaker_is_anonymous", "live_context", "live_hash", "live_published_at", "created_by_id", "updated_at", "created_at") SELECT "id", "text", "dispatch_id", "speaker_name", "speaker_description", "speaker_is_anonymous", "identity_notes", "context", "sensitive", "legal_status", "legal_note", "legal_reviewer_id", "legal_reviewed_at", "legal_approved_hash", "live_text", "live_speaker_name", "live_speaker_description", "live_speaker_is_anonymous", "live_context", "live_hash", "live_published_at", "created_by_id", "updated_at", "created_at" FROM \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quotes\` RENAME TO \`quotes\`;`)
  await db.run(sql`CREATE INDEX \`quotes_dispatch_idx\` ON \`quotes\` (\`dispatch_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_sensitive_idx\` ON \`quotes\` (\`sensitive\`);`)
  await db.run(sql`CREATE INDEX \`quotes_legal_legal_status_idx\` ON \`quotes\` (\`legal_status\`);`)
  await db.run(sql`CREATE INDEX \`quotes_legal_legal_reviewer_idx\` ON \`quotes\` (\`legal_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_live_live_published_at_idx\` ON \`quotes\` (\`live_published_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_by_idx\` ON \`quotes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
}
