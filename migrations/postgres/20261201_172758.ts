import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_quotes_binding" AS ENUM('bound', 'unbound');
  ALTER TYPE "public"."enum_workflow_events_kind" ADD VALUE 'quote_flag';
  ALTER TYPE "public"."enum_workflow_events_kind" ADD VALUE 'quote_deleted';
  ALTER TABLE "quotes" ADD COLUMN "binding" "enum_quotes_binding" DEFAULT 'bound';
  ALTER TABLE "quotes" ADD COLUMN "legal_flags_lowered_by_id" integer;
  ALTER TABLE "quotes" ADD COLUMN "legal_flags_lowered_at" timestamp(3) with time zone;
  ALTER TABLE "workflow_events" ADD COLUMN "quote_ref" varchar;
  ALTER TABLE "workflow_events" ADD COLUMN "flags" jsonb;
  ALTER TABLE "workflow_events" ADD COLUMN "identity_notes" jsonb;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_legal_flags_lowered_by_id_users_id_fk" FOREIGN KEY ("legal_flags_lowered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "quotes_binding_idx" ON "quotes" USING btree ("binding");
  CREATE INDEX "quotes_legal_legal_flags_lowered_by_idx" ON "quotes" USING btree ("legal_flags_lowered_by_id");
  CREATE INDEX "workflow_events_quote_ref_idx" ON "workflow_events" USING btree ("quote_ref");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quotes" DROP CONSTRAINT "quotes_legal_flags_lowered_by_id_users_id_fk";
  
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DEFAULT 'transition'::text;
  DROP TYPE "public"."enum_workflow_events_kind";
  CREATE TYPE "public"."enum_workflow_events_kind" AS ENUM('transition', 'legal_decision', 'legal_hold', 'legal_read', 'schedule_failed');
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DEFAULT 'transition'::"public"."enum_workflow_events_kind";
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_workflow_events_kind" USING "kind"::"public"."enum_workflow_events_kind";
  DROP INDEX "quotes_binding_idx";
  DROP INDEX "quotes_legal_legal_flags_lowered_by_idx";
  DROP INDEX "workflow_events_quote_ref_idx";
  ALTER TABLE "quotes" DROP COLUMN "binding";
  ALTER TABLE "quotes" DROP COLUMN "legal_flags_lowered_by_id";
  ALTER TABLE "quotes" DROP COLUMN "legal_flags_lowered_at";
  ALTER TABLE "workflow_events" DROP COLUMN "quote_ref";
  ALTER TABLE "workflow_events" DROP COLUMN "flags";
  ALTER TABLE "workflow_events" DROP COLUMN "identity_notes";
  DROP TYPE "public"."enum_quotes_binding";`)
}
