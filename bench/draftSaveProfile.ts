/**
 * `tsx bench/draftSaveProfile.ts <databaseUrl> [saves]`: times draft saves of live stories
 * (`PATCH /api/dispatches/:id?draft=true`, as the breaking-news run sends them) against a
 * loaded data set (`BENCH_LOAD_ONLY=1 npm run bench`), one at a time after a warm-up, and
 * with CPU_PROF=1 writes the server's CPU profile to /tmp/dateline-prof.
 */
import { performance } from 'node:perf_hooks'

import { startServerProcess } from '../test/helpers/serverProcess'

const databaseUrl = process.argv[2]!
const SAVES = Number(process.argv[3] ?? 60)
const env = { DATABASE_URL: databaseUrl, DEMO_PASSWORD: 'bench-password', LOG_LEVEL: 'error', ADMIN_ENABLED: 'false', SERVER_URL: 'http://bench.dateline.local', PUBLIC_SITE_URL: 'http://bench.dateline.local' }
const entry = process.env.CPU_PROF ? ['--conditions=production', '--cpu-prof', '--cpu-prof-dir=/tmp/dateline-prof', '--import', 'tsx', 'src/server.ts'] : undefined
const server = await startServerProcess(env, 120_000, entry)
const call = async (method: string, route: string, token: string | null, body?: unknown) => {
  const res = await fetch(`${server.url}${route}`, { method, headers: { 'content-type': 'application/json', ...(token && { authorization: `JWT ${token}` }) }, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: res.status, json: (await res.json().catch(() => null)) as any }
}
const token = (await call('POST', '/api/users/login', null, { email: 'editor@dateline.local', password: 'bench-password' })).json.token as string
const stories = (await call('GET', '/api/dispatches?depth=0&limit=20&sort=publishedAt&where[_status][equals]=published', token)).json.docs as Array<{ id: number }>
const times: number[] = []
const warmUp: number[] = []
for (let i = 0; i < SAVES + 10; i += 1) {
  const started = performance.now()
  const res = await call('PATCH', `/api/dispatches/${stories[i % stories.length]!.id}?draft=true`, token, { standfirst: `Draft ${i}` })
  if (res.status !== 200) throw new Error(`save ${i}: ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`)
  const took = performance.now() - started
  if (i < 10) warmUp.push(took)
  else times.push(took)
}
console.log(`warm-up saves (in order): ${warmUp.map((ms) => ms.toFixed(0)).join(', ')} ms`)
times.sort((a, b) => a - b)
console.log(`${times.length} draft saves: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms`)
await server.stop()
