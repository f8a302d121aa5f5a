/**
 * Once legal has decided on a story, its seal holds whatever the rules flag in it now (src/legal/
 * sealed.ts sealRequired; the fourth red team's family 6). Rewording a flagged sentence into words
 * the rules do not know, after legal rejected it or after it went out approved, is a change legal
 * has not seen: the publish waits for legal. A story legal never touched publishes as before.
 */
import { legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const { as, draftWith, move, publish, publishNow, gateAnswer, printedIf, body } = legalStory(() => t, {
  headline: 'Seal holds',
  decisionsNameWhatStands: true,
})

const LEAD = 'Shelling resumed at first light.'
const NAMED = 'Tom Reyes ran the charity for a decade.'
const ALLEGATION = 'Tom Reyes is accused of fraud.'
const REWORDED = 'Tom Reyes helped himself to the pension money.'

const approveStory = (id: number) => as('legal', 'post', `/api/dispatches/${id}/legal-review`, { decision: 'approve' })
const rejectStory = (id: number) => as('legal', 'post', `/api/dispatches/${id}/legal-review`, { decision: 'reject', note: 'We cannot print the fraud claim.' })
const saveDraft = (id: number, data: Record<string, unknown>) => as('editor', 'patch', `/api/dispatches/${id}?draft=true`, data)

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t?.stop()
})

describe('legal decided on the story: the flagged words reworded into ones the rules do not know', () => {
  it('legal rejects the allegation; the editor rewords it: the publish waits for legal', async () => {
    const story = await draftWith({ body: body(LEAD, NAMED, ALLEGATION) })
    expect((await rejectStory(story.id)).status).toBe(200)
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
    expect((await saveDraft(story.id, { body: body(LEAD, NAMED, REWORDED) })).status).toBe(200)
    const res = await publishNow(story.id)
    expect({ publish: gateAnswer(res), printed: (await printedIf(res, story.slug)).includes(REWORDED) }).toEqual({ publish: 'held by the gate', printed: false })
  })

  it('legal approves, the story goes live; the editor swaps the allegation for another in other words: the correction waits for legal, then goes out once legal approves it', async () => {
    const story = await draftWith({ body: body(LEAD, NAMED, ALLEGATION) })
    expect((await approveStory(story.id)).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
    const worse = 'Tom Reyes had sex with a 13-year-old girl.'
    expect((await saveDraft(story.id, { body: body(LEAD, NAMED, worse) })).status).toBe(200)
    expect((await move('editor', story.id, 'in_review', 'An earlier version of this story was updated.')).status).toBe(200)
    const held = await publishNow(story.id)
    expect({ publish: gateAnswer(held), printed: (await printedIf(held, story.slug)).includes(worse) }).toEqual({ publish: 'held by the gate', printed: false })
    expect((await approveStory(story.id)).status).toBe(200)
    const res = await publishNow(story.id)
    expect({ status: res.status, printed: (await printedIf(res, story.slug)).includes(worse) }).toEqual({ status: 200, printed: true })
  })

  it('control: the rewording kept beside the flagged sentence is held', async () => {
    const story = await draftWith({ body: body(LEAD, NAMED, ALLEGATION) })
    expect((await approveStory(story.id)).status).toBe(200)
    expect((await saveDraft(story.id, { body: body(LEAD, NAMED, ALLEGATION, REWORDED) })).status).toBe(200)
    expect(gateAnswer(await publishNow(story.id))).toBe('held by the gate')
  })

  it('near miss: a story legal never decided on, edited and published, needs no legal', async () => {
    const story = await draftWith({ body: body(LEAD, NAMED) })
    expect((await saveDraft(story.id, { body: body(LEAD, NAMED, 'The charity opened a second shop.') })).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
  })
})
