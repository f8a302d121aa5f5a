/**
 * `tsx bench/cpuPerRead.ts <databaseUrl>`: the server's CPU time per cold read (µs), read from
 * /proc over an autocannon run: story pages by slug and the list by cursor, cache off, each
 * asked through the fast path and through express (a harmless cookie sends it there).
 */
import fs from 'node:fs'

import autocannon from 'autocannon'

import { startServerProcess } from '../test/helpers/serverProcess'

const databaseUrl = process.argv[2]!
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4)
const ticks = (pid: number): number => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return Number(fields[11]) + Number(fields[12])
}

const server = await startServerProcess({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', ADMIN_ENABLED: 'false', PUBLIC_CACHE_ENTRIES: '0', SERVER_URL: 'http://bench.dateline.local', PUBLIC_SITE_URL: 'http://bench.dateline.local', PUBLIC_MAX_OFFSET: '10000' }, 120_000, process.env.CPU_PROF ? ['--conditions=production', '--cpu-prof', '--cpu-prof-dir=/tmp/fastpath/prof', '--import', 'tsx', 'src/server.ts'] : undefined)
const list = (await (await fetch(`${server.url}/api/dispatches?limit=200`)).json()) as { docs: Array<{ slug: string }> }
const slugs = list.docs.map((d) => `/api/dispatches/slug/${d.slug}`)
const lists = ['/api/dispatches?limit=10']
while (lists.length < 50) {
  const body = (await (await fetch(`${server.url}${lists.at(-1)}`)).json()) as { nextCursor?: string }
  if (!body.nextCursor) break
  lists.push(`/api/dispatches?limit=10&before=${encodeURIComponent(body.nextCursor)}`)
}
const run = (paths: string[], headers: Record<string, string>, seconds: number) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    let i = 0
    autocannon({ url: server.url, connections: 20, duration: seconds, headers, requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }] }, (err, result) => (err ? reject(err) : resolve(result)))
  })
const hz = 100
for (const [name, paths] of [['story page', slugs], ['list by cursor', lists]] as const) {
  for (const [way, headers] of [['fast path', {}], ['express', { cookie: 'via=express' }]] as const) {
    if (process.env.ONLY && !`${name} via ${way}`.includes(process.env.ONLY)) continue
    await run(paths, headers, 1)
    const before = ticks(server.child.pid!)
    const result = await run(paths, headers, SECONDS)
    const cpuUs = ((ticks(server.child.pid!) - before) / hz) * 1e6
    const n = result.requests.total
    console.log(`${name} via ${way}: ${result.requests.average.toFixed(0)} req/s, ${(cpuUs / n).toFixed(0)} µs CPU a read (${n} reads, non-2xx ${result.non2xx})`)
  }
}
await server.stop()
