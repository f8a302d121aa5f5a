/**
 * /api/openapi.json: a valid OpenAPI 3.1 document (checked with a standard validator) that
 * describes every public, feed, workflow, legal, intake and preview route, whose request bodies
 * are the zod schemas the endpoints validate with, and whose response schemas real answers meet.
 */
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { z } from 'zod'

import { createPreviewLinkBody, legalReadBody, legalReviewBody, transitionBody } from '../../src/server/requestBodies'
import { startTestApp, type TestApp } from '../helpers/testApp'
import { reviewing } from '../helpers/legalReview'

let t: TestApp
type Doc = {
  openapi: string
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, unknown> }>>
  components: { schemas: Record<string, unknown> }
}
let doc: Doc

beforeAll(async () => {
  t = await startTestApp()
  const res = await t.http.get('/api/openapi.json')
  expect(res.status).toBe(200)
  doc = res.body
})
afterAll(async () => t?.stop())

/** Returns a validator for a component schema, its $refs resolved inside the document. */
const conforms = (name: string) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
  const validate = ajv.compile({ components: doc.components, $ref: `#/components/schemas/${name}` })
  return (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`))
}

test('is a valid OpenAPI 3.1 document', async () => {
  expect(doc.openapi).toBe('3.1.0')
  const result = await new Validator().validate(doc as never)
  expect(result.errors ?? []).toEqual([])
  expect(result.valid).toBe(true)
})

test('answers with an ETag and 304 like any public read', async () => {
  const first = await t.http.get('/api/openapi.json')
  expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/)
  expect((await t.http.get('/api/openapi.json').set('If-None-Match', first.headers.etag!)).status).toBe(304)
})

test('describes every route a front end, a partner or the newsroom calls, with the error shape', () => {
  const expected: Array<[string, string]> = [
    ['/api/dispatches', 'get'],
    ['/api/dispatches/slug/{slug}', 'get'],
    ['/api/correspondents', 'get'],
    ['/api/correspondents/slug/{slug}', 'get'],
    ['/api/media-assets', 'get'],
    ['/api/media-assets/{id}', 'get'],
    ['/api/media-assets/file/{filename}', 'get'],
    ['/feeds/rss.xml', 'get'],
    ['/feeds/feed.json', 'get'],
    ['/api/ninjs/dispatches/{slug}', 'get'],
    ['/api/dispatches/{id}/transition', 'post'],
    ['/api/dispatches/{id}/workflow', 'get'],
    ['/api/quotes/{id}/legal-review', 'post'],
    ['/api/dispatches/{id}/legal-review', 'post'],
    ['/api/dispatches/{id}/legal-review', 'get'],
    ['/api/dispatches/{id}/legal-read', 'post'],
    ['/api/dispatches/{id}/legal-hold', 'post'],
    ['/api/dispatches/{id}/legal-read', 'post'],
    ['/api/dispatches/ingest', 'post'],
    ['/api/dispatches/{id}/preview-links', 'post'],
    ['/api/dispatches/{id}/preview-links/{linkId}', 'delete'],
  ]
  for (const [path, method] of expected) {
    const op = doc.paths[path]?.[method]
    expect([path, method, Boolean(op)]).toEqual([path, method, true])
    const errors = Object.entries(op!.responses).filter(([status]) => Number(status) >= 400)
    for (const [, response] of errors) {
      expect((response as { content: Record<string, { schema: unknown }> }).content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/Error' })
    }
  }
  expect(doc.paths['/api/dispatches/slug/{slug}']!.get!.responses).toHaveProperty('410')
})

test('request bodies are the schemas the endpoints validate with', () => {
  const body = (path: string) => doc.paths[path]!.post!.requestBody!.content['application/json']!.schema as Record<string, unknown>
  const same = (described: Record<string, unknown>, schema: z.ZodType) => {
    const expected = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>
    expect(described.properties).toEqual(expect.objectContaining(Object.fromEntries(Object.keys(expected.properties as object).map((k) => [k, expect.anything()]))))
    expect(described.required ?? []).toEqual(expected.required ?? [])
    expect(described.additionalProperties).toBe(false)
  }
  same(body('/api/dispatches/{id}/preview-links'), createPreviewLinkBody)
  same(body('/api/dispatches/{id}/transition'), transitionBody)
  same(body('/api/quotes/{id}/legal-review'), legalReviewBody)
  same(body('/api/dispatches/{id}/legal-review'), legalReviewBody)
  same(body('/api/dispatches/{id}/legal-read'), legalReadBody)
  const hours = (body('/api/dispatches/{id}/preview-links').properties as Record<string, Record<string, unknown>>).expiresInHours!
  expect(hours).toMatchObject({ type: 'integer', minimum: 1, maximum: 168 })
  expect((body('/api/quotes/{id}/legal-review').properties as Record<string, unknown>).decision).toMatchObject({ enum: ['approve', 'reject'] })
})

test('real answers meet the response schemas: story page, list, workflow panel, preview link, errors', async () => {
  const list = (await t.http.get('/api/dispatches?depth=1&limit=5')).body
  expect(conforms('StoryList')(list)).toEqual([])
  expect(conforms('StoryList')((await t.http.get('/api/dispatches?depth=0&limit=5')).body)).toEqual([])
  const story = (await t.http.get(`/api/dispatches/slug/${list.docs[0].slug}`)).body
  expect(conforms('StoryPage')(story)).toEqual([])
  // A story page that carried a working field would not be one.
  expect(conforms('StoryPage')({ ...story, workflowStatus: 'published' })).not.toEqual([])
  expect(conforms('StoryPage')({ ...story, byline: [{ ...story.byline[0], correspondent: { ...story.byline[0].correspondent, email: 'x@y' } }] })).not.toEqual([])
  const people = (await t.http.get('/api/correspondents?depth=1')).body
  expect(conforms('CorrespondentList')(people)).toEqual([])
  expect(conforms('CorrespondentPage')((await t.http.get('/api/correspondents/slug/john-irvine')).body)).toEqual([])
  const media = (await t.http.get('/api/media-assets?depth=0')).body
  expect(conforms('MediaList')(media)).toEqual([])
  for (const url of ['/api/dispatches/slug/nothing-here', '/api/dispatches?page=0', '/api/ninjs/dispatches/nothing-here']) {
    const res = await t.http.get(url)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect([url, conforms('Error')(res.body)]).toEqual([url, []])
  }
  const jwt = `JWT ${await t.token('editor')}`
  const draft = (await t.payload.find({ collection: 'dispatches', where: { _status: { equals: 'draft' } }, draft: true, limit: 1 })).docs[0]!
  expect(conforms('WorkflowPanel')((await t.http.get(`/api/dispatches/${draft.id}/workflow`).set('Authorization', jwt)).body)).toEqual([])
  const link = await t.http.post(`/api/dispatches/${draft.id}/preview-links`).set('Authorization', jwt).send({ expiresInHours: 3 })
  expect(conforms('PreviewLink')(link.body)).toEqual([])
  const refused = await t.http.post(`/api/dispatches/${draft.id}/transition`).set('Authorization', jwt).send({ to: 'published' })
  expect(refused.status).toBe(409)
  expect(conforms('Error')(refused.body)).toEqual([])
  const feed = (await t.http.get('/feeds/feed.json')).body
  expect(conforms('JsonFeed')(feed)).toEqual([])
  // Story 000 waits for legal's read of its text (a flagged passage): the blocker, the read, a decision.
  const story000 = (await t.payload.find({ collection: 'dispatches', where: { workflowStatus: { equals: 'in_review' } }, draft: true, limit: 1 })).docs[0]!
  const panel = (await t.http.get(`/api/dispatches/${story000.id}/workflow`).set('Authorization', jwt)).body
  expect(panel.blockers.some((b: { code: string }) => b.code === 'LEGAL_READ_REQUIRED')).toBe(true)
  expect(conforms('WorkflowPanel')(panel)).toEqual([])
  expect(conforms('LegalReview')((await t.http.get(`/api/dispatches/${story000.id}/legal-review`).set('Authorization', jwt)).body)).toEqual([])
  const decided = await t.http.post(`/api/dispatches/${story000.id}/legal-review`).set('Authorization', `JWT ${await t.token('legal')}`).send(await reviewing(t.payload, 'dispatches', story000.id, { decision: 'approve' }))
  expect([decided.status, conforms('LegalReview')(decided.body)]).toEqual([200, []])
})
