import { decideTransition, WORKFLOW_STATUSES, type WorkflowStatus } from '../../../src/workflow'
import { actor, outcome, request } from './builders'

/**
 * Every role × from × to, against a table written by hand from DESIGN.md ("Roles", "Workflow"),
 * not derived from the implementation's MOVES. A pair missing here is not a move: 409 for all.
 * Correspondents act on their own dispatch in this table; ownership has its own tests.
 */
type Role = 'admin' | 'editor' | 'correspondent' | 'legal' | 'frontend'
type Expected = 'ok' | 403

const DESK_ONLY = { admin: 'ok', editor: 'ok', correspondent: 403, legal: 403, frontend: 403 } as const
const WITHDRAWERS = { admin: 'ok', editor: 'ok', correspondent: 403, legal: 'ok', frontend: 403 } as const

const EXPECTED: Record<string, Record<Role, Expected>> = {
  'draft → in_review': { admin: 'ok', editor: 'ok', correspondent: 'ok', legal: 403, frontend: 403 },
  'changes_requested → in_review': { admin: 'ok', editor: 'ok', correspondent: 'ok', legal: 403, frontend: 403 },
  'in_review → changes_requested': DESK_ONLY,
  'in_review → approved': DESK_ONLY,
  'approved → in_review': DESK_ONLY,
  'approved → published': DESK_ONLY,
  'approved → scheduled': DESK_ONLY,
  'scheduled → approved': DESK_ONLY,
  'published → withdrawn': WITHDRAWERS,
  'scheduled → withdrawn': WITHDRAWERS,
  'withdrawn → draft': DESK_ONLY,
  'published → in_review': DESK_ONLY,
}

const ROLES: Role[] = ['admin', 'editor', 'correspondent', 'legal', 'frontend']

const cases: Array<[Role, WorkflowStatus, WorkflowStatus, Expected | 409]> = []
for (const role of ROLES) {
  for (const from of WORKFLOW_STATUSES) {
    for (const to of WORKFLOW_STATUSES) {
      cases.push([role, from, to, EXPECTED[`${from} → ${to}`]?.[role] ?? 409])
    }
  }
}

const STATUS_OF = { 403: 'ROLE_NOT_ALLOWED', 409: 'TRANSITION_NOT_ALLOWED' } as const

describe('decideTransition: role × from × to', () => {
  it('covers all 245 combinations and every move in the table', () => {
    expect(cases).toHaveLength(5 * 7 * 7)
    expect(Object.keys(EXPECTED).every((key) => cases.some(([, f, t]) => `${f} → ${t}` === key))).toBe(true)
  })

  it.each(cases)('%s moving %s → %s: %s', (role, from, to, expected) => {
    const result = outcome(() => decideTransition(request({ actor: actor([role], true), from, to })))
    if (expected === 'ok') expect(result).toBe('ok')
    else expect(result).toEqual({ code: STATUS_OF[expected], status: expected })
  })
})

describe('decideTransition: what each move does', () => {
  // action, publishes (live copy replaced), unpublishes (live copy taken down)
  it.each([
    ['draft', 'in_review', 'submit', false, false],
    ['changes_requested', 'in_review', 'submit', false, false],
    ['in_review', 'changes_requested', 'request_changes', false, false],
    ['in_review', 'approved', 'approve', false, false],
    ['approved', 'in_review', 'resubmit', false, false],
    ['approved', 'published', 'publish', true, false],
    ['approved', 'scheduled', 'schedule', false, false],
    ['scheduled', 'approved', 'unschedule', false, false],
    ['published', 'withdrawn', 'withdraw', false, true],
    ['scheduled', 'withdrawn', 'withdraw', false, true],
    ['withdrawn', 'draft', 'restore', false, false],
    ['published', 'in_review', 'correct', false, false],
  ] as const)('%s → %s is %s (publishes=%s, unpublishes=%s)', (from, to, action, publishes, unpublishes) => {
    const decision = decideTransition(request({ actor: actor(['admin']), from, to }))
    expect(decision).toMatchObject({ ok: true, action, to, publishes, unpublishes })
    expect(decision.runsGate).toBe(action === 'publish' || action === 'schedule')
  })
})
