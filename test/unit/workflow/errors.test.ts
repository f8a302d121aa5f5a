import { WORKFLOW_ERROR_STATUS, WorkflowError } from '../../../src/workflow'

describe('WorkflowError', () => {
  // The contract with clients, written out: a code never changes its status.
  const CONTRACT = [
    ['TRANSITION_NOT_ALLOWED', 409],
    ['ROLE_NOT_ALLOWED', 403],
    ['NOTE_REQUIRED', 400],
    ['QUOTE_NOT_CLEARED', 409],
    ['LEGAL_HOLD', 409],
    ['MEDIA_NOT_READY', 409],
    ['BYLINE_EMPTY', 409],
    ['EMBARGO_INVALID', 400],
    ['STALE_STATE', 409],
    ['INVALID_REQUEST', 400],
    ['QUOTE_NOT_SENSITIVE', 409],
    ['LEGAL_READ_REQUIRED', 409],
    ['LEGAL_READ_NOT_REQUIRED', 409],
    ['NOT_FOUND', 404],
  ] as const

  it.each(CONTRACT)('%s answers %i', (code, status) => {
    const error = new WorkflowError(code, 'because')
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ name: 'WorkflowError', code, httpStatus: status, message: 'because', reasons: [] })
  })

  it('has no codes beyond the contract', () => {
    expect(Object.keys(WORKFLOW_ERROR_STATUS).sort()).toEqual(CONTRACT.map(([code]) => code).sort())
  })

  it('serialises to code, message and reasons, without a stack', () => {
    const reasons = [{ code: 'BYLINE_EMPTY', message: 'The dispatch has no byline' }] as const
    const json = JSON.parse(JSON.stringify(new WorkflowError('BYLINE_EMPTY', 'No byline', reasons)))
    expect(json).toEqual({ code: 'BYLINE_EMPTY', message: 'No byline', reasons })
  })
})
