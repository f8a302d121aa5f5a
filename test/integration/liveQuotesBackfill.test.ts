/**
 * The migration that introduced live snapshots gives quotes of stories live at the upgrade the
 * snapshot of what readers were being shown: its SQL runs here on a database holding a live story
 * with quotes in every legal state (the schema statements are skipped: the columns exist).
 */
import fs from 'node:fs'
import path from 'node:path'

import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import { addQuotesInEveryLegalState, createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, testDatabase, type TestApp } from '../helpers/testApp'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => t?.stop())

const ddl = (q: unknown): boolean => /ALTER TABLE|CREATE |DROP |PRAGMA/.test(JSON.stringify((q as { queryChunks?: unknown }).queryChunks ?? q))

test('quotes of a live story keep what readers saw, and no uncleared quote gains a snapshot', async () => {
  const reporter = (await t.payload.find({ collection: 'correspondents', limit: 1 })).docs[0]!.id
  const s = await createStoryFixture(t.payload, reporter, 'published')
  const ids = await addQuotesInEveryLegalState(t.payload, s.id)
  type Drizzle = { run: (q: unknown) => Promise<unknown>; all: (q: unknown) => Promise<unknown>; execute: (q: unknown) => Promise<unknown> }
  const drizzle = (t.payload.db as unknown as { drizzle: Drizzle }).drizzle
  const sqlite = testDatabase() === 'sqlite'
  const clear = sqlite ? sqliteSql`UPDATE quotes SET live_text = NULL, live_hash = NULL, live_published_at = NULL` : pgSql`UPDATE quotes SET live_text = NULL, live_hash = NULL, live_published_at = NULL`
  if (sqlite) await drizzle.run(clear)
  else await drizzle.execute(clear)
  expect((await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: s.id } }, overrideAccess: false })).docs).toHaveLength(0)
  const fake = sqlite
    ? { all: (q: unknown) => drizzle.all(q), run: (q: unknown) => (ddl(q) ? undefined : drizzle.run(q)) }
    : { execute: (q: unknown) => (ddl(q) ? { rows: [] } : drizzle.execute(q)) }
  // Found by what it does, not by its generated name.
  const dir = path.resolve(import.meta.dirname, `../../migrations/${sqlite ? 'sqlite' : 'postgres'}`)
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.ts') && fs.readFileSync(path.join(dir, f), 'utf8').includes('backfillSnapshots('))!
  const mod = (await import(path.join(dir, file))) as { up: (args: never) => Promise<void> }
  await mod.up({ db: fake, payload: t.payload, req: {} } as never)
  const shown = (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: s.id } }, overrideAccess: false })).docs
  expect(shown.map((q) => q.id).sort()).toEqual([ids.quotePublic, ids.quoteApproved].sort())
  expect(shown.find((q) => q.id === ids.quoteApproved)!.text).toBe('We buried them at dawn.')
})
