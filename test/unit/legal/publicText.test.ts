import { CORRESPONDENT_PUBLIC_TEXT, MEDIA_PUBLIC_TEXT, newLegalWords, publicTextRefusal, type PublicTextSubject } from '../../../src/legal/publicText'

const caption = (text: string | null) => ({ caption: text, alt: null, creditLine: 'Reuters', credit: { organisation: 'Reuters' } })
const live: PublicTextSubject = { kind: 'picture', id: 7, stories: [{ id: 3, headline: 'Shelling resumes in the north' }] }

describe('newLegalWords: what a save brings into the text readers see', () => {
  it.each([
    ['straight quotes', 'Ahmed Khalil, who police say "ordered the killings".', 'quoted_speech', 'ordered the killings'],
    ['curly quotes', 'Ahmed Khalil, who police say \u201Cordered the killings\u201D.', 'quoted_speech', 'ordered the killings'],
    ['guillemets', 'Ahmed Khalil, who police say \u00ABordered the killings\u00BB.', 'quoted_speech', 'ordered the killings'],
    ['reversed guillemets', 'Ahmed Khalil, who police say \u00BBordered the killings\u00AB.', 'quoted_speech', 'ordered the killings'],
    ['German marks', 'Ahmed Khalil, who police say \u201Eordered the killings\u201C.', 'quoted_speech', 'ordered the killings'],
    ['straight single marks', "Ahmed Khalil, who police say 'is a war criminal', at the funeral.", 'quoted_speech', 'is a war criminal'],
    ['fullwidth marks', 'Ahmed Khalil, who police say \uFF02is a war criminal\uFF02, at the funeral.', 'quoted_speech', 'is a war criminal'],
    ['a zero-width space inside the words', 'Ahmed Khalil, who police say "is a war crim\u200Binal".', 'quoted_speech', 'is a war criminal'],
    ['single curly marks', 'Mourners at the funeral. \u2018They shot him in the back,\u2019 his brother said.', 'quoted_speech', 'They shot him in the back,'],
  ])('%s in a caption: quoted speech', (_label, text, kind, words) => {
    expect(newLegalWords(MEDIA_PUBLIC_TEXT, caption('Mourners at the funeral.'), caption(text))).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'caption', kind, words })]),
    )
  })

  it('a passage for legal without quote marks', () => {
    const found = newLegalWords(MEDIA_PUBLIC_TEXT, caption('A man at the court.'), caption('Tom Reyes, who was arrested on suspicion of murder, leaves the court.'))
    expect(found).toEqual([expect.objectContaining({ field: 'caption', kind: 'legal_passage', reasons: expect.arrayContaining(['allegation']) })])
  })

  it('in the alt text, the credit line and the usage terms too', () => {
    const before = { alt: 'A street', creditLine: 'Reuters', rights: { usageTerms: 'Web only' } }
    const after = { alt: 'A street where "we will kill them all" was painted', creditLine: 'Reuters/"The Butcher"', rights: { usageTerms: 'Web only. "He did it," the agency says.' } }
    // The alt text's words in marks are also a partial quote the quote rules read (a passage).
    expect([...new Set(newLegalWords(MEDIA_PUBLIC_TEXT, before, after).map((f) => f.field))]).toEqual(['alt', 'creditLine', 'rights.usageTerms'])
  })

  it('a correspondent bio and title', () => {
    const found = newLegalWords(CORRESPONDENT_PUBLIC_TEXT, { name: 'Jo Lane', bio: 'Reports from Kyiv.' }, { name: 'Jo Lane', bio: 'Reports from Kyiv. "The minister lied to parliament," she wrote.' })
    // Speech is read by the wrongdoing rules as well: "The minister lied to parliament" is a passage too.
    expect(found).toEqual([
      expect.objectContaining({ field: 'bio', kind: 'quoted_speech', words: 'The minister lied to parliament,' }),
      expect.objectContaining({ field: 'bio', kind: 'legal_passage', reasons: ['allegation'] }),
    ])
  })

  it.each([
    ['a spelling fix', 'Mourners at teh funeral.', 'Mourners at the funeral.'],
    ['a new credit', null, 'Mourners at the funeral in Gaza.'],
    ['a fix beside quoted words already printed', 'Mourners hold a banner: "Justice for Omar". Photgraph: AP', 'Mourners hold a banner: \u201CJustice for Omar\u201D. Photograph: AP'],
    ['taking quoted words out', 'Mourners hold a banner: "Justice for Omar".', 'Mourners hold a banner.'],
  ])('%s brings nothing', (_label, before, after) => {
    expect(newLegalWords(MEDIA_PUBLIC_TEXT, caption(before), caption(after))).toEqual([])
  })

  it('an edit inside quoted words is new speech', () => {
    const found = newLegalWords(MEDIA_PUBLIC_TEXT, caption('A banner: "Justice for Omar".'), caption('A banner: "Omar was murdered by police".'))
    expect(found.map((finding) => finding.kind)).toEqual(['quoted_speech', 'legal_passage'])
  })

  it('moving words from the alt text into the caption is new to the caption', () => {
    expect(newLegalWords(MEDIA_PUBLIC_TEXT, { alt: '"Kill them," he said', caption: null }, { alt: null, caption: '"Kill them," he said' })).toEqual([
      expect.objectContaining({ field: 'caption' }),
    ])
  })
})

describe('publicTextRefusal: who may, and where', () => {
  const findings = newLegalWords(MEDIA_PUBLIC_TEXT, caption(null), caption('Ahmed Khalil, who police say "ordered the killings".'))

  it('refuses editors and correspondents on a picture a live story shows, naming field, words, story and what to do', () => {
    for (const roles of [['editor'], ['correspondent']]) {
      const message = publicTextRefusal(roles, live, findings)
      expect(message).toContain('caption now carries quoted speech "ordered the killings"')
      expect(message).toContain('3 "Shelling resumes in the north"')
      expect(message).toMatch(/correction of the story through the desk/)
      expect(message).toMatch(/have legal clear it/)
    }
  })

  it('lets legal and admins through: typing it is clearing it', () => {
    expect(publicTextRefusal(['legal'], live, findings)).toBeNull()
    expect(publicTextRefusal(['admin'], live, findings)).toBeNull()
  })

  it('lets a picture no live story shows through: the gate reads its caption at publish', () => {
    expect(publicTextRefusal(['editor'], { kind: 'picture', id: 7, stories: [] }, findings)).toBeNull()
  })

  it('a correspondent is public with or without a live story', () => {
    const bio = newLegalWords(CORRESPONDENT_PUBLIC_TEXT, {}, { bio: '"He is a war criminal," she told the BBC.' })
    expect(publicTextRefusal(['correspondent'], { kind: 'correspondent', id: 4, slug: 'jo-lane', stories: [] }, bio)).toContain('/people/jo-lane')
  })
})
