import { getPayload } from 'payload'

import config from '../../payload.config'
import { getEnv } from '../config/env'
import { closeDatabase } from '../db/close'
import { applyMigrations } from '../db/migrate'
import { holdEventLoop } from '../lib/holdEventLoop'
import { rebuildPublicModel } from './publicModel'

/**
 * `npm run public:rebuild`: regenerates the public read model from the live copies. Safe while
 * servers run: each row is rewritten as it is recomputed, and their caches drop what changed
 * (on PostgreSQL through NOTIFY; a SQLite server reads the new rows once its cache entry expires).
 */
const releaseLoop = holdEventLoop()
const started = Date.now()
const payload = await getPayload({ config })
await applyMigrations(payload, getEnv().DATABASE_URL)
const { stories, people } = await rebuildPublicModel(payload, (line) => console.log(line))
console.log(`Public read model rebuilt: ${stories} stories, ${people} correspondents in ${((Date.now() - started) / 1000).toFixed(1)} s`)
await closeDatabase(payload)
releaseLoop()
process.exit(0)
