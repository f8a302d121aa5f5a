import { byText } from './memo'

/**
 * Sentence boundaries come from the platform's Unicode segmenter (ICU, UAX #29), which already
 * knows that a full stop inside a closing quote ends a sentence. It does not know English
 * abbreviations or that `"Why?" he asked.` is one sentence, so those two cases are mended here.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'no', 'vs'])

/** Returns the sentences of a paragraph, trimmed, in order (a fresh array the caller may change). */
export function splitSentences(paragraph: string): string[] {
  return [...sentencesOf(paragraph)]
}

const sentencesOf = byText((paragraph: string): readonly string[] => {
  const sentences: string[] = []
  for (const { segment } of segmenter.segment(paragraph)) {
    const text = segment.trim()
    if (!text) continue
    const previous = sentences[sentences.length - 1]
    if (previous !== undefined && (endsWithAbbreviation(previous) || startsLowercase(text))) {
      sentences[sentences.length - 1] = `${previous} ${text}`
    } else {
      sentences.push(text)
    }
  }
  return sentences
})

function endsWithAbbreviation(sentence: string): boolean {
  const last = /(\p{L}+)\.$/u.exec(sentence)
  return last !== null && ABBREVIATIONS.has(last[1].toLowerCase())
}

// A new sentence starts with a capital, a digit or a quote mark; lowercase means it carries on.
function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text)
}
