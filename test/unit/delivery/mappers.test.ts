import fs from 'node:fs'
import path from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import type { Dispatch } from '../../../payload-types'
import { toJsonFeed } from '../../../src/delivery/jsonFeed'
import { toNinjs } from '../../../src/delivery/ninjs'
import { toRss } from '../../../src/delivery/rss'
import { toStoryPage } from '../../../src/delivery/storyPage'
import { lexicalDocument, textParagraph, uploadNode } from '../../../src/lexical/build'

const ORIGIN = 'https://api.example'
const picture = {
  id: 7,
  alt: 'Smoke over the old city',
  caption: 'Smoke rises over Raqqa & the river',
  creditLine: 'ITV News/Sean Swan',
  credit: { organisation: 'ITV News', creatorName: 'Sean Swan', isHandout: false, isPool: false, creator: 3 },
  rights: { licence: 'staff' as const, usageTerms: 'Editorial use only', expiresAt: null },
  capturedAt: '2017-06-01T08:00:00.000Z',
  isPublic: true,
  createdBy: 99,
  url: '/api/media-assets/file/raqqa-1.jpg',
  filename: 'raqqa-1.jpg',
  mimeType: 'image/jpeg',
  filesize: 12345,
  width: 1600,
  height: 900,
  focalX: 50,
  focalY: 50,
  sizes: {
    thumbnail: { url: '/api/media-assets/file/raqqa-1-320x320.jpg', width: 320, height: 320, mimeType: 'image/jpeg', filesize: 900, filename: 'x' },
    card: { url: null, width: null, height: null, mimeType: null, filesize: null, filename: null },
  },
  updatedAt: '2017-06-01T08:00:00.000Z',
  createdAt: '2017-06-01T08:00:00.000Z',
}
const person = {
  id: 3,
  name: 'Sean Swan',
  slug: 'sean-swan',
  title: 'cameraman',
  kind: 'camera' as const,
  bureau: 'London',
  email: 'sean@dateline.local',
  phone: '+44 1',
  emergencyContact: 'Mum',
  user: 12,
  updatedAt: '2017-06-01T08:00:00.000Z',
  createdAt: '2017-06-01T08:00:00.000Z',
}

/** A dispatch as staff would read it: every private field present, to prove none gets through. */
const doc = {
  id: 1,
  headline: 'Battle for <Raqqa> & beyond',
  slug: 'battle-for-raqqa',
  standfirst: 'Forces close in.',
  dateline: 'Raqqa, Syria',
  body: lexicalDocument([textParagraph('First paragraph.'), uploadNode(7, 'k1'), textParagraph('Second & last.')]),
  tags: ['syria', 'conflict'],
  byline: [{ correspondent: person, role: 'camera' as const, id: 'b1' }],
  media: [picture],
  bodyMedia: [picture],
  quotes: { docs: [{ id: 5, text: 'It is over.', dispatch: 1, speaker: { name: 'A soldier', description: null, isAnonymous: false }, identityNotes: 'W-1', legal: { status: 'approved' }, sensitivityReasons: ['violence'], context: null, updatedAt: '', createdAt: '' }] },
  workflowStatus: 'published' as const,
  embargoUntil: '2017-06-02T06:00:00.000Z',
  publishedAt: '2017-06-02T06:00:01.000Z',
  firstPublishedAt: '2017-06-02T06:00:01.000Z',
  legalHold: { active: false, reason: 'x' },
  corrections: [{ at: '2017-06-03T00:00:00.000Z', text: 'An earlier version misspelt a name.', id: 'c1' }],
  editorialNotes: 'Desk only',
  intakeHash: 'abc',
  createdBy: 99,
  updatedAt: '2017-06-03T00:00:00.000Z',
  createdAt: '2017-06-01T00:00:00.000Z',
  _status: 'published' as const,
} as unknown as Dispatch
// The inline picture arrives populated in the body, as Payload returns it.
;((doc.body!.root.children[1] as Record<string, unknown>).value as unknown) = picture

const PRIVATE = ['editorialNotes', 'Desk only', 'intakeHash', 'workflowStatus', 'legalHold', 'createdBy', 'dateline.local', 'emergencyContact', 'identityNotes', 'W-1', 'sensitivityReasons', '"legal"', 'bodyMedia']

describe('toStoryPage', () => {
  const page = toStoryPage(doc, ORIGIN)
  const text = JSON.stringify(page)

  it('keeps only public fields, also inside the body', () => {
    for (const marker of PRIVATE) expect({ marker, found: text.includes(marker) }).toEqual({ marker, found: false })
  })

  it('has the byline with titles, media with absolute URLs and sizes, quotes and corrections', () => {
    expect(page.byline).toEqual([{ role: 'camera', correspondent: { id: 3, name: 'Sean Swan', slug: 'sean-swan', title: 'cameraman', kind: 'camera', bureau: 'London' } }])
    expect(page.media[0].url).toBe('https://api.example/api/media-assets/file/raqqa-1.jpg')
    expect(Object.keys(page.media[0].sizes)).toEqual(['thumbnail'])
    expect(page.media[0].sizes.thumbnail.url).toBe('https://api.example/api/media-assets/file/raqqa-1-320x320.jpg')
    expect(page.media[0]).toMatchObject({ creditLine: 'ITV News/Sean Swan', caption: picture.caption, licence: 'staff' })
    expect(page.quotes.docs).toEqual([{ id: 5, text: 'It is over.', speaker: { name: 'A soldier', description: null, isAnonymous: false }, context: null }])
    expect(page.corrections).toEqual([{ at: '2017-06-03T00:00:00.000Z', text: 'An earlier version misspelt a name.' }])
  })

  it('drops relations that did not populate (unreadable to the public)', () => {
    const bare = toStoryPage({ ...doc, byline: [{ correspondent: 3, role: 'camera' }], media: [7] } as Dispatch, ORIGIN)
    expect(bare.byline).toEqual([])
    expect(bare.media).toEqual([])
  })
})

const channel = { title: 'Dateline', description: 'Latest', siteUrl: 'https://news.example', feedUrl: `${ORIGIN}/feeds/rss.xml`, language: 'en' }

describe('toRss', () => {
  const xml = toRss([toStoryPage(doc, ORIGIN)], channel)
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml)

  it('is well-formed RSS 2.0 with escaped text', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parsed.rss['@_version']).toBe('2.0')
    expect(parsed.rss.channel.item.title).toBe('Battle for <Raqqa> & beyond')
    expect(xml).toContain('Battle for &lt;Raqqa&gt; &amp; beyond')
  })

  it('has the link, byline, date, enclosure and Media RSS credit', () => {
    const item = parsed.rss.channel.item
    expect(item.link).toBe('https://news.example/stories/battle-for-raqqa')
    expect(item.guid).toEqual({ '#text': 'https://news.example/stories/battle-for-raqqa', '@_isPermaLink': 'true' })
    expect(item['dc:creator']).toBe('Sean Swan, cameraman')
    expect(item.pubDate).toBe('Fri, 02 Jun 2017 06:00:01 GMT')
    expect(item.enclosure).toEqual({ '@_url': `${ORIGIN}/api/media-assets/file/raqqa-1.jpg`, '@_type': 'image/jpeg', '@_length': '12345' })
    expect(item['media:content']['media:credit']).toEqual({ '#text': 'ITV News/Sean Swan', '@_role': 'photographer', '@_scheme': 'urn:ebu' })
    expect(item['media:content']['media:description']).toBe(picture.caption)
    expect(item.category).toEqual(['syria', 'conflict'])
  })

  it('is a valid empty channel without stories', () => {
    expect(XMLValidator.validate(toRss([], channel))).toBe(true)
  })
})

describe('toJsonFeed', () => {
  const feed = toJsonFeed([toStoryPage(doc, ORIGIN)], channel) as { version: string; items: Array<Record<string, unknown>> }
  it('is JSON Feed 1.1 with text, authors, attachments and credits', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    const item = feed.items[0]
    expect(item).toMatchObject({
      id: 'https://news.example/stories/battle-for-raqqa',
      title: 'Battle for <Raqqa> & beyond',
      summary: 'Forces close in.',
      content_text: 'First paragraph.\nSecond & last.',
      date_published: '2017-06-02T06:00:01.000Z',
      authors: [{ name: 'Sean Swan' }],
      tags: ['syria', 'conflict'],
      attachments: [{ url: `${ORIGIN}/api/media-assets/file/raqqa-1.jpg`, mime_type: 'image/jpeg', title: picture.caption, size_in_bytes: 12345 }],
    })
    expect((item._dateline as { media: Array<{ creditLine: string }> }).media[0].creditLine).toBe('ITV News/Sean Swan')
  })
})

describe('toNinjs', () => {
  const schema = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/standards/ninjs-schema_3.1.json'), 'utf8'))
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  const validate = ajv.compile(schema)
  const item = toNinjs(toStoryPage(doc, ORIGIN), { serverUrl: ORIGIN, siteUrl: 'https://news.example', language: 'en' }) as Record<string, any>

  it('validates against the IPTC ninjs 3.1 schema', () => {
    expect(validate(item)).toBe(true)
    expect(validate.errors ?? null).toBeNull()
  })

  it('maps headline, bodies, byline, located, embargo, pubStatus, version and pictures', () => {
    expect(item.headlines).toEqual([{ role: 'main', value: 'Battle for <Raqqa> & beyond' }])
    expect(item.bodies[0]).toEqual({ role: 'main', contentType: 'text/plain', charCount: 31, wordCount: 5, value: 'First paragraph.\nSecond & last.' })
    expect(item.bodies[1].value).toBe('<p>First paragraph.</p><p>Second &amp; last.</p>')
    expect(item.by).toBe('Sean Swan, cameraman')
    expect(item.located).toBe('Raqqa, Syria')
    expect(item.embargoedUntil).toBe('2017-06-02T06:00:00.000Z')
    expect(item.pubStatus).toBe('usable')
    expect(item.version).toBe('2')
    expect(item.associations[0]).toMatchObject({ type: 'picture', by: 'ITV News/Sean Swan', copyrightHolder: 'ITV News', usageTerms: 'Editorial use only' })
    expect(item.associations[0].renditions).toEqual([
      { name: 'original', href: `${ORIGIN}/api/media-assets/file/raqqa-1.jpg`, contentType: 'image/jpeg', width: 1600, height: 900, sizeInBytes: 12345 },
      { name: 'thumbnail', href: `${ORIGIN}/api/media-assets/file/raqqa-1-320x320.jpg`, contentType: 'image/jpeg', width: 320, height: 320, sizeInBytes: 900 },
    ])
    expect(JSON.stringify(item)).not.toContain('Desk only')
  })

  it('the schema check can fail', () => {
    expect(validate({ ...item, pubStatus: 'live' })).toBe(false)
    expect(validate({ ...item, headlines: [{ text: 'x' }] })).toBe(false)
  })
})
