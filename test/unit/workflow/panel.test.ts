import { offeredMoves, workflowPanelState, type WorkflowStatus } from '../../../src/workflow'
import { copyEditability } from '../../../src/workflow/panel'
import { actor, cleanGate, NOW, quote } from './builders'

const actions = (roles: string[], from: WorkflowStatus, live = false, owns = false): string[] =>
  offeredMoves(actor(roles, owns), from, live).map((m) => m.action)

describe('the buttons the workflow panel offers', () => {
  it.each<[string, string[], boolean, WorkflowStatus, boolean, string[]]>([
    ['own correspondent, draft', ['correspondent'], true, 'draft', false, ['submit']],
    ['own correspondent, changes requested', ['correspondent'], true, 'changes_requested', false, ['submit']],
    ['other correspondent, draft', ['correspondent'], false, 'draft', false, []],
    ['own correspondent, in review', ['correspondent'], true, 'in_review', false, []],
    ['editor, in review', ['editor'], false, 'in_review', false, ['request_changes', 'approve']],
    ['editor, approved', ['editor'], false, 'approved', false, ['resubmit', 'publish', 'schedule']],
    ['editor, scheduled', ['editor'], false, 'scheduled', false, ['unschedule', 'withdraw']],
    ['editor, published', ['editor'], false, 'published', true, ['withdraw', 'correct']],
    ['editor, withdrawn', ['editor'], false, 'withdrawn', false, ['restore']],
    ['legal, in review', ['legal'], false, 'in_review', false, []],
    ['legal, published', ['legal'], false, 'published', true, ['withdraw']],
    ['legal, correction in review while live', ['legal'], false, 'in_review', true, ['withdraw']],
    ['editor, correction in review while live', ['editor'], false, 'in_review', true, ['request_changes', 'approve', 'withdraw']],
    ['correspondent, correction while live', ['correspondent'], true, 'in_review', true, []],
    ['frontend, published', ['frontend'], false, 'published', true, []],
    ['admin, withdrawn with nothing live', ['admin'], false, 'withdrawn', false, ['restore']],
  ])('%s', (_label, roles, owns, from, live, expected) => {
    expect(actions(roles, from, live, owns)).toEqual(expected)
  })

  it('labels every move and says which need a note or an embargo', () => {
    const moves = offeredMoves(actor(['editor']), 'approved', false)
    expect(moves.map((m) => m.label)).toEqual(['Back to review', 'Publish', 'Schedule'])
    expect(moves.find((m) => m.action === 'schedule')).toMatchObject({ needsEmbargo: true, runsGate: true })
    const sendBack = offeredMoves(actor(['editor']), 'in_review', false).find((m) => m.action === 'request_changes')
    expect(sendBack).toMatchObject({ needsNote: true, label: 'Request changes' })
  })
})

describe('the panel state', () => {
  it('lists every reason the gate gives, and none for a clean story', () => {
    const blocked = workflowPanelState({
      actor: actor(['editor']),
      status: 'approved',
      hasLiveCopy: false,
      now: NOW,
      gate: cleanGate({ legalHold: { active: true, reason: 'Injunction' }, byline: [], quotes: [quote({ legalStatus: 'pending' })] }),
    })
    expect(blocked.blockers.map((b) => b.message)).toEqual([
      'The dispatch is under a legal hold: Injunction',
      'Quote "Now is the time for Jihad" is pending legal review',
      'The dispatch has no byline',
    ])
    const clean = workflowPanelState({ actor: actor(['editor']), status: 'approved', hasLiveCopy: false, now: NOW, gate: cleanGate() })
    expect(clean).toMatchObject({ status: 'approved', hasLiveCopy: false, blockers: [] })
    expect(clean.moves.map((m) => m.action)).toEqual(['resubmit', 'publish', 'schedule'])
  })
})

describe('whether the form is editable', () => {
  it.each<[string[], WorkflowStatus, string | null]>([
    [['editor'], 'in_review', null],
    [['admin'], 'published', null],
    [['correspondent'], 'draft', null],
    [['correspondent'], 'changes_requested', null],
    [['correspondent'], 'in_review', 'In review — the desk is editing this story. You can read it; changes go through the desk.'],
    [['correspondent'], 'approved', 'Approved — the desk is editing this story. You can read it; changes go through the desk.'],
    [['correspondent'], 'published', 'Published — the desk looks after it now. You can read it; changes go through the desk.'],
    [['legal'], 'draft', 'Read only for legal: decide on its quotes in the Legal queue, or place a legal hold; the desk edits the copy.'],
  ])('%j in %s', (roles, status, notice) => {
    expect(copyEditability({ roles: roles as never }, status)).toEqual({ editable: notice === null, notice })
  })
})
