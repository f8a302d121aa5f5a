import { AGE_OF_MAJORITY, MINOR_NOUNS, PERSON_NOUNS, type Gender } from './lexicon'
import { isBodyName, withoutHonorific, type Person } from './people'
import { isBareVerb, isGivenName } from './names'
import { splitSentences } from './sentences'
import { SENSITIVITY_REASONS, type SensitivityReason } from './types'

/**
 * Words that send a quote to legal, per reason. Phrases match whole words, case-insensitively;
 * list every form you mean ("stab", "stabbed") rather than a stem, so "kill" in "moving in for
 * the kill" or "murderous ideology" does not trip a rule.
 */
export const KEYWORDS = {
  violence: [
    'behead', 'beheaded', 'beheading', 'beheadings', 'cut his head off', 'cut her head off', 'cut off his head',
    'cut off her head', 'killed', 'killing', 'killings', 'murder', 'murdered', 'murdering', 'massacre',
    'executed', 'execution', 'tortured', 'torture', 'stab', 'stabbed', 'stabbing', 'shot dead', 'raped', 'rape',
    'slaughtered', 'lynched', 'crucified', 'blown up', 'beaten to death', 'beat him', 'beat her',
    'beat them', 'beat us', 'beaten', 'shot him', 'shot her', 'shot them', 'shot us', 'shot my', 'shot at',
    'burned the houses', 'burnt the houses', 'burned alive', 'burnt alive', 'blood on',
    'covered in blood', 'went for him', 'went for her', 'set fire to', 'burn everything', 'burn the village',
    'burned the village', 'burnt the village', 'grabbed him', 'grabbed her', 'threw him', 'threw her',
    'badly burned', 'badly burnt', 'skin came away', 'skin came off', 'skin was peeling',
    'knife', 'knives', 'machete', 'machetes', 'a gun', 'the gun', 'his gun', 'baton', 'batons',
    'you will die', 'kill you', 'we will kill', 'shot you', 'shot each', 'shot every', 'punched him', 'punched her', 'hit him', 'hit her', 'kicked him', 'kicked her', 'slapped him', 'slapped her',
  ],
  extremist_content: [
    'jihad', 'holy war', 'martyrdom', 'martyr', 'martyrs', 'infidel', 'infidels', 'kuffar', 'crusaders',
    'death to', 'kill the', 'kill them', 'behead them',
    // Calls to kill and words that strip people of their humanity, whoever they are aimed at.
    'deserves to die', 'deserve to die', 'must die', 'should die', 'unbeliever', 'unbelievers', 'apostate', 'apostates',
    'strap on a vest', 'suicide vest', 'suicide belt', 'martyrdom operation', 'take as many of them', 'vermin', 'cockroaches',
    'subhuman', 'sub-human', 'must be wiped out', 'should be wiped out', 'wipe them out', 'exterminate', 'extermination',
    'ethnic cleansing', 'kill every', 'kill all',
  ],
  allegation: [
    'recruiter', 'wanted list', 'wanted by', 'wanted for', 'accused', 'alleged', 'allegedly', 'suspected',
    'suspect', 'charged with', 'denies', 'denied', 'stole', 'stolen', 'fraud', 'corruption', 'bribe', 'bribes',
    'murder', 'murdered', 'murdering', 'raped', 'abused', 'terrorist', 'war criminal', 'war crimes',
    'smuggler', 'trafficker', 'convicted', 'arrested', 'abducted', 'kidnapped', 'on the orders of',
    'on suspicion of', 'criminal offence', 'prosecute', 'prosecuted', 'cover-up', 'covered up',
  ],
  court_case: [
    'court', 'told the court', 'the court heard', 'jury', 'juror', 'jurors', 'trial', 'the judge', 'a judge', 'judges', 'magistrates',
    'prosecutor', 'prosecution', 'defendant', 'pleaded', 'inquest', 'tribunal', 'public gallery',
    'barrister', 'cross-examination', 'coroner', 'told the inquest', 'the inquest heard', 'gave evidence',
  ],
  privacy: [
    'home address', 'lives at', 'lives on', 'where she lives', 'where he lives', 'phone number', 'mobile number',
    'medical records', 'diagnosed', 'diagnosis', 'hiv', 'pregnant', 'mental health', 'sexuality',
    'bank details', 'passport number', 'employment record', 'disciplinary record', 'personnel file', 'sickness record',
    // Health, sexuality and private life: what a named person has not chosen to make public.
    'hiv positive', 'hiv-positive', 'has aids', 'gay', 'lesbian', 'bisexual', 'transgender', 'came out as',
    'bipolar', 'schizophrenia', 'schizophrenic', 'psychiatric', 'sectioned', 'psychosis', 'rehab', 'addiction',
    'miscarriage', 'abortion', 'an affair', 'the affair', 'affair with', 'sleeping with', 'cheating on', 'mistress', 'extramarital',
  ],
} as const satisfies Partial<Record<SensitivityReason, readonly string[]>>

type KeywordReason = keyof typeof KEYWORDS

const PATTERNS = Object.fromEntries(
  Object.entries(KEYWORDS).map(([reason, phrases]) => [
    reason,
    new RegExp(`(?<![\\p{L}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
  ]),
) as Record<KeywordReason, RegExp>

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Returns true when the text uses one of the reason's keywords. */
export function mentions(reason: KeywordReason, text: string): boolean {
  return PATTERNS[reason].test(text)
}

/**
 * Words that, in a quote's own mouth, say a crime was done whoever is named: "that is a criminal
 * offence and we will prosecute". Narrower than the allegation list, where "stole" alone may be
 * a witness's account and needs a named person beside it.
 */
const JEOPARDY = new RegExp(
  String.raw`(?<![\p{L}])(?:criminal offence|prosecute|prosecuted|fraud|corruption|bribe|bribes|bribed|cover-up|covered up|misled|(?:fixed|rigged|fixing|rigging) (?:a|the|this|that|his|her|their) (?:contract|tender|bid|vote|election|ballot|match|race|game|result|deal|procurement))(?![\p{L}])`,
  'iu',
)

/**
 * Words that accuse someone of stirring up trouble on purpose: "has spent six months goading its
 * own workers", "officials… have repeatedly encouraged intimidation". Whoever says it, someone is
 * accused of a deed.
 */
const PROVOCATION = /\b(?:goad(?:ing|ed)?|provok(?:ing|ed)|incit(?:ing|ed|ement)|stirr(?:ing|ed) up (?:trouble|violence|hatred)|encourag(?:ed|ing|es) (?:intimidation|violence|harassment|attacks)|intimidat(?:ion|ing|ed))\b/i

/**
 * An insider's account of wrongdoing by the people in charge: warnings ignored, orders to keep
 * quiet, a decision taken before the evidence, someone who knew. From a source the copy does not
 * name in full, these are claims a lawyer must see ("We told head office the numbers did not add
 * up. Nobody wanted to hear it."); a survivor's "They took everything" is not of this kind.
 */
export const WRONGDOING =
  /\b(?:(?:nobody|no one|nothing|none of them)\s+(?:\w+\s+)?(?:listened|did anything|did a thing|was done|wanted to (?:hear|know|listen)|came|acted|cared|checked|asked|answered|replied|took any notice|did nothing)|did nothing|(?:was|were)\s+told\s+(?:to|not to)\b|did (?:what|as) (?:i|we) (?:was|were) told\b|told (?:us|me|them|staff|everyone) to (?:keep|stop|say|hide|delete|ignore|change|destroy|shut)|keep quiet|kept quiet|keep (?:it|this) quiet|(?:we|i)\s+(?:told|warned|complained|wrote to|reported|raised|begged|flagged|said all along|asked (?:them|him|her) (?:again|for))\b(?!\s+(?:her|him|my|our|the (?:children|kids|boy|girl))\b)|(?:somebody|someone|everybody|everyone|they all|we all|all of us)\s+(?:[\w']+\s+){0,3}?(?:knows|knew)\b|(?:frightened|scared|terrified|afraid) of (?:him|her|them)\b|(?:he|she|they)\s+knew\b|ignored|turned a blind eye|looked the other way|covered (?:it )?up|cover(?:-| )up|had already been (?:made|decided|taken)|it was wrong|was not right|were paid|was paid|paid (?:him|them|us|off)|threatened|or (?:you|we) will|you will (?:die|never|not leave|leave here)|or else\b|lied|lying|falsified|fiddled|doctored|shredded|never told (?:me|us|anyone|anybody|the board|the club)|kept (?:it|this|that) (?:from|quiet|secret|hidden)|hid (?:it|this|that|the)\b|deleted the|on (?:the|his|her) orders|(?:money|cash|funds|the takings)\s+(?:went|had gone|goes|has gone)\s+missing)\b/i

/** An order to bury something, as its recipient tells it: "I was told to drop it", "told me to lose the file". */
const ORDERED =
  /\b(?:(?:was|were) (?:told|ordered|instructed|asked) (?:to|not to) (?:drop|bury|lose|forget|hide|delete|destroy|ignore|leave|keep|stop|change|shred|say nothing)|told (?:me|us|him|her) to (?:drop|bury|lose|forget|hide|delete|destroy|ignore|leave (?:it|the|that)|keep quiet|shred))\b/i
/** A personal name in narrative: two capitalised words after a lowercase word. */
const NAME_IN = /[\p{Ll},]\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+/u

/** Words that say an act was deliberate without naming the act's author. */
const INSINUATION =
  /\b(?:hard to explain innocently|no innocent explanation|(?:is|was) no (?:coincidence|accident)|not (?:a|an) (?:coincidence|accident)|on purpose|deliberately|by design)\b/i

/** Of those, the ones that accuse somebody of a deed (a threat, a lie, knowing), not only neglect. */
const ACCUSATION =
  /\b(?:(?:somebody|someone|everybody|everyone|they all)\s+(?:in there\s+|here\s+)?(?:knows|knew)\b|(?:he|she|they)\s+knew\b|it was wrong|were paid|was paid|paid (?:him|them|us|off)|threatened|or (?:you|we) will|you will (?:die|never|not leave|leave here)|or else\b|lied|lying|falsified|fiddled|doctored|shredded|never told (?:me|us|anyone|anybody|the board|the club)|kept (?:it|this|that) (?:from|quiet|secret|hidden)|hid (?:it|this|that|the)\b|covered (?:it )?up|cover(?:-| )up|on (?:the|his|her) orders|(?:money|cash|funds|the takings)\s+(?:went|had gone|goes|has gone)\s+missing|did (?:what|as) (?:i|we) (?:was|were) told|told (?:us|me|them|staff|everyone) to (?:keep|stop|say|hide|delete|ignore|change|destroy|shut))\b/i

/** In a story with proceedings under way, words that say who is guilty: "everybody knows who did it". */
const GUILT =
  /\b(?:who did it|(?:he|she|they) did it|is guilty|are guilty|was guilty|the killer|a murderer|knows who|criminals|lied|liar|lying)\b/i

/** Words about the evidence or the verdict in a case: a live case's matter whoever speaks. */
const EVIDENCE =
  /\b(?:evidence|witness statements?|(?:that|the|her|his|my) statement|witness(?:es)?|alibi|innocent|guilty|our man|the wrong man|the wrong person|fitted (?:him|her|them) up|framed|stitched (?:him|her|them) up|miscarriage of justice|(?:didn't|did not|never) do it|(?:would|might|could) (?:still )?be alive|could have been saved|would(?:n't| not) have died|died because|left (?:him|her|them)? ?to (?:die|suffocate|drown))\b/i

/** Procedure that makes proceedings active (from arrest, under UK contempt law) and names the accused. */
const PROCEEDINGS = /\b(?:arrested|detained|held for questioning|appear before|magistrates|charged|(?:denies|denied|deny)\s+(?:\w+\s+){0,3}(?:murder|manslaughter|assault|assaulting|charges?|counts?|offences?|fraud|theft|robbery|rape|causing|attempted|possession|kidnap|kidnapping|arson|affray|dangerous|killing|stabbing|wounding|grievous|misconduct in public office|conspiracy|bribery|corruption)|accused of|on suspicion of|remanded|pleaded|on trial|convicted|appear in court|appeared in court)\b/i
const TRIAL = /\b(?:trial|jury|jurors|defendant|the court heard|crown court|magistrates|inquest|coroner)\b/i
/** A defendant's own trial: "whose trial starts on Monday", "who goes on trial next month", "is on trial". */
const ON_TRIAL = /\b(?:whose trial|(?:goes|go|went|is|are|was|were|will go|stands?|stood|to stand|due to stand) (?:on )?trial|awaiting trial|awaits trial|faces? trial|(?:his|her|their) trial)\b/i
/** "has not been charged": no proceedings. */
const NOT_CHARGED = /\b(?:not been (?:charged|arrested)|no charges|not (?:been )?charged)\b/i
/** A child among the accused: "A 16-year-old boy has been arrested". */
const MINOR_ACCUSED = /\b(?:(?:1[0-7]|[1-9])-year-old|boy|girl|teenager|schoolboy|schoolgirl)\b/i
/** The copy pointing at a child suspect: "the boy's school", "a teenager on a bicycle". */
export const CHILD_SUSPECT = /\b(?:the boy|the girl|the teenager|a teenager|the boy's|the girl's|his school|her school|a quiet boy|a quiet girl)\b/i

/** Words that say a crime was done, whoever by: claims about the crime under investigation. */
const CRIME_CLAIM =
  /\b(?:deliberately|on purpose|arson|set fire|set alight|started it|did it|murdered|stabbed|stole|robbed|fraud|threatening|threatened|beat|assaulted|attacked)\b/i

/** A quote about a particular person, by pronoun or pointing: "He owed money", "That man has…". */
const ABOUT_SOMEONE = /\b(?:he|him|his|she|her|that man|this man|the man|that woman|the woman)\b/i
/** People seen doing something, as a witness tells it. */
const WITNESSED =
  /\b(?:(?:two|three|four|five|several|some|the|a|other)\s+(?:(?:young|old|masked|hooded|other)\s+)?(?:men|man|women|woman|people|youths|boys|lads|figures|guys|blokes)\s+(?:were|was|had|came|ran|got|jumped|climbed|broke|carried|loaded|pulled|drove|walked|left)|(?:they|someone|somebody)\s+(?:were|was|had|came|ran|got|jumped|climbed|broke|carried|loaded|pulled|drove|walked|left)\b)/i

/** Pointing at one person, as a source does of a suspect: "That man has been burning rubbish". */
const POINTING = /\b(?:that man|this man|the man|that woman|this woman|the woman|the suspect|the suspects|the accused|one of them|both of them|the two men|those men|these men|the three men)\b/i

/** "had seen Vale hit Brooks", "Gordon Vale, slapped her": a named person doing violence. */
/** Violence done to someone, whoever by: "a policeman hit me with his baton", "they dragged us out". */
const DONE_TO =
  /\b(?:hit|hits|punched|punches|kicked|kicks|beat|beats|slapped|slaps|stabbed|stabs|shot|shoots|attacked|attacks|assaulted|grabbed|grabs|pushed|pushes|shoved|shoves|dragged|drags|strangled|choked|tortured|raped|whipped|clubbed|battered|knifed|headbutted|(?:started|began|kept|were|was)\s+(?:hitting|beating|kicking|punching|clubbing|attacking))\s+(?:me|us|him|her|them|my|his|our|their|people|a man|a woman|a boy|a girl|anyone|anybody|everyone|everybody|protesters|demonstrators|women|children)\b|\b(?:stamped|stamping|trampled|kicked|jumped)\s+on\s+(?:me|us|him|her|them|his|her|my|their)\b|\b(?:threw|hurled|flung)\s+(?:me|us|him|her|them|people)\b(?!\s+(?:a|an|some|the|ropes?|[a-z]+s)\b)|\b(?:with|by)\s+(?:a|his|her|their|the)\s+(?:baton|batons|knife|knives|hammer|machete|bat|gun|rifle|pistol|bottle|iron bar|crowbar)\b|\b(?:threw|throws|thrown)\s+(?:the\s+)?(?:first\s+)?punch|\bpulled a (?:knife|gun)|\b(?:stabbing|shooting|beating|punching|kicking)\b|\b(?:pushing|shoving|dragging|throwing)\s+(?:me|us|him|her|them|people|protesters|strikers|pickets|women|children)\s+(?:off|into|onto|down|out of|across|under)\b/i

/**
 * Violence told in the passive, or by what landed where: "Officers were punched, kicked and spat
 * at", "was hit on the head with a glass bottle", "came down on the policeman's head". A town "hit
 * by the storm" is not of this kind.
 */
const SUFFERED = /\b(?:was|were|been|being|got)\s+(?:(?:punched|kicked|beaten|stabbed|assaulted|attacked|spat at|headbutted|stamped on|pistol-whipped|knocked unconscious)\b|(?:targeted|pelted|bombarded|attacked|hit) with (?:\p{L}+\s+){0,2}(?:stones|bottles|bricks|rocks|missiles|fireworks|flares|paving stones|petrol bombs|incendiary devices|tear gas|rubber bullets)\b|(?:hit|struck) (?:on|in|over) the (?:head|face|back|chest|neck)\b|(?:hit|struck) with (?:a|an|the)\b)|\bcame down on (?:the|his|her|my|a|an)\s+(?:\p{L}+['’]s\s+)?head\b|\b(?:throw|throws|threw|thrown|throwing|hurl|hurled|hurling|lob|lobbed)\s+(?:(?:a|an|the|his|her)\s+(?:\p{L}+\s+)?)?(?:bottle|brick|stone|rock|missile|firework|flare|petrol bomb|chair|can)s?\b/iu

/** A threat of violence told: "They told him they would burn the shop", "said she would kill him". */
const THREAT =
  /\b(?:would|will|was going to|were going to|are going to|is going to)\s+(?:burn|torch|firebomb|petrol-bomb|kill|hurt|shoot|stab|beat|break (?:his|her|your|their) (?:legs|arms|neck))\s+(?:the|his|her|their|your|my|our|him|her|them|you|me|us|every|any|all|each)\b/i

export const NAMED_VIOLENCE =
  /\p{Lu}[\p{L}'’-]+,?\s+(?:hit|slapped|punched|kicked|beat|stabbed|shot|attacked|assaulted|abused|raped|strangled|choked)\s+(?:\p{Lu}|him|her|them|me|us)/u
const CHARACTER = /\b(?:defended|defending|vouched|spoke up for|character reference|supporters of)\b/i
const BEREAVED = /\b(?:daughter|son|mother|father|wife|husband|widow|widower|sister|brother|parents?)\b.*\b(?:died|dead|killed)\b/i

/** A sentence saying someone gives evidence in proceedings: "told the jury", "gave evidence", "under cross-examination". */
export const GIVES_EVIDENCE =
  /\b(?:told (?:the|a) (?:jury|court|inquest|coroner|tribunal|hearing|panel|magistrates)|(?:gave|give|giving|gives) evidence|in (?:his|her|their) evidence|under cross-examination|(?:was|were|is|being) cross-examined|in the witness box|took the stand|from the witness stand)\b/i

/** Roles in a case: what they say of it is about the case. */
const COURT_ROLES = /\b(?:barrister|lawyer|solicitor|counsel|prosecutor|prosecution|defence|defendant|juror|judge|witness|coroner)\b/i

/** Whether proceedings are active in a story, and against whom (names as printed). */
/** A party to a claim still to be heard, as the copy prints them: a surname, a gender if an honorific gives one. */
export type Party = { surname: string; gender: Gender | null }

/** A claim brought before a court or tribunal and not yet heard: its sentence names the parties. */
const CLAIM = /\b(?:(?:has|have|had) (?:brought|lodged|filed|issued) (?:a |an )?(?:claim|case|complaint|action|lawsuit|proceedings)\b[^.]*\bagainst\b|(?:is|are) (?:suing|taking\s+\S+\s+to (?:court|a tribunal|an employment tribunal)))/i
const CLAIM_HEARD = /\b(?:will be|is due to be|is to be|has yet to be) heard\b|\btribunal\b|\bcourt\b/i
const PARTY = /\b(?<honorific>Mr|Mrs|Ms|Miss|Dr)\s+(?<surname>\p{Lu}[\p{L}'’-]+)/gu

/** Returns the parties to a claim the story says a court or tribunal has still to hear, if any. */
export function readClaim(paragraphs: string[]): Party[] {
  const parties: Party[] = []
  for (const sentence of paragraphs.flatMap((paragraph) => splitSentences(paragraph.replace(/["“][^"”]*["”]/g, ' ')))) {
    if (!CLAIM.test(sentence) || !CLAIM_HEARD.test(sentence) || CONCLUDED.test(sentence)) continue
    for (const match of sentence.matchAll(PARTY)) {
      const surname = match.groups?.surname ?? ''
      const honorific = match.groups?.honorific ?? ''
      if (!parties.some((party) => party.surname === surname)) parties.push({ surname, gender: honorific === 'Mr' ? 'male' : honorific === 'Dr' ? null : 'female' })
    }
  }
  return parties.length >= 2 ? parties : []
}

/**
 * "Karen was sacked because money went missing…", "I think she's angry", said by one party of
 * the other while the tribunal has still to hear them: the other side's conduct is what it will
 * weigh. Words on procedure by anyone else are not.
 */
function aboutTheClaim(quote: QuoteEvidence): boolean {
  const parties = quote.claim ?? []
  const speaker = parties.find((party) => new RegExp(`\\b${party.surname}$`).test(quote.speaker.shortName ?? quote.speaker.name))
  if (!speaker || quote.speaker.anonymity !== 'named') return false
  return parties.some((other) => {
    if (other === speaker) return false
    const person = quote.thirdParties.find((candidate) => new RegExp(`\\b${other.surname}$`).test(candidate.shortName ?? candidate.name))
    const given = person?.shortName?.split(/\s+/)[0]
    const names = [other.surname, ...(given && given !== other.surname ? [given] : [])]
    if (names.some((name) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(quote.text))) return true
    const pronoun = other.gender === 'female' ? /\b(?:she|her)\b/i : other.gender === 'male' ? /\b(?:he|him|his)\b/i : null
    return pronoun !== null && other.gender !== speaker.gender && pronoun.test(quote.text)
  })
}

export type LiveCase = { active: boolean; accused: string[]; roles: string[]; concluded?: boolean; minorAccused?: boolean }

/**
 * A conviction under appeal, or a retrial ordered: "referred his case to the Court of Appeal",
 * "the appeal is due to be heard in March", "has lodged an appeal", "while the case is before the
 * Court of Appeal". Not the police's "appealed for witnesses".
 */
const APPEAL_PENDING =
  /\b(?:referred (?:his|her|their|the) (?:case|conviction|convictions|sentence) to the (?:Court of Appeal|High Court|appeal court)|(?:the|his|her|their) appeal (?:is|was|will be) (?:due|expected|scheduled|set|listed|pending|to be heard|lodged)|(?:has|have|had) (?:lodged|launched|filed|begun|won leave for) (?:an |a fresh |a new )?appeal|(?:granted|given|won) (?:permission|leave) to appeal|(?:is|are|was|were) (?:appealing|awaiting (?:an |the |his |her |their )?appeal)|before the Court of Appeal|a retrial (?:has been|was|is) ordered|ordered a retrial|faces? a retrial)\b/i
/** An appeal already decided: the case is closed again. */
const APPEAL_DONE = /\b(?:appeal (?:was|has been) (?:dismissed|rejected|refused|thrown out|lost)|lost (?:his|her|their) appeal|appeal failed)\b/i

const CONCLUDED = /\b(?:jailed for|was jailed|were jailed|sentenced to|was sentenced|were sentenced|was convicted|were convicted|found guilty)\b/i
const ACCUSED_ROLE = /^(?:The|A)\s+(?:\p{Ll}+\s+)?(?<role>\p{Ll}+)\b[^.]*\b(?:has been|have been|was|were)\s+(?:arrested|charged|detained)/u
const ORGANISATION = /\b(?:Society|Bank|Council|Police|Ltd|Limited|Group|Association|Trust|Agency|Office|Ministry|Court|Service|Authority|FC|Club|University|Hospital|Party|Company|Water|Coal|Care|Market|Road|Street|Lane|Avenue|Square|Park|Station|Centre|Center|Bridge|Hall|Estate|Way|Close|Crescent|Drive|Place|Terrace)\b/
/** "Among those held was the campaign's founder, Orla Finnegan,": an arrest the sentence reports after naming nobody before it. */
const AMONG_HELD = /\b(?:Among those (?:held|arrested|detained|charged)\b[^.]*?|(?:Those|The people) (?:arrested|held|detained|charged) (?:included|were)\b[^.]*?)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u

const FULL_NAME = /\p{Lu}[\p{L}'’-]+(?:\s+(?:al|bin|de|van|von|da|dos)\s+)?(?:\s+\p{Lu}[\p{L}'’-]+){1,3}/gu

/** Returns whether the story reports an arrest, a charge or a trial, and the people named in those sentences. */
export function readCase(paragraphs: string[]): LiveCase {
  const accused = new Set<string>()
  let active = false
  // A sentence passed ends the proceedings: what follows is comment on a closed case, unless an
  // appeal or a retrial is pending, which makes them active again (the Court of Appeal will weigh
  // the evidence, and what is said of guilt or of the evidence is the court's matter once more).
  const appealing = paragraphs.some((paragraph) => APPEAL_PENDING.test(paragraph) && !APPEAL_DONE.test(paragraph))
  if (!appealing && paragraphs.some((paragraph) => CONCLUDED.test(paragraph))) return { active: false, accused: [], roles: [], concluded: true }
  const roles = new Set<string>()
  let minorAccused = false
  for (const paragraph of paragraphs) {
    if (!PROCEEDINGS.test(paragraph) && !TRIAL.test(paragraph) && !AMONG_HELD.test(paragraph)) continue
    if (NOT_CHARGED.test(paragraph) && !TRIAL.test(paragraph)) continue
    active = true
    for (const sentence of splitSentences(paragraph.replace(/["“][^"”]*["”]/g, ' '))) {
      // Someone who died after an arrest faces no proceedings.
      // "Tom Reyes, whose trial starts on Monday, …": a trial names its defendant too.
      const onTrial = ON_TRIAL.test(sentence)
      if ((!PROCEEDINGS.test(sentence) && !onTrial && !AMONG_HELD.test(sentence)) || /\b(?:died|dead)\b/.test(sentence)) continue
      // The accused is the first person the sentence names ("Dean Marsh … is accused of killing
      // Callum Price"); a body ("Northgate Building Society") is nobody's name.
      // "Derek Fane, 66, … and the developer, Colin Marsh, 58, both deny conspiracy": every
      // person named before the procedure is accused; with none before it, the first named.
      const procedure = PROCEEDINGS.exec(sentence)?.index ?? ON_TRIAL.exec(sentence)?.index ?? sentence.length
      const names = [...sentence.matchAll(FULL_NAME)]
        .map((match) => ({ at: match.index, name: match[0].replace(/^(?:Among|Police|But|And|When|Then)\s+/, '') }))
        .filter(({ name }) => name.includes(' ') && !ORGANISATION.test(name))
      // "Detective Inspector Claire Holloway said Dean Marsh had been charged": who reports the
      // procedure is not among the accused.
      const reporting = ({ at, name }: { at: number; name: string }): boolean =>
        /^(?:Detective|Inspector|Sergeant|Superintendent|Chief|Constable|PC|DC|DS|DI|DCI|Judge|Lord|Mr Justice)\b/.test(name) ||
        /^\s*(?:,[^,]{1,60},\s*)?(?:said|says|told)\b/.test(sentence.slice(at + name.length))
      const before = names.filter((found) => found.at < procedure && !reporting(found))
      // With nobody before it, the first named after it, if the lexicon knows the given name
      // ("Police arrested Tom Reyes"), not a place ("…protesters from Kelso Baths").
      for (const { name } of before.length > 0 ? before : names.slice(0, 1).filter(({ name: after }) => isGivenName(after.split(/\s+/)[0]))) accused.add(name)
      const among = AMONG_HELD.exec(sentence)?.[1]
      if (among && !ORGANISATION.test(among)) accused.add(among)
      // "The driver, a man in his sixties, has been arrested": the accused known by a role.
      const role = ACCUSED_ROLE.exec(sentence)?.groups?.role?.toLowerCase()
      if (role && role in PERSON_NOUNS) roles.add(role)
      if (MINOR_ACCUSED.test(sentence)) minorAccused = true
    }
  }
  // "Police said all 14 people arrested had been released without charge": nobody faces
  // proceedings, unless the story says somebody is charged, bailed or on trial after all.
  if (active && paragraphs.some((paragraph) => RELEASED.test(paragraph)) && !paragraphs.some((paragraph) => STILL_CHARGED.test(paragraph.replace(RELEASED_ALL, ' ')))) {
    return { active: false, accused: [], roles: [], minorAccused: false }
  }
  // "Mr Pennock… was charged" after "Gareth Pennock, then the director…": the accused by the full
  // name the copy first printed, so "Gareth has assured me" names him too.
  for (const name of [...accused]) {
    const surname = /^(?:Mr|Mrs|Ms|Miss|Dr)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(name)?.[1]
    if (!surname) continue
    const full = new RegExp(String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+\s+${escapeRegExp(surname)}(?![\p{L}])`, 'u')
    const found = paragraphs.map((paragraph) => full.exec(paragraph)?.[0]).find((match) => match !== undefined && !/^(?:Mr|Mrs|Ms|Miss|Dr|The|And|But|Sir)\s/.test(match))
    if (found) accused.add(found)
  }
  return { active, accused: [...accused], roles: [...roles], minorAccused }
}

/** Arrests that ended with no proceedings: "released without charge", "no further action". */
const RELEASED = /\b(?:released without (?:charge|being charged)|released with no charges?|(?:will face|faces|face) no (?:further )?action|no further action (?:will be|would be|was) taken|(?:charges|the case) (?:against (?:him|her|them|\p{Lu}\S+) )?(?:was|were|has been|have been) (?:dropped|discontinued))\b/iu
const RELEASED_ALL = new RegExp(RELEASED.source, 'giu')
/** Anything that keeps a case going after others were released. */
const STILL_CHARGED = /\b(?:charged with|(?:has|have|had) been charged|(?:was|were) charged|on bail|bailed|remanded|appear(?:s|ed)? (?:before|in court|at)|on trial|stand trial|jury|court heard|pleaded|denies|deny|denied)\b/i

/** Returns true when the text points at an accused known only by role: "the same driver", "the officer". */
export function pointsAtAccused(text: string, liveCase: LiveCase): boolean {
  return liveCase.roles.some((role) => new RegExp(`\\bthe\\s+(?:same\\s+)?${role}\\b`, 'i').test(text))
}

/** Returns true when the text names one of the accused, by full name, surname or given name. */
export function namesAccused(text: string, liveCase: LiveCase): boolean {
  return liveCase.accused.some((name) => {
    const parts = withoutHonorific(name).split(/\s+/)
    return [name, parts[0], parts[parts.length - 1]].some((part) => new RegExp(`(?<![\\p{L}])${escapeRegExp(part)}(?![\\p{L}])`, 'u').test(text))
  })
}

/** What the rules look at for one quote. */
export type QuoteEvidence = {
  text: string
  speaker: Person
  /** The quote's own paragraph, attribution included. */
  paragraph: string
  /** The narrative paragraph right before the quote's: the question or scene it answers. */
  leadIn: string | null
  /** The narrative paragraphs since the previous quote: who and what the speaker is talking about. */
  leadInRun: string[]
  /** Named people known so far, other than the speaker and the story's own journalists. */
  thirdParties: Person[]
  /** Proceedings under way in the story, if any. */
  liveCase?: LiveCase
  /** Children the story names: a quote that names one identifies a child. */
  knownMinors?: Person[]
  /** Words of someone else about the child whose story it is (see quotes.ts, speaksOfChild). */
  aboutChild?: boolean
  /** The story rests on leaked or internal documents ("leaked files show", "documents seen by Dateline"). */
  leak?: boolean
  /** The story's opening accuses someone of abuse, violence or a cover-up (see readAccusation). */
  accusation?: boolean
  /** Names the copy prints only in part, at the speaker's wish and for a reason (see readShielded). */
  shielded?: string[]
  /** The parties to a claim a court or tribunal has still to hear ("Ms Doyle has brought a claim… against Mr Halloran"). */
  claim?: Party[]
  /** The narrative paragraph right after the quote's, which may name whom it is about ("She says … Rupert Vane, told her…"). */
  leadOut?: string | null
  /** The speaker was met giving evidence in live proceedings ("Declan Morrow … told the jury"): every word of theirs is the court's. */
  courtWitness?: boolean
}

/** Reasons that turn on what is claimed; an unnamed speaker makes such a claim unverifiable. */
const CLAIM_REASONS: SensitivityReason[] = ['allegation', 'violence', 'court_case', 'extremist_content']

/**
 * The rules, one per reason. Each reads the evidence a reviewer would read for that reason:
 * violence in the words or the scene that led to them, extremism in the words alone, a court
 * case anywhere near, an allegation wherever a named person shares a sentence with one.
 */
const RULES: { reason: SensitivityReason; applies: (quote: QuoteEvidence) => boolean }[] = [
  { reason: 'allegation', applies: (quote) => alleges(quote) },
  // The scene before counts when it is narrative ("You saw them cut his head off, I asked"), not
  // when it is someone else's quote.
  {
    reason: 'violence',
    // The narrative before counts only when the quote answers or illustrates it: "You saw them cut
    // his head off, I asked", "Asked who the men were, Musa said:", "Aisha then described a
    // beheading" — not a father's "kindest boy" after "is accused of killing".
    applies: (quote) =>
      [quote.text, quote.paragraph, answersTheLeadIn(quote) ? (quote.leadIn ?? '') : ''].some(
        (text) => mentions('violence', text) || NAMED_VIOLENCE.test(text),
      ) || DONE_TO.test(quote.text) || SUFFERED.test(quote.text) || THREAT.test(quote.text),
  },
  { reason: 'minor', applies: (quote) => isMinor(quote.speaker) },
  { reason: 'court_case', applies: (quote) => aboutTheCase(quote) || aboutTheClaim(quote) },
  { reason: 'extremist_content', applies: (quote) => mentions('extremist_content', quote.text) },
  { reason: 'privacy', applies: (quote) => mentions('privacy', quote.text) },
  { reason: 'other', applies: (quote) => quote.speaker.name === 'unidentified speaker' },
]

/** Returns the reasons a lawyer should see this quote, in the canonical order (empty: none). */
export function assessQuote(quote: QuoteEvidence): SensitivityReason[] {
  const reasons = new Set(RULES.filter((rule) => rule.applies(quote)).map((rule) => rule.reason))
  // A source who named someone they accuse but cannot be checked themselves is an allegation; not
  // "a spokesman for Mr Hale" naming Mr Hale, whose side they speak for.
  const principal = quote.thirdParties.filter((person) => namedIn(quote.speaker.description ?? quote.speaker.name, [person]).length > 0)
  const others = quote.thirdParties.filter((person) => !principal.includes(person))
  if (speaksUnchecked(quote.speaker) && namedIn(quote.text, others).length > 0) reasons.add('allegation')
  // A named person tied to violence in the words themselves: "They were Abu Tira's men".
  if (reasons.has('violence') && namedIn(quote.text, quote.thirdParties).length > 0) reasons.add('allegation')
  // "A policeman took my phone and stamped on it": violence laid at the door of a force the reader
  // can point at is an accusation against it.
  if (reasons.has('violence') && AGENTS.test(quote.text)) reasons.add('allegation')
  // "In an email…, Graham Lowther told site managers: "Do not log it as a fault."": in a story
  // resting on leaked documents, a named person's written words are the evidence against them.
  if (quote.leak && writtenBy(quote)) reasons.add('allegation')
  // "It warns that the works had "discharged untreated sewage on at least 40 days"": the leaked
  // document's own words are what the story rests on.
  if (quote.leak && LEAKED_DOCUMENT.test(quote.speaker.name)) reasons.add('allegation')
  // "Minutes…, seen by Dateline, record the medical director… warning that the system had "failed
  // its last two validation tests"": a warning the leaked papers record is the evidence of who knew.
  if (quote.leak && recordedWarning(quote)) reasons.add('allegation')
  // "another member of the group wrote that the team should "keep the sweep quiet"": leaked writing
  // that keeps something back, whoever wrote it.
  if (quote.leak && WRITTEN.test(quote.paragraph.replace(/["“][^"”]*["”]/g, ' ')) && KEEPING_BACK.test(quote.text)) reasons.add('allegation')
  // "She showed Dateline an email… from the head of Year 8, Claire Dunmore: "…I am satisfied that
  // this was a misunderstanding."": in a story resting on documents, a named person's written
  // brush-off of a complaint is the evidence that they ignored it.
  if (quote.leak && writtenDismissal(quote)) reasons.add('allegation')
  if (protectsIdentity(quote.speaker)) reasons.add('anonymous_source')
  // "A Sudanese man who asked to be identified only as Yusuf, because his family is still in
  // Libya": a speaker the copy shields, for a reason it gives, is protected in every quote, not
  // only those that claim something. (A vox pop who gives only a first name is not shielded.)
  if (quote.speaker.anonymity === 'partial' && (quote.shielded ?? []).some((name) => name === quote.speaker.name || name === quote.speaker.shortName)) reasons.add('anonymous_source')
  // Fail closed: in a story whose opening accuses someone, a witness's account of what "he" or
  // "they" did, or of being told or seeing, is the evidence of the accusation.
  if (quote.accusation && !isBody(quote.speaker) && !OFFICIAL.test(`${quote.speaker.name} ${quote.speaker.description ?? ''}`) && !defendsTheAccused(quote) && TESTIMONY.test(quote.text)) {
    reasons.add('allegation')
  }
  // "Nobody told me who was diabetic," said by an agency carer: what staff were never told is the
  // insider's evidence of the failure; a patient's "Nobody told me anything" is her own experience.
  const staff = `${quote.speaker.name} ${quote.speaker.description ?? ''}`
  if (quote.accusation && !isBody(quote.speaker) && !OFFICIAL.test(staff) && (INSIDER.test(staff) || STAFF.test(staff)) && UNTOLD.test(quote.text)) {
    reasons.add('allegation')
  }
  // Fail closed: in a story resting on documents someone handed over, a source not named in full
  // who speaks of anyone ("he", "they", a name, the minister's office) is part of what the leak
  // claims, and cannot be checked by the reader.
  // Only an insider (met by their job or their workplace), not a passer-by speaking of her own life.
  if (quote.leak && speaksUnchecked(quote.speaker) && !isBody(quote.speaker) && INSIDER.test(`${quote.speaker.name} ${quote.speaker.description ?? ''}`) && (SPEAKS_OF_OTHERS.test(quote.text) || SPEAKS_OF_NAMED.test(quote.text))) {
    reasons.add('anonymous_source')
  }
  // An unnamed fighter's "I want a free Raqqa" is vox pop; the same fighter alleging a crime is not.
  if (speaksUnchecked(quote.speaker) && CLAIM_REASONS.some((reason) => reasons.has(reason))) {
    reasons.add('anonymous_source')
  }
  if (reasons.has('allegation') || (reasons.has('privacy') && namedIn(quote.text, quote.thirdParties).length > 0)) {
    reasons.add('identification')
  }
  if (reasons.has('minor') && (quote.speaker.anonymity === 'named' || quote.speaker.anonymity === 'partial')) reasons.add('identification')
  if (quote.aboutChild) reasons.add('minor')
  // "But Leyla does not sleep": a parent's words that name a child caught up in a live case.
  if (quote.liveCase?.active && namedIn(quote.text, quote.knownMinors ?? []).length > 0) {
    reasons.add('minor')
    reasons.add('identification')
  }
  // A child suspect is protected by law: whatever points at "him" or "the boy" may identify them.
  if (quote.liveCase?.active && quote.liveCase.minorAccused && (ABOUT_SOMEONE.test(quote.text) || CHILD_SUSPECT.test(quote.text))) {
    reasons.add('minor')
    reasons.add('court_case')
    reasons.add('identification')
  }
  return SENSITIVITY_REASONS.filter((reason) => reasons.has(reason))
}

/** What staff were never told or shown: "Nobody told me who was diabetic", "no one ever checked". */
const UNTOLD = /\b(?:nobody|no one|no-one) (?:ever )?(?:told|warned|showed|trained|checked|explained)\b|\b(?:never|wasn['’]t|was not|weren['’]t|were not) (?:told|shown|trained|warned)\b/i
/** People who work in a place the story is about: carers, nurses, teachers, staff. */
const STAFF = /\b(?:carer|care assistant|care worker|nurse|teacher|teaching assistant|porter|cleaner|guard|warden|steward|coach|agency \p{Ll}+)\b/iu
const INSIDER = /\b(?:official|officer|civil servant|employee|staff|worker|manager|engineer|insider|whistleblower|source|aide|adviser|advisor|official|clerk|analyst|colleague|former \p{Ll}+)\b|\b(?:at|in|inside|within) the (?:unit|department|ministry|agency|company|firm|office|council|trust|charity|plant|site|bank|force|hospital|school)\b/iu
const SPEAKS_OF_OTHERS = /\b(?:he|she|him|her|his|himself|herself|they|them|their|themselves|nobody|somebody|someone|everyone|the (?:minister|company|council|office|department|board|management|boss|manager|director)\w*)\b/i
const SPEAKS_OF_NAMED = /\p{Lu}\p{Ll}+['’]s\b/u

/** Forces and their members: violence done by them is an accusation against someone identifiable. */
const AGENTS = /\b(?:police(?:man|men|woman|women|officers?)?|officers?|soldiers?|troops|guards?|security (?:forces|staff|guards|men)|bouncers|stewards|militia(?:men)?|riot units?)\b/i

/** The copy printing only part of a name at the speaker's wish, for a reason it gives: "identified only as Yusuf, because his family…". */
const SHIELDED =
  /\b(?:name|named|identified|known|called) only as (\p{Lu}[\p{L}'’-]+)[^.]{0,120}?\b(?:because|for fear|fearing|fears|afraid|for (?:her|his|their) (?:own )?(?:safety|protection)|to protect|reprisals?|still (?:in|lives|living|works|working))\b/gu
const REAL_NAME_WITHHELD = /\b(\p{Lu}[\p{L}'’-]+)\.\s+(?:She|He|They) asked that (?:her|his|their) real name not be used\b/gu

/** Returns the names the copy prints as given or partial names at a speaker's wish, for a reason (see SHIELDED). */
export function readShielded(paragraphs: string[]): string[] {
  const names = new Set<string>()
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(SHIELDED)) names.add(match[1]!)
    for (const match of paragraph.matchAll(REAL_NAME_WITHHELD)) names.add(match[1]!)
  }
  return [...names]
}

/** A first-hand account of what someone did: "He told me I was worthless", "One of them laughed", "I saw it". */
const TESTIMONY =
  /\b(?:(?:he|she|they|one of them)(?:'d| would| had| used to)?\s+(?:just\s+|then\s+|always\s+|never\s+)?(?:told|made|hit|beat|took|kept|threw|pushed|dragged|held|locked|lock|padlocked|chained|struck|patted|shrugged|shouted|screamed|yelled|swore|grabbed|laughed|kicked|punched|slapped|ignored|refused|threatened|humiliated|mocked|forced|warned)\b|I (?:saw|watched|heard|was told|was made|was forced|was weighed|was singled out|was hit|was beaten|was sent|reported|complained)\b|we (?:(?:stood|sat|waited) and )?(?:saw|watched|heard|were told|were made|were forced|were weighed|were singled out|told them|reported|complained)\b|\bin front of (?:the whole|everyone|everybody|all the)\b|(?:bruises?|injuries|wounds|marks|scars) (?:\p{L}+\s+){0,9}(?:typical|consistent|caused)\b|we have heard this from\b|\b(?:nobody|no one) (?:ever )?(?:mentioned|knocked|rang|phoned|visited|turned up|came round)\b|\b(?:on the floor|lying|left|waiting|sitting) (?:\p{L}+\s+){0,2}for hours\b|\b(?:our|my) clients? (?:raised|reported|complained|told|warned|were told)\b|\b(?:was|were) (?:still |already |always )?(?:chained|padlocked|locked|bolted|blocked|welded shut)\b|\b(?:found to be|was found|were found) (?:\p{L}+ )?(?:defective|faulty|unsafe|broken|not working|out of order|inoperable)\b)/iu
/** Speakers who answer for a body: their statement is not testimony. */
const OFFICIAL = /\b(?:spokes(?:person|man|woman)|statement|press office|a source close to|representative)\b/i
/** An opening that accuses someone: abuse, violence, bullying, a cover-up, neglect, pay withheld, blame. */
const ACCUSATION_STORY =
  /\b(?:told (?:\w+ ){0,2}(?:not to (?:record|report|log|tell|mention|say)|to (?:hide|conceal|delete|destroy|close))|kept (?:them|it|the \w+) out of|under-?report\w*|conceal\w*|unpaid|(?:without|no) (?:full |their )?(?:wages|pay)|(?:not|never) (?:been )?paid|left for hours|(?:somebody|someone) else['’]s fault|(?:blames?|blamed|blaming)\b|accus\w*|allegations?|whistle-?blowers?|alleged(?:ly)?|abused?|abusive|bull(?:y|ied|ying)|beat(?:en|ing|ings)?|assault\w*|mistreat\w*|brutal\w*|cover(?:ed)?[\s-]up|manipulat\w+|falsif\w+|fiddl\w+|neglect\w*|humiliat\w*|intimidat\w*)\b/i

/** "…, families and former staff say", "…, residents claim": a headline whose last words are who says it. */
const ATTRIBUTED_HEADLINE = /,\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,5}(?:say|says|claim|claims|allege|alleges)\s*$/u
/** "Survivors of Bohol ferry fire say crew padlocked gate": a headline opening on the people who say it of someone. */
const SAYERS_HEADLINE = /^(?:(?:Former|Ex-|Some|Angry|Grieving)\s+)?(?:Survivors|Families|Relatives|Residents|Parents|Workers|Staff|Nurses|Doctors|Patients|Pupils|Students|Witnesses|Villagers|Tenants|Passengers|Athletes|Players|Victims|Neighbours|Locals|Teachers|Drivers|Carers|Whistle-?blowers?|Insiders|Campaigners|Employees|Miners|Soldiers|Refugees|Women|Men|Mothers|Fathers)\b[^,:;.]{0,80}?\s(?:say|claim|allege|accuse)\s+(?!(?:they|we)\s+(?:will|are|want|hope|need|fear)\b)\S/u

/** Returns true when the story's opening (headline, standfirst, first paragraphs) accuses someone. */
export function readAccusation(paragraphs: string[]): boolean {
  // "Care home residents left in soiled beds, families and former staff say": a headline that
  // rests its claim on what people say about others is an accusation however it is worded.
  if (paragraphs[0] !== undefined && (ATTRIBUTED_HEADLINE.test(paragraphs[0]) || SAYERS_HEADLINE.test(paragraphs[0]))) return true
  return paragraphs.slice(0, 3).some((paragraph) => ACCUSATION_STORY.test(paragraph.replace(/["“][^"”]*["”]/g, ' ')))
}

/** A story that rests on documents someone leaked or handed over. */
const LEAK = /\b(?:leaked|leak|documents? seen by|(?:internal|confidential) (?:documents?|emails?|files|memos?|messages|logs|reports?)|(?:passed|handed|leaked|given) to Dateline|obtained by Dateline)\b/i
/** The quote's own paragraph introduces it as written: "In an email sent in March…", "wrote". */
const WRITTEN = /\b(?:in an? (?:\w+\s+){0,2}(?:email|e-mail|memo|message|letter|note|text|report|minutes|briefing|WhatsApp)|wrote|emailed|messaged|texted|reads|minutes\b[^.]{0,100}?\brecords?)\b/i

const DISMISSAL = /\b(?:(?:was|is|were) (?:just |simply |only )?a misunderstanding|satisfied that (?:this|it|there) (?:was|is) (?:nothing|no|a misunderstanding)|nothing to (?:worry about|investigate)|no (?:further )?action (?:is|was|will be) (?:needed|required|taken)|(?:has|had) been dealt with)\b/i

function writtenDismissal(quote: QuoteEvidence): boolean {
  if (quote.speaker.anonymity !== 'named' || isBody(quote.speaker)) return false
  const narrative = quote.paragraph.replace(/["“][^"”]*["”]/g, ' ')
  return /\b(?:email|e-mail|letter|note|memo|message)\b/i.test(narrative) && DISMISSAL.test(quote.text)
}

/** Documents the newsroom holds, wherever the story says so ("Documents seen by Dateline also show"). */
const DOCUMENTS_HELD = /\b(?:showed|shown|sent|forwarded) Dateline (?:an?|the) (?:\p{Ll}+ )?(?:email|letter|memo|message|note)\b|\b(?:documents?|emails?|papers|files|messages|records) (?:seen|obtained) by Dateline\b|\b(?:passed|handed|leaked|given) to Dateline\b/iu

/** Returns true when the story rests on leaked or internal documents. */
export function readLeak(paragraphs: string[]): boolean {
  return paragraphs.slice(0, 4).some((paragraph) => LEAK.test(paragraph)) || paragraphs.some((paragraph) => DOCUMENTS_HELD.test(paragraph))
}

/**
 * "In an email…, X told site managers: "Do not log it as a fault."", "an email sent from his
 * account… reads: "Put the Paris days down as constituency."": a named person's written order is
 * the evidence against them; a written warning ("There is a clear risk that…") is not.
 */
function writtenBy(quote: QuoteEvidence): boolean {
  if (quote.speaker.anonymity !== 'named' || isBody(quote.speaker)) return false
  const narrative = quote.paragraph.replace(/["“][^"”]*["”]/g, ' ')
  // "…, replied forty minutes later:" after an email: the reply is written too.
  const reply = /\b(?:replied|responded|answered|wrote back)\b/i.test(narrative) && quote.leadIn !== null && WRITTEN.test(quote.leadIn.replace(/["“][^"”]*["”]/g, ' '))
  if (!WRITTEN.test(narrative) && !reply) return false
  return splitSentences(quote.text).some((sentence) => {
    // "Can we please not use the word outbreak in anything that goes to the board", "I'll ask
    // infection control to hold the report": written words that keep the matter from those who
    // should know are the evidence of the concealment.
    if (KEEPING_BACK.test(sentence)) return true
    const first = /^[\s"“‘']*(\p{L}[\p{L}'’]*)(?:\s+(\p{L}+))?/u.exec(sentence)
    if (!first) return false
    if (/^(?:don['’]t|never)$/i.test(first[1])) return true
    if (/^do$/i.test(first[1])) return first[2]?.toLowerCase() === 'not'
    // "The minister wants this to go to a smaller supplier", "Kestrel should be looked at again":
    // what the writer says is wanted done with the matter is an instruction, however polite.
    if (STEERING.test(sentence)) return true
    // "Recommend replacement", "Please note": advice and courtesy, not an order.
    if (/^(?:recommend|suggest|advise|propose|please|note|see|consider|thank|thanks|let|find|call|contact)$/i.test(first[1])) return false
    return isBareVerb(first[1])
  })
}

/** A document speaking for itself, as the copy names it: "the memo", "the minutes". */
const LEAKED_DOCUMENT = /^(?:the|his|her|their|its) (?:[\p{L}-]+ )?(?:memo|email|e-mail|letter|document|briefing|briefing note|minutes|dossier|messages?|report|review|audit|notes|records|log|spreadsheet)$/iu

function recordedWarning(quote: QuoteEvidence): boolean {
  const narrative = quote.paragraph.replace(/["“][^"”]*["”]/g, ' ')
  return WRITTEN.test(narrative) && /\b(?:warning|warned|warns|flagging|flagged|raising concerns?)\b/i.test(narrative)
}

/** A written sentence that keeps something back: not to use, share or tell; to hold a report; no external communication. */
const KEEPING_BACK = /\b(?:(?:can|could|shall) we (?:please )?not|(?:let['’]s|please) not|do not|don['’]t)\s+(?:use|mention|share|include|send|tell|report|log|record|disclose|put|circulate|escalate|publish)\b|\bhold (?:the|this|that) (?:report|data|figures|results?|findings|announcement|letter)\b|\bno (?:external|public|outside) (?:communication|announcement|statement|disclosure)\b|\bkeep (?:this|it|that|the \w+) (?:quiet|internal|between us|out of)\b/i

/** A written sentence that steers a decision: "wants this to go to", "should be looked at again", "needs to be moved". */
const STEERING = /\b(?:wants?|would like|expects?) (?:this|it|that|them|the (?:contract|award|decision|bid|result|number|figure)) to\b|\bI need (?:every|each|all|you|the)\b[^.]{0,40}?\bto\b|\blook (?:hard|again|closely) at (?:what is being|how (?:we|they|it)|the way)\b|\b(?:should|must|needs? to) be (?:looked at|reconsidered|revisited|rescored|re-scored|moved|changed|given|awarded|dropped|removed|reworded|taken out|kept out|left out)\b/i

// Someone who is not named in full: what they claim rests on the newsroom's word alone.
function speaksUnchecked(speaker: Person): boolean {
  return speaker.anonymity !== 'named'
}

/**
 * Returns true when the quote alleges wrongdoing: a named person shares a sentence with an
 * allegation (in the quote, or in the narrative that led to it, unless the speaker is the
 * accused's own side answering it), the words say a crime was done, or, with proceedings under
 * way, they say who is guilty.
 */
function alleges(quote: QuoteEvidence): boolean {
  if (JEOPARDY.test(quote.text)) return true
  // "Somebody allowed them to carry on building", "Enforcement is the responsibility of county
  // governments": blame laid at someone's door, named or not.
  if (BLAME.test(quote.text.replace(/\b(?:if|unless|whether)\b[^,.;?!]*/gi, ' '))) return true
  // "Our client will not hesitate to protect his reputation against false and malicious
  // allegations": a threat of proceedings is for legal to answer.
  if (LEGAL_THREAT.test(quote.text)) return true
  // "I have no memory of that conversation… I think she's mistaken", said by the person a story's
  // opening accuses: the answer repeats the charge and speaks of the accuser.
  if (quote.accusation && quote.speaker.anonymity === 'named' && !isBody(quote.speaker) && ANSWERS_ACCUSER.test(quote.text)) return true
  if (PROVOCATION.test(quote.text.replace(/\b(?:if|unless|whether)\b[^,.;?!]*/gi, ' ')) && !/\b(?:no|not|never|without) (?:\w+ ){0,2}(?:intimidat|provo|incit)/i.test(quote.text)) return true
  // "I don't remember writing that," said by the writer a leaked document is put to: the reply
  // repeats the charge, and the words are legal's with the document's.
  if (quote.leak && quote.speaker.anonymity === 'named' && DISOWNS.test(quote.text)) return true
  // "If it is true that someone chained that gate, they will answer for every one of these
  // deaths", "If these emails are what they appear to be, then people at the very top put an
  // inspection rating ahead of the lives of patients": a condition whose consequence lays blame,
  // or whose condition is a concealment, repeats the charge as surely as stating it.
  if (CONDITIONAL_BLAME.test(quote.text) || CONDITIONAL_CONCEALMENT.test(quote.text)) return true
  // "If the minister was warned and did nothing, he should resign": a condition claims nothing.
  const claims = WRONGDOING.test(quote.text.replace(/\b(?:if|unless|whether)\b[^,.;?!]*/gi, ' '))
  // An unnamed insider's account of wrongdoing: unverifiable, and someone is its target.
  if (claims && speaksUnchecked(quote.speaker) && !defendsTheAccused(quote)) return true
  // A claim of wrongdoing in a story that names who it is against ("I did not know it was wrong",
  // after the narrative says the coach is accused of abuse).
  if (claims && !defendsTheAccused(quote) && accusedThirdParties(quote).length > 0) return true
  // "She says the deputy governor, Rustam Aliyev, told guards…. "He came to my cell and said: you
  // will leave here mad"": the claim is against whoever the narrative around it names.
  const narrative = [quote.paragraph, quote.leadIn ?? ''].map((text) => text.replace(/["“][^"”]*["”]/g, ' '))
  const accuses = claims && ACCUSATION.test(quote.text.replace(/\b(?:if|unless|whether)\b[^,.;?!]*/gi, ' '))
  if (accuses && !defendsTheAccused(quote) && narrative.some((text) => namedIn(text, quote.thirdParties).length > 0)) return true
  // "Karen was sacked because money went missing from the office account": the accusation names
  // its target itself, by a given name or surname the story printed in full.
  if (accuses && !defendsTheAccused(quote) && quote.thirdParties.some((person) => callsByName(quote.text, person))) return true
  // ""I was told to drop it," she said. / She says … Rupert Vane, told her…": an order to bury
  // something, with the person who gave it named in the narrative right after.
  const after = (quote.leadOut ?? '').replace(/["“][^"”]*["”]/g, ' ')
  if (ORDERED.test(quote.text) && !defendsTheAccused(quote) && /\b(?:told|ordered|instructed|asked|warned)\b/.test(after) && NAME_IN.test(after)) return true
  // "…said the pattern was hard to explain innocently. "A sensor that fails at random does not
  // fail mostly on Fridays"": the speaker's own framing says the quote implies a deliberate act.
  if (INSINUATION.test(quote.text) || INSINUATION.test(narrative[0])) return true
  // "Somebody in there knows": an insinuation of guilt, whoever voices it.
  if (/\b(?:somebody|someone)\s+(?:in there\s+|here\s+)?(?:knows|knew)\b/i.test(quote.text)) return true
  if (quote.liveCase?.active && GUILT.test(quote.text)) return true
  if (claimsAboutTheCase(quote) || describesTheCrime(quote)) return true
  // "He sat in front of me and said: you will die here", after the narrative named him.
  const violent = mentions('violence', quote.text) || NAMED_VIOLENCE.test(quote.paragraph)
  if (violent && ABOUT_SOMEONE.test(quote.text) && [quote.paragraph, ...quote.leadInRun].some((text) => namedIn(text, quote.thirdParties).length > 0)) {
    return true
  }
  // The narrative before a quote carries its allegation into the quote only when the quote speaks
  // of someone ("She told me…", "He took our money"), and not when the accused's side answers it.
  const ownWords = { ...quote, paragraph: quote.text, leadInRun: [] }
  if (defendsTheAccused(quote) || !ABOUT_SOMEONE.test(quote.text)) return accusedThirdParties(ownWords).length > 0
  return accusedThirdParties(quote).length > 0
}

const RECOUNTS =
  /\b(?:remember(?:ed|s)?|recall(?:ed|s)?|described|describes|recounted|recounts)\b[^.]*\b(?:what happened|the (?:attack|crash|assault|incident|collision|shooting|stabbing|fight|raid|beating|moment (?:he|she|it) was (?:hit|struck)))\b/i
const DISOWNS = /\b(?:don['’]t|do not|didn['’]t|did not|never|can['’]t|cannot)\s+(?:remember\s+|recall\s+)?(?:writing|sending|signing|wrote|sent|signed)\b/i
/** A condition, then blame for what happened: "…, they will answer for these deaths", "…, then they put X ahead of the lives of…". */
const CONDITIONAL_BLAME = /\bif\b[^.?!]{3,160}?,\s*(?:then\s+)?[^.?!]{0,80}?\b(?:will (?:have to )?answer for|(?:is|are|was|were) (?:to blame|responsible) for (?:the|these|those|every|his|her|their)|(?:has|have) blood on|put (?:an?\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}ahead of (?:the\s+)?(?:lives|safety|health|welfare))\b/iu
/** A condition that is a concealment: "If they knew in March what this was and kept it quiet…". */
const CONDITIONAL_CONCEALMENT = /\bif\b[^.?!,]{0,120}?\b(?:kept (?:it|this|that) (?:quiet|secret|hidden|from)|covered (?:it |this |that )?up|hid (?:it|this|that|the))\b/i

/** Blame laid on someone: "somebody allowed it", "is the responsibility of", "the fault of". */
const BLAME = /\b(?:(?:somebody|someone) (?:had |has |have )?(?:allowed|let)\b|(?:they|he|she) (?:had |has |have )?(?:allowed|let) (?:them|him|her|it|this|that)\b|(?:somebody|someone) (?:had |has |have )?(?:signed (?:it )?off|approved (?:it|this|that)|turned a blind eye|looked away|took (?:a|the) (?:bribe|money))|(?:is|was|were|are) (?:the )?(?:sole |entire )?responsibility of\b|(?:is|was) the fault of\b)/i

/** The quote's own paragraph says the court heard it, or the paragraph before does for a quote that stands alone. */
function saidInCourt(quote: QuoteEvidence): boolean {
  const own = quote.paragraph.replace(/["“][^"”]*["”]/g, ' ')
  if (SAID_IN_COURT.test(own)) return true
  return own.trim().split(/\s+/).length < 4 && SAID_IN_COURT.test((quote.leadIn ?? '').replace(/["“][^"”]*["”]/g, ' '))
}

/** Words the court heard: "read to the court", "a victim impact statement", "a letter he had written to the judge". */
const SAID_IN_COURT = /\b(?:told the court|(?:read|reading) (?:out )?(?:to|in) (?:the )?court|(?:victim|family) (?:personal |impact )+statements?|impact statement|told the judge|(?:written|wrote) to the judge|addressed the court|from the witness box)\b/i

/** A threat of proceedings: "protect his reputation", "false and malicious allegations", "defamatory". */
const LEGAL_THREAT = /\b(?:protect (?:his|her|their|its|our|my) (?:good )?(?:name|reputation)|false and (?:malicious|defamatory)|defamatory|libel(?:lous)?|(?:take|taking|consider|considering) legal action|issue proceedings|cease and desist)\b/i
/** An answer to an accuser's account: "I have no memory of that conversation", "she's mistaken", "that never happened". */
const ANSWERS_ACCUSER = /\b(?:(?:no|any) (?:memory|recollection) of (?:that|this|the|any) (?:conversation|meeting|dinner|call|incident|exchange)|(?:she|he|they)['’](?:s|re) (?:mistaken|wrong|lying|confused)|(?:she|he|they) (?:is|are) (?:mistaken|wrong|lying|confused)|(?:that|it) never happened|axe to grind|a grudge|a grievance against|a vendetta|(?:co-ordinated|coordinated|orchestrated) (?:by|campaign)|scores? to settle|bandwagon|saw (?:a|an|their) (?:chance|opportunity)|about not being picked|sour grapes|(?:she|he|they) knows? (?:that|it)\b)\b/i
/** Words that only decline to speak to a case or set out its timetable: no comment on it. */
const DECLINES = /\b(?:will not be commenting|won['’]t be commenting|(?:would not|wouldn['’]t) be appropriate to comment|no further comment|cannot comment|can['’]t comment)\b/i

function answersTheLeadIn(quote: QuoteEvidence): boolean {
  if (quote.leadIn === null || /["“]/.test(quote.leadIn)) return false
  // "Aisha then described a beheading…": a lead-in that tells what the quote will describe.
  if (/\b(?:described|describes|recalled|recounted|told of|remembered)\b/.test(quote.leadIn)) return true
  return /\bI asked\b|\?\s*$/.test(quote.leadIn) || /(?:^|[.!?]\s+)Asked\b/.test(quote.paragraph)
}

function defendsTheAccused(quote: QuoteEvidence): boolean {
  const description = `${quote.speaker.description ?? ''} ${quote.speaker.name}`
  // "a solicitor for the four former employees": counsel for the complainants speaks against the accused.
  const forComplainants = /\bfor (?:the )?(?:\S+ ){0,2}(?:former employees|employees|staff|families|family|victims?|complainants?|claimants?|survivors?|residents|tenants|workers|patients|athletes|players|women|parents|bereaved)\b/i.test(description)
  if (/\b(?:barrister|lawyer|solicitor|counsel)\b/i.test(description) && !/\bprosecut/i.test(description) && !forComplainants) return true
  return quote.liveCase !== undefined && namesAccused(description, quote.liveCase)
}

/**
 * Returns true when, with proceedings active, a source who is not named in full speaks of the
 * accused or of the crime: the claims a lawyer must see before they reach a jury's ears.
 */
function claimsAboutTheCase(quote: QuoteEvidence): boolean {
  const liveCase = quote.liveCase
  if (!liveCase?.active || !speaksUnchecked(quote.speaker)) return false
  // "He would not hurt anybody," said by the accused's mother: a defence, not a claim against him.
  if (defendsTheAccused(quote)) return false
  const narrative = quote.paragraph.replace(/["“][^"”]*["”]/g, ' ')
  // A source who keeps their name back speaking of "him" is speaking of the person the story is
  // about; one who gave a first name is held to plainer signs.
  // A source who gave only a first name is as unchecked as one who gave none: speaking of "him"
  // in a live case, they speak of the person the story is about.
  const hidden = true
  return (
    namesAccused(quote.text, liveCase) ||
    pointsAtAccused(quote.text, liveCase) ||
    pointsAtAccused(narrative, liveCase) ||
    CRIME_CLAIM.test(quote.text) ||
    CRIME_CLAIM.test(narrative) ||
    POINTING.test(quote.text) ||
    (hidden && ABOUT_SOMEONE.test(quote.text)) ||
    // "Two men were loading something flat and wrapped in blankets": a witness's account of what
    // people did, while the people arrested for it await trial.
    WITNESSED.test(quote.text)
  )
}

/** Returns true when, with proceedings active, the words describe violence or call someone guilty. */
function describesTheCrime(quote: QuoteEvidence): boolean {
  // "These men were paid to stop people voting": pointing at the arrested, whoever speaks.
  return (
    quote.liveCase?.active === true &&
    (mentions('violence', quote.text) || DONE_TO.test(quote.text) || SUFFERED.test(quote.text) || GUILT.test(quote.text) || POINTING.test(quote.text))
  )
}

/** Returns true when the quote speaks to a case: said in or about court, by a party to it, or of the accused. */
function aboutTheCase(quote: QuoteEvidence): boolean {
  // "Ms Doyle will set out her case at the tribunal in January and will not be commenting before
  // then": declining to comment, with no word on the evidence or on anyone's guilt, is procedure.
  if (DECLINES.test(quote.text) && !EVIDENCE.test(quote.text) && !GUILT.test(quote.text) && !mentions('violence', quote.text) && !mentions('allegation', quote.text)) return false
  // In a closed case ("was jailed"), only the court's own people speak to it.
  const closed = quote.liveCase !== undefined && !quote.liveCase.active && quote.liveCase.concluded === true
  // A victim's statement read to the court, a letter the defendant wrote to the judge: the words of
  // the hearing, reported as the court heard them.
  if (closed) return COURT_ROLES.test(quote.speaker.description ?? '') || /^(?:Judge|Lord Justice|Mr Justice|Mrs Justice)\b/.test(quote.speaker.name) || saidInCourt(quote)
  // "It found that Gareth Pennock… had approved payments…. "There is no evidence that this
  // relationship was declared"": a document's finding on the accused, printed beside their name.
  if (quote.liveCase?.active && LEAKED_DOCUMENT.test(quote.speaker.name) && [quote.paragraph, quote.leadIn ?? ''].some((text) => namesAccused(text.replace(/["“][^"”]*["”]/g, ' '), quote.liveCase as LiveCase))) return true
  // "The prosecutor's office said in a statement: "Both men will be brought before an
  // investigating judge"": a body's word on procedure is not comment on the case; its allegations
  // are flagged as such.
  if (isBody(quote.speaker)) return quote.liveCase?.active === true && alleges(quote)
  // "Declan Morrow, a gas engineer, told the jury…. "Yes. He said he would get his own man in"":
  // a witness's evidence, in whatever paragraph it is printed, is what the jury weighs.
  if (quote.courtWitness && quote.liveCase?.active) return true
  if (mentions('court_case', quote.paragraph)) return true
  // A court paragraph before the quote counts when it introduces the speaker ("The jury has also
  // heard from … Alan Pryce") or the quote speaks of someone.
  const speakerNames = [quote.speaker.name, quote.speaker.shortName].filter((name): name is string => Boolean(name))
  // A police officer speaking of a victim or a witness ("She kept her head") is not speaking to the case.
  const police = /\b(?:police|detective|inspector|constable|superintendent|sergeant|officer)\b/i.test(`${quote.speaker.name} ${quote.speaker.description ?? ''}`)
  // "The trial of the mayor continues. "He is innocent,"": the pronoun is the accused's, unless
  // the narrative gives it to somebody else ("The night guard, Frank Maes, … "He phoned me"").
  const aboutOther = quote.liveCase !== undefined && pronounReference(quote, quote.liveCase) === 'other'
  const introduces = (text: string): boolean =>
    // "A paramedic …, gave evidence from behind a screen": an unnamed speaker as the sentence prints them.
    speakerNames.some((name) => text.includes(name) || (quote.speaker.anonymity !== 'named' && text.toLowerCase().includes(name.toLowerCase()))) ||
    // "…suggested the boy had volunteered": an unnamed speaker met again by their noun.
    (quote.speaker.anonymity !== 'named' && quote.speaker.noun !== null && new RegExp(`\\bthe ${quote.speaker.noun}\\b`, 'i').test(text)) || (!police && !aboutOther && ABOUT_SOMEONE.test(quote.text))
  if (quote.leadInRun.some((text) => mentions('court_case', text) && introduces(text))) return true
  const liveCase = quote.liveCase
  if (!liveCase?.active) return false
  // "We play golf. That is not a crime," said by the accused: whatever the accused says of
  // themselves while the case is live is the court's matter.
  if (namesAccused(quote.speaker.name, liveCase) && quote.speaker.anonymity === 'named' && !isBody(quote.speaker)) return true
  if (claimsAboutTheCase(quote) || describesTheCrime(quote)) return true
  // "That statement is a distraction, we have our man": what the evidence showed, or who is
  // guilty, said while a court has still to weigh it.
  if (EVIDENCE.test(quote.text)) return true
  // "Mr Walsh said he remembered little of what happened. "I don't remember much after the
  // bonnet…"": an account of the incident itself, by whoever was there, is evidence a court will hear.
  const told = [quote.leadIn ?? '', quote.paragraph].map((text) => text.replace(/["“][^"”]*["”]/g, ' '))
  if (told.some((text) => RECOUNTS.test(text))) return true
  // "You will hear that he replied with one word": in a live case, whoever speaks of the accused
  // (a pronoun that can only be theirs) speaks to the case; a police officer's praise of a
  // witness ("She kept her head") does not.
  if (!police && speaksOfAccused(quote, liveCase)) return true
  // "Others defended him. …": a word for or against the accused's character is the jury's matter.
  const narrative = [quote.paragraph, quote.leadIn ?? ''].map((text) => text.replace(/["“][^"”]*["”]/g, ' ')).join(' ')
  if (ABOUT_SOMEONE.test(quote.text) && CHARACTER.test(narrative)) return true
  // "The daughter of one of the patients who died": the bereaved's account is the inquest's matter.
  if (BEREAVED.test(quote.speaker.description ?? '')) return true
  const description = quote.speaker.description ?? ''
  return COURT_ROLES.test(description) || namesAccused(description, liveCase) || namesAccused(quote.text, liveCase)
}

/**
 * Returns true when the quote names the accused, or uses a pronoun that the narrative leading to
 * it gives to the accused: the accused is the last person of that gender it names.
 */
function speaksOfAccused(quote: QuoteEvidence, liveCase: LiveCase): boolean {
  return namesAccused(quote.text, liveCase) || (liveCase.accused.length > 0 && pronounReference(quote, liveCase) === 'accused')
}

/** Whose the quote's he or she is, by the last person of that gender the narrative before it names. */
function pronounReference(quote: QuoteEvidence, liveCase: LiveCase): 'accused' | 'other' | null {
  const narrative = [quote.leadIn ?? '', quote.paragraph].map((text) => text.replace(/["“][^"”]*["”]/g, ' ')).join(' ')
  const pronouns: Gender[] = [
    ...(/\b(?:he|him|his)\b/i.test(quote.text) ? (['male'] as const) : []),
    ...(/\b(?:she|her)\b/i.test(quote.text) ? (['female'] as const) : []),
  ]
  const references = pronouns.map((gender) => {
    let last: { at: number; accused: boolean } | null = null
    for (const person of quote.thirdParties) {
      if (person.gender !== null && person.gender !== gender) continue
      const at = lastIndexOfName(narrative, person)
      if (at >= 0 && (last === null || at > last.at)) last = { at, accused: namesAccused(person.name, liveCase) }
    }
    return last === null ? null : last.accused ? 'accused' : 'other'
  })
  if (references.includes('accused')) return 'accused'
  return references.includes('other') ? 'other' : null
}

function lastIndexOfName(text: string, person: Person): number {
  const names = [person.name, person.shortName, ...(person.shortName ? person.shortName.split(' ').slice(-1) : [])].filter((name): name is string => Boolean(name))
  return Math.max(...names.map((name) => text.lastIndexOf(name)))
}

/** An organisation speaking on the record ("the prosecutor's office", "his department"), not a person. */
function isBody(speaker: Person): boolean {
  if (isBodyName(speaker)) return true
  return speaker.anonymity === 'named' && speaker.shortName === null && speaker.noun === null && /^(?:the|his|her|its|their|our)\s/.test(speaker.name)
}

function protectsIdentity(speaker: Person): boolean {
  return speaker.anonymity === 'pseudonym' || speaker.anonymity === 'withheld'
}

function isMinor(speaker: Person): boolean {
  if (speaker.age !== null) return speaker.age < AGE_OF_MAJORITY
  const words = `${speaker.noun ?? ''} ${speaker.description ?? ''}`.toLowerCase().split(/\s+/)
  return words.some((word) => MINOR_NOUNS.has(word))
}

/** Returns the named people who share a sentence with an allegation, in the quote or its lead-in. */
export function accusedThirdParties(quote: QuoteEvidence): Person[] {
  const sentences = [quote.text, quote.paragraph, ...quote.leadInRun].flatMap(splitSentences)
  const accusing = sentences.filter((sentence) => mentions('allegation', sentence))
  return quote.thirdParties.filter((person) => accusing.some((sentence) => namedIn(sentence, [person]).length > 0))
}

/** True when the text calls a person named in full by their given name or surname alone. */
function callsByName(text: string, person: Person): boolean {
  if (person.anonymity !== 'named' || isBody(person) || !person.shortName?.includes(' ')) return false
  const parts = person.shortName.split(/\s+/)
  return [parts[0], parts[parts.length - 1]].some((name) => name.length > 2 && new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text))
}

function namedIn(text: string, people: Person[]): Person[] {
  return people.filter((person) => text.includes(person.name) || (person.shortName !== null && text.includes(person.shortName)))
}
