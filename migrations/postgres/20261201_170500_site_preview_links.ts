import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_preview_link_events_action" AS ENUM('created', 'used', 'revoked', 'refused');
  CREATE TABLE "preview_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dispatch_id" integer,
  	"token_hash" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"created_by_id" integer,
  	"revoked_at" timestamp(3) with time zone,
  	"revoked_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "preview_link_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_id" integer,
  	"dispatch_id" integer,
  	"action" "enum_preview_link_events_action" NOT NULL,
  	"actor_id" integer,
  	"reason" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "preview_links_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "preview_link_events_id" integer;
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_dispatch_id_dispatches_id_fk" FOREIGN KEY ("dispatch_id") REFERENCES "public"."dispatches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "preview_link_events" ADD CONSTRAINT "preview_link_events_link_id_preview_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."preview_links"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "preview_link_events" ADD CONSTRAINT "preview_link_events_dispatch_id_dispatches_id_fk" FOREIGN KEY ("dispatch_id") REFERENCES "public"."dispatches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "preview_link_events" ADD CONSTRAINT "preview_link_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "preview_links_dispatch_idx" ON "preview_links" USING btree ("dispatch_id");
  CREATE UNIQUE INDEX "preview_links_token_hash_idx" ON "preview_links" USING btree ("token_hash");
  CREATE INDEX "preview_links_created_by_idx" ON "preview_links" USING btree ("created_by_id");
  CREATE INDEX "preview_links_revoked_by_idx" ON "preview_links" USING btree ("revoked_by_id");
  CREATE INDEX "preview_links_updated_at_idx" ON "preview_links" USING btree ("updated_at");
  CREATE INDEX "preview_links_created_at_idx" ON "preview_links" USING btree ("created_at");
  CREATE INDEX "preview_link_events_link_idx" ON "preview_link_events" USING btree ("link_id");
  CREATE INDEX "preview_link_events_dispatch_idx" ON "preview_link_events" USING btree ("dispatch_id");
  CREATE INDEX "preview_link_events_actor_idx" ON "preview_link_events" USING btree ("actor_id");
  CREATE INDEX "preview_link_events_at_idx" ON "preview_link_events" USING btree ("at");
  CREATE INDEX "preview_link_events_updated_at_idx" ON "preview_link_events" USING btree ("updated_at");
  CREATE INDEX "preview_link_events_created_at_idx" ON "preview_link_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_preview_links_fk" FOREIGN KEY ("preview_links_id") REFERENCES "public"."preview_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_preview_link_events_fk" FOREIGN KEY ("preview_link_events_id") REFERENCES "public"."preview_link_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_preview_links_id_idx" ON "payload_locked_documents_rels" USING btree ("preview_links_id");
  CREATE INDEX "payload_locked_documents_rels_preview_link_events_id_idx" ON "payload_locked_documents_rels" USING btree ("preview_link_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "preview_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "preview_link_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "preview_links" CASCADE;
  DROP TABLE "preview_link_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_preview_links_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_preview_link_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_preview_links_id_idx";
  DROP INDEX "payload_locked_documents_rels_preview_link_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "preview_links_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "preview_link_events_id";
  DROP TYPE "public"."enum_preview_link_events_action";`)
}
