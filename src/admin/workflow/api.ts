/**
 * What the admin's workflow controls send and how they read the answers. Plain functions, no
 * React, so the request shapes and the messages a user sees are unit-tested.
 */
import type { OfferedMove, WorkflowPanelState } from '../../workflow/panel'

export type { OfferedMove, WorkflowPanelState }

/** What went wrong, as the user reads it: the API's message and, for the gate, every reason. */
export type Problem = { status: number; message: string; reasons: string[] }

type ErrorBody = { errors?: Array<{ message?: unknown; reasons?: Array<{ message?: unknown }> }> }

/** Returns the user-facing problem for a refused request, falling back to the HTTP status. */
export function problemOf(status: number, body: unknown): Problem {
  const first = (body as ErrorBody | null)?.errors?.[0]
  const message = typeof first?.message === 'string' && first.message.trim() ? first.message : `Dateline refused the request (HTTP ${status})`
  const reasons = (first?.reasons ?? []).map((r) => r.message).filter((m): m is string => typeof m === 'string')
  return { status, message, reasons }
}

export type TransitionBody = { to: string; expectedFrom: string; note?: string; embargoUntil?: string }

/**
 * Returns the body of POST /api/dispatches/:id/transition for a button press. `embargoLocal` is
 * the value of a datetime-local input (the browser's own time zone); it is sent as UTC ISO 8601
 * only when scheduling. Missing notes or embargoes are left for the server to refuse, so the user
 * reads one message from one place.
 */
export function transitionBody(move: Pick<OfferedMove, 'to' | 'needsEmbargo'>, seen: string, note: string, embargoLocal: string): TransitionBody {
  const body: TransitionBody = { to: move.to, expectedFrom: seen }
  if (note.trim()) body.note = note.trim()
  if (move.needsEmbargo && embargoLocal) {
    const at = new Date(embargoLocal)
    // An unreadable value goes as typed, so the server's message names it.
    body.embargoUntil = Number.isNaN(at.getTime()) ? embargoLocal : at.toISOString()
  }
  return body
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem }

/** Sends a JSON request with the admin's session cookie; never throws. */
export async function callApi<T>(url: string, init: { method: 'GET' | 'POST'; body?: unknown }): Promise<Result<T>> {
  try {
    const res = await fetch(url, {
      method: init.method,
      credentials: 'include',
      headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const body: unknown = await res.json().catch(() => null)
    return res.ok ? { ok: true, value: body as T } : { ok: false, problem: problemOf(res.status, body) }
  } catch {
    return { ok: false, problem: { status: 0, message: 'Dateline did not answer; check the connection and try again.', reasons: [] } }
  }
}

export { statusLabel } from '../../lib/labels'

type Blocker = { code: string; subject?: { kind: string; id: string | number } }

/**
 * Returns where a gate reason points: the quote's or picture's edit view, the byline field, the
 * hold control in the panel, or the Legal queue for the story's legal read; null when nothing does.
 */
export function blockerHref(blocker: Blocker, adminRoute: string, dispatchId: string | number): string | null {
  if (blocker.subject?.kind === 'quote') return `${adminRoute}/collections/quotes/${blocker.subject.id}`
  if (blocker.subject?.kind === 'media') return `${adminRoute}/collections/media-assets/${blocker.subject.id}`
  if (blocker.code === 'BYLINE_EMPTY') return '#field-byline'
  if (blocker.code === 'LEGAL_HOLD') return '#workflow-hold'
  if (blocker.code === 'LEGAL_READ_REQUIRED') return `${adminRoute}/legal-queue#story-${dispatchId}`
  return null
}

/** Returns the hold's reason as the gate printed it, or null when no hold is active. */
export function activeHoldReason(blockers: ReadonlyArray<{ code: string; message: string }>): string | null {
  const hold = blockers.find((b) => b.code === 'LEGAL_HOLD')
  if (!hold) return null
  const at = hold.message.indexOf(': ')
  return at >= 0 ? hold.message.slice(at + 2) : ''
}
