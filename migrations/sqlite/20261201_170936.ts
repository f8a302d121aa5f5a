import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillSnapshots, type QuoteRow } from '../../src/legal/liveQuotes'

// drizzle-kit writes SQLite's ADD COLUMN without the ON DELETE its snapshot records ("set null"),
// and SQLite enforces foreign keys: without it, deleting a user who did a legal read (or lowered
// a quote's flags) answered 500. Fixed here as in 20261201_171714 (nothing shipped ran it yet).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_required\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_status\` text DEFAULT 'not_required';`)
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_passages\` text;`)
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_reviewed_hash\` text;`)
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_approved_text\` text;`)
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_reviewer_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`dispatches\` ADD \`legal_read_note\` text;`)
  await db.run(sql`CREATE INDEX \`dispatches_legal_read_legal_read_status_idx\` ON \`dispatches\` (\`legal_read_status\`);`)
  await db.run(sql`CREATE INDEX \`dispatches_legal_read_legal_read_reviewer_idx\` ON \`dispatches\` (\`legal_read_reviewer_id\`);`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_required\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_status\` text DEFAULT 'not_required';`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_passages\` text;`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_reviewed_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_approved_text\` text;`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_reviewer_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_dispatches_v\` ADD \`version_legal_read_note\` text;`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_legal_read_version_legal_read_stat_idx\` ON \`_dispatches_v\` (\`version_legal_read_status\`);`)
  await db.run(sql`CREATE INDEX \`_dispatches_v_version_legal_read_version_legal_read_revi_idx\` ON \`_dispatches_v\` (\`version_legal_read_reviewer_id\`);`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`live_text\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`live_speaker_name\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`live_speaker_description\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`live_speaker_is_anonymous\` integer;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`live_context\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`live_hash\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`live_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`quotes_live_live_published_at_idx\` ON \`quotes\` (\`live_published_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
  // Quotes of stories live now keep showing what readers saw (src/legal/liveQuotes.ts).
  const rows = await db.all<QuoteRow>(sql`SELECT q.id, q.text, q.speaker_name, q.speaker_description, q.speaker_is_anonymous, q.context, q.sensitive, q.legal_status, q.legal_approved_hash FROM \`quotes\` q JOIN \`dispatches\` d ON d.id = q.dispatch_id WHERE d._status = 'published'`)
  for (const { id, live } of backfillSnapshots(rows, new Date())) {
    await db.run(sql`UPDATE \`quotes\` SET live_text = ${live.text}, live_speaker_name = ${live.speaker.name}, live_speaker_description = ${live.speaker.description}, live_speaker_is_anonymous = ${live.speaker.isAnonymous ? 1 : 0}, live_context = ${live.context}, live_hash = ${live.hash}, live_published_at = ${live.publishedAt} WHERE id = ${id}`)
  }
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
  await db.run(sql`INSERT INTO \`__new_dispatches\`("id", "headline", "generate_slug", "slug", "standfirst", "dateline", "body", "workflow_status", "embargo_until", "published_at", "first_published_at", "legal_hold_active", "legal_hold_reason", "legal_hold_placed_by_id", "legal_hold_placed_at", "editorial_notes", "intake_hash", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "headline", "generate_slug", "slug", "standfirst", "dateline", "body", "workflow_status", "embargo_until", "published_at", "first_published_at", "legal_hold_active", "legal_hold_reason", "legal_hold_placed_by_id", "legal_hold_placed_at", "editorial_notes", "intake_hash", "created_by_id", "updated_at", "created_at", "_status" FROM \`dispatches\`;`)
  await db.run(sql`DROP TABLE \`dispatches\`;`)
  await db.run(sql`ALTER TABLE \`__new_dispatches\` RENAME TO \`dispatches\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`INSERT INTO \`__new__dispatches_v\`("id", "parent_id", "version_headline", "version_generate_slug", "version_slug", "version_standfirst", "version_dateline", "version_body", "version_workflow_status", "version_embargo_until", "version_published_at", "version_first_published_at", "version_legal_hold_active", "version_legal_hold_reason", "version_legal_hold_placed_by_id", "version_legal_hold_placed_at", "version_editorial_notes", "version_intake_hash", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_headline", "version_generate_slug", "version_slug", "version_standfirst", "version_dateline", "version_body", "version_workflow_status", "version_embargo_until", "version_published_at", "version_first_published_at", "version_legal_hold_active", "version_legal_hold_reason", "version_legal_hold_placed_by_id", "version_legal_hold_placed_at", "version_editorial_notes", "version_intake_hash", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_dispatches_v\`;`)
  await db.run(sql`DROP TABLE \`_dispatches_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__dispatches_v\` RENAME TO \`_dispatches_v\`;`)
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
  await db.run(sql`DROP INDEX \`quotes_live_live_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`live_text\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`live_speaker_name\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`live_speaker_description\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`live_speaker_is_anonymous\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`live_context\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`live_hash\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`live_published_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
}
