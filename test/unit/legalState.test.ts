import { nextLegalStatus, quoteHash } from '../../src/quotes/legalState'

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
