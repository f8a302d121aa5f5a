/**
 * `npm run ingest -- FILE [--dry-run] [--format json|text] [--as EMAIL]`
 * Turns a plain-text story into a draft dispatch; with --dry-run, prints what it found and writes nothing.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { holdEventLoop } from '../lib/holdEventLoop'
import { decodeStoryBytes, extractStory, isIngestError, toDryRun } from './extract'

const flagsSchema = z.object({
  file: z.string({ message: 'name the story file: npm run ingest -- FILE' }).min(1),
  dryRun: z.boolean(),
  format: z.enum(['json', 'text'], { message: '--format must be json or text' }),
  as: z.email({ message: '--as must be the email of a Dateline user' }).optional(),
})

type Flags = z.infer<typeof flagsSchema>

function readFlags(argv: string[]): Flags {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      as: { type: 'string' },
    },
  })
  if (positionals.length > 1) throw new UsageError(`one story file at a time (got ${positionals.length})`)
  const parsed = flagsSchema.safeParse({
    file: positionals[0],
    dryRun: values['dry-run'],
    format: values.format,
    as: values.as,
  })
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '))
  return parsed.data
}

class UsageError extends Error {}

function readStory(file: string): string {
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`)
  return decodeStoryBytes(fs.readFileSync(file))
}

function printDryRun(text: string, format: Flags['format']): void {
  const dry = toDryRun(extractStory(text))
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(dry, null, 2)}\n`)
    return
  }
  const lines = [
    `Headline:   ${dry.headline}`,
    `Standfirst: ${dry.standfirst ?? '(none)'}`,
    `People (${dry.correspondents.length}):`,
    ...dry.correspondents.map((person) => `  ${person.name} — ${person.title ?? '(credit only)'} (${person.role})`),
    `Pictures (${dry.media.length}):`,
    ...dry.media.map((picture) => `  ${picture.caption} [Credit: ${picture.creditLine}]`),
    `Quotes (${dry.quotes.length}, ${dry.quotes.filter((quote) => quote.sensitive).length} for legal):`,
    ...dry.quotes.map(
      (quote) =>
        `  ${quote.sensitive ? '⚖ ' : '  '}"${quote.text}" — ${quote.speaker}${quote.description ? `, ${quote.description}` : ''}` +
        `${quote.reasons.length ? ` (${quote.reasons.join(', ')})` : ''}`,
    ),
    `Passages for legal (${dry.passages.length}):`,
    ...dry.passages.map((passage) => `  ⚖ ${passage.text} (${passage.reasons.join(', ')})`),
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}

async function importFile(text: string, flags: Flags): Promise<void> {
  const { getPayload, createLocalReq, initTransaction, commitTransaction, killTransaction } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { applyMigrations } = await import('../db/migrate')
  const { closeDatabase } = await import('../db/close')
  const { getEnv } = await import('../config/env')
  const { importStory } = await import('./importStory')
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload, getEnv().DATABASE_URL)
    let user = null
    if (flags.as) {
      const found = await payload.find({ collection: 'users', where: { email: { equals: flags.as } }, limit: 1 })
      if (!found.docs[0]) throw new UsageError(`no Dateline user with the email ${flags.as}`)
      user = { ...found.docs[0], collection: 'users' as const }
    }
    const req = await createLocalReq({ user: user ?? undefined }, payload)
    await initTransaction(req)
    let result
    try {
      result = await importStory(text, req)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    else {
      process.stdout.write(
        [
          `Imported "${result.dispatch.headline}" as a draft: ${result.dispatch.admin}`,
          `  ${result.media.length} pictures (files to follow), ${result.quotes.length} quotes ` +
            `(${result.quotes.filter((quote) => quote.legalStatus === 'pending').length} pending legal), ` +
            `${result.correspondents.filter((person) => person.created).length} new correspondents`,
        ].join('\n') + '\n',
      )
    }
  } finally {
    await closeDatabase(payload)
  }
}

async function main(): Promise<number> {
  try {
    const flags = readFlags(process.argv.slice(2).filter((arg) => arg !== '--'))
    const text = readStory(flags.file)
    if (flags.dryRun) printDryRun(text, flags.format)
    else await importFile(text, flags)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ingest: ${error.message}\n`)
      return 64
    }
    if (isIngestError(error)) {
      process.stderr.write(`ingest: ${error.code}: ${error.message}\n`)
      return 65
    }
    if (error instanceof Error && 'status' in error && error.status === 409) {
      process.stderr.write(`ingest: ${error.message}\n`)
      return 65
    }
    throw error
  }
}

const releaseLoop = holdEventLoop()
process.exitCode = await main()
releaseLoop()
