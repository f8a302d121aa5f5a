import { stopPostgres } from './postgresServer'

export default async function globalTeardown(): Promise<void> {
  const dir = process.env.DATELINE_TEST_PG_DIR
  if (dir) stopPostgres(dir)
}
