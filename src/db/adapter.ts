import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Returns which adapter a DATABASE_URL selects. */
export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(`DATABASE_URL must start with file:, postgres:// or mongodb:// (got "${url.split(':')[0]}:")`)
}

export const migrationDir = (kind: 'sqlite' | 'postgres'): string =>
  path.resolve(process.cwd(), 'migrations', kind)

/** Builds the Payload database adapter for a URL, with transactions on for every kind. */
export function databaseAdapter(url: string): DatabaseAdapterObj {
  switch (databaseKind(url)) {
    case 'sqlite': {
      const file = url.replace(/^file:/, '')
      if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      return sqliteAdapter({
        client: { url },
        migrationDir: migrationDir('sqlite'),
        push: false,
        // WAL: readers never wait for a writer, and a commit appends to the log instead of
        // rewriting the journal. FULL keeps every commit durable through a power cut.
        ...(file !== ':memory:' && { wal: { synchronous: 'FULL' as const } }),
        // Off by default in the SQLite adapter; a newsroom write must never be half-done.
        transactionOptions: { behavior: 'immediate' },
      })
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url, max: 20 },
        migrationDir: migrationDir('postgres'),
        push: false,
        transactionOptions: { isolationLevel: 'read committed' },
      })
    case 'mongodb':
      return mongooseAdapter({ url, transactionOptions: {} })
  }
}
