import type { IncomingMessage, ServerResponse } from 'node:http'

import { versionTag } from '../concurrency/baseVersion'

/**
 * The Content-Security-Policy of every page Next.js serves (the admin, the reader site). Next.js streams its React payload in inline scripts
 * (`self.__next_f.push`) and Payload's admin sets inline styles, so both allow 'unsafe-inline';
 * nothing else: no script or style from another origin, no eval, no plugins, no framing by
 * another site, forms post only here. Live preview frames the reader site, which is same-origin.
 */
/**
 * Payload's admin shows JSON fields (a story's flagged passages, an audit row's gate) in the
 * Monaco editor, which its loader fetches from this one versioned path on jsDelivr; nothing else
 * there is allowed. (On a network without the internet those fields show as loading, as before.)
 */
export const MONACO_CDN = 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/min/'

export const ADMIN_CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' ${MONACO_CDN}`,
  `style-src 'self' 'unsafe-inline' ${MONACO_CDN}`,
  "img-src 'self' data: blob:",
  `font-src 'self' data: ${MONACO_CDN}`,
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

/** Everything that is not the admin (API JSON, files, feeds): nothing runs, nothing frames it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'self'; sandbox"

/**
 * Headers every answer carries, cached public reads included (set before anything else runs):
 * no MIME sniffing, no framing by other sites, no full URLs in Referer to other origins, and a
 * CSP (the admin's allows its own scripts; everything else runs nothing).
 */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, routes: { admin: string; api: string }): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  const under = (root: string): boolean => path === root || path.startsWith(`${root}/`)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'SAMEORIGIN')
  res.setHeader('Referrer-Policy', under(routes.admin) ? 'same-origin' : 'strict-origin-when-cross-origin')
  // The GraphQL playground (off in production) loads its page from a CDN: no CSP of ours fits it.
  if (path === `${routes.api}/graphql-playground`) return
  // Pages Next.js serves (the admin, its assets, the reader site) run their own scripts.
  res.setHeader('Content-Security-Policy', under(routes.api) || under('/feeds') ? API_CSP : ADMIN_CSP)
}

/** Collections whose documents are saved against a version (If-Match / updatedAt). */
const VERSIONED_READS = /^\/(dispatches|quotes|media-assets)\/(\d{1,15})$/

/**
 * Headers Dateline adds to Payload's answer to a GET: the version ETag on a document read of a
 * working-copy collection (what `If-Match` sends back on save), and `Content-Disposition:
 * attachment` on every stored file that is not an image, so a browser downloads it rather than
 * rendering it under this origin.
 */
export async function extraReadHeaders(apiPath: string, response: Response): Promise<Record<string, string>> {
  const headers: Record<string, string> = {}
  if (response.status !== 200) return headers
  if (apiPath.startsWith('/media-assets/file/')) {
    const type = response.headers.get('content-type') ?? ''
    if (!type.startsWith('image/')) {
      const name = decodeURIComponent(apiPath.slice('/media-assets/file/'.length)).replace(/["\\\r\n]/g, '_')
      headers['Content-Disposition'] = `attachment; filename="${name}"`
    }
    return headers
  }
  const read = VERSIONED_READS.exec(apiPath)
  if (read && !response.headers.has('etag') && (response.headers.get('content-type') ?? '').includes('json')) {
    const body = (await response.clone().json().catch(() => null)) as { id?: unknown; updatedAt?: unknown } | null
    if (body && String(body.id) === read[2] && typeof body.updatedAt === 'string') {
      headers.ETag = versionTag(read[2]!, body.updatedAt)
    }
  }
  return headers
}
