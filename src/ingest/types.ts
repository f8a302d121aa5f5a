import type { ParsedCredit } from '../media/parseCreditLine'

/** A correspondent's part in a story, as the `byline` and `correspondents.kind` fields spell it. */
export type Role = 'reporter' | 'camera' | 'producer' | 'editor' | 'photographer'

export { SENSITIVITY_REASONS, type SensitivityReason } from '../quotes/sensitivityReasons'
import type { SensitivityReason } from '../quotes/sensitivityReasons'

/**
 * How far a speaker is identified: `named` (real name printed), `unnamed` (only described:
 * "a commander"), `pseudonym` ("a woman calling herself Aisha"), `withheld` (the copy says the
 * name is kept back: "who asked not to be named"), `partial` (the copy prints only the part of a
 * name the source would give: "who gave his name only as Dev", "would give only her first name,
 * Leila").
 */
export type Anonymity = 'named' | 'unnamed' | 'pseudonym' | 'withheld' | 'partial'

export type Block = { type: 'paragraph'; text: string } | { type: 'media'; index: number }

export type ExtractedMedia = {
  caption: string
  creditLine: string
  credit: ParsedCredit
}

export type ExtractedCorrespondent = {
  name: string
  /** Job title exactly as printed, or null for someone known only from a credit line. */
  title: string | null
  role: Role
  /** `copy` when named with a title in the text, `credit` when found only in a credit line. */
  source: 'copy' | 'credit'
}

export type Speaker = {
  /** As printed: "Dr Amal Haddad", "a commander", "a woman calling herself Aisha". */
  name: string
  description: string | null
  isAnonymous: boolean
  anonymity: Anonymity
}

export type ExtractedQuote = {
  text: string
  speaker: Speaker
  /** The paragraph that leads into the quote and the quote's own paragraph, for the reviewer. */
  context: string
  sensitive: boolean
  reasons: SensitivityReason[]
  /** Words quoted inside reported speech ("said it was "deeply saddened""), read with their sentence. */
  reported?: boolean
}

/** A narrative sentence (not quoted speech) that a lawyer should read, with why. */
export type ExtractedPassage = {
  text: string
  reasons: SensitivityReason[]
}

export type ExtractedStory = {
  headline: string
  standfirst: string | null
  blocks: Block[]
  media: ExtractedMedia[]
  correspondents: ExtractedCorrespondent[]
  quotes: ExtractedQuote[]
  /** Narrative sentences of headline, standfirst and body that legal should read. */
  passages: ExtractedPassage[]
}

/** The `--dry-run --format json` shape that DESIGN.md fixes. */
export type DryRun = {
  headline: string
  standfirst: string | null
  /** `title` exactly as printed ("Foreign Affairs Editor"), `role` the byline role it implies. */
  correspondents: { name: string; title: string | null; role: Role }[]
  media: { caption: string; creditLine: string }[]
  /** `speaker` the name as first printed where the copy gives one, `description` how it describes them. */
  quotes: { text: string; speaker: string; description: string | null; sensitive: boolean; reasons: SensitivityReason[] }[]
  passages: { text: string; reasons: SensitivityReason[] }[]
}
