import { allowedMoves, decideTransition, isWorkflowStatus, WorkflowError } from '../../../src/workflow'
import { actor, cleanGate, image, NOW, outcome, quote, request, TOMORROW } from './builders'

const code = (fn: () => unknown) => {
  const result = outcome(fn)
  return result === 'ok' ? 'ok' : result.code
}

describe('correspondents act only on their own dispatches', () => {
  it.each([
    ['draft', true, 'ok'],
    ['draft', false, 'ROLE_NOT_ALLOWED'],
    ['changes_requested', true, 'ok'],
    ['changes_requested', false, 'ROLE_NOT_ALLOWED'],
  ] as const)('submit from %s, owns=%s: %s', (from, owns, expected) => {
    expect(code(() => decideTransition(request({ actor: actor(['correspondent'], owns), from, to: 'in_review' })))).toBe(expected)
  })

  it('says why a correspondent may not submit someone else’s dispatch', () => {
    expect(() => decideTransition(request({ actor: actor(['correspondent'], false), from: 'draft', to: 'in_review' }))).toThrow(
      'Correspondents may submit only their own dispatches',
    )
  })

  it.each([
    ['in_review', 'approved'],
    ['approved', 'in_review'],
    ['approved', 'published'],
    ['published', 'withdrawn'],
    ['published', 'in_review'],
    ['withdrawn', 'draft'],
  ] as const)('owning does not let a correspondent move %s → %s', (from, to) => {
    expect(code(() => decideTransition(request({ actor: actor(['correspondent'], true), from, to })))).toBe('ROLE_NOT_ALLOWED')
  })

  it.each([
    [['editor'], false],
    [['admin'], false],
    [['correspondent', 'editor'], false],
  ])('%j may submit a dispatch they do not own', (roles) => {
    expect(code(() => decideTransition(request({ actor: actor(roles, false), from: 'draft', to: 'in_review' })))).toBe('ok')
  })

  it.each([[[]], [['frontend', 'legal']], [['superuser']]])('roles %j may not submit', (roles) => {
    expect(code(() => decideTransition(request({ actor: actor(roles, true), from: 'draft', to: 'in_review' })))).toBe('ROLE_NOT_ALLOWED')
  })
})

describe('notes', () => {
  it.each([
    ['in_review', 'changes_requested', 'request_changes'],
    ['published', 'withdrawn', 'withdraw'],
    ['scheduled', 'withdrawn', 'withdraw'],
    ['published', 'in_review', 'correct'],
  ] as const)('%s → %s (%s) needs a note', (from, to, _action) => {
    for (const note of [undefined, null, '', '   \n']) {
      const result = outcome(() => decideTransition(request({ from, to, note })))
      expect(result).toEqual({ code: 'NOTE_REQUIRED', status: 400 })
    }
    expect(code(() => decideTransition(request({ from, to, note: 'Second source withdrew' })))).toBe('ok')
  })

  it.each([
    ['draft', 'in_review'],
    ['in_review', 'approved'],
    ['approved', 'in_review'],
    ['approved', 'published'],
    ['approved', 'scheduled'],
    ['scheduled', 'approved'],
    ['withdrawn', 'draft'],
  ] as const)('%s → %s needs no note', (from, to) => {
    expect(code(() => decideTransition(request({ from, to, note: undefined })))).toBe('ok')
  })

  it('passes the note on trimmed', () => {
    expect(decideTransition(request({ from: 'in_review', to: 'changes_requested', note: '  Too long \n' })).note).toBe('Too long')
  })

  it('the correction note becomes the correction text', () => {
    const decision = decideTransition(
      request({ from: 'published', to: 'in_review', note: ' An earlier version misnamed the town. ' }),
    )
    expect(decision).toMatchObject({ action: 'correct', correction: 'An earlier version misnamed the town.' })
  })

  it('other moves carry no correction', () => {
    expect(decideTransition(request({ from: 'in_review', to: 'changes_requested' })).correction).toBeUndefined()
  })

  it('asks for the correction text when it is missing', () => {
    expect(() => decideTransition(request({ from: 'published', to: 'in_review', note: '' }))).toThrow('correction text')
  })
})

describe('embargo', () => {
  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['not a date', 'tomorrow morning'],
    ['no time zone', '2025-03-08T06:00:00'],
    ['date only', '2025-03-08'],
    ['impossible day', '2025-02-30T06:00:00Z'],
    ['impossible hour', '2025-03-08T24:00:00Z'],
    ['in the past', '2025-03-06T06:00:00Z'],
    ['exactly now', NOW.toISOString()],
  ])('scheduling with an embargo %s is refused (%p)', (_label, embargoUntil) => {
    const result = outcome(() => decideTransition(request({ from: 'approved', to: 'scheduled', embargoUntil })))
    expect(result).toEqual({ code: 'EMBARGO_INVALID', status: 400 })
  })

  it.each([
    [TOMORROW, '2025-03-08T06:00:00.000Z'],
    ['2025-03-07T12:00:01Z', '2025-03-07T12:00:01.000Z'],
    ['2025-03-08T09:00+03:00', '2025-03-08T06:00:00.000Z'],
    ['2025-03-08T06:00:00.250z', '2025-03-08T06:00:00.250Z'],
  ])('a future embargo %s is returned as a date', (embargoUntil, iso) => {
    const decision = decideTransition(request({ from: 'approved', to: 'scheduled', embargoUntil }))
    expect(decision).toMatchObject({ action: 'schedule', to: 'scheduled', publishes: false })
    expect(decision.embargoUntil?.toISOString()).toBe(iso)
  })

  it.each([
    ['approved', 'published'],
    ['in_review', 'approved'],
    ['draft', 'in_review'],
  ] as const)('an embargo on %s → %s is refused, not ignored', (from, to) => {
    expect(code(() => decideTransition(request({ from, to, embargoUntil: TOMORROW })))).toBe('EMBARGO_INVALID')
  })

  it('a null embargo on other moves is no embargo', () => {
    expect(code(() => decideTransition(request({ from: 'approved', to: 'published', embargoUntil: null })))).toBe('ok')
  })
})

describe('order of checks', () => {
  const held = cleanGate({ legalHold: { active: true, reason: 'Injunction' } })
  it.each([
    ['unknown move beats role', { actor: actor(['frontend']), from: 'draft', to: 'published' }, 'TRANSITION_NOT_ALLOWED'],
    ['role beats note', { actor: actor(['correspondent'], true), from: 'in_review', to: 'changes_requested', note: '' }, 'ROLE_NOT_ALLOWED'],
    ['not owning beats note', { actor: actor(['correspondent'], false), from: 'draft', to: 'in_review' }, 'ROLE_NOT_ALLOWED'],
    ['note beats embargo', { from: 'published', to: 'withdrawn', note: '', embargoUntil: 'garbage' }, 'NOTE_REQUIRED'],
    ['embargo beats gate', { from: 'approved', to: 'scheduled', embargoUntil: 'garbage', gate: held }, 'EMBARGO_INVALID'],
    ['role beats gate', { actor: actor(['legal']), from: 'approved', to: 'published', gate: held }, 'ROLE_NOT_ALLOWED'],
    ['gate comes last', { from: 'approved', to: 'published', gate: held }, 'LEGAL_HOLD'],
  ] as const)('%s', (_label, over, expected) => {
    expect(code(() => decideTransition(request(over)))).toBe(expected)
  })
})

describe('the publish gate inside a move', () => {
  it.each([['published'], ['scheduled']] as const)('approved → %s refuses with every reason', (to) => {
    const gate = cleanGate({ byline: [], quotes: [quote({ legalStatus: 'pending' })] })
    let error: unknown
    try {
      decideTransition(request({ from: 'approved', to, gate }))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(WorkflowError)
    expect(error).toMatchObject({ code: 'QUOTE_NOT_CLEARED', httpStatus: 409 })
    expect((error as WorkflowError).reasons.map((r) => r.code)).toEqual(['QUOTE_NOT_CLEARED', 'BYLINE_EMPTY'])
  })

  it.each([
    ['in_review', 'approved'],
    ['published', 'withdrawn'],
    ['scheduled', 'approved'],
    ['published', 'in_review'],
  ] as const)('%s → %s does not run the gate (a legal hold must not block taking a story down)', (from, to) => {
    const gate = cleanGate({ legalHold: { active: true }, byline: [] })
    expect(code(() => decideTransition(request({ from, to, gate })))).toBe('ok')
  })

  it('scheduling judges media rights as of the embargo, not as of now', () => {
    const media = [image({ rightsExpiresAt: '2025-03-07T18:00:00Z' })]
    expect(code(() => decideTransition(request({ from: 'approved', to: 'published', gate: cleanGate({ media }) })))).toBe('ok')
    expect(code(() => decideTransition(request({ from: 'approved', to: 'scheduled', gate: cleanGate({ media }) })))).toBe(
      'MEDIA_NOT_READY',
    )
  })

  it('never publishes when the caller forgot the gate input', () => {
    expect(() => decideTransition(request({ from: 'approved', to: 'published', gate: undefined }))).toThrow('no gate input')
    expect(() => decideTransition(request({ from: 'approved', to: 'scheduled', gate: undefined }))).toThrow('no gate input')
  })

  it('moves without the gate need no gate input', () => {
    expect(code(() => decideTransition(request({ from: 'draft', to: 'in_review', gate: undefined })))).toBe('ok')
  })
})

describe('malformed and stale requests', () => {
  it.each([['published '], ['PUBLISHED'], [''], [null], [42]])('target %p is INVALID_REQUEST', (to) => {
    const result = outcome(() => decideTransition(request({ from: 'approved', to: to as never })))
    expect(result).toEqual({ code: 'INVALID_REQUEST', status: 400 })
  })

  it('a stored status outside the workflow is INVALID_REQUEST', () => {
    expect(code(() => decideTransition(request({ from: 'live' as never, to: 'published' })))).toBe('INVALID_REQUEST')
  })

  it('a move chosen on a stale view is STALE_STATE', () => {
    const result = outcome(() => decideTransition(request({ from: 'published', expectedFrom: 'approved', to: 'published' })))
    expect(result).toEqual({ code: 'STALE_STATE', status: 409 })
    expect(code(() => decideTransition(request({ from: 'approved', expectedFrom: 'approved', to: 'published' })))).toBe('ok')
  })

  it('explains a move that does not exist', () => {
    expect(() => decideTransition(request({ from: 'draft', to: 'published' }))).toThrow(
      'A dispatch cannot go from draft to published; from draft it can go to in review',
    )
    expect(() => decideTransition(request({ from: 'published', to: 'published' }))).toThrow('already published')
  })
})

describe('allowedMoves (the admin’s buttons)', () => {
  it.each([
    [['editor'], false, 'approved', ['resubmit', 'publish', 'schedule']],
    [['admin'], false, 'published', ['withdraw', 'correct']],
    [['legal'], false, 'published', ['withdraw']],
    [['legal'], false, 'scheduled', ['withdraw']],
    [['legal'], false, 'withdrawn', []],
    [['correspondent'], true, 'draft', ['submit']],
    [['correspondent'], false, 'draft', []],
    [['correspondent'], true, 'in_review', []],
    [['frontend'], false, 'approved', []],
    [['editor'], false, 'in_review', ['request_changes', 'approve']],
    [['editor'], false, 'scheduled', ['unschedule', 'withdraw']],
    [['editor'], false, 'withdrawn', ['restore']],
  ] as const)('%j (owns=%s) in %s: %j', (roles, owns, from, actions) => {
    expect(allowedMoves(actor([...roles], owns), from).map((m) => m.action)).toEqual(actions)
  })

  it('says which buttons need a note or an embargo', () => {
    expect(allowedMoves(actor(['editor']), 'approved')).toEqual([
      { action: 'resubmit', to: 'in_review', needsNote: false, needsEmbargo: false, runsGate: false },
      { action: 'publish', to: 'published', needsNote: false, needsEmbargo: false, runsGate: true },
      { action: 'schedule', to: 'scheduled', needsNote: false, needsEmbargo: true, runsGate: true },
    ])
  })
})

describe('isWorkflowStatus', () => {
  it.each([
    ['draft', true],
    ['withdrawn', true],
    ['Draft', false],
    ['live', false],
    [null, false],
    [undefined, false],
    [3, false],
  ])('%p → %s', (value, expected) => {
    expect(isWorkflowStatus(value)).toBe(expected)
  })
})

describe('withdrawing a story whose correction is in progress', () => {
  it.each(['in_review', 'changes_requested', 'approved'] as const)(
    'from %s: allowed for legal when an earlier version is live, refused when none is',
    (from) => {
      const legal = actor(['legal'], false)
      const live = decideTransition(request({ actor: legal, from, to: 'withdrawn', note: 'Injunction', hasLiveCopy: true }))
      expect(live).toMatchObject({ action: 'withdraw', to: 'withdrawn', unpublishes: true })
      expect(code(() => decideTransition(request({ actor: legal, from, to: 'withdrawn', note: 'Injunction' })))).toBe('TRANSITION_NOT_ALLOWED')
    },
  )

  it('still needs a note and a role that may withdraw', () => {
    expect(code(() => decideTransition(request({ actor: actor(['legal'], false), from: 'in_review', to: 'withdrawn', note: undefined, hasLiveCopy: true })))).toBe('NOTE_REQUIRED')
    expect(code(() => decideTransition(request({ actor: actor(['correspondent'], true), from: 'in_review', to: 'withdrawn', note: 'x', hasLiveCopy: true })))).toBe('ROLE_NOT_ALLOWED')
  })

  it('does not withdraw twice', () => {
    expect(code(() => decideTransition(request({ from: 'withdrawn', to: 'withdrawn', note: 'again', hasLiveCopy: true })))).toBe('TRANSITION_NOT_ALLOWED')
  })
})
