import type { CollectionBeforeChangeHook } from 'payload'

import { newLegalWords } from '../../../src/legal/publicText'
import type { SensitivityReason } from '../../../src/quotes/sensitivityReasons'

type SpeakerText = { name?: string | null; description?: string | null } | null | undefined

/** The speaker as readers read it beside the quote: "Tom Reyes, the councillor who …". */
const speakerLine = (speaker: SpeakerText): string =>
  [speaker?.name, speaker?.description].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(', ')

/**
 * A speaker typed by hand is printed beside the quote, outside the story's text legal reads. When
 * the name or description brings quoted speech or a passage for legal ("the councillor who is
 * accused of fraud") that it did not carry before, the quote is raised: sensitive, with the
 * passage's reasons, so it waits for legal (mailed, audited) and the publish gate holds it. A
 * raise is open to whoever may edit the quote, so the save goes through. The binding's own
 * writes (the speaker the copy prints, which the legal read covers) and server code are not asked.
 */
export const raiseForSpeakerWords: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || req.context.quoteBinding || req.context.legalDecision || req.context.liveSnapshot) return data
  if (data.speaker === undefined) return data
  const before = { speaker: speakerLine(originalDoc?.speaker) }
  const after = { speaker: speakerLine({ ...(originalDoc?.speaker ?? {}), ...(data.speaker ?? {}) }) }
  const findings = newLegalWords(['speaker'], before, after)
  if (findings.length === 0) return data
  const stored: SensitivityReason[] = data.sensitivityReasons ?? originalDoc?.sensitivityReasons ?? []
  const reasons = findings.flatMap((finding) => finding.reasons ?? []).filter((reason) => !stored.includes(reason))
  data.sensitive = true
  data.sensitivityReasons = [...stored, ...new Set(reasons)]
  return data
}
