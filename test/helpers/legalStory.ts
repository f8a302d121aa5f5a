/**
 * The moves the legal tests make on a story, as the desk and legal make them over HTTP: draft it,
 * take it through the workflow, publish it, and read what readers were printed. One factory per
 * test file, handed the file's TestApp lazily (the app starts in `beforeAll`, after the module
 * has destructured these functions).
 */
import sharp from 'sharp'

import type { Dispatch, MediaAsset } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { reviewing } from './legalReview'
import type { DemoRole, TestApp } from './testApp'

export type Method = 'get' | 'post' | 'patch' | 'delete'
type Answer = { status: number; body: { errors?: Array<{ code?: string }> } }

export type LegalStoryOptions = {
  /** Words that start each draft's headline (a timestamp and a random number follow). */
  headline?: string
  /**
   * When true, `as('legal', 'post', '/api/(quotes|dispatches)/:id/legal-review', body)` names the
   * words standing at that moment (`reviewed`), as legal's desk does. Files that test stale or
   * missing `reviewed` hashes leave it off and name them themselves.
   */
  decisionsNameWhatStands?: boolean
  /** The printed fields a picture is uploaded with unless the test gives its own. */
  pictureMeta?: Record<string, unknown>
  /** The correspondent every draft's byline names (default the demo newsroom's john-ray). */
  reporterSlug?: string
}

export const body = (...paragraphs: string[]) => lexicalDocument(paragraphs.map(textParagraph))
export const text = (value: string, extra: Partial<{ format: number; style: string }> = {}): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
  ...extra,
})
export const paragraph = (children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, textFormat: 0, version: 1 })

/** A small JPEG of one colour; `g` changes the green, so two pictures can differ in their bytes. */
export const jpeg = (g = 120) => sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g, b: 60 } } }).jpeg().toBuffer()

/** What a red-team route ends in: the gate's answer to the publish, and whether readers got the words. */
export type PrintOutcome = { publish: string | number; printed: boolean }
/** The answer a lawyer expects of every route: held by the gate, nothing printed. */
export const HELD: PrintOutcome = { publish: 'held by the gate', printed: false }

/** The gate's code when a publish was refused by it (legal's read or a quote), else the status. */
export const gateAnswer = (res: Answer): string | number =>
  res.status === 409 && ['LEGAL_READ_REQUIRED', 'QUOTE_NOT_CLEARED'].includes(res.body.errors?.[0]?.code ?? '') ? 'held by the gate' : res.status

export function legalStory(app: () => TestApp, options: LegalStoryOptions = {}) {
  const { headline = 'Legal story', decisionsNameWhatStands = false, pictureMeta = {}, reporterSlug = 'john-ray' } = options
  let reporter: number | null = null

  async function reporterId(): Promise<number> {
    if (reporter === null) {
      const found = await app().payload.find({ collection: 'correspondents', where: { slug: { equals: reporterSlug } }, depth: 0, limit: 1 })
      reporter = found.docs[0]!.id
    }
    return reporter
  }

  async function as(role: DemoRole | null, method: Method, url: string, payload?: unknown) {
    const t = app()
    if (decisionsNameWhatStands && method === 'post') {
      // A legal decision names the words legal read: those standing at the moment of the decision.
      const decision = /^\/api\/(quotes|dispatches)\/(\d+)\/legal-review$/.exec(url)
      if (decision) payload = await reviewing(t.payload, decision[1] as 'quotes' | 'dispatches', Number(decision[2]), payload)
    }
    const req = t.http[method](url)
    if (role) req.set('Authorization', `JWT ${await t.token(role)}`)
    return payload === undefined ? req : req.send(payload as object)
  }

  const working = (id: number): Promise<Dispatch> => app().payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })

  const draftRequest = async (data: Record<string, unknown>, role: DemoRole = 'editor') =>
    as(role, 'post', '/api/dispatches?draft=true', {
      headline: `${headline} ${Date.now()} ${Math.random()}`,
      byline: [{ correspondent: await reporterId(), role: 'reporter' }],
      ...data,
    })

  async function draftWith(data: Record<string, unknown>, role: DemoRole = 'editor'): Promise<Dispatch> {
    const res = await draftRequest(data, role)
    if (res.status !== 201) throw new Error(`draft refused: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.doc as Dispatch
  }

  const move = (role: DemoRole, id: number, to: string, note?: string) => as(role, 'post', `/api/dispatches/${id}/transition`, { to, note })

  /** Takes a draft through review to a publish as the desk; returns the publish's answer. */
  async function publish(id: number) {
    expect((await move('editor', id, 'in_review')).status).toBe(200)
    expect((await move('editor', id, 'approved')).status).toBe(200)
    return move('editor', id, 'published')
  }

  /** Publishes from wherever the story stands in the workflow (an edit may have sent it back). */
  async function publishNow(id: number) {
    const status = (await working(id)).workflowStatus
    if (status === 'draft' || status === 'changes_requested') expect((await move('editor', id, 'in_review')).status).toBe(200)
    if (status !== 'approved') expect((await move('editor', id, 'approved')).status).toBe(200)
    return move('editor', id, 'published')
  }

  /** Every public surface of a story's text, as one string (empty when the story did not go out). */
  async function printedIf(res: { status: number }, slug: string | null | undefined): Promise<string> {
    if (res.status !== 200 || !slug) return ''
    const page = await as(null, 'get', `/api/dispatches/slug/${slug}`)
    const ninjs = await as(null, 'get', `/api/ninjs/dispatches/${slug}`)
    const site = await app().http.get(`/stories/${slug}`)
    return JSON.stringify(page.body) + JSON.stringify(ninjs.body) + site.text
  }

  /** Drafts a story (body paragraphs and any other fields) and takes it to a publish; returns what the gate said and whether readers got `words`. */
  async function tryToPrint(paragraphs: string[], words: string, data: Record<string, unknown> = {}): Promise<PrintOutcome> {
    const story = await draftWith({ body: body(...paragraphs), ...data })
    const res = await publish(story.id)
    return { publish: gateAnswer(res), printed: (await printedIf(res, story.slug)).includes(words) }
  }

  /** Uploads a picture of its own as the editor (multipart, as the admin does). */
  async function upload(meta: Record<string, unknown> = {}, filename = `legal-${Date.now()}-${Math.random().toString(36).slice(2)}.jpg`, file?: Buffer): Promise<MediaAsset> {
    const t = app()
    const res = await t.http
      .post('/api/media-assets')
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .field('_payload', JSON.stringify({ creditLine: 'Reuters', alt: 'A street at dawn', caption: 'The road out of the city.', ...pictureMeta, ...meta }))
      .attach('file', file ?? (await jpeg()), { filename, contentType: 'image/jpeg' })
    expect(res.status).toBe(201)
    return res.body.doc as MediaAsset
  }

  return { as, reporterId, working, draftRequest, draftWith, move, publish, publishNow, gateAnswer, printedIf, tryToPrint, jpeg, upload, body, text, paragraph }
}

export type LegalStory = ReturnType<typeof legalStory>
