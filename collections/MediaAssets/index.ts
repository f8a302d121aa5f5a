import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { copyWriters, editorsOrAdmins, fieldAnyone, fieldServerOnly } from '../../src/access/wrappers'
import { getEnv } from '../../src/config/env'
import { holdPublicTextForLegalHook, refuseLivePictureFile } from '../../src/hooks/holdPublicTextForLegal'
import { projectPictureAfterChange, projectPictureAfterDelete } from '../../src/hooks/projectPublicModel'
import { rejectMalformedId } from '../../src/hooks/rejectMalformedId'
import { rejectUnknownFields } from '../../src/hooks/rejectUnknownFields'
import { refuseStaleSave } from '../../src/hooks/refuseStaleSave'
import { stampCreatedBy } from '../../src/hooks/stampCreatedBy'
import { LICENCE_LABELS, optionsOf } from '../../src/lib/labels'
import { stampUpdatedBy } from '../../src/hooks/stampUpdatedBy'
import { createdByField, updatedByField } from '../common/fields'
import { relationsMustExist } from '../common/relationsMustExist'
import { editorsOrOwnMedia } from './access/ownMedia'
import { staffOrPublicMedia } from './access/publicMedia'
import { notFoundWhenMissing } from './handlers/notFoundWhenMissing'
import { parseCredit } from './hooks/parseCredit'
import { rememberFilesToWrite, removeOrphanFiles } from './hooks/removeOrphanFiles'
import { storeUnderSniffedType } from './hooks/storeUnderSniffedType'
import { ALLOWED_MIME_TYPES } from '../../src/media/allowedTypes'
import { mediaStore } from '../../src/media/storage'

export { ALLOWED_MIME_TYPES }

const env = getEnv()
const store = mediaStore(env)
// With S3 storage Payload writes nothing to disk (the plugin sets disableLocalStorage); staticDir
// is then only where Payload would look, and never finds, a file.
const staticDir = store.kind === 'local' ? store.staticDir : path.resolve(process.cwd(), 'media')

export const MediaAssets: CollectionConfig = {
  slug: 'media-assets',
  labels: { singular: 'Media asset', plural: 'Media assets' },
  admin: { useAsTitle: 'caption', defaultColumns: ['filename', 'caption', 'creditLine', 'updatedAt'], group: 'Newsroom' },
  access: {
    read: staffOrPublicMedia,
    create: copyWriters,
    update: editorsOrOwnMedia,
    delete: editorsOrAdmins,
  },
  hooks: {
    beforeOperation: [rejectMalformedId, rejectUnknownFields, refuseLivePictureFile, storeUnderSniffedType],
    beforeChange: [stampCreatedBy, refuseStaleSave, parseCredit, stampUpdatedBy, holdPublicTextForLegalHook('media-assets'), rememberFilesToWrite],
    afterChange: [projectPictureAfterChange],
    afterDelete: [projectPictureAfterDelete],
    afterError: [removeOrphanFiles(store)],
  },
  upload: {
    staticDir,
    // On S3 the storage plugin's handler answers a missing object with 404 itself.
    handlers: store.kind === 'local' ? [notFoundWhenMissing(store.staticDir)] : [],
    mimeTypes: ALLOWED_MIME_TYPES,
    filesRequiredOnCreate: false,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320 },
      { name: 'card', width: 768, height: 432 },
      { name: 'hero', width: 1920, height: 1080, withoutEnlargement: true },
    ],
    pasteURL:
      env.UPLOAD_URL_ALLOWLIST.length > 0
        ? {
            allowList: env.UPLOAD_URL_ALLOWLIST.map((origin) => {
              const url = new URL(origin)
              return {
                hostname: url.hostname,
                protocol: url.protocol.replace(':', '') as 'http' | 'https',
                ...(url.port ? { port: url.port } : {}),
              }
            }),
          }
        : false,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      maxLength: 500,
      admin: { description: 'Describes the picture for screen readers. Required on images before publishing.' },
    },
    { name: 'caption', type: 'textarea', maxLength: 2000 },
    {
      name: 'creditLine',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'Exactly as printed, e.g. "ITV News/Sean Swan", "Reuters", "UN OCHA/Handout".' },
    },
    {
      name: 'credit',
      type: 'group',
      admin: { description: 'Parsed from the credit line when it changes.' },
      fields: [
        { name: 'organisation', type: 'text', maxLength: 200 },
        { name: 'creatorName', type: 'text', maxLength: 200 },
        { name: 'creator', type: 'relationship', relationTo: 'correspondents', validate: relationsMustExist },
        { name: 'isHandout', type: 'checkbox', defaultValue: false },
        { name: 'isPool', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'rights',
      type: 'group',
      fields: [
        {
          name: 'licence',
          type: 'select',
          defaultValue: 'staff',
          options: optionsOf(LICENCE_LABELS, ['staff', 'agency', 'handout', 'pool', 'licensed', 'exclusive'] as const),
        },
        { name: 'usageTerms', type: 'textarea', maxLength: 2000 },
        { name: 'expiresAt', type: 'date' },
      ],
    },
    { name: 'capturedAt', type: 'date' },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { read: fieldAnyone, create: fieldServerOnly, update: fieldServerOnly },
      admin: { readOnly: true, position: 'sidebar', description: 'Shown by a published story.' },
    },
    createdByField,
    updatedByField,
  ],
}
