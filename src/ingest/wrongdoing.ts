import { byText } from './memo'
import nlp from 'compromise'

import { GROUP_NOUNS, HONORIFICS, NAME_PARTICLES, PERSON_NOUNS } from './lexicon'
import { isPersonNoun } from './people'
import { tokenize, type Token } from './words'

/**
 * Plain narrative defamation: the copy's own voice saying a person did a crime or a grave wrong
 * ("Ahmed Khalil murdered three men in Raqqa.", "The councillor took bribes from the developer.",
 * "Khalil is a war criminal."), with none of the legal vocabulary (charged, alleged, denies) the
 * other passage rules read. The doer must be a person a reader can point at: a name, "he"/"she",
 * or a definite person noun ("the councillor", "her husband"); "the storm killed 14", "a man stole
 * a bike", "soldiers looted shops" and "Khalil was murdered" (a death, not an accusation) are not.
 */

/** Acts that are crimes whatever their object; each is read only in the active voice. */
const ACTS = [
  'murdered', 'raped', 'tortured', 'beheaded', 'kidnapped', 'abducted', 'stabbed', 'strangled', 'poisoned',
  'molested', 'massacred', 'sexually abused', 'sexually assaulted', 'assaulted', 'groped', 'embezzled',
  'defrauded', 'swindled', 'bribed', 'laundered', 'trafficked', 'falsified', 'fabricated', 'blackmailed',
  'extorted', 'misappropriated', 'looted', 'stole', 'stolen', 'abused', 'killed', 'shot', 'executed',
  'forged', 'smuggled', 'rigged', 'took bribes', 'taken bribes', 'took a bribe', 'accepted bribes',
  'accepted a bribe', 'took kickbacks', 'paid bribes', 'set fire to', 'lied to', 'lied under oath',
  'lied about', 'covered up', 'siphoned off', 'pocketed', 'ordered the killing of', 'ordered the killings of',
  'ordered the murder of', 'ordered the murders of', 'ordered the execution of', 'ordered the torture of',
  'ordered the abduction of', 'ordered the assassination of', 'plotted to kill', 'plotted to murder',
  'tried to kill', 'tried to murder', 'attempted to murder', 'attacked', 'hit', 'beat', 'punched', 'kicked', 'slapped',
  'battered', 'threatened to kill',
]

/** Acts of violence: with no object ("killed in the blast", a headline's dropped "was") they are something done to the subject. */
const NEEDS_OBJECT = new Set([
  'murdered', 'raped', 'tortured', 'beheaded', 'kidnapped', 'abducted', 'stabbed', 'strangled', 'poisoned',
  'molested', 'massacred', 'sexually abused', 'sexually assaulted', 'assaulted', 'groped', 'abused', 'killed',
  'shot', 'executed', 'forged', 'smuggled', 'rigged', 'trafficked', 'blackmailed', 'bribed', 'defrauded',
  'looted',
])

/** Verbs with an innocent reading, kept only with an object of the criminal kind. */
const OBJECT_OF: Record<string, RegExp> = {
  killed: /^(?:(?:at least|more than|up to|as many as|nearly|almost|about|around|over|some|dozens of|hundreds of|scores of|thousands of)\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|twenty\b|thirty\b|forty\b|fifty\b|a hundred\b|him\b|her\b|them\b|his\b|their\b|my\b|our\b|\p{Lu}|(?:the|a|an|two)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  shot: /^(?:dead\b|and killed\b|him\b|her\b|them\b|his\b|their\b|\p{Lu}|\d|(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  executed: /^(?:him\b|her\b|them\b|his\b|their\b|\p{Lu}|\d|(?:\w+\s+)?(?:prisoners|captives|hostages|civilians|detainees|men|women|people)\b|(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  forged: /^(?:(?:\S+\s+){0,3})(?:documents?|signatures?|passports?|papers|cheques?|certificates?|records|invoices|receipts|wills?|visas?|permits?|minutes|prescriptions|banknotes|ids?|qualifications|references?|evidence)\b/iu,
  smuggled: /^(?:(?:\S+\s+){0,3})(?:drugs|cocaine|heroin|cannabis|weapons|arms|guns|firearms|explosives|migrants|people|refugees|women|children|girls|cigarettes|ivory|antiquities|gold|cash|contraband|fuel)\b/iu,
  abused: /^(?!(?:alcohol|drugs|substances|painkillers)\b)/iu,
  attacked: /^(?:him\b|her\b|them\b|me\b|us\b|\p{Lu}|(?:the|a|an|his|her|their|my|our|two|three)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  hit: /^(?:him\b|her\b|them\b|me\b|us\b|(?:the|a|an|his|her|their|my|our|two|three)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  beat: /^(?:him\b|her\b|them\b|me\b|us\b|(?:the|a|an|his|her|their|my|our|two|three)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))(?!\s+(?:to|at|in|by)\b)/u,
  punched: /^(?:him\b|her\b|them\b|me\b|us\b|\p{Lu}|(?:the|a|an|his|her|their|my|our|two|three)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  kicked: /^(?:him\b|her\b|them\b|me\b|us\b|\p{Lu}|(?:the|a|an|his|her|their|my|our|two|three)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  slapped: /^(?:him\b|her\b|them\b|me\b|us\b|\p{Lu}|(?:the|a|an|his|her|their|my|our|two|three)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  battered: /^(?:him\b|her\b|them\b|me\b|us\b|\p{Lu}|(?:the|a|an|his|her|their|my|our|two|three)\s+(?:\p{Ll}+\s+){0,2}(?:PERSON))/u,
  stole: /^(?!(?:the show|a march|the limelight|a glance|a kiss|a look|the headlines|hearts|the spotlight|the ball|possession|a base|second|third|home)\b)/iu,
  rigged: /^(?:the\s+)?(?:\p{Ll}+\s+)?(?:election|elections|vote|votes|ballot|poll|polls|count|tender|contract|bids?|match|matches|race|game)\b/iu,
  'covered up': /^(?:(?:\S+\s+){0,3})(?:abuse|crimes?|killings?|murders?|deaths?|rapes?|fraud|assaults?|evidence|torture|bribes?|corruption)\b/iu,
}

/** Labels that call a person a criminal: "is a war criminal", "was a serial fraudster". */
const LABELS =
  'war criminal|criminal|murderer|mass murderer|killer|serial killer|fraudster|fraud|conman|con man|con artist|paedophile|pedophile|child abuser|abuser|sex offender|terrorist|rapist|thief|crook|liar|gangster|drug dealer|drug lord|drug trafficker|people smuggler|people trafficker|trafficker|smuggler|torturer|war lord|warlord|money launderer|embezzler|extortionist|racketeer|blackmailer|cheat'

const PERSON_OBJECT = '[\\p{Ll}-]+(?<=man|woman|men|women|boy|girl|child|children|people|civilians|villagers|prisoners|wife|husband|son|daughter|mother|father|brother|sister|officer|officers|guard|guards|soldier|soldiers|protester|protesters|worker|workers|journalist|journalists|policeman|colleague|neighbour|friend|rival|victim|victims|hostage|hostages|driver|teenager|student|pupil|patient|patients|resident|residents|nurse|doctor|farmer|family|families|boys|girls|witness|witnesses)\\b'

const actsPattern = ACTS.slice()
  .sort((a, b) => b.length - a.length)
  .map((act) => act.replace(/ /g, '\\s+'))
  .join('|')
const ACT = new RegExp(`(?<![\\p{L}-])(?:${actsPattern})(?![\\p{L}-])`, 'gu')
const LABEL = new RegExp(
  `(?<![\\p{L}-])(?:is|was|has been|had been|remains|became|is now|was once)\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+and\\s+(?:a|an)\\s+)?(?:(?!(?:of|by|for|in|to|with|from|a|an|the|not|never)\\s)(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}-]*)\\s+){0,2}?(?:${LABELS})(?=\\s*(?:[.,;:!?—–)]|$|\\s(?:who|whose|and|but|in|from|of|for|with|at|on|by|to|if|whom|like)\\b))`,
  'gu',
)

/** "Reyes, a fraudster, ran the clinic": the label set beside the name. */
const APPOSED_LABEL = new RegExp(
  `,\\s+(?:a|an|the)\\s+(?:(?!(?:of|by|for|in|to|with|from|a|an|the|not|never|former|suspected|alleged)\\s)[\\p{Ll}-]+\\s+){0,2}?(?:${LABELS})\\s*,`,
  'gu',
)

/** An object that denies the act: "stole nothing", "killed nobody". */
const NOTHING = /^(?:nothing|nobody|no one|none|anything|anybody|anyone)\b/u

const OBJECT_PATTERNS: Record<string, RegExp> = Object.fromEntries(
  Object.entries(OBJECT_OF).map(([verb, pattern]) => [verb, new RegExp(pattern.source.replace(/PERSON/g, PERSON_OBJECT), pattern.flags)]),
)

/** A preposition or adverb right after a violent verb: no object, so the subject was the victim. */
const NO_OBJECT =
  /^(?:$|[.,;:!?—–)]|(?:in|at|on|near|during|after|before|while|when|as|by|last|yesterday|today|outright|instantly|together|alongside|with|for|from|inside|outside|and|or|but|himself|herself|themselves|itself|myself|ourselves|yourself)\b)/u

const NEGATION = /\b(?:not|never|no longer|n't|nor|neither|cannot|wrongly|falsely)\b|n't\b/i
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|am|get|gets|got|getting|had been|have been|has been)\s+(?:\p{Ll}+ly\s+)?$/u
/** Adverbs and auxiliaries between a subject and its verb: "He had personally killed", "she then stole". */
const BETWEEN = /(?:\s+|^)(?:allegedly|personally|then|later|also|repeatedly|once|had|has|have|systematically|secretly|brutally|reportedly|apparently|subsequently|previously|routinely|regularly|openly|deliberately|knowingly|illegally|himself|herself|twice|first|went on to|even|actually|in fact|indeed|had already|already)\s*$/iu

const COORDINATED_VERB =
  /\s+(?:\p{Ll}+ed|beat|hit|stole|shot|took|struck|threw|kept|held|bound|stripped|tied)(?:\s+(?:him|her|them|\p{Ll}+)){0,3}(?:,\s*\p{Ll}+(?:\s+\p{Ll}+){0,3})*,?\s+and$/u

/** Capitalised words that open a clause or name a body, a place or a time, never a person. */
const NOT_A_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'this', 'that', 'these', 'those', 'there', 'here', 'when', 'while',
  'after', 'before', 'last', 'yesterday', 'today', 'then', 'but', 'and', 'so', 'if', 'as', 'for', 'by', 'of',
  'police', 'army', 'government', 'officials', 'troops', 'militants', 'rebels', 'hamas', 'isis', 'is', 'isil',
  'daesh', 'hezbollah', 'taliban', 'nato', 'un', 'council', 'ministry', 'court', 'prosecutors', 'they', 'we',
  'i', 'you', 'it', 'who', 'what', 'one', 'someone', 'somebody', 'nobody', 'everyone', 'each', 'both',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'god',
])

/** Roles the people lexicon lacks that stories put beside a crime: "the club's treasurer embezzled". */
const ROLE_NOUNS = new Set([
  'treasurer', 'trustee', 'mp', 'bishop', 'vicar', 'pastor', 'cleric', 'boss', 'banker', 'broker', 'dealer',
  'agent', 'clerk', 'cashier', 'bursar', 'headmaster', 'headmistress', 'principal', 'chancellor', 'senator',
  'sheriff', 'constable', 'detective', 'sergeant', 'magistrate', 'guardian', 'stepfather', 'stepmother',
  'boyfriend', 'girlfriend', 'fiancé', 'fiance', 'ex-husband', 'ex-wife', 'ex-partner', 'employer', 'contractor',
  'tenant', 'minder', 'babysitter', 'nanny', 'warden', 'jailer', 'interrogator', 'ceo', 'chief executive',
  'financier', 'tycoon', 'magnate', 'developer', 'millionaire', 'billionaire', 'oligarch', 'warlord', 'colonel',
  'general', 'sergeant', 'lieutenant', 'major', 'commandant', 'head', 'deputy', 'partner', 'stepson', 'stepdaughter',
])

const DEFINITE = new Set(['the', 'his', 'her', 'their', 'my', 'our', 'its', 'this', 'that', 'your'])
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'no', 'every', 'any', 'each', 'which', 'what'])

const placeOrBody = new Map<string, boolean>()

/** Returns true when compromise knows a capitalised run as a place or an organisation ("Russia", "Oxfam"). */
function isPlaceOrBody(name: string): boolean {
  const cached = placeOrBody.get(name)
  if (cached !== undefined) return cached
  const doc = nlp(name)
  const known = !doc.has('#Person') && doc.has('(#Place|#Organization|#Country|#City)')
  placeOrBody.set(name, known)
  return known
}

const place = new Map<string, boolean>()

/**
 * Returns true when compromise knows a capitalised run as a place ("Russia", "Raqqa"), not a body.
 * A company or a charity can sue for what is said of it ("Northwind Bank launders cartel money"):
 * for the fail-closed reading it is someone the sentence points at.
 */
function isPlace(name: string): boolean {
  const cached = place.get(name)
  if (cached !== undefined) return cached
  const doc = nlp(name)
  const known = !doc.has('#Person') && !doc.has('#Organization') && doc.has('(#Place|#Country|#City)')
  place.set(name, known)
  return known
}

/** Words after a surname that make it a family: "the Reyes brothers". */
const FAMILY_NOUNS = new Set(['brothers', 'sisters', 'family', 'families', 'twins', 'cousins', 'clan', 'siblings', 'couple', 'household', 'sons', 'daughters'])
/** Words that point at a person the story named without naming them again. */
const SELF_POINTING = /\b(?:on (?:his|her) watch|himself|herself)\b/iu
/** A social-media handle stands for its owner: "@tomreyes stole…". */
const HANDLE = /(?:^|[\s(“"'‘])@[\p{L}\p{N}_]{2,}/u

/**
 * Returns true when the words just before a verb end in a person a reader can point at: "Ahmed
 * Khalil", "Dr Reyes", "she", "the councillor", "her husband", "the club's former treasurer".
 */
export function endsInPerson(before: string): boolean {
  const tokens = tokenize(before).filter((token) => token.text !== '"' && token.text !== '“' && token.text !== '”')
  if (tokens.length === 0) return false
  const last = tokens[tokens.length - 1]
  if (last.lower === 'he' || last.lower === 'she') return true
  if (last.capitalised) return isNameRun(tokens)
  if (!last.word) return false
  return isDefinitePerson(tokens, tokens.length - 1)
}

function isNameRun(tokens: Token[]): boolean {
  let from = tokens.length
  while (from > 0 && (tokens[from - 1].capitalised || (NAME_PARTICLES.has(tokens[from - 1].lower) && from < tokens.length))) from -= 1
  const words = tokens.slice(from).map((token) => token.text)
  while (words.length > 0 && NOT_A_NAME.has(words[0].toLowerCase())) words.shift()
  if (words.length === 0) return false
  // "Soldiers", "Villagers": a capitalised group opening the sentence is no one person.
  if (words.length === 1 && isGroup(words[0].toLowerCase())) return false
  if (words.some((word) => word.replace(/\.$/, '').toLowerCase() in HONORIFICS)) return true
  // "the mayor of Northmoor": the run names where, the noun before "of" names who.
  const before = tokens[from - 1]
  if (before?.lower === 'of' && from >= 2 && isDefinitePerson(tokens, from - 2)) return true
  if (isPlace(words.join(' '))) return false
  // Any other run of capitalised words before the verb is a person, or a company that can sue as
  // one; a lone acronym ("UN", "IS") is a body.
  return words.length > 1 || !/^\p{Lu}{2,}$/u.test(words[0])
}

function isGroup(word: string): boolean {
  return word in GROUP_NOUNS || (word.endsWith('s') && word.slice(0, -1) in PERSON_NOUNS)
}

/** A person noun at `at` with a definite determiner (or a possessive, or none) before its modifiers. */
function isDefinitePerson(tokens: Token[], at: number): boolean {
  const noun = tokens[at]
  if (!noun.word || isGroup(noun.lower) || !(isPersonNoun(noun.lower) || ROLE_NOUNS.has(noun.lower))) return false
  for (let index = at - 1, modifiers = 0; index >= 0 && modifiers <= 3; index -= 1, modifiers += 1) {
    const token = tokens[index]
    // A comma or a dash opens the phrase: "In 2019, councillor took…" points at one person.
    if (!token.word) return token.text !== '’' && token.text !== "'"
    if (DEFINITE.has(token.lower) || /['’]s$/.test(token.text)) return true
    if (INDEFINITE.has(token.lower)) return false
    if (/^(?:said|says|that|say|told|and|but|when|after|because|while|claim|claimed|heard|alleged)$/.test(token.lower)) return true
  }
  // A bare noun opening the sentence ("Councillor took bribes", headline style) points at one person.
  return at - 3 <= 0
}

type Hit = { start: number; end: number }

/**
 * Returns the subject words a crime verb at `start` is read against: the words before it, less
 * adverbs between; across an apposition or a non-restrictive "who" ("Khalil, a former guard,
 * tortured", "Khalil, who ran the prison, tortured" reads only the last comma pair) to its head.
 */
function subjectsBefore(sentence: string, start: number): string[] | null {
  let before = sentence.slice(0, start)
  while (BETWEEN.test(before)) before = before.replace(BETWEEN, '')
  before = before.trimEnd()
  // "Her husband beat her and raped her": the subject of the first verb is the subject of both.
  before = before.replace(COORDINATED_VERB, '')
  if (PASSIVE_BEFORE.test(`${before} `)) return null
  const clause = before.split(/[;:—–]|\s(?:and|but|or|because|although|though|whereas|then)\s/).pop() ?? ''
  if (NEGATION.test(clause.split(/,\s*/).pop() ?? '')) return null
  const who = /^(.*),\s*who$/su.exec(before)
  if (who) return [who[1]]
  // A restrictive "the man who killed his son" defines someone the copy does not name.
  if (/\s(?:who|which|that)$/u.test(before)) return null
  const apposition = /^(.*),\s*([^,]+),$/su.exec(before)
  if (apposition) return [apposition[1], apposition[2]]
  return [before]
}

function hitsOfActs(sentence: string): Hit[] {
  const hits: Hit[] = []
  for (const match of sentence.matchAll(ACT)) {
    const act = match[0].replace(/\s+/g, ' ').toLowerCase()
    const after = sentence.slice(match.index + match[0].length).trimStart()
    const subjects = subjectsBefore(sentence, match.index)
    if (subjects === null) {
      // "was murdered by Khalil": the passive is an accusation only with a person after "by".
      const agent = /^(?:[\p{Ll}]+\s+){0,3}?by\s+((?:(?:the|his|her|their|a|an|[\p{L}'’-]+['’]s)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’-]+)/u.exec(after)
      if (agent && byPerson(agent[1])) hits.push({ start: match.index, end: match.index + match[0].length })
      continue
    }
    if (NOTHING.test(after) || (NEEDS_OBJECT.has(act) && NO_OBJECT.test(after))) continue
    const object = OBJECT_PATTERNS[act]
    if (object && !object.test(after)) continue
    if (subjects.some(endsInPerson)) hits.push({ start: match.index, end: match.index + match[0].length })
  }
  return hits
}

/** "by Khalil", "by her husband", "by him", "by the councillor": the agent of a passive crime. */
function byPerson(agent: string): boolean {
  if (/^(?:him|her)\b/i.test(agent)) return true
  const tokens = tokenize(agent)
  // Read the agent up to its first break: "by Khalil in Raqqa" → "Khalil".
  let end = 0
  while (end < tokens.length && tokens[end].word && !/^(?:in|at|on|near|during|after|before|while|when|as|and|or|with|for|from|last)$/.test(tokens[end].lower)) end += 1
  if (end === 0) return false
  const head = tokens.slice(0, end)
  if (head[head.length - 1].capitalised) return isNameRun(head)
  const opensDefinite = DEFINITE.has(head[0].lower) || /['’]s$/.test(head[0].text)
  return opensDefinite && isDefinitePerson(head, head.length - 1)
}

function hitsOfLabels(sentence: string): Hit[] {
  const hits: Hit[] = []
  for (const match of sentence.matchAll(LABEL)) {
    const before = sentence.slice(0, match.index).trimEnd()
    if (NEGATION.test(match[0]) || /\?\s*$/.test(sentence)) continue
    if (NEGATION.test(before.split(/,\s*/).pop()?.split(/\s+/).slice(-2).join(' ') ?? '')) continue
    const subjects = subjectsBefore(sentence, match.index)
    if (subjects !== null && subjects.some(endsInPerson)) hits.push({ start: match.index, end: match.index + match[0].length })
  }
  for (const match of sentence.matchAll(APPOSED_LABEL)) {
    if (endsInPerson(sentence.slice(0, match.index))) hits.push({ start: match.index, end: match.index + match[0].length })
  }
  return hits
}

/**
 * Returns true when a narrative sentence (quoted speech already blanked) states as fact that a
 * person committed a crime or a grave wrong, or calls them a criminal.
 */
export const statesWrongdoing = byText((sentence: string): boolean => {
  if (!ACT_HINT.test(sentence)) return false
  return hitsOfActs(sentence).length > 0 || hitsOfLabels(sentence).length > 0
})

/** A cheap first look, so most sentences never reach the subject reading. */
const ACT_HINT = new RegExp(`(?:${actsPattern})|\\b(?:${LABELS})\\b`, 'u')

/**
 * Words that name a crime or a grave wrong in any of their forms — verb, noun, agent noun,
 * adjective — read whatever their case ("EMBEZZLED", "Reyes's embezzlement", "a crook and a
 * thief"). `statesWrongdoing` reads who did what to whom; this list does not: with a person in the
 * same sentence it sends the sentence to legal whatever the syntax (a restrictive "who", a cleft
 * sentence, a possessive noun, a factbox, a negation struck or not). A miss is the worst bug; an
 * extra passage legal waves through costs a minute. Violence with innocent readings ("killed in
 * the blast", "shot a film") stays with the readings above.
 */
const CRIME_TERMS = [
  'embezzl\\p{L}*', 'fraud', 'frauds', 'fraudster', 'fraudsters', 'fraudulent', 'fraudulently', 'defraud\\p{L}*', 'swindl\\p{L}*',
  'steal', 'steals', 'stealing', 'stole', 'stolen', 'theft', 'thefts', 'thief', 'thieves', 'thieving',
  'murder', 'murders', 'murdered', 'murdering', 'murderer', 'murderers', 'murderous',
  'rape', 'rapes', 'raped', 'raping', 'rapist', 'rapists',
  'abuse', 'abuses', 'abused', 'abusing', 'abuser', 'abusers', 'abusive',
  'bribe', 'bribes', 'bribed', 'bribing', 'bribery', 'kickback', 'kickbacks',
  'launder', 'launders', 'laundered', 'laundering', 'launderer', 'launderers',
  'crook', 'crooks', 'crooked', 'extort\\p{L}*', 'blackmail\\p{L}*', 'corrupt', 'corruptly', 'corruption',
  'misappropriat\\p{L}*', 'molest\\p{L}*', 'paedophil\\p{L}*', 'pedophil\\p{L}*', 'trafficker', 'traffickers',
  'racketeer\\p{L}*', 'war criminal', 'war criminals', 'war crimes?', 'con ?man', 'con artist', 'conman', 'gangster', 'gangsters',
  'drug dealer', 'drug dealers', 'drug lord', 'drug-dealing', 'drug dealing', 'money laundering', 'siphoned off', 'pocketed',
  // Taking what is not yours, by every name the desk uses for it.
  'rob', 'robs', 'robbed', 'robbing', 'robber', 'robbers', 'robbery', 'robberies', 'burgl\\p{L}*', 'shoplift\\p{L}*', 'pilfer\\p{L}*',
  'siphon\\p{L}*', 'fleeced', 'conned', 'scam', 'scams', 'scammed', 'scammer', 'scammers', 'racket', 'rackets', 'ponzi', 'pyramid scheme',
  'cooked the books', 'cooking the books', 'cook the books', 'false accounting', 'insider (?:trading|dealing)', 'price[\\s-]+fixing',
  'counterfeit\\p{L}*', 'forgery', 'forgeries', 'forger', 'forgers', 'fencing stolen', 'handling stolen',
  '(?:evad|dodg)(?:e|es|ed|ing) (?:\\p{L}+ )?tax(?:es)?', 'tax (?:evasion|evader|evaders|dodging|dodger|dodgers|fraud)',
  'helped (?:himself|herself|themselves) to', 'helping (?:himself|herself|themselves) to', 'help (?:himself|herself|themselves) to',
  'into (?:his|her|their) own (?:\\p{L}+ )?(?:accounts?|pockets?|coffers)', 'lin(?:ed|ing) (?:his|her|their) (?:own )?pockets?',
  // Lies before the law, and the law broken.
  'perjur\\p{L}*', 'lied to (?:police|the police|the court|the inquiry|parliament|investigators|the jury)', 'obstruct\\p{L}* (?:the course of )?justice',
  'broke the law', 'breaking the law', 'broken the law', 'breaks the law', 'crime(?![\\s-]+(?:correspondent|reporter|editor|writer|desk|figures|statistics|rates?|prevention|commissioner|survey|drama|novel|fiction)s?\\b)',
  'crimes', 'criminal(?![\\s-]+(?:cases review commission|justice|law)\\b)', 'criminals', 'criminally',
  'illegal', 'illegally', 'unlawful', 'unlawfully', 'wrongdoing', 'misconduct', 'malpractice', 'guilty', 'culpable', 'felon', 'felons', 'felony',
  // Corruption by its slang.
  'bung', 'bungs', 'backhanders?', 'on the take', 'payola', 'graft', 'sleaze', 'sleazy', 'vote[\\s-]+rigging', 'ballot[\\s-]+stuffing',
  // Organised crime.
  'cartel', 'cartels', 'mafia', 'mafioso', 'mob boss', 'crime boss', 'crime lord', 'crime family', 'gang (?:leader|boss|member)s?', 'kingpin', 'hitman', 'hit man',
  // Sex offences and their slang; a child and sex in one sentence are read below.
  'paedo', 'paedos', 'pedo', 'pedos', 'nonce', 'nonces', 'predator', 'predators', 'predatory', 'groom(?:ed|ing|s)? (?:a|an|the|his|her|two|three|several|young|\\d)',
  'sexual (?:assault|abuse|misconduct|offences?|harassment|predator)', 'indecent\\p{L}*', 'voyeur\\p{L}*', 'upskirt\\p{L}*', 'stalk(?:ed|ing|er|ers)',
  'harass(?:ed|ing|ment)', 'exploit(?:ed|ing) (?:a|the|young|vulnerable|children|girls|boys)',
  // Violence by its other names.
  'torch(?:ed|ing)', 'arson\\p{L}*', 'fire[\\s-]*bomb\\p{L}*', 'petrol[\\s-]+bomb\\p{L}*', 'drink[\\s-]+driv\\p{L}*', 'drunk[\\s-]+driv\\p{L}*',
  'drove (?:home |off |away )?(?:drunk|while drunk|over the limit|under the influence)', 'hit[\\s-]+and[\\s-]+run', 'manslaughter',
  '(?:was|is|were|are) (?:\\p{L}+ )?(?:responsible|to blame) for (?:the )?(?:\\p{L}+ )?(?:deaths?|killings?|murders?|massacre|bombing|attack|collapse|fire|crash|abuse)',
  '(?:was|is|were|are) (?:\\p{L}+ )?behind (?:the|a|an|last|this|these|those|his|her|their) (?:\\p{L}+(?:[\\u0027\\u2019]s)? )?(?:bombings?|attacks?|killings?|murders?|massacres?|plot|shootings?|fire|arson|kidnappings?|abductions?|hack|leak|fraud|scheme|campaign of)',
  // The state betrayed.
  'espionage', 'spied', 'spying for', 'spy for', 'treason', 'traitor', 'traitors', 'treacherous',
  '(?:sold|leaked|passed|handed|gave) (?:\\p{L}+ )?(?:state|military|official|classified|nuclear|defence|government) secrets',
  '(?:funded|financed|bankrolled|armed|funds|finances|bankrolls|arms|recruited for|fought for|joined) (?:the )?(?:islamic state|isis|isil|daesh|al[\\s-]+qaeda|al[\\s-]+shabaa?b|boko haram|the ira|ira|hamas|hezbollah|the taliban|taliban|terror\\p{L}*|jihad\\p{L}*|militants?|extremists?)',
  'terror(?:ist|ism)? financ\\p{L}*',
  // Paying someone to do wrong, and looking away for money.
  'paid (?:\\p{L}+ ){0,4}to (?:look the other way|turn a blind eye|keep quiet|stay quiet|keep (?:his|her|their) mouths? shut|change (?:his|her|their) (?:story|evidence|vote|testimony)|lie|drop (?:the|his|her|their) (?:case|complaint|charges?|claim)|withdraw|disappear)',
  'look(?:s|ed|ing)? the other way', 'turn(?:s|ed|ing)? a blind eye', 'hush money', 'kept (?:\\p{L}+ ){0,2}quiet for money',
  // Records falsified by their verbs.
  '(?:doctor|fiddl|fudg|massag|fak|falsif|cook)(?:e|ed|es|ing|ied|ies|y)? (?:the |his |her |their |its )?(?:\\p{L}+ )?(?:accounts|books|figures|records|results|evidence|documents|minutes|data|numbers|expenses|claims|returns|invoices|timesheets|test results|safety checks|logs)',
  // Taken for oneself.
  '(?:took|taken|taking|kept|keeping|spent|spending|pocketing|used|using) (?:\\p{L}+ ){0,4}for (?:himself|herself|themselves)', 'ran off with', 'run off with', 'made off with', 'makes off with',
  'went missing on (?:his|her|their) watch', 'vanished on (?:his|her|their) watch', '(?:the )?(?:man|woman|person|people|men|women|one|official|officials) responsible (?:was|is|were|are)', 'culprits?',
  // Violence and sex offences by idiom.
  'forced (?:himself|herself|themselves) on', 'had (?:the|a|an|his|her|their|two|three) (?:\\p{L}+ ){0,2}(?:killed|murdered|beaten|shot|kidnapped|attacked|silenced|executed|tortured|disappeared)',
  'threaten(?:s|ed|ing)? to (?:kill|murder|shoot|stab|behead|burn|rape|hurt)', 'pockets (?:\\p{L}+ ){0,2}(?:cash|money|funds|donations|millions|thousands|grants?|fees)', 'pocketing', 'death threats?', 'gunned down', 'mowed down', 'burn(?:ed|t|s|ing)? down', 'set (?:\\p{L}+ ){1,3}alight', 'knifed', 'spiked (?:her|his|their|a|the) drinks?', 'hacked into', 'deal(?:s|ing|t)? (?:drugs|cocaine|heroin|crack|meth)',
  'drowned (?:his|her|their|a|the) ', 'cocaine habit', 'drug habit', 'junkie', 'junkies', 'thug', 'thugs', 'racist', 'racists', 'jihadist', 'jihadists', 'bigot', 'bigots', 'liar', 'liars',
]
const CRIME_TERM = new RegExp(`(?<![\\p{L}-])(?:${CRIME_TERMS.join('|').replace(/ /g, '[\\s-]+')})(?![\\p{L}])`, 'iu')

/**
 * Long crime words a reader reads straight through when misspelt ("embezzeled", "fraudster" as
 * "fraudstar"): a word of eight letters or more one letter away (two for twelve or more) from one
 * of these names the crime. Shorter words are left alone: one letter turns "stabbed" into "stabled".
 */
const SPELT_CRIMES = [
  'embezzled', 'embezzling', 'embezzlement', 'embezzler', 'fraudster', 'fraudsters', 'fraudulent', 'defrauded', 'laundered', 'laundering',
  'corruption', 'extortion', 'extorted', 'blackmailed', 'blackmailer', 'kidnapped', 'kidnapper', 'murdered', 'murderer', 'tortured',
  'torturer', 'paedophile', 'pedophile', 'trafficked', 'trafficking', 'trafficker', 'misappropriated', 'misappropriation', 'burglary',
  'burglaries', 'molested', 'molester', 'swindled', 'swindler', 'racketeering', 'perjured', 'bribery', 'robberies', 'espionage',
  'manslaughter', 'counterfeited', 'strangled', 'assaulted', 'massacred', 'terrorist', 'terrorism',
]
const SPELT = new Map<number, string[]>()
for (const word of SPELT_CRIMES) for (const length of [word.length - 2, word.length - 1, word.length, word.length + 1, word.length + 2]) SPELT.set(length, [...(SPELT.get(length) ?? []), word])

/** Returns the number of single-letter edits (a swap of two letters counts one) between two words, stopping past `most`. */
function editsBetween(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1
  // Three rows (a swap looks two back); a row whose every cell is past `most` can only grow.
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  let row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i
    let least = i
    for (let j = 1; j <= b.length; j += 1) {
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1)
      row[j] = best
      if (best < least) least = best
    }
    if (least > most) return most + 1
    ;[before, previous, row] = [previous, row, before]
  }
  return previous[b.length]!
}

/** A letter dropped from a crime word of seven letters or more ("murderd", "strangld"): no such word is English. */
function droppedLetter(word: string): boolean {
  return word.length >= 6 && DROPPED.has(word)
}
/** Crime words of seven letters the long list leaves out, read only for a dropped letter. */
const SHORT_CRIMES = ['stabbed', 'robbery', 'robbers', 'bribery', 'raping', 'thieves', 'stealing', 'beheaded', 'poisoned', 'killing', 'looting']
/** Every crime word above with one letter dropped, made once (a word is then looked up, not compared with each). */
const DROPPED = new Set(
  [...SPELT_CRIMES, ...SHORT_CRIMES].flatMap((crime) => Array.from({ length: crime.length }, (_, at) => crime.slice(0, at) + crime.slice(at + 1))),
)

/** The long crime words of one length that start with one letter: the only ones a misspelling of that word can be. */
const SPELT_BY_START = new Map<string, string[]>()
function speltLike(word: string): string[] {
  const key = `${word.length}:${word[0]}`
  let crimes = SPELT_BY_START.get(key)
  if (crimes === undefined) {
    crimes = (SPELT.get(word.length) ?? []).filter((crime) => crime[0] === word[0])
    SPELT_BY_START.set(key, crimes)
  }
  return crimes
}

/** Digits and signs typed for letters: "st0le", "fr@udster", "r*ped" (a star stands for any vowel). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'l' }
const DISGUISED = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}@$!|*]*\p{L})(?=[\p{L}\p{N}@$!|*]*[\p{N}@$!|*])[\p{L}\p{N}@$!|*]{3,}/gu

/** Returns the readings of a text with each disguised word spelt out; empty when none is disguised. */
function spelledOut(text: string): string[] {
  // A word a reader reads through its disguise has one or two signs among its letters ("st0le",
  // "fr@udster"); a code or an id ("r2e9z6ak3b", "A4", "1990s") is not one.
  const words = [...text.matchAll(DISGUISED)]
    .map((match) => match[0])
    .filter((word) => (word.match(/[\p{N}@$!|*]/gu) ?? []).length <= 2 && (word.match(/\p{L}/gu) ?? []).length >= 3 && !/^\p{N}+(?:st|nd|rd|th|s|m|km|kg|am|pm)$/iu.test(word))
  if (words.length === 0) return []
  return ['a', 'e', 'i', 'o', 'u'].map((vowel) =>
    words.reduce((reading, word) => reading.replace(word, [...word].map((char) => (char === '*' ? vowel : (LEET[char] ?? char))).join('')), text),
  )
}

/** Returns true when a word is a long crime word misspelt (see SPELT_CRIMES). */
const misspeltCrime = byText((word: string): boolean => {
  if (SPELT_CRIMES.includes(word)) return false
  if (droppedLetter(word)) return true
  if (word.length < 8) return false
  return speltLike(word).some((crime) => {
    if (crime === word) return false
    return editsBetween(word, crime, crime.length >= 12 ? 2 : 1) <= (crime.length >= 12 ? 2 : 1)
  })
})

/**
 * A child and sex in one sentence: "had sex with a 13-year-old girl", "sent sexual messages to a
 * schoolgirl". With a person pointed at, legal reads it whoever the doer is.
 */
const CHILD_AND_SEX = /\b(?:sex|sexual|sexually|slept with|sleeping with|intercourse|intimate|indecent|naked|nude|explicit)\b[^.!?]*\b(?:(?:[1-9]|1[0-7])[\s-]+year[\s-]+olds?|(?:aged|age) (?:[1-9]|1[0-7])\b|child|children|schoolgirls?|schoolboys?|minors?|underage|under-age|pupils?|girl|boy)\b|\b(?:(?:[1-9]|1[0-7])[\s-]+year[\s-]+olds?|child|children|schoolgirls?|schoolboys?|minors?|underage|under-age|pupils?)\b[^.!?]*\b(?:sex|sexual|sexually|slept with|intercourse|indecent|naked|nude|explicit)\b/iu

/** Returns true when the text names a crime in any form, in any case (see CRIME_TERMS), a long crime word misspelt, or a child and sex. */
export const namesCrime = byText((text: string): boolean => readsAsCrime(text) || spelledOut(text).some(readsAsCrime) || joinedPieces(text).some(isCrimeWord))

/**
 * A word broken by spaces a reader reads straight through: "t h i e f", "em bez zled", "mis app
 * rop riated". Within each run of short lower-case pieces (six letters or fewer), every stretch of
 * two to four pieces is read joined (and, of single letters, every stretch of three or more).
 */
function joinedPieces(text: string): string[] {
  const found: string[] = []
  for (const run of text.matchAll(/(?<![\p{L}])\p{Ll}{1,6}(?: \p{Ll}{1,6})+(?![\p{L}])/gu)) {
    const pieces = run[0].split(' ')
    for (let from = 0; from < pieces.length; from += 1) {
      const letters = pieces[from]!.length === 1
      let to = from + 1
      // A stretch of single letters is read as one word, however long.
      if (letters) while (to < pieces.length && pieces[to]!.length === 1) to += 1
      if (letters && to - from >= 3) found.push(pieces.slice(from, to).join(''))
      for (let end = from + 2; end <= Math.min(pieces.length, from + 4); end += 1) found.push(pieces.slice(from, end).join(''))
    }
  }
  return found
}

/**
 * The same reading for one run of lowercase letters (a word read joined, "thief" from "t h i e f"):
 * a crime term is then the whole run, so the terms are tried at its start alone, not at every letter.
 */
const CRIME_WORD = new RegExp(`^(?:${CRIME_TERMS.join('|').replace(/ /g, '[\\s-]+')})$`, 'u')
const isCrimeWord = byText((word: string): boolean => CRIME_WORD.test(word) || (word.length >= 6 && misspeltCrime(word)))

const readsAsCrime = (text: string): boolean =>
  CRIME_TERM.test(text) || CHILD_AND_SEX.test(text) || (text.match(/\p{L}{6,}/gu) ?? []).some((word) => misspeltCrime(word.toLowerCase()))

/** What the story has told so far that the sentence may point back at. */
export type StoryPeople = {
  /** Surnames (and single names) of the people the story has named in full. */
  surnames: Set<string>
  /** The story has named a person: its "he" and "she" resolve to someone. */
  namedSomeone: boolean
}

export const newStoryPeople = (): StoryPeople => ({ surnames: new Set(), namedSomeone: false })

const PRONOUNS = new Set(['he', 'she', 'him', 'her'])
/** Nouns for the people a crime was done to: "the victim of a fraudster" points at nobody accused. */
const WRONGED = new Set(['victim', 'victims', 'survivor', 'survivors'])

/**
 * Returns true when a sentence points at a person a reader can name: a name (two capitalised
 * words that are not a place or a body, an honorific and a name, a surname the story named in
 * full before), a definite person or role noun ("the mayor", "the club's treasurer"), or "he"/"she"
 * once the story has named someone. Remembers the names it meets in `people`.
 */
export function pointsAtPerson(sentence: string, people: StoryPeople): boolean {
  const tokens = tokenize(sentence)
  // A handle stands for its owner; "on his watch", "for himself" point at the person the story named.
  let found = HANDLE.test(sentence) || (people.namedSomeone && SELF_POINTING.test(sentence))
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!
    if (!token.word) continue
    // "His embezzlement of the fund": a possessive on the crime itself points at the person named.
    if ((token.lower === 'his' || token.lower === 'her') && people.namedSomeone && namesCrime(tokens[index + 1]?.text ?? '')) found = true
    // "Stole £2m from donors." in a story that names someone: the subject dropped, as notes and
    // factboxes drop it, is the person the story is about.
    if (index === 0 && people.namedSomeone && /^(?:\p{Lu}\p{Ll}+ed|Stole|Took|Hid|Sold|Paid|Beat|Hit|Shot|Lied|Ran|Kept|Made)$/u.test(token.text) && namesCrime(sentence)) found = true
    // "He took it." opens with a capital: still the pronoun, not a name.
    if (PRONOUNS.has(token.lower)) {
      if (people.namedSomeone) found = true
      continue
    }
    const bare = token.text.replace(/['’]s$/u, '')
    if (/^\p{Lu}/u.test(bare)) {
      let end = index
      const run: string[] = []
      while (end < tokens.length && ((tokens[end]!.word && /^\p{Lu}/u.test(tokens[end]!.text)) || (tokens[end]!.text === '&' && end > index && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')))) {
        if (tokens[end]!.text === '&') {
          end += 1
          continue
        }
        run.push(tokens[end]!.text.replace(/['’]s$/u, ''))
        end += 1
        if (/['’]s$/u.test(tokens[end - 1]!.text)) break
      }
      if (isPersonName(run, people)) found = true
      // "The Reyes brothers": a surname and a family noun point at people the reader can name.
      else if (run.filter((word) => !NOT_A_NAME.has(word.toLowerCase())).length === 1 && FAMILY_NOUNS.has(tokens[end]?.lower ?? '')) found = true
      index = end - 1
      continue
    }
    if (PRONOUNS.has(token.lower) && people.namedSomeone) found = true
    else if (!WRONGED.has(token.lower) && isDefinitePerson(tokens, index)) found = true
  }
  return found
}

/** A run of capitalised words that names a person; remembers a full name's surname. */
function isPersonName(run: string[], people: StoryPeople): boolean {
  const words = run.slice()
  while (words.length > 0 && NOT_A_NAME.has(words[0]!.toLowerCase())) words.shift()
  if (words.length === 0) return false
  if (words.some((word) => word.replace(/\.$/, '').toLowerCase() in HONORIFICS) && words.length > 1) return remember(words, people)
  if (words.length === 1) {
    const word = words[0]!
    return people.surnames.has(word) || people.surnames.has(word.toLowerCase())
  }
  if (words.every((word) => /^\p{Lu}+$/u.test(word))) {
    // A headline in capitals: any run of two words may be a name ("TOM REYES EMBEZZLED…").
    return remember(words.map((word) => word.toLowerCase()), people)
  }
  if (isGroup(words[0]!.toLowerCase()) || isPlace(words.join(' '))) return false
  return remember(words, people)
}

function remember(words: string[], people: StoryPeople): true {
  people.namedSomeone = true
  people.surnames.add(words[words.length - 1]!)
  return true
}

/**
 * Returns true when a sentence (or a list item, or a heading read with the list under it) names
 * a crime and points at a person, whatever it says of them: see CRIME_TERMS and pointsAtPerson.
 */
export function namesWrongdoing(sentence: string, people: StoryPeople): boolean {
  // The crime first: most sentences name none, and the story's people were learnt before (the
  // passage read's first pass points at every sentence once).
  return namesCrime(sentence.replace(DONE_TO_SUBJECT, ' ').replace(INVESTIGATOR, ' ')) && pointsAtPerson(sentence, people)
}

/** A body whose own name carries a crime word: "the Serious Fraud Office", "the National Crime Agency". */
const INVESTIGATOR =
  /\b(?:\p{Lu}\p{Ll}+\s+){1,4}(?:Office|Agency|Commission|Unit|Squad|Service|Bureau|Directorate|Authority|Department|Division|Team|Taskforce|Act|Court|Tribunal|Board)\b/gu

/**
 * A crime done to the sentence's subject with no one named as its doer ("Ahmed Khalil was
 * murdered in Raqqa", "she had been raped"): a death or a harm reported, not an accusation. Only
 * the passive participle with no "by" after it is passed over; every other word still counts.
 */
const DONE_TO_SUBJECT = new RegExp(
  `(?<![\\p{L}])(?:was|were|is|are|been|being|get|gets|got)\\s+(?:\\p{L}+ly\\s+)?(?:murdered|raped|abused|robbed|defrauded|swindled|blackmailed|extorted|molested)(?![\\p{L}])(?!\\s+(?:\\p{L}+\\s+){0,3}?by\\b)`,
  'giu',
)
