import type { Migration, Payload } from 'payload'

import { databaseKind } from './adapter'
import { ensureLookupIndexes } from './lookupIndexes'

/** Applies the SQL migrations in `migrations/<kind>/` that this database has not run yet. */
export async function applyMigrations(payload: Payload, databaseUrl: string): Promise<void> {
  const kind = databaseKind(databaseUrl)
  if (kind === 'mongodb') return // MongoDB needs no schema migrations.
  const { migrations } =
    kind === 'sqlite' ? await import('../../migrations/sqlite/index') : await import('../../migrations/postgres/index')
  // The generated files type their arguments per adapter; Payload's Migration type is generic.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await ensureLookupIndexes(payload)
}
