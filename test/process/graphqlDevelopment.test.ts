/**
 * GraphQL outside production, as `npm start` runs it: Next.js forces NODE_ENV=production inside
 * the server it runs, while Dateline's own view (DATELINE_ENV) stays development. Introspection
 * (for codegen) and the playground must work there, as the README says.
 */
import { startServerProcess, type RunningServer } from '../helpers/serverProcess'

let server: RunningServer

beforeAll(async () => {
  // What the process sees once Next has started: NODE_ENV flipped, DATELINE_ENV pinned before.
  server = await startServerProcess({ ADMIN_ENABLED: 'false', NODE_ENV: 'production', DATELINE_ENV: 'development', DEMO_PASSWORD: 'process-test-password' })
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

it('answers introspection and serves the playground', async () => {
  const res = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } __type(name: "Dispatch") { name } }' }),
  })
  const body = (await res.json()) as { data?: unknown; errors?: unknown }
  expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } }, __type: { name: 'Dispatch' } } })

  const playground = await fetch(`${server.url}/api/graphql-playground`)
  expect(playground.status).toBe(200)
  expect(await playground.text()).toMatch(/graphql-playground|GraphiQL|playground/i)
}, 60_000)
