import { extractStory, toDryRun } from '../../../src/ingest/extract'
import { media, p, picture, quote, readSeed } from './builders'

/**
 * The full extraction of both seed stories: what an editor would get in the draft dispatch, and
 * what legal would get in its queue. Any change here is a change in what the newsroom sees.
 */

describe('seed 000: Raqqa, brides of Isis (John Ray)', () => {
  const story = extractStory(readSeed('000_8ea54a98d1c58a3f.txt'))

  it('reads the headline and the standfirst', () => {
    expect(story.headline).toBe('Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa')
    expect(story.standfirst).toBe(
      'ITV News has joined US-backed Kurdish forces on course for a symbolic victory over so-called Islamic State in the Syrian city of Raqqa.',
    )
  })

  it('reads all seven captioned pictures with their credit lines', () => {
    expect(story.media).toEqual([
    media("Drone footage obtained exclusively by ITV News showed the power of the Western aerial assault on Isis.", "ITV News", "ITV News", null),
    media("The instructions of Isis fighters were tracked on radio.", "ITV News", "ITV News", null),
    media("Kurdish female fighters, otherwise known as the YPJ, have served a critical role in the fight against Isis.", "ITV News/Barnaby Green", "ITV News", "Barnaby Green"),
    media("This young boy was among the civilians who fled Raqqa to makeshift desert camps.", "ITV News", "ITV News", null),
    media("The brides and daughters of Isis fighters are held at the camps.", "ITV News", "ITV News", null),
    media("A woman calling herself Aisha told ITV News that British Isis recruiter Sally Jones has vowed to die fighting.", "ITV News", "ITV News", null),
    media("Women are among the Kurdish forces that are fighting with reduced protection.", "ITV News", "ITV News", null),
    ])
  })

  it('places each picture where its caption stood, without repeating the standfirst', () => {
    expect(story.blocks).toEqual([
    p("Correspondent John Ray travelled with them to the frontline battle at the walls of the old city before meeting the brides and daughters of captured or killed Isis fighters."),
    p("As the sun set, the guns started up as the assault on Raqqa's old city illuminated the heart of darkness."),
    p("This is a battle being fought by moonlight."),
    p("We travelled into the city of Jihadi John and countless barbarities in morning light on a road that stretched back to the terror in London, Manchester and beyond."),
    p("It lies in ruins now."),
    p("We passed the body of an Isis fighter, his caliphate decomposing with him, with the walls of the ancient medina now fallen to the Kurds."),
    p("Pictures from a drone above the urban battlefield, obtained exclusively by ITV News, have shown the devastating power of the West's war planes and missiles as the so-called Islamic State is being wiped off the map."),
    picture(0),
    p("Our route to the frontline involved a sprint across sniper alley and careful steps over rubble that often conceals mines."),
    p("It took us close enough to hear Isis radio."),
    picture(1),
    p("\"Now is the time for Jihad,\" a commander urged his beleaguered forces."),
    p("The Kurds are claiming this as a great victory. They took the old city walls after a month-long, blood-soaked slog through the streets of Raqqa."),
    picture(2),
    p("But ahead of them remain heavily armed Isis fighters, booby-trapped buildings and suicide bombers. Isis may be doomed but its death throes will be long and dangerous."),
    p("The soldiers we met took up arms against Isis from the start and now believe they are moving in for the kill."),
    p("\"I want a free Raqqa for my family, for everyone in here, for every family in Syria,\" one told us."),
    p("Is Isis finished in Raqqa now, I asked him."),
    p("\"Yes,\" he said. \"It's finished.\""),
    p("And you will finish it?"),
    p("Inside the old city perhaps 100,000 civilians are trapped, caught between airstrikes and 4,000 Isis fighters."),
    p("Those who can escape run to a new home; a makeshift camp in the desert."),
    picture(3),
    p("We have left hell behind, they told us."),
    p("But in one corner, separated from the rest, were the brides and children of Isis whose husbands and fathers are either dead or in jail."),
    p("Some rushed to condemn the murderous ideology they once embraced."),
    picture(4),
    p("But one woman, who calls herself Aisha, stood out."),
    p("The killing was wrong and Isis is a lie, she said."),
    p("But her regrets were reserved chiefly for the fighters defending the city."),
    p("\"In Raqqa there is a place for those who lose a leg, a hand, eyes ... when I see that I'm really so sad for them,\" she told me."),
    p("Aisha then described a beheading as if it were no more than entertainment."),
    p("\"They stole money and they saw his neck. I see that by my eyes.\""),
    picture(5),
    p("You saw them cut his head off, I asked."),
    p("\"Yes,\" she said. \"It's ok for me,\" she added. \"Because I was used to (seeing) them in those scary movies.\""),
    p("Aisha then let slip the name of an English friend, a woman \"from London\" with \"green eyes and blonde\" hair."),
    p("We believe she was talking about the Isis recruiter Sally Jones, high on Britain's wanted list."),
    p("Aisha said she has fled to the Iraqi border but still will die with Isis."),
    p("\"She (told) me she will stay here until she die, she don't want to go anywhere,\" she said."),
    p("The Kurds have female fighters too, shoulder to shoulder with the men, backed by America and doing the West's work."),
    picture(6),
    p("We found them fighting without helmets or body armour and with homemade bombs tied with string."),
    p("Still, there was no shortage of courage and in searing heat there remained many cool heads."),
    p("Here Isis might measure its future in weeks or months but it's days are numbered."),
    ])
  })

  it('names the correspondent and the photographer known only from a credit line', () => {
    expect(story.correspondents).toEqual([
      { name: 'John Ray', title: 'Correspondent', role: 'reporter', source: 'copy' },
      { name: 'Barnaby Green', title: null, role: 'photographer', source: 'credit' },
    ])
  })

  it('finds every quote with its speaker, and flags what legal must see', () => {
    expect(story.quotes).toEqual([
    quote(
      "Now is the time for Jihad.",
      { name: "a commander", description: "commander", anonymity: "unnamed" },
      ["anonymous_source", "extremist_content"],
      "It took us close enough to hear Isis radio.\n\n\"Now is the time for Jihad,\" a commander urged his beleaguered forces.",
    ),
    quote(
      "I want a free Raqqa for my family, for everyone in here, for every family in Syria.",
      { name: "one of the soldiers", description: "soldier", anonymity: "unnamed" },
      [],
      "The soldiers we met took up arms against Isis from the start and now believe they are moving in for the kill.\n\n\"I want a free Raqqa for my family, for everyone in here, for every family in Syria,\" one told us.",
    ),
    quote(
      "Yes. It's finished.",
      { name: "one of the soldiers", description: "soldier", anonymity: "unnamed" },
      [],
      "Is Isis finished in Raqqa now, I asked him.\n\n\"Yes,\" he said. \"It's finished.\"",
    ),
    quote(
      "In Raqqa there is a place for those who lose a leg, a hand, eyes ... when I see that I'm really so sad for them.",
      { name: "a woman calling herself Aisha", description: "woman", anonymity: "pseudonym" },
      ["anonymous_source"],
      "But her regrets were reserved chiefly for the fighters defending the city.\n\n\"In Raqqa there is a place for those who lose a leg, a hand, eyes ... when I see that I'm really so sad for them,\" she told me.",
    ),
    quote(
      "They stole money and they saw his neck. I see that by my eyes.",
      { name: "a woman calling herself Aisha", description: "woman", anonymity: "pseudonym" },
      ["violence", "anonymous_source"],
      "Aisha then described a beheading as if it were no more than entertainment.\n\n\"They stole money and they saw his neck. I see that by my eyes.\"",
    ),
    quote(
      "Yes. It's ok for me. Because I was used to (seeing) them in those scary movies.",
      { name: "a woman calling herself Aisha", description: "woman", anonymity: "pseudonym" },
      ["violence", "anonymous_source"],
      "You saw them cut his head off, I asked.\n\n\"Yes,\" she said. \"It's ok for me,\" she added. \"Because I was used to (seeing) them in those scary movies.\"",
    ),
    quote(
      "She (told) me she will stay here until she die, she don't want to go anywhere.",
      { name: "a woman calling herself Aisha", description: "woman", anonymity: "pseudonym" },
      ["allegation", "anonymous_source", "identification"],
      "Aisha said she has fled to the Iraqi border but still will die with Isis.\n\n\"She (told) me she will stay here until she die, she don't want to go anywhere,\" she said.",
    ),
    ])
  })

  it('sends legal the one narrative sentence that names a wanted person, and no other', () => {
    expect(story.passages).toEqual([
      {
        text: "We believe she was talking about the Isis recruiter Sally Jones, high on Britain's wanted list.",
        reasons: ['allegation'],
      },
    ])
  })

  it('leaves scare quotes inside narrative sentences alone', () => {
    const texts = story.quotes.map((found) => found.text)
    expect(texts).not.toContain('from London')
    expect(texts).not.toContain('green eyes and blonde')
  })

  it('prints the dry-run shape DESIGN.md fixes', () => {
    const dryRun = toDryRun(story)
    expect(Object.keys(dryRun)).toEqual(['headline', 'standfirst', 'correspondents', 'media', 'quotes', 'passages'])
    expect(dryRun.correspondents).toEqual([
      { name: 'John Ray', title: 'Correspondent', role: 'reporter' },
      { name: 'Barnaby Green', title: null, role: 'photographer' },
    ])
    expect(dryRun.media[2]).toEqual({
      caption: 'Kurdish female fighters, otherwise known as the YPJ, have served a critical role in the fight against Isis.',
      creditLine: 'ITV News/Barnaby Green',
    })
    expect(dryRun.quotes.map(({ speaker, description, sensitive, reasons }) => [speaker, description, sensitive, reasons])).toEqual([
      ['a commander', 'commander', true, ['anonymous_source', 'extremist_content']],
      ['one of the soldiers', 'soldier', false, []],
      ['one of the soldiers', 'soldier', false, []],
      ['a woman calling herself Aisha', 'woman', true, ['anonymous_source']],
      ['a woman calling herself Aisha', 'woman', true, ['violence', 'anonymous_source']],
      ['a woman calling herself Aisha', 'woman', true, ['violence', 'anonymous_source']],
      ['a woman calling herself Aisha', 'woman', true, ['allegation', 'anonymous_source', 'identification']],
    ])
    expect(Object.keys(dryRun.quotes[0])).toEqual(['text', 'speaker', 'description', 'sensitive', 'reasons'])
    expect(JSON.parse(JSON.stringify(dryRun))).toEqual(dryRun)
  })
})

describe('seed 001: Battle for Raqqa (John Irvine, Sean Swan, Lutfi Abu Aun)', () => {
  const story = extractStory(readSeed('001_f61b0067954ae150.txt'))

  it('reads the headline and the standfirst', () => {
    expect(story.headline).toBe(
      'Battle for Raqqa: ITV News on the frontline with liberating forces aiming to recapture the city from IS within days',
    )
    expect(story.standfirst).toBe(
      'ITV News has spent several days on the frontline of the battle to recapture the Syrian city of Raqqa from so-called Islamic State.',
    )
  })

  it('reads all three captioned pictures with their credit lines', () => {
    expect(story.media).toEqual([
    media("Refugees shelter from the fighting.", "ITV News/Sean Swan", "ITV News", "Sean Swan"),
    media("The devastation in Raqqa is clear to see.", "ITV News/Sean Swan", "ITV News", "Sean Swan"),
    media("Kurdish YPG fighters believe the end is now just days away.", "ITV News/Sean Swan", "ITV News", "Sean Swan"),
    ])
  })

  it('places each picture where its caption stood', () => {
    expect(story.blocks).toEqual([
    p("Senior International Correspondent John Irvine, cameraman Sean Swan and Middle East News Editor Lutfi Abu Aun, were with liberating forces who believe victory over what they call the IS 'death cult' is close."),
    p("Raqqa was seized by Islamic State militants in 2014, declaring it the capital of their caliphate. At its peak, IS controlled the whole of the city. A US-backed coalition assault to recapture the city began in June, and now IS has been forced back into a small enclave."),
    p("Raqqa has cast a long, dark shadow in recent years - a shadow which stretches over places like London, Manchester, Nice, Berlin and Brussels."),
    p("Standing in the middle of this wretched city I think of the innocent European victims of the hatred and murderous instructions that emanated from right here."),
    p("Looking eastwards, you can see the hills to which American and British hostages were taken to be beheaded by Mohammad Emwazi, aka Jihadi John."),
    picture(0),
    p("We have joined a unit of the pro-Western YPG, the mainly Kurdish militia which has now captured most of the city with the help of coalition airstrikes and artillery."),
    p("The crump of ordnance is incessant and essential. That’s because the YPG fighters are so poorly equipped."),
    p("They have no tanks or heavy weapons, so the coalition has had to pave their way."),
    picture(1),
    p("The civilian death toll here is unknown. The coalition says it does all it can to avoid killing innocents - and that when it happens, it’s the fault of Islamic State for using human shields."),
    p("The IS fanatics are making their last stand in a hospital and under the concrete terraces of a sports stadium."),
    p("These locations have not been bombed because hundreds of civilians are trapped inside."),
    picture(2),
    p("The YPG fighters we are with are Arabs. They all share the grief of losing a loved one to IS."),
    p("Driven on by a thirst for revenge, they believe the end is just days away."),
    p("If so, it seems that Raqqa - the capital of the self-proclaimed caliphate - will become known as the city that declared war on the world, and lost."),
    ])
  })

  it('names every titled person with the title as printed; the credited cameraman is not repeated', () => {
    expect(story.correspondents).toEqual([
      { name: 'John Irvine', title: 'Senior International Correspondent', role: 'reporter', source: 'copy' },
      { name: 'Sean Swan', title: 'cameraman', role: 'camera', source: 'copy' },
      { name: 'Lutfi Abu Aun', title: 'Middle East News Editor', role: 'editor', source: 'copy' },
    ])
  })

  it("has no quotes: 'death cult' is a scare quote, not speech", () => {
    expect(story.quotes).toEqual([])
  })

  it('sends legal the sentence that names the man who beheaded the hostages', () => {
    expect(story.passages).toEqual([
      {
        text: 'Looking eastwards, you can see the hills to which American and British hostages were taken to be beheaded by Mohammad Emwazi, aka Jihadi John.',
        reasons: ['allegation'],
      },
    ])
    expect(toDryRun(story).correspondents).toEqual([
      { name: 'John Irvine', title: 'Senior International Correspondent', role: 'reporter' },
      { name: 'Sean Swan', title: 'cameraman', role: 'camera' },
      { name: 'Lutfi Abu Aun', title: 'Middle East News Editor', role: 'editor' },
    ])
  })
})
