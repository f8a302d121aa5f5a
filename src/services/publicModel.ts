/**
 * Keeps the public read model (src/db/publicModel.ts) equal to what the public may read in
 * Payload. Each function recomputes the projections a change can touch, inside the change's own
 * transaction, writes only those that differ, and names the surrogate keys of what changed, so
 * caches and the CDN drop exactly those answers once the transaction commits. A change readers
 * cannot see (a draft save, a private field) recomputes to the same bytes and touches nothing.
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { getEnv } from '../config/env'
import { publicModelWriter, modelSupports, type PublicModelWriter, type StoryRow } from '../db/publicModel'
import { inTransaction } from '../db/transactions'
import { strongEtag } from '../delivery/etag'
import { FEED_DOCUMENTS, feedDocuments, listKeysOf, projectStory, type ProjectionOptions } from '../delivery/projection'
import type { StoryPage } from '../delivery/storyPage'
import { ANY_STORY_KEY, FEED_KEY, PEOPLE_KEY, personKey, pictureKey, PICTURES_KEY, storyKey } from '../delivery/surrogateKeys'
import { ALL_KEYS, invalidatorFor } from '../server/invalidation'
import { enqueuePurge } from '../webhooks/purge'
import { computePeople, computeStories, type ComputedStory } from '../server/publicStories'

/** Bumped when a projection's shape changes: a model built by another version is rebuilt at start. */
const MODEL_VERSION = 1
const META_KEY = 'meta'

export function projectionOptions(): ProjectionOptions {
  const env = getEnv()
  return { serverUrl: env.SERVER_URL, siteUrl: env.PUBLIC_SITE_URL, language: 'en', feedItems: env.FEED_ITEMS }
}

/** What the model was built for: projections hold absolute URLs and the feeds a number of items. */
const fingerprint = (options: ProjectionOptions): string => JSON.stringify({ v: MODEL_VERSION, ...options })

const sameRow = (a: StoryRow, b: StoryRow): boolean =>
  a.slug === b.slug &&
  a.status === b.status &&
  a.publishedAt === b.publishedAt &&
  a.pageEtag === b.pageEtag &&
  a.ninjsEtag === b.ninjsEtag &&
  a.entry === b.entry &&
  a.keys.join(' ') === b.keys.join(' ') &&
  sameRefs(a.refs, b.refs)

const sameRefs = (a: StoryRow['refs'], b: StoryRow['refs']): boolean => JSON.stringify([...a].sort(byRef)) === JSON.stringify([...b].sort(byRef))

const byRef = (x: { kind: string; ref: string }, y: { kind: string; ref: string }): number =>
  x.kind === y.kind ? (x.ref < y.ref ? -1 : x.ref > y.ref ? 1 : 0) : x.kind < y.kind ? -1 : 1

function rowFor(computed: ComputedStory, options: ProjectionOptions): StoryRow {
  if (computed.status === 'withdrawn') {
    return { id: computed.id, slug: computed.slug, status: 'withdrawn', publishedAt: computed.publishedAt, page: null, pageEtag: null, ninjs: null, ninjsEtag: null, entry: null, keys: [storyKey(computed.id)], refs: [] }
  }
  const p = projectStory(computed.story, options)
  return { id: computed.id, status: 'live', ...p }
}

/**
 * Brings these stories' projections up to date and returns the keys of what changed. `computed`
 * may be given (a rebuild reads in batches); otherwise the stories are read through `req`. The
 * stored rows are read, and the changed ones written, a batch at a time. `feeds: false` leaves
 * the feeds to the caller (a rebuild builds them once, at the end).
 */
async function syncStories(
  payload: Payload,
  writer: PublicModelWriter,
  ids: number[],
  options: ProjectionOptions,
  req?: PayloadRequest,
  computed?: Map<number, ComputedStory>,
  feeds = true,
): Promise<Set<string>> {
  const keys = new Set<string>()
  const unique = [...new Set(ids)]
  if (unique.length === 0) return keys
  const fresh = computed ?? (await computeStories(payload, unique, options.serverUrl, req))
  const held = await writer.stories(unique)
  const at = new Date().toISOString()
  const writes: StoryRow[] = []
  for (const id of unique) {
    const old = held.get(id)
    const next = fresh.get(id)
    if (!next) {
      if (!old) continue
      await writer.deleteStory(id)
      keys.add(storyKey(id))
      if (old.status === 'live') listKeysOf(old.refs).forEach((k) => keys.add(k))
      continue
    }
    const row = rowFor(next, options)
    if (old && sameRow(old, row)) continue
    writes.push(row)
    if (!old || old.pageEtag !== row.pageEtag || old.ninjsEtag !== row.ninjsEtag || old.status !== row.status || old.slug !== row.slug) keys.add(storyKey(id))
    if (!old || old.entry !== row.entry || old.status !== row.status || old.publishedAt !== row.publishedAt || !sameRefs(old.refs, row.refs)) {
      listKeysOf([...(old?.status === 'live' ? old.refs : []), ...row.refs]).forEach((k) => keys.add(k))
    }
  }
  await writer.putStories(writes, at)
  if (keys.size > 0) {
    keys.add(ANY_STORY_KEY)
    if (feeds) (await syncFeeds(writer, options)).forEach((k) => keys.add(k))
  }
  return keys
}

/** Rebuilds the feed documents from the newest stored pages; returns FEED_KEY when their bytes changed. */
async function syncFeeds(writer: PublicModelWriter, options: ProjectionOptions): Promise<string[]> {
  const pages = (await writer.latestPages(options.feedItems)).map((page) => JSON.parse(page) as StoryPage)
  const docs = feedDocuments(pages, options)
  let changed = false
  for (const name of ['rss', 'json'] as const) {
    const spec = FEED_DOCUMENTS[name]
    const body = docs[name]
    const etag = strongEtag(body)
    const old = await writer.document(spec.key)
    if (old?.etag === etag) continue
    await writer.putDocument({ key: spec.key, body, etag, contentType: spec.contentType, keys: [FEED_KEY] })
    changed = true
  }
  return changed ? [FEED_KEY] : []
}

/** Brings these correspondents' pages up to date; returns the keys of what changed. */
async function syncPeople(payload: Payload, writer: PublicModelWriter, ids: number[], options: ProjectionOptions, req?: PayloadRequest): Promise<Set<string>> {
  const keys = new Set<string>()
  const unique = [...new Set(ids)]
  if (unique.length === 0) return keys
  const fresh = await computePeople(payload, unique, options.serverUrl, req)
  for (const id of unique) {
    const old = await writer.person(id)
    const next = fresh.get(id)
    if (!next) {
      if (old) {
        await writer.deletePerson(id)
        keys.add(personKey(id)).add(PEOPLE_KEY)
      }
      continue
    }
    const body = JSON.stringify(next)
    const etag = strongEtag(body)
    const photoId = next.photo?.id ?? null
    if (old && old.etag === etag && old.slug === next.slug) continue
    await writer.putPerson({ id, slug: next.slug, body, etag, photoId, keys: [personKey(id), ...(photoId ? [pictureKey(photoId)] : [])] })
    keys.add(personKey(id)).add(PEOPLE_KEY)
  }
  return keys
}

/** Invalidates these keys after the commit, in this instance, the others, and the CDN (PURGE_URL). */
async function announce(req: PayloadRequest | undefined, payload: Payload, keys: Set<string>): Promise<void> {
  if (keys.size === 0) return
  await enqueuePurge(payload, [...keys], req)
  await invalidatorFor(payload).changed(req, [...keys])
}

/** After a change to dispatches (a publish, correction, withdrawal, release, deletion or any save of a story that was live). */
export async function projectStories(ids: number[], req: PayloadRequest): Promise<void> {
  if (!modelSupports(req.payload)) return
  const writer = await publicModelWriter(req.payload, req)
  await announce(req, req.payload, await syncStories(req.payload, writer, ids, projectionOptions(), req))
}

/** After a change to a correspondent: their page, and every live story that shows them. */
export async function projectPerson(id: number, req: PayloadRequest): Promise<void> {
  if (!modelSupports(req.payload)) return
  const options = projectionOptions()
  const writer = await publicModelWriter(req.payload, req)
  const keys = await syncPeople(req.payload, writer, [id], options, req)
  const stories = await writer.storiesShowing('person', String(id))
  for (const k of await syncStories(req.payload, writer, stories, options, req)) keys.add(k)
  await announce(req, req.payload, keys)
}

/** After a change to a media asset: every live story and correspondent page that shows it. */
export async function projectPicture(id: number, req: PayloadRequest, visible: boolean): Promise<void> {
  if (!modelSupports(req.payload)) return
  const options = projectionOptions()
  const writer = await publicModelWriter(req.payload, req)
  const keys = await syncStories(req.payload, writer, await writer.storiesShowing('picture', String(id)), options, req)
  // By the relation, not the model: a picture that just became public was not on their page yet.
  const people = await req.payload.find({ collection: 'correspondents', where: { photo: { equals: id } }, depth: 0, pagination: false, overrideAccess: true, select: {}, req })
  for (const k of await syncPeople(req.payload, writer, people.docs.map((p) => Number(p.id)), options, req)) keys.add(k)
  // Payload's own REST reads of the asset (and the list of assets) name it too.
  if (visible) keys.add(pictureKey(id)).add(PICTURES_KEY)
  await announce(req, req.payload, keys)
}

/** After a change to a quote: its story, when the story is in the model. */
export async function projectQuoteStory(dispatchId: number, req: PayloadRequest): Promise<void> {
  if (!modelSupports(req.payload)) return
  const writer = await publicModelWriter(req.payload, req)
  if (!(await writer.story(dispatchId))) return
  await announce(req, req.payload, await syncStories(req.payload, writer, [dispatchId], projectionOptions(), req))
}

/**
 * Stories recomputed per transaction by a rebuild: one Payload read of them as the anonymous
 * reader, one read of their stored rows, a few multi-row writes. Larger batches gain little and
 * hold more in memory (a story page is ~12 KB, its row ~25 KB with ninjs and the list entry).
 */
const BATCH = 500
const KEYS_KEPT = 10_000

/** What a rebuild found changed: keys for the caches, or everything (past KEYS_KEPT keys). */
export type RebuildChanges = { keys: Set<string>; everything: boolean }

function gather(into: RebuildChanges, changed: Iterable<string>): void {
  if (into.everything) return
  for (const k of changed) into.keys.add(k)
  // A full rebuild names ~10 keys a story: past KEYS_KEPT the caches are dropped whole, and
  // keys are no longer gathered, so memory stays flat.
  if (into.keys.size > KEYS_KEPT) {
    into.everything = true
    into.keys.clear()
  }
}

/**
 * Regenerates the projections of the dispatches that were ever live with `after < id <= upTo`
 * (no upper bound when `upTo` is null), walking by id a batch at a time: no page is found by
 * offset or counted, and rows of the model in the range that no longer name such a dispatch
 * are dropped as the walk passes them. Each batch is read from Payload (as the anonymous reader:
 * live copies only) and written in one transaction. `npm run public:rebuild` runs ranges in
 * child processes (see rebuildCli.ts).
 */
export async function rebuildStories(
  payload: Payload,
  { after: start = 0, upTo = null, changes = { keys: new Set<string>(), everything: false }, log = () => {} }: { after?: number; upTo?: number | null; changes?: RebuildChanges; log?: (line: string) => void } = {},
): Promise<{ stories: number; changes: RebuildChanges }> {
  const options = projectionOptions()
  const local = await createLocalReq({}, payload)
  let stories = 0
  for (let after = start; ; ) {
    const { docs } = await payload.find({
      collection: 'dispatches',
      where: { and: [{ firstPublishedAt: { exists: true } }, { id: { greater_than: after } }, ...(upTo === null ? [] : [{ id: { less_than_equal: upTo } }])] },
      draft: false,
      depth: 0,
      limit: BATCH,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
      select: {},
    })
    const ids = docs.map((doc) => Number(doc.id))
    const done = ids.length < BATCH
    const end = done ? upTo : ids[ids.length - 1]!
    // One transaction per batch: a durable commit per statement would cost a disk flush each.
    // The read is inside it: on SQLite a read left on the pooled connection can leave a
    // statement open that the next transaction (which takes that connection) cannot commit past.
    const changed = await inTransaction(local, async (tx) => {
      const computed = await computeStories(payload, ids, options.serverUrl, tx)
      const writer = await publicModelWriter(payload, tx)
      // What the model holds in this id range beyond the live copies found: deleted, or never live.
      const found = new Set(ids)
      const gone = (await writer.storyIdsBetween(after, end)).filter((id) => !found.has(id))
      return syncStories(payload, writer, [...ids, ...gone], options, tx, computed, false)
    })
    gather(changes, changed)
    stories += ids.length
    if (ids.length) log(`  stories: ${start === 0 ? '' : `after id ${start}, `}${stories}`)
    if (done || end === null) return { stories, changes }
    after = end
  }
}

/**
 * Regenerates the projections of these dispatches only, exactly as a full rebuild computes them
 * (a batch per transaction). The read benchmark copies projections in SQL past a size and checks
 * a sample of them against this (`REBUILD_IDS` in rebuildCli.ts).
 */
export async function rebuildStoryIds(
  payload: Payload,
  ids: number[],
  changes: RebuildChanges = { keys: new Set<string>(), everything: false },
): Promise<{ stories: number; changes: RebuildChanges }> {
  const options = projectionOptions()
  const local = await createLocalReq({}, payload)
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH)
    const changed = await inTransaction(local, async (tx) => {
      const computed = await computeStories(payload, batch, options.serverUrl, tx)
      return syncStories(payload, await publicModelWriter(payload, tx), batch, options, tx, computed, false)
    })
    gather(changes, changed)
  }
  return { stories: unique.length, changes }
}

/**
 * Regenerates the correspondent pages and the feeds, records what the model was built for, and
 * drops from the caches what a rebuild changed. The last step of a rebuild, after the stories.
 */
export async function rebuildPeopleAndFeeds(payload: Payload, changes: RebuildChanges): Promise<{ people: number }> {
  const options = projectionOptions()
  const writer = await publicModelWriter(payload)
  const local = await createLocalReq({}, payload)
  const seenPeople = new Set<number>()
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({ collection: 'correspondents', depth: 0, limit: 200, page, sort: 'id', overrideAccess: true, select: { slug: true } })
    const ids = docs.map((doc) => Number(doc.id))
    ids.forEach((id) => seenPeople.add(id))
    gather(changes, await inTransaction(local, async (tx) => syncPeople(payload, await publicModelWriter(payload, tx), ids, options, tx)))
    if (!hasNextPage) break
  }
  for (const id of (await writer.peopleIds()).filter((id) => !seenPeople.has(id))) {
    await writer.deletePerson(id)
    gather(changes, [personKey(id), PEOPLE_KEY])
  }
  gather(changes, await syncFeeds(writer, options))
  await writer.putDocument({ key: META_KEY, body: fingerprint(options), etag: '', contentType: 'application/json', keys: [] })
  // Caches here and on other instances drop what changed. No CDN purge is queued: a rebuild runs
  // at start (nothing is cached yet) or by hand, when purging the CDN whole is the operator's call.
  const { keys, everything } = changes
  if (everything || keys.size > 0) await invalidatorFor(payload).changed(undefined, everything ? [ALL_KEYS] : [...keys])
  return { people: seenPeople.size }
}

/**
 * Regenerates the whole model from the live copies in this process (at start when the model is
 * empty or was built for other URLs; `npm run public:rebuild` splits the stories over child
 * processes). Runs in batches, each in a transaction of its own.
 */
export async function rebuildPublicModel(payload: Payload, log: (line: string) => void = () => {}): Promise<{ stories: number; people: number }> {
  const { stories, changes } = await rebuildStories(payload, { log })
  const { people } = await rebuildPeopleAndFeeds(payload, changes)
  return { stories, people }
}

/** Rebuilds the model at start when it is empty or was built for other settings (URLs, feed size). */
export async function ensurePublicModel(payload: Payload): Promise<boolean> {
  if (!modelSupports(payload)) return false
  const writer = await publicModelWriter(payload)
  const meta = await writer.document(META_KEY)
  if (meta?.body === fingerprint(projectionOptions())) return false
  await rebuildPublicModel(payload, (line) => payload.logger.info(`Public read model rebuild:${line}`))
  return true
}
