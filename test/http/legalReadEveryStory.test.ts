/**
 * LEGAL_READ_EVERY_STORY=true: legal reads every story before it goes out, not only those the
 * word rules flag. The fourth red team's accusations in words the rules do not know, and the
 * held-out stories whose must-flag quotes the rules miss, all wait for legal under it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const { as, draftWith, move, publish, publishNow, gateAnswer, printedIf, upload, body } = legalStory(() => t, {
  headline: 'Every story',
  decisionsNameWhatStands: true,
})
const approveStory = (id: number) => as('legal', 'post', `/api/dispatches/${id}/legal-review`, { decision: 'approve' })

beforeAll(async () => {
  t = await startTestApp({ LEGAL_READ_EVERY_STORY: 'true' })
})
afterAll(async () => {
  await t?.stop()
})

const LEAD = 'Shelling resumed at first light.'
const NAMED = 'Tom Reyes ran the charity for a decade.'

describe('every story waits for legal', () => {
  it.each([
    'Tom Reyes robbed the post office in 2019.',
    'Tom Reyes cooked the books at the charity for a decade.',
    'Tom Reyes helped himself to the pension money.',
    'Tom Reyes embezzeled the council pension fund.',
    'Tom Reyes a robado el dinero de la organización benéfica.',
  ])('%s: held until legal approves it, then out', async (sentence) => {
    const story = await draftWith({ body: body(LEAD, NAMED, sentence) })
    const held = await publish(story.id)
    expect({ publish: gateAnswer(held), printed: (await printedIf(held, story.slug)).includes(sentence) }).toEqual({ publish: 'held by the gate', printed: false })
    expect((await approveStory(story.id)).status).toBe(200)
    const res = await publishNow(story.id)
    expect({ status: res.status, printed: (await printedIf(res, story.slug)).includes(sentence) }).toEqual({ status: 200, printed: true })
  })

  it("legal's queue lists a story with nothing flagged once it is submitted, not while it is being written", async () => {
    const story = await draftWith({ body: body(LEAD, 'The library opened on Monday with two thousand books.') })
    const queued = async () => ((await as('legal', 'get', '/api/dispatches/legal-queue')).body.stories as Array<{ id: number }>).some((item) => item.id === story.id)
    expect(await queued()).toBe(false)
    expect((await move('editor', story.id, 'in_review')).status).toBe(200)
    expect(await queued()).toBe(true)
    // And a flagged draft is legal's from its first save, as with the policy off.
    const flaggedDraft = await draftWith({ body: body(LEAD, NAMED, 'Tom Reyes stole money from the charity he ran.') })
    expect(((await as('legal', 'get', '/api/dispatches/legal-queue')).body.stories as Array<{ id: number }>).some((item) => item.id === flaggedDraft.id)).toBe(true)
  })

  it('an edit after legal approved it waits again; legal cannot be asked to drop the read', async () => {
    const story = await draftWith({ body: body(LEAD, NAMED) })
    expect((await approveStory(story.id)).status).toBe(200)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(LEAD, NAMED, 'The charity opened a second shop.') })).status).toBe(200)
    expect(gateAnswer(await publishNow(story.id))).toBe('held by the gate')
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-read`, { required: false, note: 'Routine' })).status).toBe(200)
    expect(gateAnswer(await publishNow(story.id))).toBe('held by the gate')
  })

  it.each(['boat-interception', 'waiting-lists-whistleblower'])('held-out round 17 %s, filed through intake: its text waits for legal', async (name) => {
    const text = readFileSync(path.resolve(process.cwd(), 'test/unit/ingest/heldout/round17', `${name}.txt`), 'utf8')
    const res = await t.http.post('/api/dispatches/ingest').set('Authorization', `JWT ${await t.token('editor')}`).set('Content-Type', 'text/plain; charset=utf-8').send(text)
    expect(res.status).toBe(201)
    const dispatch = await t.payload.findByID({ collection: 'dispatches', id: res.body.dispatch.id as number, draft: true, depth: 0 })
    expect(dispatch.legalRead).toMatchObject({ required: true, status: 'pending' })
  })

  const ROBBED = 'Tom Reyes robbed the post office in 2019.'
  /** A story legal approved and that went out, showing `data`'s picture or byline. */
  async function approvedLive(data: Record<string, unknown>) {
    const story = await draftWith({ body: body(LEAD, 'The council met in private on Monday.'), ...data })
    expect((await approveStory(story.id)).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
    return story
  }

  it('the caption of a picture a live story shows, in words the rules do not know: 409, readers keep the old caption', async () => {
    const asset = await upload()
    const story = await approvedLive({ media: [asset.id] })
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: `A man leaves the town hall. ${ROBBED}` })
    const page = await as(null, 'get', `/api/dispatches/slug/${story.slug}`)
    expect({ status: res.status, printed: JSON.stringify(page.body).includes('robbed the post office') }).toEqual({ status: 409, printed: false })
  })

  it('the bio of a correspondent a live story bylines: 409, the profile unchanged', async () => {
    const made = await as('editor', 'post', '/api/correspondents', { name: `Ana Silva ${Date.now()}`, kind: 'reporter' })
    expect(made.status).toBe(201)
    const person = made.body.doc as { id: number; slug: string }
    await approvedLive({ byline: [{ correspondent: person.id, role: 'reporter' }] })
    const res = await as('editor', 'patch', `/api/correspondents/${person.id}`, { bio: `Ana covers the council. ${ROBBED}` })
    const shown = await t.http.get(`/api/correspondents/slug/${person.slug}`)
    expect({ status: res.status, printed: JSON.stringify(shown.body).includes('robbed the post office') }).toEqual({ status: 409, printed: false })
  })

  it('a correction whose note carries the accusation: the publish waits for legal', async () => {
    const story = await approvedLive({})
    expect((await move('editor', story.id, 'in_review', `An earlier version misnamed the treasurer. ${ROBBED}`)).status).toBe(200)
    const res = await publishNow(story.id)
    expect({ publish: gateAnswer(res), printed: (await printedIf(res, story.slug)).includes('robbed the post office') }).toEqual({ publish: 'held by the gate', printed: false })
  })
})
