import { nextLegalStatus, quoteHash, staleQuoteReview } from '../../src/quotes/legalState'

const aisha = { name: 'a woman calling herself Aisha', description: 'Isis bride', isAnonymous: true }

describe('quoteHash', () => {
  it('changes when the text or any part of the speaker changes', () => {
    const base = quoteHash('I see that by my eyes.', aisha)
    expect(quoteHash('I see that by my eyes.', { ...aisha })).toBe(base)
    expect(quoteHash('I saw that by my eyes.', aisha)).not.toBe(base)
    expect(quoteHash('I see that by my eyes.', { ...aisha, name: 'Aisha' })).not.toBe(base)
    expect(quoteHash('I see that by my eyes.', { ...aisha, isAnonymous: false })).not.toBe(base)
  })
})

describe('nextLegalStatus', () => {
  const h = quoteHash('text', aisha)
  const other = quoteHash('edited text', aisha)
  it.each([
    ['not sensitive', { sensitive: false, status: 'approved', hash: h, decidedHash: h }, 'not_required'],
    ['newly sensitive', { sensitive: true, status: 'not_required', hash: h, decidedHash: null }, 'pending'],
    ['approved and unchanged', { sensitive: true, status: 'approved', hash: h, decidedHash: h }, 'approved'],
    ['approved then edited', { sensitive: true, status: 'approved', hash: other, decidedHash: h }, 'pending'],
    ['rejected and unchanged', { sensitive: true, status: 'rejected', hash: h, decidedHash: h }, 'rejected'],
    ['rejected then edited', { sensitive: true, status: 'rejected', hash: other, decidedHash: h }, 'pending'],
    ['approved without a recorded hash', { sensitive: true, status: 'approved', hash: h, decidedHash: null }, 'pending'],
  ] as const)('%s', (_name, situation, expected) => {
    expect(nextLegalStatus(situation)).toBe(expected)
  })
})

describe('staleQuoteReview: a decision lands only on the quote legal read', () => {
  const quote = { id: 7, text: 'We executed every prisoner at dawn.', speaker: { name: 'a militia commander', description: null, isAnonymous: true } }
  const read = quoteHash(quote.text, quote.speaker)
  it('takes the hash of the quote as it stands', () => {
    expect(staleQuoteReview(quote, read)).toBeNull()
  })
  it.each([
    ['its words changed', { ...quote, text: 'We executed every prisoner and their children at dawn.' }],
    ['its speaker changed', { ...quote, speaker: { ...quote.speaker, name: 'Tom Reyes' } }],
    ['its description changed', { ...quote, speaker: { ...quote.speaker, description: 'the mayor of Lisbon' } }],
    ['the speaker is no longer anonymous', { ...quote, speaker: { ...quote.speaker, isAnonymous: false } }],
  ])('refuses REVIEW_STALE (409) when %s, naming the quote as it stands', (_name, now) => {
    const stale = staleQuoteReview(now, read)
    expect(stale).toMatchObject({ code: 'REVIEW_STALE', status: 409, details: { reviewed: read, current: quoteHash(now.text, now.speaker), quote: 7 } })
    expect(stale!.message).toContain(now.text)
  })
})
