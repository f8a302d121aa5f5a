import { spawn } from 'node:child_process'
import os from 'node:os'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { getEnv } from '../config/env'
import { databaseKind } from '../db/adapter'
import { closeDatabase } from '../db/close'
import { applyMigrations } from '../db/migrate'
import { holdEventLoop } from '../lib/holdEventLoop'
import { rebuildPeopleAndFeeds, rebuildStories, rebuildStoryIds } from './publicModel'

/**
 * `npm run public:rebuild`: regenerates the public read model from the live copies. Safe while
 * servers run: each row is rewritten as it is recomputed, and their caches drop what changed
 * (on PostgreSQL through NOTIFY; a SQLite server reads the new rows once its cache entry expires).
 *
 * The stories are done by child processes, one per range of REBUILD_CHUNK ids (default 25,000),
 * REBUILD_WORKERS at a time (default 1 on SQLite, which has one writer; on PostgreSQL the number
 * of cores, at most 4). Two reasons: the SQLite
 * driver (libsql 0.4.7) never frees what a statement bound or wrote (~25 KB a story here), so
 * one process would need tens of gigabytes for a million stories, and a child's memory goes back
 * when it exits; and on PostgreSQL recomputing is CPU work other cores can share. A child is this script with REBUILD_AFTER (and REBUILD_UP_TO, none for the last
 * range) set: it prints `rebuilt <count>`.
 *
 * REBUILD_IDS=1,2,3 regenerates only those stories (in this process), then the correspondent
 * pages and feeds: the read benchmark's check of the projections it copied in SQL.
 */
const releaseLoop = holdEventLoop()
const started = Date.now()
const payload = await getPayload({ config })
const childAfter = process.env.REBUILD_AFTER
const chunk = Number(process.env.REBUILD_CHUNK ?? 25_000)
// SQLite has one writer and a batch reads inside its write transaction: one child at a time there.
const parallel = databaseKind(getEnv().DATABASE_URL) === 'sqlite' ? 1 : Math.min(4, os.availableParallelism())
const workers = Math.max(1, Number(process.env.REBUILD_WORKERS || parallel))
const log = (line: string): void => {
  const { rss, heapUsed } = process.memoryUsage()
  console.error(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s, heap ${Math.round(heapUsed / 2 ** 20)} MB, RSS ${Math.round(rss / 2 ** 20)} MB)`)
}

const onlyIds = process.env.REBUILD_IDS
if (onlyIds) {
  const ids = onlyIds.split(',').map(Number)
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw new Error(`REBUILD_IDS must be dispatch ids separated by commas, got "${onlyIds}"`)
  const { stories, changes } = await rebuildStoryIds(payload, ids)
  const { people } = await rebuildPeopleAndFeeds(payload, changes)
  console.log(`Public read model rebuilt: ${stories} stories (by id), ${people} correspondents in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} else if (childAfter !== undefined) {
  const upTo = process.env.REBUILD_UP_TO ? Number(process.env.REBUILD_UP_TO) : null
  const { stories } = await rebuildStories(payload, { after: Number(childAfter), upTo, log })
  console.log(`rebuilt ${stories}`)
} else {
  await applyMigrations(payload, getEnv().DATABASE_URL)
  const newest = await payload.find({ collection: 'dispatches', sort: '-id', limit: 1, pagination: false, depth: 0, overrideAccess: true, select: {} })
  const maxId = Number(newest.docs[0]?.id ?? 0)
  // Ranges of ids: the last one is open, so what the model holds past the newest dispatch goes too.
  const ranges: Array<{ after: number; upTo: number | null }> = []
  for (let after = 0; ; after += chunk) {
    const last = after + chunk >= maxId
    ranges.push({ after, upTo: last ? null : after + chunk })
    if (last) break
  }
  let stories = 0
  const next = async (): Promise<void> => {
    for (let range = ranges.shift(); range; range = ranges.shift()) {
      const line = await runChild(range.after, range.upTo)
      const [, count] = /^rebuilt (\d+)$/m.exec(line) ?? []
      if (count === undefined) throw new Error(`a rebuild child answered "${line.trim()}"`)
      stories += Number(count)
    }
  }
  await Promise.all(Array.from({ length: workers }, next))
  // Every story was rewritten by the children: the caches drop everything.
  const { people } = await rebuildPeopleAndFeeds(payload, { keys: new Set(), everything: stories > 0 })
  console.log(`Public read model rebuilt: ${stories} stories, ${people} correspondents in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
await closeDatabase(payload)
releaseLoop()
process.exit(0)

/** Runs one child for the ids in (after, upTo]; returns what it printed. */
function runChild(after: number, upTo: number | null): Promise<string> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
    env: { ...process.env, REBUILD_AFTER: String(after), REBUILD_UP_TO: upTo === null ? '' : String(upTo) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (data: Buffer) => (out += data.toString()))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`a rebuild child (ids after ${after}) exited with ${code}`))))
  })
}
