import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { DatelineError } from '../errors/DatelineError'

/** Reads the whole request body, refusing more than `limit` bytes with a 413. */
export async function readBody(req: ExpressRequest, limit: number): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw tooLarge(limit)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
    size += buffer.length
    if (size > limit) throw tooLarge(limit)
    chunks.push(buffer)
  }
  return size === 0 ? undefined : Buffer.concat(chunks)
}

const tooLarge = (limit: number): DatelineError =>
  new DatelineError('PAYLOAD_TOO_LARGE', `Request body is larger than the limit of ${limit} bytes`, 413)

/** JSON bodies nest at most this deep: Payload copies documents recursively (5,000 levels overflowed its stack). */
export const JSON_MAX_DEPTH = 64

/** Returns how deep a JSON text nests arrays and objects, counted without recursion. */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i += 1 // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) deepest = Math.max(deepest, (depth += 1))
    else if (c === 125 || c === 93) depth -= 1
  }
  return deepest
}

/**
 * Refuses a JSON body that does not parse or nests too deep, before Payload sees it; returns
 * the parsed value (undefined when the body is not JSON).
 */
export function assertJsonParses(req: ExpressRequest, body: Buffer | undefined): unknown {
  const type = req.headers['content-type'] ?? ''
  if (!body || !/^application\/(.+\+)?json/i.test(type)) return undefined
  const text = body.toString('utf8')
  const depth = jsonDepth(text)
  if (depth > JSON_MAX_DEPTH) throw new DatelineError('JSON_TOO_DEEP', `The JSON body nests ${depth} levels deep; at most ${JSON_MAX_DEPTH} are accepted`, 400)
  try {
    return JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unparseable'
    throw new DatelineError('MALFORMED_JSON', `Malformed JSON body: ${reason}`, 400)
  }
}

/**
 * Builds a WHATWG Request (what Payload's handlers take) from an express request, optionally for
 * another path and query (a public read whose `limit` was clamped).
 */
export function toFetchRequest(
  req: ExpressRequest,
  body: Buffer | undefined,
  origin: string,
  pathAndQuery = req.originalUrl,
  method = req.method,
): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return new Request(new URL(pathAndQuery, origin), {
    method,
    headers,
    body: body ? new Uint8Array(body) : undefined,
  })
}

/** Sends a WHATWG Response through express, keeping every Set-Cookie header; `override` wins. */
export async function sendFetchResponse(
  response: Response,
  res: ExpressResponse,
  override: Record<string, string> = {},
): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
  for (const [name, value] of Object.entries(override)) res.setHeader(name, value)
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (!res.write(value)) await new Promise((resolve) => res.once('drain', resolve))
  }
  res.end()
}
