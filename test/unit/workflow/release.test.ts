import { decideScheduledRelease } from '../../../src/workflow'
import { cleanGate, image, NOW, quote } from './builders'

const EMBARGO = '2025-03-07T11:00:00Z' // an hour before NOW

describe('decideScheduledRelease (the embargo job)', () => {
  it.each([
    ['embargo passed, gate clean', { embargoUntil: EMBARGO }, { outcome: 'publish', to: 'published', publishes: true }],
    ['embargo lifts this instant', { embargoUntil: NOW.toISOString() }, { outcome: 'publish', to: 'published', publishes: true }],
    ['embargo as a Date', { embargoUntil: new Date(EMBARGO) }, { outcome: 'publish', to: 'published', publishes: true }],
    ['too early', { embargoUntil: '2025-03-07T13:00:00Z' }, { outcome: 'wait', until: new Date('2025-03-07T13:00:00Z') }],
    ['unscheduled meanwhile', { status: 'approved', embargoUntil: EMBARGO }, { outcome: 'skip' }],
    ['withdrawn meanwhile', { status: 'withdrawn', embargoUntil: EMBARGO }, { outcome: 'skip' }],
    ['queued for this embargo', { embargoUntil: EMBARGO, queuedFor: '2025-03-07T11:00:00.000Z' }, { outcome: 'publish', to: 'published', publishes: true }],
    ['queued for an earlier scheduling (rescheduled since)', { embargoUntil: EMBARGO, queuedFor: '2025-03-07T10:00:00Z' }, { outcome: 'skip' }],
    ['queued, then unscheduled (no embargo now)', { status: 'approved', embargoUntil: null, queuedFor: EMBARGO }, { outcome: 'skip' }],
    ['queued for a scheduling whose embargo is gone', { embargoUntil: null, queuedFor: EMBARGO }, { outcome: 'skip' }],
  ] as const)('%s', (_label, over, expected) => {
    expect(decideScheduledRelease({ status: 'scheduled', now: NOW, gate: cleanGate(), ...over })).toEqual(expected)
  })

  it.each([[null], [undefined], ['next week'], [new Date(Number.NaN)]])('an unreadable embargo %p goes back to approved', (embargoUntil) => {
    expect(decideScheduledRelease({ status: 'scheduled', embargoUntil, now: NOW, gate: cleanGate() })).toEqual({
      outcome: 'return_to_approved',
      to: 'approved',
      message: 'The scheduled dispatch has no readable embargo',
      reasons: [],
    })
  })

  it('re-runs the gate: a hold placed or a quote edited since scheduling sends the story back, with the reasons', () => {
    const gate = cleanGate({ legalHold: { active: true, reason: 'Letter from lawyers' }, quotes: [quote({ currentHash: 'edited' })] })
    const decision = decideScheduledRelease({ status: 'scheduled', embargoUntil: EMBARGO, now: NOW, gate })
    expect(decision).toEqual({
      outcome: 'return_to_approved',
      to: 'approved',
      message:
        'The scheduled dispatch did not go out: The dispatch is under a legal hold: Letter from lawyers; ' +
        'Quote "Now is the time for Jihad" has changed since legal approved it',
      reasons: [
        { code: 'LEGAL_HOLD', message: 'The dispatch is under a legal hold: Letter from lawyers' },
        { code: 'QUOTE_NOT_CLEARED', message: 'Quote "Now is the time for Jihad" has changed since legal approved it', subject: { kind: 'quote', id: 'q1' } },
      ],
    })
  })

  it('judges rights at the moment of release', () => {
    const gate = cleanGate({ media: [image({ rightsExpiresAt: '2025-03-07T11:30:00Z' })] })
    expect(decideScheduledRelease({ status: 'scheduled', embargoUntil: EMBARGO, now: NOW, gate }).outcome).toBe('return_to_approved')
  })
})
