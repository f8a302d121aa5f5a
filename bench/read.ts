/**
 * `npm run bench`: the public read path against its targets, measured side by side in one run.
 *
 * For each data set (1,000 and 100,000 published dispatches on SQLite; 1,000 on PostgreSQL) it
 * loads the stories (bylines, media, quotes), starts real Dateline server processes and measures
 * with autocannon, one target after the other (never two at once, on 2 cores):
 *   - Dateline's public list and by-slug reads, cached (in-process cache on) and uncached (off);
 *   - stock Payload REST answering the same by-slug query (`where[slug][equals]`) without the cache;
 *   - a bare node:http server sending the same bytes: the ceiling.
 * It also measures publish-to-visible time (on every instance: two on PostgreSQL) and the
 * server's memory, prints a table with the targets, and writes bench/results/read-<time>.json.
 *
 * Options (environment): BENCH_SIZES=1000,100000  BENCH_PG_SIZE=1000 (0 skips PostgreSQL)
 * BENCH_SECONDS=8  BENCH_CONNECTIONS=20.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import autocannon from 'autocannon'

import { startServerProcess, type RunningServer } from '../test/helpers/serverProcess'
import { startPostgres, stopPostgres } from '../test/helpers/postgresServer'
import { cloneDispatches, openSql } from './lib/cloneDispatches'

const root = path.resolve(import.meta.dirname, '..')
const SIZES = (process.env.BENCH_SIZES ?? '1000,100000').split(',').map(Number).filter((n) => n > 0)
const PG_SIZE = Number(process.env.BENCH_PG_SIZE ?? 1000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const PASSWORD = 'bench-password'
/** The environment variable that turns Dateline's in-process cache of public responses off. */
const CACHE_OFF = { PUBLIC_CACHE_ENTRIES: '0' }

type Measure = { requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number }

function cannon(url: string, paths: string[] | (() => string)): Promise<Measure> {
  const next = typeof paths === 'function' ? paths : ((i = 0) => () => paths[i++ % paths.length])()
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [{ setupRequest: (request) => ({ ...request, path: next() }) }],
      },
      (error, result) => {
        if (error) return reject(error)
        resolve({
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
        })
      },
    )
  })
}

async function api(base: string, method: string, route: string, token: string | null, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `JWT ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: res.status, json }
}

async function login(base: string, role: string): Promise<string> {
  const res = await api(base, 'POST', '/api/users/login', null, { email: `${role}@dateline.local`, password: PASSWORD })
  if (res.status !== 200) throw new Error(`login ${role}: ${res.status} ${JSON.stringify(res.json)}`)
  return res.json.token
}

function must<T extends { status: number; json: any }>(res: T, expected: number, what: string): T {
  if (res.status !== expected) throw new Error(`${what}: expected ${expected}, got ${res.status} ${JSON.stringify(res.json).slice(0, 400)}`)
  return res
}

/**
 * Seeds the demo newsroom through a real server and gives the published seed story what a
 * typical story page shows: a cleared sensitive quote, a plain quote, and one still pending
 * (which must stay out of public reads). Returns the template story's id.
 */
async function prepareTemplate(server: RunningServer): Promise<number> {
  const editor = await login(server.url, 'editor')
  const legal = await login(server.url, 'legal')
  const list = must(await api(server.url, 'GET', '/api/dispatches?where[workflowStatus][equals]=published&depth=0', editor), 200, 'find template')
  const template = list.json.docs[0]
  if (!template) throw new Error('the demo newsroom has no published story')
  const quote = async (data: Record<string, unknown>) =>
    must(await api(server.url, 'POST', '/api/quotes', editor, { dispatch: template.id, ...data }), 201, 'create quote').json.doc
  await quote({ text: 'We will hold the line until the city is free.', speaker: { name: 'a commander' } })
  const cleared = await quote({
    text: 'They executed him in the square in front of everyone.',
    speaker: { name: 'a woman calling herself Aisha', isAnonymous: true },
    sensitive: true,
    sensitivityReasons: ['anonymous_source', 'violence'],
  })
  must(await api(server.url, 'POST', `/api/quotes/${cleared.id}/legal-review`, legal, { decision: 'approve' }), 200, 'clear quote')
  await quote({ text: 'He ordered the killings himself.', speaker: { name: 'a fighter' }, sensitive: true, sensitivityReasons: ['allegation'] })
  return template.id
}

/** Files a new story and takes it to `approved`, ready for the publish-to-visible measurement. */
async function approvedStory(base: string, editor: string, headline: string): Promise<{ id: number; slug: string }> {
  const correspondents = must(await api(base, 'GET', '/api/correspondents?limit=1&depth=0', editor), 200, 'correspondents').json.docs
  const created = must(
    await api(base, 'POST', '/api/dispatches', editor, { headline, byline: [{ correspondent: correspondents[0].id, role: 'reporter' }] }),
    201,
    'file story',
  ).json.doc
  for (const to of ['in_review', 'approved']) {
    must(await api(base, 'POST', `/api/dispatches/${created.id}/transition`, editor, { to }), 200, `move to ${to}`)
  }
  return { id: created.id, slug: created.slug }
}

/** Milliseconds from the publish call's answer until every instance serves the story (polled every 5 ms). */
async function publishToVisible(publisher: string, readers: string[], editor: string, label: string): Promise<number[]> {
  const story = await approvedStory(publisher, editor, `Publish-to-visible probe ${label} ${Date.now()}`)
  // Every reader has answered (and may have cached) "not found" before the publish.
  for (const reader of readers) await fetch(`${reader}/api/dispatches/slug/${story.slug}`)
  must(await api(publisher, 'POST', `/api/dispatches/${story.id}/transition`, editor, { to: 'published' }), 200, 'publish')
  const published = performance.now()
  return Promise.all(
    readers.map(async (reader) => {
      for (;;) {
        const res = await fetch(`${reader}/api/dispatches/slug/${story.slug}`)
        await res.arrayBuffer()
        if (res.status === 200) return performance.now() - published
        if (performance.now() - published > 10_000) return Number.POSITIVE_INFINITY
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    }),
  )
}

/** Starts bench/lib/bare.ts in its own process with the exact responses to send: the ceiling. */
async function startBare(responses: Array<{ path: string; headers: Record<string, string>; body: Buffer }>): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'lib/bare.ts')], { stdio: ['pipe', 'pipe', 'inherit'] })
  child.stdin.end(JSON.stringify(responses.map((r) => ({ ...r, body: r.body.toString('base64') }))))
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())))
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  }
}

/** What a front end receives for a route: status, bytes and the headers the ceiling repeats. */
async function capture(base: string, route: string): Promise<{ path: string; headers: Record<string, string>; body: Buffer }> {
  const res = await fetch(`${base}${route}`)
  const body = Buffer.from(await res.arrayBuffer())
  if (res.status !== 200) throw new Error(`${route} answered ${res.status}: ${body.toString().slice(0, 300)}`)
  const headers: Record<string, string> = {}
  for (const name of ['content-type', 'etag', 'cache-control', 'vary']) {
    const value = res.headers.get(name)
    if (value) headers[name] = value
  }
  return { path: route, headers, body }
}

function rssMegabytes(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return Math.round(kb / 1024)
}

type DataSet = { database: 'sqlite' | 'postgres'; size: number }
type Row = { set: string; target: string; route: string; measure: Measure }

async function benchDataSet({ database, size }: DataSet, rows: Row[]): Promise<Record<string, unknown>> {
  const label = `${database} ${size.toLocaleString('en-GB')}`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-read-'))
  const pgServer = database === 'postgres' ? await startPostgres() : null
  let databaseUrl = `file:${path.join(dir, 'dateline.db')}`
  if (pgServer) {
    const admin = await openSql(pgServer.url('postgres'))
    await admin.run('CREATE DATABASE bench')
    await admin.close()
    databaseUrl = pgServer.url('bench')
  }
  const env = { DATABASE_URL: databaseUrl, MEDIA_DIR: path.join(dir, 'media'), DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'error', ADMIN_ENABLED: 'false' }
  try {
    console.log(`\n[${label}] seeding through the API`)
    const seeder = await startServerProcess(env)
    const templateId = await prepareTemplate(seeder)
    await seeder.stop()

    const started = performance.now()
    const db = await openSql(databaseUrl)
    await cloneDispatches(db, { templateId, copies: size - 1, onProgress: (done) => process.stdout.write(`\r[${label}] copied ${done.toLocaleString('en-GB')}`) })
    const published = Number((await db.all(`SELECT COUNT(*) AS n FROM dispatches WHERE _status = 'published'`))[0].n)
    // A story from the middle of the set (no deep paging: the public API refuses it, rightly).
    const middle = String((await db.all(`SELECT slug FROM dispatches WHERE slug LIKE '%-c${Math.max(1, Math.floor(size / 2))}'`))[0]?.slug ?? '')
    await db.close()
    console.log(`\n[${label}] ${published.toLocaleString('en-GB')} published dispatches loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    if (published < size) throw new Error(`expected ${size} published dispatches, found ${published}`)
    if (process.env.BENCH_LOAD_ONLY) {
      console.log(`[${label}] loaded into ${databaseUrl} (BENCH_LOAD_ONLY: kept, nothing measured)`)
      return { set: label, database, size, databaseUrl }
    }

    const cached = await startServerProcess(env)
    const uncached = await startServerProcess({ ...env, ...CACHE_OFF })
    const editor = await login(cached.url, 'editor')
    const slugPath = `/api/dispatches/slug/${middle}`
    const listPath = '/api/dispatches?limit=10&sort=-publishedAt'
    // What a front end would ask stock Payload for the same story page: byline, media and quotes populated.
    const stockPath = `/api/dispatches?where[slug][equals]=${encodeURIComponent(middle)}&depth=1&limit=1`

    const page = await capture(cached.url, slugPath)
    const list = await capture(cached.url, listPath)
    const story = JSON.parse(page.body.toString())
    const quotesShown = (story.quotes?.docs ?? []).length
    const bare = await startBare([page, list])
    const body = page.body

    const targets: Array<[string, string, string, string]> = [
      ['Dateline cached', cached.url, 'by-slug', slugPath],
      ['Dateline cached', cached.url, 'list', listPath],
      ['Dateline uncached', uncached.url, 'by-slug', slugPath],
      ['Dateline uncached', uncached.url, 'list', listPath],
      ['stock Payload REST', uncached.url, 'by-slug', stockPath],
      ['bare node:http', bare.url, 'by-slug', slugPath],
      ['bare node:http', bare.url, 'list', listPath],
    ]
    for (const [target, url, route, routePath] of targets) {
      await cannon(url, [routePath]).catch(() => undefined) // warm-up: JIT, caches, connections
      const measure = await cannon(url, [routePath])
      rows.push({ set: label, target, route, measure })
      console.log(`[${label}] ${target} ${route}: ${measure.requestsPerSecond.toFixed(0)} req/s, p50 ${measure.p50} ms, p99 ${measure.p99} ms${measure.non2xx ? `, ${measure.non2xx} non-2xx` : ''}`)
    }
    await bare.close()

    // Publish-to-visible: on SQLite one process owns the file; on PostgreSQL a second instance reads.
    const readers = [cached.url, ...(database === 'postgres' ? [uncached.url] : [])]
    const visible: number[] = []
    for (let i = 0; i < 5; i += 1) visible.push(...(await publishToVisible(cached.url, readers, editor, `${label} ${i}`)))
    const memory = { cachedRssMb: rssMegabytes(cached.child), uncachedRssMb: rssMegabytes(uncached.child) }
    console.log(`[${label}] publish-to-visible: ${visible.map((ms) => ms.toFixed(0)).join(', ')} ms; RSS ${memory.cachedRssMb} MB (cached), ${memory.uncachedRssMb} MB (uncached)`)
    await cached.stop()
    await uncached.stop()
    return { set: label, database, size, responseBytes: body.length, listBytes: list.body.length, quotesShown, publishToVisibleMs: visible, memory }
  } finally {
    if (!process.env.BENCH_LOAD_ONLY) {
      if (pgServer) stopPostgres(pgServer.dataDir)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

const sets: DataSet[] = [...SIZES.map((size) => ({ database: 'sqlite' as const, size })), ...(PG_SIZE > 0 ? [{ database: 'postgres' as const, size: PG_SIZE }] : [])]
const rows: Row[] = []
const details: Array<Record<string, unknown>> = []
for (const set of sets) details.push(await benchDataSet(set, rows))
if (process.env.BENCH_LOAD_ONLY) process.exit(0)

const find = (set: string, target: string, route: string): Measure | undefined =>
  rows.find((r) => r.set === set && r.target === target && r.route === route)?.measure
const ratio = (a?: number, b?: number): string => (a && b ? `${(a / b).toFixed(2)}×` : '—')

console.log(`\nPublic read benchmark (${os.cpus().length} cores, ${CONNECTIONS} connections, ${SECONDS} s per run)`)
console.log('| data set | target | route | req/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|')
for (const r of rows) {
  console.log(`| ${r.set} | ${r.target} | ${r.route} | ${r.measure.requestsPerSecond.toFixed(0)} | ${r.measure.p50} | ${r.measure.p99} |`)
}

type Check = { target: string; result: string; met: boolean }
const checks: Check[] = []
for (const { set } of details as Array<{ set: string }>) {
  const stock = find(set, 'stock Payload REST', 'by-slug')
  const uncachedSlug = find(set, 'Dateline uncached', 'by-slug')
  for (const route of ['by-slug', 'list']) {
    const cached = find(set, 'Dateline cached', route)
    const ceiling = find(set, 'bare node:http', route)
    checks.push({ target: `${set}: cached ${route} ≥ 50% of the ceiling`, result: ratio(cached?.requestsPerSecond, ceiling?.requestsPerSecond), met: (cached?.requestsPerSecond ?? 0) >= 0.5 * (ceiling?.requestsPerSecond ?? Infinity) })
    checks.push({ target: `${set}: cached ${route} p99 ≤ 50 ms (${CONNECTIONS} connections)`, result: `${cached?.p99} ms`, met: (cached?.p99 ?? Infinity) <= 50 })
  }
  const cachedSlug = find(set, 'Dateline cached', 'by-slug')
  checks.push({ target: `${set}: cached by-slug ≥ 5× stock Payload`, result: ratio(cachedSlug?.requestsPerSecond, stock?.requestsPerSecond), met: (cachedSlug?.requestsPerSecond ?? 0) >= 5 * (stock?.requestsPerSecond ?? Infinity) })
  checks.push({ target: `${set}: uncached by-slug no slower than stock Payload`, result: ratio(uncachedSlug?.requestsPerSecond, stock?.requestsPerSecond), met: (uncachedSlug?.requestsPerSecond ?? 0) >= (stock?.requestsPerSecond ?? Infinity) })
  const visible = (details.find((d) => d.set === set)?.publishToVisibleMs as number[]) ?? []
  checks.push({ target: `${set}: publish-to-visible ≤ 1 s on every instance`, result: `max ${Math.max(...visible).toFixed(0)} ms`, met: Math.max(...visible) <= 1000 })
}
const [small, large] = SIZES.length > 1 ? [`sqlite ${SIZES[0].toLocaleString('en-GB')}`, `sqlite ${SIZES[SIZES.length - 1].toLocaleString('en-GB')}`] : []
if (small && large) {
  for (const route of ['by-slug', 'list']) {
    for (const target of ['Dateline cached', 'Dateline uncached']) {
      const a = find(small, target, route)
      const b = find(large, target, route)
      // "Flat": the larger set keeps at least 80% of the smaller set's throughput.
      checks.push({ target: `${target} ${route} flat from ${small} to ${large} (≥ 80%)`, result: ratio(b?.requestsPerSecond, a?.requestsPerSecond), met: (b?.requestsPerSecond ?? 0) >= 0.8 * (a?.requestsPerSecond ?? Infinity) })
    }
  }
}
console.log('\n| target | result | met |\n|---|---|---|')
for (const c of checks) console.log(`| ${c.target} | ${c.result} | ${c.met ? 'yes' : 'NO'} |`)
const memoryRows = details.map((d) => `${d.set}: ${JSON.stringify(d.memory)}`)
console.log(`\nserver memory (RSS): ${memoryRows.join('; ')}`)

const report = { at: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, seconds: SECONDS, connections: CONNECTIONS, rows, checks, details }
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true })
const file = path.join(root, 'bench/results', `read-${report.at.replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
console.log(`\nreport: ${path.relative(root, file)}`)
process.exit(0)
