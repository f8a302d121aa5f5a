import { readFileSync } from 'node:fs'
import path from 'node:path'

import { extractStory, toDryRun, type DryRun } from '../../../src/ingest/extract'
import { formatScores, scoreStory } from './score'

/**
 * Six stories written for intake in house style, each with the extraction a lawyer and an editor
 * expect from reading it (written before the extractor ran on them): a court report, a disaster,
 * a protest, a child witness, a leaked document and an interview. They use the constructions copy
 * from other hands brings: colon quotes, a speaker named in an apposition, "gave his name only
 * as", later short references, pronouns, an anonymous source about an arrested or charged person.
 */
export const NEW_STORIES = ['court-harbour', 'disaster-setubal', 'protest-belgrade', 'child-adre', 'leak-severn', 'interview-kravets']

const dir = path.resolve(process.cwd(), 'test/unit/ingest/stories')
export const load = (name: string): { text: string; expected: DryRun } => ({
  text: readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
  expected: JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as DryRun,
})

describe.each(NEW_STORIES)('%s: the full expected extraction', (name) => {
  const { text, expected } = load(name)
  const dry = toDryRun(extractStory(text))

  it('reads headline, standfirst, byline with titles as printed, and pictures', () => {
    expect([dry.headline, dry.standfirst]).toEqual([expected.headline, expected.standfirst])
    expect(dry.correspondents).toEqual(expected.correspondents)
    expect(dry.media).toEqual(expected.media)
  })

  it('finds every quote with its speaker, description and legal flags', () => {
    expect(dry.quotes).toEqual(expected.quotes)
  })

  it('flags the narrative passages legal must read, and no others', () => {
    expect(dry.passages).toEqual(expected.passages)
  })
})

it('prints the figures for the six stories', () => {
  const scores = NEW_STORIES.map((name) => {
    const { text, expected } = load(name)
    return scoreStory(name, expected, toDryRun(extractStory(text)))
  })
  process.stdout.write(`\nintake on the six new stories:\n${formatScores(scores)}\n`)
  expect(scores).toHaveLength(6)
})
