/**
 * Reads of a dispatch look its tags up by parent id; Payload's own index on those child tables
 * starts with `order` and cannot serve that, so Dateline adds one at start (src/db/lookupIndexes.ts).
 */
import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import { ensureLookupIndexes } from '../../src/db/lookupIndexes'
import { startTestApp, testDatabase, type TestApp } from '../helpers/testApp'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())

describe('lookup indexes on tag tables', () => {
  it('exist after start for the live and version tables, and a second run changes nothing', async () => {
    const db = t.payload.db as unknown as { drizzle: Record<string, (q: unknown) => Promise<unknown>> }
    const names =
      testDatabase() === 'sqlite'
        ? ((await db.drizzle.all(sqliteSql`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%parent_lookup_idx'`)) as Array<{ name: string }>)
        : ((await db.drizzle.execute(pgSql`SELECT indexname AS name FROM pg_indexes WHERE indexname LIKE '%parent_lookup_idx'`)) as { rows: Array<{ name: string }> }).rows
    expect(names.map((row) => row.name).sort()).toEqual(['_dispatches_v_texts_parent_lookup_idx', 'dispatches_texts_parent_lookup_idx'])
    expect((await ensureLookupIndexes(t.payload)).sort()).toEqual(['_dispatches_v_texts_parent_lookup_idx', 'dispatches_texts_parent_lookup_idx'])
  })

  const onSqlite = testDatabase() === 'sqlite' ? it : it.skip
  onSqlite('is what SQLite uses to find a story’s tags', async () => {
    const db = t.payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<Array<{ detail: string }>> } }
    const plan = await db.drizzle.all(sqliteSql`EXPLAIN QUERY PLAN SELECT * FROM dispatches_texts WHERE parent_id = 1 ORDER BY "order"`)
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/SEARCH dispatches_texts USING INDEX dispatches_texts_parent_lookup_idx \(parent_id=\?\)/)
  })
})
