import { attributionChange, bindingIn, outgrownText, planBinding, spansOf, wordsStand, type BindingRecord, type Passage } from '../../../src/legal/binding'
import { wordsOf } from '../../../src/legal/words'

const passage = (text: string, over: Partial<Passage> = {}): Passage => ({
  text,
  speaker: { name: 'a commander', description: null, isAnonymous: true },
  context: '',
  sensitive: false,
  reasons: [],
  ...over,
})
let nextId = 1
const record = (text: string, over: Partial<BindingRecord> = {}): BindingRecord => ({
  id: nextId++,
  text,
  speakerName: 'a commander',
  binding: 'bound',
  sensitive: false,
  reasons: [],
  isAnonymous: true,
  ...over,
})

describe('wordsStand', () => {
  const paragraphs = ['"Now is the time for Jihad," a commander urged.', 'a woman "from London" with "green eyes and blonde" hair'].map(wordsOf)
  it.each([
    ['Now is the time for Jihad', true],
    ['now is the time for jihad.', true],
    ['from London … green eyes and blonde', true],
    ['from London ... green eyes', true],
    ['Now is the time for war', false],
    ['from Paris … green eyes', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(wordsStand(text, paragraphs)).toBe(expected)
  })
})

describe('planBinding', () => {
  it('binds a record to the passage with the same words however they are rendered, and creates none', () => {
    const jihad = record('Now is the time for Jihad')
    const plan = planBinding(['"Now is the time for Jihad," a commander urged.'], [passage('Now is the time for Jihad.')], [jihad])
    expect(plan).toEqual({ records: [{ id: jihad.id, binding: 'bound', stands: true, passage: 0 }], create: [] })
  })

  it('creates a record for a passage nobody recorded, once however often it is quoted', () => {
    const said = passage('We executed them.', { sensitive: true, reasons: ['violence'] })
    const plan = planBinding(['"We executed them," he said.', '"We executed them," he said again.'], [said, passage('We executed them.')], [])
    expect(plan.create).toEqual([said])
  })

  it('lets a record follow its passage edited in place (autosave while typing), raising flags but never lowering them', () => {
    const order = record('We executed every prisoner at dawn.', { sensitive: true, reasons: ['violence'] })
    const edited = passage('We executed every last prisoner at dawn.', { sensitive: true, reasons: ['violence', 'extremist_content'] })
    const plan = planBinding([`"${edited.text}" a commander said.`], [edited], [order])
    expect(plan.create).toEqual([])
    expect(plan.records).toEqual([
      { id: order.id, binding: 'bound', stands: true, passage: 0, text: edited.text, raise: { sensitive: false, addReasons: ['extremist_content'], isAnonymous: false } },
    ])
    const quieter = planBinding([`"${edited.text}" a commander said.`], [passage(edited.text)], [order])
    expect(quieter.records[0]).toEqual({ id: order.id, binding: 'bound', stands: true, passage: 0, text: edited.text, raise: undefined })
  })

  it('follows a passage that grew while being typed, even by many words', () => {
    const start = record('Now is the time')
    const grown = passage('Now is the time for every brother in this city to take up arms.')
    const plan = planBinding([`"${grown.text}" a commander said.`], [grown], [start])
    expect(plan.records[0]).toMatchObject({ id: start.id, text: grown.text })
    expect(plan.create).toEqual([])
  })

  it('does not take a different quote for an edit: a new record, and the old one unbound', () => {
    const old = record('We will hold the bridge until the end.')
    const other = passage('The water ran out on Tuesday.', { speaker: { name: 'a baker', description: null, isAnonymous: true } })
    const plan = planBinding([`"${other.text}" a baker said.`], [other], [old])
    expect(plan.records).toEqual([{ id: old.id, binding: 'unbound', stands: false }])
    expect(plan.create).toEqual([other])
  })

  it('accepts a changed attribution only for a near-identical text', () => {
    const old = record('We will hold the bridge until the very end.', { speakerName: 'a commander' })
    const near = passage('We will hold the bridge until the very end!', { speaker: { name: 'a fighter', description: null, isAnonymous: true } })
    expect(planBinding([near.text], [near], [old]).records[0]).toMatchObject({ id: old.id, binding: 'bound' })
    const loose = passage('We will hold the town until the end of days.', { speaker: { name: 'a fighter', description: null, isAnonymous: true } })
    expect(planBinding([loose.text], [loose], [old]).records[0]).toEqual({ id: old.id, binding: 'unbound', stands: false })
  })

  it('keeps a record whose words still stand elsewhere instead of moving it to a similar new passage', () => {
    const jihad = record('Now is the time for Jihad')
    const similar = passage('Now is the time for peace.')
    const paragraphs = ['"Now is the time for peace," a commander said.', 'He had said: Now is the time for Jihad.']
    const plan = planBinding(paragraphs, [similar], [jihad])
    // Its words stand outside quote marks: no speech (unbound, never public), still judged at the gate.
    expect(plan.records).toEqual([{ id: jihad.id, binding: 'unbound', stands: true }])
    expect(plan.create).toEqual([similar])
  })

  it('keeps a record standing (judged at the gate) while its words stand without quote marks, but no longer speech: stripping the marks routes around nothing', () => {
    const jihad = record('Now is the time for Jihad', { sensitive: true })
    expect(planBinding(['Now is the time for Jihad, a commander urged.'], [], [jihad]).records).toEqual([{ id: jihad.id, binding: 'unbound', stands: true }])
  })

  it('binds a record of quoted fragments while each stands, as scare quotes', () => {
    const london = record('from London … green eyes and blonde')
    expect(planBinding(['a woman "from London" with "green eyes and blonde" hair'], [], [london]).records).toEqual([{ id: london.id, binding: 'bound', stands: true }])
    expect(planBinding(['a woman "from London" with red hair'], [], [london]).records).toEqual([{ id: london.id, binding: 'unbound', stands: false }])
  })

  it('makes a record follow quote marks that now say more than it, so legal sees the added words', () => {
    const armed = record('He is still out there, armed', { sensitive: true })
    const plan = planBinding(['"He is still out there, armed and dangerous" a witness said.'], [], [armed])
    expect(plan.records).toEqual([{ id: armed.id, binding: 'bound', stands: true, text: 'He is still out there, armed and dangerous' }])
  })

  it('binds an unbound record again when its words come back, and unbinds one whose words left', () => {
    const back = record('We will hold the bridge.', { binding: 'unbound' })
    const gone = record('The water ran out.', { speakerName: 'a baker' })
    const plan = planBinding(['"We will hold the bridge," a commander said.'], [passage('We will hold the bridge.')], [back, gone])
    expect(plan.records).toEqual([
      { id: back.id, binding: 'bound', stands: true, passage: 0 },
      { id: gone.id, binding: 'unbound', stands: false },
    ])
  })

  it('binds every record that says the same words', () => {
    const a = record('Now is the time for Jihad')
    const b = record('Now is the time for Jihad.')
    const plan = planBinding(['"Now is the time for Jihad," he said.'], [passage('Now is the time for Jihad.')], [a, b])
    expect(plan.records.map((outcome) => outcome.binding)).toEqual(['bound', 'bound'])
    expect(plan.create).toEqual([])
  })

  it('gives each passage at most one record that follows it', () => {
    const a = record('We will hold the bridge.')
    const b = record('We will hold the bridge!!')
    const edited = passage('We will hold the old bridge.')
    const plan = planBinding([`"${edited.text}" he said.`], [edited], [a, b])
    expect(plan.records.filter((outcome) => outcome.text !== undefined)).toHaveLength(1)
  })
})

describe('outgrownText', () => {
  const spans = (...texts: string[]) => texts.map((text) => ({ text, words: wordsOf(text) }))
  it.each([
    ['exactly quoted', 'Now is the time', spans('Now is the time'), null],
    ['not in quote marks', 'Now is the time', spans('something else'), null],
    ['inside longer marks', 'armed', spans('armed and dangerous'), 'armed and dangerous'],
    ['fragments exactly quoted', 'from London … green eyes', spans('from London', 'green eyes'), null],
    ['one fragment grew', 'from London … green eyes', spans('from London', 'green eyes and blonde'), 'from London … green eyes and blonde'],
    ['fragments in one pair of marks', 'a leg … so sad', spans('a leg, a hand … so sad for them'), 'a leg, a hand … so sad for them'],
  ])('%s', (_name, text, given, expected) => {
    expect(outgrownText(text, given)).toBe(expected)
  })
})

describe('bindingIn: a record is speech only where quote marks carry its words', () => {
  const paragraphs = ['"The road was quiet," a driver said.', 'Tom Reyes met the council on Monday.', 'Nobody there was accused of fraud.', 'a woman "from London" with "green eyes" hair']
  const of = (text: string) => bindingIn(text, paragraphs.map(wordsOf), spansOf(paragraphs))
  it.each([
    ['the quoted words', 'The road was quiet', { binding: 'bound', stands: true }],
    ['a run inside the marks', 'road was quiet', { binding: 'bound', stands: true }],
    ['pieces each inside marks', 'from London … green eyes', { binding: 'bound', stands: true }],
    ['narrative words spliced at an ellipsis', 'Tom Reyes … accused of fraud', { binding: 'unbound', stands: true }],
    ['one quoted piece and one narrative', 'The road was quiet … accused of fraud', { binding: 'unbound', stands: true }],
    ['words nowhere in the copy', 'The road was busy', { binding: 'unbound', stands: false }],
  ] as const)('%s', (_name, text, expected) => {
    expect(of(text)).toEqual(expected)
  })

  it('plans a record whose words stand only outside quote marks as unbound, still standing for the gate', () => {
    const splice = record('Tom Reyes … accused of fraud', { speakerName: 'a driver' })
    expect(planBinding(paragraphs, [], [splice]).records).toEqual([{ id: splice.id, binding: 'unbound', stands: true }])
  })
})

describe('attributionChange: legal cleared the words from a speaker', () => {
  const order = (name: string, description: string | null = null) => passage('We executed every prisoner at dawn.', { speaker: { name, description, isAnonymous: false } })
  it.each<[string, Partial<BindingRecord>, Passage, ReturnType<typeof attributionChange>]>([
    ['the same attribution', { attribution: 'a militia commander' }, order('a militia commander'), {}],
    ['the same attribution, cased and spaced otherwise', { attribution: 'A militia  commander' }, order('a militia commander'), {}],
    ['read the first time (a record keyed by hand)', { attribution: null, speakerName: 'Colonel Vidal' }, order('a militia commander'), { attribution: 'a militia commander' }],
    ['a record from before attributions (the plan is not told)', {}, order('Tom Reyes'), {}],
    ['another speaker in the copy', { attribution: 'a militia commander', speakerName: 'a militia commander' }, order('Tom Reyes', 'the mayor of Lisbon'), { attribution: 'Tom Reyes, the mayor of Lisbon', speaker: { name: 'Tom Reyes', description: 'the mayor of Lisbon' } }],
    ['a new description of the same speaker', { attribution: 'Tom Reyes', speakerName: 'Tom Reyes' }, order('Tom Reyes', 'the mayor'), { attribution: 'Tom Reyes, the mayor', speaker: { name: 'Tom Reyes', description: 'the mayor' } }],
    ['another speaker the record already names (a hand correction)', { attribution: 'a militia commander', speakerName: 'Tom Reyes', speakerDescription: null }, order('Tom Reyes'), { attribution: 'Tom Reyes' }],
    ['no speaker read in the copy any more', { attribution: 'a militia commander', speakerName: 'a militia commander' }, order(''), { attribution: '' }],
  ])('%s', (_name, over, given, expected) => {
    expect(attributionChange(record('We executed every prisoner at dawn.', over), given)).toEqual(expected)
  })

  it('a record held by the same words takes the new speaker in the plan', () => {
    const held = record('We executed every prisoner at dawn.', { attribution: 'a militia commander', speakerName: 'a militia commander', sensitive: true })
    const plan = planBinding(['"We executed every prisoner at dawn," Tom Reyes told his men.'], [order('Tom Reyes')], [held])
    expect(plan.records[0]).toMatchObject({ id: held.id, binding: 'bound', attribution: 'Tom Reyes', speaker: { name: 'Tom Reyes', description: null } })
  })
})
