import { extractStory, type Anonymity } from '../../../src/ingest/extract'
import { readCase } from '../../../src/ingest/sensitivity'
import { sameSpeaker } from './score'

/**
 * The constructions added for held-out rounds 10–13, each tried in its general form on sentences
 * of our own in the same house style (none of them from a held-out story), so a rule kept is a
 * rule that reads more than the sentence it was written for.
 */
type Seen = { speaker: string; anonymity: Anonymity; sensitive: boolean }

function speakersOf(...paragraphs: string[]): Seen[] {
  const story = extractStory(['Headline about a flood', 'A standfirst.', 'By Jane Roe, Chief Correspondent', ...paragraphs].join('\n\n'))
  return story.quotes.map(({ speaker, sensitive }) => ({ speaker: speaker.name, anonymity: speaker.anonymity, sensitive }))
}

const named = (speaker: string, sensitive = false): Seen => ({ speaker, anonymity: 'named', sensitive })

describe('attributions', () => {
  it.each<[string, string[], Seen[]]>([
    ['a statement read out', ['Outside court, his solicitor, Julia Benn, read a statement: "My client denies this."'], [named('Julia Benn', true)]],
    ['"according to" before a partial quote', ['According to Ahmed Karim, a farmer, "the whole valley is gone".'], [named('Ahmed Karim')]],
    ['em-dash dialogue', ['— We will stay, said the village elder.'], [{ speaker: 'the village elder', anonymity: 'unnamed', sensitive: false }]],
    ['a name in a verb-first appositive', ['"The river rose a metre an hour," said one resident, Joan Smith, 68.'], [named('Joan Smith')]],
    ['kin named in a verb-first appositive', ['"She was so brave," said Joan Smith\'s husband, Peter.'], [named('Peter')]],
    [
      'a pseudonym in a verb-first appositive',
      ['"I am not afraid," says Anna, not her real name.'],
      [{ speaker: 'Anna', anonymity: 'pseudonym', sensitive: true }],
    ],
    [
      'a name set off after a description',
      ['One survivor, a 34-year-old teacher named Hana Kovac, said: "The children sang to keep calm."'],
      [named('Hana Kovac')],
    ],
    [
      'the N-year-old',
      ['Paolo Conti, 58, runs the rescue.', '"We are doing all we can," the 58-year-old said.'],
      [named('Paolo Conti')],
    ],
    [
      'a definite description of a job the hand list lacks',
      ['The papers were given to us by a civil servant who worked on the file.', '"We were told to find the reasons," the civil servant said.'],
      [{ speaker: 'a civil servant', anonymity: 'unnamed', sensitive: true }],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(speakersOf(...paragraphs)).toEqual(expected)
  })

  it('carries a quote over paragraphs when the closing mark is left off', () => {
    const quotes = speakersOf(
      'Inês Carvalho was stabbed on stage in June.',
      '"I remember the sound," she said. "People think a knife is silent, but it is not.',
      '"Then I was on the floor looking at the roof of the tent."',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Inês Carvalho', 'Inês Carvalho'])
  })

  it('gives a headline quote to the body speaker who says it', () => {
    const story = extractStory(
      ['"I will see him in court": novelist on learning to write again', 'A standfirst.', 'Inês Carvalho was stabbed in June.', '"I will see him in court, and the judges will decide," she said.'].join('\n\n'),
    )
    expect(story.quotes.map(({ text, speaker }) => [text, speaker.name])).toEqual([
      ['I will see him in court', 'Inês Carvalho'],
      ['I will see him in court, and the judges will decide.', 'Inês Carvalho'],
    ])
  })
})

describe('names kept back, and parts of names', () => {
  it.each<[string, string, string, Anonymity]>([
    ['did not want to give her name', 'A resident, who did not want to give her name, said: "The water was brown for a week."', 'a resident', 'withheld'],
    ['not authorised to talk', 'One nurse, speaking on condition of anonymity because she was not authorised to talk to the press, said: "We ran out of gloves."', 'one nurse', 'withheld'],
    ['cannot be named for security reasons', 'A soldier, who cannot be named for security reasons, said: "We were ordered to leave."', 'a soldier', 'withheld'],
    ['speaking anonymously, fronted', 'Speaking anonymously, a former employee said: "The managers knew about the leak."', 'a former employee', 'withheld'],
    ['in the aside before the colon', 'A doctor at the hospital told Dateline on condition of anonymity: "Patients died in the corridor."', 'a doctor at the hospital', 'withheld'],
    ['after a verb-first quote', '"I saw the lorry go in," said a witness, who did not wish to be identified.', 'a witness', 'withheld'],
    ['not publishing the name', 'A 15-year-old pupil, whose name Dateline is not publishing, said: "The teacher locked the door."', 'a 15-year-old pupil', 'withheld'],
    ['a source by calling', 'A source close to the investigation said: "The file was shredded."', 'a source close to the investigation', 'withheld'],
    ['agreed not to name', 'A porter at the hospital, whom Dateline has agreed not to name, said: "The lift was broken."', 'a porter at the hospital', 'withheld'],
    ['identified himself only as', 'A man who identified himself only as Ali said: "They never came back."', 'Ali', 'partial'],
    ['only identified by her first name', '"It was chaos," said the woman, who would only be identified by her first name, Maria.', 'Maria', 'partial'],
    ['whose name has been changed', 'Fatima, whose name has been changed, said: "My husband was taken at night."', 'Fatima', 'pseudonym'],
  ])('%s', (_label, paragraph, speaker, anonymity) => {
    // A name kept back is always legal's to see; a first name given is so only for what it claims.
    expect(speakersOf(paragraph)).toEqual([{ speaker, anonymity, sensitive: anonymity !== 'partial' }])
  })

  it('reads a name kept back in a sentence its pronoun opens', () => {
    expect(
      speakersOf(
        'The files were passed to Dateline by an engineer at the water company. She has worked there for fourteen years and agreed to speak on condition that we did not use her name.',
        '"I have a mortgage and two teenagers," she said.',
      ),
    ).toEqual([{ speaker: 'an engineer at the water company', anonymity: 'withheld', sensitive: true }])
  })
})

describe('people and pronouns', () => {
  it('follows two people whose names the lexicon does not know, by the possessive that opens a sentence', () => {
    expect(
      speakersOf(
        'Nkechi Obi lost her home when the river burst its banks. Her neighbour, Thabo Dlamini, carried her mother to the roof.',
        '"He saved her life," she said.',
        'Dlamini, a 40-year-old mechanic, said he had not slept since. "The water was at my chest," he said.',
        'Obi said she would stay in the camp. "Where else can I go?"',
      ).map(({ speaker }) => speaker),
    ).toEqual(['Nkechi Obi', 'Thabo Dlamini', 'Nkechi Obi'])
  })

  it('lets a pronoun outweigh the gender a given name usually has', () => {
    expect(speakersOf('The town\'s mayor, Rosario Dela Cruz, said 14 people had died. "We have no power," she said.')).toEqual([named('Rosario Dela Cruz')])
  })

  it('reads the widest description whose head is a person', () => {
    const story = extractStory(
      ['Headline', 'A standfirst.', 'Kemal Demir, 47, was working in his shop with his daughter, Leyla, when a man came in.', '"I heard the bell," Leyla said.'].join('\n\n'),
    )
    expect(story.quotes.map(({ speaker }) => [speaker.name, speaker.description])).toEqual([['Leyla', 'his daughter']])
  })

  it('finds a first name met before in a later full name, and a surname of two words', () => {
    expect(
      speakersOf(
        'Marta Vidal walked beside her father, Josep, 81. "They want us out," he said.',
        'Chief Commissioner Anja De Smet told reporters: "Two men were arrested."',
        'Josep Vidal said he would march again. "I will still be here," he said.',
        '"These works are not easy to sell," De Smet said.',
      ).map(({ speaker }) => speaker),
    ).toEqual(['Josep', 'Chief Commissioner Anja De Smet', 'Josep', 'Chief Commissioner Anja De Smet'])
  })
})

describe('more people the copy introduces', () => {
  it.each<[string, string[], string[]]>([
    ['a name a relative "who" follows', ['Ahmed, who lost his brother in the slide, sat on the church steps. "He went back for the dog," he said.'], ['Ahmed']],
    ['a definite description doing what people do', ['The village priest said the bells had rung all night.', '"People came to pray and stayed to dig."'], ['the village priest']],
    [
      'a definite description re-describing the unnamed person just met',
      ['A former colleague of Lyle\'s, giving evidence from behind a screen, said she had seen her at night. "She had a handbag that was not hers," the witness said.'],
      ["a former colleague of Lyle's"],
    ],
    ['the body that spoke last', ['The interior ministry said 37 officers had been injured. In a statement it said: "Officers acted within the law."'], ['the interior ministry']],
    ['ranks in capitals and abbreviated', ['PC Amy Lowe was first on the scene. "The door was locked," PC Lowe said.', 'Sergeant Mark Hale said the stairwell filled with smoke. "We could not see our hands," Sgt Hale said.'], ['PC Amy Lowe', 'Sergeant Mark Hale']],
    ['a title after a rank word is no name', ['Chief Correspondent Jane Roe reports.', 'The mayor, Rosario Cruz, said 14 people had died. "We have no power," she said.'], ['Rosario Cruz']],
  ])('%s', (_label, paragraphs, speakers) => {
    expect(speakersOf(...paragraphs).map(({ speaker }) => speaker)).toEqual(speakers)
  })

  it('does not take "the woman" for an unnamed person of no known gender met before', () => {
    expect(
      speakersOf(
        'A porter at the hospital, whom Dateline has agreed not to name, said: "The lift was broken."',
        '"It was chaos," said the woman, who would only be identified by her first name, Maria.',
      ).map(({ speaker }) => speaker),
    ).toEqual(['a porter at the hospital', 'Maria'])
  })

  it.each<[string, string[], Seen[]]>([
    [
      'a fronted clause before a pronoun',
      ['Amina Yusuf, 52, lost her son in the fire. Her voice breaking, she said: "He was all I had."', 'Through an interpreter, she said: "They did not let us leave."'],
      [named('Amina Yusuf'), named('Amina Yusuf')],
    ],
    ['an epithet for the person just quoted', ['Amina Yusuf, 52, lost her son in the fire.', 'Wiping away tears, the mother of three said: "I want justice."'], [named('Amina Yusuf')]],
    [
      'someone a possessive name introduces',
      ['A firefighter, Dan Price, said the fire spread in minutes.', 'Dan Price\'s colleague, who asked not to be named, said: "We had warned about that building."'],
      [{ speaker: "Dan Price's colleague", anonymity: 'withheld', sensitive: true }],
    ],
    ['a surname kept back', ['Valentyna, 71, who would not give her surname, was queueing for water. "My son is at the front," she said.'], [{ speaker: 'Valentyna', anonymity: 'partial', sensitive: false }]],
    [
      'a call sign',
      ['The unit\'s commander, who uses the call sign "Grizzly", is 34. "They come in small groups," he said.'],
      [{ speaker: "the unit's commander", anonymity: 'withheld', sensitive: true }],
    ],
    ['the police as a body', ['Police said in a statement: "Two people have been arrested."'], [named('police')]],
    [
      'a whole sentence after a colon with no speech verb',
      ['Another nurse, Grace Owusu, 29, said she had worked 60 hours. "I fell asleep driving home," she said.', 'Her message to the health secretary was simple: "Pay us what we are worth."'],
      [named('Grace Owusu'), named('Grace Owusu')],
    ],
    [
      '"one" of the group the sentence is about, names kept back',
      ['Two of the strikers, who did not want to be named, said managers had threatened them. "They said we would lose our jobs," one said.'],
      [{ speaker: 'one of the strikers', anonymity: 'withheld', sensitive: true }],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(speakersOf(...paragraphs)).toEqual(expected)
  })

  it('closes a quote inside the quote first', () => {
    const story = extractStory(['Headline', 'A standfirst.', 'Amina Yusuf lost her job.', '"He told me, \'You will never work again,\'" she said.'].join('\n\n'))
    expect(story.quotes.map(({ text, speaker }) => [text, speaker.name])).toEqual([["He told me, 'You will never work again.'", 'Amina Yusuf']])
  })

  it('keeps back the name of a source whose pronoun says so after her words', () => {
    expect(speakersOf('"It was like a war," said a woman who had come with her son.', 'She did not want to give her name.')).toEqual([
      { speaker: 'a woman', anonymity: 'withheld', sensitive: true },
    ])
  })

  it('reads an age from "who is nine", and a child the headline gives by age', () => {
    const story = extractStory(
      ['Boy, 9, describes the night his village burned', 'A standfirst.', 'Yusuf, who is nine, arrived at the camp last week. "The men burned the houses," he said.'].join('\n\n'),
    )
    expect(story.quotes.map(({ speaker, reasons }) => [speaker.name, reasons.includes('minor')])).toEqual([['Yusuf', true]])
  })

  it('gives a headline opening on a quote the body does not repeat to the speaker the story quotes most', () => {
    const story = extractStory(
      ['"I still dream of the sea": the captain who saved 300 people', 'A standfirst.', 'Captain Elena Moretti, 41, commands the Aurora.', '"The silence after the engines stopped," she said.', '"Every winter. And every spring I go back," she said.'].join('\n\n'),
    )
    expect(story.quotes.map(({ text, speaker }) => [text, speaker.name])[0]).toEqual(['I still dream of the sea', 'Captain Elena Moretti'])
  })
})

describe('children, however the copy gives their age', () => {
  it.each<[string, string]>([
    ['a description of an age', 'Sami, a 15-year-old from Homs, said: "We ran when the bombs fell."'],
    ['an age kept anonymous', 'A 16-year-old, who cannot be named, said: "I saw it."'],
    ['an age before a colon', 'Lena Vogel, 17, said: "I was scared."'],
    ['an age in words after kin', 'His daughter Amira, aged seven, said: "I miss my house."'],
    ['an age after a verb-first attribution', '"It was loud," said Tom Fry, 12.'],
  ])('%s', (_label, paragraph) => {
    const [quote] = extractStory(['Headline', 'A standfirst.', paragraph].join('\n\n')).quotes
    expect(quote.reasons).toContain('minor')
  })
})

describe('flags', () => {
  it.each<[string, string[], boolean]>([
    ['an unnamed insider on warnings ignored', ['A carer, who asked not to be named, said: "We told the managers twice. Nobody listened."'], true],
    ['violence done to the speaker', ['A woman who would give only her first name, Núria, said: "A policeman hit me with his baton."'], true],
    ['a named speaker\'s condition, not a claim', ['Meera Patel, the opposition spokeswoman, said: "If the minister was warned and did nothing, he should resign."'], false],
    ['a family memory', ['Her grandfather, Stavros Kallis, said: "I told her to sing. We sang every song she knows."'], false],
    [
      'a child the story describes by age, named as a daughter',
      ['A 12-year-old girl hid behind the counter of her family\'s shop.', 'Kemal Demir was in the shop with his daughter, Leyla, when a man came in. "I heard the bell," Leyla said.'],
      true,
    ],
  ])('%s', (_label, paragraphs, sensitive) => {
    expect(speakersOf(...paragraphs).map((seen) => seen.sensitive)).toEqual([sensitive])
  })
})

/**
 * The constructions added for the sealed rounds 14–15, in their general form on sentences of our
 * own: each rule with the trick it reads and the near miss it must leave alone.
 */
function quotesOf(headline: string, standfirst: string, ...paragraphs: string[]): { speaker: string; anonymity: Anonymity; reasons: string[] }[] {
  const story = extractStory([headline, standfirst, 'By Jane Roe, Chief Correspondent', ...paragraphs].join('\n\n'))
  return story.quotes.map(({ speaker, reasons }) => ({ speaker: speaker.name, anonymity: speaker.anonymity, reasons }))
}

describe('people met by role, title and surname', () => {
  it.each<[string, string[], string[]]>([
    [
      'letters after a name make an apposition a person\'s, whatever the description',
      ['Opening the defence, the senior counsel, Morag Gault KC, told the jury the texts proved nothing.', '"My client was in Leeds that night," she said.'],
      ['Morag Gault KC'],
    ],
    [
      'a pronoun is not the person the quote names in the third person',
      [
        'Owen Tyler, 44, denies causing death by dangerous driving.',
        'Prosecuting, Marcus Hale told the jury that the lorry was overloaded.',
        'Owen Tyler sat in the dock with his head bowed.',
        '"Mr Tyler knew the brakes were worn. He drove anyway," he said.',
      ],
      ['Marcus Hale'],
    ],
    [
      'near miss: with nobody named in the quote, the nearest subject is still the "he"',
      ['Owen Tyler, 44, gave evidence on Tuesday.', '"I checked the brakes every week," he said.'],
      ['Owen Tyler'],
    ],
    [
      'an honorific picks, of two people with one surname, the one of its gender',
      ['Her grandparents, Ruth and Daniel Levy, waited outside.', 'Mrs Levy said: "We have not slept."', 'Mr Levy said: "Neither have I."'],
      ['Ruth Levy', 'Daniel Levy'],
    ],
    [
      'a description set off before a speech verb after a name the lexicon does not know',
      ['Teodor Vasilescu, a stalwart of the ruling bloc, said the vote was close. "We will win it next time," he told reporters.'],
      ['Teodor Vasilescu'],
    ],
    ['an MP\'s title before a name', ['Local MP Hannah Greer said she would write to the minister.', '"People deserve answers," she said.'], ['Hannah Greer']],
    [
      'a body met with a possessive place, then "it said"',
      ['Romania\'s energy ministry said the plant was safe. "There is no leak of any kind," it said in a statement.'],
      ["Romania's energy ministry"],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(quotesOf('Headline', 'A standfirst.', ...paragraphs).map(({ speaker }) => speaker)).toEqual(expected)
  })

  it('keeps a double genitive ("a former pupil of Mr Hale\'s") a person of their own, and the possessive no part of a name', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Gordon Hale, 58, a teacher, denies assault.',
      'A former pupil of Mr Hale\'s, who asked not to be named, was in the public gallery. "He shouted at us every day," she said.',
      'Mr Hale\'s lawyer, Ann Cole, said: "My client will answer these claims in court."',
    )
    expect(quotes.map(({ speaker, anonymity }) => [speaker, anonymity])).toEqual([
      ["a former pupil of Mr Hale's", 'withheld'],
      ['Ann Cole', 'named'],
    ])
  })

  it('never gives "he" to a body, and reads a definite subject after an "Asked" clause', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'The papers came from a fitter who worked at the plant until May.',
      'Dunmore Water said in a statement: "These claims are false."',
      'Asked why he had spoken out, the fitter looked away. "Somebody had to," he said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Dunmore Water', 'a fitter'])
  })

  it('reads a definite description a relative "who" follows as a person, wherever it stands', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Inspector Alex Byrne led the inquiry. Mr Byrne retired in 2010.',
      'Dateline has found the cleaner, now in her sixties, who asked not to be named. She still lives nearby.',
      '"I told them about the van twice," she said.',
    )
    expect(quotes.map(({ speaker, anonymity }) => [speaker, anonymity])).toEqual([['the cleaner', 'withheld']])
  })
})

describe('flags by what the quote does in the story', () => {
  const appeal = [
    'Liam Roper was convicted of the arson in 2009 and is still in prison.',
    'In May his case was referred to the Court of Appeal, and the appeal is due to be heard in the spring.',
  ]
  it('a conviction under appeal is a live case again: a word on the evidence is the court\'s matter', () => {
    const [quote] = quotesOf('Headline', 'A standfirst.', ...appeal, 'Alan Reeve, a retired fire officer, said: "The evidence never pointed to one man."')
    expect(quote.reasons).toContain('court_case')
  })

  it('near miss: a conviction with no appeal pending is closed (police "appealed for witnesses" is no appeal)', () => {
    const [quote] = quotesOf(
      'Headline',
      'A standfirst.',
      'Liam Roper was convicted of the arson in 2009. Police appealed for witnesses at the time.',
      'Alan Reeve, a retired fire officer, said: "The evidence never pointed to one man."',
    )
    expect(quote.reasons).toEqual([])
  })

  it('a body\'s word on procedure in a live case is no comment on it, however the body is named', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', ...appeal, 'Avon Police said: "We will co-operate fully with the Court of Appeal."')
    expect(quotes.map(({ reasons }) => reasons)).toEqual([[]])
  })

  it.each<[string, string, string[]]>([
    ['a crowd beaten, by a force the reader can point at', '"The police started beating anyone who stood still," said Irakli Beridze, a student.', ['allegation', 'violence']],
    ['stamping on someone', '"A soldier stamped on him until he stopped moving," said Irakli Beridze, a student.', ['allegation', 'violence']],
    ['near miss: things thrown to people', '"We threw them blankets and bottles of water," said Irakli Beridze, a student.', []],
    ['near miss: waves, not people, keep hitting', '"The waves kept hitting the hull all night," said Irakli Beridze, a student.', []],
  ])('%s', (_label, paragraph, reasons) => {
    const [quote] = quotesOf('Headline', 'A standfirst.', paragraph)
    for (const reason of reasons) expect(quote.reasons).toContain(reason)
    if (reasons.length === 0) expect(quote.reasons).toEqual([])
  })

  it('in a story resting on leaked documents, a named person\'s written words are an allegation against them', () => {
    const quotes = quotesOf(
      'Builder moved losses off the books, leaked emails show',
      'Internal emails seen by Dateline suggest that a building firm hid its losses from its lenders.',
      'In a memo to staff in June, the finance director, Paul Kerr, wrote: "Move the Q2 losses into next year. Do not mention them to the bank."',
      'Kerr Homes said in a statement: "We reject these claims entirely."',
    )
    expect(quotes.map(({ reasons }) => reasons)).toEqual([['allegation', 'identification'], []])
  })

  it('near miss: a named person\'s letter in a story that rests on no documents', () => {
    const quotes = quotesOf(
      'School to reopen after flood',
      'Pupils will return on Monday.',
      'In a letter to parents, the headteacher, Ruth Mills, wrote: "The school will reopen on Monday."',
    )
    expect(quotes.map(({ reasons }) => reasons)).toEqual([[]])
  })
})

describe('a court report\'s people, and who speaks for whom', () => {
  it('reads "the prosecutor" as counsel printed "Prosecuting,", and "the witness" as whoever was giving evidence', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Karen Lyle, 39, denies theft.',
      'Prosecuting, Adaeze Okafor said the thefts went on for two years.',
      '"She chose the patients who could not complain," the prosecutor said.',
      'A colleague, Janet Moss, told the jury she had seen Mrs Lyle in the drugs room.',
      '"I saw her go in alone," Ms Moss said.',
      'Cross-examined by the defence barrister, Ruth Kendall, Ms Moss agreed she had seen nothing taken.',
      '"You never saw my client touch a vial, did you?" Ms Kendall asked.',
      '"No," the witness replied.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Adaeze Okafor', 'Janet Moss', 'Ruth Kendall', 'Janet Moss'])
  })

  it('near miss: "the witness" with nobody giving evidence nearby is someone new', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'Two men have been arrested after the fire.', '"I saw smoke at two," the witness said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['the witness'])
  })

  it('reads a description with its "of" phrase before a relative who, not the group inside it', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'Outside court, the son of one of the victims, who asked not to be named, said: "We want the truth."')
    expect(quotes.map(({ speaker, anonymity }) => [speaker, anonymity])).toEqual([['the son of one of the victims', 'withheld']])
  })

  it('gives a spokesman\'s words to the spokesman, and does not read the name he speaks for as an accusation', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'A spokesman for Mr Hale said: "Mr Hale\'s tax affairs have always been in order."')
    expect(quotes).toEqual([{ speaker: 'a spokesman for Mr Hale', anonymity: 'unnamed', reasons: [] }])
  })

  it('reads a name a relative "whose" follows as a person, a place-like surname too', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'Maureen Hill, whose father lived at the home, said: "I trusted them with my dad."')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Maureen Hill'])
  })

  it('reads everyone named before "both deny" as accused, and the accused\'s own words in a live case are the court\'s matter', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Derek Fane, 66, and the developer, Colin Marsh, 58, both deny conspiracy to commit bribery.',
      'Mr Marsh said he had known Mr Fane for years. "We play golf together. That is all," he said.',
    )
    expect(quotes[0].reasons).toContain('court_case')
  })

  it('near miss: an officer who reports a charge is not among the accused', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Detective Inspector Claire Holloway said Dean Marsh, 30, had been charged with arson.',
      'Detective Inspector Claire Holloway said: "I want to thank the fire crews for their work tonight."',
    )
    expect(quotes.map(({ reasons }) => reasons)).toEqual([[]])
  })
})

describe('children and threats', () => {
  it('a child whose name the copy keeps back is not the named son of the story', () => {
    const quotes = quotesOf(
      'Boy, 10, saw gunman shoot shopkeeper',
      'A boy watched from behind a freezer as a shopkeeper was shot.',
      'The boy, whose name Dateline is not publishing, had gone in to buy sweets.',
      'Mr Karim\'s son, Imran, said his father was well liked. "Everyone came to the shop," Imran said.',
    )
    expect(quotes.map(({ speaker, reasons }) => [speaker, reasons])).toEqual([['Imran', []]])
  })

  it.each<[string, string, boolean]>([
    ['a threat told against someone', '"They told him they would burn the shop," said Imran Karim.', true],
    ['a threat to kill', '"He said he was going to kill her," said Imran Karim.', true],
    ['near miss: a fire that would burn for days', '"The peat will burn for days," said Imran Karim.', false],
  ])('%s', (_label, paragraph, sensitive) => {
    const [quote] = quotesOf('Headline', 'A standfirst.', paragraph)
    expect(quote.reasons.includes('violence')).toBe(sensitive)
  })
})

describe('more of a story\'s people, and what their words do', () => {
  it('reads "the defendant said" as the accused, not the defendant\'s barrister', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'The defendant, a builder named Jordi Puig, is accused of building the wall with no permit.',
      'The defendant\'s barrister, Marta Soler, said the plans were approved.',
      'The defendant said in a statement: "I followed the plans I was given."',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Jordi Puig'])
  })

  it('after "Asked …," the pronoun may be the person the paragraph is about, not only someone who spoke', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Grace Obi and her brother, Samuel, 9, hid in the bush. Their uncle, Joseph Obi, found them at dawn.',
      '"They burnt every house on the road," Joseph said.',
      'Samuel said little. Asked what he remembered, he said: "The fire."',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Joseph Obi', 'Samuel'])
  })

  it('reads a possessive name with modifiers before a person noun as that person ("Ms Ashworth\'s former private secretary")', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Jane Ashworth, 61, resigned in 2021.',
      'Ms Ashworth\'s former private secretary, who asked not to be named, backed her account. "Everyone in the department knew she was right," he said.',
    )
    expect(quotes.map(({ speaker, anonymity }) => [speaker, anonymity])).toEqual([["Ms Ashworth's former private secretary", 'withheld']])
  })

  it('an order to bury something, with who gave it named right after, is an allegation', () => {
    const [quote] = quotesOf(
      'Headline',
      'A standfirst.',
      'Jane Ashworth, 61, resigned in 2021.',
      '"I raised it in writing in June. I was told to drop it," she said.',
      'She says the minister\'s chief of staff, Rupert Vane, told her to stop asking.',
    )
    expect(quote.reasons).toContain('allegation')
  })

  it('near miss: being told to stay home by the police is no order to bury anything', () => {
    const [quote] = quotesOf('Headline', 'A standfirst.', 'Jane Ashworth, 61, lives by the river.', '"We were told to leave the house at six," she said.', 'The river rose two metres.')
    expect(quote.reasons).toEqual([])
  })

  it('the first person a story about a child by age names, described no other way, is that child', () => {
    const [quote] = quotesOf(
      'Schoolgirl, 13, tells how she hid from gunmen',
      'A 13-year-old girl has described hiding under her bed as armed men attacked her village.',
      'Grace Obi and her brother spent the night in the bush.',
      '"I heard my mother screaming," Grace said.',
    )
    expect(quote.reasons).toEqual(expect.arrayContaining(['minor', 'identification']))
  })
})

describe('evidence at an inquest, and kin met again by their tie', () => {
  it('an unnamed witness introduced giving evidence speaks to the inquest', () => {
    const [quote] = quotesOf(
      'Mother died waiting for ambulance, inquest hears',
      'A mother died after waiting four hours for an ambulance, an inquest has heard.',
      'A paramedic who was on shift that night, and who cannot be named, gave evidence from behind a screen.',
      '"We had eleven crews queuing outside the hospital," she said.',
    )
    expect(quote.reasons).toEqual(expect.arrayContaining(['court_case', 'anonymous_source']))
  })

  it('"His nephew" later is the nephew introduced by name, so turn-taking follows the two men', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Stratis Valamios, 63, and his nephew, Giorgos Kalogeros, 31, were mending nets when they heard shouting.',
      '"I saw heads in the water," Mr Valamios said.',
      'His nephew started the engine. "We did not think. We just went," he said.',
      'Mr Valamios said the sea had been cold. "A woman gave me her baby," he said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Stratis Valamios', 'Giorgos Kalogeros', 'Stratis Valamios'])
  })
})

describe('descriptions of more than one word', () => {
  it('reads a job of two person nouns as one ("a consultant cardiologist")', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'A consultant cardiologist at the trust says she raised the alarm in 2021. She spoke on condition of anonymity.',
      '"I put it in writing," she says.',
    )
    expect(quotes.map(({ speaker, anonymity }) => [speaker, anonymity])).toEqual([['a consultant cardiologist', 'withheld']])
  })

  it('keeps back the name of a child met by age when "the boy, who cannot be named" follows', () => {
    const quotes = quotesOf(
      'Headline',
      'A 16-year-old boy has told a jury he was forced to carry drugs.',
      'The boy, who cannot be named for legal reasons, is giving evidence against three men.',
      '"I was scared all the time," the boy said.',
    )
    expect(quotes.map(({ anonymity, reasons }) => [anonymity, reasons.includes('minor'), reasons.includes('court_case')])).toEqual([['withheld', true, true]])
  })
})

describe('counsel by role and surname', () => {
  it('"the prosecutor, Ms Okafor," is counsel first printed with letters after her name; "the barrister said" is counsel', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Ryan Cole, 30, denies murdering his neighbour.',
      'Adaeze Okafor KC, prosecuting, said the two men had argued about a fence.',
      '"It was a petty dispute," the prosecutor, Ms Okafor, told the jury.',
      'Defending, Tom Ashe said his client had acted in self-defence.',
      '"He was attacked first," the barrister said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Adaeze Okafor KC', 'Tom Ashe'])
  })
})

describe('a protected source met again by another noun', () => {
  it('"the official" paragraphs after "a civil servant…, who spoke on condition of anonymity" is that source, and so is their "they said"', () => {
    const quotes = quotesOf(
      'Headline',
      'Emails seen by Dateline show the council ignored the warnings.',
      'The emails were passed to Dateline by a planning officer at the council, who asked not to be named.',
      'The official had worked on the scheme for six years.',
      '"We flagged it every month," they said.',
      'The Ridgeway Housing Trust said: "We followed the advice we were given."',
      'Asked why they had spoken out, the official hesitated.',
      '"Because the next family might not get out," they said.',
    )
    expect(quotes.map(({ speaker, anonymity, reasons }) => [speaker, anonymity, reasons.includes('anonymous_source')])).toEqual([
      ['a planning officer at the council', 'withheld', true],
      ['the Ridgeway Housing Trust', 'named', false],
      ['a planning officer at the council', 'withheld', true],
    ])
  })

  it('near miss: with no source kept back, "the engineer" is someone new, not the resident quoted before', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'A resident of the street said the water came in fast.',
      '"It was at the door in minutes," she said.',
      'The engineer was at the pumping station by midnight.',
      '"The pumps were running," the engineer said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['a resident', 'the engineer'])
  })
})

describe('an interview: the reporter\'s questions and whose answers follow', () => {
  const interview = (...paragraphs: string[]) =>
    extractStory(['Headline', 'A standfirst.', 'Chief Reporter Jane Roe met her at the mill.', ...paragraphs].join('\n\n')).quotes.map(({ speaker, text }) => [speaker.name, text.slice(0, 12)])

  it('"…?" I ask. is the reporter\'s, and "she says" after it answers for the woman interviewed, not the last woman quoted', () => {
    expect(
      interview(
        'Ruth Abara has run the mill for thirty years. "We never missed a wage," she says.',
        '"The figures are all there," she says.',
        'Her accountant, Paula Imrie, said: "The audit is complete."',
        '"Will you sell the mill?" I ask.',
        '"Not while I can stand," she says.',
      ),
    ).toEqual([
      ['Ruth Abara', 'We never mis'],
      ['Ruth Abara', 'The figures '],
      ['Paula Imrie', 'The audit is'],
      ['Jane Roe', 'Will you sel'],
      ['Ruth Abara', 'Not while I '],
    ])
  })

  it('a quote standing alone after a question in narrative is the answer of the one asked, not the one asked about', () => {
    expect(
      interview(
        'Ruth Abara blames her former partner, Ellen Shaw, for the debts. "She left us with nothing," she says.',
        'Does she think Ellen Shaw will ever pay?',
        '"I think she will be made to."',
      ).map(([speaker]) => speaker),
    ).toEqual(['Ruth Abara', 'Ruth Abara'])
  })

  it('a document\'s words are its writer\'s: "a letter sent from her office… reads:"', () => {
    expect(
      interview(
        'Ruth Abara says she never saw the invoices. "Someone else signed them," she says.',
        'But a letter sent from her office in May, which Dateline has seen, reads: "Pay the invoices before the audit."',
      ).map(([speaker]) => speaker),
    ).toEqual(['Ruth Abara', 'Ruth Abara'])
  })

  it('near miss: "we asked" in a quote is no reporter\'s question, and a letter with no owner stays unattributed to anyone named', () => {
    const quotes = interview('"We asked the bank for time," Ruth Abara says.', 'A letter to the bank reads: "The mill has no debts."')
    expect(quotes.map(([speaker]) => speaker)).not.toContain('Jane Roe')
  })
})

describe('threats to whatever is in the way', () => {
  it('"we will burn every village" is a threat of violence', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'A commander in the video says: "We will burn every village that resists."')
    expect(quotes[0].reasons).toContain('violence')
  })

  it('near miss: "we will sign for nobody" threatens nobody', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'The striker\'s agent, Tom Hale, said: "We will sign for nobody this summer."')
    expect(quotes[0].reasons).not.toContain('violence')
  })
})

describe('a story resting on documents, a claim before a tribunal, an inquest opened', () => {
  const leak = (...paragraphs: string[]) => quotesOf('Headline', 'A standfirst.', 'Councillor Rita Vance chairs the planning board.', 'Emails seen by Dateline show the board knew of the cracks.', ...paragraphs)

  it('a named writer\'s written order is an allegation; their written advice or warning is not', () => {
    const quotes = leak(
      'In an email in March, Ms Vance told the clerk: "Leave the survey out of the pack. Nobody reads it."',
      'In June the surveyor, Omar Reid, wrote: "Recommend the block is closed. The cracks are widening."',
    )
    expect(quotes.map(({ speaker, reasons }) => [speaker, reasons.includes('allegation')])).toEqual([
      ['Councillor Rita Vance', true],
      ['Omar Reid', false],
    ])
  })

  it('the writer disowning the document put to them repeats the charge: an allegation', () => {
    const quotes = leak('When I show her the email, Ms Vance reads it twice. "I don\'t remember sending that," she says.')
    expect(quotes[0].reasons).toContain('allegation')
  })

  it('one party\'s words about the other while a tribunal has still to hear the claim are court_case; the lawyer declining to comment is not', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Paul Brand, the club\'s chairman, sacked his treasurer, Linda Moss, in April.',
      'Ms Moss has brought a claim for unfair dismissal against Mr Brand, which will be heard by an employment tribunal in March.',
      '"Linda was sacked because money went missing from the bar," he says. "She knows what she did."',
      'Her solicitor, Omar Reid, said: "Ms Moss will set out her case at the tribunal and will not be commenting before then."',
      '"The bar has never made more," Mr Brand says of the new season.',
    )
    expect(quotes.map(({ reasons }) => [reasons.includes('allegation'), reasons.includes('court_case')])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ])
  })

  it('with an inquest opened, words on what caused the death are the inquest\'s matter', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Ada Finch, 80, died when the river broke its banks.',
      'An inquest into Mrs Finch\'s death was opened and adjourned on Monday.',
      '"Ada would still be alive if the barrier had been shut," said her neighbour, Tom Hale.',
      '"We will rebuild the street," said the mayor, Joan Pike.',
    )
    expect(quotes.map(({ reasons }) => reasons.includes('court_case'))).toEqual([true, false])
  })

  it('"the agency said" after "The Environment Agency said" is the agency, printed as first met', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'The Environment Agency said it would review the warnings.', 'In a statement, the agency said: "Our teams worked through the night."')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['the Environment Agency'])
  })
})

describe('a split quote, and an account of the incident in a live case', () => {
  it('a quote split by a verb-first attribution carries on as one utterance', () => {
    const story = extractStory(['Headline', 'A standfirst.', 'By Jane Roe, Chief Correspondent', '"We regret the delay," said the firm\'s director, Ann Cole, "and we will pay every claim."'].join('\n\n'))
    expect(story.quotes.map(({ text, speaker }) => [text, speaker.name])).toEqual([['We regret the delay, and we will pay every claim.', 'Ann Cole']])
  })

  it('near miss: a new sentence in capitals after the attribution is a quote of its own', () => {
    const story = extractStory(['Headline', 'A standfirst.', 'By Jane Roe, Chief Correspondent', '"We regret the delay," said Ann Cole. "Claims will be paid."'].join('\n\n'))
    expect(story.quotes.map(({ text }) => text)).toEqual(['We regret the delay. Claims will be paid.'])
  })

  it('with a man charged, the victim\'s account of what happened is court_case; his word on his pay is not', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Liam Hart, 30, has been charged with assault and will appear before magistrates on Friday.',
      'Sam Okoro, 41, said he remembered little of what happened.',
      '"I remember the first blow and then the pavement," he said.',
      'He said the job paid too little. "I am on the minimum wage," he said.',
    )
    expect(quotes.map(({ reasons }) => reasons.includes('court_case'))).toEqual([true, false])
  })
})

describe('who is behind words led in without a speech verb, and who a fronted clause is "by"', () => {
  it('a document "from" a named person, or one a named person "sent", is theirs', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Tom Hale, 40, was held overnight.',
      'His wife showed Dateline a letter she received in May from the firm\'s manager, Ann Cole: "We are looking into it."',
      'The court was shown a text message Mr Hale sent to his wife from the back of the van: "Don\'t worry about me."',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Ann Cole', 'Tom Hale'])
  })

  it('"Asked by the barrister, Joseph Reed, why…, Sgt Lowe said" is the sergeant, and the barrister is met', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Sergeant Amy Lowe gave evidence on Monday.',
      'Asked by the family\'s barrister, Joseph Reed, why the log was blank, Sgt Lowe said: "I cannot explain it."',
      '"No further questions," Mr Reed said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Sergeant Amy Lowe', 'Joseph Reed'])
  })

  it('a description ending in a time phrase ("the nurse on duty that night, Ruth Bell,") is the person\'s, so "she" is her', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Mary Stone, 80, died in the ward.',
      'Giving evidence, the nurse on duty that night, Ruth Bell, said she had called a doctor.',
      '"I called twice," she said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Ruth Bell'])
  })

  it('"the pupil\'s mother" later is the mother met as "Her mother" of the pupil', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'A 14-year-old pupil, whom Dateline is not naming, said she had complained.',
      'Her mother said she had rung the school. "Nobody called back," she said.',
      'Later, the pupil\'s mother said she was relieved.',
      '"Now someone is listening," she said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['her mother', 'her mother'])
  })
})

describe('a written brush-off in a story resting on documents, and "a statement" in a live case', () => {
  it('a named person\'s written "this was a misunderstanding" in a story resting on an email shown to Dateline is an allegation', () => {
    const quotes = quotesOf(
      'Headline',
      'Parents say complaints were ignored, as police confirm a man has been arrested.',
      'One mother showed Dateline an email she received from the deputy head, Ann Cole: "I have spoken to the teacher and I am satisfied that this was a misunderstanding."',
    )
    expect(quotes[0].reasons).toContain('allegation')
  })

  it('near miss: the same words said aloud at a meeting, in a story resting on no documents, are not', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'The deputy head, Ann Cole, told parents: "I am satisfied that this was a misunderstanding about the timetable."')
    expect(quotes[0].reasons).not.toContain('allegation')
  })

  it('near miss: "we got a statement and a leaflet" at a parents\' meeting is no word on the evidence', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'A teacher has been arrested on suspicion of assault and released on bail.',
      'Martin Cole, whose son is at the school, was one of the first to stand up. "Tonight we got a statement and a leaflet," he said.',
    )
    expect(quotes[0].reasons).not.toContain('court_case')
  })
})

describe('passages of a story resting on documents (small additions to passages.ts)', () => {
  const passagesOf = (...paragraphs: string[]) => extractStory(['Headline', 'A standfirst.', 'By Jane Roe, Chief Correspondent', ...paragraphs].join('\n\n')).passages
  it('who handed the material over, by job and workplace, narrows the source down', () => {
    const passages = passagesOf('The files were passed to Dateline by a planning officer at the council, who asked not to be named.')
    expect(passages.map(({ reasons }) => reasons)).toEqual([['anonymous_source', 'identification']])
  })

  it('near miss: material passed on by a source with no job or place given', () => {
    expect(passagesOf('The files were passed to Dateline by a source, who asked not to be named.').map(({ reasons }) => reasons.includes('identification'))).not.toContain(true)
  })

  it('what the documents show a named person did, in the copy\'s own voice, is an allegation', () => {
    const passages = passagesOf('Councillor Rita Vance signed the contract two days after the warning reached her, the documents show.')
    expect(passages.map(({ reasons }) => reasons.includes('allegation'))).toEqual([true])
  })

  it('near miss: what the documents show of a thing, with nobody in the sentence', () => {
    expect(passagesOf('The gauge failed to send a reading for two hours, the emails show.')).toEqual([])
  })
})

describe('fail closed on insiders in a leak story', () => {
  it('an unnamed insider speaking of others in a story resting on documents waits for legal', () => {
    const quotes = quotesOf(
      'Headline',
      'Internal emails seen by Dateline show the plant skipped safety checks.',
      'An engineer at the plant said the checks were signed off in a batch each Friday.',
      '"The manager signed every sheet himself, on the same afternoon," the engineer said.',
    )
    expect(quotes[0].reasons).toContain('anonymous_source')
  })

  it('near miss: a passer-by in the same story, speaking of her own life, does not', () => {
    const quotes = quotesOf(
      'Headline',
      'Internal emails seen by Dateline show the plant skipped safety checks.',
      'Outside the gates, a woman who gave her name only as Rosa said the smell had got worse.',
      '"My children play by the fence. The lorries pass, but they never stop," she said.',
    )
    expect(quotes[0].reasons).not.toContain('anonymous_source')
  })
})

describe('round 18, each in its general form: arrests that ended, trial witnesses, accusing openings', () => {
  it('arrests that ended in release without charge leave no live case', () => {
    const arrests = 'Nine people were arrested when bailiffs cleared the allotments at dawn.'
    expect(readCase([arrests]).active).toBe(true)
    expect(readCase([arrests, 'Police said all nine had been released without charge by the evening.']).active).toBe(false)
    expect(readCase([arrests, 'Police said no further action would be taken.']).active).toBe(false)
  })

  it('near miss: some released, one charged or bailed — the case is live again', () => {
    const arrests = 'Nine people were arrested when bailiffs cleared the allotments at dawn.'
    expect(readCase([arrests, 'Police said eight had been released without charge and one man had been charged with assault.']).active).toBe(true)
    expect(readCase([arrests, 'Eight were released without charge. A ninth was released on bail.']).active).toBe(true)
  })

  it('a witness met giving evidence in a trial speaks to the case in every later quote, however it is led in', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Carl Dunne, 44, of Hove, denies fraud by abuse of position.',
      'Megan Price, a bookkeeper, told the jury she had worked for the firm for six years.',
      '"I kept a copy of every invoice," Ms Price said. "They went in a blue folder on my desk."',
      'Mr Hart asked her whether the director had seen the folder. She replied: "Yes. He said he would look at it himself and that I was not to worry."',
    )
    expect(quotes[1].reasons).toContain('court_case')
  })

  it('near miss: the same words from someone never met giving evidence, outside any case, are not court_case', () => {
    const quotes = quotesOf(
      'Headline',
      'A standfirst.',
      'Megan Price, a bookkeeper, told colleagues she had worked for the firm for six years.',
      '"I kept a copy of every invoice," Ms Price said. "They went in a blue folder on my desk."',
      'Mr Hart asked her whether the director had seen the folder. She replied: "Yes. He said he would look at it himself and that I was not to worry."',
    )
    expect(quotes[1].reasons).not.toContain('court_case')
  })

  it('"Their son, Yassine, who is ten," is a child: his words are a minor\'s', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'Their daughter, Amina, who is eleven, was in the kitchen when the roof fell.', '"I held on to the table," Amina said.')
    expect(quotes[0].reasons).toContain('minor')
  })

  it('near miss: "Their son, Karim, who is twenty," is an adult', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', 'Their son, Karim, who is twenty, was in the kitchen when the roof fell.', '"I held on to the table," Karim said.')
    expect(quotes[0].reasons).not.toContain('minor')
  })

  const tenantUnder = (headline: string) =>
    quotesOf(headline, 'A standfirst.', 'Joan Reilly has lived on the estate for nineteen years.', '"Every week we were told an engineer was coming. Nobody ever came," Mrs Reilly said.')

  it('a headline that ends on who says it ("…, tenants say") makes the story an accusation: a tenant\'s account of being told is an allegation', () => {
    expect(tenantUnder('Flats left without heating for a month, tenants say')[0].reasons).toContain('allegation')
  })

  it('near miss: the same headline without the attribution, and the same account, claims nothing against anyone', () => {
    expect(tenantUnder('Flats without heating as the cold snap goes on')[0].reasons).not.toContain('allegation')
  })

  it('a story about pay withheld is an accusation: a named predecessor "never told me" is an allegation against him', () => {
    const quotes = quotesOf(
      'Rugby club staff go unpaid as owner blames the old board',
      'A standfirst.',
      'Dev Malhotra bought the club from Simon Kerr last year.',
      '"Simon Kerr left us with a tax bill and never told me it existed," Mr Malhotra said.',
    )
    expect(quotes[0].reasons).toContain('allegation')
  })

  it('near miss: the same club, a word of praise for the predecessor, is not', () => {
    const quotes = quotesOf(
      'Rugby club staff go unpaid as owner blames the old board',
      'A standfirst.',
      'Dev Malhotra bought the club from Simon Kerr last year.',
      '"Simon Kerr built this club and I told him so," Mr Malhotra said.',
    )
    expect(quotes[0].reasons).not.toContain('allegation')
  })

  it('an agency worker\'s "nobody told me" in an accusing story is an insider\'s evidence; a patient\'s is her own experience', () => {
    const story = (who: string) =>
      quotesOf(
        'Patients left on trolleys for hours, nurses say',
        'A standfirst.',
        `${who} said the ward had been short-staffed all winter.`,
        '"Nobody told me which patients were on oxygen," she said.',
      )
    expect(story('An agency nurse who gave her name only as Carla')[0].reasons).toContain('allegation')
    expect(story('A retired postwoman from Leek who gave her name only as Carla')[0].reasons).not.toContain('allegation')
  })

  it('"fixed a contract for his friend" is an allegation whoever says it; "fixed the boiler" is not', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Helen Marsh, the opposition leader.`)[0].reasons
    expect(says('The mayor appears to have fixed a contract for his best friend')).toContain('allegation')
    expect(says('The mayor appears to have fixed the boiler in the town hall')).not.toContain('allegation')
  })

  it('in a leak story, a named writer\'s written steer ("wants this to go to", "should be looked at again") is an allegation; a written summary is not', () => {
    const wrote = (words: string) =>
      quotesOf('Headline', 'Emails seen by Dateline show how the grant was awarded.', `On 3 May Mr Carr emailed the panel: "${words}"`)[0].reasons
    expect(wrote('The director wants this to go to a local firm rather than the usual names. Kestrel should be looked at again on that basis.')).toContain('allegation')
    expect(wrote('The panel met on Tuesday. Six firms applied and the scores are attached.')).not.toContain('allegation')
  })

  it('present-tense violence told of someone ("He hits her again") is violence', () => {
    const quotes = quotesOf('Headline', 'A standfirst.', '"You can hear me shouting. He hits her again after that," said Tom Bale.')
    expect(quotes[0].reasons).toContain('violence')
  })
})

function textsOf(headline: string, standfirst: string, ...paragraphs: string[]): { text: string; speaker: string; anonymity: Anonymity; reasons: string[] }[] {
  const story = extractStory([headline, standfirst, 'By Jane Roe, Chief Correspondent', ...paragraphs].join('\n\n'))
  return story.quotes.map(({ text, speaker, reasons }) => ({ text, speaker: speaker.name, anonymity: speaker.anonymity, reasons }))
}

describe('round 19, each in its general form: words quoted in reported speech, statements, interviews, leaks, blame', () => {
  it('words in marks inside what a named subject is reported to say are that subject\'s quote, kept apart from the next', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Carla Minto, the union\'s organiser, said the firm had treated drivers with "open contempt" for a year.',
      'Outside the depot, Mr Soames said, he saw "a man in a red cap" run off. "He was gone in seconds."',
    )
    expect(quotes.map(({ text, speaker }) => [text, speaker])).toEqual([
      ['open contempt', 'Carla Minto'],
      ['a man in a red cap', 'Mr Soames'],
      ['He was gone in seconds.', 'Mr Soames'],
    ])
  })

  it('near miss: a single word in marks is a scare quote, and a subject who "had been told" is not the speaker', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Carla Minto said the firm\'s "flexibility" was a pay cut.',
      'Residents had been told the river was "performing well" before the spill.',
    )
    expect(quotes).toEqual([])
  })

  it('a reported fragment is read with its sentence: an eyewitness\'s "a lad in a hoodie" who threw a bottle is the live case\'s matter', () => {
    const quotes = textsOf(
      'Two men charged after picket clash',
      'Two men have been charged with violent disorder.',
      'Ms Lyle said she saw "a lad in a grey coat" throw a bottle at the line of officers.',
    )
    expect(quotes[0].reasons).toEqual(expect.arrayContaining(['violence', 'court_case']))
  })

  it('near miss: a company "deeply saddened" by the loss of life, with no case, is not for legal', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'The operator, Harbour Lines, said in a statement that it was "deeply saddened" by the loss of life.')
    expect(quotes).toEqual([expect.objectContaining({ text: 'deeply saddened', speaker: 'Harbour Lines', reasons: [] })])
  })

  it('a reported fragment stays in the narrative for the legal read: the sentence is still a passage', () => {
    const story = extractStory(['Headline', 'A standfirst.', 'By Jane Roe, Chief Correspondent', 'Joan Marr said Dr Peter Hale had "stolen from the pension fund" for years.'].join('\n\n'))
    expect(story.quotes[0]).toEqual(expect.objectContaining({ text: 'stolen from the pension fund', sensitive: true }))
    expect(story.passages.map(({ text }) => text)).toEqual([expect.stringContaining('Dr Peter Hale had "stolen from the pension fund"')])
  })

  it('"the statement said" and "The trust added" are the words of whoever made the statement', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'In a statement, Kestrel and Vale NHS Trust said: "Every case was reported."',
      'The trust added: "We have asked our counter-fraud team to look at the leak."',
      'The operator, Harbour Lines, said in a statement that it was "deeply saddened" by the loss.',
      '"The vessel held a valid certificate," the statement said.',
    )
    expect(quotes.map(({ speaker, anonymity }) => [speaker, anonymity])).toEqual([
      ['Kestrel and Vale NHS Trust', 'named'],
      ['Kestrel and Vale NHS Trust', 'named'],
      ['Harbour Lines', 'named'],
      ['Harbour Lines', 'named'],
    ])
  })

  it('near miss: "the statement" with no statement made before it stays as printed', () => {
    expect(textsOf('Headline', 'A standfirst.', '"The vessel held a valid certificate," the statement said.')[0].speaker).toBe('the statement')
  })

  it('a body and its relative clause: "The Vale Trust, which runs the school, said" is the Vale Trust', () => {
    expect(textsOf('Headline', 'A standfirst.', 'The Vale Trust, which runs Oak Academy, said: "We are shocked."')[0].speaker).toBe('the Vale Trust')
  })

  const interview = (standfirst: string) =>
    textsOf(
      'Headline',
      standfirst,
      'Complaints centre on the former head coach, Anton Berg.',
      'Did he know what was going on? I asked him.',
      '"No. Nobody came to me," he said.',
      'The review is led by the barrister Noor Haque.',
      'Asked whether he would resign, he laughed. "Resign for what?"',
    )

  it('in an interview, the answer to the reporter\'s question in narrative, and the one asked, is the interviewee', () => {
    const quotes = interview('Sir Colin Hart, the federation\'s chairman, is under pressure. In his first interview since the claims, he says he knew nothing.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Sir Colin Hart', 'Sir Colin Hart'])
  })

  it('near miss: outside an interview, "I asked him" puts the question to the last man met', () => {
    const quotes = interview('Sir Colin Hart, the federation\'s chairman, is under pressure after the claims.')
    expect(quotes[0].speaker).toBe('Anton Berg')
  })

  it('"a senior nurse, whom we are calling Grace," is Grace, a pseudonym whose words are a protected source\'s', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'A senior nurse on the ward, whom we are calling Grace, agreed to speak to us.', '"We were told to say nothing," she said.')
    expect(quotes[0]).toEqual(expect.objectContaining({ speaker: 'Grace', anonymity: 'pseudonym' }))
    expect(quotes[0].reasons).toContain('anonymous_source')
  })

  it('near miss: "a nurse, whom we met at the station," is not named by the clause', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'A senior nurse on the ward, whom we met at the station, agreed to speak to us.', '"It was a long night," she said.')
    expect(quotes[0].speaker).not.toBe('Grace')
    expect(quotes[0].anonymity).not.toBe('pseudonym')
  })

  const leaked = (words: string, verb = 'wrote to colleagues') =>
    textsOf('Headline', 'Emails seen by Dateline show how the outbreak was handled.', `In an email sent on 2 March, the chief operating officer, Simon Hart, ${verb}: "${words}"`)[0].reasons

  it('in a leak story, written words that keep the matter back ("can we please not use the word", "hold the report") are an allegation', () => {
    expect(leaked('Can we please not use the word outbreak in anything that goes to the board until after the inspection.')).toContain('allegation')
    expect(leaked('Understood. I will ask the team to hold the report for now.')).toContain('allegation')
  })

  it('near miss: written words that keep nothing back are not', () => {
    expect(leaked('Can we please meet on Tuesday to go through the figures.')).not.toContain('allegation')
  })

  it('a reply in a leaked thread is written too; the document\'s own words ("It warns that…") and a warning the minutes record are the leak\'s', () => {
    const quotes = textsOf(
      'Headline',
      'Documents seen by Dateline show what the board knew.',
      'The director, Jo Reeve, emailed the chief executive on 3 May: "The figures are wrong."',
      'The chief executive, Alan Pike, replied an hour later: "Understood. Please do not circulate this outside the team."',
      'The memo, dated 4 May, was sent to every director.',
      'It warns that the works had "discharged untreated sewage on forty days".',
      'Minutes of the board meeting on 9 May, also seen by Dateline, record the medical director, Dr Ana Lowe, warning that the filters had "failed their last two tests".',
    )
    expect(quotes.slice(1).map(({ speaker, reasons }) => [speaker, reasons.includes('allegation')])).toEqual([
      ['Alan Pike', true],
      ['the memo', true],
      ['Dr Ana Lowe', true],
    ])
  })

  it('near miss: the same memo and minutes in a story that rests on no leak are not allegations', () => {
    const quotes = textsOf(
      'Headline',
      'The council published its annual report on Monday.',
      'The memo, dated 4 May, was sent to every councillor.',
      'It says the parks had "more visitors than in any year".',
    )
    expect(quotes[0].reasons).not.toContain('allegation')
  })

  it('violence in the passive, thrown bottles and people pushed into the road are violence', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ray Cole.`)[0].reasons
    expect(says('Officers were punched, kicked and spat at')).toContain('violence')
    expect(says('One of my colleagues was hit on the head with a glass bottle')).toContain('violence')
    expect(says('Somebody threw a bottle over the crowd and it came down on the policeman\'s head')).toContain('violence')
    expect(says('I saw security staff pushing people off the pavement and into the road')).toEqual(expect.arrayContaining(['violence', 'allegation']))
  })

  it('near miss: a town hit by the storm, a party thrown and people pushed to vote are not', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ray Cole.`)[0].reasons
    expect(says('The town was hit by the storm twice this winter')).not.toContain('violence')
    expect(says('We threw a party for the volunteers')).not.toContain('violence')
    expect(says('We spent the week pushing people to register to vote')).not.toContain('violence')
  })

  it('an accusation of stirring up trouble ("goading its own workers", "encouraged intimidation") is an allegation', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ray Cole.`)[0].reasons
    expect(says('This company has spent six months goading its own workers')).toContain('allegation')
    expect(says('Union officials have repeatedly encouraged intimidation at the gates')).toContain('allegation')
  })

  it('near miss: "there was no intimidation" accuses nobody', () => {
    expect(quotesOf('Headline', 'A standfirst.', '"There was no intimidation on the picket line," said Ray Cole.')[0].reasons).not.toContain('allegation')
  })

  const survivorUnder = (headline: string) =>
    quotesOf(headline, 'A standfirst.', '"They lock it every night so we cannot go upstairs," said Dan Reyes, a passenger.', 'A diver, Petty Officer Lito Cruz, said: "The gate was still chained from the other side."')

  it('a headline opening on the people who say it of someone ("Survivors say crew padlocked gate") makes the story an accusation', () => {
    expect(survivorUnder('Survivors of ferry fire say crew padlocked gate').map(({ reasons }) => reasons.includes('allegation'))).toEqual([true, true])
  })

  it('near miss: survivors who say what they will do accuse nobody', () => {
    expect(survivorUnder('Survivors of ferry fire say they will return to the island').map(({ reasons }) => reasons.includes('allegation'))).toEqual([false, false])
  })

  it('a threat of proceedings is for legal; protecting the environment is not', () => {
    const letter = (words: string) => quotesOf('Headline', 'A standfirst.', `His solicitors, Pryor & Co, wrote to Dateline: "${words}"`)[0].reasons
    expect(letter('Our client will not hesitate to protect his reputation against false and malicious allegations.')).toContain('allegation')
    expect(letter('Our client has always worked to protect the environment.')).not.toContain('allegation')
  })

  const answers = (standfirst: string) =>
    quotesOf('Headline', standfirst, 'Zara Hughes says she told him at a dinner in 2019.', '"I have no memory of that conversation. I think she is mistaken," said Sir Colin Hart.')[0].reasons

  it('in an accusing story, the accused\'s "no memory of that conversation… she is mistaken" repeats the charge', () => {
    expect(answers('Former athletes have accused the federation\'s coaches of bullying.')).toContain('allegation')
  })

  it('near miss: the same answer in a story that accuses nobody', () => {
    expect(answers('The federation held its annual dinner on Friday.')).not.toContain('allegation')
  })

  it('a condition whose consequence lays blame, or whose condition is a concealment, repeats the charge', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ann Cole, the governor.`)[0].reasons
    expect(says('If it is true that someone chained that gate, they will answer for every one of these deaths')).toContain('allegation')
    expect(says('If these emails are what they appear to be, then people at the top put a rating ahead of the lives of patients')).toContain('allegation')
    expect(says('If they knew in March and kept it quiet, I want to know who decided')).toContain('allegation')
  })

  it('near miss: a condition that only demands ("if the minister was warned and did nothing, he should resign") claims nothing', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ann Cole, the governor.`)[0].reasons
    expect(says('If the minister was warned and did nothing, he should resign')).not.toContain('allegation')
    expect(says('If the weather holds, we will answer every letter by Friday')).not.toContain('allegation')
  })

  it('the badly burned are violence\'s harm', () => {
    expect(quotesOf('Headline', 'A standfirst.', '"The ones who came off the back were very badly burned," said Ray Cole.')[0].reasons).toContain('violence')
  })
})

describe('round 20, each in its general form: names the lexicon does not know, couples, statements, leaks, blame', () => {
  it('"Eamon Rourke" is a full name when the copy goes on to print "Mr Rourke"; his later words are his', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Eamon Rourke has run the centre for 30 years.', '"I built this," Mr Rourke said.')
    expect(quotes[0].speaker).toBe('Eamon Rourke')
  })

  it('near miss: a capitalised pair whose second word is never printed with an honorific is no new person', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Eamon Rourke has run the centre for 30 years.', '"I built this," the founder said.')
    expect(quotes[0].speaker).not.toBe('Eamon Rourke')
  })

  it('"Lorraine and Stuart Haddow": two people with the surname; "Mrs Haddow" and "Mr Haddow" are each of them', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'His parents, Lorraine and Stuart Haddow, agreed to speak to us.',
      'Mrs Haddow, 38, said she first rang the school in September.',
      '"I phoned again in November," she said.',
      '"He is ten," Mr Haddow said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Lorraine Haddow', 'Stuart Haddow'])
  })

  it('near miss: "Marks and Spencer" is no couple', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Marks and Spencer said: "We are sorry."')
    expect(quotes[0].speaker).toBe('Marks and Spencer')
  })

  it('a name after clauses fronted one after another, an honorific name after the last comma, is the speaker', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Darren Whitlock sent the email in March.',
      'In an email to managers in February, a month before Mr Whitlock\'s instruction, Ms Fiona Rasmussen wrote: "We cannot have another quarter like the last one."',
    )
    expect(quotes[0].speaker).toBe('Ms Fiona Rasmussen')
  })

  it('a document, a family and a body in apposition are named as the copy names them', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'A briefing note prepared for the board in October said the change had "delivered a fall in reported falls".',
      'In a statement issued through police, Mr Price\'s family said: "Nathan was the best son."',
      'The state\'s regulator, the Care Standards Commission, said: "We take this seriously."',
      'Glenmorvie Council, which runs the school, said: "We are sorry."',
    )
    expect(quotes.map(({ speaker, anonymity }) => [speaker, anonymity])).toEqual([
      ['the briefing note', 'named'],
      ['Mr Price\'s family', 'named'],
      ['Care Standards Commission', 'named'],
      ['Glenmorvie Council', 'named'],
    ])
  })

  it('"It said it would "cooperate fully"" after a body\'s statement is the body\'s', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'In a statement, Banksia Grove Care said: "We deny it."', 'It said it would "cooperate fully" with any inquiry.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Banksia Grove Care', 'Banksia Grove Care'])
  })

  it('near miss: "It said" after a man\'s statement is not his', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'In a statement, Mr Tom Hale said: "I deny it."', 'It said the club would "cooperate fully" with any inquiry.')
    expect(quotes[1].speaker).not.toBe('Mr Tom Hale')
  })

  it('"Helen Papadakis\'s father, Nikos," meets Helen too: "Ms Papadakis said" is hers', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Helen Papadakis\'s father, Nikos, was 84.', '"He was on the floor for hours," Ms Papadakis said.')
    expect(quotes[0].speaker).toBe('Helen Papadakis')
  })

  it('a second fragment carried on by "and that" in the same report is the same speaker\'s; "In the first, he told officers…" is his', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Peter Ndungu runs the firm.',
      'On Tuesday, before the police announcement, he told a radio station that the building had been "properly inspected and approved" and that he was "praying for the families".',
    )
    expect(quotes.map(({ text, speaker }) => [text, speaker])).toEqual([
      ['properly inspected and approved', 'Peter Ndungu'],
      ['praying for the families', 'Peter Ndungu'],
    ])
  })

  it('near miss: a label after "called" is not taken for speech', () => {
    expect(textsOf('Headline', 'A standfirst.', 'The director called the ward "the last place left" for the sick.')).toEqual([])
  })

  it('in a leak story, notes and briefing notes speak for the leak, and written pressure on the figures is an allegation', () => {
    const quotes = textsOf(
      'Leaked emails show managers told staff not to record falls',
      'Internal messages seen by Dateline show how falls were counted.',
      'His care notes, which she obtained after his death, record that he was "found seated beside bed, no distress".',
      'In an email, Ms Fiona Rasmussen wrote: "Our numbers are being watched, and I need every region to look hard at what is being counted."',
    )
    expect(quotes.map(({ speaker, reasons }) => [speaker, reasons.includes('allegation')])).toEqual([
      ['his care notes', true],
      ['Ms Fiona Rasmussen', true],
    ])
  })

  it('near miss: the same notes and a written thank-you in a story that rests on no leak', () => {
    const quotes = textsOf(
      'Care home wins award',
      'The home was praised by inspectors.',
      'His care notes record that he was "found seated beside bed, no distress".',
      'In an email, Ms Fiona Rasmussen wrote: "Thank you all for a wonderful year."',
    )
    expect(quotes.map(({ reasons }) => reasons.includes('allegation'))).toEqual([false, false])
  })

  it('blame laid on somebody ("Somebody allowed people to go on living there", "is the responsibility of") is an allegation', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ann Cole.`)[0].reasons
    expect(says('Somebody allowed people to go on living in this building')).toContain('allegation')
    expect(says('Somebody had allowed the builders to keep adding floors')).toContain('allegation')
    expect(says('Enforcement is the responsibility of county governments, not ours')).toContain('allegation')
  })

  it('near miss: allowing oneself, and a responsibility taken on, blame nobody', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ann Cole.`)[0].reasons
    expect(says('I allowed myself one cup of tea that night')).not.toContain('allegation')
    expect(says('We take our responsibility for the building seriously')).not.toContain('allegation')
  })

  it('counsel for the complainants is not the defence: their clients\' account is an allegation in an accusing story', () => {
    const said = (who: string) =>
      quotesOf('Charity founder denies bullying staff', 'Former staff accuse him of bullying.', `${who} said: "Our clients raised these concerns long before. They were ignored."`)[0].reasons
    expect(said('Niamh Costigan, a solicitor for the four former employees,')).toContain('allegation')
  })

  it('violence done with stones and flares, to officers "attacked", is violence', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ann Cole.`)[0].reasons
    expect(says('Officers were targeted with paving stones and distress flares')).toContain('violence')
    expect(says('We were attacked, and we responded')).toContain('violence')
    expect(says('Some of the younger ones threw stones, yes, and bottles')).toContain('violence')
  })

  it('near miss: stones and bottles that are not thrown at anyone', () => {
    const says = (words: string) => quotesOf('Headline', 'A standfirst.', `"${words}," said Ann Cole.`)[0].reasons
    expect(says('We collected bottles and stones from the beach')).not.toContain('violence')
  })

  it('an accused who impugns the accusers\' motives ("others saw a chance", "she knows that") repeats the charge, and an employment record is private', () => {
    const reasons = quotesOf(
      'Charity founder denies bullying staff',
      'Former staff accuse him of bullying.',
      '"Siobhan was let go for other reasons, and she knows that. I will not go into her employment record," said Eamon Rourke.',
      '"I think some of them are hurt. I think others saw a chance," Mr Rourke said.',
    ).map(({ reasons }) => reasons)
    expect(reasons[0]).toEqual(expect.arrayContaining(['allegation', 'privacy']))
    expect(reasons[1]).toContain('allegation')
  })
})

describe('round 21, each in its general form: titles, spokespeople, fronted clauses, documents, the court heard', () => {
  it('"the judge said" is the person printed with that title, not the last unnamed person met', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Judge Gwenllian Morse jailed him for six years.', 'He had asked a friend to delete a video.', '"That is not the conduct of a man who panicked," the judge said.')
    expect(quotes[0]).toEqual(expect.objectContaining({ speaker: 'Judge Gwenllian Morse', anonymity: 'named' }))
    expect(quotes[0].reasons).not.toContain('anonymous_source')
  })

  it('near miss: with no judge printed, "the judge" stays as printed', () => {
    expect(textsOf('Headline', 'A standfirst.', '"That is not the conduct of a man who panicked," the judge said.')[0].speaker).toBe('the judge')
  })

  it('"A spokesperson for the department" after "The Department of Education said" speaks for that department', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'The Department of Education said an aide had been stood down.', 'A spokesperson for the department said: "Safety is our priority."')
    expect(quotes[0].speaker).toBe('a spokesperson for the Department of Education')
  })

  it('"When Rachel and Tom Brennan collected their daughter": a couple after a sentence opener; "Ms Brennan" is Rachel', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'When Rachel and Tom Brennan collected their daughter, she would not speak.', '"She is eight," said Ms Brennan, 38.', '"Nobody ever mentioned that room," Mr Brennan said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Rachel Brennan', 'Tom Brennan'])
  })

  it('"On Sunday he said", "He then said that…": the pronoun is the subject, not the time or the adverb', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Pieter Hoogland spoke at the rally.', 'On Sunday he said: "I condemn the violence."', 'He then said that two staff had left for "reasons I will not go into".')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Pieter Hoogland', 'Pieter Hoogland'])
  })

  it('a speech verb before a participle says who speaks: "…, Harcourt Doyle, wrote to ITV News describing the allegations as "…""', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'His solicitors, Harcourt Doyle, wrote to ITV News describing the allegations as "false and gravely defamatory".')
    expect(quotes[0].speaker).toBe('Harcourt Doyle')
  })

  it('"The audit report… found" and "It says the board was given figures that "materially overstated"…" are the audit report\'s words', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'The audit report, written by internal auditors in September, found that cases had been closed.',
      'Staff were not told.',
      'It says the board was given figures that "materially overstated" the performance.',
    )
    expect(quotes[0].speaker).toBe('the audit report')
  })

  it('"His production company, Lighthouse Pictures," is a body: a later "he said" is not theirs', () => {
    const quotes = textsOf(
      'Headline',
      'In his first interview since the claims, Fergal Quinlivan answered questions.',
      'His production company, Lighthouse Pictures, said filming had been "paused by mutual agreement".',
      '"I will cook my way back," he said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Lighthouse Pictures', 'Fergal Quinlivan'])
  })

  it('near miss: "a geriatrician at Carrington University" is a person at a body, and is "she"', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Professor Lorraine Cheng, a geriatrician at Carrington University, said the way a fall was recorded could decide whether a resident was examined.', '"That is how people die quietly," she said.')
    expect(quotes[0].speaker).toBe('Professor Lorraine Cheng')
  })

  it('a long reported clause, "and that…" carried on, and the last speech verb after a fronted clause still give the speaker', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'The operator, Elektra Networks, said in a statement that it was "cooperating fully" with investigators and that it was "premature to speculate" about the cause.',
      'In May, after a councillor asked about the backlog at a residents\' meeting, another member of the group wrote that the team should "keep the sweep quiet till the return is in".',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Elektra Networks', 'Elektra Networks', 'another member of the group'])
  })

  it('near miss: a fronted clause with no speech verb after it gives no speaker', () => {
    expect(textsOf('Headline', 'A standfirst.', 'In May, after the meeting, the team kept the "sweep" going.')).toEqual([])
  })

  it('in a concluded case, a victim\'s statement read to the court and a letter to the judge are the court\'s words', () => {
    const quotes = textsOf(
      'Man jailed for killing father with one punch',
      'Kyle Dando was jailed for six years on Friday.',
      'In a victim impact statement read to the court, his widow, Carys Pritchard, said: "You took the man my children were supposed to grow up next to."',
      'Outside court, his brother, Gareth Pritchard, said: "Today was a relief."',
    )
    expect(quotes.map(({ reasons }) => reasons.includes('court_case'))).toEqual([true, false])
  })

  it('a pseudonym any newsroom gives ("whom ITV News is calling Sam") is a protected source', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'A member of staff on the repairs team at the time, and whom ITV News is calling Sam to protect their identity, spoke to us.', '"We were told to close the jobs," Sam said.')
    expect(quotes[0]).toEqual(expect.objectContaining({ speaker: 'Sam', anonymity: 'pseudonym' }))
  })

  it('in a leak story, leaked writing that keeps something back is an allegation whoever wrote it; a tenant\'s "nobody knocked" in an accusing story is evidence', () => {
    const quotes = textsOf(
      'Managers told staff to close damp complaints, leaked messages show',
      'Internal messages seen by Dateline show how the complaints were closed.',
      'Another member of the group wrote that the team should "keep the sweep quiet till the return is in".',
      '"I was in every day. Nobody knocked, nobody rang," said Shazia Akhtar, a tenant.',
    )
    expect(quotes.map(({ reasons }) => reasons.includes('allegation'))).toEqual([true, true])
  })

  it('near miss: the same words in a story that accuses nobody and rests on no leak', () => {
    const quotes = textsOf(
      'Residents hold a street party',
      'The street held its first party in ten years.',
      'Another member of the group wrote that the team should "keep the cake quiet till the day".',
      '"I was in every day. Nobody knocked, nobody rang," said Shazia Akhtar, a tenant.',
    )
    expect(quotes.map(({ reasons }) => reasons.includes('allegation'))).toEqual([false, false])
  })
})

describe('round 22, each in its general form: verdicts in the subject\'s words, sentences that carry on', () => {
  it('"<Subject> called|branded|dubbed <something> "<words>"" is the subject\'s verdict, in their words', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Marguerite Delcourt, who leads the tenants\' union, called the eviction order "a declaration of war on the poor" and said the union would appeal.',
      'The union branded the police response "heavy-handed and unlawful".',
    )
    expect(quotes.map(({ text, speaker }) => [text, speaker])).toEqual([
      ['a declaration of war on the poor', 'Marguerite Delcourt'],
      ['heavy-handed and unlawful', 'the union'],
    ])
  })

  it('"in what it called "…"" is the words of the "it" the sentence is about', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'The Harbour Board said it had suspended two managers.', 'The board blamed the delay on what it called "a collapse of basic checks".')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['the Harbour Board'])
  })

  it('near miss: a name after "called" is no verdict, nor a phrase the sentence carries on past', () => {
    expect(textsOf('Headline', 'A standfirst.', 'The drivers set up a WhatsApp group called "Night Shift Ten" in March.')).toEqual([])
    expect(textsOf('Headline', 'A standfirst.', 'Locals called the old quay "the end of the line" for anyone without a car.')).toEqual([])
    expect(textsOf('Headline', 'A standfirst.', 'She called it "home".')).toEqual([])
  })

  it('a sentence that carries on after the marks ("…", and urged…; "…", and that…) names no speaker after them', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Dr Ines Faber, the hospital\'s medical director, said the trust would review "every case on the list", and that the board had asked for a report by June.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Dr Ines Faber'])
  })

  it('near miss: a speaker after the marks is still the speaker', () => {
    const quotes = textsOf('Headline', 'A standfirst.', '"Every case on the list will be reviewed," said Dr Ines Faber, the medical director.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Dr Ines Faber'])
  })
  it('"In a statement, <Body> said…" makes the statement the body\'s: "the statement said" next is theirs', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'In a statement, Harrow Bay Ferries said it was "cooperating fully" with investigators.', '"Our thoughts are with the families," the statement said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Harrow Bay Ferries', 'Harrow Bay Ferries'])
  })

  it('"the company", "a spokesman for the company" are the business the copy last named by its trading name', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'The coach, run by Pennant Valley Coaches for the council, left the road at 7am.',
      '"We are devastated," the company said.',
      'A spokeswoman for the company said: "Our drivers are checked every year."',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Pennant Valley Coaches', 'a spokeswoman for Pennant Valley Coaches'])
  })

  it('near miss: with no business named, "the company" stays as printed', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'The coach left the road at 7am.', '"We are devastated," the company said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['the company'])
  })
  it('a child named by given name alone ("Owen was sitting…") is the "10-year-old" and the "he" after a fronted clause, and a minor', () => {
    const quotes = textsOf(
      'Headline',
      'An eight-year-old girl is still in hospital.',
      'Owen was sitting three rows from the front when, he says, the bus began to slide.',
      '"The driver was looking at his phone," the 10-year-old said.',
      'Dr Harold Fenn, the superintendent, wrote to parents on Wednesday.',
      'Back at the farmhouse, Owen said he would go back to school on Monday.',
      '"I am going to sit at the back this time," he said.',
    )
    expect(quotes.map(({ speaker, reasons }) => [speaker, reasons.includes('minor')])).toEqual([['Owen', true], ['Owen', true]])
  })

  it('near miss: a place that opens a sentence is no person, and the "he" after it stays unknown', () => {
    expect(textsOf('Headline', 'A standfirst.', 'Jordan has closed the road.', '"It will stay shut," he said.')[0].speaker).not.toBe('Jordan')
  })
  it('"<Name>, a <noun> who…," is the named person, whatever the lexicon knows of the name or the noun', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'On Monday, Tarek Oubella, a cobbler who has mended shoes on the Quai Marcellis for 20 years, was counting the damage.', '"This window is my bread," he said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Tarek Oubella'])
  })

  it('near miss: "<Name>, the <role>," with no "who" reads as before', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Lorna Tait, the harbour master, said the quay was closed.', '"Nobody goes near it," she said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Lorna Tait'])
  })
  it('"Across the road, the owner of a phone repair shop had boarded up his door. He said…": the subject with its "of" phrase, after a fronted place', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Tarek Oubella, a cobbler, was sweeping up.', 'Across the square, the manager of a small hotel had shut the shutters. He said the police had warned him.', '"They let it come," he said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['the manager of a small hotel'])
  })

  it('near miss: an "of" phrase with no verb people do after it is no subject', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Peter Walsh, a cobbler, was sweeping up.', 'Across the square, the manager of a small hotel\'s windows lay in pieces.', '"They let it come," he said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Peter Walsh'])
  })
  it('"<Name>… said on Sunday that she would not be "…"" settles a gender only guessed from the name, so the next "she" is hers', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'A tenant who gave her name only as Amina said she had left early.',
      'The deputy mayor, Solange Verhaegen, who backs the plan, said on Sunday that she would not be "bullied out of it".',
      '"The march was hijacked," she told reporters.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Solange Verhaegen', 'Solange Verhaegen'])
  })

  it('near miss: "said he was "…"" after a woman\'s name is about a man, and leaves her gender alone', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Mark Hollis, a teacher, was suspended.', 'Former pupil Chloe Adams, 19, said he was "the best teacher I ever had".', '"He cared," she said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Chloe Adams', 'Chloe Adams'])
  })
  it('"The phone records, he said, placed Mr Doyle only "…"": the pronoun set off inside the sentence speaks, as it stood where printed', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Mr Doyle denies arson.', 'Mr Fenwick, for the defence, told the jury that his client had been at home.', 'The phone records, he said, placed Mr Doyle only "somewhere in the north of the city".')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Mr Fenwick'])
  })

  it('near miss: "…," she said, after the sentence is the same woman, and a sentence\'s own subject still speaks', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Ms Okafor, for the defence, told the jury that her client had been at home.',
      '"The records place Mr Doyle somewhere in the north," she said.',
      'Ms Okafor said the records placed Mr Doyle "nowhere near the shop".',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Ms Okafor', 'Ms Okafor'])
  })
  it('"A spokesman for the company, reached by phone, denied…" in the narrative speaks for the business named, and "The <Name>, a ferry…" is no person', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'The Morning Star, a 30-metre passenger ferry operated by Harrow Bay Ferries, sank on Friday.',
      'A spokesman for the company, reached by phone, denied that the boat was overloaded.',
      '"Every ticket is on the manifest," he said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['a spokesman for Harrow Bay Ferries'])
  })

  it('"the older Mr <Surname>" is, of two people of that name, the one printed as older', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'At the port, Ramon Castillo, 61, was waiting for news of his wife.',
      'Luis Castillo, his son, said the family had heard nothing.',
      'The older Mr Castillo said he would stay at the port.',
      '"I want to be the first one who sees her," he said.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Ramon Castillo'])
  })

  it('near miss: with one Mr Castillo, "the older Mr Castillo" is him, and plain "Mr Castillo" is the one last met', () => {
    const two = textsOf('Headline', 'A standfirst.', 'Ramon Castillo, 61, was waiting.', 'Luis Castillo, his son, said nothing.', 'Mr Castillo said: "We will wait."')
    expect(two.map(({ speaker }) => speaker)).toEqual(['Luis Castillo'])
    const one = textsOf('Headline', 'A standfirst.', 'Ramon Castillo, 61, was waiting.', 'The older Mr Castillo said: "We will wait."')
    expect(one.map(({ speaker }) => speaker)).toEqual(['Ramon Castillo'])
  })
})

describe('round 23, each in its general form: clauses after a semicolon, fronted questions, accusations, headlines', () => {
  const wordsOf = (...paragraphs: string[]) => textsOf('Headline', 'A standfirst.', ...paragraphs).map(({ text, speaker }) => [text, speaker])

  it('"X accused Y of "…"; Z said it had been "…"": the charge is the accuser\'s words, and the clause after the semicolon has its own subject', () => {
    expect(wordsOf('The Keep Kelso Baths campaign accused bailiffs of "needless brutality" during the eviction; Borders Police said the operation had been "measured and lawful".')).toEqual([
      ['needless brutality', 'the Keep Kelso Baths campaign'],
      ['measured and lawful', 'Borders Police'],
    ])
  })

  it('near miss: "accused of" with no accuser, and an accusation with no "of" before the marks, are no one\'s words', () => {
    expect(wordsOf('He was accused of "gross misconduct" in 2019.')).toEqual([])
    expect(wordsOf('Ms Hale accused him in a "fit of temper" at the depot.')).toEqual([])
  })

  it('"Asked about the video, he said he was aware of "…"": a fronted "Asked" is not the speech verb', () => {
    expect(wordsOf('Chief Inspector Tom Avery spoke to reporters.', 'Asked about the video, he said he was aware of "footage shared online" and that it had been referred.')).toEqual([
      ['footage shared online', 'Chief Inspector Tom Avery'],
    ])
  })

  it('"At the other end of the table, her father said… "…"": a possessive subject after a fronted place', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Maisie Doyle, 10, saw the car.', 'At the other end of the table, her father said the family had agreed to talk "because she wanted the driver caught".')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['her father'])
  })

  it('"said her client "strongly denies" the charge and would "vigorously contest" it": the same subject\'s next verb carries the report on', () => {
    expect(wordsOf('His solicitor, Fiona Hale, said her client "strongly denies" the charge and would "vigorously contest" it.')).toEqual([
      ['strongly denies', 'Fiona Hale'],
      ['vigorously contest', 'Fiona Hale'],
    ])
  })

  it('near miss: a new sentence after the first fragment carries nothing on', () => {
    expect(wordsOf('His solicitor, Fiona Hale, said her client "strongly denies" the charge. The court would "hear the case" in May.')).toEqual([['strongly denies', 'Fiona Hale']])
  })
  it('"a spokeswoman for Borders Police said…" in the narrative, then "the spokeswoman said": for the body she speaks for', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Later, a spokeswoman for Borders Police said one officer had been hurt.', '"He is expected to recover," the spokeswoman said.')
    expect(sameSpeaker('Borders Police', quotes[0].speaker)).toBe(true)
  })

  it('near miss: "Emily, a nurse on the ward, said" is still a name that ends like an adverb', () => {
    expect(textsOf('Headline', 'A standfirst.', 'Emily, a nurse on the ward, said: "We were full."').map(({ speaker }) => speaker)).toEqual(['Emily'])
  })

  it('"In a prepared statement read to the court, Mr Tolland said he had "…"": the subject after the fronted clause speaks', () => {
    expect(wordsOf('Mr Tolland denies murder.', 'In a prepared statement read to the court, Mr Tolland said he had "never meant to hurt anyone".')).toEqual([['never meant to hurt anyone', 'Mr Tolland']])
  })

  it('"Mr Ofori\'s friend Samuel Adeyemi, whose birthday…, said he had been…" then "he said": the friend, not the owner of the possessive', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Mr Ofori\'s friend Samuel Adeyemi, whose birthday the group had been celebrating, said he had been across the road.', '"I heard it before I saw anything," he said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Samuel Adeyemi'])
  })

  it('near miss: "said he had…" about a man named before the subject\'s sentence is left to the tracker as before', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Mr Ofori died in hospital.', 'His sister said he had been happy.', '"He loved that job," she said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['his sister'])
  })

  it('"Secours Atlas, a local aid group, said…" is the body; "the council\'s statement said" is the council the copy had speak', () => {
    expect(wordsOf('Secours Atlas, a local aid group, said in a statement that its volunteers were "stretched to the limit".')).toEqual([['stretched to the limit', 'Secours Atlas']])
    const quotes = textsOf('Headline', 'A standfirst.', 'Harwick City Council, which owns the site, said the hall was "structurally unsafe".', '"We cannot keep it open," the council\'s statement said.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Harwick City Council', 'Harwick City Council'])
  })

  it('near miss: "Maria Lopez, a nurse at the clinic, said" stays a person, and with no council met "the council\'s statement" stays as printed', () => {
    expect(wordsOf('Maria Lopez, a nurse at the clinic, said the ward was "full every night".')).toEqual([['full every night', 'Maria Lopez']])
    expect(wordsOf('"We cannot keep it open," the council\'s statement said.')).toEqual([['We cannot keep it open.', "the council's statement"]])
  })
  it('"Mr Pennock… was charged" after "Gareth Pennock" is first printed: "Gareth has assured me…" names the accused', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'It found that Gareth Pennock, then the director of property, had approved payments to his brother-in-law.',
      'Mr Pennock, 54, was arrested in January and charged in September with fraud.',
      'In an email, the chief executive, Alison Drummond, wrote: "Gareth has assured me that every contract was properly tendered."',
    )
    expect(quotes[0].reasons).toContain('court_case')
  })

  it('a document\'s finding printed beside the accused\'s name in a live case is the court\'s matter', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Mr Pennock, 54, was charged in September with fraud.',
      'The review found that Gareth Pennock had approved payments to a firm run by his brother-in-law.',
      '"There is no evidence that this relationship was declared," the review says.',
    )
    expect(quotes[0].reasons).toContain('court_case')
  })

  it('near miss: the same finding with nobody charged, and a document beside no accused, are not', () => {
    const none = textsOf('Headline', 'A standfirst.', 'The review found that Gareth Pennock had approved payments to a firm.', '"There is no evidence that this relationship was declared," the review says.')
    expect(none[0].reasons).not.toContain('court_case')
    const apart = textsOf('Headline', 'A standfirst.', 'Mr Pennock, 54, was charged in September with fraud.', 'The review also looked at the boilers.', '"The boilers were old," the review says.')
    expect(apart[0].reasons).not.toContain('court_case')
  })
  it('"Among those held was the campaign\'s founder, Orla Finnegan," names an accused, and her friend\'s word for her is the court\'s matter', () => {
    const paragraphs = ['Nine arrested as police clear protesters from Kelso Baths', 'Nine people were arrested.', 'Among those held was the campaign\'s founder, Orla Finnegan, 47, who had chained herself to the gates.']
    expect(readCase(paragraphs).accused).toEqual(['Orla Finnegan'])
    const quotes = textsOf(paragraphs[0], paragraphs[1], paragraphs[2], '"Orla has done nothing but stand in a doorway," said Ravi Mistry, a trader.')
    expect(quotes[0].reasons).toContain('court_case')
  })

  it('a place named in an arrest\'s sentence is nobody accused ("…protesters from Cranmore Market")', () => {
    expect(readCase(['Nine arrested as police clear protesters from Cranmore Market', 'Police cleared the hall.']).accused).toEqual([])
  })
  it('""Elsie came off the pitch…," she says": a person named by given name alone and spoken of in the quote is not the "she" who says it', () => {
    const quotes = textsOf(
      'Headline',
      'A standfirst.',
      'Nia Castell refereed for thirty years.',
      'Her granddaughter, Elsie, who is nine, has just started playing.',
      '"Elsie came off the pitch last week and told me the referee was rubbish," she says.',
    )
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Nia Castell'])
  })

  it('near miss: a quote that does not speak of her leaves the "she" to the last woman met', () => {
    const quotes = textsOf('Headline', 'A standfirst.', 'Nia Castell refereed for thirty years.', 'Her granddaughter, Elsie, who is nine, has just started playing.', '"Nan, watch me score," she says.')
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Elsie'])
  })
})

/** Round 24's constructions (session 10), each in a form of our own, with the near miss that must not fire. */
function storyOf(headline: string, ...paragraphs: string[]): { speaker: string; sensitive: boolean; reasons: string[]; text: string }[] {
  const story = extractStory([headline, 'A standfirst.', 'By Jane Roe, Chief Correspondent', ...paragraphs].join('\n\n'))
  return story.quotes.map(({ speaker, sensitive, reasons, text }) => ({ speaker: speaker.name, sensitive, reasons, text }))
}

describe('round 24: voices, kin and honorifics', () => {
  it('"Mr Kelleher" after a girl and her grandfather of one surname is the grandfather, whose gender the copy knows', () => {
    const quotes = storyOf(
      'Farm accident headline',
      'Peter Boylan, 70, collapsed in the yard while Aoibhinn Boylan, 9, was with him.',
      'The recording of Aoibhinn\'s call was released this week.',
      'Mr Boylan was flown to hospital in Galway.',
      '"I remember nothing," he said.',
    )
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Peter Boylan'])
  })

  it('near miss: "Mrs Brennan" after a daughter and her parents of one surname is still the mother printed last', () => {
    const quotes = storyOf('Inquest headline', 'Kate Brennan, 24, died in her flat.', 'Her parents, Theresa and Joe Brennan, were in court. Mrs Brennan said: "She was a good mum."')
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Theresa Brennan'])
  })

  it('"a small, steady voice tells the call-taker:" and "a child\'s voice, breathless:" are the child the story names', () => {
    const quotes = storyOf(
      'Boy, 7, calls 999 for his mother',
      'Tomás Reid, 7, was alone with his mother when she collapsed.',
      'The call-taker, Aileen Ross, answered at 6.02pm.',
      'In it, a small, steady voice tells her: "My mum fell over and she won\'t talk to me."',
      'Between the counts, a child\'s voice, breathless: "Mum, wake up."',
    )
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tomás Reid', 'Tomás Reid'])
    expect(quotes.every((quote) => quote.reasons.includes('minor'))).toBe(true)
  })

  it('near miss: a grown voice on a recording is the person the copy is about, not a child', () => {
    const quotes = storyOf('Pilot headline', 'The recording of the pilot, Gareth Lyle, was released on Monday.', 'In it, a calm voice tells the tower: "We have lost an engine."')
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Gareth Lyle'])
  })

  it('in a story whose headline is a child\'s, an adult\'s words that call the child by name or speak of her are for legal (minor)', () => {
    const quotes = storyOf(
      'Eight-year-old\'s call saved farmer, paramedics say',
      'Róisín Daly, 8, was alone with her grandfather, Peter Daly, when he collapsed. She had learned the number at school.',
      '"You\'re doing brilliantly, Róisín," the call-taker, Gráinne Ross, says on the recording.',
      'The first paramedic through the door was Ciarán Hogan. "When we came in she was still counting," he said.',
      'Mr Hogan said the figures were stark: "Every minute without compressions cuts the chance of surviving."',
      'A spokesman for the ambulance service said: "No child should have to do that."',
    )
    expect(quotes.map((quote) => [quote.speaker, quote.reasons.includes('minor')])).toEqual([
      ['Gráinne Ross', true],
      ['Ciarán Hogan', true],
      ['Ciarán Hogan', false],
      ['a spokesman for the ambulance service', false],
    ])
  })

  it('near miss: the same words in a story whose headline is no child\'s are left to the other rules', () => {
    const quotes = storyOf('Farmer saved after collapse', 'Róisín Daly, 28, was with her grandfather, Peter Daly, when he collapsed.', '"When we came in she was still counting," the paramedic, Ciarán Hogan, said.')
    expect(quotes.map((quote) => quote.sensitive)).toEqual([false])
  })

  it('"He has been told…, and his son has taken over the herd. / "…," he said": the he the paragraph is about, not his son', () => {
    const quotes = storyOf(
      'Farmer headline',
      'Michael Dunne, 67, collapsed in the milking parlour.',
      'He has been told he will need a long rest, and his son has taken over the herd.',
      '"She brought me back," he said.',
    )
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Michael Dunne'])
  })

  it('"He was under a door," he said: the he of the words is the man just found; the he who says them has spoken before', () => {
    const quotes = storyOf(
      'Landslide headline',
      '"You dig and then you listen," said Jomar Reyes, a volunteer.',
      'It was Mr Reyes\'s group that found the last survivor, a 71-year-old man, on Tuesday.',
      '"He was under a door, in a pocket of air," he said.',
    )
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jomar Reyes', 'Jomar Reyes'])
  })

  it('near miss: with nobody quoted before, "He was under a door," he said is left to the pronoun rules (the latest man)', () => {
    const quotes = storyOf('Landslide headline', 'A man, 71, was found on Tuesday by Jomar Reyes.', '"He was under a door," he said.')
    expect(quotes.map((quote) => quote.speaker)).toEqual(['a man'])
  })
})

describe('round 24: names, posts and bodies before a colon', () => {
  it('"Nomvula Dlamini, chairwoman of the Tembisa Residents\' Water Forum, said:" is Nomvula Dlamini, with her post', () => {
    const story = extractStory(['Water headline', 'A standfirst.', 'By Jane Roe, Chief Correspondent', 'Thandi Mokoena, chairwoman of the Soweto Residents\' Forum, said: "People went nine days without water."'].join('\n\n'))
    expect(story.quotes.map((quote) => [quote.speaker.name, quote.speaker.description])).toEqual([['Thandi Mokoena', "chairwoman of the Soweto Residents' Forum"]])
  })

  it('near miss: "Thandi Mokoena, 41, said:" keeps the age rule', () => {
    const quotes = storyOf('Water headline', 'Thandi Mokoena, 41, said: "People went nine days without water."')
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Thandi Mokoena'])
  })

  it('"Peru\'s national police, the PNP," — a force named in one word after what it is — is the force', () => {
    const quotes = storyOf('March headline', 'In a statement, Peru\'s national police, the Gendarmes, said officers had acted "in a proportionate manner" after a march.')
    expect(quotes.map((quote) => quote.speaker)).toEqual(['the Gendarmes'])
  })

  it('a standfirst\'s "A survivor says… "groaning for days"" is the body\'s named speaker of those words', () => {
    const story = extractStory(
      [
        'Landslide headline',
        'A survivor says the hillside had been "groaning for days" before it gave way.',
        'By Jane Roe, Chief Correspondent',
        'Marisol Tan, a vegetable seller, was behind her house when the slope gave way.',
        '"The mountain had been groaning for days, and on Sunday it let go," she said.',
      ].join('\n\n'),
    )
    expect(story.quotes.map((quote) => quote.speaker.name)).toEqual(['Marisol Tan', 'Marisol Tan'])
  })

  it('near miss: a standfirst fragment no named speaker says in the body stays with its description', () => {
    const story = extractStory(
      ['Landslide headline', 'A survivor says the hillside had been "groaning for days" before it gave way.', 'By Jane Roe, Chief Correspondent', '"It let go on Sunday," said Marisol Tan, a vegetable seller.'].join('\n\n'),
    )
    expect(story.quotes.map((quote) => quote.speaker.name)).toEqual(['a survivor', 'Marisol Tan'])
  })
})

describe('round 25: splits, appositions and who is meant', () => {
  it('""Fado," she says, "is not sad."": a split between a subject and its verb drops the attribution\'s comma', () => {
    const quotes = storyOf('Singer headline', '"Fado," says Rosa Lima, a singer, "is not sad. It is only honest."')
    expect(quotes.map((quote) => quote.text)).toEqual(['Fado is not sad. It is only honest.'])
  })

  it('near miss: a split after a clause of its own keeps the speaker\'s comma', () => {
    const quotes = storyOf('Referee headline', '"The first time a man spat at me," says Rosa Lima, a referee, "my hands were shaking."')
    expect(quotes.map((quote) => quote.text)).toEqual(['The first time a man spat at me, my hands were shaking.'])
  })

  it('"Adaeze Okonkwo, 29, a hairdresser, …" is one person, whose "she said" is hers', () => {
    const quotes = storyOf('Collapse headline', 'Ngozi Eze, 29, a hairdresser, was pulled from her flat at 9am.', 'Speaking from hospital, her arm in plaster, she said: "I heard a crack like thunder."')
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ngozi Eze'])
  })

  it('"On Thursday, a police officer who took part in the operation, …" is the officer, not a person named "On Thursday"', () => {
    const quotes = storyOf(
      'March headline',
      'On Thursday, a police officer who took part in the operation, speaking on condition of anonymity, claimed that Mr Soto had carried petrol.',
      '"He was not there to march," the officer said.',
    )
    expect(quotes.map((quote) => quote.speaker)).toEqual(['a police officer who took part in the operation'])
  })

  it('"Outside the courthouse she told reporters:" is the she, not the place', () => {
    const quotes = storyOf('Trial headline', 'Nuala Byrne, the local councillor, was more careful. Outside the courthouse she told reporters: "Two families have lost a man."')
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Nuala Byrne'])
  })

  it('"…, said a firefighter from the Fire Service, his face grey with dust." is the "he said" that follows', () => {
    const quotes = storyOf(
      'Collapse headline',
      'At the site, the director-general of the Lagos State Emergency Response Agency, Olumide Bakare, told reporters: "We are still calling this a rescue."',
      'He said heavy machinery had been held back.',
      'Crews had heard tapping beneath a slab, said a firefighter from the Lagos State Fire Service, his face grey with concrete dust.',
      '"We were calling and calling," he said.',
    )
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Olumide Bakare', 'a firefighter from the Lagos State Fire Service'])
  })

  it('near miss: "Emre, said his father had run the stall" is reported speech about the father, not by him', () => {
    const quotes = storyOf('Market headline', "Mr Kaya's son, Emre, said his father had run the stall for twenty years. \"He is a gentle man,\" he said.")
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Emre'])
  })

  it('in a profile ("spent two days with her"), the surname alone is its subject, not her granddaughter of the same name; "the younger woman" is the younger', () => {
    const story = extractStory(
      [
        'At 81, Rosa Lima is back on stage',
        'She was singing for coins before she was ten. Culture Correspondent Ana Reis spent two days with her in Lisbon.',
        'By Ana Reis, Culture Correspondent',
        'Rosa Lima was born in Alfama in 1945.',
        '"I sang before I could read," she says.',
        'It was her granddaughter, Marta Lima, 24, who found the albums.',
        '"I showed her on my phone," Marta says.',
        'Lima says she has not yet decided whether to go to court. "I am 81," she says.',
        'The younger woman says she had spent her teens trying not to sound like her grandmother.',
        '"Then I realised that is like trying not to sound like the weather," she says.',
      ].join('\n\n'),
    )
    expect(story.quotes.map((quote) => quote.speaker.name)).toEqual(['Rosa Lima', 'Marta Lima', 'Rosa Lima', 'Marta Lima'])
  })
})

describe('round 25: a word alone in marks', () => {
  it('after a verb it is the subject\'s word: "said he was "devastated"", "would "engage"", "calls the findings "unfounded""', () => {
    const quotes = storyOf(
      'Collapse headline',
      'In a statement, Mr Bello said he was "devastated" by the loss of life.',
      'The Treasury said it would "engage" with the board\'s chair.',
      'The board calls the findings "unfounded".',
    )
    expect(quotes.map((quote) => quote.text)).toEqual(['devastated', 'engage', 'unfounded'])
  })

  it('near miss: after an article or a possessive, or a name it is called, it is a scare quote', () => {
    const quotes = storyOf('Strike headline', 'Carla Minto said the firm\'s "flexibility" was a pay cut.', 'He said the so-called "caliphate" was finished.', 'She called it "home".')
    expect(quotes).toEqual([])
  })
})

describe('round 25: reported words carried on', () => {
  it('"the coalition\'s spokeswoman, Valentina Roa, 26, said police had…"singing…", and had then "kettled" families": both are hers', () => {
    const quotes = storyOf('March headline', 'On Thursday, the union\'s spokeswoman, Marta Ruiz, 31, said police had charged a section that was "singing, not throwing anything", and had then "kettled" families in a side street.')
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['singing, not throwing anything', 'Marta Ruiz'],
      ['kettled', 'Marta Ruiz'],
    ])
  })

  it('"…said the document was "a preliminary draft" and that publishing it would be "irresponsible"": the second is the same body\'s', () => {
    const quotes = storyOf('Leak headline', 'In a statement, Kei Water said the document was "a preliminary draft" and that publishing it would be "irresponsible".')
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['a preliminary draft', 'Kei Water'],
      ['irresponsible', 'Kei Water'],
    ])
  })

  it('near miss: in the same reported sentence, a word after an article stays a scare quote', () => {
    const quotes = storyOf('March headline', 'Marta Ruiz said police had charged the march and had then blamed the so-called "agitators".')
    expect(quotes).toEqual([])
  })
})
