import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { relationId } from '../access/roles'
import { projectPerson, projectPicture, projectQuoteStory, projectStories } from '../services/publicModel'

/*
 * Each change that readers may see rewrites the public projections it touches in its own
 * transaction (src/services/publicModel.ts); that service also names the keys to invalidate once
 * it commits. Saves readers cannot see recompute to the same bytes and invalidate nothing.
 */

/**
 * A dispatch save can change what is live only when the live copy is involved: a publish, a
 * withdrawal, a correction (all through the workflow service), or a save of a story that was live.
 * A draft save of a story that never went out is not looked at; other draft saves recompute to
 * the same bytes and change nothing.
 */
export const projectDispatchAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  // `previousDoc` is the newest version, so a withdrawal during a correction's review sees a
  // draft on both sides: every write of the workflow service is looked at.
  if (doc._status === 'published' || previousDoc?._status === 'published' || context.workflowService === true) {
    await projectStories([Number(doc.id)], req)
  }
  return doc
}

export const projectDispatchAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await projectStories([Number(doc.id)], req)
  return doc
}

export const projectCorrespondentAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await projectPerson(Number(doc.id), req)
  return doc
}

export const projectCorrespondentAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await projectPerson(Number(doc.id), req)
  return doc
}

/** A media asset change shows when a published story shows the asset, before or after. */
export const projectPictureAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await projectPicture(Number(doc.id), req, doc.isPublic === true || previousDoc?.isPublic === true)
  return doc
}

export const projectPictureAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await projectPicture(Number(doc.id), req, doc.isPublic === true)
  return doc
}

/** A quote shows only through its story: that story's page is recomputed (whether it changes is the public view's call). */
export const projectQuoteAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  // A publish writes its quotes' live snapshots just before the story itself, whose save projects it.
  if (context.storyProjected === true) return doc
  const stories = new Set([relationId(doc.dispatch), relationId(previousDoc?.dispatch)].filter((id) => id !== null).map(Number))
  for (const id of stories) await projectQuoteStory(id, req)
  return doc
}

export const projectQuoteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const id = relationId(doc.dispatch)
  if (id !== null) await projectQuoteStory(Number(id), req)
  return doc
}
