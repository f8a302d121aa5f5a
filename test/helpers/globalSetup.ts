import { startPostgres } from './postgresServer'

/** For the PostgreSQL run: one throw-away server for the whole run; each test file makes its own database. */
export default async function globalSetup(): Promise<void> {
  const server = await startPostgres()
  process.env.DATELINE_TEST_PG_DIR = server.dataDir
  process.env.DATELINE_TEST_PG_URL = server.url('postgres')
}
