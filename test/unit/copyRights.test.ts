import { statusLabel } from '../../src/lib/labels'
import { copyEditRefusal, WORKFLOW_STATUSES } from '../../src/workflow/copyRights'

describe('copyEditRefusal', () => {
  it.each(WORKFLOW_STATUSES.map((status) => [status]))('editors and admins may edit in %s', (status) => {
    expect(copyEditRefusal(['editor'], status)).toBeNull()
    expect(copyEditRefusal(['admin'], status)).toBeNull()
  })

  it.each([
    ['draft', true],
    ['changes_requested', true],
    ['in_review', false],
    ['approved', false],
    ['scheduled', false],
    ['published', false],
    ['withdrawn', false],
  ] as const)('a correspondent editing in %s: allowed=%s', (status, allowed) => {
    const refusal = copyEditRefusal(['correspondent'], status)
    expect(refusal === null).toBe(allowed)
    // Named in the desk's words, never as the stored value.
    if (!allowed) expect(refusal).toContain(statusLabel(status).toLowerCase())
    if (!allowed) expect(refusal).not.toMatch(/_/)
  })

  it.each([['legal'], ['frontend']])('%s may never edit copy', (role) => {
    expect(copyEditRefusal([role], 'draft')).toBe('Your role may not edit dispatch copy')
  })
})
