import { mentions } from './sensitivity'
import { splitSentences } from './sentences'
import type { ExtractedPassage } from './types'

/**
 * Returns the narrative sentences (outside quoted speech) a lawyer should read, with reasons.
 * First cut: a sentence that alleges crime or comments on a court case. The intake work widens
 * it (named or identifiable child, protected source, allegation against a named person).
 */
export function findPassages(paragraphs: string[]): ExtractedPassage[] {
  const passages: ExtractedPassage[] = []
  for (const paragraph of paragraphs) {
    const narrative = paragraph.replace(/["“][^"”]*["”]/g, ' ')
    for (const sentence of splitSentences(narrative)) {
      const reasons: ExtractedPassage['reasons'] = []
      if (mentions('allegation', sentence)) reasons.push('allegation')
      if (mentions('court_case', sentence)) reasons.push('court_case')
      if (reasons.length > 0) passages.push({ text: sentence.replace(/\s+/g, ' ').trim(), reasons })
    }
  }
  return passages
}
