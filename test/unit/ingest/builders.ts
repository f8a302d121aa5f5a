import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Anonymity, Block, ExtractedMedia, ExtractedQuote, SensitivityReason } from '../../../src/ingest/extract'

/** Builders that keep the expected extractions in the tests short enough to read. */

/** The seed stories, as the project keeps them for its tests. */
export function readSeed(name: string): string {
  return readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds', name), 'utf8')
}

export function readStory(name: string): string {
  return readFileSync(path.resolve(process.cwd(), 'test/unit/ingest/stories', name), 'utf8')
}

export const p = (text: string): Block => ({ type: 'paragraph', text })
export const picture = (index: number): Block => ({ type: 'media', index })

export function media(
  caption: string,
  creditLine: string,
  organisation: string | null,
  creatorName: string | null,
  flags: { isHandout?: boolean; isPool?: boolean } = {},
): ExtractedMedia {
  return {
    caption,
    creditLine,
    credit: { organisation, creatorName, isHandout: flags.isHandout ?? false, isPool: flags.isPool ?? false },
  }
}

export function quote(
  text: string,
  speaker: { name: string; description: string | null; anonymity: Anonymity },
  reasons: SensitivityReason[],
  context: string,
): ExtractedQuote {
  return {
    text,
    speaker: { ...speaker, isAnonymous: speaker.anonymity !== 'named' },
    context,
    sensitive: reasons.length > 0,
    reasons,
  }
}
