import type { CollectionBeforeChangeHook } from 'payload'

import { bodyMediaIds } from '../../../src/media/bodyMedia'

/** Keeps `bodyMedia` in step with the pictures placed in the body, so visibility can be queried. */
export const collectBodyMedia: CollectionBeforeChangeHook = ({ data }) => {
  if (data.body !== undefined) data.bodyMedia = bodyMediaIds(data.body)
  return data
}
