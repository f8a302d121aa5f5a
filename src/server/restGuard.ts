/**
 * The REST API's edge checks, before Payload's handler sees a request. Each refuses, with a 4xx
 * naming the problem, a request Payload would otherwise take into an operation that fails with
 * a 500 (or worse, misread):
 * - ids: Payload reads `/api/quotes/1%20OR%201%3D1` with parseFloat as quote 1; on SQLite and
 *   PostgreSQL an id is a whole positive number, anything else names no document (404);
 * - `/versions` of a collection that keeps none, and `/verify/:token` where verification is off
 *   (404: the route does not exist for it);
 * - `where` (src/lib/whereGuard.ts), `limit`, `page` and `depth` of any read;
 * - write bodies of Payload's own routes: JSON objects only (and multipart for uploads).
 * Routes are matched the way Payload matches them (custom endpoints first), so a custom
 * endpoint's own parameters (`/slug/:slug`, `/:id/transition`) are left to it.
 */
import type { RequestHandler } from 'express'
import type { Endpoint, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import * as qs from 'qs-esm'

import { numericIds } from '../db/view'
import { DatelineError, InvalidRequest } from '../errors/DatelineError'
import { checkWhere, InvalidWhereError } from '../lib/whereGuard'

/**
 * Returns the parameters when `pattern` (`/versions/:id`, `/access/:id?`) matches the path's
 * segments (split before decoding, as Payload matches them: `%2F` stays inside its segment).
 */
export function matchPath(pattern: string, have: string[]): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  for (let i = 0; i < Math.max(want.length, have.length); i += 1) {
    const part = want[i]
    const value = have[i]
    if (part === undefined) return null
    if (part.startsWith(':')) {
      const optional = part.endsWith('?')
      if (value === undefined) {
        if (optional) continue
        return null
      }
      params[part.slice(1, optional ? -1 : undefined)] = value
    } else if (part !== value) return null
  }
  return params
}

const WHOLE_ID = /^[1-9]\d{0,14}$/
/** A read can ask for at most this many documents at once (0 = Payload's "all" is kept). */
export const MAX_LIMIT = 100_000
const MAX_PAGE = 1_000_000
const MAX_DEPTH = 10

/** Payload's own write routes whose body becomes a document. */
const DOCUMENT_WRITES = new Set(['post /', 'patch /', 'patch /:id', 'put /:id', 'post /:id/duplicate'])

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new DatelineError('MALFORMED_URL', `The path segment "${segment.slice(0, 60)}" is not valid percent-encoded UTF-8`, 400)
  }
}

function checkNumber(name: string, raw: unknown, min: number, max: number): void {
  if (raw === undefined) return
  const text = Array.isArray(raw) ? null : typeof raw === 'string' ? raw : null
  if (text === null) throw new DatelineError('INVALID_PARAMETER', `"${name}" is given more than once or is not a number`, 400)
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new DatelineError('INVALID_PARAMETER', `"${name}" must be a whole number from ${min} to ${max}, not "${text.slice(0, 40)}"`, 400)
  }
}

type Matched = { endpoint: Endpoint; params: Record<string, string> }

function matchEndpoint(collection: SanitizedCollectionConfig, method: string, rest: string[]): Matched | null {
  for (const endpoint of collection.endpoints || []) {
    if (endpoint.method !== method) continue
    const params = matchPath(endpoint.path, rest)
    if (params) return { endpoint, params }
  }
  return null
}

/** The paths of Payload's own collection routes (collections/endpoints, auth, uploads). */
const PAYLOAD_PATHS = new Set([
  '/', '/:id', '/:id/duplicate', '/count', '/access/:id?', '/versions', '/versions/:id',
  '/access', '/:id/api-key/reveal', '/forgot-password', '/init', '/login', '/logout', '/me',
  '/refresh-token', '/first-register', '/reset-password', '/unlock', '/verify/:id',
  '/paste-url/:id?', '/file/:filename',
])

/** Builds the guard for a Payload instance (the collections as Payload sanitized them). */
export function restGuard(payload: Payload): RequestHandler {
  const numeric = numericIds(payload)
  const fieldsOf = (slug: string): FlattenedField[] | undefined => payload.collections[slug as keyof typeof payload.collections]?.config.flattenedFields

  return (req, res, next) => {
    try {
      const [pathname = '', search = ''] = req.originalUrl.split(/\?(.*)/s)
      const api = payload.config.routes.api
      if (!pathname.startsWith(`${api}/`)) return next()
      const segments = pathname.slice(api.length + 1).split('/')
      const slug = decode(segments[0] ?? '')
      const collection = payload.collections[slug as keyof typeof payload.collections]?.config
      if (!collection) return next()
      const rest = segments.slice(1).filter(Boolean).map(decode)
      // The admin reads long queries (a relationship field's options, the list) as a POST carrying
      // `X-Payload-HTTP-Method-Override: GET` and a form-encoded query; Payload answers it as the GET.
      const override = String(req.headers['x-payload-http-method-override'] ?? '').toUpperCase()
      const method = req.method === 'POST' && override === 'GET' ? 'get' : req.method.toLowerCase()
      const matched = matchEndpoint(collection, method, rest)
      if (!matched) return next()
      const { endpoint, params } = matched
      const own = PAYLOAD_PATHS.has(endpoint.path)

      if (own) checkDefaultRoute(collection, endpoint, params, numeric)
      checkQuery(collection, search, numeric, fieldsOf)
      if (own && DOCUMENT_WRITES.has(`${method} ${endpoint.path}`)) {
        checkWriteBody(collection, req.headers['content-type'], req.headers['content-length'], req.headers['transfer-encoding'])
        // The bridge checks the parsed body is an object (it reads the body; this does not). A
        // duplicate may come without a body; a create or an update may not.
        res.locals.documentWrite = endpoint.path === '/:id/duplicate' ? 'optional' : 'required'
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}

function checkDefaultRoute(collection: SanitizedCollectionConfig, endpoint: Endpoint, params: Record<string, string>, numeric: boolean): void {
  const singular = collection.slug
  if (endpoint.path.startsWith('/versions') && !collection.versions) {
    throw new DatelineError('NOT_FOUND', `${singular} keeps no versions`, 404)
  }
  if (endpoint.path === '/verify/:id') {
    if (!collection.auth?.verify) throw new DatelineError('NOT_FOUND', `Email verification is not used for ${singular}`, 404)
    return
  }
  const id = params.id
  if (id !== undefined && numeric && !WHOLE_ID.test(id)) {
    throw new DatelineError('NOT_FOUND', `No ${singular} with id "${id.slice(0, 40)}": ids are whole positive numbers`, 404)
  }
}

function checkQuery(
  collection: SanitizedCollectionConfig,
  search: string,
  numeric: boolean,
  fieldsOf: (slug: string) => FlattenedField[] | undefined,
): void {
  if (!search) return
  // Parsed exactly as Payload parses it (createPayloadRequest), so both see the same filter.
  const query = qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
  checkNumber('limit', query.limit, 0, MAX_LIMIT)
  checkNumber('page', query.page, 1, MAX_PAGE)
  checkNumber('depth', query.depth, 0, MAX_DEPTH)
  if ('where' in query) {
    try {
      checkWhere(query.where, collection.flattenedFields, { numericIds: numeric, related: fieldsOf })
    } catch (error) {
      if (error instanceof InvalidWhereError) throw new DatelineError('INVALID_QUERY', error.message, 400, { path: error.path })
      throw error
    }
  }
  if ('prefix' in query) {
    const hasPrefix = collection.flattenedFields.some((field) => field.name === 'prefix')
    if (!hasPrefix) throw new DatelineError('INVALID_PARAMETER', `"prefix" is not used by ${collection.slug}: its files have no prefix`, 400)
  }
  for (const name of ['sort', 'select', 'populate', 'joins'] as const) {
    const value = query[name]
    if (value === undefined) continue
    if (name === 'sort' ? !isSort(value) : !isSelection(value, 0)) {
      throw new DatelineError('INVALID_PARAMETER', name === 'sort' ? '"sort" must name fields, as sort=-publishedAt or sort=headline,-createdAt' : `"${name}" must be an object of field names, as ${name}[headline]=true`, 400)
    }
  }
}

const isSort = (value: unknown): boolean =>
  (typeof value === 'string' && value.length <= 500 && /^[-\w.,\s]*$/.test(value)) ||
  (Array.isArray(value) && value.length <= 20 && value.every((item) => typeof item === 'string' && /^-?[\w.]+$/.test(item)))

function isSelection(value: unknown, depth: number): boolean {
  if (depth > 5 || !value || typeof value !== 'object' || Array.isArray(value)) return false
  return Object.values(value).every((item) => item === 'true' || item === 'false' || item === true || item === false || isSelection(item, depth + 1))
}

function checkWriteBody(collection: SanitizedCollectionConfig, type: string | undefined, length: string | undefined, chunked: string | undefined): void {
  if (!type && (length === undefined || length === '0') && !chunked) return
  const mediaType = (type ?? '').split(';')[0]!.trim().toLowerCase()
  if (mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType)) return
  // The admin's edit form saves every collection as multipart/form-data (the document in a `_payload` field).
  if (mediaType === 'multipart/form-data') return
  throw new DatelineError(
    'UNSUPPORTED_MEDIA_TYPE',
    `Send the document as JSON (Content-Type: application/json), or as multipart/form-data with it in a "_payload" field${collection.upload ? ' beside its file' : ''}; got "${mediaType || 'no type'}"`,
    415,
  )
}

/** Refuses a JSON write body that is not an object (null, a string, a list). */
export function assertJsonObject(body: unknown): void {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidRequest(`The body must be a JSON object of fields, not ${body === null ? 'null' : Array.isArray(body) ? 'a list' : typeof body}`)
  }
}
