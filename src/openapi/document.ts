import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'

import { createPreviewLinkBody, ingestJsonBody, legalHoldBody, legalReadBody, legalReviewBody, quoteLegalReviewBody, transitionBody } from '../server/requestBodies'
import * as s from './schemas'

type Response = { description: string; schema?: z.ZodType; contentType?: string }

const json = (description: string, schema: z.ZodType): Response => ({ description, schema })
const problem = (description: string): Response => ({ description, schema: s.errorBody })

const responses = (map: Record<number, Response>) =>
  Object.fromEntries(
    Object.entries(map).map(([status, r]) => [
      status,
      r.schema || r.contentType
        ? { description: r.description, content: { [r.contentType ?? 'application/json']: { schema: r.schema ?? z.string() } } }
        : { description: r.description },
    ]),
  )

const idParam = z.object({ id: z.string().meta({ description: 'The dispatch id', example: '2' }) })
const slugParam = z.object({ slug: z.string().meta({ description: 'The story slug', example: 'battle-for-raqqa' }) })

const listQuery = z.object({
  limit: z.string().optional().meta({ description: 'Whole number ≥ 1; public readers get at most PUBLIC_MAX_LIMIT (100)' }),
  page: z.string().optional().meta({ description: 'Whole number ≥ 1, up to PUBLIC_MAX_OFFSET results deep' }),
  before: z.string().optional().meta({ description: 'A `nextCursor` from the previous page, where the server pages by cursor' }),
  depth: z.string().optional().meta({ description: '0 gives relation ids, 1 populates byline people and pictures' }),
  sort: z.string().optional().meta({ example: '-publishedAt' }),
})

const cached = 'Public reads carry a strong ETag and `Cache-Control: public, max-age=…`, and answer 304 to a matching If-None-Match.'
const staff: Array<Record<string, string[]>> = [{ jwt: [] }, { apiKey: [] }, { session: [] }]

/** Returns Dateline's OpenAPI 3.1 document, generated from the schemas the endpoints validate with. */
export function openApiDocument(serverUrl: string): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const r = new OpenAPIRegistry()
  r.registerComponent('securitySchemes', 'jwt', { type: 'apiKey', in: 'header', name: 'Authorization', description: '`JWT <token>` from POST /api/users/login' })
  r.registerComponent('securitySchemes', 'apiKey', { type: 'apiKey', in: 'header', name: 'Authorization', description: '`users API-Key <key>`' })
  r.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'payload-token', description: "The admin's session cookie (same-site requests only)" })

  // Public reads.
  r.registerPath({
    method: 'get', path: '/api/dispatches', tags: ['Public reads'], summary: 'The newest live stories',
    description: `Anonymous and frontend readers get live copies only. ${cached}`,
    request: { query: listQuery },
    responses: responses({ 200: json('A page of stories', s.storyList), 400: problem('A bad `page`, `limit` or `before` (INVALID_PARAMETER), or a page too deep') }),
  })
  r.registerPath({
    method: 'get', path: '/api/dispatches/slug/{slug}', tags: ['Public reads'], summary: 'A story page',
    description: `The live copy with byline, pictures, cleared quotes and corrections; the same public view for every caller. ${cached}`,
    request: { params: slugParam },
    responses: responses({ 200: json('The story', s.storyPage), 304: { description: 'Not modified' }, 404: problem('Nothing by that slug was ever live (NOT_FOUND)'), 410: problem('The story was withdrawn (WITHDRAWN)') }),
  })
  r.registerPath({
    method: 'get', path: '/api/correspondents', tags: ['Public reads'], summary: 'Correspondents (public fields)',
    request: { query: listQuery.omit({ before: true, sort: true }).extend({ 'where[slug][equals]': z.string().optional() }) },
    responses: responses({ 200: json('A page of correspondents', s.correspondentList), 400: problem('A bad list parameter, or a filter on a private field') }),
  })
  r.registerPath({
    method: 'get', path: '/api/correspondents/slug/{slug}', tags: ['Public reads'], summary: "A correspondent's public page with their latest live stories",
    request: { params: z.object({ slug: z.string().meta({ example: 'john-irvine' }) }) },
    responses: responses({ 200: json('Public fields, photo and their latest live stories', s.correspondentPage), 404: problem('No public correspondent by that slug') }),
  })
  r.registerPath({
    method: 'get', path: '/api/media-assets', tags: ['Public reads'], summary: 'Pictures shown by live stories',
    request: { query: listQuery.omit({ before: true }) },
    responses: responses({ 200: json('A page of media assets', s.mediaList), 400: problem('A bad list parameter') }),
  })
  r.registerPath({
    method: 'get', path: '/api/media-assets/{id}', tags: ['Public reads'], summary: 'One picture',
    request: { params: z.object({ id: z.string() }) },
    responses: responses({ 200: json('The media asset', s.mediaDoc), 404: problem('No such asset, or not shown by a live story') }),
  })
  r.registerPath({
    method: 'get', path: '/api/media-assets/file/{filename}', tags: ['Public reads'], summary: 'A picture file (original or a generated size)',
    request: { params: z.object({ filename: z.string() }) },
    responses: responses({ 200: { description: 'The file', contentType: 'image/*', schema: z.string().meta({ format: 'binary' }) }, 404: problem('No such file the reader may see') }),
  })

  // Feeds.
  r.registerPath({
    method: 'get', path: '/feeds/rss.xml', tags: ['Feeds'], summary: 'RSS 2.0 with Media RSS pictures and credits', description: cached,
    responses: responses({ 200: { description: 'The feed', contentType: 'application/rss+xml', schema: z.string() } }),
  })
  r.registerPath({
    method: 'get', path: '/feeds/feed.json', tags: ['Feeds'], summary: 'JSON Feed 1.1', description: cached,
    responses: responses({ 200: { description: 'The feed', contentType: 'application/feed+json', schema: s.jsonFeed } }),
  })
  r.registerPath({
    method: 'get', path: '/api/ninjs/dispatches/{slug}', tags: ['Feeds'], summary: 'One live story as IPTC ninjs 3.1', description: cached,
    request: { params: slugParam },
    responses: responses({ 200: json('The ninjs item', s.ninjsItem), 404: problem('Never live'), 410: problem('Withdrawn') }),
  })

  // Workflow and legal.
  const refused = { 401: problem('Not signed in (UNAUTHENTICATED)'), 403: problem('This role may not (ROLE_NOT_ALLOWED)'), 404: problem('No such record the caller may read (NOT_FOUND)') }
  r.registerPath({
    method: 'post', path: '/api/dispatches/{id}/transition', tags: ['Workflow'], summary: 'Move a story through the workflow (the only way its status changes)', security: staff,
    request: { params: idParam, body: { content: { 'application/json': { schema: transitionBody } }, required: true } },
    responses: responses({
      200: json('The dispatch after the move', s.dispatchDocument),
      400: problem('Malformed body (INVALID_REQUEST), a note missing (NOTE_REQUIRED), a bad embargo (EMBARGO_INVALID)'),
      ...refused,
      409: problem('Not allowed from this status (TRANSITION_NOT_ALLOWED, STALE_STATE) or the publish gate refused, with `reasons[]` (QUOTE_NOT_CLEARED, LEGAL_HOLD, LEGAL_READ_REQUIRED, MEDIA_NOT_READY, BYLINE_EMPTY, …)'),
    }),
  })
  r.registerPath({
    method: 'get', path: '/api/dispatches/{id}/workflow', tags: ['Workflow'], summary: 'Status, live copy, moves this user may make, and what blocks publication', security: staff,
    request: { params: idParam },
    responses: responses({ 200: json('The workflow panel', s.workflowPanel), ...refused }),
  })
  r.registerPath({
    method: 'post', path: '/api/quotes/{id}/legal-review', tags: ['Legal'], summary: 'Legal approves or rejects a sensitive quote', security: staff,
    request: { params: z.object({ id: z.string() }), body: { content: { 'application/json': { schema: quoteLegalReviewBody } }, required: true } },
    description: "Legal and admins. `reviewed` names the quote legal read (its `legal.reviewHash`, the hash of its words and speaker); the decision is refused if the quote changed since. `story` names the story as legal saw it (the `hash` of GET /api/dispatches/{id}/legal-review): the approval that leaves nothing waiting for legal seals the story only with it, and is refused if the story changed since.",
    responses: responses({
      200: json('The quote after the decision', s.quoteDocument),
      400: problem('Malformed body, `reviewed` missing or malformed (INVALID_REQUEST), a rejection without a note (NOTE_REQUIRED)'),
      ...refused,
      409: problem('The quote is not sensitive (QUOTE_NOT_SENSITIVE), or its words or speaker changed since legal read it (REVIEW_STALE, with `current`, the hash as it stands, and the quote as it stands), or the approval would seal a story that changed since `story` (REVIEW_STALE, with the story\'s `current` hash, `text`, `diff` and `changes`)'),
    }),
  })
  r.registerPath({
    method: 'post', path: '/api/dispatches/{id}/legal-review', tags: ['Legal'], summary: "Legal approves or rejects a story's text (the legal read)", security: staff,
    request: { params: idParam, body: { content: { 'application/json': { schema: legalReviewBody } }, required: true } },
    description: "Legal and admins. `reviewed` names the story legal saw (the `hash` of GET /api/dispatches/{id}/legal-review: its text and the fingerprint of everything readers get); the approval is bound to it, refused if anything readers get changed since (words, a link target, a format, a picture, the byline), and any later change re-opens it.",
    responses: responses({
      200: json('The legal read after the decision', s.legalReview),
      400: problem('Malformed body, a decision other than approve or reject, `reviewed` missing or malformed (INVALID_REQUEST), a rejection without a note (NOTE_REQUIRED)'),
      ...refused,
      409: problem('Nothing is flagged and no read was asked for (LEGAL_READ_NOT_REQUIRED), or the story changed since legal opened it (REVIEW_STALE, with `current`, the hash as it stands, its `text`, the `diff` since the last approval and the `changes` beyond the words; STALE_STATE if it changed during the write)'),
    }),
  })
  r.registerPath({
    method: 'get', path: '/api/dispatches/legal-queue', tags: ['Legal'], summary: "Legal's queue of stories: a read pending, or a seal to give; with the dashboard's counts", security: staff,
    description: 'Legal and admins (403 ROLE_NOT_ALLOWED otherwise). What /admin/legal-queue and the dashboard card show.',
    responses: responses({ 200: json("Legal's queue of stories", s.legalQueue), ...refused }),
  })
  r.registerPath({
    method: 'get', path: '/api/dispatches/{id}/legal-review', tags: ['Legal'], summary: "A story's legal read: status, flagged passages, the word diff since legal's approval", security: staff,
    description: 'Editors, legal and admins.',
    request: { params: idParam },
    responses: responses({ 200: json('The legal read', s.legalReview), ...refused }),
  })
  r.registerPath({
    method: 'post', path: '/api/dispatches/{id}/legal-read', tags: ['Legal'], summary: 'Legal asks for a read of the whole story, or drops the request', security: staff,
    description: 'Legal and admins. Editors ask by saving `legalRead.required: true`; only legal and admins drop it (403 LEGAL_FLAG_LOCKED).',
    request: { params: idParam, body: { content: { 'application/json': { schema: legalReadBody } }, required: true } },
    responses: responses({ 200: json('The legal read', s.legalReview), 400: problem('Malformed body (INVALID_REQUEST)'), ...refused }),
  })
  r.registerPath({
    method: 'post', path: '/api/dispatches/{id}/legal-read', tags: ['Legal'], summary: 'Ask for (or stop asking for) a legal read of a story', security: staff,
    request: { params: idParam, body: { content: { 'application/json': { schema: legalReadBody } }, required: true } },
    responses: responses({ 200: json('The dispatch', s.dispatchDocument), 400: problem('Malformed body'), ...refused }),
  })
  r.registerPath({
    method: 'post', path: '/api/dispatches/{id}/legal-hold', tags: ['Legal'], summary: 'Place (with a reason) or lift a legal hold', security: staff,
    request: { params: idParam, body: { content: { 'application/json': { schema: legalHoldBody } }, required: true } },
    responses: responses({ 200: json('The dispatch', s.dispatchDocument), 400: problem('Malformed body'), ...refused }),
  })
  r.registerPath({
    method: 'post', path: '/api/dispatches/ingest', tags: ['Copy intake'], summary: 'File plain-text copy as a draft', security: staff,
    request: {
      body: {
        required: true,
        content: { 'text/plain': { schema: z.string().meta({ description: 'The story, UTF-8, at most 1 MB' }) }, 'application/json': { schema: ingestJsonBody } },
      },
    },
    responses: responses({
      201: json('The draft and what was made for it', s.ingestResult),
      400: problem('Empty, or malformed JSON'), 401: refused[401], 403: refused[403],
      409: problem('The same copy was imported before (DUPLICATE_IMPORT), with `existing`'),
      413: problem('Over 1 MB'), 415: problem('Not text/plain or JSON, binary, or not UTF-8'), 422: problem('No headline, or a caption with an empty credit'),
    }),
  })

  // Preview links.
  r.registerPath({
    method: 'post', path: '/api/dispatches/{id}/preview-links', tags: ['Preview'], summary: 'A signed link showing the working copy to someone without an account', security: staff,
    description: 'Editors, legal and admins. The link shows only this story, never its notes, with noindex and `private, no-store`; it answers 410 once expired or revoked.',
    request: { params: idParam, body: { content: { 'application/json': { schema: createPreviewLinkBody } }, required: true } },
    responses: responses({ 201: json('The link', s.previewLink), 400: problem('expiresInHours missing, not a whole number, or outside 1–168 (INVALID_REQUEST)'), ...refused }),
  })
  r.registerPath({
    method: 'delete', path: '/api/dispatches/{id}/preview-links/{linkId}', tags: ['Preview'], summary: 'Revoke a preview link', security: staff,
    request: { params: idParam.extend({ linkId: z.string() }) },
    responses: responses({ 200: json('Revoked (again is harmless)', s.revokedPreviewLink), ...refused }),
  })

  return new OpenApiGeneratorV31(r.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Dateline',
      version: '1',
      description:
        'A headless CMS for newsrooms. Public reads (stories, lists, people, pictures, feeds) need no credentials; the workflow, legal, intake and preview endpoints need a staff account. Every error is `{ errors: [{ code, message, … }] }`. Front ends can use the types and client in `src/public`.',
    },
    servers: [{ url: serverUrl }],
  })
}
