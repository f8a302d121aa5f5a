import type { Actor, GateInput, GateMedia, GateQuote, TransitionInput } from '../../../src/workflow'

export const NOW = new Date('2025-03-07T12:00:00.000Z')
export const TOMORROW = '2025-03-08T06:00:00Z'

export const quote = (over: Partial<GateQuote> = {}): GateQuote => ({
  id: 'q1',
  text: 'Now is the time for Jihad',
  sensitive: true,
  legalStatus: 'approved',
  approvedHash: 'h1',
  currentHash: 'h1',
  ...over,
})

export const image = (over: Partial<GateMedia> = {}): GateMedia => ({
  id: 'm1',
  caption: 'Smoke rises over Raqqa',
  filename: 'raqqa-01.jpg',
  mimeType: 'image/jpeg',
  alt: 'Smoke over a ruined street',
  creditLine: 'ITV News/Sean Swan',
  rightsExpiresAt: null,
  ...over,
})

/** A dispatch that may publish: no hold, a byline, cleared quotes, complete media. */
export const cleanGate = (over: Partial<GateInput> = {}): GateInput => ({
  legalHold: { active: false, reason: null },
  byline: [{ correspondent: 1, role: 'reporter' }],
  quotes: [quote(), quote({ id: 'q2', text: 'Yes', sensitive: false, legalStatus: 'not_required', approvedHash: null, currentHash: 'x' })],
  media: [image()],
  legalRead: { dispatchId: 'd1', required: false, passages: [], status: 'not_required', approvedHash: null, currentHash: 'text-hash' },
  ...over,
})

export const actor = (roles: string[], owns = false): Actor => ({ id: 7, roles, owns })

/** A request that passes every check but the ones a test changes. */
export const request = (over: Partial<TransitionInput> & Pick<TransitionInput, 'from' | 'to'>): TransitionInput => ({
  actor: actor(['editor']),
  note: 'Checked with the bureau',
  embargoUntil: over.to === 'scheduled' ? TOMORROW : undefined,
  now: NOW,
  gate: cleanGate(),
  ...over,
})

/** Runs fn and returns the thrown error's code and status, or 'ok'. */
export function outcome(fn: () => unknown): 'ok' | { code: string; status: number } {
  try {
    fn()
    return 'ok'
  } catch (error) {
    const e = error as { code?: string; httpStatus?: number }
    if (!e.code) throw error
    return { code: e.code, status: e.httpStatus ?? -1 }
  }
}
