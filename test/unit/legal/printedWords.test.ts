import { readStory } from '../../../src/legal/readOfStory'
import { legalReadHash, legalReadText, storyParagraphs, type StoryCopy } from '../../../src/legal/storyText'

const body = (...paragraphs: string[]) => ({
  root: { type: 'root', children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text, format: 0, style: '' }] })) },
})

const picture = { id: 7, filename: 'road.jpg', filesize: 2048, focalX: 50, focalY: 50, caption: 'The road out of the city.', alt: 'A road', creditLine: 'Reuters/Ana Silva', credit: { organisation: 'Reuters', creatorName: 'Ana Silva' }, rights: { usageTerms: 'Editorial use only' } }

const copy: StoryCopy = {
  headline: 'Council meets in private',
  standfirst: 'The meeting lasted an hour.',
  body: body('Shelling resumed at first light.'),
  dateline: 'LISBON',
  tags: ['Courts', 'Lisbon'],
  slug: 'council-meets-in-private',
  corrections: [{ text: 'An earlier version misspelled the road.' }],
  pictures: [picture],
}

describe('what legal reads: every word printed with the story', () => {
  it('labels each line printed outside the story’s own text, in order', () => {
    expect(legalReadText(copy).split('\n')).toEqual([
      'Council meets in private',
      'The meeting lasted an hour.',
      'Shelling resumed at first light.',
      'Dateline: LISBON',
      'Tag: Courts',
      'Tag: Lisbon',
      'Correction: An earlier version misspelled the road.',
      'Address: council-meets-in-private',
      'Picture: 7 (road.jpg, 2048 bytes, cut around 50%/50%)',
      'Caption: The road out of the city.',
      'Alt text: A road',
      'Credit: Reuters/Ana Silva',
      'Credit (organisation): Reuters',
      'Credit (creator): Ana Silva',
      'Usage terms: Editorial use only',
    ])
  })

  it('the passage finder reads the words, not the file or the address; a slug made from the headline adds nothing', () => {
    const read = storyParagraphs(copy)
    expect(read).toContain('Courts')
    expect(read).toContain('The road out of the city.')
    expect(read.some((line) => line.includes('road.jpg') || line.includes('council-meets-in-private'))).toBe(false)
  })

  it('a slug that says what the headline does not is read as a sentence, names in the case the story prints them', () => {
    const typed = { ...copy, body: body('Tom Reyes met the council.'), slug: 'tom-reyes-is-accused-of-fraud' }
    expect(storyParagraphs(typed)).toContain('Tom Reyes is accused of fraud.')
    expect(readStory(typed).passages.length).toBeGreaterThan(0)
    expect(legalReadText(typed)).not.toContain('Tom Reyes is accused of fraud.')
  })

  it.each<[string, StoryCopy]>([
    ['a tag', { ...copy, tags: ['Courts', 'Fraud'] }],
    ['the dateline', { ...copy, dateline: 'PORTO' }],
    ['a correction note', { ...copy, corrections: [...copy.corrections!, { text: 'Adds a line.' }] }],
    ['the slug', { ...copy, slug: 'council-meets' }],
    ['another picture', { ...copy, pictures: [{ ...picture, id: 8 }] }],
    ['the same picture with a new file', { ...copy, pictures: [{ ...picture, filename: 'road-1.jpg' }] }],
    ['its focal point', { ...copy, pictures: [{ ...picture, focalX: 10 }] }],
    ['its caption', { ...copy, pictures: [{ ...picture, caption: 'Tom Reyes on the road.' }] }],
    ['its alt text', { ...copy, pictures: [{ ...picture, alt: 'Tom Reyes' }] }],
    ['its credit', { ...copy, pictures: [{ ...picture, creditLine: 'AP' }] }],
    ['its usage terms', { ...copy, pictures: [{ ...picture, rights: { usageTerms: null } }] }],
    ['the order of the pictures', { ...copy, pictures: [{ ...picture, id: 8 }, picture] }],
  ])('%s changes the hash legal approved', (_label, changed) => {
    expect(legalReadHash(legalReadText(changed))).not.toBe(legalReadHash(legalReadText(copy)))
  })

  it('the same words read twice give the same hash; a copy without the new parts reads as before', () => {
    expect(legalReadHash(legalReadText({ ...copy }))).toBe(legalReadHash(legalReadText(copy)))
    expect(legalReadText({ headline: 'Only a headline' })).toBe('Only a headline')
  })
})
