/**
 * The live copy shows what was cleared: readers see a published story's quotes as they stood at
 * the publish that cleared them, on every public surface (story page, feeds, ninjs, REST quotes,
 * GraphQL quotes, joins and depth from dispatches). An editor's edit of a live quote waits in the
 * working copy for the next publish through the gate; withdrawal hides the quotes. The public
 * cache is off so every read here is a fresh read of the database. Quotes are the story's words
 * (docs/legal.md): the desk changes a quote by changing the story, and its record follows.
 */
import type { Test } from 'supertest'

import { lexicalDocument, textParagraph } from '../../src/lexical/build'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { reviewing } from '../helpers/legalReview'

let t: TestApp

const OLD_WORDS = 'We buried them at dawn behind the school.'
// An edit in place (one word changed): the record follows the words.
const NEW_WORDS = 'We buried them at night behind the school.'
const REJECTED_WORDS = 'We buried them at night behind the old school.'
const OLD_SPEAKER = 'a nurse who gave only her first name'
const NEW_SPEAKER = 'Leila Haddad, the head nurse'
const PLAIN_OLD = 'The road was quiet that morning.'
const PLAIN_NEW = 'The road was full of soldiers that morning.'
const ADDED = 'A line added to the live story after it went out.'
/** A paragraph of the story, the sensitive quote's context as intake would give it. */
const GATE = 'Staff gathered at the hospital gate before dawn.'

type Reader = 'anonymous' | 'frontend'
const READERS: Reader[] = ['anonymous', 'frontend']

const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`
const as = async (reader: Reader, request: Test): Promise<Test> => (reader === 'frontend' ? request.set('Authorization', await jwt('frontend')) : request)
const get = async (reader: Reader, url: string) => as(reader, t.http.get(url))
const graphql = async (reader: Reader | DemoRole, query: string) => {
  const request = t.http.post('/api/graphql').set('Content-Type', 'application/json').send({ query })
  return reader === 'anonymous' ? request : request.set('Authorization', await jwt(reader))
}
const staff = async (role: DemoRole, method: 'post' | 'patch', url: string, body: Record<string, unknown>) =>
  t.http[method](url).set('Authorization', await jwt(role)).send(body)
/** The story's body as the desk writes it: the sensitive quote, the plain one, and any more paragraphs. */
const bodyOf = (words: string, plain: string, ...more: string[]) =>
  lexicalDocument([textParagraph(GATE), textParagraph(`“${words}” said ${OLD_SPEAKER}.`), textParagraph(`“${plain}”`), ...more.map(textParagraph)])
const saveBody = async (body: unknown) => staff('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body })
const recordOf = async (text: string) =>
  (await t.payload.find({ collection: 'quotes', where: { and: [{ dispatch: { equals: story.id } }, { text: { like: text.replace(/\.$/, '') } }] }, depth: 0 })).docs[0]
const move = async (to: string, note?: string, role: DemoRole = 'editor') => {
  const res = await staff(role, 'post', `/api/dispatches/${story.id}/transition`, { to, ...(note && { note }) })
  return res
}

const story = { id: 0, slug: '' }
const quotes = { sensitive: 0, plain: 0 }

/** Every public surface that can carry a story's quotes, as text, for one reader. */
async function everySurface(reader: Reader): Promise<Record<string, string>> {
  const surfaces: Record<string, string> = {}
  const read = async (name: string, url: string): Promise<void> => {
    const res = await get(reader, url)
    surfaces[name] = `${res.status} ${res.text}`
  }
  await read('story page', `/api/dispatches/slug/${story.slug}`)
  await read('rss', '/feeds/rss.xml')
  await read('json feed', '/feeds/feed.json')
  await read('ninjs', `/api/ninjs/dispatches/${story.slug}`)
  await read('quotes list', `/api/quotes?where[dispatch][equals]=${story.id}&depth=0`)
  await read('quote by id', `/api/quotes/${quotes.sensitive}`)
  await read('plain quote by id', `/api/quotes/${quotes.plain}`)
  await read('quotes list with depth', `/api/quotes?where[dispatch][equals]=${story.id}&depth=2`)
  await read('quotes selected', `/api/quotes?where[dispatch][equals]=${story.id}&select[text]=true&select[speaker]=true`)
  await read('dispatch by id, join', `/api/dispatches/${story.id}?depth=1`)
  await read('dispatch list, join', `/api/dispatches?where[slug][equals]=${story.slug}&depth=2`)
  await read('dispatch, join selected', `/api/dispatches/${story.id}?depth=1&populate[quotes][text]=true`)
  const gql = async (name: string, query: string): Promise<void> => {
    const res = await graphql(reader, query)
    surfaces[name] = `${res.status} ${res.text}`
  }
  await gql('graphql Quotes', `{ Quotes(where: { dispatch: { equals: ${story.id} } }) { docs { id text speaker { name description isAnonymous } context live { text } } } }`)
  await gql('graphql Quote', `{ Quote(id: ${quotes.sensitive}) { id text speaker { name } context } }`)
  await gql('graphql Dispatch join', `{ Dispatch(id: ${story.id}) { quotes { docs { id text speaker { name } context } } } }`)
  await gql('graphql Dispatches join', `{ Dispatches(where: { slug: { equals: "${story.slug}" } }) { docs { quotes { docs { text speaker { name } } } } } }`)
  return surfaces
}

/** Asserts no public surface carries `words` anywhere. */
async function nowhere(words: string[]): Promise<void> {
  for (const reader of READERS) {
    for (const [surface, text] of Object.entries(await everySurface(reader))) {
      for (const w of words) expect({ reader, surface, leaks: text.includes(w) }).toEqual({ reader, surface, leaks: false })
    }
  }
}

/** The quote texts a reader gets from each quote-bearing surface. */
async function shownQuotes(reader: Reader): Promise<Record<string, string[]>> {
  const texts = (docs: Array<{ text?: string | null }> | undefined): string[] => (docs ?? []).map((d) => String(d.text)).sort()
  const page = (await get(reader, `/api/dispatches/slug/${story.slug}`)).body
  const list = (await get(reader, `/api/quotes?where[dispatch][equals]=${story.id}&depth=0`)).body
  const join = (await get(reader, `/api/dispatches/${story.id}?depth=1`)).body
  const gqlQuotes = (await graphql(reader, `{ Quotes(where: { dispatch: { equals: ${story.id} } }) { docs { text } } }`)).body
  const gqlJoin = (await graphql(reader, `{ Dispatch(id: ${story.id}) { quotes { docs { text } } } }`)).body
  return {
    storyPage: texts(page.quotes?.docs),
    rest: texts(list.docs),
    join: texts(join.quotes?.docs),
    graphql: texts(gqlQuotes.data?.Quotes?.docs),
    graphqlJoin: texts(gqlJoin.data?.Dispatch?.quotes?.docs),
  }
}

const everywhere = (texts: string[]): Record<string, string[]> => ({
  storyPage: [...texts].sort(),
  rest: [...texts].sort(),
  join: [...texts].sort(),
  graphql: [...texts].sort(),
  graphqlJoin: [...texts].sort(),
})

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_CACHE_ENTRIES: '0' })
  const reporter = (await t.payload.find({ collection: 'correspondents', where: { name: { equals: 'John Ray' } } })).docs[0]!.id
  const created = await staff('editor', 'post', '/api/dispatches?draft=true', {
    headline: 'Night at the hospital',
    standfirst: 'Staff describe the burials.',
    byline: [{ correspondent: reporter, role: 'reporter' }],
    body: bodyOf(OLD_WORDS, PLAIN_OLD),
  })
  expect(created.status).toBe(201)
  Object.assign(story, { id: created.body.doc.id, slug: created.body.doc.slug })
  // The save recorded the quoted passages; the desk keys who said them and raises the flags.
  const found = async (text: string) => (await recordOf(text)) ?? (await staff('editor', 'post', '/api/quotes', { text, dispatch: story.id })).body.doc
  quotes.sensitive = (await found(OLD_WORDS)).id
  quotes.plain = (await found(PLAIN_OLD)).id
  const keyed = await staff('editor', 'patch', `/api/quotes/${quotes.sensitive}`, {
    speaker: { name: OLD_SPEAKER, description: null, isAnonymous: true },
    context: GATE,
    sensitive: true,
    sensitivityReasons: ['violence', 'anonymous_source'],
  })
  expect(keyed.status).toBe(200)
  expect((await staff('editor', 'patch', `/api/quotes/${quotes.plain}`, { speaker: { name: 'a driver' } })).status).toBe(200)
  // Whatever the extractor made of the driver's words, legal decides they need no read.
  if ((await t.payload.findByID({ collection: 'quotes', id: quotes.plain, depth: 0 })).sensitive) {
    expect((await staff('legal', 'patch', `/api/quotes/${quotes.plain}`, { sensitive: false, sensitivityReasons: [], speaker: { isAnonymous: false } })).status).toBe(200)
  }
  expect((await staff('legal', 'post', `/api/quotes/${quotes.sensitive}/legal-review`, await reviewing(t.payload, 'quotes', quotes.sensitive, { decision: 'approve' }))).status).toBe(200)
  for (const to of ['in_review', 'approved', 'published']) expect((await move(to)).status).toBe(200)
})
afterAll(async () => {
  await t?.stop()
})

describe('a published story’s quotes, edited by the desk', () => {
  it('readers see the cleared quotes on every surface once the story is out', async () => {
    for (const reader of READERS) expect(await shownQuotes(reader)).toEqual(everywhere([OLD_WORDS, PLAIN_OLD]))
    const page = (await get('anonymous', `/api/dispatches/slug/${story.slug}`)).body
    expect(page.quotes.docs.find((q: { text: string }) => q.text === OLD_WORDS)).toEqual({
      id: quotes.sensitive,
      text: OLD_WORDS,
      speaker: { name: OLD_SPEAKER, description: null, isAnonymous: true },
      context: GATE,
    })
  })

  it('an editor rewrites a live quote’s words and speaker and adds a quote: readers still see exactly what went out', async () => {
    // The words change in the story; the quote records follow them (an added quote is recorded).
    expect((await saveBody(bodyOf(NEW_WORDS, PLAIN_NEW, `“${ADDED}” a witness said.`))).status).toBe(200)
    expect((await staff('editor', 'patch', `/api/quotes/${quotes.sensitive}`, { speaker: { name: NEW_SPEAKER } })).status).toBe(200)
    // Naming the speaker lowers a flag: legal's to do.
    expect((await staff('editor', 'patch', `/api/quotes/${quotes.sensitive}`, { speaker: { isAnonymous: false } })).status).toBe(403)
    expect((await staff('legal', 'patch', `/api/quotes/${quotes.sensitive}`, { speaker: { isAnonymous: false } })).status).toBe(200)
    expect((await staff('editor', 'patch', `/api/quotes/${quotes.plain}`, { context: 'Changed context' })).status).toBe(200)
    expect(await recordOf(ADDED)).toBeTruthy()

    await nowhere([NEW_WORDS, NEW_SPEAKER, PLAIN_NEW, 'Changed context', ADDED])
    for (const reader of READERS) expect(await shownQuotes(reader)).toEqual(everywhere([OLD_WORDS, PLAIN_OLD]))
    const byId = (await get('anonymous', `/api/quotes/${quotes.sensitive}`)).body
    expect(byId).toMatchObject({ text: OLD_WORDS, speaker: { name: OLD_SPEAKER, isAnonymous: true }, context: GATE })
    // The old words still stand in the live body, which feeds and ninjs carry.
    expect((await get('anonymous', `/api/ninjs/dispatches/${story.slug}`)).text).toContain(OLD_WORDS)
    expect((await get('anonymous', '/feeds/feed.json')).text).toContain(OLD_WORDS)

    // The desk works on the working record.
    const working = await t.http.get(`/api/quotes/${quotes.sensitive}`).set('Authorization', await jwt('editor'))
    expect(working.body).toMatchObject({ text: NEW_WORDS, speaker: { name: NEW_SPEAKER }, legal: { status: 'pending' }, live: { text: OLD_WORDS } })
  })

  it('readers cannot find the working words by filtering, sorting or joining on them', async () => {
    for (const reader of READERS) {
      const probes = [
        `/api/quotes?where[text][like]=night`,
        `/api/quotes?where[speaker.name][like]=Haddad`,
        `/api/quotes?where[context][equals]=Changed%20context`,
        `/api/quotes?sort=text`,
        `/api/quotes?where[or][0][text][like]=night`,
        `/api/dispatches/${story.id}?joins[quotes][where][text][like]=night`,
        `/api/dispatches?where[quotes.text][like]=night`,
        `/api/quotes/count?where[text][like]=night`,
      ]
      for (const url of probes) {
        const res = await get(reader, url)
        expect({ url, status: res.status }).toEqual({ url, status: expect.any(Number) })
        expect({ url, refused: res.status >= 400 && res.status < 500 }).toEqual({ url, refused: true })
      }
      const gql = await graphql(reader, `{ Quotes(where: { text: { like: "night" } }) { docs { id } } }`)
      expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0)
      expect(JSON.stringify(gql.body.data?.Quotes?.docs ?? [])).toBe('[]')
      // The live words are public, and may be searched.
      const live = await get(reader, `/api/quotes?where[live.text][like]=dawn`)
      expect(live.status).toBe(200)
      expect(live.body.docs.map((q: { id: number }) => q.id)).toEqual([quotes.sensitive])
    }
  })

  it('republishing through the gate takes the new words out: correction, legal’s approval, publish', async () => {
    expect((await move('in_review', 'Names the head nurse, with her consent')).status).toBe(200)
    expect((await move('approved')).status).toBe(200)
    const refused = await move('published')
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].reasons.map((r: { code: string; subject?: { id: number } }) => [r.code, r.subject?.id])).toEqual([['QUOTE_NOT_CLEARED', quotes.sensitive]])
    // The driver's words changed beyond an edit: a new record holds them, the old one left the story.
    const plainNow = await recordOf(PLAIN_NEW)
    expect(plainNow?.legal?.status).not.toBe('pending')
    // The correction round does not touch what readers see.
    for (const reader of READERS) expect(await shownQuotes(reader)).toEqual(everywhere([OLD_WORDS, PLAIN_OLD]))

    expect((await staff('legal', 'post', `/api/quotes/${quotes.sensitive}/legal-review`, await reviewing(t.payload, 'quotes', quotes.sensitive, { decision: 'approve', note: 'Consent on file' }))).status).toBe(200)
    expect((await move('published')).status).toBe(200)
    for (const reader of READERS) expect(await shownQuotes(reader)).toEqual(everywhere([NEW_WORDS, PLAIN_NEW, ADDED]))
    const byId = (await get('frontend', `/api/quotes/${quotes.sensitive}`)).body
    expect(byId).toMatchObject({ text: NEW_WORDS, speaker: { name: NEW_SPEAKER, isAnonymous: false } })
    const gql = await graphql('anonymous', `{ Quote(id: ${quotes.sensitive}) { text speaker { name } } }`)
    expect(gql.body.data.Quote).toEqual({ text: NEW_WORDS, speaker: { name: NEW_SPEAKER } })
    // A context typed by hand is found nowhere in the story: legal never read it, readers never see it.
    await nowhere(['Changed context'])
    // The driver's old record left the story with its words (a new record holds the new ones): not public at all.
    expect((await get('anonymous', `/api/quotes/${quotes.plain}`)).status).toBe(404)
    expect((await get('anonymous', `/api/quotes/${(await recordOf(PLAIN_NEW))!.id}`)).body.context ?? null).not.toBe('Changed context')
    expect((await get('anonymous', `/api/quotes/${quotes.sensitive}`)).body.context).toBe(GATE)
  })

  it('a quote legal rejects after the publish leaves readers with the words that went out until the next publish, and never the rejected ones', async () => {
    expect((await saveBody(bodyOf(REJECTED_WORDS, PLAIN_NEW, `“${ADDED}” a witness said.`))).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'quotes', id: quotes.sensitive, depth: 0 })).text).toBe(REJECTED_WORDS)
    expect((await staff('legal', 'post', `/api/quotes/${quotes.sensitive}/legal-review`, await reviewing(t.payload, 'quotes', quotes.sensitive, { decision: 'reject', note: 'Defamatory' }))).status).toBe(200)
    await nowhere([REJECTED_WORDS])
    expect(await shownQuotes('anonymous')).toEqual(everywhere([NEW_WORDS, PLAIN_NEW, ADDED]))
  })

  it('withdrawing the story hides its quotes from readers on every surface', async () => {
    const withdrawn = await move('withdrawn', 'Complaint from the hospital', 'legal')
    expect([withdrawn.status, withdrawn.body.errors ?? null]).toEqual([200, null])
    for (const reader of READERS) {
      expect(await shownQuotes(reader)).toEqual({ storyPage: [], rest: [], join: [], graphql: [], graphqlJoin: [] })
      expect((await get(reader, `/api/quotes/${quotes.sensitive}`)).status).toBe(404)
    }
    await nowhere([NEW_WORDS, OLD_WORDS, PLAIN_NEW])
    const server = await t.payload.findByID({ collection: 'quotes', id: quotes.sensitive, depth: 0 })
    expect(server.live?.publishedAt ?? null).toBeNull()
  })

  it('nobody writes the live snapshot through the API, not even an admin', async () => {
    const forged = { live: { text: 'Forged words', publishedAt: new Date().toISOString(), hash: 'x' } }
    const before = (await t.payload.findByID({ collection: 'quotes', id: quotes.plain, depth: 0 })).live
    for (const role of ['admin', 'editor'] as const) {
      const res = await staff(role, 'patch', `/api/quotes/${quotes.plain}`, forged)
      expect(res.status).toBeLessThan(500)
      expect((await t.payload.findByID({ collection: 'quotes', id: quotes.plain, depth: 0 })).live).toEqual(before)
    }
    const gql = await graphql('admin', `mutation { updateQuote(id: ${quotes.plain}, data: { live: { text: "Forged words" } }) { id } }`)
    expect(gql.status).toBeLessThan(500)
    expect((await t.payload.findByID({ collection: 'quotes', id: quotes.plain, depth: 0 })).live).toEqual(before)
    const created = await staff('editor', 'post', '/api/quotes', { text: 'Born live', dispatch: story.id, ...forged })
    expect(created.status).toBeLessThan(500)
    if (created.status === 201) expect(created.body.doc.live?.text ?? null).toBeNull()
  })
})
