/**
 * Oracles: answers that told a caller what they may not read. Each test asks the question the
 * hostile way and asserts the answer is the one for "nothing there", or a 400 naming the field.
 */
import { addQuotesInEveryLegalState, createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
let draftId = 0
let liveId = 0
let quotes: Awaited<ReturnType<typeof addQuotesInEveryLegalState>>
let hiddenQuote = 0
let hiddenMedia = 0
const MISSING = 987654321

const as = async (role: DemoRole | null) => (role ? { Authorization: `JWT ${await t.token(role)}` } : {})
type ErrorBody = { errors?: Array<{ code?: string; data?: { code?: string } | unknown; message?: string }> }
const codeOf = (body: ErrorBody): string | undefined => body.errors?.[0]?.code

beforeAll(async () => {
  t = await startTestApp({ WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_DISPATCHER: 'false' })
  const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })
  draftId = (await createStoryFixture(t.payload, docs[0].id, 'draft', {}, 'Hidden')).id
  liveId = (await createStoryFixture(t.payload, docs[0].id, 'published', {}, 'Live')).id
  quotes = await addQuotesInEveryLegalState(t.payload, liveId)
  hiddenQuote = (await t.payload.create({ collection: 'quotes', data: { text: 'Not yet out', dispatch: draftId } })).id
  hiddenMedia = (await t.payload.create({ collection: 'media-assets', data: { creditLine: 'Reuters', caption: 'Unpublished picture' } })).id
  await t.payload.create({
    collection: 'webhook-subscriptions',
    data: { url: 'http://127.0.0.1:9/hook', secret: 'sw0rdfish-sw0rdfish-sw0rdfish-42', events: ['dispatch.published'] } as never,
  })
})
afterAll(async () => {
  await t?.stop()
})

describe('POST /api/<collection>/access/:id', () => {
  it.each([null, 'frontend'] as const)('answers %s for a hidden document exactly as for a missing id', async (role) => {
    for (const [slug, hidden] of [
      ['dispatches', draftId],
      ['quotes', hiddenQuote],
      ['media-assets', hiddenMedia],
    ] as const) {
      const missing = await t.http.post(`/api/${slug}/access/${MISSING}`).set(await as(role))
      const asked = await t.http.post(`/api/${slug}/access/${hidden}`).set(await as(role))
      expect([slug, asked.status, asked.body]).toEqual([slug, missing.status, missing.body])
      expect(asked.status).toBe(404)
    }
    // What they may read is still described.
    const live = await t.http.post(`/api/dispatches/access/${liveId}`).set(await as(role))
    expect(live.status).toBe(200)
    expect(live.body.fields?.headline?.read).toBe(true)
  })

  it('still describes a hidden document to the staff who may read it, and refuses a malformed id with 404', async () => {
    const editor = await t.http.post(`/api/dispatches/access/${draftId}`).set(await as('editor'))
    expect(editor.status).toBe(200)
    expect(editor.body.update).toBeTruthy()
    expect((await t.http.post('/api/dispatches/access/1%20OR%201=1').set(await as(null))).status).toBe(404)
  })
})

describe('the write-only webhook secret', () => {
  const list = async (query: string) => t.http.get(`/api/webhook-subscriptions?${query}`).set(await as('admin'))

  it.each([
    'where[secret][like]=sw0rd',
    'where[secret][equals]=sw0rdfish-sw0rdfish-sw0rdfish-42',
    'where[or][0][secret][like]=s&where[or][1][url][like]=x',
    'where[and][0][active][equals]=true&where[and][1][secret][exists]=true',
    'sort=secret',
    'sort=-url,-secret',
  ])('refuses an admin %s with 400 FIELD_NOT_QUERYABLE', async (query) => {
    const res = await list(query)
    expect([res.status, codeOf(res.body)]).toEqual([400, 'FIELD_NOT_QUERYABLE'])
    expect(JSON.stringify(res.body)).not.toContain('sw0rd')
  })

  it('refuses it over GraphQL too, and never shows more than the mask', async () => {
    const res = await t.http
      .post('/api/graphql')
      .set(await as('admin'))
      .send({ query: '{ WebhookSubscriptions(where: { secret: { like: "sw0rd" } }) { totalDocs docs { secret } } }' })
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FIELD_NOT_QUERYABLE')
    const plain = await list('select[secret]=true')
    expect(plain.status).toBe(200)
    expect(JSON.stringify(plain.body)).not.toContain('sw0rd')
  })
})

describe('sensitive quotes', () => {
  it.each([null, 'frontend'] as const)('%s never sees `sensitive` and cannot filter or sort by staff-only fields', async (role) => {
    const res = await t.http.get(`/api/quotes?where[dispatch][equals]=${liveId}`).set(await as(role))
    expect(res.status).toBe(200)
    expect(res.body.docs.map((quote: { id: number }) => quote.id).sort()).toEqual([quotes.quotePublic, quotes.quoteApproved].sort())
    for (const quote of res.body.docs) expect(Object.keys(quote)).not.toContain('sensitive')
    const one = await t.http.get(`/api/quotes/${quotes.quoteApproved}`).set(await as(role))
    expect(one.body.sensitive).toBeUndefined()
    for (const query of [
      'where[sensitive][equals]=true',
      'where[sensitive][equals]=false',
      'sort=sensitive',
      'sort=-sensitive',
      'where[or][0][sensitive][equals]=true',
      'where[legal.status][equals]=approved',
      'sort=legal.reviewedAt',
      'where[sensitivityReasons][in]=violence',
      'where[identityNotes][exists]=true',
      'sort=createdBy',
    ]) {
      const refused = await t.http.get(`/api/quotes?${query}`).set(await as(role))
      expect([query, refused.status]).toEqual([query, 400])
    }
    const gql = await t.http.post('/api/graphql').set(await as(role)).send({ query: `{ Quotes(where: { sensitive: { equals: true } }) { totalDocs } }` })
    expect(gql.body.data?.Quotes?.totalDocs ?? null).toBeNull()
    const shown = await t.http.post('/api/graphql').set(await as(role)).send({ query: `{ Quote(id: ${quotes.quoteApproved}) { text sensitive } }` })
    expect(shown.body.data?.Quote?.sensitive ?? null).toBeNull()
  })

  it('staff still see and filter by it', async () => {
    const res = await t.http.get(`/api/quotes?where[dispatch][equals]=${liveId}&where[sensitive][equals]=true`).set(await as('legal'))
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThanOrEqual(2)
  })
})
