import { quotePairs } from '../legal/words'
import { SPEECH_VERBS } from './lexicon'
import { splitSentences } from './sentences'
import { isWord, tokenize } from './words'

/** Text between a pair of double quote marks (straight or curly) in a paragraph. */
export type QuotedSpan = { start: number; end: number; inner: string }

/**
 * How a quoted span is tied to a speaker:
 * - `after`: a speech verb in the clause right after it (`"Yes," she said.`),
 * - `before`: a speech verb ending in a colon or comma right before it (`She said: "…"`),
 * - `alone`: a whole sentence of its own, spoken by whoever spoke last,
 * - `none`: words in quote marks inside a narrative sentence (scare quotes, titles): not speech.
 */
export type Attribution =
  | {
      kind: 'after' | 'before'
      phrase: string
      appositive: string | null
      phraseStart: number
      phraseEnd: number
      /** Words between the verb and the colon ("told Dateline on condition of anonymity:"). */
      aside?: string
      /**
       * Words quoted inside reported speech ("said it was "deeply saddened" by the loss"): the
       * speaker's own words, but a fragment of them, never run together with the next span.
       */
      reported?: boolean
    }
  | { kind: 'alone' }
  | { kind: 'none' }


/** Returns the quoted spans of a paragraph (double marks, and single curly ones used as speech marks). */
export function findQuotedSpans(paragraph: string, continued = false): QuotedSpan[] {
  const pairs = quotePairs(paragraph).map(({ start, end }) => ({ start, end, inner: paragraph.slice(start + 1, end - 1).trim() }))
  // Only when the next paragraph opens with a quote mark is a mark left open a quote carried on;
  // otherwise it is a slip of the keyboard, and no speech is read into it.
  const open = continued ? unclosedSpan(paragraph, pairs[pairs.length - 1]?.end ?? 0) : null
  if (open) pairs.push(open)
  return pairs.length > 0 ? pairs : dashSpans(paragraph)
}

/**
 * House style runs a quote over paragraphs by leaving the closing mark off all but the last:
 * `…she said. "People think a knife is silent… like someone knocking on a door.` — the speech
 * runs to the end of the paragraph, and the next paragraph opens with a mark and goes on.
 */
function unclosedSpan(paragraph: string, from: number): QuotedSpan | null {
  const match = /["“](?=[\p{L}\p{N}‘'])[^"”]*$/u.exec(paragraph.slice(from))
  if (!match) return null
  const start = from + match.index
  const inner = paragraph.slice(start + 1).trim()
  return /\s/.test(inner) ? { start, end: paragraph.length, inner } : null
}

/** Returns true when a paragraph leaves a quote open and the next carries it on. */
export function leavesQuoteOpen(paragraph: string, next: string | undefined): boolean {
  if (next === undefined || !/^["“]/.test(next)) return false
  const pairs = quotePairs(paragraph)
  return unclosedSpan(paragraph, pairs[pairs.length - 1]?.end ?? 0) !== null
}

/**
 * Em-dash dialogue, as continental and translated copy prints it: `— We will fight, said the
 * commander.` The speech runs from the dash to the comma before an attribution; the span keeps
 * that comma inside (`start` is the dash, `end` one past the comma and its space), as a quoted
 * span keeps its closing punctuation inside the marks.
 */
function dashSpans(paragraph: string): QuotedSpan[] {
  if (!/^[—–]\s*\S/.test(paragraph)) return []
  for (const match of paragraph.matchAll(/[,?!]\s+/g)) {
    const rest = paragraph.slice(match.index + match[0].length)
    const clause = splitSentences(rest)[0] ?? ''
    const verb = tokenize(clause).findIndex((token) => SPEECH_VERBS.has(token.lower))
    if (verb < 0 || verb > 4) continue
    const end = match.index + match[0].length
    return [{ start: 0, end, inner: paragraph.slice(1, match.index + 1).trim() }]
  }
  return []
}

// Speech in house style closes with its own punctuation inside the marks: `"Yes,"`, `"Why?"`.
const ENDS_WITH_PUNCTUATION = /[,.?!…—–-]$/
const ENDS_A_SENTENCE = /[.?!…]$/
/**
 * An attribution after the quote names its speaker within a few tokens of the verb: "a commander
 * urged", "the defendant's barrister, Tom Reyes, said".
 */
const MAX_SPEAKER_TOKENS = 12
/** Words a speech verb may take before the colon: "told us outside court:", "said in a letter to parents:". */
const MAX_WORDS_AFTER_VERB = 6
/** Tokens a speaker phrase before the verb may have: "Lowe's daughter, Mira, who sat behind him…". */
const MAX_LEAD_TOKENS = 30

/**
 * Returns true when the span's words leave the narrative for a quote record of their own: speech
 * printed as speech. Words quoted inside reported speech are both a quote record and part of the
 * narrative sentence that reports them, which the legal read goes on reading whole.
 */
export function leavesNarrative(attribution: Attribution): boolean {
  return attribution.kind !== 'none' && !(attribution.kind === 'before' && attribution.reported === true)
}

/** Returns how the span at `index` is attributed, judged from the text around it. */
export function attributeSpan(paragraph: string, spans: QuotedSpan[], index: number): Attribution {
  const span = spans[index]
  if (!/[\p{L}\p{N}]/u.test(span.inner)) return { kind: 'none' }
  const before = paragraph.slice(index > 0 ? spans[index - 1].end : 0, span.start)
  const after = paragraph.slice(span.end, spans[index + 1]?.start ?? paragraph.length)
  if (paragraph[span.start] === "'" && !speechShaped(span.inner, before)) return { kind: 'none' }

  // `"He told me, 'You will never work again,'" she said`: a quote inside the quote closes first.
  const closing = span.inner.replace(/['’‘]+$/, '')
  if (ENDS_WITH_PUNCTUATION.test(closing) || /^\s*[,—–-]/.test(after)) {
    const attribution = clauseAfter(after, span.end)
    if (attribution) return attribution
  }
  // `"We are sorry that anyone was hurt," said the chief executive, Laura Dent, "and we have
  // asked…"`: a span carrying on in lower case after the attribution that split it is the same
  // utterance, by the same speaker.
  if (index > 0 && /^\p{Ll}/u.test(span.inner) && /,\s*$/.test(before) && /[,—–-]$/.test(spans[index - 1].inner)) {
    const split = attributeSpan(paragraph, spans, index - 1)
    if (split.kind === 'after' && split.phraseEnd <= span.start) return split
  }
  const lead = clauseBefore(before, span.start)
  if (lead === null) return ENDS_A_SENTENCE.test(closing) ? { kind: 'alone' } : { kind: 'none' }
  // `Her message to the health secretary was simple: "Pay us what we are worth."`: a whole
  // sentence after a colon with no speech verb is the words of whoever the copy is about.
  const before_ = attributionBefore(lead.text, lead.offset)
  if (before_) return before_
  const reported = reportedSpeech(lead.text, lead.offset, span.inner) ?? characterised(lead.text, lead.offset, span.inner, after)
  if (reported) return parenthetical(reported)
  // `said the building had been "properly inspected and approved" and that he was "praying for
  // the families"`, `called it "a provocation" and said…"for the crime of being a union
  // official"`: a second fragment carried on by "and" in the same report is the same speaker's.
  // `would "strongly deny" the charge and would "vigorously contest" it`: "and" with the same
  // subject's next verb carries the report on too.
  const carriedOn =
    /^\s*(?:,\s*)?(?:and|but|or)\b[^.!?]*$/.test(before) ||
    (/\b(?:and|but|or)\s+(?:that|would|will|had|has|have|was|were|is|could|should|must|did)\b[^.!?]*$/.test(before) && before.split(/\s+/).length <= 14 && !/[.!?]/.test(before))
  if (index > 0 && carriedOn && (spans[index].inner.split(/\s+/).length >= 2 || AFTER_A_VERB.test(before))) {
    const previous = attributeSpan(paragraph, spans, index - 1)
    if (previous.kind === 'before' && previous.reported) return previous
  }
  return lead.text.endsWith(':') && ENDS_A_SENTENCE.test(closing) && /^\p{Lu}/u.test(span.inner) ? { kind: 'alone' } : { kind: 'none' }
}

/**
 * House style prints scare quotes in straight single marks ("what they call the IS 'death cult',
 * one fighter said"), and headlines quote speech in them ("Commander: 'We will not retreat'").
 * Such a span is speech when it is shaped as speech: its own punctuation closes it inside the
 * marks, it opens its sentence, or a colon or comma leads into it.
 */
function speechShaped(inner: string, before: string): boolean {
  return ENDS_WITH_PUNCTUATION.test(inner) || clauseBefore(before, 0) === null || /[:,]\s*$/.test(before)
}

const LEADING_PUNCTUATION = /^\s*[,;:—–-]?\s*/

function clauseAfter(after: string, offset: number): Attribution | null {
  const skipped = LEADING_PUNCTUATION.exec(after)?.[0].length ?? 0
  const clause = (splitSentences(after.slice(skipped))[0] ?? '').replace(/[.!?]$/, '')
  const clauseOffset = offset + skipped
  const tokens = tokenize(clause)
  const verb = tokens.findIndex((token) => SPEECH_VERBS.has(token.lower))
  if (verb < 0 || verb > MAX_SPEAKER_TOKENS) return null
  // `would examine "every complaint…", and urged anyone…`, `were "a lie, and she knows it", and
  // that the committee had asked…`: the sentence carries on after the span; no speaker follows it.
  if (CARRIES_ON.has(tokens[0].lower)) return null

  if (verb > 0) {
    const phraseEnd = tokens[verb - 1].end
    return { kind: 'after', phrase: clause.slice(0, phraseEnd), appositive: null, phraseStart: clauseOffset, phraseEnd: clauseOffset + phraseEnd }
  }
  // Verb first ("said Dr Amal Haddad, a surgeon"): the speaker follows, an appositive after a comma.
  const [named, ...description] = clause.slice(tokens[0].end).split(',')
  const phrase = named.trim()
  if (!phrase) return null
  const phraseStart = clauseOffset + clause.indexOf(phrase, tokens[0].end)
  return {
    kind: 'after',
    phrase,
    appositive: description.join(',').trim() || null,
    phraseStart,
    phraseEnd: phraseStart + phrase.length,
  }
}

type Lead = { text: string; offset: number }

// Returns the part of the current sentence before the span, or null when the span opens a sentence.
function clauseBefore(before: string, spanStart: number): Lead | null {
  if (!before.trim() || /[.?!…]["”’)]?\s*$/.test(before)) return null
  const sentence = splitSentences(before).pop() ?? ''
  // "…accused officers of "unnecessary force" after the raid; police said it had been "…"": a
  // semicolon starts a clause of its own, with its own subject.
  const text = sentence.includes('; ') ? sentence.slice(sentence.lastIndexOf('; ') + 2) : sentence
  const trimmed = text.trimEnd()
  return { text: trimmed, offset: spanStart - (before.length - before.lastIndexOf(trimmed)) }
}

// `Dr Haddad said: "…"`, `The defendant's barrister, Tom Reyes, told the jury: "…"`,
// `Of the men who shelled the hospital, she said only: "…"`.
function attributionBefore(lead: string, offset: number): Attribution | null {
  if (!/[:,]$/.test(lead)) return null
  // `According to Ahmed Karim, a farmer, "the whole valley is gone"`.
  const according = /(?:^|,\s*|\b(?:and|but)\s+)according\s+to\s+(?<who>[^,:]+)(?<rest>,[^,:]*)?[,:]$/i.exec(lead)
  if (according?.groups) {
    const phraseStart = offset + according.index + according[0].indexOf(according.groups.who)
    const appositive = according.groups.rest?.replace(/^,\s*/, '').trim() || null
    return { kind: 'before', phrase: according.groups.who, appositive, phraseStart, phraseEnd: phraseStart + according.groups.who.length }
  }
  // "She showed Dateline an email she received in March from the head of Year 8, Claire Dunmore:",
  // "The jury was shown a text message Mr Okafor sent to his sister…:": a document's words, led
  // in by a colon with no speech verb, are the words of whoever the lead says wrote or sent it.
  const writer = documentWriter(lead)
  if (writer) {
    const phraseStart = offset + writer.at
    return { kind: 'before', phrase: writer.phrase, appositive: null, phraseStart, phraseEnd: phraseStart + writer.phrase.length }
  }
  const tokens = tokenize(lead)
  let wordsAfter = 0
  for (let verb = tokens.length - 1; verb > 0 && wordsAfter <= MAX_WORDS_AFTER_VERB; verb -= 1) {
    const token = tokens[verb]
    if (!isWord(token)) continue
    if (!SPEECH_VERBS.has(token.lower)) {
      wordsAfter += 1
      continue
    }
    if (verb > MAX_LEAD_TOKENS) return null
    const before = tokens[verb - 1]
    if (!before.word && before.text !== ',') return null
    const phrase = lead.slice(0, before.end).replace(/,\s*$/, '')
    if (!/[\p{L}]/u.test(phrase)) return null
    return { kind: 'before', phrase, appositive: null, phraseStart: offset, phraseEnd: offset + phrase.length, aside: lead.slice(token.end) }
  }
  return null
}

/** Words a reported clause may run between its speech verb and the words quoted in it. */
const MAX_REPORTED_WORDS = 30
/** "Before she left, Ms Tran said…", "Outside court, his daughter said…": a lead-in, not the speaker. */
const LEAD_IN_CLAUSE = /^(?:(?:(?:Before|After|When|While|As|Outside|Inside|Earlier|Later|Afterwards|Asked|Speaking|In|On|At)\b[^,]*|\p{Lu}\p{Ll}+ly),|In (?:a|an|one|the|another|his|her|its|their) (?:\p{Ll}+ )?(?:email|letter|statement|message|memo|note|interview|post|text|tweet)s?)\s+(?=\S)/u

/**
 * `Ms Kowalczyk said the union did not condone "anyone throwing anything"`, `His agent said he
 * "rejects the characterisation of his work entirely"`: words in marks inside what a named subject
 * is reported to have said are that subject's words. The subject opens the sentence and the
 * speech verb follows it; a word alone in marks is theirs only after a verb (see below).
 */
function reportedSpeech(lead: string, offset: number, inner: string): Attribution | null {
  // "said he was "devastated"", "would "engage" with its chair": a word alone in marks after a
  // verb is the subject's word; after a noun's article or possessive ("the firm's "flexibility"",
  // "the so-called "caliphate"") it is a scare quote.
  if ((inner.split(/\s+/).length < 2 && !AFTER_A_VERB.test(lead)) || /[:;]$/.test(lead)) return null
  const tokens = tokenize(lead)
  // "His care notes, which she obtained…, record that he was "found seated"": a noun that can be a
  // verb ("notes", "states") followed by a comma is the noun; documents "record" what they say.
  // "Asked about the video, he said he was aware of "…"": a fronted "Asked" is not the verb.
  const verb = tokens.findIndex((token, index) => (index > 0 || !FRONTED_VERB.test(token.text)) && (SPEECH_VERBS.has(token.lower) || RECORDS.has(token.lower)) && !(NOUN_OR_VERB.has(token.lower) && tokens[index + 1]?.text === ','))
  // "Minutes… record the medical director, Dr Kwabena Asante, warning that the system had "failed
  // its last two validation tests"": a participle after a named person reports their words.
  // "…, Harcourt Doyle, wrote to ITV News describing the allegations as "…"": a speech verb before
  // the participle says who speaks; "Minutes… record the director… warning" has none.
  const participle = reportedByParticiple(lead, offset, tokens)
  const spoken = tokens.findIndex((token) => SPEECH_VERBS.has(token.lower) && !NOUN_OR_VERB.has(token.lower))
  const participleAt = tokens.findIndex((token) => REPORTING_PARTICIPLE.has(token.lower))
  if (participle && !(spoken >= 0 && spoken < participleAt)) return participle
  if (verb < 0) return null
  if (verb <= 0 || verb > MAX_LEAD_TOKENS) return null
  // "had been told it was "performing well"": the subject was told, and is not the speaker.
  if (/^(?:been|was|were|being|is|are|be)$/i.test(tokens[verb - 1].text)) return null
  if (tokens.slice(verb + 1).filter(isWord).length > MAX_REPORTED_WORDS) return null
  let { phrase, start } = subjectBefore(lead, tokens, verb)
  // "On Tuesday, before the police announcement, he told…": clauses fronted one after another.
  const afterComma = /,\s*((?:he|she|they|we|I|it)|(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)$/u.exec(phrase)
  if (afterComma && LEAD_IN_CLAUSE.test(lead)) {
    start += afterComma.index + afterComma[0].length - afterComma[1].length
    phrase = afterComma[1]
  }
  // "In a prepared statement read to the court, Mr Tolland said…": the first verb was the
  // fronted clause's; the subject is after its comma.
  if (/^(?:In|On|At|After|Before|When|While|During)\s/.test(phrase)) return laterSubject(lead, offset, tokens)
  // "At the other end of the table, her father said…": a subject a possessive opens, after a fronted clause.
  // "the coalition's spokeswoman, Valentina Roa, 26, said police had…": a description, then the name.
  const described = /^(?:the|a|an)\s[^,]+,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?:,\s*\d{1,3})?$/u.test(phrase)
  if ((!described && !/^(?:\p{Lu}|(?:he|she|they|we|it)\b|(?:his|her|their|its|our)\s+\p{Ll}+$)/u.test(phrase)) || /\b(?:if|whether|because|that)\b/i.test(phrase)) return laterSubject(lead, offset, tokens)
  return { kind: 'before', phrase, appositive: null, phraseStart: offset + start, phraseEnd: offset + start + phrase.length, aside: lead.slice(tokens[verb].end), reported: true }
}

/** The words before the verb, without a fronted clause ("On Sunday, …"): the subject and where it starts in the lead. */
function subjectBefore(lead: string, tokens: ReturnType<typeof tokenize>, verb: number): { phrase: string; start: number } {
  const phrase = lead.slice(0, tokens[verb - 1].end).replace(/,\s*$/, '')
  const leadIn = LEAD_IN_CLAUSE.exec(phrase)
  return leadIn ? { phrase: phrase.slice(leadIn[0].length), start: leadIn[0].length } : { phrase, start: 0 }
}

/**
 * "In May, after a local councillor asked about the backlog, another member of the group wrote
 * that the team should "keep the sweep quiet"": when the first speech verb's subject is inside a
 * fronted clause, the last speech verb, with the words after the comma before it, says who speaks.
 */
function laterSubject(lead: string, offset: number, tokens: ReturnType<typeof tokenize>): Attribution | null {
  const verbs = tokens.map((token, index) => (SPEECH_VERBS.has(token.lower) && !NOUN_OR_VERB.has(token.lower) ? index : -1)).filter((index) => index > 0)
  const verb = verbs[verbs.length - 1]
  if (verb === undefined || !LEAD_IN_CLAUSE.test(lead)) return null
  const before = lead.slice(0, tokens[verb - 1].end)
  const comma = before.lastIndexOf(',')
  if (comma < 0) return null
  const phrase = before.slice(comma + 1).trim()
  if (!/^(?:(?:another|a|an|one|the)\s+[\p{L}'’ -]{1,50}|he|she|they|we|it|\p{Lu}[\p{L}'’ -]{1,50})$/u.test(phrase) || /\b(?:if|whether|because|that)\b/i.test(phrase)) return null
  const start = offset + before.lastIndexOf(phrase)
  return { kind: 'before', phrase, appositive: null, phraseStart: start, phraseEnd: start + phrase.length, aside: lead.slice(tokens[verb].end), reported: true }
}

/**
 * "The phone evidence, he said, placed Mr Teale only "somewhere…"": the speaker is the pronoun set
 * off inside the sentence, not the subject the sentence is about.
 */
function parenthetical(attribution: Attribution): Attribution {
  if (attribution.kind !== 'before') return attribution
  const inside = /,\s+(he|she|they)$/.exec(attribution.phrase)
  if (!inside) return attribution
  const start = attribution.phraseStart + inside.index + inside[0].length - inside[1].length
  return { ...attribution, phrase: inside[1], phraseStart: start, phraseEnd: start + inside[1].length }
}

const RECORDS = new Set(['record', 'records', 'recorded'])
/** A participle that opens a sentence before its subject: "Asked about…, he said", "Speaking at…, she said". */
const FRONTED_VERB = /^(?:Asked|Speaking|Writing|Questioned|Pressed|Challenged)$/
const CARRIES_ON = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'whom', 'because', 'if', 'while', 'as', 'before', 'after', 'when'])
/** Verbs that give the subject's own words for something: "called the operation "a provocation"". */
const CHARACTERISES = /^(?:called|calls|branded|brands|labelled|labels|dubbed|dubs|termed|terms|accused|accuses)$/
/** What may follow such words for them to be the subject's verdict, not a name in the middle of a phrase. */
const VERDICT_ENDS = /^\s*(?:$|[.,;!?—–]|(?:and|but)\b)/

/**
 * `Thierry Baudin called the police operation "a provocation" and said…`, `in what it called "a
 * systemic failure of control"`: a subject's verdict on something, in their words. A name is not
 * a verdict: "a WhatsApp group called "Repairs Leads"" has nothing between the noun and the marks,
 * and "called the ward "the last place left" for the sick" carries on after them.
 */
const AFTER_A_VERB = /\b(?:was|were|is|are|be|been|being|am|would|will|could|should|might|must|had|has|have|then|felt|feels|seemed|seems|remained|remains|as)\s*$/
const ADJECTIVE = /^\p{Ll}+(?:ed|ful|ous|ble|ive|al|ic|less|ant|ent|ing)$/u

function characterised(lead: string, offset: number, inner: string, after: string): Attribution | null {
  // An accusation's "of "…"" is the charge whatever follows it.
  // "calls the findings "unfounded"": a one-word verdict is an adjective's; "called it "home"" names a place.
  if ((inner.split(/\s+/).length < 2 && !ADJECTIVE.test(inner)) || (!VERDICT_ENDS.test(after) && !/\baccuse[sd]?\s+(?:\S+\s+){1,8}of$/.test(lead))) return null
  const what = /\bwhat\s+(he|she|it|they|we)\s+(?:called|calls|termed|terms|dubbed|described\s+as)$/.exec(lead)
  if (what) {
    const start = offset + what.index + what[0].indexOf(what[1], 4)
    return { kind: 'before', phrase: what[1], appositive: null, phraseStart: start, phraseEnd: start + what[1].length, aside: '', reported: true }
  }
  const tokens = tokenize(lead)
  const verb = tokens.findIndex((token) => CHARACTERISES.test(token.lower))
  if (verb <= 0 || verb > MAX_LEAD_TOKENS) return null
  // "Save Cranmore Market accused officers of "unnecessary force"": the charge in the accuser's words.
  const accuses = /^accuse/.test(tokens[verb].lower)
  if (accuses && tokens[tokens.length - 1]?.lower !== 'of') return null
  const object = tokens.slice(verb + 1, accuses ? -1 : undefined).filter(isWord)
  if (object.length === 0 || object.length > 8) return null
  const subject = subjectBefore(lead, tokens, verb)
  let phrase = subject.phrase
  const start = subject.start
  // "Marguerite Delcourt, who leads the tenants' union, called…": the subject without its clause.
  const relative = /^([^,]+),\s+(?:who|which)\b[^,]*$/.exec(phrase)
  if (relative) phrase = relative[1]
  if (!/^(?:\p{Lu}|(?:he|she|they|we|it)\b)/u.test(phrase) || /\b(?:if|whether|because|that|who|which)\b/i.test(phrase)) return null
  return { kind: 'before', phrase, appositive: null, phraseStart: offset + start, phraseEnd: offset + start + phrase.length, aside: lead.slice(tokens[verb].end), reported: true }
}
/** Words that are a noun as often as a speech verb: "care notes", "the United States". */
const NOUN_OR_VERB = new Set(['notes', 'states', 'records', 'record'])
const REPORTING_PARTICIPLE = new Set(['warning', 'saying', 'telling', 'insisting', 'claiming', 'admitting', 'describing', 'calling', 'complaining', 'arguing', 'promising'])
const NAME_BEFORE = /(?:\b(?:the|a|an|his|her|its|their)\s+[^,]{1,60},\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+,?\s*$/u

function reportedByParticiple(lead: string, offset: number, tokens: ReturnType<typeof tokenize>): Attribution | null {
  const verb = tokens.findIndex((token) => REPORTING_PARTICIPLE.has(token.lower))
  if (verb <= 0 || tokens.slice(verb + 1).filter(isWord).length > MAX_REPORTED_WORDS) return null
  const before = lead.slice(0, tokens[verb].start)
  const named = NAME_BEFORE.exec(before)
  if (!named) return null
  const phrase = named[0].replace(/,?\s*$/, '')
  return { kind: 'before', phrase, appositive: null, phraseStart: offset + named.index, phraseEnd: offset + named.index + phrase.length, aside: lead.slice(tokens[verb].end), reported: true }
}

const DOCUMENT_NOUN = String.raw`(?:email|e-mail|letter|note|memo|text message|text|message|WhatsApp message|card|statement)`
const SENT_FROM = new RegExp(String.raw`\b(?:an?|the)\s+(?:\p{Ll}+\s+)?${DOCUMENT_NOUN}\b[^:]*?\bfrom\s+(?<who>[^:]+?):$`, 'u')
const SENT_BY = new RegExp(String.raw`\b(?:an?|the)\s+(?:\p{Ll}+\s+)?${DOCUMENT_NOUN}\s+(?:that\s+)?(?<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:had\s+)?(?:sent|wrote|posted|texted|emailed)\b[^:]*:$`, 'u')

function documentWriter(lead: string): { phrase: string; at: number } | null {
  if (!lead.endsWith(':') || tokenize(lead).some((token) => SPEECH_VERBS.has(token.lower) && !/^(?:wrote|posted|texted|emailed|messaged)$/.test(token.lower))) return null
  // "from the back of the police van": a place, not a person; a writer is printed with a capital.
  const from = SENT_FROM.exec(lead)
  const match = from?.groups && /\p{Lu}/u.test(from.groups.who) ? from : SENT_BY.exec(lead)
  const who = match?.groups?.who
  if (!match || !who) return null
  return { phrase: who, at: match.index + match[0].lastIndexOf(who) }
}

/**
 * Returns the words of consecutive spans from one speaker as one quote: `"Yes," he said.
 * "It's finished."` → "Yes. It's finished." A comma that only led into the attribution becomes a
 * full stop, unless the next span carries on the same sentence in lowercase.
 */
// A continuation that opens on the verb of the subject before the split: "is not sad", "belongs to".
const OPENS_ON_VERB = /^(?:is|are|was|were|am|has|have|had|will|would|shall|should|can|could|may|might|must|does|do|did|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|won['’]t|can['’]t|doesn['’]t|didn['’]t|(?!this\b|his\b|its\b|us\b|yes\b|as\b|less\b|unless\b|plus\b|thus\b)\p{Ll}+s)\b/u

export function joinSpans(inners: string[]): string {
  return inners
    .map((inner, index) => {
      const next = inners[index + 1]
      const carriesOn = next !== undefined && /^\p{Ll}/u.test(next)
      // ""Fado," she says, "is not sad."": a split between a subject and its verb puts the comma
      // in for the attribution ("Fado is not sad."); before a clause of its own ("…spat at me,"
      // she says, "my hands were shaking") it is the speaker's and stays.
      if (carriesOn && inner.endsWith(',') && OPENS_ON_VERB.test(next)) return inner.slice(0, -1)
      if (carriesOn) return inner
      // "…, 'You will never work again,'" she said → "…, 'You will never work again.'"
      if (/,['’]$/.test(inner)) return `${inner.slice(0, -2)}.${inner.slice(-1)}`
      return inner.endsWith(',') ? `${inner.slice(0, -1)}.` : inner
    })
    .join(' ')
}

/**
 * Returns a paragraph's narrative, the same length, for the legal read: quoted speech (a span
 * the extractor attributes, which becomes a quote record legal clears) blanked out, and every
 * other span — scare quotes, a word or phrase in marks that no one is said to say — kept with
 * its marks turned to spaces. "Tom Reyes "raped" a girl." makes no quote record, so its words are
 * the narrative's own and the passage check must read them.
 */
export function narrativeOf(paragraph: string): string {
  const spans = findQuotedSpans(paragraph)
  let narrative = paragraph
  spans.forEach((span, index) => {
    const speech = leavesNarrative(attributeSpan(paragraph, spans, index))
    const inner = speech ? ' '.repeat(span.end - span.start - 2) : paragraph.slice(span.start + 1, span.end - 1)
    narrative = `${narrative.slice(0, span.start)} ${inner} ${narrative.slice(span.end)}`
  })
  return narrative
}
