import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { slugify } from 'payload/shared'

import { getEnv } from '../config/env'
import { lexicalDocument, textParagraph, uploadNode, type LexicalNode } from '../lexical/build'
import { extractStory } from '../ingest/extract'
import { publishLiveQuotes } from '../services/liveQuotes'
import { DEMO_ACCOUNTS, PEOPLE, STORIES, type DemoStory } from './newsroom'
import { placeholderJpeg } from './placeholder'
import { bindQuotes } from '../services/quoteBinding'

// Resolved from the project root: the server also runs as a bundle in dist/.
const storiesDir = path.resolve(process.cwd(), 'src/seed/stories')

export type SeedResult = {
  created: boolean
  accounts: Array<{ email: string; roles: string[] }>
  password?: string
  passwordGenerated: boolean
}

/** Loads the demo newsroom into an empty database, all or nothing; does nothing otherwise. */
export async function seedIfEmpty(payload: Payload): Promise<SeedResult> {
  const accounts = DEMO_ACCOUNTS.map(({ email, roles }) => ({ email, roles }))
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return { created: false, accounts, passwordGenerated: false }

  const configured = getEnv().DEMO_PASSWORD
  const password = configured ?? randomBytes(9).toString('base64url')
  const req = await createLocalReq({ context: { seeding: true, workflowService: true } }, payload)
  await initTransaction(req)
  try {
    await loadNewsroom(req, password)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { created: true, accounts, password, passwordGenerated: configured === undefined }
}

async function loadNewsroom(req: PayloadRequest, password: string): Promise<void> {
  const { payload } = req
  const people = new Map<string, number>()
  for (const person of PEOPLE) {
    const doc = await payload.create({
      collection: 'correspondents',
      data: {
        name: person.name,
        slug: person.key,
        title: person.title,
        kind: person.kind,
        bureau: person.bureau,
        active: true,
        email: `${person.key}@dateline.local`,
      },
      req,
    })
    people.set(person.key, doc.id)
  }

  const users = new Map<string, number>()
  for (const account of DEMO_ACCOUNTS) {
    const correspondent = account.person ? people.get(account.person) : undefined
    const user = await payload.create({
      collection: 'users',
      data: { email: account.email, name: account.name, roles: account.roles, password, correspondent },
      req,
    })
    users.set(account.roles[0], user.id)
    if (correspondent !== undefined) {
      await payload.update({ collection: 'correspondents', id: correspondent, data: { user: user.id }, req })
    }
  }

  let pictures = 0
  for (const story of STORIES) {
    pictures = await loadStory(req, story, people, users, pictures)
  }
}

async function loadStory(
  req: PayloadRequest,
  story: DemoStory,
  people: Map<string, number>,
  users: Map<string, number>,
  pictureCount: number,
): Promise<number> {
  const { payload } = req
  const copy = extractStory(fs.readFileSync(path.join(storiesDir, story.file), 'utf8'))
  const filedBy = users.get(story.filedBy)
  const body: LexicalNode[] = []
  const media: number[] = []
  let count = pictureCount
  for (const block of copy.blocks) {
    if (block.type === 'paragraph') {
      body.push(textParagraph(block.text))
      continue
    }
    const picture = copy.media[block.index]
    const creator = PEOPLE.find((person) => person.name === picture.credit.creatorName)
    const jpeg = await placeholderJpeg(count)
    const asset = await payload.create({
      collection: 'media-assets',
      data: {
        alt: picture.caption,
        caption: picture.caption,
        creditLine: picture.creditLine,
        credit: { creator: creator ? people.get(creator.key) : undefined },
        rights: { licence: 'staff' },
        createdBy: filedBy,
      },
      // Payload stores the size given here as `filesize` (feeds publish it as the enclosure length).
      file: {
        data: jpeg,
        mimetype: 'image/jpeg',
        name: `${path.basename(story.file, '.txt')}-${media.length + 1}.jpg`,
        size: jpeg.length,
      },
      req,
    })
    count += 1
    media.push(asset.id)
    body.push(uploadNode(asset.id, `seed-media-${asset.id}`))
  }

  const published = story.status === 'published'
  const now = new Date().toISOString()
  const dispatch = await payload.create({
    collection: 'dispatches',
    draft: !published,
    data: {
      headline: copy.headline,
      slug: slugify(copy.headline) ?? path.basename(story.file, '.txt'),
      standfirst: copy.standfirst ?? undefined,
      dateline: story.dateline,
      tags: story.tags,
      body: lexicalDocument(body) as never,
      byline: story.byline.map(({ person, role }) => ({ correspondent: people.get(person)!, role })),
      media,
      workflowStatus: story.status,
      editorialNotes: story.editorialNotes,
      createdBy: filedBy,
      _status: published ? 'published' : 'draft',
      ...(published ? { publishedAt: now, firstPublishedAt: now } : {}),
    },
    req,
  })

  for (const quote of story.quotes) {
    await payload.create({
      collection: 'quotes',
      data: {
        text: quote.text,
        dispatch: dispatch.id,
        speaker: quote.speaker,
        context: quote.context,
        sensitive: quote.sensitive,
        sensitivityReasons: quote.reasons,
        identityNotes: quote.identityNotes,
        createdBy: filedBy,
      },
      req,
    })
  }
  // The keyed quotes are what a desk would have recorded; binding them to the copy marks their
  // state and records any passage the desk did not key, as any later save would.
  await bindQuotes(dispatch.id, req)
  // A story loaded as published shows readers its cleared quotes, as its publish would have.
  if (published) await publishLiveQuotes(dispatch.id, new Date(now), req)
  return count
}
