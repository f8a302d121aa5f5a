import { findMentions, PeopleTracker, type Person } from './people'
import { assessQuote } from './sensitivity'
import { resolveSpeaker, UNIDENTIFIED } from './speakers'
import { attributeSpan, findQuotedSpans, joinSpans, type QuotedSpan } from './spans'
import type { ExtractedQuote } from './types'

/** How many narrative paragraphs before a quote can still say whom it is about. */
const MAX_LEAD_IN_RUN = 3

type SpokenSpan = { span: QuotedSpan; speaker: Person }

/**
 * Returns the quoted speech of the story's narrative paragraphs (captions left out), each with
 * its speaker and sensitivity. `journalists` are the story's own people: never third parties.
 */
export function extractQuotes(paragraphs: string[], journalists: string[]): ExtractedQuote[] {
  const tracker = new PeopleTracker()
  const quotes: ExtractedQuote[] = []
  let lastQuoteParagraph = -1

  paragraphs.forEach((paragraph, index) => {
    const spoken = readParagraph(paragraph, tracker)
    if (spoken.length === 0) return
    const leadIn = index > 0 ? paragraphs[index - 1] : null
    const leadInRun = paragraphs.slice(Math.max(lastQuoteParagraph + 1, index - MAX_LEAD_IN_RUN), index)
    lastQuoteParagraph = index

    for (const run of runsBySpeaker(spoken)) {
      const speaker = run[0].speaker
      const text = joinSpans(run.map(({ span }) => span.inner))
      const thirdParties = tracker
        .all()
        .filter((person) => person.anonymity === 'named' && person.name !== speaker.name && !journalists.includes(person.name))
      const reasons = assessQuote({ text, speaker, paragraph, leadIn, leadInRun, thirdParties })
      quotes.push({
        text,
        speaker: {
          name: speaker.name,
          description: speaker.description,
          isAnonymous: speaker.anonymity !== 'named',
          anonymity: speaker.anonymity,
        },
        context: leadIn ? `${leadIn}\n\n${paragraph}` : paragraph,
        sensitive: reasons.length > 0,
        reasons,
      })
    }
  })
  return quotes
}

/**
 * Walks one paragraph in reading order, so every pronoun is resolved against the people named
 * before it, and returns its spoken spans with their speakers.
 */
function readParagraph(paragraph: string, tracker: PeopleTracker): SpokenSpan[] {
  const spans = findQuotedSpans(paragraph)
  const attributions = spans.map((_, index) => attributeSpan(paragraph, spans, index))
  const speakerPhrases = attributions.flatMap((attribution) =>
    attribution.kind === 'after' || attribution.kind === 'before' ? [[attribution.phraseStart, attribution.phraseEnd]] : [],
  )
  // People named inside quote marks are the speaker's words, not the narrative's.
  const narrative = spans.reduce(
    (text, span) => text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end),
    paragraph,
  )
  const mentions = findMentions(narrative, tracker).filter(
    (mention) => !speakerPhrases.some(([start, end]) => mention.start >= start && mention.end <= end),
  )

  const events = [
    ...mentions.map((mention) => ({ at: mention.start, mention })),
    ...spans.map((span, index) => ({ at: span.start, index })),
  ].sort((a, b) => a.at - b.at)

  const spoken: SpokenSpan[] = []
  for (const event of events) {
    if ('mention' in event) {
      if ('person' in event.mention) tracker.remember(event.mention.person)
      else tracker.rememberGroup(event.mention.group)
      continue
    }
    const attribution = attributions[event.index]
    if (attribution.kind === 'none') continue
    const speaker =
      attribution.kind === 'alone'
        ? (spoken[spoken.length - 1]?.speaker ?? tracker.latest() ?? UNIDENTIFIED)
        : resolveSpeaker(attribution.phrase, attribution.appositive, tracker)
    if (speaker === 'narrator') continue
    spoken.push({ span: spans[event.index], speaker: tracker.remember(speaker) })
  }
  return spoken
}

// One speaker's consecutive spans are one utterance for legal review.
function runsBySpeaker(spoken: SpokenSpan[]): SpokenSpan[][] {
  const runs: SpokenSpan[][] = []
  for (const item of spoken) {
    const current = runs[runs.length - 1]
    if (current && current[current.length - 1].speaker.name === item.speaker.name) current.push(item)
    else runs.push([item])
  }
  return runs
}
