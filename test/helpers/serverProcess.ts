import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type RunningServer = { url: string; child: ChildProcess; output: () => string; stop: () => Promise<number | null> }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Starts `src/server.ts` as its own process, the way `npm start` runs it, and waits for /readyz. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 120_000,
  entry: string[] = ['--conditions=production', '--import', 'tsx', 'src/server.ts'],
): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-server-'))
  // The server decides its own environment, as under `npm start`; jest's NODE_ENV=test must not leak in.
  // A clean environment: jest workers carry variables that other test files set for themselves.
  const childEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    PORT: String(port),
    SERVER_URL: url,
    DATABASE_URL: `file:${path.join(dataDir, 'dateline.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    // As in startTestApp: the word rules decide unless the caller asks for the policy; 'default'
    // leaves the variable unset, so the server runs as `npm start` does.
    LEGAL_READ_EVERY_STORY: 'false',
    ...env,
  }
  if (childEnv.LEGAL_READ_EVERY_STORY === 'default') delete childEnv.LEGAL_READ_EVERY_STORY
  const child = spawn(process.execPath, entry, {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${output}`)
    }
    try {
      const res = await fetch(`${url}/readyz`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      const code = await exited
      fs.rmSync(dataDir, { recursive: true, force: true })
      return code
    },
  }
}
