import type { ReactNode } from 'react'
import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import { z } from 'zod'

import type { Env } from '../config/env'
import { publicCacheControl } from '../delivery/cacheHeaders'
import { ifNoneMatchHits, strongEtag } from '../delivery/etag'
import { createDatelineClient, DatelineApiError, type DatelineClient, type StoryPage } from '../public'
import type { Dispatch } from '../../payload-types'
import { toStoryPage, type StoryPage as ServerStoryPage } from '../delivery/storyPage'
import type { PreviewFile, PreviewOpening } from '../services/previewLinks'
import { HomePage, PersonPage, ProblemPage, StoryPageView, type Pager, type SiteUrls } from './pages'
import { LinkPreviewPage, StaffPreviewPage, type PreviewPassage, type PreviewQuote } from './preview'
import { renderPage } from './render'
import { selfOrigin } from './selfOrigin'

export type SiteDeps = {
  env: Env
  /** The API the site reads; by default the instance serving the request, over loopback HTTP. */
  apiOrigin?: (req: Request) => string
  /** Where a failure of the API behind a page is reported. */
  logError?: (error: unknown) => void
  /**
   * Opens a signed preview link: the one read that is not the public API, because the person
   * holding the link has no account to read the working copy with (src/services/previewLinks).
   */
  openPreviewLink?: (token: string) => Promise<PreviewOpening>
  /** Finds a picture file of a preview link's story (pictures of unpublished stories are not public). */
  previewLinkFile?: (token: string, filename: string) => Promise<PreviewFile>
}

/** A slug as Dateline makes them (letters, digits, `-`, `_`, `.`, `~`); anything else is not one. */
const SLUG = /^[\p{L}\p{N}\p{M}_.~-]{1,400}$/u

const homeQuery = z.object({
  page: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be 1 or more' })
    .max(100_000, { message: 'must be at most 100000' })
    .optional(),
  before: z.string().min(1, { message: 'must not be empty' }).max(500, { message: 'is too long' }).optional(),
})

export const HOME_PAGE_SIZE = 10

/** The server's mapper types `body` with Payload's `| undefined`; it gives null for a missing body. */
const asPublic = (page: ServerStoryPage): StoryPage => ({ ...page, body: page.body ?? null })

type Sent = { status: number; element: ReactNode; cache: 'public' | 'none' | 'private' }

/**
 * The reader site: `/`, `/stories/:slug`, `/people/:slug`, server-rendered HTML that needs no
 * script to read. Every page is built from the public API over HTTP through the exported client.
 */
export function siteRouter({ env, apiOrigin = selfOrigin, logError = () => {}, openPreviewLink, previewLinkFile }: SiteDeps): Router {
  const router = express.Router()
  const urls: SiteUrls = { site: env.PUBLIC_SITE_URL, api: env.SERVER_URL }
  const cacheControl = publicCacheControl(env.PUBLIC_CACHE_MAX_AGE, env.PUBLIC_CACHE_STALE_WHILE_REVALIDATE)
  const clientFor = (req: Request): DatelineClient => createDatelineClient(apiOrigin(req))

  const send = (req: Request, res: Response, { status, element, cache }: Sent): void => {
    const html = renderPage(element)
    res.status(status)
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (cache === 'public' && status === 200) {
      const etag = strongEtag(html)
      res.setHeader('ETag', etag)
      res.setHeader('Cache-Control', cacheControl)
      if (ifNoneMatchHits(req.headers['if-none-match'], etag)) {
        res.status(304).end()
        return
      }
    } else if (cache === 'private') {
      // A working copy: no cache keeps it, no search engine lists it, no Referer carries the link on.
      res.setHeader('Cache-Control', 'private, no-store')
      res.setHeader('X-Robots-Tag', 'noindex, nofollow')
      res.setHeader('Referrer-Policy', 'no-referrer')
      // Framed only by the admin's live preview (same origin), never by another site; a policy the
      // app already set for every page says so too, and is kept.
      if (!res.getHeader('Content-Security-Policy')) res.setHeader('Content-Security-Policy', "frame-ancestors 'self'")
    } else {
      res.setHeader('Cache-Control', 'no-store')
    }
    res.send(html)
  }

  const problem = (req: Request, res: Response, status: number, title: string, message: string, cache: Sent['cache'] = 'none'): void =>
    send(req, res, { status, cache, element: <ProblemPage title={title} message={message} urls={urls} /> })

  const notFound = (req: Request, res: Response): void =>
    problem(req, res, 404, 'Page not found', 'There is no page at this address. It may have moved, or it was never published.')

  /** A 400 from the API (a bad cursor, a page too deep) is the reader's; anything else is ours. */
  const apiProblem = (req: Request, res: Response, next: NextFunction, error: unknown): void => {
    if (error instanceof DatelineApiError && error.status === 400) {
      problem(req, res, 400, 'Bad request', error.message)
      return
    }
    next(error)
  }

  router.get('/', async (req, res, next) => {
    const parsed = homeQuery.safeParse({ page: req.query.page, before: req.query.before })
    if (!parsed.success || Array.isArray(req.query.page) || Array.isArray(req.query.before)) {
      const issues = parsed.success ? ['page and before may be given once each'] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
      problem(req, res, 400, 'Bad request', issues.join('; '))
      return
    }
    const { page = 1, before } = parsed.data
    try {
      const list = await clientFor(req).stories({ limit: HOME_PAGE_SIZE, page, before })
      const pager: Pager = {}
      if (list.nextCursor) pager.older = `/?before=${encodeURIComponent(list.nextCursor)}`
      else if (list.hasNextPage && list.nextPage) pager.older = `/?page=${list.nextPage}`
      if (before) pager.newer = '/'
      else if (page > 1) pager.newer = page === 2 ? '/' : `/?page=${page - 1}`
      const canonical = before ? `${urls.site}/?before=${encodeURIComponent(before)}` : page > 1 ? `${urls.site}/?page=${page}` : `${urls.site}/`
      send(req, res, { status: 200, cache: 'public', element: <HomePage stories={list.docs} pager={pager} urls={urls} canonical={canonical} /> })
    } catch (error) {
      apiProblem(req, res, next, error)
    }
  })

  router.get('/stories/:slug', async (req, res, next) => {
    const slug = String(req.params.slug)
    if (!SLUG.test(slug)) return notFound(req, res)
    try {
      const found = await clientFor(req).story(slug)
      if (found.status === 'live') {
        send(req, res, { status: 200, cache: 'public', element: <StoryPageView story={found.story} urls={urls} /> })
      } else if (found.status === 'withdrawn') {
        problem(req, res, 410, 'This story has been withdrawn', 'This story was published and has since been withdrawn by the newsroom. It is no longer available.')
      } else {
        notFound(req, res)
      }
    } catch (error) {
      next(error)
    }
  })

  router.get('/people/:slug', async (req, res, next) => {
    const slug = String(req.params.slug)
    if (!SLUG.test(slug)) return notFound(req, res)
    try {
      const person = await clientFor(req).correspondent(slug)
      if (!person) return notFound(req, res)
      send(req, res, { status: 200, cache: 'public', element: <PersonPage person={person} urls={urls} /> })
    } catch (error) {
      next(error)
    }
  })

  // Staff preview: the working copy in the story page, with the workflow panel's status and
  // blockers as a banner, read over HTTP with the staff member's own session or key.
  router.get('/preview/stories/:id', async (req, res, next) => {
    const id = String(req.params.id)
    if (!/^\d{1,15}$/.test(id)) return problem(req, res, 404, 'Page not found', `There is no dispatch ${id}.`, 'private')
    const headers: Record<string, string> = {}
    if (req.headers.cookie) headers.Cookie = req.headers.cookie
    if (req.headers.authorization) headers.Authorization = req.headers.authorization
    // Payload takes a session cookie only from a same-site request (its CSRF rule). The site's
    // read is a GET with no effect, made for the browser that asked: it passes on what that
    // browser said, and counts a page it navigated to (from a chat link, say) as its own.
    const site = req.headers['sec-fetch-site']
    if (site === 'same-origin' || site === 'same-site' || site === 'none' || req.headers['sec-fetch-mode'] === 'navigate') {
      headers['Sec-Fetch-Site'] = 'same-origin'
    }
    const client = createDatelineClient(apiOrigin(req), { headers })
    try {
      const [panel, doc, joined] = await Promise.all([client.workflow(id), client.workingCopy(id), client.quotesOf(id)])
      const quotes: PreviewQuote[] = joined.docs.flatMap((q) => {
        const quote = q as { id: number; text?: string; sensitive?: boolean; legal?: { status?: string } }
        return quote.text ? [{ id: quote.id, text: quote.text, sensitive: Boolean(quote.sensitive), legalStatus: quote.legal?.status ?? 'pending' }] : []
      })
      // The working copy as readers would get it once cleared: every quote, without legal's notes.
      const story = asPublic(
        toStoryPage({ ...(doc as unknown as Dispatch), quotes: { docs: joined.docs as never } }, env.SERVER_URL),
      )
      // The legal read: sentences outside quotes the detector flagged, and where legal's read stands.
      const legalRead = (doc as { legalRead?: { status?: string; passages?: unknown } }).legalRead
      const passages: PreviewPassage[] = (Array.isArray(legalRead?.passages) ? legalRead.passages : []).flatMap((p: unknown) => {
        const passage = p as { text?: unknown; reasons?: unknown }
        return typeof passage?.text === 'string'
          ? [{ text: passage.text, reasons: Array.isArray(passage.reasons) ? passage.reasons.map(String) : [], legalStatus: legalRead?.status ?? 'pending' }]
          : []
      })
      send(req, res, { status: 200, cache: 'private', element: <StaffPreviewPage story={story} panel={panel} quotes={quotes} passages={passages} urls={urls} /> })
    } catch (error) {
      if (error instanceof DatelineApiError && error.status === 401) {
        const login = `/admin/login?redirect=${encodeURIComponent(req.originalUrl)}`
        return send(req, res, {
          status: 401,
          cache: 'private',
          element: (
            <ProblemPage
              title="Sign in to preview"
              message="Previews of working copies are for newsroom staff. Sign in to the admin, then open this page again."
              action={{ href: login, label: 'Sign in' }}
              urls={urls}
            />
          ),
        })
      }
      if (error instanceof DatelineApiError && error.status === 403) return problem(req, res, 403, 'Not for this account', error.message, 'private')
      if (error instanceof DatelineApiError && error.status === 404) return problem(req, res, 404, 'Page not found', `There is no dispatch ${id} you may read.`, 'private')
      next(error)
    }
  })

  // A signed preview link, for someone without an account.
  router.get('/preview/links/:token', async (req, res, next) => {
    const token = String(req.params.token)
    if (!openPreviewLink) return notFound(req, res)
    try {
      const opened = /^[\w.-]{1,400}$/.test(token) ? await openPreviewLink(token) : ({ status: 'invalid' } as const)
      switch (opened.status) {
        case 'ok':
          return send(req, res, { status: 200, cache: 'private', element: <LinkPreviewPage story={asPublic(opened.story)} expiresAt={opened.expiresAt} urls={urls} /> })
        case 'invalid':
          return problem(req, res, 403, 'This preview link is not valid', 'The link is incomplete or has been altered. Ask the newsroom for a new one.', 'private')
        case 'revoked':
          return problem(req, res, 410, 'This preview link has been revoked', 'The newsroom has withdrawn this link. Ask them for a new one if you still need it.', 'private')
        case 'expired':
          return problem(req, res, 410, 'This preview link has expired', `It stopped working on ${opened.expiredAt.replace('T', ' ').slice(0, 16)} UTC. Ask the newsroom for a new one.`, 'private')
        default:
          return problem(req, res, 404, 'Page not found', 'The story this link showed no longer exists.', 'private')
      }
    } catch (error) {
      next(error)
    }
  })

  // The pictures of a preview link's story, for as long as the link works.
  router.get('/preview/links/:token/files/:filename', async (req, res, next) => {
    const token = String(req.params.token)
    const filename = String(req.params.filename)
    if (!previewLinkFile || !/^[\w.-]{1,400}$/.test(token)) return void res.status(403).setHeader('Cache-Control', 'private, no-store').end()
    try {
      const found = await previewLinkFile(token, filename)
      const status = { ok: 200, invalid: 403, revoked: 410, expired: 410, not_found: 404 }[found.status]
      res.setHeader('Cache-Control', 'private, no-store')
      res.setHeader('X-Robots-Tag', 'noindex, nofollow')
      if (found.status !== 'ok') return void res.status(status).end()
      res.sendFile(found.path, { dotfiles: 'deny' }, (error) => {
        if (error && !res.headersSent) res.status(404).end()
      })
    } catch (error) {
      next(error)
    }
  })

  // A page address that is none of the above and not the admin's, the API's or a file: the 404 page.
  router.get(/^\/(?!admin(?:\/|$)|api(?:\/|$)|_next\/)(?:[^.]*)$/, (req, res) => notFound(req, res))

  // Bytes that do not decode (`%E0%A4%A`) make the router fail before a handler runs: no such page.
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (error instanceof URIError || (error as { status?: number } | null)?.status === 400) {
      // A preview token that does not even decode is a bad link (403), like any other bad token.
      if (req.path.startsWith('/preview/links/')) {
        return problem(req, res, 403, 'This preview link is not valid', 'The link is incomplete or has been altered. Ask the newsroom for a new one.', 'private')
      }
      return notFound(req, res)
    }
    if (res.headersSent) return next(error)
    // The API behind the page failed: the reader gets a page saying so, the log gets the error.
    logError(error)
    problem(req, res, 502, 'Something went wrong', 'The story could not be loaded just now. Please try again in a moment.')
  })

  return router
}
