/**
 * Slugs derived from headlines and names: readable, at most 80 characters before a suffix, and
 * unique, so that stories and people with the same name can all be filed.
 */
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
let editor = ''

beforeAll(async () => {
  t = await startTestApp()
  editor = `JWT ${await t.token('editor')}`
})
afterAll(() => t.stop())

const LONG = 'Doomed but still dangerous: frontline threats remain as fighters head for a bloody end in the city'

async function file(headline: string): Promise<string> {
  const res = await t.http.post('/api/dispatches').set('Authorization', editor).send({ headline })
  expect(res.status).toBe(201)
  return res.body.doc.slug as string
}

describe('dispatch slugs', () => {
  it('cuts a long headline at a whole word and numbers namesakes -2, -3', async () => {
    const first = await file(LONG)
    expect(first).toBe('doomed-but-still-dangerous-frontline-threats-remain-as-fighters-head-for-a')
    expect(first.length).toBeLessThanOrEqual(80)
    expect(await file(LONG)).toBe(`${first}-2`)
    expect(await file(`${LONG}, again`)).toBe(`${first}-3`)
  })

  it('is not thrown by a slug that merely starts the same way', async () => {
    expect(await file('Harbour reopens')).toBe('harbour-reopens')
    expect(await file('Harbour reopens to shipping')).toBe('harbour-reopens-to-shipping')
    expect(await file('Harbour reopens')).toBe('harbour-reopens-2')
  })

  it('numbers after the highest taken suffix, even with a gap', async () => {
    expect(await file('Ceasefire holds')).toBe('ceasefire-holds')
    const second = await file('Ceasefire holds')
    expect(second).toBe('ceasefire-holds-2')
    const third = await file('Ceasefire holds')
    const removed = await t.payload.find({ collection: 'dispatches', where: { slug: { equals: second } }, draft: true })
    await t.payload.delete({ collection: 'dispatches', id: removed.docs[0].id })
    expect(third).toBe('ceasefire-holds-3')
    expect(await file('Ceasefire holds')).toBe('ceasefire-holds-4')
  })

  it('gives correspondents with the same name their own slug', async () => {
    const admin = `JWT ${await t.token('admin')}`
    const a = await t.http.post('/api/correspondents').set('Authorization', admin).send({ name: 'Sam Jones', kind: 'reporter' })
    const b = await t.http.post('/api/correspondents').set('Authorization', admin).send({ name: 'Sam Jones', kind: 'camera' })
    expect([a.status, b.status]).toEqual([201, 201])
    expect([a.body.doc.slug, b.body.doc.slug]).toEqual(['sam-jones', 'sam-jones-2'])
  })
})
