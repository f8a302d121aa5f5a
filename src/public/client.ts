import type {
  ApiErrorBody,
  CorrespondentPage,
  ListEntry,
  PreviewLink,
  PublicCorrespondent,
  MediaDoc,
  StoryList,
  StoryPage,
  WorkflowPanel,
} from './types'

/** An answer other than the one asked for: the status and Dateline's error body. */
export class DatelineApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.errors.map((e) => e.message).join('; ') || `HTTP ${status}`)
    this.name = 'DatelineApiError'
  }

  /** The first error's stable code (`NOT_FOUND`, `WITHDRAWN`, `INVALID_PARAMETER`, …). */
  get code(): string | undefined {
    return this.body.errors[0]?.code
  }
}

export type ClientOptions = {
  /** Another fetch (a test double, one with a keep-alive agent); defaults to the global fetch. */
  fetch?: typeof globalThis.fetch
  /** Headers sent with every request: `Authorization` for an API key, `Cookie` for a staff session. */
  headers?: Record<string, string>
}

export type StoryLookup = { status: 'live'; story: StoryPage } | { status: 'withdrawn' } | { status: 'not_found' }

export type ListQuery = {
  limit?: number
  /** Page number (1-based), for servers that page by number. */
  page?: number
  /** A `nextCursor` from the previous page, for servers that page by cursor. */
  before?: string
  /** Only stories with this person in the byline. */
  correspondent?: number
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

const errorBody = (status: number, body: unknown): ApiErrorBody => {
  if (isObject(body) && Array.isArray(body.errors)) {
    return {
      errors: body.errors.map((e: unknown) => (isObject(e) ? { ...e, message: String(e.message ?? '') } : { message: String(e) })),
    }
  }
  return { errors: [{ code: status === 404 ? 'NOT_FOUND' : 'HTTP_ERROR', message: `HTTP ${status}` }] }
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** Returns a correspondent page from what the server gave (its own page, or a list row). */
function toCorrespondentPage(person: Record<string, unknown>, stories: ListEntry[], nextCursor?: string | null): CorrespondentPage {
  return {
    id: Number(person.id),
    name: String(person.name ?? ''),
    slug: String(person.slug ?? ''),
    title: str(person.title),
    kind: str(person.kind),
    bio: str(person.bio),
    bureau: str(person.bureau),
    photo: isObject(person.photo) ? (person.photo as MediaDoc) : null,
    stories,
    ...(nextCursor !== undefined ? { nextCursor } : {}),
  }
}

/**
 * A small client for Dateline's public API (and the staff calls the preview needs). Every
 * method reads over HTTP and returns the typed answer or throws a DatelineApiError.
 */
export function createDatelineClient(baseUrl: string, options: ClientOptions = {}) {
  const origin = baseUrl.replace(/\/+$/, '')
  const doFetch = options.fetch ?? globalThis.fetch

  const request = async (path: string, init: RequestInit = {}): Promise<Response> =>
    doFetch(`${origin}${path}`, {
      ...init,
      headers: { Accept: 'application/json', ...options.headers, ...(init.headers as Record<string, string> | undefined) },
    })

  const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await request(path, init)
    const body: unknown = await response.json().catch(() => null)
    if (!response.ok) throw new DatelineApiError(response.status, errorBody(response.status, body))
    return body as T
  }

  const listPath = (query: ListQuery): string => {
    const params = new URLSearchParams({ depth: '1', limit: String(query.limit ?? 10), sort: '-publishedAt' })
    if (query.before) params.set('before', query.before)
    else if (query.page && query.page > 1) params.set('page', String(query.page))
    if (query.correspondent !== undefined) params.set('where[byline.correspondent][equals]', String(query.correspondent))
    return `/api/dispatches?${params.toString()}`
  }

  return {
    /** The live story with this slug, or whether it was withdrawn or never public. */
    async story(slug: string): Promise<StoryLookup> {
      try {
        return { status: 'live', story: await json<StoryPage>(`/api/dispatches/slug/${encodeURIComponent(slug)}`) }
      } catch (error) {
        if (error instanceof DatelineApiError && error.status === 410) return { status: 'withdrawn' }
        if (error instanceof DatelineApiError && error.status === 404) return { status: 'not_found' }
        throw error
      }
    },

    /** A page of the newest live stories. */
    stories: (query: ListQuery = {}): Promise<StoryList> => json<StoryList>(listPath(query)),

    /**
     * A correspondent's public page, or null when nobody public has this slug. Asks
     * `GET /api/correspondents/slug/:slug`; a server without that route is asked the
     * correspondents list and the story list instead.
     */
    async correspondent(slug: string, limit = 10): Promise<CorrespondentPage | null> {
      const own = await request(`/api/correspondents/slug/${encodeURIComponent(slug)}`)
      if (own.ok) {
        const body = (await own.json()) as Record<string, unknown>
        const person = isObject(body.correspondent) ? body.correspondent : body
        const stories = [body.stories, body.latestStories, body.docs].find(Array.isArray) as ListEntry[] | undefined
        return toCorrespondentPage(person, stories ?? [], str(body.nextCursor))
      }
      await own.body?.cancel()
      if (own.status !== 404) throw new DatelineApiError(own.status, errorBody(own.status, null))
      const params = new URLSearchParams({ 'where[slug][equals]': slug, limit: '1', depth: '1' })
      const found = await json<{ docs: PublicCorrespondent[] }>(`/api/correspondents?${params.toString()}`)
      const person = found.docs[0]
      if (!person) return null
      const stories = await json<StoryList>(listPath({ limit, correspondent: person.id }))
      return toCorrespondentPage(person as unknown as Record<string, unknown>, stories.docs, stories.nextCursor)
    },

    /** Staff: the workflow panel of a dispatch (status, live copy, moves, gate reasons). */
    workflow: (id: number | string): Promise<WorkflowPanel> => json<WorkflowPanel>(`/api/dispatches/${encodeURIComponent(String(id))}/workflow`),

    /** Staff: the working copy of a dispatch, as Payload's REST gives it at depth 2. */
    workingCopy: (id: number | string): Promise<Record<string, unknown>> =>
      json<Record<string, unknown>>(`/api/dispatches/${encodeURIComponent(String(id))}?draft=true&depth=2`),

    /** Staff: the quotes of a dispatch with their legal state (Payload's REST list; joins are not read with drafts). */
    quotesOf: (id: number | string): Promise<{ docs: Array<Record<string, unknown>> }> =>
      json<{ docs: Array<Record<string, unknown>> }>(
        `/api/quotes?${new URLSearchParams({ 'where[dispatch][equals]': String(id), limit: '100', depth: '0', sort: 'createdAt' }).toString()}`,
      ),

    /** Editors, legal, admins: a signed link that shows the working copy to someone without an account. */
    createPreviewLink: (id: number | string, expiresInHours: number): Promise<PreviewLink> =>
      json<PreviewLink>(`/api/dispatches/${encodeURIComponent(String(id))}/preview-links`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ expiresInHours }),
      }),

    /** Editors, legal, admins: revoke a preview link. */
    async revokePreviewLink(id: number | string, linkId: number | string): Promise<void> {
      await json<unknown>(`/api/dispatches/${encodeURIComponent(String(id))}/preview-links/${encodeURIComponent(String(linkId))}`, {
        method: 'DELETE',
      })
    },
  }
}

export type DatelineClient = ReturnType<typeof createDatelineClient>
