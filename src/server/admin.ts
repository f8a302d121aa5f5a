import type { Express } from 'express'
import next from 'next'

/** Serves the built Next.js admin (and its assets) from the same express app. */
export async function mountAdmin(app: Express): Promise<() => Promise<void>> {
  const nextApp = next({ dev: false, dir: process.cwd() })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  app.use((req, res) => {
    void handle(req, res)
  })
  return async () => {
    await nextApp.close()
  }
}
