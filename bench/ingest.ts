/**
 * `npm run bench:ingest`: copy-intake speed against its targets, measured in one run.
 *   - dry run: extract 1,000 seed-length stories (target: under 10 s in all);
 *   - real import over HTTP into SQLite, one transaction per story, against the real server in its
 *     own process (target: at least 20 stories/s).
 * Writes bench/results/ingest-<timestamp>.json.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'


import { extractStory } from '../src/ingest/extract'
import { holdEventLoop } from '../src/lib/holdEventLoop'
import { startServerProcess } from '../test/helpers/serverProcess'

const root = path.resolve(import.meta.dirname, '..')
const SEEDS = ['000-doomed-but-still-dangerous.txt', '001-battle-for-raqqa.txt'].map((file) =>
  fs.readFileSync(path.join(root, 'src/seed/stories', file), 'utf8'),
)
const DRY_RUNS = Number(process.env.BENCH_DRY_RUNS ?? 1000)
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 200)

/** Returns the n-th distinct story of seed length: a seed with its headline and places varied. */
function story(n: number): string {
  const seed = SEEDS[n % SEEDS.length]
  const [headline, ...rest] = seed.split('\n')
  return [`${headline} (take ${n + 1})`, ...rest].join('\n').replaceAll('Raqqa', n % 3 === 0 ? 'Raqqa' : `Raqqa-${n}`)
}

function dryRun(): { stories: number; seconds: number; perStoryMs: number } {
  const started = performance.now()
  let quotes = 0
  for (let n = 0; n < DRY_RUNS; n += 1) quotes += extractStory(story(n)).quotes.length
  const seconds = (performance.now() - started) / 1000
  if (quotes === 0) throw new Error('extraction found no quotes: the benchmark is not measuring real work')
  return { stories: DRY_RUNS, seconds, perStoryMs: (seconds * 1000) / DRY_RUNS }
}

async function realImports(): Promise<{ stories: number; seconds: number; perSecond: number }> {
  // The real server in its own process, as `npm start` runs it (job runner and webhook
  // dispatcher included); this process is only the client, on a kept-alive connection.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-ingest-'))
  const server = await startServerProcess({
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    DEMO_PASSWORD: 'bench-password',
    LOG_LEVEL: 'error',
    ADMIN_ENABLED: 'false',
  })
  const base = server.url
  try {
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@dateline.local', password: 'bench-password' }),
    })
    const auth = `JWT ${((await login.json()) as { token: string }).token}`
    const started = performance.now()
    for (let n = 0; n < IMPORTS; n += 1) {
      const res = await fetch(`${base}/api/dispatches/ingest`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'text/plain; charset=utf-8' },
        body: story(n),
      })
      const text = await res.text()
      if (res.status !== 201) throw new Error(`import ${n} answered ${res.status}: ${text}`)
    }
    const seconds = (performance.now() - started) / 1000
    const count = await fetch(`${base}/api/dispatches?limit=1&depth=0&draft=true`, { headers: { authorization: auth } })
    const { totalDocs } = (await count.json()) as { totalDocs: number }
    if (totalDocs !== IMPORTS + 2) throw new Error(`expected ${IMPORTS + 2} dispatches, found ${totalDocs}`)
    return { stories: IMPORTS, seconds, perSecond: IMPORTS / seconds }
  } finally {
    await server.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const releaseLoop = holdEventLoop()
const dry = dryRun()
const real = await realImports()
releaseLoop()
const rows = [
  [`dry run, ${dry.stories.toLocaleString('en-GB')} stories`, `${dry.seconds.toFixed(2)} s (${dry.perStoryMs.toFixed(2)} ms each)`, `< ${(dry.stories / 100).toFixed(1)} s (10 s per 1,000)`, dry.seconds < dry.stories / 100],
  [`real import over HTTP, SQLite (${real.stories})`, `${real.perSecond.toFixed(1)} stories/s`, '>= 20 stories/s', real.perSecond >= 20],
] as const
console.log('\nCopy intake benchmark')
console.log('| measure | result | target | met |\n|---|---|---|---|')
for (const [name, result, target, met] of rows) console.log(`| ${name} | ${result} | ${target} | ${met ? 'yes' : 'NO'} |`)
const report = { at: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, dry, real }
const file = path.join(root, 'bench/results', `ingest-${report.at.replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
console.log(`\nreport: ${path.relative(root, file)}`)
process.exit(0)
