import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/*
 * Written by hand: the public read model is not a Payload collection (src/db/publicModel.ts).
 * It is filled at the next start (src/services/publicModel.ts, `ensurePublicModel`) or by
 * `npm run public:rebuild`.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS public_stories (
    id integer PRIMARY KEY NOT NULL,
    slug text NOT NULL,
    status text NOT NULL,
    published_at text NOT NULL DEFAULT '',
    page text,
    page_etag text,
    ninjs text,
    ninjs_etag text,
    entry text,
    keys text NOT NULL DEFAULT '',
    updated_at text NOT NULL
  )`)
  await db.execute(sql`CREATE UNIQUE INDEX IF NOT EXISTS public_stories_slug_idx ON public_stories (slug)`)
  await db.execute(sql`CREATE INDEX IF NOT EXISTS public_stories_live_idx ON public_stories (status, published_at, id)`)
  await db.execute(sql`CREATE TABLE IF NOT EXISTS public_story_refs (
    story_id integer NOT NULL,
    kind text NOT NULL,
    ref text NOT NULL,
    published_at text NOT NULL,
    PRIMARY KEY (story_id, kind, ref)
  )`)
  await db.execute(sql`CREATE INDEX IF NOT EXISTS public_story_refs_lookup_idx ON public_story_refs (kind, ref, published_at, story_id)`)
  await db.execute(sql`CREATE TABLE IF NOT EXISTS public_people (
    id integer PRIMARY KEY NOT NULL,
    slug text NOT NULL,
    body text NOT NULL,
    etag text NOT NULL,
    photo_id integer,
    keys text NOT NULL DEFAULT ''
  )`)
  await db.execute(sql`CREATE UNIQUE INDEX IF NOT EXISTS public_people_slug_idx ON public_people (slug)`)
  await db.execute(sql`CREATE INDEX IF NOT EXISTS public_people_photo_idx ON public_people (photo_id)`)
  await db.execute(sql`CREATE TABLE IF NOT EXISTS public_documents (
    key text PRIMARY KEY NOT NULL,
    body text NOT NULL,
    etag text NOT NULL,
    content_type text NOT NULL,
    keys text NOT NULL DEFAULT ''
  )`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS public_documents`)
  await db.execute(sql`DROP TABLE IF EXISTS public_people`)
  await db.execute(sql`DROP TABLE IF EXISTS public_story_refs`)
  await db.execute(sql`DROP TABLE IF EXISTS public_stories`)
}
