/**
 * Words in the body data outside a text's words (red team 4, families 8 and 9 of
 * test/open/redTeamLegal4.test.ts; docs/legal.md "Body data: only what the editor writes"): a key
 * the editor never writes, Lexical's `$` node state, a `format`, `direction` or `style` that is not
 * what its name says, a link field Payload does not store — each refused 400 naming the node path
 * and the key, nothing saved; a link's address is read as words, so an accusation in it waits for
 * legal. The near misses: the seeds' stored bodies, a body as the real editor serialises one (the
 * editor's own node classes, from a seed story), alignments, directions, colours and ordinary links
 * still save and publish.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'

import type { Dispatch } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const { as, draftRequest, publish, gateAnswer, printedIf, body, text, paragraph } = legalStory(() => t, { headline: 'Body strict', decisionsNameWhatStands: true })

const LEAD = 'Shelling resumed at first light.'
const WORDS = 'Tom Reyes stole money from the charity he ran'

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
})
afterAll(async () => {
  await t?.stop()
})

const plain = (extra: Record<string, unknown>): LexicalNode => ({ ...paragraph([text('The council met in private on Monday.')]), ...extra }) as LexicalNode
const link = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}): LexicalNode =>
  ({ type: 'link', children: [text('the audit')], direction: 'ltr', format: '', indent: 0, version: 3, fields, ...extra }) as LexicalNode
const withLink = (node: LexicalNode) => lexicalDocument([textParagraph(LEAD), paragraph([text('Read '), node, text('.')])])

/** The message the 400 gives for the body field. */
const problem = (res: { body: { errors?: Array<{ data?: { errors?: Array<{ path?: string; message?: string }> } }> } }): string =>
  res.body.errors?.[0]?.data?.errors?.find((error) => error.path === 'body')?.message ?? JSON.stringify(res.body)

const storiesHeadlined = async (headline: string): Promise<number> =>
  (await t.payload.find({ collection: 'dispatches', where: { headline: { equals: headline } }, draft: true, depth: 0 })).totalDocs

describe('family 8: words in a body node property no reading checks are refused at the input edge', () => {
  it.each([
    ['a key the editor does not know on a paragraph', lexicalDocument([textParagraph(LEAD), plain({ note: WORDS })]), /root\.children\.1 \(a paragraph node\) carries "note"/],
    ["Lexical's node state ($) on a paragraph", lexicalDocument([textParagraph(LEAD), plain({ $: { note: WORDS } })]), /root\.children\.1 is a paragraph node carrying Lexical's node state \(\$\)/],
    ["a paragraph's format (its alignment)", lexicalDocument([textParagraph(LEAD), plain({ format: WORDS })]), /root\.children\.1\.format of a paragraph node is "Tom Reyes/],
    ["a paragraph's direction", lexicalDocument([textParagraph(LEAD), plain({ direction: WORDS })]), /root\.children\.1\.direction of a paragraph node/],
    ['a key on a text node', lexicalDocument([textParagraph(LEAD), paragraph([{ ...text('The council met.'), note: WORDS } as LexicalNode])]), /root\.children\.1\.children\.0 \(a text node\) carries "note"/],
    ["a text node's style content", lexicalDocument([textParagraph(LEAD), paragraph([text('The council met.', { style: `--note: "${WORDS}"` })])]), /root\.children\.1\.children\.0\.style of a text node .*declares "--note"/],
    ["a link's fields.title", withLink(link({ linkType: 'custom', url: 'https://example.com/audit', newTab: false, title: WORDS })), /root\.children\.1\.children\.1\.fields \(a link node's fields\) carries "title"/],
    ["a link's rel", withLink(link({ linkType: 'custom', url: 'https://example.com/audit', newTab: false }, { rel: WORDS })), /root\.children\.1\.children\.1\.rel of a link node .*noopener/],
    ['a key on a horizontal rule', lexicalDocument([textParagraph(LEAD), { type: 'horizontalrule', version: 1, note: WORDS } as LexicalNode]), /root\.children\.1 \(a horizontalrule node\) carries "note"/],
    ['a key on the root', { root: { ...lexicalDocument([textParagraph(LEAD)]).root, note: WORDS } }, /root \(a root node\) carries "note"/],
    ['a key beside the root', { ...lexicalDocument([textParagraph(LEAD)]), note: WORDS }, /body carries "note" beside "root"/],
  ])('POST /api/dispatches?draft=true, %s: 400 naming the node and the key, nothing saved', async (_label, doc, message) => {
    const headline = `Strict body ${Date.now()} ${Math.random()}`
    const res = await draftRequest({ headline, body: doc })
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.code).toBe('VALIDATION_FAILED')
    expect(problem(res)).toMatch(message)
    expect(await storiesHeadlined(headline)).toBe(0)
  })

  it('PATCH of a saved draft with a style carrying words: 400, the stored body unchanged', async () => {
    const created = await draftRequest({ body: body(LEAD) })
    expect(created.status).toBe(201)
    const id = (created.body.doc as Dispatch).id
    const res = await as('editor', 'patch', `/api/dispatches/${id}?draft=true`, { body: lexicalDocument([paragraph([text('The council met.', { style: `font-family: ${WORDS}` })])]) })
    expect(res.status).toBe(400)
    expect(problem(res)).toMatch(/^body root\.children\.0\.children\.0\.style of a text node is "font-family: Tom Reyes/)
    const stored = await t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
    expect(JSON.stringify(stored.body)).not.toContain('Tom Reyes')
  })
})

describe('family 9: a link address is read as words', () => {
  it('a link whose address says the accusation ("…/tom-reyes-stole-money-from-the-charity"): the publish waits for legal, nothing printed', async () => {
    const doc = withLink(link({ linkType: 'custom', url: 'https://example.com/tom-reyes-stole-money-from-the-charity', newTab: false }))
    const res = await draftRequest({ body: doc })
    expect(res.status).toBe(201)
    const story = res.body.doc as Dispatch
    const published = await publish(story.id)
    expect(gateAnswer(published)).toBe('held by the gate')
    expect(await printedIf(published, story.slug)).not.toContain('tom-reyes-stole-money')
  })

  it('the same accusation percent-escaped in the address (%20 for the spaces): the publish waits for legal', async () => {
    const doc = withLink(link({ linkType: 'custom', url: 'https://example.com/?q=Tom%20Reyes%20stole%20money%20from%20the%20charity', newTab: true }))
    const res = await draftRequest({ body: doc })
    expect(res.status).toBe(201)
    expect(gateAnswer(await publish((res.body.doc as Dispatch).id))).toBe('held by the gate')
  })
})

describe('near misses: what the editor writes still saves and publishes', () => {
  it('an ordinary link (custom, new tab) and an internal one publish, the address printed', async () => {
    const correspondent = (await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })).docs[0]!
    const doc = lexicalDocument([
      textParagraph(LEAD),
      paragraph([text('Read '), link({ linkType: 'custom', url: 'https://example.com/reports/2024/council-budget-audit', newTab: true }, { id: '65f1a2b3c4d5e6f708192a3b' }), text('.')]),
      paragraph([text('By '), link({ linkType: 'internal', newTab: false, doc: { relationTo: 'correspondents', value: correspondent.id } }), text('.')]),
    ])
    const res = await draftRequest({ body: doc })
    expect(res.status).toBe(201)
    const story = res.body.doc as Dispatch
    const published = await publish(story.id)
    expect(published.status).toBe(200)
    expect(await printedIf(published, story.slug)).toContain('council-budget-audit')
  })

  it('alignments, directions, indents, headings, lists, a quote, a rule and colours as the editor writes them save and publish', async () => {
    const doc = lexicalDocument([
      { ...textParagraph(LEAD), format: 'center', indent: 1 },
      { ...textParagraph('The market reopened.'), direction: 'rtl', format: 'right' },
      { ...paragraph([text('The council met.', { style: 'color: #c0392b; background-color: rgb(255, 255, 0); font-size: 15px;' })]), format: 'justify' },
      { type: 'heading', tag: 'h2', children: [text('What happened', { format: 1 })], direction: null, format: '', indent: 0, version: 1 },
      { type: 'list', listType: 'number', start: 1, tag: 'ol', children: [{ type: 'listitem', value: 1, children: [text('First.')], direction: 'ltr', format: '', indent: 0, version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1 },
      { type: 'list', listType: 'check', start: 1, tag: 'ul', children: [{ type: 'listitem', value: 1, checked: true, children: [text('Done.')], direction: 'ltr', format: '', indent: 0, version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1 },
      { type: 'quote', children: [text('We stay.')], direction: 'ltr', format: '', indent: 0, version: 1 },
      { type: 'horizontalrule', version: 1 },
      { type: 'paragraph', children: [], direction: null, format: '', indent: 0, version: 1, textFormat: 2, textStyle: 'font-size: 12px' },
    ] as LexicalNode[])
    const res = await draftRequest({ body: doc })
    expect(res.status).toBe(201)
    const story = res.body.doc as Dispatch
    const published = await publish(story.id)
    expect([published.status, published.body.errors]).toEqual([200, undefined])
  })

  it('a seed story written through the real editor (its own node classes: headings, bold, italics, a list, a quote, a link, a rule) saves unchanged', async () => {
    const editorConfig = await editorConfigFactory.default({ config: t.payload.config })
    const seed = readFileSync(join(process.cwd(), 'test/fixtures/seeds/000_8ea54a98d1c58a3f.txt'), 'utf8')
    const [headline, ...paragraphs] = seed.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean)
    const markdown = [
      `## ${headline}`,
      `**${paragraphs[0]}**`,
      `*${paragraphs[1]}* See [the full report](https://example.com/raqqa/report).`,
      ...paragraphs.slice(2, 6),
      `> ${paragraphs[6]}`,
      `- ${paragraphs[7]}\n- ${paragraphs[8]}`,
      '---',
      ...paragraphs.slice(9, 14),
    ].join('\n\n')
    const doc = convertMarkdownToLexical({ editorConfig, markdown })
    const types = new Set<string>()
    const visit = (node: { type?: string; children?: unknown[] }): void => {
      if (node.type) types.add(node.type)
      for (const child of node.children ?? []) visit(child as { type?: string; children?: unknown[] })
    }
    visit(doc.root as { type?: string; children?: unknown[] })
    expect([...types].sort()).toEqual(expect.arrayContaining(['heading', 'horizontalrule', 'link', 'list', 'listitem', 'paragraph', 'quote', 'root', 'text']))
    const res = await draftRequest({ body: doc })
    expect(res.status).toBe(201)
    const stored = await t.payload.findByID({ collection: 'dispatches', id: (res.body.doc as Dispatch).id, draft: true, depth: 0 })
    expect(stored.body).toEqual(doc)
  })

  it("the seeded stories' stored bodies (pictures in place) save back as they are", async () => {
    const { docs } = await t.payload.find({ collection: 'dispatches', depth: 0, limit: 10, sort: 'id' })
    expect(docs.length).toBeGreaterThan(0)
    for (const dispatch of docs) {
      const res = await as('admin', 'patch', `/api/dispatches/${dispatch.id}?draft=true&depth=0`, { body: dispatch.body })
      expect([res.status, dispatch.slug]).toEqual([200, dispatch.slug])
    }
  })
})
