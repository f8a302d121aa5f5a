/**
 * `npm start`: builds the admin when it is missing or older than the code, keeps a generated
 * secret for non-production instances, then runs the server in this process.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const adminEnabled = !/^(false|0|no)$/i.test(process.env.ADMIN_ENABLED ?? '')

/** Returns the newest modification time under the given paths. */
function newest(paths) {
  let latest = 0
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return
    const stat = fs.statSync(entry)
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child))
    else latest = Math.max(latest, stat.mtimeMs)
  }
  paths.forEach(visit)
  return latest
}

function adminBuildIsStale() {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const sources = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'package-lock.json']
  return newest(sources.map((entry) => path.join(root, entry))) > fs.statSync(buildId).mtimeMs
}

if (adminEnabled && adminBuildIsStale()) {
  console.log('Building the admin (next build); this takes a minute or two the first time...')
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: process.env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

// A demo or staging instance gets a random secret, kept with its data so sessions survive restarts.
if (!process.env.PAYLOAD_SECRET && process.env.NODE_ENV !== 'production') {
  const file = path.join(root, 'data', '.payload-secret')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  process.env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
}

const { register } = await import('tsx/esm/api')
register()
await import('../src/server.ts')
