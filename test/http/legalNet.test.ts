/**
 * The second net under copy intake. Intake's quote flags miss some quotes a lawyer must see on
 * copy it has never seen (docs/intake.md: 15 of 23 on the sealed rounds). Each held-out story is
 * filed through POST /api/dispatches/ingest as a reporter would, and every quote its expectation
 * says legal must see is then either a quote record waiting for legal, or inside a story that
 * cannot publish before legal approves its whole printed text. A story with neither would go out
 * with a quote no lawyer read: this test names it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { DryRun } from '../../src/ingest/extract'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
const root = path.resolve(process.cwd(), 'test/unit/ingest/heldout')
const stories = readdirSync(root)
  .filter((round) => /^round\d+$/.test(round))
  .flatMap((round) =>
    readdirSync(path.join(root, round))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => ({ round, name: file.replace(/\.txt$/, ''), dir: path.join(root, round) })),
  )
  .filter(({ dir, name }) => (JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as DryRun).quotes.some((q) => q.sensitive))

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t?.stop()
})

const words = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/[.,]$/, '')

describe('every quote a lawyer must see, in every held-out story filed through intake', () => {
  it('has stories to try (the held-out rounds, the sealed ones among them)', () => {
    expect(stories.length).toBeGreaterThanOrEqual(30)
    expect(stories.some((s) => s.round === 'round15')).toBe(true)
  })

  // In these stories must-flag quotes go out with neither a pending record nor a legal read of
  // the text (docs/intake.md, docs/legal.md "Open"): round 17's two (a refugee mother's words, a
  // leaked email by a named manager, still missed after round 17 was tuned on) and, at round 18's
  // one blind measurement, the earthquake story (a child survivor's words and a man who gave
  // only his first name accusing officials of looting). Each turns green, and must leave this
  // list, the day it holds. (Round 19's interview left it when round 19 was tuned on; round 20's
  // six held at first sight; round 21's leaked damp-complaints story held once round 21 was tuned
  // on; of round 22's six at first sight, the leaked waiting-list story does not; round 23's six
  // hold, at first sight and tuned; of round 24's six at first sight, the interview does not;
  // of round 25's six at first sight, the building collapse does not, nor after round 25 was tuned
  // on; of round 26's six at first sight, the mine rockfall does not.)
  const UNREAD = new Set([
    'round17/boat-interception',
    'round17/waiting-lists-whistleblower',
    'round22/dublin-hospital-waiting-list-leak',
    'round24/argentina-referee-ferraro-interview',
    'round25/lagos-building-collapse',
    'round26/kleinfontein-deep-mine-rockfall',
  ])
  const cases = stories.map((s) => [`${s.round}/${s.name}`, s] as const)
  it.failing.each(cases.filter(([label]) => UNREAD.has(label)))('%s: waits for legal, as a quote or in the text legal reads (not yet)', async (_label, story) => {
    await expectEveryMustFlagWaits(story)
  })
  it.each(cases.filter(([label]) => !UNREAD.has(label)))('%s: waits for legal, as a quote or in the text legal reads', async (_label, story) => {
    await expectEveryMustFlagWaits(story)
  })
})

async function expectEveryMustFlagWaits(story: (typeof stories)[number]): Promise<void> {
  {
    const text = readFileSync(path.join(story.dir, `${story.name}.txt`), 'utf8')
    const expected = JSON.parse(readFileSync(path.join(story.dir, `${story.name}.expected.json`), 'utf8')) as DryRun
    const res = await t.http
      .post('/api/dispatches/ingest')
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(text)
    expect(res.status).toBe(201)
    const id = res.body.dispatch.id as number
    const dispatch = await t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
    const quotes = await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: id } }, pagination: false, depth: 0 })
    const textRead = dispatch.legalRead?.status === 'pending'
    const unread = expected.quotes
      .filter((want) => want.sensitive)
      .filter((want) => {
        const record = quotes.docs.find((q) => words(q.text) === words(want.text))
        const waits = record !== undefined && record.sensitive === true && record.legal?.status === 'pending'
        return !waits && !textRead
      })
      .map((want) => want.text)
    expect(unread).toEqual([])
  }
}
