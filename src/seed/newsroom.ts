/**
 * The demo newsroom: the two stories Dateline was designed from, with the people, pictures and
 * quoted speech in them. The copy itself is read from `stories/`; this file adds what an editor
 * would key in by hand: who is who, who said what, and what legal must see.
 */
import type { Correspondent, Quote, User } from '../../payload-types'

type Kind = NonNullable<Correspondent['kind']>
type Reason = NonNullable<Quote['sensitivityReasons']>[number]
type Role = User['roles'][number]

export type DemoPerson = { key: string; name: string; title: string | null; kind: Kind; bureau?: string; bio?: string }

export const PEOPLE: DemoPerson[] = [
  {
    key: 'john-irvine',
    name: 'John Irvine',
    title: 'Senior International Correspondent',
    kind: 'reporter',
    bureau: 'London',
  },
  { key: 'sean-swan', name: 'Sean Swan', title: 'cameraman', kind: 'camera', bureau: 'London' },
  { key: 'lutfi-abu-aun', name: 'Lutfi Abu Aun', title: 'Middle East News Editor', kind: 'editor', bureau: 'Jerusalem' },
  { key: 'john-ray', name: 'John Ray', title: 'Correspondent', kind: 'reporter', bureau: 'London' },
  // Named only in a credit line ("ITV News/Barnaby Green"), so no printed title.
  { key: 'barnaby-green', name: 'Barnaby Green', title: null, kind: 'photographer' },
]

export type DemoQuote = {
  text: string
  speaker: { name: string; description?: string; isAnonymous: boolean }
  context: string
  sensitive: boolean
  reasons: Reason[]
  identityNotes?: string
}

const aisha = {
  name: 'a woman calling herself Aisha',
  description: 'Isis bride held in a desert camp outside Raqqa',
  isAnonymous: true,
}
const aishaIdentity = 'Pseudonym. Real name withheld at her request; known to John Ray and the Raqqa team.'
const fighter = { name: 'a Kurdish-led fighter', description: 'soldier at the Raqqa frontline', isAnonymous: true }

export type DemoStory = {
  file: string
  dateline: string
  tags: string[]
  status: 'published' | 'in_review'
  byline: Array<{ person: string; role: Kind }>
  /** The demo user who filed it. */
  filedBy: Role
  quotes: DemoQuote[]
  editorialNotes?: string
}

export const STORIES: DemoStory[] = [
  {
    file: '001-battle-for-raqqa.txt',
    dateline: 'Raqqa, Syria',
    tags: ['Syria', 'Raqqa', 'Islamic State'],
    status: 'published',
    byline: [
      { person: 'john-irvine', role: 'reporter' },
      { person: 'sean-swan', role: 'camera' },
      { person: 'lutfi-abu-aun', role: 'editor' },
    ],
    filedBy: 'editor',
    quotes: [],
  },
  {
    file: '000-doomed-but-still-dangerous.txt',
    dateline: 'Raqqa, Syria',
    tags: ['Syria', 'Raqqa', 'Islamic State', 'Sally Jones'],
    status: 'in_review',
    byline: [{ person: 'john-ray', role: 'reporter' }],
    filedBy: 'correspondent',
    editorialNotes: 'Legal to clear every Aisha quote and the Sally Jones material before this goes.',
    quotes: [
      {
        text: 'Now is the time for Jihad',
        speaker: { name: 'a commander', description: 'Isis commander heard on intercepted radio', isAnonymous: true },
        context: 'Isis radio traffic tracked on the approach to the frontline.',
        sensitive: true,
        reasons: ['extremist_content'],
      },
      {
        text: 'I want a free Raqqa for my family, for everyone in here, for every family in Syria',
        speaker: fighter,
        context: 'One of the soldiers who took up arms against Isis from the start.',
        sensitive: false,
        reasons: [],
      },
      {
        text: "Yes. It's finished.",
        speaker: fighter,
        context: 'Asked whether Isis is finished in Raqqa.',
        sensitive: false,
        reasons: [],
      },
      {
        text: "In Raqqa there is a place for those who lose a leg, a hand, eyes ... when I see that I'm really so sad for them",
        speaker: aisha,
        context: 'Her regrets, reserved chiefly for the fighters defending the city.',
        sensitive: true,
        reasons: ['anonymous_source'],
        identityNotes: aishaIdentity,
      },
      {
        text: 'They stole money and they saw his neck. I see that by my eyes.',
        speaker: aisha,
        context: 'Aisha describes a beheading she says she witnessed.',
        sensitive: true,
        reasons: ['violence', 'anonymous_source'],
        identityNotes: aishaIdentity,
      },
      {
        text: "Yes. It's ok for me. Because I was used to (seeing) them in those scary movies.",
        speaker: aisha,
        context: 'Asked whether she saw them cut his head off.',
        sensitive: true,
        reasons: ['violence', 'anonymous_source'],
        identityNotes: aishaIdentity,
      },
      {
        text: 'from London … green eyes and blonde',
        speaker: aisha,
        context: 'Aisha describes an English friend we believe to be the Isis recruiter Sally Jones.',
        sensitive: true,
        reasons: ['identification', 'allegation', 'anonymous_source'],
        identityNotes: aishaIdentity,
      },
      {
        text: "She (told) me she will stay here until she die, she don't want to go anywhere",
        speaker: aisha,
        context: 'Claims about Sally Jones, high on Britain’s wanted list.',
        sensitive: true,
        reasons: ['allegation', 'identification', 'anonymous_source'],
        identityNotes: aishaIdentity,
      },
    ],
  },
]

export const DEMO_ACCOUNTS: Array<{ email: string; name: string; roles: Role[]; person?: string }> = [
  { email: 'admin@dateline.local', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@dateline.local', name: 'Eddie Editor', roles: ['editor'] },
  { email: 'correspondent@dateline.local', name: 'John Ray', roles: ['correspondent'], person: 'john-ray' },
  { email: 'legal@dateline.local', name: 'Lee Legal', roles: ['legal'] },
  { email: 'frontend@dateline.local', name: 'Front End', roles: ['frontend'] },
]
