import { readFileSync } from 'node:fs'
import path from 'node:path'

import { extractStory, toDryRun, type DryRun } from '../../../src/ingest/extract'
import { formatScores, scoreStory, totals } from './score'

/**
 * Intake measured on copy it was not tuned on: three stories written after the extractor's rules
 * were settled, with the extraction a lawyer and an editor expect, and not changed since. The
 * figures are printed per story; the targets of issue 9 are asserted on the total.
 */
const HELD_OUT = ['market-luton', 'wildfire-mati', 'accountant-harbourside']
const dir = path.resolve(process.cwd(), 'test/unit/ingest/heldout')

const scores = HELD_OUT.map((name) => {
  const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8')
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as DryRun
  return scoreStory(name, expected, toDryRun(extractStory(text)))
})
const total = totals(scores)

beforeAll(() => {
  process.stdout.write(`\nintake on the held-out stories:\n${formatScores(scores)}\n`)
})

it('finds every quote', () => {
  expect(total.quotesFound).toBe(total.quotesExpected)
})

it('names at least 90% of speakers by their full name as first printed', () => {
  expect(total.speakersRight / total.quotesExpected).toBeGreaterThanOrEqual(0.9)
})

it('flags every quote a lawyer must see', () => {
  expect(total.mustFlagFound).toBe(total.mustFlag)
})

it('flags with at least 90% precision', () => {
  expect(total.flaggedCorrectly / total.flagged).toBeGreaterThanOrEqual(0.9)
})
