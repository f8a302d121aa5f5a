/**
 * `tsx bench/breakingProfile.ts <databaseUrl> [seconds]`: the breaking-news writes of `npm run
 * bench` (ten draft saves a second to live stories, and a lead story filed, published and corrected
 * every five seconds) against a loaded data set (`BENCH_LOAD_ONLY=1 npm run bench`), each call
 * timed on its own, so a slow one is named: which call, how long, and what ran beside it.
 */
import { performance } from 'node:perf_hooks'

import { startServerProcess } from '../test/helpers/serverProcess'

const databaseUrl = process.argv[2]!
const SECONDS = Number(process.argv[3] ?? 20)
const env = { DATABASE_URL: databaseUrl, DEMO_PASSWORD: 'bench-password', LOG_LEVEL: 'error', ADMIN_ENABLED: 'false', SERVER_URL: 'http://bench.dateline.local', PUBLIC_SITE_URL: 'http://bench.dateline.local' }
const server = await startServerProcess(env, 120_000)
const call = async (method: string, route: string, token: string | null, body?: unknown) => {
  const res = await fetch(`${server.url}${route}`, { method, headers: { 'content-type': 'application/json', ...(token && { authorization: `JWT ${token}` }) }, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: res.status, json: (await res.json().catch(() => null)) as any }
}
const log: Array<{ at: number; what: string; ms: number; status: number }> = []
const t0 = performance.now()
const timed = async (what: string, method: string, route: string, token: string, body?: unknown) => {
  const started = performance.now()
  const res = await call(method, route, token, body)
  log.push({ at: Math.round(started - t0), what, ms: Math.round(performance.now() - started), status: res.status })
  return res
}
const token = (await call('POST', '/api/users/login', null, { email: 'editor@dateline.local', password: 'bench-password' })).json.token as string
const stories = (await call('GET', '/api/dispatches?depth=0&limit=20&sort=publishedAt&where[_status][equals]=published', token)).json.docs as Array<{ id: number }>
const reporter = (await call('GET', '/api/correspondents?limit=1&depth=0', token)).json.docs[0].id
let stopped = false
const drafts = (async () => {
  for (let i = 0; !stopped; i += 1) {
    const started = performance.now()
    await timed('draft save', 'PATCH', `/api/dispatches/${stories[i % stories.length]!.id}?draft=true`, token, { standfirst: `Draft ${i}` })
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - (performance.now() - started))))
  }
})()
const lead = (async () => {
  const created = (await timed('file the lead', 'POST', '/api/dispatches', token, { headline: `Breaking ${Date.now()}`, byline: [{ correspondent: reporter, role: 'reporter' }] })).json.doc
  for (const to of ['in_review', 'approved', 'published']) await timed(`lead → ${to}`, 'POST', `/api/dispatches/${created.id}/transition`, token, { to })
  while (!stopped) {
    await new Promise((resolve) => setTimeout(resolve, 5000))
    if (stopped) break
    for (const move of [{ to: 'in_review', note: `Correction at ${new Date().toISOString()}` }, { to: 'approved' }, { to: 'published' }]) await timed(`correction → ${move.to}`, 'POST', `/api/dispatches/${created.id}/transition`, token, move)
  }
})()
await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000))
stopped = true
await Promise.all([drafts, lead])
await server.stop()
const slow = log.filter((entry) => entry.ms > 500)
console.log(`${log.length} calls; slowest: ${JSON.stringify(log.slice().sort((a, b) => b.ms - a.ms).slice(0, 8))}`)
console.log(`over 500 ms: ${slow.length}; first calls: ${JSON.stringify(log.slice(0, 8))}`)
const saves = log.filter((entry) => entry.what === 'draft save').map((entry) => entry.ms).sort((a, b) => a - b)
console.log(`draft saves: ${saves.length}, median ${saves[Math.floor(saves.length / 2)]} ms, p90 ${saves[Math.floor(saves.length * 0.9)]} ms, max ${saves[saves.length - 1]} ms`)
