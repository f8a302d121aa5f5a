import { lexicalDocument, textParagraph } from '../../../src/lexical/build'
import { legalInvolved, sealChanges, sealFailure, sealRequired, speakerMismatches, type GateSeal } from '../../../src/legal/sealed'
import { canonicalJson, fingerprintChanges, storyFingerprint, type PrintedStory } from '../../../src/legal/storyText'

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1, ...extra })
const para = (...children: Array<Record<string, unknown>>) => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, textFormat: 0, version: 1 })
const link = (to: number) => ({ type: 'link', version: 3, fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'correspondents', value: to } }, children: [text('the man')] })

const story = (over: Partial<PrintedStory> = {}): PrintedStory => ({
  headline: 'Council meets',
  standfirst: null,
  body: lexicalDocument([textParagraph('Shelling resumed at first light.'), para(text('Police named '), link(3), text('.'))]),
  dateline: 'LISBON',
  tags: ['politics'],
  slug: 'council-meets',
  corrections: [],
  pictures: [{ id: 7, filename: 'a.jpg', filesize: 100, caption: 'A street.', alt: 'A street', creditLine: 'Reuters' }],
  byline: [{ role: 'reporter', correspondent: { id: 1, name: 'John Ray', title: 'Correspondent' } }],
  quotes: [{ id: 2, text: 'We left at dawn', speaker: { name: 'a driver', description: null } }],
  ...over,
})

describe('storyFingerprint', () => {
  it('is the same for the same story however its JSON is spelt (key order, an id as a number or a string or { id })', () => {
    const a = storyFingerprint(story())
    const reordered = JSON.parse(JSON.stringify(story().body), (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))
    const b = storyFingerprint(story({ body: reordered }))
    const asObject = storyFingerprint(story({ body: lexicalDocument([textParagraph('Shelling resumed at first light.'), para(text('Police named '), { ...link(3), fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'correspondents', value: { id: 3 } } } }, text('.'))]) }))
    expect(b.hash).toBe(a.hash)
    expect(asObject.hash).toBe(a.hash)
    // The editor's bookkeeping (versions, text modes) is not what readers get.
    const bookkeeping = storyFingerprint(story({ body: lexicalDocument([textParagraph('Shelling resumed at first light.'), para(text('Police named ', { mode: 'token', version: 2 }), link(3), text('.'))]) }))
    expect(bookkeeping.hash).toBe(a.hash)
  })

  it.each([
    ['a link re-pointed', { body: lexicalDocument([textParagraph('Shelling resumed at first light.'), para(text('Police named '), link(4), text('.'))]) }, 'link target changed'],
    ['a paragraph made a heading', { body: lexicalDocument([{ type: 'heading', tag: 'h2', children: [text('Shelling resumed at first light.')] }, para(text('Police named '), link(3), text('.'))]) }, 'block type changed'],
    ['words made bold', { body: lexicalDocument([para(text('Shelling resumed at first light.', { format: 1 })), para(text('Police named '), link(3), text('.'))]) }, 'text format changed'],
    ['a picture file', { pictures: [{ id: 7, filename: 'b.jpg', filesize: 100, caption: 'A street.', alt: 'A street', creditLine: 'Reuters' }] }, 'picture file changed'],
    ['a caption', { pictures: [{ id: 7, filename: 'a.jpg', filesize: 100, caption: 'A street at dawn.', alt: 'A street', creditLine: 'Reuters' }] }, 'picture caption or credit changed'],
    ['a correspondent title', { byline: [{ role: 'reporter', correspondent: { id: 1, name: 'John Ray', title: 'Chief Correspondent' } }] }, 'byline changed'],
    ['a quote speaker', { quotes: [{ id: 2, text: 'We left at dawn', speaker: { name: 'Tom Reyes', description: null } }] }, 'quote record changed (its words or speaker)'],
    ['a tag', { tags: ['crime'] }, 'words changed'],
  ])('%s changes it, and says so in a plain line', (_label, over, line) => {
    const before = storyFingerprint(story())
    const after = storyFingerprint(story(over as Partial<PrintedStory>))
    expect(after.hash).not.toBe(before.hash)
    expect(fingerprintChanges(before.parts, after)).toContain(line)
  })

  it('canonicalJson sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 2 }] })).toBe('{"a":[{"c":2}],"b":1}')
  })
})

describe('the seal rules', () => {
  const current = storyFingerprint(story())
  const seal = (over: Partial<GateSeal>): GateSeal => ({ involved: true, decided: true, current, approved: null, mismatches: [], ...over })

  it('legal is involved by a sensitive quote, a passage or a read asked for; never otherwise', () => {
    expect(legalInvolved({ required: false, passages: [], quotes: [{ sensitive: false }] })).toBe(false)
    expect(legalInvolved({ required: false, passages: [], quotes: [{ sensitive: true }] })).toBe(true)
    expect(legalInvolved({ required: false, passages: [{}], quotes: [] })).toBe(true)
    expect(legalInvolved({ required: true, passages: [], quotes: [] })).toBe(true)
  })

  it('holds a story legal decided on until its last approval names the fingerprint; a story legal never decided on is not asked', () => {
    expect(sealFailure(1, seal({}))?.code).toBe('LEGAL_READ_REQUIRED')
    expect(sealFailure(1, seal({ approved: current }))).toBeNull()
    expect(sealFailure(1, seal({ decided: false }))).toBeNull()
    // Once legal has decided, the seal holds whatever the rules flag now (red team 4, family 6).
    expect(sealRequired(seal({ involved: false }))).toBe(true)
    expect(sealRequired(seal({ involved: false, decided: false }))).toBe(false)
    const old = storyFingerprint(story({ tags: ['crime'] }))
    expect(sealFailure(1, seal({ approved: old }))?.message).toMatch(/changed since legal approved it \(words changed\)/)
  })

  it('names a quote whose record gives its words to another speaker than the copy', () => {
    const found = speakerMismatches([{ id: 9, binding: 'bound', passage: 0 }], [{ speaker: { name: 'Tom Reyes' } }], [{ id: 9, speaker: 'a militia commander' }])
    expect(found).toEqual([{ quote: 9, record: 'a militia commander', copy: 'Tom Reyes' }])
    expect(sealChanges(seal({ approved: current, mismatches: found }))).toEqual([`quote 9: the record gives its words to "a militia commander", the copy prints them as Tom Reyes's`])
    expect(speakerMismatches([{ id: 9, binding: 'bound', passage: 0 }], [{ speaker: { name: 'Tom Reyes' } }], [{ id: 9, speaker: 'Tom  Reyes' }])).toEqual([])
    // A record naming more than the copy, or the copy's speaker with its description, is the same speaker.
    expect(speakerMismatches([{ id: 9, binding: 'bound', passage: 0 }], [{ speaker: { name: 'a nurse' } }], [{ id: 9, speaker: 'a nurse who gave only her first name' }])).toEqual([])
    expect(speakerMismatches([{ id: 9, binding: 'bound', passage: 0 }], [{ speaker: { name: 'Tom Reyes', description: 'the mayor' } }], [{ id: 9, speaker: 'the mayor' }])).toEqual([])
    // A copy that only describes its speaker hides no one the record names.
    expect(speakerMismatches([{ id: 9, binding: 'bound', passage: 0 }], [{ speaker: { name: 'a nurse' } }], [{ id: 9, speaker: 'Leila Haddad the head nurse' }])).toEqual([])
  })
})
