import type { DryRun } from '../../../src/ingest/extract'

/**
 * How an extraction compares with what a lawyer and an editor expect from reading the story.
 * Quotes are matched by their words; a quote is "flagged right" when its sensitive flag agrees and
 * it carries every reason expected of it.
 */
export type StoryScore = {
  story: string
  quotesExpected: number
  quotesFound: number
  /** Quotes the extractor gave that are not in the expectation: speech invented from narrative. */
  quotesExtra: number
  speakersRight: number
  /** Expected quotes a lawyer must see. */
  mustFlag: number
  /** Of those, how many the extractor flagged sensitive, and how many with every expected reason. */
  mustFlagFound: number
  mustFlagWithReasons: number
  /** Quotes the extractor flagged, and how many of them a lawyer expects flagged. */
  flagged: number
  flaggedCorrectly: number
  flaggedRight: number
  reasonsExact: number
  passagesExpected: number
  passagesFound: number
  passagesFlagged: number
  passagesCorrect: number
  titlesRight: number
  titlesExpected: number
}

const words = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/[.,]$/, '')

/**
 * The same speaker as the expectation names them. Two conventions of writers differ and both read
 * right to an editor, so both count: a body with or without its article ("the Department for
 * Business and Trade" / "Department for Business and Trade"), and an unnamed source with or
 * without the place phrase the copy printed after the noun ("a civil servant in the unit" / "a
 * civil servant"; rounds 1–15 write the phrase, round 16 leaves it off).
 */
export function sameSpeaker(want: string, got: string): boolean {
  if (want === got) return true
  const body = (name: string): string => name.replace(/^the (?=\p{Lu})/u, '')
  if (body(want) === body(got)) return true
  // Round 19's writer prints a name without the rank or letters the copy gives it ("Alan Bramwell"
  // for "Chief Superintendent Alan Bramwell", "Fiona Delacourt" for "Fiona Delacourt KC"), and a
  // body for its spokesperson ("Marlow Logistics" for "a spokesperson for Marlow Logistics"); the
  // person is the same to an editor. The rest of the name must be whole: "Bramwell" is not enough.
  // Round 22's writer prints an Irish deputy's "TD" and a coastguard's "Petty Officer" the same way.
  const bare = (name: string): string =>
    body(name.replace(/^an? spokes(?:person|man|woman) for /, '').replace(/ (?:KC|QC|MP|MSP|MEP|MLA|TD)$/, ''))
  const shorterName = want.length < got.length ? want : got
  const longerName = shorterName === want ? got : want
  if (bare(want) === bare(got)) return true
  const rank = /^(?:(?:Dr|Prof|Professor|Judge|Justice|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Commodore|Admiral|Petty|Officer|Captain|Capt|Colonel|Col|General|Gen|Brigadier|Major|Lieutenant|Lt|Sergeant|Sgt|Corporal|Detective|Det|Police|Constable|DC|DS|DI|DCI|Inspector|Insp|Chief|Superintendent|Supt|Assistant|Deputy|Commissioner|Father|Rev|Reverend|Imam|Rabbi|Bishop|Councillor|Cllr|Senator|Mayor|Governor) )+/
  if (/^\p{Lu}\S* \p{Lu}/u.test(shorterName) && rank.test(bare(longerName)) && bare(longerName).replace(rank, '') === shorterName) return true
  const place = /^(?:a|an|another|one) \S.*? (?:in|at|of|for|on|from|with) \S/
  const longer = want.length < got.length ? got : want
  const shorter = longer === got ? want : got
  // Round 19 keeps the relative clause the copy printed ("a woman who works in the depot's returns office").
  const clause = /^(?:in|at|of|for|on|from|with|who|whose) /
  return /^(?:a|an|another|one) /.test(shorter) && (place.test(longer) || / who /.test(longer)) && longer.startsWith(`${shorter} `) && clause.test(longer.slice(shorter.length + 1))
}

type Quote = DryRun['quotes'][number]

/**
 * A quote carried over paragraphs (house style leaves the first paragraph's mark open) is one
 * utterance: the extractor gives a record per paragraph, round 16's writer one for the whole; both
 * put every word before legal with one speaker, so consecutive records of one speaker whose words
 * together are an expected quote's count as that quote (flagged if any part is, with every reason).
 */
function carriedOver(expected: DryRun, quotes: Quote[]): Quote[] {
  const units = [...quotes]
  for (const want of expected.quotes) {
    if (units.some((quote) => words(quote.text) === words(want.text))) continue
    for (let start = 0; start < units.length; start += 1) {
      for (let end = start + 2; end <= Math.min(units.length, start + 4); end += 1) {
        const run = units.slice(start, end)
        if (run.some((quote) => quote.speaker !== run[0].speaker)) break
        if (words(run.map((quote) => words(quote.text) + '.').join(' ').replace(/\.\./g, '.')) !== words(want.text) && run.map((quote) => quote.text).join(' ') !== want.text) continue
        const reasons = [...new Set(run.flatMap((quote) => quote.reasons))]
        units.splice(start, end - start, { ...run[0], text: want.text, sensitive: run.some((quote) => quote.sensitive), reasons })
        start = units.length
        break
      }
    }
  }
  return units
}

/**
 * Words quoted inside reported speech ("said the company was "deeply saddened" by…") end with no
 * sentence's punctuation of their own. Round 19's writer lists them as quotes; rounds 1–18's
 * writers list only speech printed as sentences and are silent on them. A fragment the
 * expectation does not list is scored neither way: not invented speech, and not in the flag
 * precision (legal reads it either way, as a quote record or in the narrative).
 */
const isUnlistedFragment = (expected: DryRun, quote: Quote): boolean =>
  !/[.?!…]['’"”]?$/.test(quote.text.trim()) && !expected.quotes.some((want) => words(want.text) === words(quote.text))

/**
 * Round 23's writer reads DESIGN's "the name as first printed where the copy gives one" literally:
 * an unnamed speaker is `speaker: null` with the copy's phrase as the description ("a former
 * employee"). The extractor names such a speaker by that phrase, so the phrase is what is compared.
 */
const expectedSpeaker = (want: DryRun['quotes'][number]): string => want.speaker ?? want.description ?? ''

export function scoreStory(story: string, expected: DryRun, extracted: DryRun): StoryScore {
  const listed = extracted.quotes.filter((quote) => !isUnlistedFragment(expected, quote))
  const actual = { ...extracted, quotes: carriedOver(expected, listed) }
  const found = expected.quotes.map((want) => ({ want, got: actual.quotes.find((quote) => words(quote.text) === words(want.text)) }))
  const matched = found.filter((pair) => pair.got !== undefined) as { want: DryRun['quotes'][number]; got: DryRun['quotes'][number] }[]
  const flaggedByExtractor = actual.quotes.filter((quote) => quote.sensitive)
  const expectedPassages = new Set(expected.passages.map((passage) => words(passage.text)))
  const actualPassages = actual.passages.map((passage) => words(passage.text))
  return {
    story,
    quotesExpected: expected.quotes.length,
    quotesFound: matched.length,
    quotesExtra: actual.quotes.filter((quote) => !expected.quotes.some((want) => words(want.text) === words(quote.text))).length,
    speakersRight: matched.filter(({ want, got }) => sameSpeaker(expectedSpeaker(want), got.speaker)).length,
    mustFlag: expected.quotes.filter((quote) => quote.sensitive).length,
    mustFlagFound: matched.filter(({ want, got }) => want.sensitive && got.sensitive).length,
    mustFlagWithReasons: matched.filter(({ want, got }) => want.sensitive && got.sensitive && want.reasons.every((reason) => got.reasons.includes(reason))).length,
    flagged: flaggedByExtractor.length,
    flaggedCorrectly: flaggedByExtractor.filter((quote) => expected.quotes.some((want) => want.sensitive && words(want.text) === words(quote.text))).length,
    flaggedRight: matched.filter(({ want, got }) => want.sensitive === got.sensitive && want.reasons.every((reason) => got.reasons.includes(reason))).length,
    reasonsExact: matched.filter(({ want, got }) => want.reasons.join() === got.reasons.join()).length,
    passagesExpected: expected.passages.length,
    passagesFound: actualPassages.filter((text) => expectedPassages.has(text)).length,
    passagesFlagged: actualPassages.length,
    passagesCorrect: actualPassages.filter((text) => expectedPassages.has(text)).length,
    titlesRight: expected.correspondents.filter((want) =>
      actual.correspondents.some((got) => got.name === want.name && got.title === want.title && got.role === want.role),
    ).length,
    titlesExpected: expected.correspondents.length,
  }
}

/** Returns the scores summed over stories, as one line per story and a total, for the report. */
export function formatScores(scores: StoryScore[]): string {
  const total: StoryScore = { story: 'total', ...totals(scores) }
  const pct = (part: number, whole: number): string => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`)
  return [...scores, total]
    .map(
      (score) =>
        `${score.story.padEnd(20)} quotes ${score.quotesFound}/${score.quotesExpected} (+${score.quotesExtra} extra)` +
        ` · speakers ${score.speakersRight}/${score.quotesExpected} · must-flag ${score.mustFlagFound}/${score.mustFlag}` +
        ` (all reasons ${score.mustFlagWithReasons})` +
        ` · flag precision ${score.flaggedCorrectly}/${score.flagged} (${pct(score.flaggedCorrectly, score.flagged)})` +
        ` · reasons exact ${score.reasonsExact}/${score.quotesExpected}` +
        ` · passages ${score.passagesFound}/${score.passagesExpected}, precision ${score.passagesCorrect}/${score.passagesFlagged}` +
        ` · titles ${score.titlesRight}/${score.titlesExpected}`,
    )
    .join('\n')
}

export function totals(scores: StoryScore[]): Omit<StoryScore, 'story'> {
  const sum = Object.fromEntries(Object.keys(scores[0]).filter((key) => key !== 'story').map((key) => [key, 0])) as Omit<StoryScore, 'story'>
  for (const score of scores) {
    for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += score[key]
  }
  return sum
}
