/**
 * Every save of a story reads its latest version (Payload: parent, latest, newest first). Without
 * an index on all three SQLite plans it on the one-column `latest` index and walks every story's
 * latest version: a draft save grew with the archive (docs/readmodel.md, breaking news). The
 * plan the database chooses must be the composite index, on both databases.
 */
import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import { sqlRows } from '../../src/db/raw'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t?.stop()
})

const INDEX = '_dispatches_v_parent_latest_updated_idx'

it("the latest-version read of a story is one lookup on (parent_id, latest, updated_at)", async () => {
  const story = (await t.payload.find({ collection: 'dispatches', limit: 1, depth: 0 })).docs[0]!
  if (t.payload.db.name === 'sqlite') {
    const plan = await sqlRows(t.payload, sqliteSql.raw(`EXPLAIN QUERY PLAN SELECT id FROM _dispatches_v WHERE parent_id = ${Number(story.id)} AND latest = 1 ORDER BY updated_at DESC LIMIT 1`) as never)
    const detail = plan.map((row) => String(row.detail)).join(' | ')
    expect(detail).toContain(INDEX)
    expect(detail).not.toContain('TEMP B-TREE')
  } else {
    const rows = await sqlRows(t.payload, pgSql`SELECT indexdef FROM pg_indexes WHERE indexname = ${INDEX}`)
    expect(rows.map((row) => String(row.indexdef))).toEqual([expect.stringContaining('(parent_id, latest, updated_at)')])
  }
})
