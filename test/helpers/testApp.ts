import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import supertest from 'supertest'

import type { DatelineApp } from '../../src/server/createApp'

export const DEMO_PASSWORD = 'test-demo-password'
export type DemoRole = 'admin' | 'editor' | 'correspondent' | 'legal' | 'frontend'
export const ROLES: DemoRole[] = ['admin', 'editor', 'correspondent', 'legal', 'frontend']

/** Which database this jest project runs on (set per project in jest.config.js). */
export const testDatabase = (): 'sqlite' | 'postgres' =>
  (globalThis as { DATELINE_TEST_DB?: string }).DATELINE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'

async function freshDatabaseUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dateline_${randomBytes(6).toString('hex')}`
  if (testDatabase() === 'sqlite') {
    const file = path.join(os.tmpdir(), `${name}.db`)
    return { url: `file:${file}`, drop: async () => ['', '-wal', '-shm'].forEach((end) => fs.rmSync(`${file}${end}`, { force: true })) }
  }
  const adminUrl = process.env.DATELINE_TEST_PG_URL
  if (!adminUrl) throw new Error('PostgreSQL test server not started (globalSetup)')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  return {
    url: adminUrl.replace(/\/postgres$/, `/${name}`),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: adminUrl })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}

export type TestApp = DatelineApp & {
  http: ReturnType<typeof supertest>
  mediaDir: string
  databaseUrl: string
  /** Signs in a demo user and returns the JWT. */
  token: (role: DemoRole) => Promise<string>
  /** The demo user document for a role. */
  user: (role: DemoRole) => Promise<import('../../payload-types').User>
  stop: () => Promise<void>
}

/**
 * Starts Dateline (API only) on a new empty database of this project's kind, applies the
 * migrations and loads the demo newsroom, as `npm start` does on a fresh clone.
 */
export async function startTestApp(extraEnv: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabaseUrl()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-media-'))
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    MEDIA_DIR: mediaDir,
    DEMO_PASSWORD,
    PAYLOAD_SECRET: 'test-secret-for-dateline-only',
    SERVER_URL: 'http://localhost:3000',
    // Payload logs every refused request at error level; the suites provoke hundreds on purpose.
    LOG_LEVEL: 'fatal',
    ADMIN_ENABLED: 'false',
    // Most suites test what the word rules send to legal, so they run with legal reading only
    // what the rules flag; the default (every story through legal) is tested where a suite asks
    // for it (legalReadEveryStory, legalDefault).
    // TEST_LEGAL_READ_EVERY_STORY=true runs any suite under the default instead.
    LEGAL_READ_EVERY_STORY: process.env.TEST_LEGAL_READ_EVERY_STORY ?? 'false',
    ...extraEnv,
    ...(process.env.TEST_LOG_LEVEL && { LOG_LEVEL: process.env.TEST_LOG_LEVEL }),
  })
  const { resetEnv } = await import('../../src/config/env')
  resetEnv()
  const { createApp } = await import('../../src/server/createApp')
  const { seedIfEmpty } = await import('../../src/seed/seed')
  const dateline = await createApp({ admin: false })
  await seedIfEmpty(dateline.payload)
  const http = supertest(dateline.handler)
  const tokens = new Map<DemoRole, string>()

  return {
    ...dateline,
    http,
    mediaDir,
    databaseUrl: database.url,
    token: async (role) => {
      const cached = tokens.get(role)
      if (cached) return cached
      const res = await http
        .post('/api/users/login')
        .send({ email: `${role}@dateline.local`, password: DEMO_PASSWORD })
      if (res.status !== 200) throw new Error(`login as ${role} failed: ${res.status} ${JSON.stringify(res.body)}`)
      tokens.set(role, res.body.token)
      return res.body.token as string
    },
    user: async (role) => {
      const { docs } = await dateline.payload.find({
        collection: 'users',
        where: { email: { equals: `${role}@dateline.local` } },
        depth: 0,
      })
      return docs[0]
    },
    stop: async () => {
      await dateline.close()
      await database.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}

let instances = 0

/**
 * Starts another Dateline instance (its own Payload, connections and public cache) on the
 * database of a running test app, without migrating or seeding it: a second server behind the
 * same load balancer. Payload's GraphQL handler always uses the first instance.
 */
export async function startSecondInstance(first: TestApp): Promise<DatelineApp & { http: ReturnType<typeof supertest> }> {
  instances += 1
  const { createApp } = await import('../../src/server/createApp')
  const dateline = await createApp({ admin: false, migrate: false, instanceKey: `instance-${instances}-${first.databaseUrl}` })
  return { ...dateline, http: supertest(dateline.handler) }
}

