import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_workflow_events_kind" ADD VALUE 'legal_reopened';
  ALTER TABLE "quotes" ADD COLUMN "attribution" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DEFAULT 'transition'::text;
  DROP TYPE "public"."enum_workflow_events_kind";
  CREATE TYPE "public"."enum_workflow_events_kind" AS ENUM('transition', 'legal_decision', 'legal_hold', 'legal_read', 'schedule_failed', 'quote_flag', 'quote_deleted');
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DEFAULT 'transition'::"public"."enum_workflow_events_kind";
  ALTER TABLE "workflow_events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_workflow_events_kind" USING "kind"::"public"."enum_workflow_events_kind";
  ALTER TABLE "quotes" DROP COLUMN "attribution";`)
}
