import { readFileSync } from 'node:fs'
import path from 'node:path'

import { extractStory, toDryRun, type DryRun } from '../../../src/ingest/extract'
import { formatScores, scoreStory, totals, type StoryScore } from './score'

/**
 * Intake measured on copy it was not tuned on. Each round is three stories written after the
 * extractor's rules were settled, with the extraction a lawyer and an editor expect, and never
 * changed afterwards. Rounds 1 to 9 were each measured once, before any change, and then tuned on
 * (those first figures are in docs/intake.md); round 10 was written after the last change and has
 * not been tuned on. Issue 9's targets are asserted on round 10; the ones it does not meet yet are
 * `it.failing`, so this file turns red the day they are met and the note must change with them.
 */
const ROUNDS: Record<string, string[]> = {
  round1: ['market-luton', 'wildfire-mati', 'accountant-harbourside'],
  round2: ['shooting-marseille', 'crossing-calais', 'report-stcolumba'],
  round3: ['council-northmoor', 'quake-malatya', 'soldier-kessa'],
  round4: ['teacher-swindon', 'aid-sindh', 'hostage-gao'],
  round5: ['unrest-rotherby', 'mine-pwlldu', 'defector-vienna'],
  round6: ['polling-kisumu', 'fraud-bristol', 'landslide-valdosso'],
  round7: ['sentencing-birmingham', 'buscrash-limerick', 'dissident-istanbul'],
  round8: ['mosque-leicester', 'carehome-swansea', 'swimmer-loughborough'],
  round9: ['festival-kent', 'raid-tawila', 'bank-harrogate'],
  round10: ['footballer-newcastle', 'typhoon-samar', 'emails-marshlane'],
}
const UNTUNED = 'round10'

function score(round: string): StoryScore[] {
  const dir = path.resolve(process.cwd(), 'test/unit/ingest/heldout', round)
  return ROUNDS[round].map((name) => {
    const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8')
    const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as DryRun
    return scoreStory(name, expected, toDryRun(extractStory(text)))
  })
}

const scores = Object.fromEntries(Object.keys(ROUNDS).map((round) => [round, score(round)]))
const untuned = totals(scores[UNTUNED])
const tuned = totals(Object.keys(ROUNDS).filter((round) => round !== UNTUNED).flatMap((round) => scores[round]))

beforeAll(() => {
  const report = Object.keys(ROUNDS).map(
    (round) => `\nintake, held-out ${round}${round === UNTUNED ? ' (not tuned on)' : ' (tuned on since its first measurement)'}:\n${formatScores(scores[round])}`,
  )
  process.stdout.write(`${report.join('\n')}\n`)
})

describe(`on stories it was not tuned on (${UNTUNED})`, () => {
  // Not met on round 10: 8 of 9 (a statement "read" before a colon).
  it.failing('finds every quote', () => {
    expect(untuned.quotesFound).toBe(untuned.quotesExpected)
  })

  // Not met on round 10: 4 of 9 (docs/intake.md says which constructions it missed).
  it.failing('names at least 90% of speakers by their full name as first printed', () => {
    expect(untuned.speakersRight / untuned.quotesExpected).toBeGreaterThanOrEqual(0.9)
  })

  // Not met on round 10: 3 of 6.
  it.failing('flags every quote a lawyer must see', () => {
    expect(untuned.mustFlagFound).toBe(untuned.mustFlag)
  })

  // Not met on round 10: 3 of 4.
  it.failing('flags with at least 90% precision', () => {
    expect(untuned.flaggedCorrectly / untuned.flagged).toBeGreaterThanOrEqual(0.9)
  })
})

describe('on the earlier rounds, since tuned on (no regression)', () => {
  it('finds every quote and names every speaker', () => {
    expect([tuned.quotesFound, tuned.speakersRight]).toEqual([tuned.quotesExpected, tuned.quotesExpected])
  })

  it('flags no quote a lawyer would not', () => {
    expect(tuned.flaggedCorrectly).toBe(tuned.flagged)
  })
})
