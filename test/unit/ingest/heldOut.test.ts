import { readFileSync } from 'node:fs'
import path from 'node:path'

import { extractStory, toDryRun, type DryRun } from '../../../src/ingest/extract'
import { formatScores, scoreStory, totals, type StoryScore } from './score'

/**
 * Intake measured on copy it was not tuned on. Each round is three stories written after the
 * extractor's rules were settled, with the extraction a lawyer and an editor expect, and never
 * changed afterwards. Every round was measured once, before any change (those first figures are
 * in docs/intake.md), and then tuned on. `UNTUNED` names the rounds not tuned on yet, if any:
 * issue 9's targets are asserted on them. Rounds 14 and 15 were the first sealed set (written by a
 * writer who never saw the extractor or the other rounds, measured once after rounds 10–13 were
 * tuned on); they have since been tuned on too, and so has round 16 (the second sealed set), so `UNTUNED` is
 * empty until the next sealed round.
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
  round11: ['ferry-gotland', 'protest-barcelona', 'trial-leeds'],
  round12: ['halfmarathon-valencia', 'robbery-dundee', 'spills-severn'],
  round13: ['novelist-sintra', 'plant-zilina', 'theft-ghent'],
  round14: ['landlord-glasgow', 'ferry-sulawesi', 'protest-tbilisi'],
  round15: ['lollipop-norwich', 'spills-kendal', 'detective-liverpool'],
  round16: ['custody-inquest-wolverhampton', 'flood-warning-calder', 'picket-line-doncaster', 'school-complaints-swindon', 'arms-export-leak', 'expenses-interview-halloran'],
  round17: ['trial-sheffield', 'wildfire-glenmarrow', 'waiting-lists-whistleblower', 'youth-coach-allegations', 'boat-interception', 'tycoon-interview'],
  round18: ['landlord-manslaughter-trial', 'care-home-neglect-larchfield', 'atlas-earthquake-tizgui', 'holloway-down-camp-raid', 'leaked-contract-adviser-kestrel', 'dunmere-town-unpaid-wages'],
  round19: ['leeds-housing-fraud-trial', 'bohol-ferry-fire', 'coventry-depot-picket-clashes', 'northmoor-hospital-leaked-emails', 'swindon-bus-stop-attack', 'ferrier-rowing-federation-interview'],
  round22: ['auckland-restaurant-arson-trial', 'batangas-ferry-capsize', 'liege-eviction-riot', 'alberta-school-bus-crash', 'dublin-hospital-waiting-list-leak', 'altamar-mayor-interview'],
  round21: ['cardiff-punch-sentencing', 'greece-wildfire-power-line', 'oosterdijk-asylum-protest', 'brisbane-school-seclusion-room', 'kirkgate-homes-damp-leak', 'quinlivan-chef-interview'],
  round24: ['vancouver-restaurant-arson-trial', 'benguet-landslide-quarry', 'santiago-pensions-march-arrests', 'clare-girl-112-call-grandfather', 'highveld-water-leaked-audit', 'argentina-referee-ferraro-interview'],
  round23: ['doorman-murder-trial', 'atlas-earthquake-imlouane', 'cranmore-market-eviction-protest', 'crossing-patrol-hit-and-run-girl', 'severn-vale-housing-leaked-review', 'nia-castell-referee-interview'],
  round26: ['otago-cyclist-hit-and-run-sentencing', 'kleinfontein-deep-mine-rockfall', 'porto-vedra-dock-strike-arrests', 'santilario-wildfire-boy-witness', 'harbourview-hospital-leaked-emails', 'kamisaki-ama-diver-interview'],
  round25: ['mayo-boundary-murder-trial', 'lagos-building-collapse', 'santiago-water-march-arrests', 'pomerania-boy-river-pollution-video', 'amanzi-kei-water-audit-leak', 'celeste-amaral-fado-interview'],
  round20: ['barman-stabbing-murder-trial', 'mwangaza-building-collapse', 'saint-ivaren-dock-strike-clashes', 'glenmorvie-schoolboy-attack-video', 'banksia-grove-leaked-falls-emails', 'harbour-light-founder-interview'],
}
/**
 * Round 17: six stories by a writer who never saw the extractor, written while rounds 14–16 were
 * tuned on, kept out of every engineer's sight and measured once, after that work landed (main
 * 49f8bd5, 2 December 00:10 UTC): quotes 51/51, speakers 46/51 (90.2%), must-flag 17/29 (59%),
 * precision 17/18 (94%). Held out: tune on it only after writing new ones.
 */
/**
 * Round 18: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * never the extractor or another round, kept outside the repository until measured once (main
 * 9852c0e, 2 December 06:35 UTC): quotes 55/55, speakers 51/55 (92.7%), must-flag 14/26 (54%),
 * precision 14/17 (82%). Held out: tune on it only after writing new ones.
 */
/**
 * Round 19: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * kept outside the repository until measured once (main bff661d, 2 December 11:38 UTC): quotes
 * 63/71, speakers 34/71 (48%; the writer prints names without ranks, honorifics or "KC"),
 * must-flag 22/44 (50%), precision 22/25 (88%). Held out: tune on it only after writing new ones.
 */
/**
 * Round 20: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * kept outside the repository until measured once (main f5abdee, 2 December 14:53 UTC, after
 * round 19 was tuned on): quotes 62/67, speakers 43/67 (64%), must-flag 26/45 (58%), precision
 * 26/30 (87%). Held out: tune on it only after writing new ones.
 */
/**
 * Round 21: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * kept outside the repository until measured once (main 0de5a32, 2 December 15:10 UTC, after
 * rounds 19 and 20 were tuned on): quotes 80/87, speakers 65/87 (75%), must-flag 14/43 (33%),
 * precision 14/21 (67%). Held out: tune on it only after writing new ones.
 */
/**
 * Round 22: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * kept outside the repository until measured once (main 59bf4b0, 2 December 15:33 UTC, after
 * rounds 19–21 were tuned on): quotes 76/78, speakers 54/78 (69%), must-flag 29/48 (60%),
 * precision 29/34 (85%). Held out: tune on it only after writing new ones.
 */
/**
 * Round 23: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * kept outside the repository until measured once (main bd91908, 3 December 07:05 UTC, after
 * rounds 19–22 were tuned on): quotes 77/87 (89%), speakers 63/87 (72%), must-flag 22/44 (50%),
 * precision 22/30 (73%). Its writer leaves an unnamed speaker's name null (the scorer compares
 * the description). Tuned on since (its floors below); the next blind round goes in UNTUNED.
 */
/**
 * Round 24: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * kept outside the repository until measured once (main ca80106, 3 December 08:17 UTC, after
 * rounds 22 and 23 were tuned on): quotes 77/83 (93%), speakers 64/83 (77%), must-flag 26/43
 * (60%), precision 26/29 (89.7%). Tuned on since (its floors below), after round 25 was written.
 */
/**
 * Round 25: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * written while round 24 was tuned on and kept outside the repository until measured once (main
 * 2bd3511, 3 December 13:18 UTC): quotes 62/73 (85%), speakers 45/73 (62%), must-flag 16/25
 * (64%), precision 16/26 (62%). Its writer joins a quote split mid-sentence without the comma.
 * Tuned on since (its floors below), after round 26 was written.
 */
/**
 * Round 26: six stories by a writer who read only the seeds, DESIGN.md and one worked example,
 * written while round 25 was tuned on and kept outside the repository until measured once (main
 * 275d30a, 3 December 13:42 UTC): quotes 64/69 (93%), speakers 53/69 (77%), must-flag 21/29
 * (72%), precision 21/28 (75%). Tuned on since (its floors below, session 11), before a new blind
 * round was written: none is held out until the next one is.
 */
const UNTUNED: string[] = []
/**
 * Rounds tuned on part of the way, held at the figures they reached. Round 17, tuned on after its
 * one blind measurement (session 6, 2 December): must-flag 17 → 26 of 29 by three general rules
 * (a witness's account of what "he" or "they" did in a story whose opening accuses someone; a
 * speaker the copy shields for a reason it gives, in every quote; a doctor's injuries "typical of"
 * blows), precision 26/28, speakers unchanged at 46/51. What is left of it is in docs/intake.md.
 */
const FLOORS: Record<string, { speakers: number; mustFlag: number; precision: number }> = {
  round17: { speakers: 46, mustFlag: 26, precision: 26 / 28 },
  // Round 18, tuned on after its one blind measurement (session 7, 2 December): must-flag 14 → 24
  // of 26, precision 14/17 → 24/26, by the rules in docs/intake.md ("Round 18 tuned on").
  round18: { speakers: 51, mustFlag: 24, precision: 24 / 26 },
  // Round 19, tuned on after its one blind measurement (session 8, 2 December): quotes 63 → 71 of
  // 71, speakers 34 → 66 (eight of them the scorer's rank convention), must-flag 22 → 44 of 44,
  // precision 22/25 → 44/48, by the rules in docs/intake.md ("Round 19 tuned on").
  round19: { speakers: 66, mustFlag: 44, precision: 44 / 48 },
  // Round 20, tuned on after its one blind measurement (session 8): quotes 62 → 65 of 67, speakers
  // 43 → 65, must-flag 26 → 40 of 45, precision 26/30 → 40/45 (docs/intake.md, "Round 20 tuned on").
  // Since round 22's verdict rule ("called the operation "a provocation""): quotes 67 of 67,
  // speakers 67, must-flag 41, precision 41/47 (the verdict is flagged with its sentence; the
  // writer leaves it unflagged).
  round20: { speakers: 67, mustFlag: 41, precision: 41 / 47 },
  // Round 21, tuned on after its one blind measurement (session 8): quotes 80 → 86 of 87, speakers
  // 65 → 78, must-flag 14 → 24 of 43, precision 14/21 → 24/31. Its writer flags what other rounds'
  // writers leave (a lawyer's letter, a parent's words of a named child, an accused's every answer
  // while a tribunal is to come); docs/intake.md, "Round 21 tuned on", lists what is left.
  // Since round 22's rules: quotes 87 of 87, speakers 80, must-flag 25, precision 25/32.
  round21: { speakers: 80, mustFlag: 25, precision: 25 / 32 },
  // Round 22, tuned on after its one blind measurement (session 9, 3 December): quotes 76 → 77 of
  // 78, speakers 54 → 72, must-flag 29 → 31 of 48, precision 29/34 → 31/37 (docs/intake.md,
  // "Round 22 tuned on"). Its writer flags a parent's words of a named child and leaked chat
  // messages the rules leave; what is left is listed there.
  round22: { speakers: 72, mustFlag: 31, precision: 31 / 37 },
  // Round 23, tuned on after its one blind measurement (session 9, 3 December): quotes 77 → 84 of
  // 87, speakers 63 → 80, must-flag 22 → 28 of 44, precision 22/30 → 28/36 (docs/intake.md,
  // "Round 23 tuned on"). Its writer flags every quote of a story with an arrest as court_case,
  // a grandmother's words naming a child, and a single-word verdict ("remarkable") as a quote.
  // Since round 24's child rule (session 10): must-flag 28 → 29, precision 29/38; the new flag
  // is right, and so is the other it adds (the next paragraph of the mother's account of her
  // daughter, which its writer joins to a flagged quote and the scorer counts apart).
  round23: { speakers: 81, mustFlag: 29, precision: 29 / 38 },
  // Round 24, tuned on after its one blind measurement (session 10, 3 December): quotes 77 → 79 of
  // 83, speakers 64 → 78, must-flag 26 → 37 of 43, precision 26/29 → 37/39 (docs/intake.md,
  // "Round 24 tuned on"; the last two quotes and speakers by the one-word rule of round 25).
  round24: { speakers: 78, mustFlag: 37, precision: 37 / 39 },
  // Round 25, tuned on after its one blind measurement (session 10, 3 December): quotes 62 → 71 of
  // 73, speakers 45 → 62, must-flag 16 → 17 of 25, precision 16/26 → 17/26 (docs/intake.md,
  // "Round 25 tuned on"). Most of what is left is its flags; the list is there.
  round25: { speakers: 62, mustFlag: 17, precision: 17 / 26 },
  // Round 26, tuned on after its one blind measurement (session 11, 3 December): speakers 53 → 55
  // of 69, must-flag 21 → 24 of 29, precision 21/28 → 24/31 (docs/intake.md, "Round 26 tuned on").
  round26: { speakers: 55, mustFlag: 24, precision: 24 / 31 },
}
/**
 * Round 16's writer leaves a named witness's evidence to an inquest and the coroner's directions
 * unflagged; the house rule since round 10 sends whatever is said at an inquest to legal (fail
 * closed: an extra flag costs legal a minute). Its four such flags are the only ones it disagrees
 * on, so its precision is held at that floor rather than at none.
 */
const PRECISION_FLOOR: Record<string, number> = { round16: 23 / 27 }

function score(round: string): StoryScore[] {
  const dir = path.resolve(process.cwd(), 'test/unit/ingest/heldout', round)
  return ROUNDS[round].map((name) => {
    const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8')
    const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as DryRun
    return scoreStory(name, expected, toDryRun(extractStory(text)))
  })
}

const scores = Object.fromEntries(Object.keys(ROUNDS).map((round) => [round, score(round)]))
const tunedRounds = Object.keys(ROUNDS).filter((round) => !UNTUNED.includes(round) && !(round in FLOORS))
const tuned = totals(tunedRounds.flatMap((round) => scores[round]))
const exact = totals(tunedRounds.filter((round) => !(round in PRECISION_FLOOR)).flatMap((round) => scores[round]))

beforeAll(() => {
  const report = Object.keys(ROUNDS).map(
    (round) => `\nintake, held-out ${round}${UNTUNED.includes(round) ? ' (sealed: not tuned on)' : ' (tuned on since its first measurement)'}:\n${formatScores(scores[round])}`,
  )
  process.stdout.write(`${report.join('\n')}\n`)
})

// With no round held out (every round so far is tuned on), the targets have nothing to be
// measured on: the describe is skipped rather than asserting on an empty total.
const untuned = UNTUNED.length > 0 ? totals(UNTUNED.flatMap((round) => scores[round])) : null
const describeUntuned = untuned ? describe : describe.skip
describeUntuned(`on stories it was not tuned on (${UNTUNED.join(', ') || 'none held out'})`, () => {
  const held = untuned as NonNullable<typeof untuned>
  // Not met on round 26: 64 of 69 at its one measurement (round 25: 62 of 73; round 24: 77 of 83; docs/intake.md).
  it.failing('finds every quote', () => {
    expect(held.quotesFound).toBe(held.quotesExpected)
  })

  // Not met on round 26: 53 of 69, 77% (round 25: 45 of 73; round 24: 64 of 83; docs/intake.md).
  it.failing('names at least 90% of speakers by their full name as first printed', () => {
    expect(held.speakersRight / held.quotesExpected).toBeGreaterThanOrEqual(0.9)
  })

  // Not met on round 26: 21 of 29 at its one measurement (round 25: 16 of 25; round 24: 26 of 43; docs/intake.md).
  it.failing('flags every quote a lawyer must see', () => {
    expect(held.mustFlagFound).toBe(held.mustFlag)
  })

  // Not met on round 26: 21 of 28, 75% (round 25: 16 of 26; round 24: 26 of 29; docs/intake.md).
  it.failing('flags with at least 90% precision', () => {
    expect(held.flaggedCorrectly / held.flagged).toBeGreaterThanOrEqual(0.9)
  })
})

describe('on the rounds since tuned on (no regression)', () => {
  it('finds every quote and names every speaker', () => {
    expect([tuned.quotesFound, tuned.speakersRight]).toEqual([tuned.quotesExpected, tuned.quotesExpected])
  })

  it('flags no quote a lawyer would not', () => {
    expect(exact.flaggedCorrectly).toBe(exact.flagged)
  })

  it.each(Object.entries(PRECISION_FLOOR))('%s flags with at least the precision it reached when tuned', (round, floor) => {
    const held = totals(scores[round])
    expect(held.flaggedCorrectly / held.flagged).toBeGreaterThanOrEqual(floor)
  })

  it('flags every quote a lawyer must see', () => {
    expect(tuned.mustFlagFound).toBe(tuned.mustFlag)
  })
})

/**
 * Quotes a round tuned part of the way still misses: round 22, a leaked report's words quoted
 * inside a sentence about it; round 23, a headline that opens on a quote the body never repeats, and two quotes carried
 * over paragraphs that the extractor finds as records of their own with the same speaker but
 * the writer joins with other punctuation (every word is found and flagged alike).
 */
// Rounds 24 and 25 (session 10): fragments inside a body's reported statement, an audit's
// sentence quoted in two pieces, a headline-length fragment, a censor's report quoted as writing.
// Since a word alone in marks after a verb is the subject's ("said he was "devastated""), rounds
// 23–25 find five more quotes (among them "remarkable", "unfounded", "engage", "devastated"), and
// round 25 two more carried on in a reported sentence ("irresponsible", "kettled").
// Round 26 (session 11): five fragments inside narrative or reported speech (a boy's "by his own
// account, "…"", a company's "proportionately", a body's statement quoted in pieces).
const QUOTES_MISSED: Record<string, number> = { round22: 1, round23: 2, round24: 4, round25: 2, round26: 5 }

describe.each(Object.entries(FLOORS))('%s, tuned on part of the way: held at what it reached', (round, floor) => {
  const held = totals(scores[round])
  it('finds every quote', () => {
    expect(held.quotesFound).toBe(held.quotesExpected - (QUOTES_MISSED[round] ?? 0))
  })
  it(`names at least ${floor.speakers} speakers right`, () => {
    expect(held.speakersRight).toBeGreaterThanOrEqual(floor.speakers)
  })
  it(`flags at least ${floor.mustFlag} of the quotes a lawyer must see`, () => {
    expect(held.mustFlagFound).toBeGreaterThanOrEqual(floor.mustFlag)
  })
  it('flags with at least the precision it reached', () => {
    expect(held.flaggedCorrectly / held.flagged).toBeGreaterThanOrEqual(floor.precision)
  })
})
