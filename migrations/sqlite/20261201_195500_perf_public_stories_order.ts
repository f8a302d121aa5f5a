import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Written by hand (the read model is not a Payload collection). SQLite stores a row's columns
 * in order and spills a long row into a chain of overflow pages, so reading a column means
 * walking the chain up to it: with the list entry after the story page and ninjs (~21 KB), a
 * list of ten read ~250 KB to send ~44 KB, and a cold list page cost several story pages. The
 * small columns and the list entry now come first, then the page, then ninjs. PostgreSQL keeps
 * long values out of line column by column (TOAST), so its table stays as it is.
 */
const COLUMNS = 'id, slug, status, published_at, page_etag, ninjs_etag, keys, updated_at, entry, page, ninjs'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await reorder(db, `CREATE TABLE public_stories_next (
    id integer PRIMARY KEY NOT NULL,
    slug text NOT NULL,
    status text NOT NULL,
    published_at text NOT NULL DEFAULT '',
    page_etag text,
    ninjs_etag text,
    keys text NOT NULL DEFAULT '',
    updated_at text NOT NULL,
    entry text,
    page text,
    ninjs text
  )`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await reorder(db, `CREATE TABLE public_stories_next (
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
}

async function reorder(db: MigrateUpArgs['db'], create: string): Promise<void> {
  await db.run(sql.raw(create))
  await db.run(sql.raw(`INSERT INTO public_stories_next (${COLUMNS}) SELECT ${COLUMNS} FROM public_stories`))
  await db.run(sql`DROP TABLE public_stories`)
  await db.run(sql`ALTER TABLE public_stories_next RENAME TO public_stories`)
  await db.run(sql`CREATE UNIQUE INDEX IF NOT EXISTS public_stories_slug_idx ON public_stories (slug)`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS public_stories_live_idx ON public_stories (status, published_at, id)`)
}
