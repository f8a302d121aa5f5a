/**
 * Copy intake over HTTP: POST /api/dispatches/ingest turns plain text into a draft dispatch with
 * its pictures, byline and quotes, in one transaction.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug } from 'payload'

import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
const seed = (name: string): string =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../../src/seed/stories', name), 'utf8')
const STORY_000 = seed('000-doomed-but-still-dangerous.txt')

// A story by other hands in the same house style, so the demo database has none of it yet.
const TAIZ = `Aid convoy reaches besieged Taiz after months of waiting

The first United Nations aid convoy in four months has reached the Yemeni city of Taiz.

Senior Correspondent Maria Lopez and cameraman Tom Hughes travelled with the convoy from Aden.

Trucks carrying flour and medicine queue at the last checkpoint before the city. Credit: UN OCHA/Handout

"We have not seen bread for three weeks," said Dr Amal Haddad, who runs the city's only children's hospital.

A boy waits for food at a distribution point. Credit: Reuters

The convoy left again before dark.`

async function counts(): Promise<Record<string, number>> {
  const slugs: CollectionSlug[] = ['dispatches', 'quotes', 'media-assets', 'correspondents']
  const entries = await Promise.all(
    slugs.map(async (slug) => [slug, (await t.payload.count({ collection: slug })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t?.stop()
})

describe('POST /api/dispatches/ingest', () => {
  it('files a story as a draft with credited pictures in place, byline and quotes for legal', async () => {
    const before = await counts()
    const res = await t.http
      .post('/api/dispatches/ingest')
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(TAIZ)
    expect(res.status).toBe(201)
    expect(res.headers.location).toBe(res.body.dispatch.api)
    expect(res.body.dispatch.admin).toMatch(/\/admin\/collections\/dispatches\/\d+$/)
    expect(res.body.correspondents.map((c: { name: string; created: boolean }) => [c.name, c.created])).toEqual([
      ['Maria Lopez', true],
      ['Tom Hughes', true],
    ])

    const dispatch = await t.payload.findByID({
      collection: 'dispatches',
      id: res.body.dispatch.id,
      draft: true,
      depth: 1,
    })
    expect(dispatch._status).toBe('draft')
    expect(dispatch.workflowStatus).toBe('draft')
    expect(dispatch.headline).toBe('Aid convoy reaches besieged Taiz after months of waiting')
    expect(dispatch.standfirst).toBe('The first United Nations aid convoy in four months has reached the Yemeni city of Taiz.')
    expect(dispatch.byline?.map((b) => [typeof b.correspondent === 'object' && b.correspondent.title, b.role])).toEqual([
      ['Senior Correspondent', 'reporter'],
      ['cameraman', 'camera'],
    ])
    const media = (dispatch.media ?? []).map((m) => (typeof m === 'object' ? m : null))
    expect(media.map((m) => [m?.caption, m?.creditLine, m?.credit?.organisation, m?.credit?.isHandout, m?.rights?.licence])).toEqual([
      ['Trucks carrying flour and medicine queue at the last checkpoint before the city.', 'UN OCHA/Handout', 'UN OCHA', true, 'handout'],
      ['A boy waits for food at a distribution point.', 'Reuters', 'Reuters', false, 'staff'],
    ])
    // The pictures sit in the body where their captions stood.
    const nodes = (dispatch.body?.root.children ?? []) as Array<{ type: string; value?: unknown }>
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'upload', 'paragraph', 'upload', 'paragraph'])

    const quotes = await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: dispatch.id } } })
    expect(quotes.docs.map((q) => [q.text, q.speaker?.name, q.sensitive, q.legal?.status])).toEqual([
      ['We have not seen bread for three weeks.', 'Dr Amal Haddad', false, 'not_required'],
    ])
    const after = await counts()
    expect(after).toEqual({
      dispatches: before.dispatches + 1,
      quotes: before.quotes + 1,
      'media-assets': before['media-assets'] + 2,
      correspondents: before.correspondents + 2,
    })
  })

  it('answers 409 with a link to the first import when the same copy comes again', async () => {
    const before = await counts()
    const res = await t.http
      .post('/api/dispatches/ingest')
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .send({ text: TAIZ })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].code).toBe('DUPLICATE_IMPORT')
    expect(res.body.errors[0].existing.admin).toMatch(/\/admin\/collections\/dispatches\/\d+$/)
    expect(await counts()).toEqual(before)
  })

  it('lets a correspondent import, matches people already on file, and sends sensitive quotes to legal', async () => {
    const variant = STORY_000.replace('Doomed but still dangerous', 'Still dangerous (second take)')
    const res = await t.http
      .post('/api/dispatches/ingest')
      .set('Authorization', `JWT ${await t.token('correspondent')}`)
      .send({ text: variant })
    expect(res.status).toBe(201)
    const john = res.body.correspondents.find((c: { name: string }) => c.name === 'John Ray')
    expect(john.created).toBe(false)
    expect(res.body.media).toHaveLength(7)
    const pending = res.body.quotes.filter((q: { legalStatus: string }) => q.legalStatus === 'pending')
    expect(pending.length).toBeGreaterThanOrEqual(5)
    // The correspondent owns the draft and can read it back.
    const own = await t.http
      .get(`/api/dispatches/${res.body.dispatch.id}?draft=true&depth=0`)
      .set('Authorization', `JWT ${await t.token('correspondent')}`)
    expect(own.status).toBe(200)
    expect(own.body.workflowStatus).toBe('draft')
  })

  it.each([
    ['anonymous', undefined, 401],
    ['legal', 'legal', 403],
    ['frontend', 'frontend', 403],
  ] as const)('refuses %s', async (_who, role, status) => {
    const before = await counts()
    const req = t.http.post('/api/dispatches/ingest').set('Content-Type', 'text/plain').send('Headline\n\nStandfirst.')
    if (role) req.set('Authorization', `JWT ${await t.token(role)}`)
    const res = await req
    expect(res.status).toBe(status)
    expect(await counts()).toEqual(before)
  })

  it.each([
    ['an empty story', 'text/plain', '   \n\n ', 400, 'EMPTY_INPUT'],
    ['binary data', 'text/plain', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 415, 'NOT_TEXT'],
    ['invalid UTF-8', 'text/plain', Buffer.from([0x48, 0x65, 0xff, 0xfe, 0x6c]), 415, 'NOT_TEXT'],
    ['a story over 1 MB', 'text/plain', `Headline\n\n${'word '.repeat(210_000)}`, 413, 'TOO_LARGE'],
    ['a caption with an empty credit', 'text/plain', 'Headline here\n\nStandfirst.\n\nA picture of a street. Credit:\n\nMore copy.', 422, 'EMPTY_CREDIT'],
    ['no headline', 'text/plain', '...\n\nStandfirst.', 422, 'NO_HEADLINE'],
    ['JSON without text', 'application/json', JSON.stringify({ story: 'x' }), 400, 'INVALID_REQUEST'],
    ['an unsupported type', 'application/pdf', '%PDF-1.4', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('refuses %s with a clear error and writes nothing', async (_name, type, body, status, code) => {
    const before = await counts()
    const res = await t.http
      .post('/api/dispatches/ingest')
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .set('Content-Type', type)
      .send(body)
    expect(res.status).toBe(status)
    expect(res.body.errors[0].code).toBe(code)
    expect(res.body.errors[0].message.length).toBeGreaterThan(10)
    expect(await counts()).toEqual(before)
  })

  it('leaves upload-from-URL off when no allow-list is configured', async () => {
    const res = await t.http
      .get(`/api/media-assets/paste-url?src=${encodeURIComponent('https://pictures.example/a.jpg')}`)
      .set('Authorization', `JWT ${await t.token('editor')}`)
    expect(res.status).toBe(400)
    expect(res.text).toContain('Pasting from URL is not enabled')
  })

  it('writes nothing when the import fails part-way', async () => {
    const before = await counts()
    // A standfirst over the 1,000-character limit passes extraction but fails when the dispatch
    // is saved, after the pictures were already created inside the transaction.
    const longStandfirst = 'The convoy waited at the checkpoint for another day. '.repeat(25)
    const res = await t.http
      .post('/api/dispatches/ingest')
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .send({ text: `A headline that fits\n\n${longStandfirst}\n\nA street. Credit: Reuters\n\nCopy.` })
    expect(res.status).toBe(400)
    expect(res.text).toContain('standfirst')
    expect(await counts()).toEqual(before)
  })
})
