import { lookup } from 'node:dns/promises'

import type { ResolvedAddress, Resolver } from './target'

/** Resolves through the system resolver, as a connection would. */
export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(
    ({ address, family }): ResolvedAddress => ({ address, family: family === 6 ? 6 : 4 }),
  )
