import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillSnapshots, type QuoteRow } from '../../src/legal/liveQuotes'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dispatches_legal_read_status" AS ENUM('not_required', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum__dispatches_v_version_legal_read_status" AS ENUM('not_required', 'pending', 'approved', 'rejected');
  ALTER TYPE "public"."enum_workflow_events_kind" ADD VALUE 'legal_read' BEFORE 'schedule_failed';
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_required" boolean DEFAULT false;
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_status" "enum_dispatches_legal_read_status" DEFAULT 'not_required';
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_passages" jsonb;
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_reviewed_hash" varchar;
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_approved_hash" varchar;
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_approved_text" varchar;
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_reviewer_id" integer;
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "dispatches" ADD COLUMN "legal_read_note" varchar;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_required" boolean DEFAULT false;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_status" "enum__dispatches_v_version_legal_read_status" DEFAULT 'not_required';
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_passages" jsonb;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_reviewed_hash" varchar;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_approved_hash" varchar;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_approved_text" varchar;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_reviewer_id" integer;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_legal_read_note" varchar;
  ALTER TABLE "quotes" ADD COLUMN "live_text" varchar;
  ALTER TABLE "quotes" ADD COLUMN "live_speaker_name" varchar;
  ALTER TABLE "quotes" ADD COLUMN "live_speaker_description" varchar;
  ALTER TABLE "quotes" ADD COLUMN "live_speaker_is_anonymous" boolean;
  ALTER TABLE "quotes" ADD COLUMN "live_context" varchar;
  ALTER TABLE "quotes" ADD COLUMN "live_hash" varchar;
  ALTER TABLE "quotes" ADD COLUMN "live_published_at" timestamp(3) with time zone;
  ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_legal_read_reviewer_id_users_id_fk" FOREIGN KEY ("legal_read_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dispatches_v" ADD CONSTRAINT "_dispatches_v_version_legal_read_reviewer_id_users_id_fk" FOREIGN KEY ("version_legal_read_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "dispatches_legal_read_legal_read_status_idx" ON "dispatches" USING btree ("legal_read_status");
  CREATE INDEX "dispatches_legal_read_legal_read_reviewer_idx" ON "dispatches" USING btree ("legal_read_reviewer_id");
  CREATE INDEX "_dispatches_v_version_legal_read_version_legal_read_stat_idx" ON "_dispatches_v" USING btree ("version_legal_read_status");
  CREATE INDEX "_dispatches_v_version_legal_read_version_legal_read_revi_idx" ON "_dispatches_v" USING btree ("version_legal_read_reviewer_id");
  CREATE INDEX "quotes_live_live_published_at_idx" ON "quotes" USING btree ("live_published_at");
  ALTER TABLE "users" DROP COLUMN "reset_password_requested_at";`)
  // Quotes of stories live now keep showing what readers saw (src/legal/liveQuotes.ts).
  const { rows } = await db.execute(sql`SELECT q.id, q.text, q.speaker_name, q.speaker_description, q.speaker_is_anonymous, q.context, q.sensitive, q.legal_status, q.legal_approved_hash FROM "quotes" q JOIN "dispatches" d ON d.id = q.dispatch_id WHERE d._status = 'published'`)
  for (const { id, live } of backfillSnapshots(rows as QuoteRow[], new Date())) {
    await db.execute(sql`UPDATE "quotes" SET live_text = ${live.text}, live_speaker_name = ${live.speaker.name}, live_speaker_description = ${live.speaker.description}, live_speaker_is_anonymous = ${live.speaker.isAnonymous}, live_context = ${live.context}, live_hash = ${live.hash}, live_published_at = ${live.publishedAt} WHERE id = ${id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dispatches" DROP CONSTRAINT "dispatches_legal_read_reviewer_id_users_id_fk";
  
  ALTER TABLE "_dispatches_v" DROP CONSTRAINT "_dispatches_v_version_legal_read_reviewer_id_users_id_fk";
  
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DEFAULT 'transition'::text;
  DROP TYPE "public"."enum_workflow_events_kind";
  CREATE TYPE "public"."enum_workflow_events_kind" AS ENUM('transition', 'legal_decision', 'legal_hold', 'schedule_failed');
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DEFAULT 'transition'::"public"."enum_workflow_events_kind";
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_workflow_events_kind" USING "kind"::"public"."enum_workflow_events_kind";
  DROP INDEX "dispatches_legal_read_legal_read_status_idx";
  DROP INDEX "dispatches_legal_read_legal_read_reviewer_idx";
  DROP INDEX "_dispatches_v_version_legal_read_version_legal_read_stat_idx";
  DROP INDEX "_dispatches_v_version_legal_read_version_legal_read_revi_idx";
  DROP INDEX "quotes_live_live_published_at_idx";
  ALTER TABLE "users" ADD COLUMN "reset_password_requested_at" timestamp(3) with time zone;
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_required";
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_status";
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_passages";
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_reviewed_hash";
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_approved_hash";
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_approved_text";
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_reviewer_id";
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_reviewed_at";
  ALTER TABLE "dispatches" DROP COLUMN "legal_read_note";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_required";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_status";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_passages";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_reviewed_hash";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_approved_hash";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_approved_text";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_reviewer_id";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_reviewed_at";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_legal_read_note";
  ALTER TABLE "quotes" DROP COLUMN "live_text";
  ALTER TABLE "quotes" DROP COLUMN "live_speaker_name";
  ALTER TABLE "quotes" DROP COLUMN "live_speaker_description";
  ALTER TABLE "quotes" DROP COLUMN "live_speaker_is_anonymous";
  ALTER TABLE "quotes" DROP COLUMN "live_context";
  ALTER TABLE "quotes" DROP COLUMN "live_hash";
  ALTER TABLE "quotes" DROP COLUMN "live_published_at";
  DROP TYPE "public"."enum_dispatches_legal_read_status";
  DROP TYPE "public"."enum__dispatches_v_version_legal_read_status";`)
}
