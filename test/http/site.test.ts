/**
 * The reader site over HTTP: home, story, person, 404 and 410 pages, built from the public API.
 * What a reader (and a search engine, and a feed reader following a link) gets: the words, the
 * pictures with their credits, the byline with titles, corrections, JSON-LD, social tags, caching,
 * and a clear 4xx for every bad address, never a draft.
 */
import { XMLParser } from 'fast-xml-parser'

import type { Dispatch } from '../../payload-types'
import { lexicalDocument, textParagraph, uploadNode } from '../../src/lexical/build'
import { addQuotesInEveryLegalState, createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
const SITE = 'https://news.example'
const RAQQA = 'Battle for Raqqa: ITV News on the frontline with liberating forces aiming to recapture the city from IS within days'
const DOOMED = 'Doomed but still dangerous'
let story001: Dispatch
let draft000: Dispatch
let corrected: Dispatch
let withdrawnSlug = ''
let irvineId = 0

/** Returns every JSON-LD object in a page. */
const jsonLd = (html: string): Array<Record<string, unknown>> =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!))

/** Returns the content of a meta tag by property or name. */
const meta = (html: string, key: string): string[] =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) => m[1]!)

const textOf = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_SITE_URL: SITE, PUBLIC_CACHE_MAX_AGE: '17' })
  const { payload } = t
  story001 = (await payload.find({ collection: 'dispatches', where: { headline: { equals: RAQQA } }, draft: true, depth: 0 })).docs[0]!
  draft000 = (await payload.find({ collection: 'dispatches', where: { headline: { like: DOOMED } }, draft: true, depth: 0 })).docs[0]!
  irvineId = (await payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-irvine' } } })).docs[0]!.id
  const picture = (story001.media ?? []).map((m) => (typeof m === 'object' ? m.id : m))[0]!

  corrected = await createStoryFixture(payload, irvineId, 'published', {
    slug: 'corrected-story',
    headline: 'Corrected <story> & "quotes"</script>',
    standfirst: 'A story that needed a correction.',
    dateline: 'Mosul, Iraq',
    tags: ['iraq', 'corrections'],
    media: [picture],
    body: lexicalDocument([
      textParagraph('First paragraph. The road was quiet that morning. We buried them at dawn. He gave the order.'),
      uploadNode(picture, 'placed-1'),
      textParagraph('Second paragraph after the picture.'),
    ]) as Dispatch['body'],
    corrections: [{ at: '2026-11-30T09:15:00.000Z', text: 'An earlier version misnamed the bridge.' }],
    firstPublishedAt: '2026-11-29T18:00:00.000Z',
    publishedAt: '2026-11-30T09:15:00.000Z',
  })
  await addQuotesInEveryLegalState(payload, corrected.id)

  const gone = await createStoryFixture(payload, irvineId, 'published', { slug: 'withdrawn-story', headline: 'A story that is withdrawn' })
  withdrawnSlug = gone.slug
  const res = await t.http
    .post(`/api/dispatches/${gone.id}/transition`)
    .set('Authorization', `JWT ${await t.token('editor')}`)
    .send({ to: 'withdrawn', note: 'Source retracted.' })
  expect(res.status).toBe(200)
})

afterAll(async () => t?.stop())

describe('home', () => {
  test('lists the live stories, newest first, linking to their pages; never the draft', async () => {
    const res = await t.http.get('/')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/)
    const text = textOf(res.text)
    expect(text).toContain(RAQQA)
    expect(res.text).toContain(`href="/stories/${story001.slug}"`)
    expect(res.text).toContain('href="/stories/corrected-story"')
    expect(text.indexOf('A story that needed a correction')).toBeGreaterThan(text.indexOf(RAQQA))
    expect(text).not.toContain(DOOMED)
    expect(text).not.toContain('A story that is withdrawn')
    expect(res.text).toContain('href="/people/john-irvine"')
    expect(res.text).toContain(`<link rel="canonical" href="${SITE}/"/>`)
  })

  test('answers with an ETag and public caching, and 304 when the page has not changed', async () => {
    const first = await t.http.get('/')
    expect(first.headers['cache-control']).toBe('public, max-age=17, stale-while-revalidate=30')
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/)
    const again = await t.http.get('/').set('If-None-Match', first.headers.etag!)
    expect(again.status).toBe(304)
    expect(again.text ?? '').toBe('')
  })

  test('pages by number: page 2 links back to the newest', async () => {
    const res = await t.http.get('/?page=2')
    expect(res.status).toBe(200)
    expect(textOf(res.text)).toContain('Newer stories')
    expect(textOf(res.text)).not.toContain(RAQQA)
  })

  test('pages on by the cursor the API gives, to the oldest story, each story once', async () => {
    for (let i = 0; i < 12; i += 1) {
      await createStoryFixture(t.payload, irvineId, 'published', { headline: `Paging story ${i}`, slug: `paging-story-${i}`, publishedAt: new Date(Date.parse('2026-11-01T00:00:00Z') + i * 60_000).toISOString() })
    }
    const seen: string[] = []
    let url = '/'
    for (let pages = 0; pages < 5 && url; pages += 1) {
      const res = await t.http.get(url)
      expect(res.status).toBe(200)
      seen.push(...[...res.text.matchAll(/<h2><a href="\/stories\/([^"]+)"/g)].map((m) => m[1]!))
      const older = res.text.match(/<a href="([^"]+)" rel="next">/)
      url = older ? older[1]!.replace(/&amp;/g, '&') : ''
      if (older) expect(url).toMatch(/^\/\?(before|page)=/)
    }
    expect(url).toBe('')
    expect(new Set(seen).size).toBe(seen.length)
    const live = await t.payload.count({ collection: 'dispatches', where: { _status: { equals: 'published' } } })
    expect(seen).toHaveLength(live.totalDocs)
    expect(seen.slice(-3)).toEqual(['paging-story-2', 'paging-story-1', 'paging-story-0'])
  })

  test('a cursor the API never issued answers 400', async () => {
    const res = await t.http.get('/?before=not-a-cursor')
    expect(res.status).toBe(400)
    expect(textOf(res.text)).toContain('before')
  })

  test.each([
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=abc', 'page'],
    ['page=1.5', 'page'],
    ['page=1&page=2', 'page'],
    ['before=', 'before'],
  ])('?%s answers 400 naming %s', async (query, name) => {
    const res = await t.http.get(`/?${query}`)
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(textOf(res.text)).toContain(name)
  })
})

describe('story page', () => {
  test('shows the seed story: headline, standfirst, dateline, byline with titles, pictures with credits', async () => {
    const res = await t.http.get(`/stories/${story001.slug}`)
    expect(res.status).toBe(200)
    const text = textOf(res.text)
    expect(text).toContain(RAQQA)
    expect(text).toContain('ITV News has spent several days on the frontline')
    expect(text).toContain('Raqqa, Syria')
    expect(res.text).toMatch(/<a href="\/people\/john-irvine" rel="author">John Irvine<\/a><span class="title">, Senior International Correspondent<\/span>/)
    expect(text).toContain('Sean Swan, cameraman')
    expect(text).toContain('Lutfi Abu Aun, Middle East News Editor')
    const story = (await t.http.get(`/api/dispatches/slug/${story001.slug}`)).body
    for (const media of story.media) {
      expect(text).toContain(`${media.caption} Credit: ${media.creditLine}`)
      expect(res.text).toContain(`alt="${media.alt}"`)
    }
    expect(text).toContain('Credit: ITV News/Sean Swan')
  })

  test('places each picture where the body places it, with a srcset of the sizes that keep its shape', async () => {
    const res = await t.http.get(`/stories/${story001.slug}`)
    const story = (await t.http.get(`/api/dispatches/slug/${story001.slug}`)).body
    const order: string[] = []
    for (const node of story.body.root.children) {
      if (node.type === 'upload') order.push(`Credit: ${node.value.creditLine}`)
      else if (node.children?.[0]?.text) order.push(node.children[0].text.slice(0, 40))
    }
    const text = textOf(res.text)
    const positions = order.map((needle, i) => text.indexOf(needle, i === 0 ? 0 : undefined))
    for (const position of positions) expect(position).toBeGreaterThan(-1)
    // Each piece appears after the one before it.
    let last = -1
    for (const needle of order) {
      const at = text.indexOf(needle, last + 1)
      expect(at).toBeGreaterThan(last)
      last = at
    }
    const img = res.text.match(/<img [^>]*>/)![0]
    const hero = story.media[0].sizes.hero
    const card = story.media[0].sizes.card
    expect(img).toContain(`${card.url} ${card.width}w`)
    expect(img).toContain(`${hero.url} ${hero.width}w`)
    // The square thumbnail crop would be shown squashed: it is not a candidate.
    expect(img).not.toContain(story.media[0].sizes.thumbnail.url)
    expect(img).toMatch(/sizes="\(min-width: 46rem\) 42rem, 100vw"/)
    expect(img).toMatch(/width="\d+" height="\d+"/)
  })

  test('carries NewsArticle JSON-LD with authors, titles, picture credits and dates', async () => {
    const res = await t.http.get(`/stories/${story001.slug}`)
    const [article] = jsonLd(res.text)
    const story = (await t.http.get(`/api/dispatches/slug/${story001.slug}`)).body
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: RAQQA,
      url: `${SITE}/stories/${story001.slug}`,
      dateline: 'Raqqa, Syria',
      datePublished: story.firstPublishedAt,
      dateModified: story.publishedAt,
    })
    expect(article!.author).toEqual(
      expect.arrayContaining([{ '@type': 'Person', name: 'John Irvine', jobTitle: 'Senior International Correspondent', url: `${SITE}/people/john-irvine` }]),
    )
    const everyone = [...(article!.author as object[]), ...((article!.contributor as object[]) ?? [])]
    expect(everyone).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Sean Swan', jobTitle: 'cameraman' })]))
    const images = article!.image as Array<Record<string, unknown>>
    expect(images).toHaveLength(story.media.length)
    expect(images[0]).toMatchObject({ '@type': 'ImageObject', creditText: 'ITV News/Sean Swan', copyrightNotice: 'ITV News', url: story.media[0].sizes.hero.url })
    expect(article!.correction).toBeUndefined()
  })

  test('has Open Graph and Twitter card tags, a canonical link and the feeds as alternates', async () => {
    const res = await t.http.get(`/stories/${story001.slug}`)
    expect(meta(res.text, 'og:type')).toEqual(['article'])
    expect(meta(res.text, 'og:title')).toEqual([RAQQA])
    expect(meta(res.text, 'og:url')).toEqual([`${SITE}/stories/${story001.slug}`])
    expect(meta(res.text, 'og:image')[0]).toMatch(/^http:\/\/localhost:3000\/api\/media-assets\/file\//)
    expect(meta(res.text, 'twitter:card')).toEqual(['summary_large_image'])
    expect(meta(res.text, 'article:published_time')).toHaveLength(1)
    expect(res.text).toContain(`<link rel="canonical" href="${SITE}/stories/${story001.slug}"/>`)
    expect(res.text).toContain('<link rel="alternate" type="application/rss+xml" title="Dateline (RSS)" href="http://localhost:3000/feeds/rss.xml"/>')
    expect(res.text).toContain('<link rel="alternate" type="application/feed+json" title="Dateline (JSON Feed)" href="http://localhost:3000/feeds/feed.json"/>')
    expect(res.text).not.toMatch(/<script(?! type="application\/ld\+json")/)
  })

  test('a corrected story says "Updated", lists its corrections with dates, and only cleared quotes', async () => {
    const res = await t.http.get('/stories/corrected-story')
    expect(res.status).toBe(200)
    const text = textOf(res.text)
    expect(text).toContain('Published 29 November 2026 at 18:00 UTC · Updated 30 November 2026 at 09:15 UTC')
    expect(text).toMatch(/Corrections\s*30 November 2026 at 09:15 UTC: An earlier version misnamed the bridge\./)
    expect(text).toContain('“The road was quiet that morning.”')
    expect(text).toContain('“We buried them at dawn.”')
    expect(text).not.toContain('“He gave the order.”')
    expect(text).not.toContain('W-17')
    expect(text).not.toContain('W-18')
    const [article] = jsonLd(res.text)
    expect(article!.correction).toEqual([{ '@type': 'CorrectionComment', text: 'An earlier version misnamed the bridge.', datePublished: '2026-11-30T09:15:00.000Z' }])
    expect(article!.keywords).toBe('iraq, corrections')
    // Markup in a headline is text: escaped in the page and in the JSON-LD alike.
    expect(res.text).toContain('<h1>Corrected &lt;story&gt; &amp; &quot;quotes&quot;&lt;/script&gt;</h1>')
    expect(article!.headline).toBe('Corrected <story> & "quotes"</script>')
    expect(res.text.match(/<\/script>/g)).toHaveLength(1)
  })

  test('a story that was never public answers 404 without a word of the draft', async () => {
    const res = await t.http.get(`/stories/${draft000.slug}`)
    expect(res.status).toBe(404)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.text).not.toContain('Doomed')
    expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>')
    expect(textOf(res.text)).toContain('Page not found')
  })

  test('a withdrawn story answers 410 with a page that says so', async () => {
    const res = await t.http.get(`/stories/${withdrawnSlug}`)
    expect(res.status).toBe(410)
    expect(textOf(res.text)).toContain('This story has been withdrawn')
    expect(res.text).not.toContain('A story that is withdrawn')
  })

  test.each([
    ['/stories/%E0%A4%A', '/stories/%E0%A4%A'],
    ['/stories/%FF%FE', '/stories/%FF%FE'],
    ['/stories/%00', '/stories/%00'],
    ['/stories/a%2F..%2Fb', '/stories/a%2F..%2Fb'],
    ['/stories/%3Cscript%3E', '/stories/%3Cscript%3E'],
    ['/stories/x%20y', '/stories/x%20y'],
    ['/people/%E0%A4%A', '/people/%E0%A4%A'],
    ['/people/%00', '/people/%00'],
    ['/stories/nothing-by-this-slug', '/stories/nothing-by-this-slug'],
    ['/stories/', '/stories/'],
    ['/nowhere', '/nowhere'],
    ['a 5,000-character slug', `/stories/${'a'.repeat(5000)}`],
  ])('%s answers the 404 page, not a 500', async (_label, url) => {
    const res = await t.http.get(url)
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(textOf(res.text)).toContain('Page not found')
  })

  test('the API keeps its own JSON 404s', async () => {
    const res = await t.http.get('/api/nothing-here')
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toMatch(/json/)
  })

  test('a feed reader following the links lands on the story pages', async () => {
    const rss = await t.http.get('/feeds/rss.xml')
    const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(rss.text).rss.channel.item as Array<{ link: string }>
    expect(items.length).toBeGreaterThanOrEqual(2)
    for (const item of items) {
      expect(item.link.startsWith(`${SITE}/stories/`)).toBe(true)
      const page = await t.http.get(new URL(item.link).pathname)
      expect(page.status).toBe(200)
    }
    const feed = (await t.http.get('/feeds/feed.json')).body as { items: Array<{ url: string }> }
    for (const item of feed.items) expect((await t.http.get(new URL(item.url).pathname)).status).toBe(200)
  })
})

describe('person page', () => {
  test('shows public fields and their latest stories, never private ones', async () => {
    await t.payload.update({
      collection: 'correspondents',
      id: irvineId,
      data: {
        bio: 'Has reported from more than forty countries.',
        email: 'irvine@private.example',
        phone: '+44 7000 000000',
        photo: (story001.media ?? []).map((m) => (typeof m === 'object' ? m.id : m))[1]!,
      },
    })
    const res = await t.http.get('/people/john-irvine')
    expect(res.status).toBe(200)
    const text = textOf(res.text)
    expect(text).toContain('John Irvine')
    expect(text).toContain('Senior International Correspondent')
    expect(text).toContain('Bureau: London')
    expect(text).toContain('Has reported from more than forty countries.')
    expect(res.text).toContain(`href="/stories/${story001.slug}"`)
    expect(res.text).toContain('href="/stories/corrected-story"')
    expect(text).not.toContain('A story that is withdrawn')
    expect(res.text).not.toContain('private.example')
    expect(res.text).not.toContain('7000')
    expect(res.text).toMatch(/<img class="person-photo" src="http:\/\/localhost:3000\/api\/media-assets\/file\/001-battle-for-raqqa-2[^"]*" srcSet="[^"]+ \d+w/)
    const [person] = jsonLd(res.text)
    expect(person).toMatchObject({ '@type': 'Person', name: 'John Irvine', jobTitle: 'Senior International Correspondent' })
  })

  test('an unknown person answers 404', async () => {
    expect((await t.http.get('/people/nobody-at-all')).status).toBe(404)
  })
})
