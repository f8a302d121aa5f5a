/**
 * The reads the admin sends in its own way must pass the REST guard: a relationship field loads its
 * options (and the list view its rows) with POST + `X-Payload-HTTP-Method-Override: GET` and a
 * form-encoded query. Refusing it (415) left every relationship picker of the admin empty.
 */
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t?.stop()
})

it('answers a method-override read of correspondents as the GET it stands for', async () => {
  const res = await t.http
    .post('/api/correspondents')
    .set('Authorization', `JWT ${await t.token('correspondent')}`)
    .set('X-Payload-HTTP-Method-Override', 'GET')
    .type('form')
    .send('depth=0&limit=10&page=1&sort=name&where[and][0][name][like]=John')
  expect(res.status).toBe(200)
  expect((res.body as { docs: Array<{ name: string }> }).docs.map((d) => d.name)).toEqual(expect.arrayContaining(['John Ray']))
})

it('still refuses a form-encoded create', async () => {
  const res = await t.http.post('/api/correspondents').set('Authorization', `JWT ${await t.token('editor')}`).type('form').send('name=Someone')
  expect(res.status).toBe(415)
  const { totalDocs } = await t.payload.count({ collection: 'correspondents', where: { name: { equals: 'Someone' } } })
  expect(totalDocs).toBe(0)
})
