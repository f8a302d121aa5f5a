import { deletionRefusal, flagChange, flagsOf, loweredFlags, mergeFlags, ratchetRefusal, type QuoteFlags } from '../../../src/legal/ratchet'

const flags = (over: Partial<QuoteFlags> = {}): QuoteFlags => ({ sensitive: false, reasons: [], isAnonymous: false, identityNotes: '', ...over })
const pending = flags({ sensitive: true, reasons: ['violence', 'anonymous_source'], isAnonymous: true, identityNotes: 'W-17' })

describe('flagsOf', () => {
  it('reads absent values as their defaults and sorts reasons', () => {
    expect(flagsOf(null)).toEqual(flags())
    expect(flagsOf({ sensitive: true, sensitivityReasons: ['violence', 'allegation', 'violence'], speaker: { isAnonymous: true }, identityNotes: ' x ' })).toEqual(
      flags({ sensitive: true, reasons: ['allegation', 'violence'], isAnonymous: true, identityNotes: 'x' }),
    )
  })
})

describe('mergeFlags', () => {
  const stored = { sensitive: true, sensitivityReasons: ['violence' as const], speaker: { name: 'Aisha', isAnonymous: true }, identityNotes: 'W-17' }
  it.each([
    ['nothing sent keeps everything', {}, flagsOf(stored)],
    ['sensitive: false', { sensitive: false }, { ...flagsOf(stored), sensitive: false }],
    ['sensitive: null clears it', { sensitive: null }, { ...flagsOf(stored), sensitive: false }],
    ['reasons: null clears them', { sensitivityReasons: null }, { ...flagsOf(stored), reasons: [] }],
    ['reasons: [] clears them', { sensitivityReasons: [] }, { ...flagsOf(stored), reasons: [] }],
    ['a speaker without isAnonymous keeps it', { speaker: { name: 'A' } }, flagsOf(stored)],
    ['speaker: null clears it', { speaker: null }, { ...flagsOf(stored), isAnonymous: false }],
    ['identity notes: null clears them', { identityNotes: null }, { ...flagsOf(stored), identityNotes: '' }],
  ])('%s', (_name, update, expected) => {
    expect(mergeFlags(stored, update as never)).toEqual(expected)
  })
})

describe('ratchetRefusal', () => {
  const lowerings: Array<[string, QuoteFlags]> = [
    ['unmarking sensitive', { ...pending, sensitive: false }],
    ['removing a reason', { ...pending, reasons: ['violence'] }],
    ['removing every reason', { ...pending, reasons: [] }],
    ['naming the anonymous speaker', { ...pending, isAnonymous: false }],
  ]
  const raisings: Array<[string, QuoteFlags, QuoteFlags]> = [
    ['marking sensitive', flags(), flags({ sensitive: true })],
    ['adding a reason', pending, { ...pending, reasons: [...pending.reasons, 'minor'] }],
    ['marking the speaker anonymous', flags(), flags({ isAnonymous: true })],
    ['changing identity notes', pending, { ...pending, identityNotes: 'another' }],
    ['changing nothing', pending, pending],
  ]
  it.each(lowerings)('%s is refused to editors, correspondents and anyone without legal', (_name, after) => {
    for (const roles of [['editor'], ['correspondent'], ['frontend'], [], ['editor', 'correspondent']]) {
      expect(ratchetRefusal({ roles }, pending, after)).toMatch(/^Only legal may/)
    }
  })
  it.each(lowerings)('%s is open to legal and admins', (_name, after) => {
    expect(ratchetRefusal({ roles: ['legal'] }, pending, after)).toBeNull()
    expect(ratchetRefusal({ roles: ['admin'] }, pending, after)).toBeNull()
  })
  it.each(raisings)('%s is open to anyone who may edit', (_name, before, after) => {
    expect(ratchetRefusal({ roles: ['correspondent'] }, before, after)).toBeNull()
  })
  it('names every flag taken down', () => {
    expect(loweredFlags(pending, flags())).toEqual([
      'unmark it sensitive',
      'remove the reason "violence"',
      'remove the reason "anonymous_source"',
      'mark the speaker as no longer anonymous',
    ])
  })
})

describe('deletionRefusal', () => {
  it.each([
    [['editor'], pending, true],
    [['correspondent'], pending, true],
    [['legal'], pending, false],
    [['admin'], pending, false],
    [['editor'], flags(), false],
  ] as const)('%j deleting %j: refused %s', (roles, quote, refused) => {
    expect(deletionRefusal({ roles }, quote) !== null).toBe(refused)
  })
})

describe('flagChange', () => {
  it('records nothing when no flag changed, and nothing for a new quote without flags', () => {
    expect(flagChange(pending, pending)).toBeNull()
    expect(flagChange(null, flags())).toBeNull()
  })
  it('records a new flagged quote from nothing', () => {
    expect(flagChange(null, pending)).toEqual({
      before: null,
      after: { sensitive: true, reasons: ['violence', 'anonymous_source'], isAnonymous: true, hasIdentityNotes: true },
      changed: ['sensitive', 'sensitivityReasons', 'isAnonymous', 'identityNotes'],
    })
  })
  it('says identity notes changed without carrying their values', () => {
    const change = flagChange(pending, { ...pending, identityNotes: 'New name' })!
    expect(change.changed).toEqual(['identityNotes'])
    expect(JSON.stringify(change)).not.toContain('New name')
    expect(JSON.stringify(change)).not.toContain('W-17')
  })
  it('always records a deletion', () => {
    expect(flagChange(flags(), null)).toMatchObject({ before: { sensitive: false }, after: null })
  })
})
