/**
 * What the admin says when a save or autosave of the form is refused. Payload's form shows a
 * refusal only as a passing toast (and its autosave keeps saying "Last saved"), so the dispatch
 * form watches its own writes and keeps the reason on screen. Plain functions, unit-tested.
 */

export type SaveRefusal = { kind: 'stale' | 'locked' | 'refused'; message: string }

type ErrorEntry = {
  code?: unknown
  message?: unknown
  data?: unknown
  details?: unknown
  savedBy?: unknown
  savedAt?: unknown
}

type Who = { name?: unknown; email?: unknown } | string | null | undefined

const whoOf = (value: Who): string | null => {
  if (typeof value === 'string') return value.trim() || null
  if (value && typeof value === 'object') {
    const name = typeof value.name === 'string' ? value.name.trim() : ''
    const email = typeof value.email === 'string' ? value.email.trim() : ''
    return name || email || null
  }
  return null
}

const time = (iso: unknown): string | null => {
  if (typeof iso !== 'string') return null
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? null : at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
}

/** Returns the first error entry of an API error body, whichever of Payload's shapes it has. */
function firstError(body: unknown): ErrorEntry | null {
  if (!body || typeof body !== 'object') return null
  const errors = (body as { errors?: unknown }).errors
  if (Array.isArray(errors) && errors[0] && typeof errors[0] === 'object') return errors[0] as ErrorEntry
  return body as ErrorEntry
}

/**
 * Returns what to tell the user about a refused write of the document they are editing, or null
 * for an answer that is not a refusal of the whole save (a field error stays Payload's to show).
 * STALE_VERSION: someone saved after this form was loaded ("Saved by Ana Lopez at 14:05 after you
 * opened this — reload to see their changes"); COPY_LOCKED (403): the copy is not theirs to change
 * in its status.
 */
export function saveRefusalOf(status: number, body: unknown): SaveRefusal | null {
  const error = firstError(body)
  // Payload's APIError carries the code in `data`; Dateline's own errors at the top of the entry.
  const data = (error?.data && typeof error.data === 'object' ? error.data : null) as { code?: unknown } | null
  const code = typeof error?.code === 'string' ? error.code : typeof data?.code === 'string' ? data.code : null
  const serverMessage = typeof error?.message === 'string' && error.message.trim() ? error.message.trim() : null
  if (status === 409 && code === 'STALE_VERSION') {
    const details = (error?.data ?? error?.details ?? error) as { savedBy?: Who; savedAt?: unknown; updatedAt?: unknown; by?: Who }
    const who = whoOf(details.savedBy ?? details.by) ?? 'someone else'
    const at = time(details.savedAt ?? details.updatedAt)
    return {
      kind: 'stale',
      message: `Saved by ${who}${at ? ` at ${at}` : ''} after you opened this — reload to see their changes. What you typed since is still in the form: copy it before reloading.`,
    }
  }
  if (status === 403 && code === 'COPY_LOCKED') {
    return { kind: 'locked', message: `Not saved: ${serverMessage ?? 'you may not change this copy now'}.`.replace(/\.\.$/, '.') }
  }
  if (status === 423) return { kind: 'locked', message: `Not saved: ${serverMessage ?? 'someone else is editing this document'}` }
  return null
}

/** Returns true when `url` with `method` writes the document `collection`/`id` (a save or an autosave). */
export function isDocumentWrite(url: string, method: string, apiRoute: string, collection: string, id: string | number): boolean {
  if (!['PATCH', 'POST', 'PUT'].includes(method.toUpperCase())) return false
  let path: string
  try {
    path = new URL(url, 'http://admin.invalid').pathname
  } catch {
    return false
  }
  return path === `${apiRoute}/${collection}/${String(id)}`
}
