/**
 * GraphQL in production: introspection and the playground are off unless configured, and the
 * ordinary queries front ends send still run.
 */
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp({ NODE_ENV: 'production', PAYLOAD_SECRET: 'p'.repeat(20) + 'q'.repeat(20), SEED_DEMO: 'true' })
})

afterAll(async () => {
  await t?.stop()
  Object.assign(process.env, { NODE_ENV: 'test' })
})

const gql = (query: string) => t.http.post('/api/graphql').set('Content-Type', 'application/json').send({ query })

describe('GraphQL in production', () => {
  it('refuses introspection with a clear error', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Dispatch") { name } }']) {
      const res = await gql(query)
      expect(res.body.errors[0].message).toMatch(/introspection/i)
      expect(res.body.data ?? null).toBeNull()
    }
  })

  it('has no playground', async () => {
    const res = await t.http.get('/api/graphql-playground')
    expect(res.status).toBe(404)
    expect(res.text).not.toMatch(/graphql-playground|GraphiQL/i)
  })

  it('still answers ordinary queries (with __typename)', async () => {
    const res = await gql('{ Dispatches(limit: 1) { docs { __typename headline } } }')
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Dispatches.docs[0].__typename).toBe('Dispatch')
  })
})
