/**
 * Text readers see on a record shared across stories — a picture's caption, alt text and credit,
 * a correspondent's name, title, bureau and bio. Such a record is edited outside any story's
 * versions, and the read model rewrites every live page that shows it at once (issue 11), so an
 * edit of it would reach readers past the publish gate. The rule: an edit that brings quoted
 * speech or a sentence for legal into such text, on a record readers see, is refused unless
 * legal (or an admin) makes it. Pure functions; src/services/publicText.ts runs them on a save.
 */
import { findPassages } from '../ingest/passages'
import type { SensitivityReason } from '../quotes/sensitivityReasons'
import { fileNameAsWords } from './storyText'
import { asReaderSees, canonical, quotedSpansAsTyped } from './words'

/** The fields of a media asset readers are shown (story page, feeds, ninjs, /api/media-assets). */
export const MEDIA_PUBLIC_TEXT = ['caption', 'alt', 'creditLine', 'credit.organisation', 'credit.creatorName', 'rights.usageTerms', 'filename'] as const
/** The fields of a correspondent readers are shown (/people/:slug, bylines, /api/correspondents). */
export const CORRESPONDENT_PUBLIC_TEXT = ['name', 'title', 'bureau', 'bio', 'slug'] as const

/**
 * How a field is read when readers never see it alone. A title and a bureau print beside the
 * name ("Ana Silva, Convicted fraudster and drug dealer"): read alone, "Convicted fraudster"
 * names nobody. A slug and a file name print in an address: their words are read as a sentence,
 * each capitalised (an address keeps no case, and a name in it must read as one).
 */
const READ_AS: Record<string, (record: unknown) => string> = {
  title: (record) => besideName(record, 'title'),
  bureau: (record) => besideName(record, 'bureau'),
  slug: (record) => fileNameAsWords(asText(valueAt(record, 'slug'))) ?? '',
  filename: (record) => fileNameAsWords(asText(valueAt(record, 'filename'))) ?? '',
}

function besideName(record: unknown, field: string): string {
  const value = asText(valueAt(record, field))
  const name = asText(valueAt(record, 'name'))
  return value.trim() && name.trim() ? `${name.trim()}, ${value.trim()}` : value
}

/** Words a lawyer must read before readers do: quoted speech, or a narrative passage for legal. */
export type PublicTextFinding = {
  field: string
  kind: 'quoted_speech' | 'legal_passage'
  words: string
  reasons?: SensitivityReason[]
}

export type LiveShowing = { id: number | string; headline: string; slug?: string | null }

/** Returns the value at a dotted path (`credit.organisation`), or undefined when a step is missing. */
export function valueAt(record: unknown, path: string): unknown {
  let value: unknown = record
  for (const step of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[step]
  }
  return value
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Returns the quoted speech and the passages for legal in one field's text, as readers print it. */
export function legalWordsIn(text: string): Array<Omit<PublicTextFinding, 'field'>> {
  const printed = asReaderSees(text)
  if (printed.trim() === '') return []
  const quoted = quotedSpansAsTyped(printed)
    .filter((words) => canonical(words) !== '')
    .map((words) => ({ kind: 'quoted_speech' as const, words }))
  const passages = findPassages([printed]).map((passage) => ({ kind: 'legal_passage' as const, words: passage.text, reasons: passage.reasons }))
  return [...quoted, ...passages]
}

/**
 * Returns what a save brings into the text readers see: for each listed field, the quoted speech
 * and passages for legal that its new value carries and its stored value did not (compared as
 * words, so straight or curly marks and spacing are the same words). A spelling fix beside words
 * the story already printed brings nothing; an edit inside a quote's words brings new speech.
 */
export function newLegalWords(fields: readonly string[], before: unknown, after: unknown): PublicTextFinding[] {
  const found: PublicTextFinding[] = []
  for (const field of fields) {
    const read = READ_AS[field] ?? ((record: unknown) => asText(valueAt(record, field)))
    const next = read(after)
    const previous = read(before)
    if (next === previous) continue
    const had = new Set(legalWordsIn(previous).map((item) => `${item.kind}:${canonical(item.words)}`))
    for (const item of legalWordsIn(next)) {
      if (!had.has(`${item.kind}:${canonical(item.words)}`)) found.push({ field, ...item })
    }
  }
  return found
}

/** Legal typing the words is legal clearing them; admins answer for legal everywhere else too. */
export const mayClearPublicText = (roles: readonly string[]): boolean => roles.includes('legal') || roles.includes('admin')

const FIELD_NAMES: Record<string, string> = {
  caption: 'caption',
  alt: 'alt text',
  creditLine: 'credit line',
  'credit.organisation': 'credit (organisation)',
  'credit.creatorName': 'credit (creator)',
  'rights.usageTerms': 'usage terms',
  name: 'name',
  title: 'title',
  bureau: 'bureau',
  bio: 'bio',
  slug: 'address (slug)',
  filename: 'file name',
}

const EXCERPT = 80
const short = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1)}…`
}

/** Names one finding for a message: the field, what kind of words, and the words themselves. */
export function describeFinding(finding: PublicTextFinding): string {
  const field = FIELD_NAMES[finding.field] ?? finding.field
  return finding.kind === 'quoted_speech'
    ? `the ${field} now carries quoted speech "${short(finding.words)}"`
    : `the ${field} now carries a passage for legal (${(finding.reasons ?? []).join(', ')}): "${short(finding.words)}"`
}

export type PublicTextSubject =
  | { kind: 'picture'; id: number | string; stories: LiveShowing[] }
  | { kind: 'correspondent'; id: number | string; slug?: string | null; stories: LiveShowing[] }

/**
 * Returns the refusal for a save that brings words for legal into a record readers see, or null
 * when it may go through: nothing new for legal, a picture no live story shows (the gate reads
 * its caption when a story publishes it), or legal or an admin saving it.
 */
export function publicTextRefusal(roles: readonly string[], subject: PublicTextSubject, findings: readonly PublicTextFinding[]): string | null {
  if (findings.length === 0 || mayClearPublicText(roles)) return null
  if (subject.kind === 'picture' && subject.stories.length === 0) return null
  const what = findings.map(describeFinding).join('; ')
  const stories = subject.stories.map((story) => `${story.id} "${short(story.headline)}"`).join(', ')
  if (subject.kind === 'picture') {
    return (
      `Picture ${subject.id}: ${what}, and it is shown by live ${subject.stories.length === 1 ? 'story' : 'stories'} ${stories}. ` +
      'Readers would see it before legal has. Carry it in a correction of the story through the desk ' +
      '(attach a picture with this caption to the working copy; the publish gate sends it to legal), or have legal clear it (legal or an admin saves it).'
    )
  }
  const page = subject.slug ? `/people/${subject.slug}` : 'their public page'
  const shown = subject.stories.length > 0 ? ` and the bylines of live ${subject.stories.length === 1 ? 'story' : 'stories'} ${stories}` : ''
  return (
    `Correspondent ${subject.id}: ${what}; a correspondent's profile is public (${page}${shown}). ` +
    'Readers would see it before legal has. Put such words in a story, where the desk and legal read them, or have legal clear it (legal or an admin saves it).'
  )
}

/**
 * Returns the refusal for a save that replaces or re-cuts the image of a picture a live story shows, or null
 * when no live story shows it. The file is what readers look at: a new one under a live story
 * would go out with no publish and nobody having seen it with the story. Nobody may, admins and
 * legal included: there are no words to type for it, and a picture legal has seen goes through
 * the desk as any correction does — a new asset on the story's working copy, which the gate and
 * legal's read weigh (the read names each picture's file). In an emergency, withdraw the story.
 */
export function pictureFileRefusal(id: number | string, stories: readonly LiveShowing[]): string | null {
  if (stories.length === 0) return null
  const named = stories.map((story) => `${story.id} "${short(story.headline)}"`).join(', ')
  return (
    `Picture ${id} is shown by live ${stories.length === 1 ? 'story' : 'stories'} ${named}, so its image cannot be replaced or cut again (a new file, a crop, a moved focal point): readers would see the new picture with no publish. ` +
    'Upload the new picture as a new asset and put it on the story in a correction through the desk (the publish gate and legal read it), or withdraw the story.'
  )
}

/** Returns the listed fields whose printed words a save changes (compared as typed: any change of what readers see). */
export function changedPublicText(fields: readonly string[], before: unknown, after: unknown): string[] {
  return fields.filter((field) => asText(valueAt(after, field)).trim() !== asText(valueAt(before, field)).trim())
}

/**
 * Returns the refusal for a change of the printed words of a picture or correspondent shown by
 * live stories legal is involved in (sealed approval: readers get those stories as legal approved
 * them, so even a harmless fix waits for legal), or null when no such story shows it. Stories
 * legal never touched take ordinary fixes at once.
 */
export function sealedTextRefusal(kind: 'picture' | 'correspondent', id: number | string, fields: readonly string[], stories: readonly LiveShowing[]): string | null {
  if (stories.length === 0 || fields.length === 0) return null
  const named = stories.map((story) => `${story.id} "${short(story.headline)}"`).join(', ')
  const what = fields.map((field) => FIELD_NAMES[field] ?? field).join(', ')
  const record = kind === 'picture' ? `Picture ${id}` : `Correspondent ${id}`
  return (
    `${record}: the ${what} would change on live ${stories.length === 1 ? 'story' : 'stories'} ${named}, which legal approved as ${stories.length === 1 ? 'it stands' : 'they stand'}. ` +
    'Readers get such a story only as legal approved it. Have legal make the change (legal or an admin saves it), or carry it in a correction of the story through the desk.'
  )
}
