/**
 * Nothing a lawyer has not cleared goes out, tried over HTTP as a red-team editor would on a
 * fresh newsroom: the story-000 attack (unflag the pending quotes, delete them, duplicate the
 * story), quoted speech typed into the body, autosave edits in place, version restores, and the
 * audit trail of every change of a legal flag, over REST and GraphQL, by role.
 */
import type { Dispatch, Quote, WorkflowEvent } from '../../payload-types'
import { lexicalDocument, textParagraph } from '../../src/lexical/build'
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtpCapture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { reviewing } from '../helpers/legalReview'

let t: TestApp
let smtp: SmtpCapture
const RAQQA_000 = 'Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa'
let story000 = 0
let reporterId = 0

const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`

type Refusal = { status: number; body: { errors?: Array<{ code?: string; data?: { code?: string }; message?: string; reasons?: unknown[] }> } }
/** The stable code of a refusal, wherever the error body carries it. */
const codeOf = (res: Refusal): string | undefined => res.body.errors?.[0]?.code ?? res.body.errors?.[0]?.data?.code

async function as(role: DemoRole | null, method: 'get' | 'post' | 'patch' | 'delete', url: string, body?: unknown) {
  const req = t.http[method](url)
  if (role) req.set('Authorization', await jwt(role))
  return body === undefined ? req : req.send(body as object)
}

async function gql(role: DemoRole | null, query: string, variables: Record<string, unknown> = {}) {
  return as(role, 'post', '/api/graphql', { query, variables })
}

const quotesOf = async (dispatch: number): Promise<Quote[]> =>
  (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: dispatch } }, pagination: false, depth: 0, sort: 'createdAt' })).docs

const eventsOf = async (dispatch: number, kind?: string): Promise<WorkflowEvent[]> =>
  (
    await t.payload.find({
      collection: 'workflow-events',
      where: { and: [{ dispatch: { equals: dispatch } }, ...(kind ? [{ kind: { equals: kind } }] : [])] },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs

const working = (id: number): Promise<Dispatch> => t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })

const body = (...paragraphs: string[]) => lexicalDocument(paragraphs.map(textParagraph))

/** A new draft filed by the editor over REST, with the given paragraphs as its body. */
async function draftWith(...paragraphs: string[]): Promise<Dispatch> {
  const res = await as('editor', 'post', '/api/dispatches?draft=true', {
    headline: `Binding story ${Date.now()} ${Math.random()}`,
    byline: [{ correspondent: reporterId, role: 'reporter' }],
    body: body(...paragraphs),
  })
  expect(res.status).toBe(201)
  return res.body.doc as Dispatch
}

const saveBody = async (role: DemoRole, id: number, paragraphs: string[], query = 'draft=true') =>
  as(role, 'patch', `/api/dispatches/${id}?${query}`, { body: body(...paragraphs) })

const move = (role: DemoRole, id: number, to: string, note?: string) => as(role, 'post', `/api/dispatches/${id}/transition`, { to, note })

const review = async (id: number, decision: 'approve' | 'reject', note = 'Checked') =>
  as('legal', 'post', `/api/quotes/${id}/legal-review`, await reviewing(t.payload, 'quotes', id, { decision, note }))

/** Takes a story from draft to approved, so the next move is the publish that runs the gate. */
async function toApproved(id: number): Promise<void> {
  expect((await move('editor', id, 'in_review')).status).toBe(200)
  expect((await move('editor', id, 'approved')).status).toBe(200)
}

const BEHEADING = 'They stole money and they saw his neck. I see that by my eyes.'
const ORDER = '"We executed every prisoner at dawn," a militia commander told his men over the radio.'

beforeAll(async () => {
  smtp = await startSmtpCapture()
  t = await startTestApp({ SMTP_URL: smtp.url, ...(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {}) })
  const { docs } = await t.payload.find({ collection: 'dispatches', where: { headline: { equals: RAQQA_000 } }, draft: true, depth: 0 })
  story000 = docs[0]!.id
  reporterId = (await t.payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-ray' } }, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await t?.stop()
  await smtp?.stop()
})

describe('story 000 on a fresh start', () => {
  it('has every quoted passage bound to a record, and no record for words it does not carry', async () => {
    const quotes = await quotesOf(story000)
    expect(quotes).toHaveLength(8)
    expect(quotes.every((quote) => quote.binding === 'bound')).toBe(true)
    expect(quotes.filter((quote) => quote.legal?.status === 'pending')).toHaveLength(6)
  })
})

describe('the story-000 attack: an editor unflags the pending quotes', () => {
  it('is refused for each quote (403 LEGAL_FLAG_LOCKED) over REST and GraphQL, nothing changes, and the gate still refuses', async () => {
    const pending = (await quotesOf(story000)).filter((quote) => quote.legal?.status === 'pending')
    const eventsBefore = (await eventsOf(story000)).length
    for (const quote of pending) {
      const unflag = await as('editor', 'patch', `/api/quotes/${quote.id}`, { sensitive: false })
      expect(unflag.status).toBe(403)
      expect(codeOf(unflag)).toBe('LEGAL_FLAG_LOCKED')
      expect(unflag.body.errors[0].message).toMatch(/unmark it sensitive/)

      const noReasons = await as('editor', 'patch', `/api/quotes/${quote.id}`, { sensitivityReasons: [] })
      expect(noReasons.status).toBe(403)
      const nullReasons = await as('editor', 'patch', `/api/quotes/${quote.id}`, { sensitivityReasons: null })
      expect(nullReasons.status).toBe(403)
      if (quote.speaker?.isAnonymous) {
        const named = await as('editor', 'patch', `/api/quotes/${quote.id}`, { speaker: { ...quote.speaker, isAnonymous: false } })
        expect(named.status).toBe(403)
      }
      const viaGraphql = await gql('editor', `mutation { updateQuote(id: ${quote.id}, data: { sensitive: false }) { id sensitive } }`)
      expect(viaGraphql.body.errors?.[0]?.extensions?.statusCode ?? viaGraphql.body.errors?.[0]?.extensions?.status).toBe(403)
      expect(JSON.stringify(viaGraphql.body.errors)).toMatch(/LEGAL_FLAG_LOCKED|Only legal may/)

      const after = await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })
      expect(after).toMatchObject({ sensitive: true, sensitivityReasons: quote.sensitivityReasons, legal: { status: 'pending' } })
    }
    expect((await eventsOf(story000)).length).toBe(eventsBefore)

    expect((await move('editor', story000, 'approved')).status).toBe(200)
    const publish = await move('editor', story000, 'published')
    expect(publish.status).toBe(409)
    expect(publish.body.errors[0].code).toBe('QUOTE_NOT_CLEARED')
    expect(publish.body.errors[0].reasons.filter((reason: { code: string }) => reason.code === 'QUOTE_NOT_CLEARED')).toHaveLength(pending.length)
    expect((await t.http.get(`/api/dispatches/slug/${(await working(story000)).slug}`)).status).toBe(404)
  })

  it('cannot delete them either: 403 for the editor, 409 QUOTE_BOUND naming the quote for legal while its words stand', async () => {
    const beheading = (await quotesOf(story000)).find((quote) => quote.text === BEHEADING)!
    const byEditor = await as('editor', 'delete', `/api/quotes/${beheading.id}`)
    expect(byEditor.status).toBe(403)
    expect(codeOf(byEditor)).toBe('LEGAL_FLAG_LOCKED')
    const byLegal = await as('legal', 'delete', `/api/quotes/${beheading.id}`)
    expect(byLegal.status).toBe(409)
    expect(codeOf(byLegal)).toBe('QUOTE_BOUND')
    expect(byLegal.body.errors[0].message).toContain(`Quote ${beheading.id}`)
    const bulk = await as('admin', 'delete', `/api/quotes?where[id][equals]=${beheading.id}`)
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    const viaGraphql = await gql('editor', `mutation { deleteQuote(id: ${beheading.id}) { id } }`)
    expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    // A non-sensitive bound quote: the editor may delete quotes, but not words that stand.
    const plain = (await quotesOf(story000)).find((quote) => !quote.sensitive)!
    const plainByEditor = await as('editor', 'delete', `/api/quotes/${plain.id}`)
    expect(plainByEditor.status).toBe(409)
    expect(codeOf(plainByEditor)).toBe('QUOTE_BOUND')
    expect(await quotesOf(story000)).toHaveLength(8)
    expect(await eventsOf(story000, 'quote_deleted')).toHaveLength(0)
  })

  it('cannot rewrite a bound quote away from its words, nor move it to another story (409 QUOTE_BOUND)', async () => {
    const beheading = (await quotesOf(story000)).find((quote) => quote.text === BEHEADING)!
    const softened = await as('editor', 'patch', `/api/quotes/${beheading.id}`, { text: 'They took money.' })
    expect(softened.status).toBe(409)
    expect(codeOf(softened)).toBe('QUOTE_BOUND')
    const other = await draftWith('Nothing quoted here.')
    const moved = await as('editor', 'patch', `/api/quotes/${beheading.id}`, { dispatch: other.id })
    expect(moved.status).toBe(409)
    const after = await t.payload.findByID({ collection: 'quotes', id: beheading.id, depth: 0 })
    expect(after.text).toBe(BEHEADING)
    expect(typeof after.dispatch === 'object' ? after.dispatch.id : after.dispatch).toBe(story000)
  })

  it('lets anyone who edits the quote raise it, with an audit row naming the actor, before and after', async () => {
    const plain = (await quotesOf(story000)).find((quote) => !quote.sensitive)!
    const raised = await as('editor', 'patch', `/api/quotes/${plain.id}`, { sensitive: true, sensitivityReasons: ['other'] })
    expect(raised.status).toBe(200)
    expect(raised.body.doc.legal.status).toBe('pending')
    const editor = await t.user('editor')
    const [row] = (await eventsOf(story000, 'quote_flag')).filter((event) => event.quoteRef === String(plain.id) && event.actor === editor.id)
    expect(row).toMatchObject({
      actor: editor.id,
      quote: plain.id,
      flags: {
        before: { sensitive: false, reasons: [], isAnonymous: true, hasIdentityNotes: false },
        after: { sensitive: true, reasons: ['other'], isAnonymous: true, hasIdentityNotes: false },
        changed: ['sensitive', 'sensitivityReasons'],
      },
    })
    // Now only legal may take it back down.
    expect((await as('editor', 'patch', `/api/quotes/${plain.id}`, { sensitive: false })).status).toBe(403)
    const lowered = await as('legal', 'patch', `/api/quotes/${plain.id}`, { sensitive: false, sensitivityReasons: [] })
    expect(lowered.status).toBe(200)
    const rows = (await eventsOf(story000, 'quote_flag')).filter((event) => event.quoteRef === String(plain.id) && event.actor !== null)
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ actor: (await t.user('legal')).id, flags: { after: { sensitive: false, reasons: [] } } })
    // Legal decides flags, not words.
    const rewrite = await as('legal', 'patch', `/api/quotes/${plain.id}`, { context: 'Rewritten by legal' })
    expect(rewrite.status).toBe(403)
  })

  it('records identity notes as changed for the story’s correspondent and with their values for the desk only', async () => {
    const aisha = (await quotesOf(story000)).find((quote) => quote.text === BEHEADING)!
    const res = await as('editor', 'patch', `/api/quotes/${aisha.id}`, { identityNotes: 'Real name on file with the managing editor; do not print.' })
    expect(res.status).toBe(200)
    const rowId = (await eventsOf(story000, 'quote_flag')).filter((event) => event.quoteRef === String(aisha.id)).pop()!.id
    const asDesk = await as('legal', 'get', `/api/workflow-events/${rowId}`)
    expect(asDesk.body.flags.changed).toEqual(['identityNotes'])
    expect(asDesk.body.identityNotes.after).toBe('Real name on file with the managing editor; do not print.')
    const asCorrespondent = await as('correspondent', 'get', `/api/workflow-events/${rowId}`)
    expect(asCorrespondent.status).toBe(200)
    expect(asCorrespondent.body.flags.changed).toEqual(['identityNotes'])
    expect(asCorrespondent.body.identityNotes).toBeUndefined()
    expect(JSON.stringify(asCorrespondent.body)).not.toContain('managing editor')
    const viaGraphql = await gql('correspondent', `{ WorkflowEvent(id: ${rowId}) { flags identityNotes } }`)
    expect(JSON.stringify(viaGraphql.body)).not.toContain('managing editor')
    for (const reader of ['frontend', null] as const) {
      expect((await as(reader, 'get', `/api/workflow-events/${rowId}`)).status).toBe(reader ? 403 : 403)
      const list = await as(reader, 'get', `/api/workflow-events?where[kind][equals]=quote_flag`)
      expect(list.body.docs ?? []).toHaveLength(0)
    }
  })
})

describe('duplicating story 000', () => {
  it('gives the copy its own quote records, sensitive ones pending again, nothing approved carried over', async () => {
    const source = await quotesOf(story000)
    const approvedOne = source.find((quote) => quote.sensitive && quote.legal?.status === 'pending')!
    expect((await review(approvedOne.id, 'approve')).status).toBe(200)
    const res = await as('editor', 'post', `/api/dispatches/${story000}/duplicate?draft=true`, {})
    expect(res.status).toBe(200)
    const copyId = res.body.doc.id as number
    const copies = await quotesOf(copyId)
    expect(copies.map((quote) => quote.text).sort()).toEqual(source.map((quote) => quote.text).sort())
    for (const copy of copies) {
      const original = source.find((quote) => quote.text === copy.text)!
      expect(copy.sensitive).toBe(Boolean(original.sensitive))
      expect(copy.sensitivityReasons).toEqual(original.sensitivityReasons)
      expect(copy.identityNotes ?? null).toBe(original.identityNotes ?? null)
      expect(copy.legal?.status).toBe(copy.sensitive ? 'pending' : 'not_required')
      expect(copy.legal?.reviewer ?? null).toBeNull()
      expect(copy.binding).toBe('bound')
    }
    await toApproved(copyId)
    const publish = await move('editor', copyId, 'published')
    expect(publish.status).toBe(409)
    expect(publish.body.errors[0].code).toBe('QUOTE_NOT_CLEARED')
  })

  it('through GraphQL too', async () => {
    const res = await gql('editor', `mutation { duplicateDispatch(id: ${story000}, data: { headline: "Copy of story 000", slug: "copy-of-story-000" }) { id } }`)
    const copyId = res.body.data?.duplicateDispatch?.id as number
    if (!copyId) console.log(JSON.stringify(res.body))
    expect(copyId).toBeTruthy()
    const copies = await quotesOf(copyId)
    expect(copies.filter((quote) => quote.sensitive).every((quote) => quote.legal?.status === 'pending')).toBe(true)
    expect(copies.filter((quote) => quote.sensitive).length).toBeGreaterThanOrEqual(6)
  })
})

describe('a correspondent duplicating a published story of someone else', () => {
  it('copies the live copy only: no desk notes, no unpublished working copy, no legal hold reason', async () => {
    const { docs } = await t.payload.find({ collection: 'dispatches', where: { headline: { like: 'Battle for Raqqa' } }, sort: 'createdAt', depth: 0, limit: 1 })
    const live = docs[0]!
    // The desk writes notes and a new draft on top of the live story.
    const edit = await as('editor', 'patch', `/api/dispatches/${live.id}?draft=true`, {
      editorialNotes: 'Desk only: the source asked us not to run the second half.',
      standfirst: 'An unpublished rewrite of the standfirst',
    })
    expect(edit.status).toBe(200)
    const res = await as('correspondent', 'post', `/api/dispatches/${live.id}/duplicate?draft=true`, {})
    expect(res.status).toBe(200)
    expect(res.body.doc.editorialNotes ?? null).toBeNull()
    const copy = await working(res.body.doc.id)
    expect(copy.editorialNotes ?? null).toBeNull()
    expect(copy.standfirst).toBe(live.standfirst)
    const read = await as('correspondent', 'get', `/api/dispatches/${res.body.doc.id}?draft=true`)
    expect(JSON.stringify(read.body)).not.toContain('Desk only')
    expect(JSON.stringify(read.body)).not.toContain('unpublished rewrite')
  })
})

describe('quoted speech typed into the body', () => {
  it('becomes a pending quote record that blocks the publish, and legal is mailed once', async () => {
    const story = await draftWith('Shelling resumed at first light.')
    expect(await quotesOf(story.id)).toHaveLength(0)
    const mailsBefore = smtp.mails.length
    expect((await saveBody('editor', story.id, ['Shelling resumed at first light.', ORDER])).status).toBe(200)
    const [quote] = await quotesOf(story.id)
    expect(quote).toMatchObject({ text: 'We executed every prisoner at dawn.', sensitive: true, binding: 'bound', legal: { status: 'pending' } })
    expect(quote!.speaker?.name).toMatch(/militia commander/)
    await toApproved(story.id)
    const publish = await move('editor', story.id, 'published')
    expect(publish.status).toBe(409)
    expect(publish.body.errors[0].reasons.map((reason: { subject?: { id: number } }) => reason.subject?.id)).toContain(quote!.id)

    // Autosaves while typing: the same record follows the words, legal is not mailed again.
    for (const typed of ['We executed every prisoner at dawn yesterday', 'We executed every prisoner at dawn yesterday morning']) {
      const res = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true&autosave=true`, {
        body: body('Shelling resumed at first light.', `"${typed}," a militia commander told his men over the radio.`),
      })
      expect(res.status).toBe(200)
    }
    const after = await quotesOf(story.id)
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({ id: quote!.id, text: 'We executed every prisoner at dawn yesterday morning.', legal: { status: 'pending' } })
    await smtp.waitFor((mail) => mail.text.includes('We executed every prisoner'))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.mails.slice(mailsBefore).filter((mail) => mail.text.includes('We executed every prisoner'))).toHaveLength(1)
  })

  it('re-pends an approved quote edited in place, and a rejected one blocks until its words leave', async () => {
    const story = await draftWith(ORDER)
    const [quote] = await quotesOf(story.id)
    expect((await review(quote!.id, 'reject', 'Unverifiable')).status).toBe(200)
    await toApproved(story.id)
    expect((await move('editor', story.id, 'published')).status).toBe(409)
    expect((await move('editor', story.id, 'in_review')).status).toBe(200)
    // Words removed: the rejected quote is unbound, no longer public or blocking, and may be deleted by legal.
    expect((await saveBody('editor', story.id, ['The commander’s order could not be verified.'])).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote!.id, depth: 0 })).binding).toBe('unbound')
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    // Legal decided on this story (it rejected the quote): the new text goes out only once legal
    // approves it as it stands (the seal holds once legal has decided, docs/legal.md).
    expect((await move('editor', story.id, 'published')).body.errors?.[0]?.code).toBe('LEGAL_READ_REQUIRED')
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, await reviewing(t.payload, 'dispatches', story.id, { decision: 'approve' }))).status).toBe(200)
    const published = await move('editor', story.id, 'published')
    expect(published.status).toBe(200)
    expect((await as(null, 'get', `/api/quotes/${quote!.id}`)).status).toBe(404)
    expect((await as('editor', 'delete', `/api/quotes/${quote!.id}`)).status).toBe(403)
    const deleted = await as('legal', 'delete', `/api/quotes/${quote!.id}`)
    expect(deleted.status).toBe(200)
    const [row] = await eventsOf(story.id, 'quote_deleted')
    expect(row).toMatchObject({ actor: (await t.user('legal')).id, quoteRef: String(quote!.id), flags: { before: { sensitive: true }, after: null } })
  })

  it('an approval does not survive a small edit of the words', async () => {
    const story = await draftWith(ORDER)
    const [quote] = await quotesOf(story.id)
    expect((await review(quote!.id, 'approve')).status).toBe(200)
    expect((await saveBody('editor', story.id, [ORDER.replace('every prisoner', 'every last prisoner')])).status).toBe(200)
    const [after] = await quotesOf(story.id)
    expect(after).toMatchObject({ id: quote!.id, text: 'We executed every last prisoner at dawn.', legal: { status: 'pending' } })
  })

  it('words moved out of quote marks still hold the publish, so stripping the marks routes around nothing (the record is no speech: unbound)', async () => {
    const story = await draftWith(ORDER)
    const [quote] = await quotesOf(story.id)
    expect((await saveBody('editor', story.id, ['We executed every prisoner at dawn, a militia commander told his men.'])).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote!.id, depth: 0 })).binding).toBe('unbound')
    await toApproved(story.id)
    expect((await move('editor', story.id, 'published')).status).toBe(409)
  })
})

describe('other doors to the body', () => {
  it('GraphQL: speech typed into the body through updateDispatch is recorded, pending legal', async () => {
    const story = await draftWith('Shelling resumed at first light.')
    const data = JSON.stringify({ body: body('Shelling resumed at first light.', ORDER) })
    const res = await gql('editor', `mutation($data: mutationDispatchUpdateInput!) { updateDispatch(id: ${story.id}, draft: true, data: $data) { id } }`, JSON.parse(`{"data": ${data}}`))
    expect(res.body.errors ?? null).toBeNull()
    const [quote] = await quotesOf(story.id)
    expect(quote).toMatchObject({ text: 'We executed every prisoner at dawn.', sensitive: true, legal: { status: 'pending' }, binding: 'bound' })
  })

  it('the correspondent’s own draft over REST: the same binding, as the filer', async () => {
    const res = await as('correspondent', 'post', '/api/dispatches?draft=true', {
      headline: `Filed from the field ${Date.now()}`,
      byline: [{ correspondent: reporterId, role: 'reporter' }],
      body: body(ORDER),
    })
    expect(res.status).toBe(201)
    const [quote] = await quotesOf(res.body.doc.id)
    expect(quote).toMatchObject({ sensitive: true, legal: { status: 'pending' }, createdBy: (await t.user('correspondent')).id })
    // The filer may raise it, not lower it.
    expect((await as('correspondent', 'patch', `/api/quotes/${quote!.id}`, { sensitivityReasons: [...(quote!.sensitivityReasons ?? []), 'other'] })).status).toBe(200)
    expect(codeOf(await as('correspondent', 'patch', `/api/quotes/${quote!.id}`, { sensitivityReasons: ['other'] }))).toBe('LEGAL_FLAG_LOCKED')
    expect(codeOf(await as('correspondent', 'patch', `/api/quotes/${quote!.id}`, { sensitive: false }))).toBe('LEGAL_FLAG_LOCKED')
  })

  it('copy intake records each quoted passage once, and saving the imported draft again adds none', async () => {
    const text = `Militia accused of killings in Tal Abyad\n\nResidents described the arrests to our correspondent.\n\n${ORDER}\n\n"The bread ran out on Tuesday," said Ahmed Saleh, a baker.`
    const res = await as('editor', 'post', '/api/dispatches/ingest', { text })
    expect(res.status).toBe(201)
    const id = res.body.dispatch.id as number
    const quotes = await quotesOf(id)
    expect(quotes.map((quote) => quote.text).sort()).toEqual(['The bread ran out on Tuesday.', 'We executed every prisoner at dawn.'])
    expect(res.body.quotes.map((quote: { id: number }) => quote.id).sort()).toEqual(quotes.map((quote) => quote.id).sort())
    expect(quotes.find((quote) => quote.sensitive)?.legal?.status).toBe('pending')
    const copy = await working(id)
    expect((await as('editor', 'patch', `/api/dispatches/${id}?draft=true&autosave=true`, { body: copy.body })).status).toBe(200)
    expect(await quotesOf(id)).toHaveLength(2)
  })
})

describe('restoring a version', () => {
  it('brings the bound records back with the words; records of the words it drops become unbound', async () => {
    const story = await draftWith(ORDER)
    const [first] = await quotesOf(story.id)
    const other = '"The bridge is mined and we will blow it if they come," said a fighter who gave only his nickname.'
    expect((await saveBody('editor', story.id, [other])).status).toBe(200)
    const afterEdit = await quotesOf(story.id)
    expect(afterEdit.find((quote) => quote.id === first!.id)!.binding).toBe('unbound')
    const second = afterEdit.find((quote) => quote.id !== first!.id)!
    expect(second.binding).toBe('bound')

    const { docs: versions } = await t.payload.findVersions({ collection: 'dispatches', where: { parent: { equals: story.id } }, sort: 'createdAt', depth: 0 })
    const original = versions.find((version) => JSON.stringify(version.version.body).includes('executed every prisoner'))!
    const restore = await as('editor', 'post', `/api/dispatches/versions/${original.id}?draft=true`)
    if (restore.status !== 200) console.log(JSON.stringify(restore.body))
    expect(restore.status).toBe(200)
    const restored = await quotesOf(story.id)
    expect(restored.find((quote) => quote.id === first!.id)!.binding).toBe('bound')
    expect(restored.find((quote) => quote.id === second.id)!.binding).toBe('unbound')
    expect(restored).toHaveLength(2)
    await toApproved(story.id)
    expect((await move('editor', story.id, 'published')).status).toBe(409)
  })
})

describe('GET /api/dispatches/:id/quoted-passages', () => {
  it('shows the body editor each quoted passage with the record that holds it and its legal state', async () => {
    const res = await as('editor', 'get', `/api/dispatches/${story000}/quoted-passages`)
    expect(res.status).toBe(200)
    const jihad = res.body.passages.find((passage: { text: string }) => passage.text === 'Now is the time for Jihad.')
    expect(jihad).toMatchObject({ sensitive: true, quote: { binding: 'bound', sensitive: true }, changedSinceRecorded: false })
    expect(typeof jihad.paragraph).toBe('number')
    expect(res.body.passages.every((passage: { quote: unknown }) => passage.quote !== null)).toBe(true)
    // The scare-quoted description of Sally Jones is a record bound by its words, not a passage of speech.
    expect(res.body.otherQuotes.map((quote: { text: string }) => quote.text)).toContain('from London … green eyes and blonde')
  })

  it('answers the story’s correspondent, and nobody outside the desk and the story', async () => {
    expect((await as('correspondent', 'get', `/api/dispatches/${story000}/quoted-passages`)).status).toBe(200)
    const { docs } = await t.payload.find({ collection: 'dispatches', where: { headline: { like: 'Battle for Raqqa' } }, sort: 'createdAt', depth: 0, limit: 1 })
    const notTheirs = await as('correspondent', 'get', `/api/dispatches/${docs[0]!.id}/quoted-passages`)
    expect([notTheirs.status, codeOf(notTheirs)]).toEqual([404, 'NOT_FOUND'])
    expect((await as('frontend', 'get', `/api/dispatches/${story000}/quoted-passages`)).status).toBe(403)
    expect((await as(null, 'get', `/api/dispatches/${story000}/quoted-passages`)).status).toBe(401)
    expect((await as('editor', 'get', `/api/dispatches/nope/quoted-passages`)).status).toBe(404)
  })
})

describe('public reads', () => {
  it('never show a quote whose words were not in the story when it went out; one removed later goes at the next publish', async () => {
    const story = await draftWith('"The water ran out on Tuesday," said Ahmed Saleh, a baker.')
    const [quote] = await quotesOf(story.id)
    expect(quote!.sensitive).toBe(false)
    // A quote recorded by hand for words the story does not carry: unbound, never public.
    const stray = await as('editor', 'post', '/api/quotes', { text: 'Words that are in no story.', dispatch: story.id })
    expect(stray.status).toBe(201)
    expect(stray.body.doc.binding).toBe('unbound')
    await toApproved(story.id)
    expect((await move('editor', story.id, 'published')).status).toBe(200)
    expect((await as(null, 'get', `/api/quotes/${quote!.id}`)).status).toBe(200)
    expect((await as(null, 'get', `/api/quotes/${stray.body.doc.id}`)).status).toBe(404)

    // A correction takes the baker's words out: the live copy still carries them until it is republished.
    expect((await move('editor', story.id, 'in_review', 'Correction: the baker asked us to drop his words')).status).toBe(200)
    expect((await saveBody('editor', story.id, ['Residents said supplies were short.'])).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote!.id, depth: 0 })).binding).toBe('unbound')
    expect((await as(null, 'get', `/api/quotes/${quote!.id}`)).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    expect((await move('editor', story.id, 'published')).status).toBe(200)
    expect((await as(null, 'get', `/api/quotes/${quote!.id}`)).status).toBe(404)
    expect((await as('frontend', 'get', `/api/quotes?where[dispatch][equals]=${story.id}`)).body.docs).toHaveLength(0)
    const viaGraphql = await gql(null, `{ Quotes(where: { dispatch: { equals: ${story.id} } }) { docs { id } } }`)
    expect(viaGraphql.body.data.Quotes.docs).toHaveLength(0)
    // Readers may not even ask about the binding.
    const probe = await as(null, 'get', `/api/quotes?where[binding][equals]=unbound`)
    expect(probe.status === 200 ? probe.body.docs : []).toHaveLength(0)
  })
})
