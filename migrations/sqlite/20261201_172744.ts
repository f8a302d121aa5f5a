import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// drizzle-kit writes SQLite's ADD COLUMN without the ON DELETE its snapshot records ("set null"),
// and SQLite enforces foreign keys: without it, deleting a user who did a legal read (or lowered
// a quote's flags) answered 500. Fixed here as in 20261201_171714 (nothing shipped ran it yet).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`binding\` text DEFAULT 'bound';`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`legal_flags_lowered_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`legal_flags_lowered_at\` text;`)
  await db.run(sql`CREATE INDEX \`quotes_binding_idx\` ON \`quotes\` (\`binding\`);`)
  await db.run(sql`CREATE INDEX \`quotes_legal_legal_flags_lowered_by_idx\` ON \`quotes\` (\`legal_flags_lowered_by_id\`);`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`quote_ref\` text;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`flags\` text;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`identity_notes\` text;`)
  await db.run(sql`CREATE INDEX \`workflow_events_quote_ref_idx\` ON \`workflow_events\` (\`quote_ref\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dispatch_id\`) REFERENCES \`dispatches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`legal_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quotes\`("id", "text", "dispatch_id", "speaker_name", "speaker_description", "speaker_is_anonymous", "identity_notes", "context", "sensitive", "legal_status", "legal_note", "legal_reviewer_id", "legal_reviewed_at", "legal_approved_hash", "live_text", "live_speaker_name", "live_speaker_description", "live_speaker_is_anonymous", "live_context", "live_hash", "live_published_at", "created_by_id", "updated_by_id", "updated_at", "created_at") SELECT "id", "text", "dispatch_id", "speaker_name", "speaker_description", "speaker_is_anonymous", "identity_notes", "context", "sensitive", "legal_status", "legal_note", "legal_reviewer_id", "legal_reviewed_at", "legal_approved_hash", "live_text", "live_speaker_name", "live_speaker_description", "live_speaker_is_anonymous", "live_context", "live_hash", "live_published_at", "created_by_id", "updated_by_id", "updated_at", "created_at" FROM \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quotes\` RENAME TO \`quotes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`quotes_dispatch_idx\` ON \`quotes\` (\`dispatch_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_sensitive_idx\` ON \`quotes\` (\`sensitive\`);`)
  await db.run(sql`CREATE INDEX \`quotes_legal_legal_status_idx\` ON \`quotes\` (\`legal_status\`);`)
  await db.run(sql`CREATE INDEX \`quotes_legal_legal_reviewer_idx\` ON \`quotes\` (\`legal_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_live_live_published_at_idx\` ON \`quotes\` (\`live_published_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_by_idx\` ON \`quotes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_by_idx\` ON \`quotes\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`workflow_events_quote_ref_idx\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`quote_ref\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`flags\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`identity_notes\`;`)
}
