/**
 * Builds the Next.js admin when `.next/BUILD_ID` is missing or older than the code it is built
 * from. Imported by `npm start`; run directly before the browser suite.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(import.meta.dirname, '..')
const SOURCES = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'package-lock.json']

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

/** Returns true when the admin must be (re)built. */
export function adminBuildIsStale() {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  return newest(SOURCES.map((entry) => path.join(root, entry))) > fs.statSync(buildId).mtimeMs
}

/** Builds the admin if it is stale; exits the process if the build fails. */
export function ensureAdminBuild() {
  if (!adminBuildIsStale()) return
  console.log('Building the admin (next build); this takes a minute or two the first time...')
  const build = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureAdminBuild()
