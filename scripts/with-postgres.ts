/**
 * Runs a command against a throw-away PostgreSQL (for generating migrations or trying things):
 *   tsx scripts/with-postgres.ts -- npx payload migrate:create name --force-accept-warning
 */
import { spawnSync } from 'node:child_process'

import { startPostgres, stopPostgres } from '../test/helpers/postgresServer'

const args = process.argv.slice(process.argv.indexOf('--') + 1)
const server = await startPostgres()
const result = spawnSync(args[0], args.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: server.url('postgres') },
})
stopPostgres(server.dataDir)
process.exit(result.status ?? 1)
