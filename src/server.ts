import { createServer, type Server } from 'node:http'

import { ConfigError, getEnv } from './config/env'
import { holdEventLoop } from './lib/holdEventLoop'

/** Starts Dateline: listens on PORT and shuts down cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const releaseLoop = holdEventLoop()
  let env
  try {
    env = getEnv()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(78)
    }
    releaseLoop()
    throw error
  }
  const startedAt = Date.now()
  const { createApp } = await import('./server/createApp')
  const { seedIfEmpty } = await import('./seed/seed')
  const { handler, payload, close } = await createApp({ admin: env.ADMIN_ENABLED })
  const demo = env.SEED_DEMO ? await seedIfEmpty(payload) : null

  const server: Server = createServer(handler).listen(env.PORT, () => {
    releaseLoop()
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
    const lines = [
      `Dateline is serving on ${env.SERVER_URL} (ready in ${seconds}s)`,
      env.ADMIN_ENABLED ? `  admin:   ${env.SERVER_URL}/admin` : '  admin:   off (ADMIN_ENABLED=false)',
      `  REST:    ${env.SERVER_URL}/api`,
      `  GraphQL: ${env.SERVER_URL}/api/graphql`,
    ]
    if (demo?.created) {
      lines.push('Demo newsroom loaded. Sign in with:')
      for (const account of demo.accounts) lines.push(`  ${account.email.padEnd(30)} ${account.roles.join(', ')}`)
      lines.push(
        demo.passwordGenerated
          ? `  password (generated, shown once): ${demo.password}`
          : '  password: the value of DEMO_PASSWORD',
      )
    }
    console.log(lines.join('\n'))
  })

  let stopping = false
  const shutdown = (signal: string): void => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: finishing in-flight requests and closing the database`)
    const force = setTimeout(() => process.exit(1), 15_000)
    force.unref()
    server.close(() => {
      close()
        .catch((error: unknown) => console.error(error))
        .finally(() => process.exit(0))
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
