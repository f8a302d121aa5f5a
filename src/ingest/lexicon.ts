import type { Role } from './types'

/**
 * Word lists the extractor reads. They are data so an editor can extend them without touching
 * the logic; every list is lowercase.
 */

/** The head noun of a job title decides the role: "Middle East News Editor" → editor. */
export const TITLE_ROLES: Record<string, Role> = {
  correspondent: 'reporter',
  reporter: 'reporter',
  journalist: 'reporter',
  presenter: 'reporter',
  anchor: 'reporter',
  cameraman: 'camera',
  camerawoman: 'camera',
  cameraperson: 'camera',
  videographer: 'camera',
  cinematographer: 'camera',
  producer: 'producer',
  fixer: 'producer',
  editor: 'editor',
  photographer: 'photographer',
  photojournalist: 'photographer',
}

/** Two-word titles whose head alone means something else: "camera operator" is not an operator of anything else. */
export const TITLE_COMPOUNDS: Record<string, Role> = {
  'camera operator': 'camera',
  'sound recordist': 'camera',
  'video journalist': 'camera',
  'picture editor': 'editor',
}

/** Lowercase words that may stand before a lowercase title: "senior correspondent John Ray". */
export const TITLE_MODIFIERS = new Set([
  'senior',
  'chief',
  'deputy',
  'international',
  'foreign',
  'political',
  'diplomatic',
  'security',
  'defence',
  'news',
  'freelance',
  'local',
  'video',
  'field',
  'staff',
  // Desks and beats, printed lowercase before the title: "data reporter Imran Shah".
  'data',
  'investigations',
  'investigative',
  'health',
  'environment',
  'business',
  'economics',
  'science',
  'technology',
  'education',
  'crime',
  'courts',
  'sports',
  'picture',
  'community',
  'digital',
  'multimedia',
  'regional',
  'europe',
  'africa',
  'asia',
])

/** Capitalised words that start a sentence or a phrase but never a job title. */
export const NOT_TITLE_WORDS = new Set([
  'the', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'and', 'but', 'with', 'by', 'from', 'for',
  'of', 'in', 'on', 'at', 'to', 'as', 'when', 'while', 'meanwhile', 'then', 'here', 'there',
])

/** Lowercase name particles: "Ahmed al Hassan", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'bint', 'de', 'der', 'van', 'von', 'da', 'di', 'du', 'el', 'la', 'le'])

/** Verbs that attribute speech: a quoted span next to one of these is someone talking. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'urged', 'urges', 'added', 'adds', 'asked', 'asks',
  'replied', 'replies', 'warned', 'warns', 'insisted', 'insists', 'explained', 'explains', 'claimed',
  'claims', 'shouted', 'shouts', 'recalled', 'recalls', 'admitted', 'admits', 'whispered', 'pleaded',
  'declared', 'declares', 'announced', 'announces', 'vowed', 'vows', 'continued', 'continues', 'cried',
  'screamed', 'wrote', 'writes', 'testified', 'stated', 'states', 'argued', 'argues', 'confirmed',
  'confirms', 'denied', 'denies', 'agreed', 'agrees', 'boasted', 'boasts', 'sobbed', 'laughed', 'joked',
  'begged', 'yelled', 'conceded', 'concedes', 'noted', 'notes', 'answered', 'answers', 'demanded',
  'alleged', 'alleges', 'recounted', 'remembered', 'remembers', 'described', 'describes', 'went on',
  'told', 'testifies', 'wept', 'murmured', 'interrupted', 'protested', 'complained', 'complains',
  // A statement read out or written is speech too: "his solicitor read a statement:", "she posted:".
  'read', 'reads', 'posted', 'posts', 'tweeted', 'texted', 'messaged', 'emailed', 'muttered', 'snapped',
  'sighed', 'shrugged', 'mouthed', 'chanted', 'sang', 'repeated', 'repeats',
  'observed', 'predicted', 'acknowledged', 'acknowledges', 'maintained', 'maintains', 'suggested',
  'suggests', 'responded', 'responds', 'reflected', 'wondered', 'mused', 'conceded', 'revealed',
  'reveals', 'disclosed', 'assured', 'promised', 'promises', 'pleads', 'begs', 'cries', 'shouted',
  'screams', 'whispers', 'insist', 'recalls', 'warn', 'added', 'stressed', 'stresses', 'emphasised',
  'commented', 'comments', 'remarked', 'estimated', 'estimates', 'ask',
])

/** Speakers who are the reporting team itself: their questions are not sources' quotes. */
export const NARRATOR_PRONOUNS = new Set(['i', 'we'])

export type Gender = 'female' | 'male'

/** Nouns for a single person, with the gender they imply (null when they imply none). */
export const PERSON_NOUNS: Record<string, Gender | null> = {
  woman: 'female', girl: 'female', mother: 'female', wife: 'female', daughter: 'female', sister: 'female',
  bride: 'female', widow: 'female', grandmother: 'female', spokeswoman: 'female', lady: 'female',
  man: 'male', boy: 'male', father: 'male', husband: 'male', son: 'male', brother: 'male',
  grandfather: 'male', spokesman: 'male', widower: 'male',
  child: null, teenager: null, baby: null, toddler: null, pupil: null, student: null, schoolchild: null,
  commander: null, soldier: null, fighter: null, militant: null, officer: null, guard: null,
  spokesperson: null, official: null, minister: null, leader: null, recruiter: null, source: null,
  doctor: null, surgeon: null, nurse: null, medic: null, teacher: null, farmer: null, resident: null,
  refugee: null, survivor: null, witness: null, victim: null, neighbour: null, defendant: null,
  suspect: null, prisoner: null, driver: null, shopkeeper: null, worker: null, volunteer: null,
  activist: null, lawyer: null, judge: null, friend: null, relative: null, civilian: null,
  smuggler: null, trafficker: null, gunman: null, bomber: null, fugitive: null, businessman: 'male',
  businesswoman: 'female', politician: null, mayor: null, landlord: null, owner: null,
  aunt: 'female', niece: 'female', granddaughter: 'female', schoolgirl: 'female', chairwoman: 'female',
  uncle: 'male', nephew: 'male', grandson: 'male', schoolboy: 'male', chairman: 'male',
  barrister: null, solicitor: null, prosecutor: null, chair: null, director: null, executive: null,
  engineer: null, organiser: null, employee: null, rescuer: null, firefighter: null, inspector: null,
  counsellor: null, orderly: null, anaesthetist: null, schoolteacher: null, headteacher: null,
  priest: null, imam: null, manager: null, secretary: null, president: null, governor: null,
  coroner: null, paramedic: null, pilot: null, captain: null, councillor: null, protester: null,
  demonstrator: null, marcher: null, miner: null, fisherman: 'male', fisherwoman: 'female', parent: null,
  cousin: null, partner: null, colleague: null, analyst: null,
  researcher: null, scientist: null, economist: null, campaigner: null, whistleblower: null,
  insider: null, elder: null, chief: null, founder: null, pensioner: null,
  patient: null, passenger: null, nun: 'female', monk: 'male', midwife: 'female', accountant: null,
  stallholder: null, trader: null, evacuee: null, observer: null, adviser: null, advisor: null, client: null, candidate: null, monitor: null, swimmer: null, coach: null,
  athlete: null, player: null, medallist: null, carer: null, villager: null, auditor: null,
  servant: null, member: null, head: null, striker: null, picket: null, crewman: 'male', crewwoman: 'female', fan: null, supporter: null, porter: null, clerk: null, cleaner: null, staffer: null,
  mechanic: null, cook: null, chef: null, waiter: null, waitress: 'female',
  mourner: null, onlooker: null, bystander: null, tourist: null, visitor: null, customer: null,
  shopper: null, commuter: null, tenant: null, householder: null, homeowner: null, landlady: 'female',
  contractor: null, builder: null, labourer: null, caretaker: null, janitor: null,
  councilwoman: 'female', councilman: 'male', lecturer: null, academic: null,
  historian: null, expert: null, consultant: null, investor: null, donor: null, banker: null,
  broker: null, dealer: null, trustee: null, veteran: null, recruit: null, cadet: null,
  sergeant: null, corporal: null, lieutenant: null, colonel: null,
  detective: null, constable: null, warden: null, jailer: null, inmate: null, detainee: null,
  hostage: null, captive: null, defector: null, dissident: null, blogger: null, poet: null,
  writer: null, artist: null, musician: null, singer: null, actor: null, actress: 'female',
  footballer: null, cyclist: null, runner: null, boxer: null, referee: null, steward: null,
  pharmacist: null, dentist: null, vet: null, psychologist: null,
  psychiatrist: null, therapist: null, guardian: null, stepmother: 'female',
  stepfather: 'male', grandparent: null, grandchild: null, twin: null, fiancee: 'female',
  fiance: 'male', girlfriend: 'female', boyfriend: 'male', classmate: null, flatmate: null,
  housemate: null, teammate: null, pastor: null, vicar: null, bishop: null, cleric: null,
  herder: null, shepherd: null, grower: null, vendor: null, hawker: null,
  nanny: null, lodger: null, squatter: null, migrant: null, deportee: null,
  negotiator: null, mediator: null, diplomat: null, ambassador: null, envoy: null,
  aide: null, strategist: null, lobbyist: null, planner: null,
  ombudsman: null, investigator: null, examiner: null,
  pathologist: null, clinician: null, registrar: null,
  // Members of a parliament and a court's counsel: "Local MP Sarah Bainbridge", "the advocate depute".
  mp: null, mep: null, msp: null, senator: null, advocate: null, counsel: null, depute: null,
}

/** Plural people nouns, so "one told us" can become "one of the soldiers". */
export const GROUP_NOUNS: Record<string, string> = {
  soldiers: 'soldier', fighters: 'fighter', women: 'woman', men: 'man', children: 'child',
  boys: 'boy', girls: 'girl', civilians: 'civilian', refugees: 'refugee', residents: 'resident',
  brides: 'bride', survivors: 'survivor', doctors: 'doctor', nurses: 'nurse', witnesses: 'witness',
  villagers: 'villager', families: 'family', mothers: 'mother', students: 'student', pupils: 'pupil',
  militants: 'militant', troops: 'soldier', prisoners: 'prisoner', workers: 'worker', volunteers: 'volunteer',
  protesters: 'protester', demonstrators: 'demonstrator', marchers: 'marcher', rescuers: 'rescuer',
  firefighters: 'firefighter', relatives: 'relative', neighbours: 'neighbour', parents: 'parent',
}

/** Nouns that make a speaker a child, whatever else is said about them. */
export const MINOR_NOUNS = new Set(['boy', 'girl', 'child', 'children', 'baby', 'toddler', 'teenager', 'pupil', 'schoolboy', 'schoolgirl', 'schoolchild'])

/** Under this age a named speaker is a minor. */
export const AGE_OF_MAJORITY = 18

/** Honorifics that open a name, with the gender they imply. */
export const HONORIFICS: Record<string, Gender | null> = {
  dr: null, prof: null, professor: null, judge: null, mr: 'male', sir: 'male', mrs: 'female', ms: 'female',
  miss: 'female', dame: 'female', lord: 'male', lady: 'female', colonel: null, major: null,
  captain: null, lieutenant: null, sergeant: null, inspector: null, sheikh: 'male', constable: null,
  superintendent: null, commissioner: null,
  commissaire: null, comisario: null, kommissar: null, prefect: null,
  general: null, admiral: null, commodore: null, commander: null, marshal: null, brigadier: null, rev: null, reverend: null, imam: 'male', rabbi: null, president: null, senator: null,
  // Ranks and offices as printed before a name, abbreviated or not: "PC Amy Lowe", "Cllr Fox".
  pc: null, dc: null, ds: null, di: null, dci: null, dcs: null, det: null, insp: null, supt: null, sgt: null,
  cpl: null, corporal: null, lt: null, capt: null, col: null, gen: null, maj: null, cllr: null, councillor: null,
  father: 'male', sister: 'female', pastor: null, bishop: null, archbishop: null, cardinal: null, canon: null,
  mayor: null, governor: null, ambassador: null, justice: null, chancellor: null,
}

/** Words that stand before a rank and belong to it: "Detective Inspector", "Chief Constable". */
export const RANK_PREFIXES = new Set(['detective', 'chief', 'deputy', 'assistant', 'police', 'lance', 'staff', 'station', 'district', 'acting'])

/** Lowercase words a sentence-opening description may start with: "Opposition health spokeswoman". */
export const COMMON_OPENERS = new Set(['opposition', 'government', 'party', 'union', 'council', 'club', 'company', 'police', 'army', 'shadow', 'acting', 'interim', 'local', 'junior', 'senior'])

/** Kin whose full name, printed beside a named child, tells a reader the child's surname. */
export const RELATIVE_NOUNS = new Set([
  'mother', 'father', 'grandmother', 'grandfather', 'aunt', 'uncle', 'brother', 'sister', 'stepfather',
  'stepmother', 'parents', 'grandparents', 'cousin',
])

/** Phrases saying the copy keeps a speaker's name back. */
export const WITHHELD_NAME_MARKERS = [
  'asked not to be named',
  'did not want to be named',
  'declined to be named',
  'declined to give',
  'on condition of anonymity',
  'who cannot be named',
  'who cannot be identified',
  'anonymous',
  'not to be named',
  'not want to be named',
  'not wish to be named',
  'not to be identified',
  'not be identified',
  'not be named',
  'on condition that',
  'not to use her name',
  'not to name her',
  'not to name him',
  'not to name them',
  'not to use his name',
  'not to use their name',
  'for legal reasons',
  'not identified',
  // The many ways copy says a source's name is kept back.
  'did not want to give',
  'did not wish to give',
  'would not give her name',
  'would not give his name',
  'would not give their name',
  'refused to give',
  'speaking anonymously',
  'spoke anonymously',
  'on condition of',
  'on the condition',
  'cannot be named',
  'cannot be identified',
  'could not be named',
  'not wish to be identified',
  'not want to be identified',
  'not publishing',
  'being withheld',
  'been withheld',
  'agreed not to name',
  'agreed not to identify',
  'not to publish',
  'not be used',
  'afraid to give',
  'afraid to be named',
  'afraid of being named',
  'fear of reprisal',
  'for security reasons',
  'for her safety',
  'for his safety',
  'for their safety',
  'for fear of',
  'not authorised to',
  'not authorized to',
  'not allowed to speak',
  'not permitted to speak',
  'not allowed to talk',
  'not be identified',
  'anonymity',
  // A name the source fights or works under: "who uses the call sign "Grizzly"".
  'call sign',
  'callsign',
  'nom de guerre',
  'goes by the name',
]

/** A name printed without its surname, by the source's wish: "Valentyna, 71, who would not give her surname". */
export const SURNAME_WITHHELD =
  /^[^.!?]{0,40}?\b(?:would not|did not want to|declined to|refused to|asked us not to|did not)\s+(?:give|use|print|publish|share)\s+(?:her|his|their)\s+(?:surname|family name|last name|full name)|^[^.!?]{0,40}?\b(?:gave|give|gives)\s+only\s+(?:her|his|their)\s+first\s+name|^[^.!?]{0,40}?\basked that (?:her|his|their) (?:surname|family name|full name) (?:not be|be not) (?:used|published|printed)/i

/** People whose calling is to speak unnamed: "a police source", "an insider", "a whistleblower". */
export const ANONYMOUS_NOUNS = new Set(['source', 'sources', 'insider', 'insiders', 'whistleblower'])

/**
 * Phrases saying the source gave only part of a name ("who gave his name only as Dev", "who would
 * give only her first name, Leila"): the copy prints what they gave, the rest stays theirs.
 */
export const PARTIAL_NAME_MARKERS =
  /\b(?:who\s+(?:identified|introduced)\s+(?:himself|herself|themselves)\s+only\s+as\b|who\s+(?:would|will|asked to)\s+(?:only\s+)?be\s+(?:identified|named|known)\s+(?:only\s+)?(?:by|as)\s+(?:(?:his|her|their)\s+(?:first|given)\s+name(?:\s*,|\s+only\s*,|\s+alone\s*,)?)?|who\s+(?:(?:(?:would|will|only|did)\s+){0,2}(?:gave|give|gives|offered|would offer)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+only)?(?:\s+as\b|\s*,)|(?:said|says|told us)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:was|is)\b))/iu

/**
 * A document as the copy introduces it, for the "it" and the speaker its words have: "The audit
 * report", "A leaked briefing note", "the memo". The group `document` is what a reader calls it.
 */
export const DOCUMENT_PHRASE = String.raw`(?:(?:leaked|internal|confidential|draft|secret|private|written|separate|later|second|earlier|new|final|full)\s+)?(?<document>(?:(?:audit|inspection|incident|safety|investigation|board|care)\s+)?(?:briefing note|briefing|memorandum|memo|report|letter|email|e-mail|minutes|document|audit|review|spreadsheet|dossier|presentation|log|notes))\b`

/** The word a business's name ends on: "Golden Wave Shipping Lines", "Kestrel Holdings Ltd". */
export const COMPANY_WORD = String.raw`(?:Ltd|Limited|plc|PLC|Inc|Holdings|Lines|Transport|Shipping|Airlines|Airways|Logistics|Ferries|Railways|Buses|Coaches|Energy|Networks|Construction|Developments|Industries|Motors|Technologies|Foods|Homes)`
/** The nouns a later sentence calls a business by: "the company said", "a spokesman for the firm". */
export const COMPANY_NOUN = String.raw`(?:company|firm|operator)`
