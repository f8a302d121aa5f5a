import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Written by hand (Payload declares no composite index on a versions table). Every save of a
 * story reads its latest version: `WHERE parent_id = ? AND latest = 1 ORDER BY updated_at DESC
 * LIMIT 1`, four times a draft save. SQLite plans it on the one-column `latest` index, a walk
 * over every latest version (~50 ms a read at 100,000 stories, so a draft save grew with the
 * archive: ~280 ms at 100,000). This index answers it with one lookup at any size.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX IF NOT EXISTS _dispatches_v_parent_latest_updated_idx ON _dispatches_v (parent_id, latest, updated_at)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS _dispatches_v_parent_latest_updated_idx`)
}
