import type { TextFieldSingleValidation } from 'payload'

import { getEnv } from '../../../src/config/env'
import { systemResolver } from '../../../src/webhooks/resolver'
import { checkWebhookTarget, parseWebhookUrl } from '../../../src/webhooks/target'

/**
 * An http(s) URL whose host resolves only to addresses Dateline may send to (no cloud metadata,
 * link-local, or, unless configured, loopback and private addresses). The lookup runs on save,
 * not on every keystroke in the admin; the dispatcher checks again before each send.
 */
export const validateWebhookUrl: TextFieldSingleValidation = async (value, { event }) => {
  const parsed = parseWebhookUrl(value)
  if (!parsed.ok) return `Webhook URL refused: ${parsed.reason}`
  if (event === 'onChange') return true
  const env = getEnv()
  const checked = await checkWebhookTarget(
    parsed.url,
    { allowLoopback: env.WEBHOOK_ALLOW_LOOPBACK, allowPrivate: env.WEBHOOK_ALLOW_PRIVATE },
    systemResolver,
  )
  return checked.ok ? true : `Webhook URL refused: ${checked.reason}`
}
