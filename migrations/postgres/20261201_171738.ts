import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dispatches" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_dispatches_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "media_assets" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "quotes" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dispatches_v" ADD CONSTRAINT "_dispatches_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_assets" ADD CONSTRAINT "media_assets_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "dispatches_updated_by_idx" ON "dispatches" USING btree ("updated_by_id");
  CREATE INDEX "_dispatches_v_version_version_updated_by_idx" ON "_dispatches_v" USING btree ("version_updated_by_id");
  CREATE INDEX "media_assets_updated_by_idx" ON "media_assets" USING btree ("updated_by_id");
  CREATE INDEX "quotes_updated_by_idx" ON "quotes" USING btree ("updated_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dispatches" DROP CONSTRAINT "dispatches_updated_by_id_users_id_fk";
  
  ALTER TABLE "_dispatches_v" DROP CONSTRAINT "_dispatches_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "media_assets" DROP CONSTRAINT "media_assets_updated_by_id_users_id_fk";
  
  ALTER TABLE "quotes" DROP CONSTRAINT "quotes_updated_by_id_users_id_fk";
  
  DROP INDEX "dispatches_updated_by_idx";
  DROP INDEX "_dispatches_v_version_version_updated_by_idx";
  DROP INDEX "media_assets_updated_by_idx";
  DROP INDEX "quotes_updated_by_idx";
  ALTER TABLE "dispatches" DROP COLUMN "updated_by_id";
  ALTER TABLE "_dispatches_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "media_assets" DROP COLUMN "updated_by_id";
  ALTER TABLE "quotes" DROP COLUMN "updated_by_id";`)
}
