import { findPassages } from '../../../src/ingest/passages'
import type { SensitivityReason } from '../../../src/ingest/types'

/**
 * Plain narrative defamation: the copy's own voice saying a person a reader can point at did a
 * crime or a grave wrong, with no legal vocabulary to give it away. Each sentence is read alone
 * (one paragraph), as an editor might type it into a story's body.
 */
const reasonsOf = (...paragraphs: string[]): SensitivityReason[][] => findPassages(paragraphs).map((passage) => passage.reasons)

describe('a person stated as the doer of a crime is a passage for legal', () => {
  it.each([
    'Ahmed Khalil murdered three men in Raqqa.',
    'Khalil is a war criminal.',
    'The councillor took bribes from the developer.',
    'Dr Reyes falsified the trial results.',
    'She stole £40,000 from the charity.',
    'Her husband beat and raped her.',
    'Three men were murdered by Khalil.',
    'The boy was abused by his uncle.',
    'Witnesses said Khalil murdered three men.',
    'In 2019, Khalil murdered three men.',
    'Khalil, a former guard, tortured prisoners.',
    'Khalil, who ran the prison, tortured prisoners.',
    'Khalil, 42, killed his wife in 2015.',
    'Mr Vale sexually abused two boys at the club.',
    'The former treasurer, Ian Cole, embezzled £2m from the charity.',
    "The club's former treasurer embezzled £2m.",
    'The mayor of Northmoor took bribes.',
    'He ordered the killing of the journalist.',
    'Her stepfather assaulted her.',
    "The gang's leader trafficked women into Britain.",
    "He forged his employer's signature.",
    'She laundered money for the cartel.',
    'He smuggled migrants across the Channel.',
    'He blackmailed the minister.',
    'She extorted money from shopkeepers.',
    'The minister lied to parliament.',
    'The officer shot him in the back.',
    'He shot dead two men.',
    'The mayor rigged the election.',
    'He covered up the abuse.',
    'Assad executed prisoners.',
    'Khalil is a terrorist.',
    'He is a convicted fraudster.',
    'The coach is a bully and a liar.',
    'Reyes, a fraudster, ran the clinic.',
    'Olympic swimmer says former coach abused her for years',
  ])('%s', (sentence) => {
    expect(reasonsOf(sentence)).toEqual([expect.arrayContaining(['allegation'])])
  })

  it('a surname met earlier in the story is the same person: the later sentence is the passage', () => {
    expect(findPassages(['Ahmed Khalil ran the prison at Raqqa for three years.', 'Khalil murdered three men there.'])).toEqual([
      { text: 'Khalil murdered three men there.', reasons: ['allegation'] },
    ])
  })
})

describe('near misses are not passages', () => {
  it.each([
    // Things done to the person: a death or an injury, not an accusation against them.
    'Khalil was murdered in Raqqa.',
    'Journalist murdered in Raqqa',
    'Khalil, who was tortured, now lives in Berlin.',
    'He was killed by a shell.',
    'Her husband killed himself in 2019.',
    // Not a person.
    'The storm killed 14 people.',
    'The flood killed 14.',
    'The fire destroyed homes.',
    'The blast killed 14 people.',
    'The virus killed thousands.',
    'The dog killed a sheep.',
    'Russia killed 14 civilians.',
    'Hamas is a terrorist organisation.',
    // Nobody a reader can point at: an indefinite person, a group, the narrator.
    'A man stole a bike.',
    'A gunman killed 14 people.',
    'Soldiers looted shops.',
    'Shops looted and cars burned on second night of unrest in Rotherby',
    'Villagers said soldiers raped women.',
    'The men who tortured him were never found.',
    'The man who killed his son was never found.',
    'I stole a car when I was 15.',
    // Negated, questioned, or an innocent sense of the verb.
    'Khalil never stole anything.',
    'He stole nothing.',
    'Khalil is not a murderer.',
    'Is Khalil a war criminal?',
    'He was the victim of a fraudster.',
    "Khalil's killer was never found.",
    'She stole the show.',
    'She stole a glance at him.',
    'He killed the bill.',
    'He killed the engine.',
    'She shot to fame in 2010.',
    'He shot a film in Raqqa.',
    'She smuggled her diary out of the camp.',
    'He forged a close friendship with the prince.',
    'He abused alcohol for years.',
    'She covered up the scar.',
    'Kiprop executed the plan perfectly.',
    // An acquittal is a fact of record in the person's favour.
    'He was cleared of fraud in 2019.',
    'He was acquitted of murder.',
  ])('%s', (sentence) => {
    expect(reasonsOf(sentence)).toEqual([])
  })
})

// Speech is no longer blanked out of the legal read (fail-closed, docs/legal.md "The word rules
// fail closed"): a quote that accuses a named person is a passage as well as a quote record.
it('quoted speech accusing a named person is a passage too', () => {
  expect(reasonsOf('"Khalil murdered my son," she said.')).toEqual([['allegation']])
})

describe('what already flagged still flags', () => {
  it.each([
    ['a conviction of record (a spent one is still for legal)', 'He was convicted of fraud in 2009.'],
    ['an allegation attributed and denied', 'Prosecutors say Khalil murdered three men, which he denies.'],
    ['a crime done by a named person', 'The hostages were beheaded by Mohammad Emwazi.'],
  ])('%s', (_, sentence) => {
    expect(reasonsOf(sentence)).toEqual([expect.arrayContaining(['allegation'])])
  })
})

describe('with proceedings live', () => {
  it('saying as fact that the accused did it is comment on the case as well as an allegation', () => {
    expect(
      findPassages([
        'Dean Marsh, 41, is on trial at Leeds Crown Court, accused of murdering Callum Price.',
        'Marsh stabbed Price outside a pub in 2024.',
      ]),
    ).toEqual([
      { text: 'Dean Marsh, 41, is on trial at Leeds Crown Court, accused of murdering Callum Price.', reasons: ['allegation', 'court_case'] },
      { text: 'Marsh stabbed Price outside a pub in 2024.', reasons: ['allegation', 'court_case'] },
    ])
  })

  it('after the sentence the case is closed: an allegation, no longer the case’s business', () => {
    expect(findPassages(['Dean Marsh was jailed for life in 2019.', 'Marsh stabbed Callum Price outside a pub.'])).toEqual([
      { text: 'Marsh stabbed Callum Price outside a pub.', reasons: ['allegation'] },
    ])
  })
})
