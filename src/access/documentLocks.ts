import type {
  Access,
  CollectionBeforeChangeHook,
  SanitizedCollectionConfig,
  SanitizedConfig,
} from 'payload'

import { DatelineError } from '../errors'
import { mayEdit } from './mayEdit'
import { isEditorOrAdmin, isStaff, relationId } from './roles'

export const LOCKS = 'payload-locked-documents'

type LockTarget = { relationTo?: unknown; value?: unknown } | null | undefined

/** Refuses a lock on a document the user may not edit; a lock always names whoever writes it. */
const onlyEditorsHoldLocks: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) throw new DatelineError('LOCK_NOT_ALLOWED', 'Sign in to lock a document', 401)
  const target = (data.document ?? originalDoc?.document) as LockTarget
  const slug = typeof target?.relationTo === 'string' ? target.relationTo : null
  const id = relationId(target?.value)
  if (!slug || id === null || !(await mayEdit(req, slug, id))) {
    throw new DatelineError(
      'LOCK_NOT_ALLOWED',
      slug && id !== null
        ? `You may not edit ${slug} ${id}, so you cannot lock it`
        : 'A lock must name the document it holds (document: { relationTo, value })',
      403,
    )
  }
  data.document = { relationTo: slug, value: id }
  data.user = { relationTo: req.user.collection, value: req.user.id }
  return data
}

/** Who sees which documents are being edited: staff (readers and frontend keys learn nothing). */
const staffReadLocks: Access = ({ req }) => isStaff(req.user)

/** The holder lets go of their own lock; editors and admins may clear anyone's. */
const holderOrDeskDeletes: Access = ({ req }) => {
  if (!req.user) return false
  if (isEditorOrAdmin(req.user)) return true
  return { 'user.value': { equals: req.user.id } }
}

/**
 * Payload adds the locks collection itself (with "any signed-in user" rules); this puts
 * Dateline's rules on it once the config is built: only users who may edit a document hold
 * its lock, and the lock names them.
 */
export function withDocumentLockRules(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS) as SanitizedCollectionConfig | undefined
  if (!locks) return config
  locks.access = { ...locks.access, read: staffReadLocks, delete: holderOrDeskDeletes }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), onlyEditorsHoldLocks]
  return config
}
