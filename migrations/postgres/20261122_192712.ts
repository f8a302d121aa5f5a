import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dispatches_byline_role" AS ENUM('reporter', 'camera', 'producer', 'editor', 'photographer');
  CREATE TYPE "public"."enum_dispatches_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_dispatches_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__dispatches_v_version_byline_role" AS ENUM('reporter', 'camera', 'producer', 'editor', 'photographer');
  CREATE TYPE "public"."enum__dispatches_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__dispatches_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_correspondents_kind" AS ENUM('reporter', 'camera', 'producer', 'editor', 'photographer');
  CREATE TYPE "public"."enum_media_assets_rights_licence" AS ENUM('staff', 'agency', 'handout', 'pool', 'licensed', 'exclusive');
  CREATE TYPE "public"."enum_quotes_sensitivity_reasons" AS ENUM('allegation', 'violence', 'minor', 'anonymous_source', 'court_case', 'extremist_content', 'identification', 'privacy', 'other');
  CREATE TYPE "public"."enum_quotes_legal_status" AS ENUM('not_required', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'correspondent', 'legal', 'frontend');
  CREATE TYPE "public"."enum_workflow_events_kind" AS ENUM('transition', 'legal_decision', 'legal_hold', 'schedule_failed');
  CREATE TYPE "public"."enum_workflow_events_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_workflow_events_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_webhook_subscriptions_events" AS ENUM('dispatch.published', 'dispatch.updated', 'dispatch.withdrawn');
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('dispatch.published', 'dispatch.updated', 'dispatch.withdrawn');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'delivered', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'releaseScheduledDispatch');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'releaseScheduledDispatch');
  CREATE TABLE "dispatches_byline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"correspondent_id" integer,
  	"role" "enum_dispatches_byline_role"
  );
  
  CREATE TABLE "dispatches_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"text" varchar
  );
  
  CREATE TABLE "dispatches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"headline" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"standfirst" varchar,
  	"dateline" varchar,
  	"body" jsonb,
  	"workflow_status" "enum_dispatches_workflow_status" DEFAULT 'draft',
  	"embargo_until" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"first_published_at" timestamp(3) with time zone,
  	"legal_hold_active" boolean DEFAULT false,
  	"legal_hold_reason" varchar,
  	"legal_hold_placed_by_id" integer,
  	"legal_hold_placed_at" timestamp(3) with time zone,
  	"editorial_notes" varchar,
  	"intake_hash" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_dispatches_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "dispatches_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "dispatches_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_assets_id" integer
  );
  
  CREATE TABLE "_dispatches_v_version_byline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"correspondent_id" integer,
  	"role" "enum__dispatches_v_version_byline_role",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_dispatches_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_dispatches_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_headline" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_standfirst" varchar,
  	"version_dateline" varchar,
  	"version_body" jsonb,
  	"version_workflow_status" "enum__dispatches_v_version_workflow_status" DEFAULT 'draft',
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_legal_hold_active" boolean DEFAULT false,
  	"version_legal_hold_reason" varchar,
  	"version_legal_hold_placed_by_id" integer,
  	"version_legal_hold_placed_at" timestamp(3) with time zone,
  	"version_editorial_notes" varchar,
  	"version_intake_hash" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__dispatches_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_dispatches_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_dispatches_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_assets_id" integer
  );
  
  CREATE TABLE "correspondents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"title" varchar,
  	"kind" "enum_correspondents_kind",
  	"bio" varchar,
  	"photo_id" integer,
  	"bureau" varchar,
  	"active" boolean DEFAULT true,
  	"user_id" integer,
  	"email" varchar,
  	"phone" varchar,
  	"emergency_contact" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_assets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"credit_line" varchar NOT NULL,
  	"credit_organisation" varchar,
  	"credit_creator_name" varchar,
  	"credit_creator_id" integer,
  	"credit_is_handout" boolean DEFAULT false,
  	"credit_is_pool" boolean DEFAULT false,
  	"rights_licence" "enum_media_assets_rights_licence" DEFAULT 'staff',
  	"rights_usage_terms" varchar,
  	"rights_expires_at" timestamp(3) with time zone,
  	"captured_at" timestamp(3) with time zone,
  	"is_public" boolean DEFAULT false,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "quotes_sensitivity_reasons" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_quotes_sensitivity_reasons",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "quotes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"dispatch_id" integer NOT NULL,
  	"speaker_name" varchar,
  	"speaker_description" varchar,
  	"speaker_is_anonymous" boolean DEFAULT false,
  	"identity_notes" varchar,
  	"context" varchar,
  	"sensitive" boolean DEFAULT false,
  	"legal_status" "enum_quotes_legal_status" DEFAULT 'not_required',
  	"legal_note" varchar,
  	"legal_reviewer_id" integer,
  	"legal_reviewed_at" timestamp(3) with time zone,
  	"legal_approved_hash" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"correspondent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dispatch_id" integer NOT NULL,
  	"kind" "enum_workflow_events_kind" DEFAULT 'transition' NOT NULL,
  	"from" "enum_workflow_events_from",
  	"to" "enum_workflow_events_to",
  	"actor_id" integer,
  	"note" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"gate" jsonb,
  	"quote_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_subscriptions_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhook_subscriptions_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"delivery_id" varchar NOT NULL,
  	"subscription_id" integer,
  	"event" "enum_webhook_deliveries_event" NOT NULL,
  	"dispatch_id" numeric,
  	"body" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_attempt_at" timestamp(3) with time zone,
  	"last_status_code" numeric,
  	"last_error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dispatches_id" integer,
  	"correspondents_id" integer,
  	"media_assets_id" integer,
  	"quotes_id" integer,
  	"users_id" integer,
  	"workflow_events_id" integer,
  	"webhook_subscriptions_id" integer,
  	"webhook_deliveries_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "dispatches_byline" ADD CONSTRAINT "dispatches_byline_correspondent_id_correspondents_id_fk" FOREIGN KEY ("correspondent_id") REFERENCES "public"."correspondents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dispatches_byline" ADD CONSTRAINT "dispatches_byline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dispatches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dispatches_corrections" ADD CONSTRAINT "dispatches_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dispatches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_legal_hold_placed_by_id_users_id_fk" FOREIGN KEY ("legal_hold_placed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dispatches_texts" ADD CONSTRAINT "dispatches_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dispatches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dispatches_rels" ADD CONSTRAINT "dispatches_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dispatches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dispatches_rels" ADD CONSTRAINT "dispatches_rels_media_assets_fk" FOREIGN KEY ("media_assets_id") REFERENCES "public"."media_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dispatches_v_version_byline" ADD CONSTRAINT "_dispatches_v_version_byline_correspondent_id_correspondents_id_fk" FOREIGN KEY ("correspondent_id") REFERENCES "public"."correspondents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dispatches_v_version_byline" ADD CONSTRAINT "_dispatches_v_version_byline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_dispatches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dispatches_v_version_corrections" ADD CONSTRAINT "_dispatches_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_dispatches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dispatches_v" ADD CONSTRAINT "_dispatches_v_parent_id_dispatches_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dispatches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dispatches_v" ADD CONSTRAINT "_dispatches_v_version_legal_hold_placed_by_id_users_id_fk" FOREIGN KEY ("version_legal_hold_placed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dispatches_v" ADD CONSTRAINT "_dispatches_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dispatches_v_texts" ADD CONSTRAINT "_dispatches_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_dispatches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dispatches_v_rels" ADD CONSTRAINT "_dispatches_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_dispatches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dispatches_v_rels" ADD CONSTRAINT "_dispatches_v_rels_media_assets_fk" FOREIGN KEY ("media_assets_id") REFERENCES "public"."media_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "correspondents" ADD CONSTRAINT "correspondents_photo_id_media_assets_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "correspondents" ADD CONSTRAINT "correspondents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_assets" ADD CONSTRAINT "media_assets_credit_creator_id_correspondents_id_fk" FOREIGN KEY ("credit_creator_id") REFERENCES "public"."correspondents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_assets" ADD CONSTRAINT "media_assets_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes_sensitivity_reasons" ADD CONSTRAINT "quotes_sensitivity_reasons_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_dispatch_id_dispatches_id_fk" FOREIGN KEY ("dispatch_id") REFERENCES "public"."dispatches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_legal_reviewer_id_users_id_fk" FOREIGN KEY ("legal_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_correspondent_id_correspondents_id_fk" FOREIGN KEY ("correspondent_id") REFERENCES "public"."correspondents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_dispatch_id_dispatches_id_fk" FOREIGN KEY ("dispatch_id") REFERENCES "public"."dispatches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_subscriptions_events" ADD CONSTRAINT "webhook_subscriptions_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dispatches_fk" FOREIGN KEY ("dispatches_id") REFERENCES "public"."dispatches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_correspondents_fk" FOREIGN KEY ("correspondents_id") REFERENCES "public"."correspondents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_assets_fk" FOREIGN KEY ("media_assets_id") REFERENCES "public"."media_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_subscriptions_fk" FOREIGN KEY ("webhook_subscriptions_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "dispatches_byline_order_idx" ON "dispatches_byline" USING btree ("_order");
  CREATE INDEX "dispatches_byline_parent_id_idx" ON "dispatches_byline" USING btree ("_parent_id");
  CREATE INDEX "dispatches_byline_correspondent_idx" ON "dispatches_byline" USING btree ("correspondent_id");
  CREATE INDEX "dispatches_corrections_order_idx" ON "dispatches_corrections" USING btree ("_order");
  CREATE INDEX "dispatches_corrections_parent_id_idx" ON "dispatches_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dispatches_slug_idx" ON "dispatches" USING btree ("slug");
  CREATE INDEX "dispatches_workflow_status_idx" ON "dispatches" USING btree ("workflow_status");
  CREATE INDEX "dispatches_published_at_idx" ON "dispatches" USING btree ("published_at");
  CREATE INDEX "dispatches_legal_hold_legal_hold_placed_by_idx" ON "dispatches" USING btree ("legal_hold_placed_by_id");
  CREATE INDEX "dispatches_intake_hash_idx" ON "dispatches" USING btree ("intake_hash");
  CREATE INDEX "dispatches_created_by_idx" ON "dispatches" USING btree ("created_by_id");
  CREATE INDEX "dispatches_updated_at_idx" ON "dispatches" USING btree ("updated_at");
  CREATE INDEX "dispatches_created_at_idx" ON "dispatches" USING btree ("created_at");
  CREATE INDEX "dispatches__status_idx" ON "dispatches" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_idx" ON "dispatches" USING btree ("_status","published_at");
  CREATE INDEX "dispatches_texts_order_parent" ON "dispatches_texts" USING btree ("order","parent_id");
  CREATE INDEX "dispatches_rels_order_idx" ON "dispatches_rels" USING btree ("order");
  CREATE INDEX "dispatches_rels_parent_idx" ON "dispatches_rels" USING btree ("parent_id");
  CREATE INDEX "dispatches_rels_path_idx" ON "dispatches_rels" USING btree ("path");
  CREATE INDEX "dispatches_rels_media_assets_id_idx" ON "dispatches_rels" USING btree ("media_assets_id");
  CREATE INDEX "_dispatches_v_version_byline_order_idx" ON "_dispatches_v_version_byline" USING btree ("_order");
  CREATE INDEX "_dispatches_v_version_byline_parent_id_idx" ON "_dispatches_v_version_byline" USING btree ("_parent_id");
  CREATE INDEX "_dispatches_v_version_byline_correspondent_idx" ON "_dispatches_v_version_byline" USING btree ("correspondent_id");
  CREATE INDEX "_dispatches_v_version_corrections_order_idx" ON "_dispatches_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_dispatches_v_version_corrections_parent_id_idx" ON "_dispatches_v_version_corrections" USING btree ("_parent_id");
  CREATE INDEX "_dispatches_v_parent_idx" ON "_dispatches_v" USING btree ("parent_id");
  CREATE INDEX "_dispatches_v_version_version_slug_idx" ON "_dispatches_v" USING btree ("version_slug");
  CREATE INDEX "_dispatches_v_version_version_workflow_status_idx" ON "_dispatches_v" USING btree ("version_workflow_status");
  CREATE INDEX "_dispatches_v_version_version_published_at_idx" ON "_dispatches_v" USING btree ("version_published_at");
  CREATE INDEX "_dispatches_v_version_legal_hold_version_legal_hold_plac_idx" ON "_dispatches_v" USING btree ("version_legal_hold_placed_by_id");
  CREATE INDEX "_dispatches_v_version_version_intake_hash_idx" ON "_dispatches_v" USING btree ("version_intake_hash");
  CREATE INDEX "_dispatches_v_version_version_created_by_idx" ON "_dispatches_v" USING btree ("version_created_by_id");
  CREATE INDEX "_dispatches_v_version_version_updated_at_idx" ON "_dispatches_v" USING btree ("version_updated_at");
  CREATE INDEX "_dispatches_v_version_version_created_at_idx" ON "_dispatches_v" USING btree ("version_created_at");
  CREATE INDEX "_dispatches_v_version_version__status_idx" ON "_dispatches_v" USING btree ("version__status");
  CREATE INDEX "_dispatches_v_created_at_idx" ON "_dispatches_v" USING btree ("created_at");
  CREATE INDEX "_dispatches_v_updated_at_idx" ON "_dispatches_v" USING btree ("updated_at");
  CREATE INDEX "_dispatches_v_latest_idx" ON "_dispatches_v" USING btree ("latest");
  CREATE INDEX "_dispatches_v_autosave_idx" ON "_dispatches_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_idx" ON "_dispatches_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "_dispatches_v_texts_order_parent" ON "_dispatches_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_dispatches_v_rels_order_idx" ON "_dispatches_v_rels" USING btree ("order");
  CREATE INDEX "_dispatches_v_rels_parent_idx" ON "_dispatches_v_rels" USING btree ("parent_id");
  CREATE INDEX "_dispatches_v_rels_path_idx" ON "_dispatches_v_rels" USING btree ("path");
  CREATE INDEX "_dispatches_v_rels_media_assets_id_idx" ON "_dispatches_v_rels" USING btree ("media_assets_id");
  CREATE INDEX "correspondents_name_idx" ON "correspondents" USING btree ("name");
  CREATE UNIQUE INDEX "correspondents_slug_idx" ON "correspondents" USING btree ("slug");
  CREATE INDEX "correspondents_photo_idx" ON "correspondents" USING btree ("photo_id");
  CREATE INDEX "correspondents_user_idx" ON "correspondents" USING btree ("user_id");
  CREATE INDEX "correspondents_updated_at_idx" ON "correspondents" USING btree ("updated_at");
  CREATE INDEX "correspondents_created_at_idx" ON "correspondents" USING btree ("created_at");
  CREATE INDEX "media_assets_credit_credit_creator_idx" ON "media_assets" USING btree ("credit_creator_id");
  CREATE INDEX "media_assets_is_public_idx" ON "media_assets" USING btree ("is_public");
  CREATE INDEX "media_assets_created_by_idx" ON "media_assets" USING btree ("created_by_id");
  CREATE INDEX "media_assets_updated_at_idx" ON "media_assets" USING btree ("updated_at");
  CREATE INDEX "media_assets_created_at_idx" ON "media_assets" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_assets_filename_idx" ON "media_assets" USING btree ("filename");
  CREATE INDEX "media_assets_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media_assets" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_assets_sizes_card_sizes_card_filename_idx" ON "media_assets" USING btree ("sizes_card_filename");
  CREATE INDEX "media_assets_sizes_hero_sizes_hero_filename_idx" ON "media_assets" USING btree ("sizes_hero_filename");
  CREATE INDEX "quotes_sensitivity_reasons_order_idx" ON "quotes_sensitivity_reasons" USING btree ("order");
  CREATE INDEX "quotes_sensitivity_reasons_parent_idx" ON "quotes_sensitivity_reasons" USING btree ("parent_id");
  CREATE INDEX "quotes_dispatch_idx" ON "quotes" USING btree ("dispatch_id");
  CREATE INDEX "quotes_sensitive_idx" ON "quotes" USING btree ("sensitive");
  CREATE INDEX "quotes_legal_legal_status_idx" ON "quotes" USING btree ("legal_status");
  CREATE INDEX "quotes_legal_legal_reviewer_idx" ON "quotes" USING btree ("legal_reviewer_id");
  CREATE INDEX "quotes_created_by_idx" ON "quotes" USING btree ("created_by_id");
  CREATE INDEX "quotes_updated_at_idx" ON "quotes" USING btree ("updated_at");
  CREATE INDEX "quotes_created_at_idx" ON "quotes" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_correspondent_idx" ON "users" USING btree ("correspondent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "workflow_events_dispatch_idx" ON "workflow_events" USING btree ("dispatch_id");
  CREATE INDEX "workflow_events_kind_idx" ON "workflow_events" USING btree ("kind");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_at_idx" ON "workflow_events" USING btree ("at");
  CREATE INDEX "workflow_events_quote_idx" ON "workflow_events" USING btree ("quote_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "webhook_subscriptions_events_order_idx" ON "webhook_subscriptions_events" USING btree ("order");
  CREATE INDEX "webhook_subscriptions_events_parent_idx" ON "webhook_subscriptions_events" USING btree ("parent_id");
  CREATE INDEX "webhook_subscriptions_updated_at_idx" ON "webhook_subscriptions" USING btree ("updated_at");
  CREATE INDEX "webhook_subscriptions_created_at_idx" ON "webhook_subscriptions" USING btree ("created_at");
  CREATE UNIQUE INDEX "webhook_deliveries_delivery_id_idx" ON "webhook_deliveries" USING btree ("delivery_id");
  CREATE INDEX "webhook_deliveries_subscription_idx" ON "webhook_deliveries" USING btree ("subscription_id");
  CREATE INDEX "webhook_deliveries_dispatch_id_idx" ON "webhook_deliveries" USING btree ("dispatch_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_dispatches_id_idx" ON "payload_locked_documents_rels" USING btree ("dispatches_id");
  CREATE INDEX "payload_locked_documents_rels_correspondents_id_idx" ON "payload_locked_documents_rels" USING btree ("correspondents_id");
  CREATE INDEX "payload_locked_documents_rels_media_assets_id_idx" ON "payload_locked_documents_rels" USING btree ("media_assets_id");
  CREATE INDEX "payload_locked_documents_rels_quotes_id_idx" ON "payload_locked_documents_rels" USING btree ("quotes_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "dispatches_byline" CASCADE;
  DROP TABLE "dispatches_corrections" CASCADE;
  DROP TABLE "dispatches" CASCADE;
  DROP TABLE "dispatches_texts" CASCADE;
  DROP TABLE "dispatches_rels" CASCADE;
  DROP TABLE "_dispatches_v_version_byline" CASCADE;
  DROP TABLE "_dispatches_v_version_corrections" CASCADE;
  DROP TABLE "_dispatches_v" CASCADE;
  DROP TABLE "_dispatches_v_texts" CASCADE;
  DROP TABLE "_dispatches_v_rels" CASCADE;
  DROP TABLE "correspondents" CASCADE;
  DROP TABLE "media_assets" CASCADE;
  DROP TABLE "quotes_sensitivity_reasons" CASCADE;
  DROP TABLE "quotes" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "webhook_subscriptions_events" CASCADE;
  DROP TABLE "webhook_subscriptions" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_dispatches_byline_role";
  DROP TYPE "public"."enum_dispatches_workflow_status";
  DROP TYPE "public"."enum_dispatches_status";
  DROP TYPE "public"."enum__dispatches_v_version_byline_role";
  DROP TYPE "public"."enum__dispatches_v_version_workflow_status";
  DROP TYPE "public"."enum__dispatches_v_version_status";
  DROP TYPE "public"."enum_correspondents_kind";
  DROP TYPE "public"."enum_media_assets_rights_licence";
  DROP TYPE "public"."enum_quotes_sensitivity_reasons";
  DROP TYPE "public"."enum_quotes_legal_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_workflow_events_kind";
  DROP TYPE "public"."enum_workflow_events_from";
  DROP TYPE "public"."enum_workflow_events_to";
  DROP TYPE "public"."enum_webhook_subscriptions_events";
  DROP TYPE "public"."enum_webhook_deliveries_event";
  DROP TYPE "public"."enum_webhook_deliveries_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
