/**
 * The sensitivity ratchet and bound quotes through the Local API with real users and access
 * control on, every role × every way of taking legal's view down: unmark sensitive, drop a
 * reason, name an anonymous speaker, delete a sensitive quote, delete a bound quote. Each refusal
 * leaves the quote as it was and writes no audit row; each allowed change writes one.
 */
import type { Quote, User } from '../../payload-types'
import { DatelineError } from '../../src/errors'
import { lexicalDocument, textParagraph } from '../../src/lexical/build'
import { ROLES, startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
const users = new Map<DemoRole, User>()
let johnRay = 0

const as = (role: DemoRole) => ({ overrideAccess: false as const, user: users.get(role)! })

/** Runs a call and returns 'ok', the stable code of a Dateline refusal, or Payload's status. */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call()
    return 'ok'
  } catch (error) {
    if (error instanceof DatelineError) return error.code
    const status = (error as { status?: number }).status
    if (typeof status !== 'number' || status >= 500) throw error
    return String(status)
  }
}

const BEHEADING = '"They cut off his head in the square," said a woman who asked not to be named.'
const PLAIN = '"It rained all night," said Ahmed Saleh, a baker.'

/** A draft filed by the correspondent with a sensitive (anonymous, violent) quote and a plain one, recorded by the save. */
async function story(): Promise<{ id: number; sensitive: Quote; plain: Quote }> {
  const doc = await t.payload.create({
    collection: 'dispatches',
    draft: true,
    data: { headline: `Ratchet story ${Date.now()} ${Math.random()}`, byline: [{ correspondent: johnRay, role: 'reporter' }], body: lexicalDocument([textParagraph(BEHEADING), textParagraph('The market was empty.'), textParagraph(PLAIN)]) as never },
    depth: 0,
    ...as('correspondent'),
  })
  const { docs } = await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: doc.id } }, depth: 0, sort: 'createdAt' })
  const sensitive = docs.find((quote) => quote.sensitive)!
  const plain = docs.find((quote) => !quote.sensitive)!
  expect(sensitive).toMatchObject({ sensitive: true, binding: 'bound', legal: { status: 'pending' }, speaker: { isAnonymous: true } })
  expect(sensitive.sensitivityReasons).toContain('violence')
  return { id: doc.id, sensitive, plain }
}

/** Audit rows about a quote. SQLite may give a deleted quote's id to a later one, so rows are told apart by story too. */
const flagRows = async (quote: Quote, kinds = ['quote_flag', 'quote_deleted']): Promise<number> =>
  (
    await t.payload.count({
      collection: 'workflow-events',
      where: { and: [{ quoteRef: { equals: String(quote.id) } }, { dispatch: { equals: typeof quote.dispatch === 'object' ? quote.dispatch.id : quote.dispatch } }, { kind: { in: kinds } }] },
    })
  ).totalDocs

beforeAll(async () => {
  t = await startTestApp()
  for (const role of ROLES) users.set(role, await t.user(role))
  johnRay = Number(users.get('correspondent')!.correspondent)
})
afterAll(async () => {
  await t?.stop()
})

const LOWERINGS: Array<[string, (quote: Quote) => Record<string, unknown>]> = [
  ['unmark it sensitive', () => ({ sensitive: false })],
  ['drop its reasons', () => ({ sensitivityReasons: [] })],
  ['drop one reason', (quote) => ({ sensitivityReasons: (quote.sensitivityReasons ?? []).slice(1) })],
  ['name its anonymous speaker', (quote) => ({ speaker: { ...quote.speaker, isAnonymous: false } })],
]

describe.each(LOWERINGS)('lowering a quote: %s', (_name, change) => {
  it.each([
    ['admin', 'ok'],
    ['legal', 'ok'],
    ['editor', 'LEGAL_FLAG_LOCKED'],
    ['correspondent', 'LEGAL_FLAG_LOCKED'],
    ['frontend', '403'],
  ] as Array<[DemoRole, string]>)('%s → %s', async (role, expected) => {
    const { sensitive } = await story()
    const rows = await flagRows(sensitive)
    expect(await outcome(() => t.payload.update({ collection: 'quotes', id: sensitive.id, data: change(sensitive), depth: 0, ...as(role) }))).toBe(expected)
    const after = await t.payload.findByID({ collection: 'quotes', id: sensitive.id, depth: 0 })
    if (expected === 'ok') {
      expect(await flagRows(sensitive)).toBe(rows + 1)
      expect(after.legal?.flagsLoweredBy).toBe(users.get(role)!.id)
    } else {
      expect([after.sensitive, after.sensitivityReasons, after.speaker?.isAnonymous]).toEqual([sensitive.sensitive, sensitive.sensitivityReasons, sensitive.speaker?.isAnonymous])
      expect(await flagRows(sensitive)).toBe(rows)
    }
  })
})

describe('raising a quote', () => {
  it.each([
    ['admin', 'ok'],
    ['editor', 'ok'],
    // The correspondent filed the story (and so, through its save, the quote).
    ['correspondent', 'ok'],
    ['legal', 'ok'],
    ['frontend', '403'],
  ] as Array<[DemoRole, string]>)('%s marking the plain quote sensitive → %s', async (role, expected) => {
    const { plain } = await story()
    expect(await outcome(() => t.payload.update({ collection: 'quotes', id: plain.id, data: { sensitive: true, sensitivityReasons: ['other'] }, depth: 0, ...as(role) }))).toBe(expected)
    const after = await t.payload.findByID({ collection: 'quotes', id: plain.id, depth: 0 })
    expect(after.sensitive).toBe(expected === 'ok')
    expect(after.legal?.status).toBe(expected === 'ok' ? 'pending' : 'not_required')
  })
})

describe('deleting quotes', () => {
  it.each([
    ['admin', 'QUOTE_BOUND', 'QUOTE_BOUND'],
    ['legal', 'QUOTE_BOUND', 'QUOTE_BOUND'],
    ['editor', 'LEGAL_FLAG_LOCKED', 'QUOTE_BOUND'],
    ['correspondent', 'LEGAL_FLAG_LOCKED', 'QUOTE_BOUND'],
    ['frontend', '403', '403'],
  ] as Array<[DemoRole, string, string]>)('%s: a bound sensitive quote → %s, a bound plain one → %s; nothing deleted', async (role, sensitiveOutcome, plainOutcome) => {
    const { sensitive, plain } = await story()
    expect(await outcome(() => t.payload.delete({ collection: 'quotes', id: sensitive.id, ...as(role) }))).toBe(sensitiveOutcome)
    expect(await outcome(() => t.payload.delete({ collection: 'quotes', id: plain.id, ...as(role) }))).toBe(plainOutcome)
    expect((await t.payload.count({ collection: 'quotes', where: { id: { in: [sensitive.id, plain.id] } } })).totalDocs).toBe(2)
    expect(await flagRows(plain, ['quote_deleted'])).toBe(0)
  })

  it.each([
    ['admin', 'ok', 'ok'],
    ['legal', 'ok', 'ok'],
    ['editor', 'LEGAL_FLAG_LOCKED', 'ok'],
    ['frontend', '403', '403'],
  ] as Array<[DemoRole, string, string]>)('%s, once the words have left the story: sensitive → %s, plain → %s, each with its audit row', async (role, sensitiveOutcome, plainOutcome) => {
    const { id, sensitive, plain } = await story()
    await t.payload.update({ collection: 'dispatches', id, draft: true, data: { body: lexicalDocument([textParagraph('The market was empty.')]) as never }, depth: 0, ...as('editor') })
    for (const quote of [sensitive, plain]) expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).binding).toBe('unbound')
    expect(await outcome(() => t.payload.delete({ collection: 'quotes', id: sensitive.id, ...as(role) }))).toBe(sensitiveOutcome)
    expect(await outcome(() => t.payload.delete({ collection: 'quotes', id: plain.id, ...as(role) }))).toBe(plainOutcome)
    for (const [quote, result] of [[sensitive, sensitiveOutcome], [plain, plainOutcome]] as const) {
      const left = (await t.payload.count({ collection: 'quotes', where: { id: { equals: quote.id } } })).totalDocs
      expect(left).toBe(result === 'ok' ? 0 : 1)
      expect(await flagRows(quote, ['quote_deleted'])).toBe(result === 'ok' ? 1 : 0)
    }
  })
})

describe('the binding respects legal', () => {
  it('does not raise again what legal lowered, when the words stay the same', async () => {
    const { id, sensitive } = await story()
    expect(await outcome(() => t.payload.update({ collection: 'quotes', id: sensitive.id, data: { sensitive: false }, depth: 0, ...as('legal') }))).toBe('ok')
    // Another save of the story (the paragraph around it changes) keeps legal's decision.
    await t.payload.update({ collection: 'dispatches', id, draft: true, data: { standfirst: 'A new standfirst' }, depth: 0, ...as('editor') })
    expect((await t.payload.findByID({ collection: 'quotes', id: sensitive.id, depth: 0 })).sensitive).toBe(false)
  })
})
