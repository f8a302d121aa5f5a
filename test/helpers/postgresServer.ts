import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A throw-away PostgreSQL server for tests, run from Debian's binaries in a temporary data
 * directory. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */
export type PostgresServer = { url: (database: string) => string; dataDir: string; port: number }

function binDir(): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions.map((v) => path.join(root, v, 'bin')).find((dir) => fs.existsSync(path.join(dir, 'initdb')))
  if (!found) throw new Error('PostgreSQL server binaries not found: apt-get install -y postgresql')
  return found
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

const asRoot = process.getuid?.() === 0

function run(bin: string, args: string[]): void {
  const command = asRoot ? 'runuser' : bin
  const fullArgs = asRoot ? ['-u', 'postgres', '--', bin, ...args] : args
  const result = spawnSync(command, fullArgs, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`)
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-pg-'))
  if (asRoot) execFileSync('chown', ['postgres:postgres', dataDir])
  run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  const port = await freePort()
  run(path.join(bin, 'pg_ctl'), [
    '-D', dataDir,
    '-o', `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
    '-l', path.join(dataDir, 'server.log'),
    '-w', 'start',
  ])
  return { port, dataDir, url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}` }
}

export function stopPostgres(dataDir: string): void {
  try {
    run(path.join(binDir(), 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
