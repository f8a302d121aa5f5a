import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Env } from '../config/env'
import { cacheKey } from '../delivery/cacheKey'
import { checkListParams } from '../delivery/listParams'
import { MAX_LIMIT } from './restGuard'
import { modelAnswersList, type ModelReads, type Produced } from './modelReads'

type Deps = {
  env: Env
  apiRoute: string
  model: ModelReads
  /** publicReads' `serveModel`: the cache, one shared model read per key, the same headers. */
  serveModel: (req: IncomingMessage, res: ServerResponse, key: string, produce: () => Promise<Produced>, before: () => void) => Promise<boolean>
  /** What the CORS middleware does first to every answer express sends. */
  applyCors: (req: IncomingMessage, res: ServerResponse) => unknown
}

/** The most `page` restGuard lets any read ask for. */
const MAX_PAGE = 1_000_000
const WHOLE = /^\d{1,15}$/
/** What a list route of the model takes; anything else (or twice) goes to express, which names it. */
const LIST_PARAMS = new Set(['limit', 'page', 'before', 'depth', 'sort'])

/**
 * Returns the query of a model list when restGuard would let it through and the model answers
 * it (checked and clamped as the express route does), else null. A refusal is never written
 * here: express writes it, so every 400 stays express's.
 */
function listQuery(params: URLSearchParams, env: Env): URLSearchParams | null {
  const seen = new Set<string>()
  for (const [name, value] of params) {
    if (!LIST_PARAMS.has(name) || seen.has(name)) return null
    seen.add(name)
    if (name === 'limit' && (!WHOLE.test(value) || Number(value) > MAX_LIMIT)) return null
    if (name === 'page' && (!WHOLE.test(value) || Number(value) < 1 || Number(value) > MAX_PAGE)) return null
  }
  let query: URLSearchParams
  try {
    query = checkListParams(params, env.PUBLIC_MAX_LIMIT, true, env.PUBLIC_MAX_OFFSET)
  } catch {
    return null
  }
  return modelAnswersList(query) ? query : null
}

/** Decodes one path segment as express decodes a route parameter, or null (express answers it). */
function segment(raw: string): string | null {
  if (!raw || raw.includes('/')) return null
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/**
 * The HTTP server's fast path for cold public reads: the read-model routes (story page, story
 * list, tag list, correspondent page, ninjs, feeds) are answered straight from the model,
 * before express's router and middleware, with the same bytes and headers the express routes
 * send (test/http/fastReads.test.ts asks both ways). Only anonymous GET/HEAD with no cookie and
 * no Authorization are taken, and only URLs whose every parameter the model route understands;
 * everything else — and any read the model refuses (a bad cursor) or fails — resolves false
 * having written nothing, and express answers it as before.
 */
export function fastReads({ env, apiRoute, model, serveModel, applyCors }: Deps) {
  const storyPrefix = `${apiRoute}/dispatches/slug/`
  const tagPrefix = `${apiRoute}/dispatches/tag/`
  const personPrefix = `${apiRoute}/correspondents/slug/`
  const ninjsPrefix = `${apiRoute}/ninjs/dispatches/`
  const listPath = `${apiRoute}/dispatches`

  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> | false => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.authorization !== undefined || req.headers.cookie !== undefined) return false
    const url = req.url ?? '/'
    const mark = url.indexOf('?')
    const path = mark === -1 ? url : url.slice(0, mark)
    const search = mark === -1 ? '' : url.slice(mark + 1)
    const before = (): void => {
      applyCors(req, res)
    }

    // One document per URL: no query at all (anything else is express's).
    if (!search && mark === -1) {
      if (path.startsWith(storyPrefix)) {
        const slug = segment(path.slice(storyPrefix.length))
        return slug === null ? false : serveModel(req, res, path, () => model.storyPage(slug), before)
      }
      if (path.startsWith(ninjsPrefix)) {
        const slug = segment(path.slice(ninjsPrefix.length))
        return slug === null ? false : serveModel(req, res, path, () => model.ninjs(slug), before)
      }
      if (path === '/feeds/rss.xml') return serveModel(req, res, path, () => model.feed('rss'), before)
      if (path === '/feeds/feed.json') return serveModel(req, res, path, () => model.feed('json'), before)
    }

    // Lists: the express routes key their cache and produce from the checked, clamped query.
    const list = (produce: (query: URLSearchParams) => Promise<Produced>): Promise<boolean> | false => {
      const query = listQuery(new URLSearchParams(search), env)
      if (!query) return false
      return serveModel(req, res, cacheKey(path, query), () => produce(query), before)
    }
    if (path === listPath) return list((query) => model.stories(path, query))
    if (path.startsWith(tagPrefix)) {
      const tag = segment(path.slice(tagPrefix.length))
      return tag === null ? false : list((query) => model.tagged(path, tag, query))
    }
    if (path.startsWith(personPrefix)) {
      const slug = segment(path.slice(personPrefix.length))
      return slug === null ? false : list((query) => model.person(path, slug, query))
    }
    return false
  }
}
