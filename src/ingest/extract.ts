import { buildCorrespondents } from './byline'
import { parseCaption } from './captions'
import { splitStory } from './paragraphs'
import { findPassages } from './passages'
import { namedPerson, withoutHonorific, type Person } from './people'
import { extractQuotes } from './quotes'
import { assessQuote, readCase } from './sensitivity'
import { checkStoryText } from './text'
import { forgetReadings } from './memo'
import { findQuotedSpans } from './spans'
import { SENSITIVITY_REASONS, type Block, type DryRun, type ExtractedMedia, type ExtractedPassage, type ExtractedQuote, type ExtractedStory } from './types'

export { IngestError, isIngestError, type IngestErrorCode } from './errors'
export { decodeStoryBytes, MAX_STORY_BYTES } from './text'
export * from './types'

/**
 * Returns the story's parts read from plain text in house style; throws IngestError (EMPTY_INPUT,
 * NOT_TEXT, TOO_LARGE, NO_HEADLINE, EMPTY_CREDIT) when the text cannot be a story.
 */
export function extractStory(text: string): ExtractedStory {
  forgetReadings()
  const { headline, paragraphs } = splitStory(checkStoryText(text))
  const parsed = paragraphs.map((paragraph) => ({ paragraph, media: parseCaption(paragraph) }))

  // A caption straight after the headline is a lead picture, not a standfirst.
  const standfirst = parsed[0] && parsed[0].media === null ? parsed[0].paragraph : null
  const body = standfirst === null ? parsed : parsed.slice(1)

  const media: ExtractedMedia[] = []
  const blocks: Block[] = body.map(({ paragraph, media: picture }) => {
    if (!picture) return { type: 'paragraph', text: paragraph }
    media.push(picture)
    return { type: 'media', index: media.length - 1 }
  })

  const narrative = parsed.filter(({ media: picture }) => picture === null).map(({ paragraph }) => paragraph)
  const readable = parsed.map(({ paragraph, media: picture }) => picture?.caption ?? paragraph)
  const correspondents = buildCorrespondents(readable, media)
  const quotes = extractQuotes(
    narrative,
    correspondents.map((person) => person.name),
    headline,
  )
  const passages = findPassages([headline, ...narrative])
  const read = fromTheBody(quotes.map((quote) => withItsSentence(quote, passages)), standfirst)
  return { headline, standfirst, blocks, media, correspondents, quotes: [...headlineQuotes(headline, read, narrative), ...read], passages }
}

/**
 * Words quoted inside a reported sentence legal must read ("It warns that the works had
 * "discharged untreated sewage on at least 40 days"") are read with that sentence: the quote
 * record waits for legal for the sentence's reasons too.
 */
function withItsSentence(quote: ExtractedQuote, passages: ExtractedPassage[]): ExtractedQuote {
  if (!quote.reported) return quote
  const sentence = passages.filter((passage) => passage.text.includes(quote.text))
  if (sentence.length === 0) return quote
  const reasons = SENSITIVITY_REASONS.filter((reason) => quote.reasons.includes(reason) || sentence.some((passage) => passage.reasons.includes(reason)))
  return { ...quote, sensitive: true, reasons }
}

/**
 * "A survivor says the hillside had been "groaning for days"" in the standfirst, and in the body
 * Rosalinda Bautista's "The mountain had been groaning for days": the standfirst's unnamed
 * speaker is the person the body names saying those words.
 */
function fromTheBody(quotes: ExtractedQuote[], standfirst: string | null): ExtractedQuote[] {
  if (standfirst === null) return quotes
  return quotes.map((quote) => {
    if (quote.context !== standfirst || quote.speaker.anonymity !== 'unnamed') return quote
    const words = comparable(quote.text)
    const source = words.includes(' ') ? quotes.find((other) => other !== quote && other.context !== standfirst && other.speaker.anonymity === 'named' && ` ${comparable(other.text)} `.includes(` ${words} `)) : undefined
    if (!source) return quote
    return { ...quote, speaker: source.speaker, sensitive: quote.sensitive || source.sensitive, reasons: SENSITIVITY_REASONS.filter((reason) => quote.reasons.includes(reason) || source.reasons.includes(reason)) }
  })
}

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * `"I will see him in court": novelist stabbed…` — a headline quotes words the body gives in
 * full, with their speaker: the headline's quote is theirs, with the same legal reading. A
 * headline opening on a quote the body does not repeat (`"I still dream of the sea": the captain
 * who…`) is the words of the person the story quotes most, read for legal on its own words.
 */
function headlineQuotes(headline: string, quotes: ExtractedQuote[], narrative: string[]): ExtractedQuote[] {
  return findQuotedSpans(headline).flatMap((span): ExtractedQuote[] => {
    const words = comparable(span.inner)
    if (!words.includes(' ')) return []
    const text = span.inner.replace(/[,]$/, '')
    const source = quotes.find((quote) => ` ${comparable(quote.text)} `.includes(` ${words} `))
    if (source) return [{ ...source, text, context: headline }]
    if (span.start !== 0 || !/^\s*[:—–-]/.test(headline.slice(span.end))) return []
    const speaker = mostQuoted(quotes)
    if (!speaker) return []
    const person: Person = {
      ...namedPerson(speaker.name),
      description: speaker.description,
      anonymity: speaker.anonymity,
      shortName: speaker.anonymity === 'named' ? withoutHonorific(speaker.name) : null,
    }
    const reasons = assessQuote({ text, speaker: person, paragraph: headline, leadIn: null, leadInRun: [], thirdParties: [], liveCase: readCase(narrative) })
    return [{ text, speaker, context: headline, sensitive: reasons.length > 0, reasons }]
  })
}

/** Returns the speaker of most of the story's quotes, when one speaker has at least half of them. */
function mostQuoted(quotes: ExtractedQuote[]): ExtractedQuote['speaker'] | null {
  const counts = new Map<string, number>()
  for (const quote of quotes) counts.set(quote.speaker.name, (counts.get(quote.speaker.name) ?? 0) + 1)
  const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  if (count === 0 || count * 2 < quotes.length || name === 'unidentified speaker') return null
  return quotes.find((quote) => quote.speaker.name === name)?.speaker ?? null
}

/** Returns the `--dry-run --format json` view of an extracted story, as DESIGN.md fixes it. */
export function toDryRun(story: ExtractedStory): DryRun {
  return {
    headline: story.headline,
    standfirst: story.standfirst,
    correspondents: story.correspondents.map(({ name, title, role }) => ({ name, title, role })),
    media: story.media.map(({ caption, creditLine }) => ({ caption, creditLine })),
    quotes: story.quotes.map(({ text, speaker, sensitive, reasons }) => ({
      text,
      speaker: speaker.name,
      description: speaker.description,
      sensitive,
      reasons,
    })),
    passages: story.passages.map(({ text, reasons }) => ({ text, reasons })),
  }
}
