import type { Payload } from 'payload'

import type { Dispatch } from '../../payload-types'

let counter = 0

/**
 * Files a story in the given status that passes the publish gate (a byline, no quotes, no media),
 * written by the server as the workflow service would, for tests that start mid-workflow.
 */
export function createStoryFixture(
  payload: Payload,
  reporterId: number,
  status: Dispatch['workflowStatus'],
  extra: Partial<Dispatch> = {},
  label = 'Fixture story',
): Promise<Dispatch> {
  counter += 1
  const published = status === 'published'
  const now = new Date().toISOString()
  return payload.create({
    collection: 'dispatches',
    draft: !published,
    data: {
      headline: `${label} ${counter} ${Date.now()}`,
      byline: [{ correspondent: reporterId, role: 'reporter' }],
      workflowStatus: status,
      ...(published && { _status: 'published', publishedAt: now, firstPublishedAt: now }),
      ...extra,
    } as Dispatch,
    context: { workflowService: true },
  })
}
