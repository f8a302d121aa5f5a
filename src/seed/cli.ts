import { getPayload } from 'payload'

import config from '../../payload.config'
import { getEnv } from '../config/env'
import { closeDatabase } from '../db/close'
import { applyMigrations } from '../db/migrate'
import { holdEventLoop } from '../lib/holdEventLoop'
import { seedIfEmpty } from './seed'

/** `npm run seed`: applies migrations and loads the demo newsroom if the database is empty. */
const releaseLoop = holdEventLoop()
const payload = await getPayload({ config })
await applyMigrations(payload, getEnv().DATABASE_URL)
const result = await seedIfEmpty(payload)
if (!result.created) {
  console.log('The database already has users; the demo newsroom was not loaded again.')
} else {
  console.log('Demo newsroom loaded. Accounts:')
  for (const account of result.accounts) console.log(`  ${account.email.padEnd(30)} ${account.roles.join(', ')}`)
  console.log(result.passwordGenerated ? `  password (generated): ${result.password}` : '  password: DEMO_PASSWORD')
}
await closeDatabase(payload)
releaseLoop()
process.exit(0)
