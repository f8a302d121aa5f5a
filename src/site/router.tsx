import type { ReactNode } from 'react'
import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import { z } from 'zod'

import type { Env } from '../config/env'
import { publicCacheControl } from '../delivery/cacheHeaders'
import { ifNoneMatchHits, strongEtag } from '../delivery/etag'
import { createDatelineClient, DatelineApiError, type DatelineClient } from '../public'
import { HomePage, PersonPage, ProblemPage, StoryPageView, type Pager, type SiteUrls } from './pages'
import { renderPage } from './render'
import { selfOrigin } from './selfOrigin'

export type SiteDeps = {
  env: Env
  /** The API the site reads; by default the instance serving the request, over loopback HTTP. */
  apiOrigin?: (req: Request) => string
  /** Where a failure of the API behind a page is reported. */
  logError?: (error: unknown) => void
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

type Sent = { status: number; element: ReactNode; cache: 'public' | 'none' }

/**
 * The reader site: `/`, `/stories/:slug`, `/people/:slug`, server-rendered HTML that needs no
 * script to read. Every page is built from the public API over HTTP through the exported client.
 */
export function siteRouter({ env, apiOrigin = selfOrigin, logError = () => {} }: SiteDeps): Router {
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
    } else {
      res.setHeader('Cache-Control', 'no-store')
    }
    res.send(html)
  }

  const problem = (req: Request, res: Response, status: number, title: string, message: string): void =>
    send(req, res, { status, cache: 'none', element: <ProblemPage title={title} message={message} urls={urls} /> })

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

  // A page address that is none of the above and not the admin's, the API's or a file: the 404 page.
  router.get(/^\/(?!admin(?:\/|$)|api(?:\/|$)|_next\/)(?:[^.]*)$/, (req, res) => notFound(req, res))

  // Bytes that do not decode (`%E0%A4%A`) make the router fail before a handler runs: no such page.
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (error instanceof URIError || (error as { status?: number } | null)?.status === 400) return notFound(req, res)
    if (res.headersSent) return next(error)
    // The API behind the page failed: the reader gets a page saying so, the log gets the error.
    logError(error)
    problem(req, res, 502, 'Something went wrong', 'The story could not be loaded just now. Please try again in a moment.')
  })

  return router
}
