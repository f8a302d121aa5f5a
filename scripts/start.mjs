/**
 * `npm start`: builds the admin when it is missing or stale, keeps a generated secret for
 * non-production instances, then runs the server.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ensureAdminBuild } from './admin-build.mjs'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

if (!/^(false|0|no)$/i.test(process.env.ADMIN_ENABLED ?? '')) ensureAdminBuild()

// A demo or staging instance gets a random secret, kept with its data so sessions survive restarts.
if (!process.env.PAYLOAD_SECRET && process.env.NODE_ENV !== 'production') {
  const file = path.join(root, 'data', '.payload-secret')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  process.env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
}

// The server runs as a child under tsx's full loader (`--import tsx`; loading the Payload config
// through tsx's ESM-only API hangs). Signals are passed on so that SIGTERM still drains requests.
// `--conditions=production` makes Lexical load its production build directly: its default Node
// entry loads that build through a top-level await, which Node 20's module loader sometimes never
// settles when the machine is busy (the process then exits 13 or hangs; see docs/decisions.md).
const server = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/server.ts'], {
  stdio: 'inherit',
  env: process.env,
})
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
