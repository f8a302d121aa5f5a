import { NOT_TITLE_WORDS, TITLE_COMPOUNDS, TITLE_MODIFIERS, TITLE_ROLES } from './lexicon'
import type { ExtractedCorrespondent, ExtractedMedia } from './types'
import { isCapitalisedWord, isWord, nameLength, sliceTokens, tokenize, type Token } from './words'

const COMPOUND_HEADS = new Set(Object.keys(TITLE_COMPOUNDS).map((title) => title.split(' ')[1]))

/** A newsroom name has a first and a last name; "Correspondent John" alone is too weak a signal. */
const MIN_NAME_WORDS = 2

/**
 * Returns the people the copy names with a journalism title ("cameraman Sean Swan"), in order of
 * first mention, each once.
 */
export function findTitledPeople(paragraphs: string[]): ExtractedCorrespondent[] {
  const found: ExtractedCorrespondent[] = []
  for (const paragraph of paragraphs) {
    const tokens = tokenize(paragraph)
    tokens.forEach((token, index) => {
      const person = titledPersonAt(paragraph, tokens, index)
      if (person && !found.some((known) => known.name === person.name)) found.push(person)
    })
  }
  return found
}

function titledPersonAt(text: string, tokens: Token[], head: number): ExtractedCorrespondent | null {
  // "camera operator Piotr Nowak": a two-word title is read from its first word.
  const word = tokens[head].lower
  const compound =
    head > 0 && COMPOUND_HEADS.has(word) ? TITLE_COMPOUNDS[`${tokens[head - 1].lower} ${word}`] : undefined
  const role = compound ?? TITLE_ROLES[word]
  if (!role) return null
  const length = nameLength(tokens, head + 1)
  if (countWords(tokens, head + 1, length) < MIN_NAME_WORDS) return null
  const first = compound ? titleStart(tokens, head - 1) : titleStart(tokens, head)
  return {
    name: sliceTokens(text, tokens, head + 1, head + 1 + length),
    title: sliceTokens(text, tokens, first, head + 1),
    role,
    source: 'copy',
  }
}

// A capitalised title keeps the capitalised words before it ("Middle East News Editor"); a
// lowercase one only the usual modifiers ("senior correspondent", "Senior correspondent").
function titleStart(tokens: Token[], head: number): number {
  const capitalised = isCapitalisedWord(tokens[head].text)
  let first = head
  while (first > 0) {
    const before = tokens[first - 1]
    if (!isWord(before)) break
    const lower = before.lower
    // "North of England Correspondent", "Head of News": a lowercase "of" between capitalised words.
    const joins = capitalised && lower === 'of' && first - 2 >= 0 && isCapitalisedWord(tokens[first - 2].text) && first < head + 1 && first !== head
    const fits = capitalised
      ? (isCapitalisedWord(before.text) && !NOT_TITLE_WORDS.has(lower)) || joins
      : TITLE_MODIFIERS.has(lower)
    if (!fits) break
    first -= 1
  }
  return first
}

function countWords(tokens: Token[], from: number, length: number): number {
  return tokens.slice(from, from + length).filter((token) => isCapitalisedWord(token.text)).length
}

/**
 * Returns the titled people followed by anyone credited with a picture but not named in the copy.
 * A credit's creator made journalism for the story, so they join the byline as photographer,
 * with no title because the copy prints none; someone already named keeps their printed title.
 */
export function buildCorrespondents(paragraphs: string[], media: ExtractedMedia[]): ExtractedCorrespondent[] {
  const people = findTitledPeople(paragraphs)
  for (const { credit } of media) {
    const name = credit.creatorName
    if (name && !people.some((person) => person.name === name)) {
      people.push({ name, title: null, role: 'photographer', source: 'credit' })
    }
  }
  return people
}
