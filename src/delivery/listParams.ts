/** A query parameter a client got wrong; the message names it. */
export class InvalidParameterError extends Error {
  readonly code = 'INVALID_PARAMETER'
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
    this.name = 'InvalidParameterError'
  }
}

const WHOLE = /^\d+$/
/** Payload's page size when a list read names none. */
const PAYLOAD_DEFAULT_LIMIT = 10

/**
 * Checks `page` and `limit` of a list read and returns the query to run. Both must be whole
 * numbers (a negative, fractional or non-numeric value throws, naming the parameter). For public
 * readers `limit` is clamped to `maxLimit` and `limit=0` (Payload: "everything") or
 * `pagination=false` become one page of `maxLimit`, so nobody can make the server read every row.
 * Nor skip past the first `maxOffset` results: the database walks every skipped row, so a public
 * `?page=50000` would cost a minute of CPU; deeper reading goes by date
 * (`where[publishedAt][less_than]=…`).
 */
export function checkListParams(params: URLSearchParams, maxLimit: number, clamp: boolean, maxOffset = Number.POSITIVE_INFINITY): URLSearchParams {
  const out = new URLSearchParams(params)
  for (const name of ['page', 'limit'] as const) {
    const values = params.getAll(name)
    if (values.length === 0) continue
    if (values.length > 1) throw new InvalidParameterError(name, `"${name}" is given more than once`)
    const value = values[0]
    if (!WHOLE.test(value)) throw new InvalidParameterError(name, `"${name}" must be a whole number of at least ${name === 'page' ? 1 : 0}, not "${value}"`)
    if (name === 'page' && Number(value) < 1) throw new InvalidParameterError(name, '"page" must be at least 1')
  }
  if (!clamp) return out
  const limit = params.get('limit')
  if (limit !== null && (Number(limit) === 0 || Number(limit) > maxLimit)) out.set('limit', String(maxLimit))
  if (params.has('pagination')) {
    out.delete('pagination')
    if (!out.has('limit')) out.set('limit', String(maxLimit))
  }
  const page = Number(out.get('page') ?? 1)
  const perPage = Number(out.get('limit') ?? PAYLOAD_DEFAULT_LIMIT)
  if ((page - 1) * perPage >= maxOffset) {
    throw new InvalidParameterError(
      'page',
      `"page" ${page} starts past the first ${maxOffset} results; page back by date instead, with where[publishedAt][less_than]=…`,
    )
  }
  return out
}
