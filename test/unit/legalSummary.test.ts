import { legalStateLabel } from '../../src/quotes/legalSummary'

const q = (sensitive: boolean, legalStatus: string | null) => ({ sensitive, legalStatus })

describe('the legal state column', () => {
  it.each<[string, ReturnType<typeof q>[], string]>([
    ['no quotes', [], '—'],
    ['nothing sensitive', [q(false, 'not_required'), q(false, null)], '—'],
    ['all sensitive approved', [q(true, 'approved'), q(false, 'not_required')], 'cleared'],
    ['one pending', [q(true, 'approved'), q(true, 'pending')], '1 quote pending legal'],
    ['two pending', [q(true, 'pending'), q(true, 'pending'), q(false, null)], '2 quotes pending legal'],
    ['sensitive but never sent to legal counts as pending', [q(true, 'not_required'), q(true, null)], '2 quotes pending legal'],
    ['one rejected', [q(true, 'rejected'), q(true, 'approved')], '1 quote rejected by legal'],
    ['two rejected', [q(true, 'rejected'), q(true, 'rejected')], '2 quotes rejected by legal'],
    ['pending and rejected', [q(true, 'pending'), q(true, 'pending'), q(true, 'rejected')], '2 quotes pending legal, 1 rejected'],
  ])('%s', (_label, quotes, expected) => {
    expect(legalStateLabel(quotes)).toBe(expected)
  })
})
