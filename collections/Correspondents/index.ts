import type { CollectionConfig } from 'payload'
import { slugField } from 'payload'

import { adminsOnly, anyone, editorsOrAdmins, fieldDeskOnly, fieldEditorsOrAdmins } from '../../src/access/wrappers'
import { fillSlugFrom } from '../../src/hooks/fillSlug'
import { holdPublicTextForLegalHook } from '../../src/hooks/holdPublicTextForLegal'
import { projectCorrespondentAfterChange, projectCorrespondentAfterDelete } from '../../src/hooks/projectPublicModel'
import { rejectMalformedId } from '../../src/hooks/rejectMalformedId'
import { rejectUnknownFields } from '../../src/hooks/rejectUnknownFields'
import { contributorKindOptions } from '../common/fields'
import { relationsMustExist } from '../common/relationsMustExist'
import { deskOrOwnProfileField, editorsOrOwnProfile } from './access/ownProfile'

const privateField = { read: deskOrOwnProfileField }

export const Correspondents: CollectionConfig = {
  slug: 'correspondents',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'title', 'kind', 'bureau', 'active'], group: 'Newsroom' },
  access: {
    read: anyone,
    create: editorsOrAdmins,
    update: editorsOrOwnProfile,
    delete: adminsOnly,
    readVersions: adminsOnly,
  },
  hooks: {
    beforeOperation: [rejectMalformedId, rejectUnknownFields],
    beforeValidate: [fillSlugFrom('name')],
    beforeChange: [holdPublicTextForLegalHook('correspondents')],
    afterChange: [projectCorrespondentAfterChange],
    afterDelete: [projectCorrespondentAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, index: true },
    slugField({ useAsSlug: 'name' }),
    {
      name: 'title',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Job title exactly as printed, e.g. "Senior International Correspondent".' },
    },
    { name: 'kind', type: 'select', options: contributorKindOptions },
    { name: 'bio', type: 'textarea', maxLength: 5000 },
    { name: 'photo', type: 'upload', relationTo: 'media-assets', validate: relationsMustExist },
    { name: 'bureau', type: 'text', maxLength: 200 },
    { name: 'active', type: 'checkbox', defaultValue: true },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      access: { read: fieldDeskOnly, create: fieldEditorsOrAdmins, update: fieldEditorsOrAdmins },
      admin: { position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: 'Private (staff only)',
      fields: [
        { name: 'email', type: 'email', access: privateField },
        { name: 'phone', type: 'text', maxLength: 50, access: privateField },
        { name: 'emergencyContact', type: 'textarea', maxLength: 1000, access: privateField },
      ],
    },
  ],
}
