import { spawn } from 'node:child_process'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { getEnv } from '../config/env'
import { closeDatabase } from '../db/close'
import { applyMigrations } from '../db/migrate'
import { holdEventLoop } from '../lib/holdEventLoop'
import { rebuildPeopleAndFeeds, rebuildStories } from './publicModel'

/**
 * `npm run public:rebuild`: regenerates the public read model from the live copies. Safe while
 * servers run: each row is rewritten as it is recomputed, and their caches drop what changed
 * (on PostgreSQL through NOTIFY; a SQLite server reads the new rows once its cache entry expires).
 *
 * The stories are done by child processes of REBUILD_CHUNK (default 25,000) each, one after the
 * other: the SQLite driver (libsql 0.4.7) never frees what a statement bound or wrote (~25 KB a
 * story here), so one process would need tens of gigabytes for a million stories; a child's
 * memory goes back when it exits. A child is this script with REBUILD_AFTER set: it does the
 * next chunk after that id and prints `rebuilt <count> <last id or "end">`.
 */
const releaseLoop = holdEventLoop()
const started = Date.now()
const payload = await getPayload({ config })
const childAfter = process.env.REBUILD_AFTER
const chunk = Number(process.env.REBUILD_CHUNK ?? 25_000)
const log = (line: string): void => {
  const { rss, heapUsed } = process.memoryUsage()
  console.error(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s, heap ${Math.round(heapUsed / 2 ** 20)} MB, RSS ${Math.round(rss / 2 ** 20)} MB)`)
}

if (childAfter !== undefined) {
  const { stories, last } = await rebuildStories(payload, { after: Number(childAfter), maxStories: chunk, log })
  console.log(`rebuilt ${stories} ${last ?? 'end'}`)
} else {
  await applyMigrations(payload, getEnv().DATABASE_URL)
  let stories = 0
  for (let after: number | null = 0; after !== null; ) {
    const line = await runChild(after)
    const [, count, last] = /^rebuilt (\d+) (\d+|end)$/m.exec(line) ?? []
    if (count === undefined) throw new Error(`a rebuild child answered "${line.trim()}"`)
    stories += Number(count)
    after = last === 'end' ? null : Number(last)
  }
  // Every story was rewritten by the children: the caches drop everything.
  const { people } = await rebuildPeopleAndFeeds(payload, { keys: new Set(), everything: stories > 0 })
  console.log(`Public read model rebuilt: ${stories} stories, ${people} correspondents in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
await closeDatabase(payload)
releaseLoop()
process.exit(0)

/** Runs one child for the chunk after `after`; returns what it printed. */
function runChild(after: number): Promise<string> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
    env: { ...process.env, REBUILD_AFTER: String(after), REBUILD_CHUNK: String(chunk) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (data: Buffer) => (out += data.toString()))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`a rebuild child (after id ${after}) exited with ${code}`))))
  })
}
