import type { Payload } from 'payload'

import { closeModelReads } from './publicModel'
import { adapterOf } from './view'

/**
 * Closes the database connections. Payload's drizzle adapters forget their schema on destroy
 * but leave the libsql client open, and the postgres adapter keeps one pool client checked out
 * for ever (to watch for reconnects), so `pool.end()` alone would wait for it indefinitely.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const { pool, client } = adapterOf(payload)
  closeModelReads(payload)
  await payload.destroy()
  if (pool) {
    // A connection still closing when its database goes away (a test dropping its database, a
    // server restart) reports "terminating connection"; after shutdown that is expected, not a crash.
    const ignore = (): void => {}
    pool.on('error', ignore)
    for (const client of pool._clients ?? []) client.on?.('error', ignore)
    const idle = new Set((pool._idle ?? []).map((item) => item.client))
    for (const held of pool._clients ?? []) {
      // Releasing with an error makes pg close the connection instead of pooling it again.
      if (idle.has(held) || !held.release) continue
      const release = held.release.bind(held)
      // A query still in flight on it (a public read racing the shutdown) releases it again when
      // it settles; pg throws "Release called on client which has already been released" then.
      held.release = () => undefined
      release(new Error('Dateline is shutting down'))
    }
    await pool.end()
  }
  if (client) client.close()
}
