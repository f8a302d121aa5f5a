import type { CollectionConfig } from 'payload'
import { slugField } from 'payload'

import {
  adminsOnly,
  fieldAnyone,
  fieldServerOnly,
  fieldStaffOnly,
} from '../../src/access/wrappers'
import { getEnv } from '../../src/config/env'
import { fillSlugFrom } from '../../src/hooks/fillSlug'
import { projectDispatchAfterChange, projectDispatchAfterDelete } from '../../src/hooks/projectPublicModel'
import { rejectMalformedId } from '../../src/hooks/rejectMalformedId'
import { rejectUnknownFields } from '../../src/hooks/rejectUnknownFields'
import { refuseStaleSave } from '../../src/hooks/refuseStaleSave'
import { stampCreatedBy } from '../../src/hooks/stampCreatedBy'
import { optionsOf, WORKFLOW_STATUS_LABELS } from '../../src/lib/labels'
import { stampUpdatedBy } from '../../src/hooks/stampUpdatedBy'
import { contributorKindOptions, createdByField, freshSlugOnDuplicate, updatedByField } from '../common/fields'
import { relationsMustExist } from '../common/relationsMustExist'
import { textList } from '../common/textList'
import { WORKFLOW_STATUSES } from '../../src/workflow/copyRights'
import {
  dispatchCreateAccess,
  dispatchReadAccess,
  dispatchVersionsAccess,
  dispatchWriteAccess,
} from './access/dispatchAccess'
import { deskOrOwnDispatchField } from './access/deskOrOwnDispatchField'
import { ownDispatchesListFilter } from './access/ownDispatchesListFilter'
import { bySlugEndpoint } from './endpoints/bySlug'
import { ingestEndpoint } from './endpoints/ingest'
import { legalHoldEndpoint } from './endpoints/legalHold'
import { createPreviewLinkEndpoint, revokePreviewLinkEndpoint } from './endpoints/previewLinks'
import { legalQueueEndpoint, legalReadEndpoint, legalReviewEndpoint, legalReviewStateEndpoint } from './endpoints/legalReview'
import { quotedPassagesEndpoint } from './endpoints/quotedPassages'
import { transitionEndpoint } from './endpoints/transition'
import { workflowPanelEndpoint } from './endpoints/workflowPanel'
import { legalReadField } from './fields/legalRead'
import { bindQuotesAfterChange, duplicateAsCallerReads, noteDuplicateSource } from './hooks/bindQuotes'
import { collectBodyMedia } from './hooks/collectBodyMedia'
import { enforceCopyRights } from './hooks/enforceCopyRights'
import { enqueueWebhooksAfterChange, enqueueWebhooksAfterDelete } from './hooks/enqueueWebhooks'
import { flagLegalRead } from './hooks/flagLegalRead'
import { lockBeforeReading, lockWhileSaving } from './hooks/lockWhileSaving'
import { keepScheduledEmbargo } from './hooks/keepScheduledEmbargo'
import { restoreAsWorkingCopy } from './hooks/restoreAsWorkingCopy'
import { liveCopyForReaders } from './hooks/liveCopyForReaders'
import { refuseLiveCopyWrites } from './hooks/refuseLiveCopyWrites'
import { stampIntakeHash } from './hooks/stampIntakeHash'
import {
  updateMediaVisibilityAfterChange,
  updateMediaVisibilityAfterDelete,
} from './hooks/updateMediaVisibility'

const serverOnly = { create: fieldServerOnly, update: fieldServerOnly }

/** The staff preview page of a saved dispatch, or null before its first save. */
const previewUrl = (id: unknown): string | null =>
  typeof id === 'number' || typeof id === 'string' ? `${getEnv().SERVER_URL}/preview/stories/${encodeURIComponent(String(id))}` : null

export const Dispatches: CollectionConfig = {
  slug: 'dispatches',
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'dateline', 'workflowStatus', 'legalState', 'publishedAt', 'updatedAt'],
    group: 'Newsroom',
    baseFilter: ownDispatchesListFilter,
    // The reader site's staff preview: the working copy in the story page with the gate's blockers.
    // In the edit view it reloads after each save and autosave (src/site/preview.tsx).
    livePreview: { url: ({ data }) => previewUrl(data?.id) ?? '' },
    preview: (doc) => previewUrl(doc?.id),
    components: {
      beforeListTable: ['/src/admin/ImportStory#ImportStory'],
      // A story changes status only through the workflow panel (the sidebar's workflowStatus).
      edit: {
        PublishButton: '/src/admin/NoStockControl#NoStockControl',
        UnpublishButton: '/src/admin/NoStockControl#NoStockControl',
        Status: '/src/admin/NoStockControl#NoStockControl',
      },
    },
  },
  // Bulk edit would offer Publish / Unpublish for a selection, which the server refuses.
  disableBulkEdit: true,
  versions: {
    maxPerDoc: 100,
    // Drafts are validated too: every save of a dispatch is a draft save outside the workflow
    // service, and Payload would otherwise store any shape a client sends.
    drafts: { autosave: { interval: 2000 }, validate: true },
  },
  endpoints: [
    // Before any `/:id` route, so "legal-queue" is never read as an id.
    legalQueueEndpoint,
    ingestEndpoint,
    transitionEndpoint,
    workflowPanelEndpoint,
    legalHoldEndpoint,
    bySlugEndpoint,
    createPreviewLinkEndpoint,
    revokePreviewLinkEndpoint,
    legalReviewEndpoint,
    legalReviewStateEndpoint,
    legalReadEndpoint,
    quotedPassagesEndpoint,
  ],
  // Public lists and feeds read `_status = published ORDER BY publishedAt DESC`; one index
  // answers both the filter and the order, so the newest page costs the same at 100,000 rows.
  // (slug, _status, workflowStatus and publishedAt are indexed one by one as well.)
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  access: {
    read: dispatchReadAccess,
    readVersions: dispatchVersionsAccess,
    create: dispatchCreateAccess,
    update: dispatchWriteAccess,
    delete: adminsOnly,
  },
  hooks: {
    beforeOperation: [rejectMalformedId, lockBeforeReading, rejectUnknownFields, refuseLiveCopyWrites, liveCopyForReaders, noteDuplicateSource],
    beforeValidate: [fillSlugFrom('headline')],
    beforeChange: [lockWhileSaving, enforceCopyRights, refuseStaleSave, restoreAsWorkingCopy, keepScheduledEmbargo, duplicateAsCallerReads, stampCreatedBy, stampUpdatedBy, stampIntakeHash, collectBodyMedia, flagLegalRead],
    afterChange: [bindQuotesAfterChange, updateMediaVisibilityAfterChange, enqueueWebhooksAfterChange, projectDispatchAfterChange],
    afterDelete: [updateMediaVisibilityAfterDelete, enqueueWebhooksAfterDelete, projectDispatchAfterDelete],
  },
  fields: [
    {
      // Read-only reason and refused-save notice over the form (src/admin/workflow/CopyNotice.tsx).
      name: 'copyNotice',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: '/src/admin/workflow/CopyNotice#CopyNotice' } },
    },
    { name: 'headline', type: 'text', required: true, maxLength: 300 },
    slugField({ useAsSlug: 'headline', position: undefined, overrides: freshSlugOnDuplicate }),
    { name: 'standfirst', type: 'textarea', maxLength: 1000 },
    {
      name: 'dateline',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Where the story was filed from, e.g. "Raqqa, Syria".' },
    },
    { name: 'body', type: 'richText' },
    {
      name: 'quotedPassages',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: '/src/admin/QuotedPassages#QuotedPassages' } },
    },
    { name: 'tags', type: 'text', hasMany: true, maxLength: 100, validate: textList },
    {
      name: 'byline',
      type: 'array',
      labels: { singular: 'Byline entry', plural: 'Byline' },
      fields: [
        {
          name: 'correspondent',
          type: 'relationship',
          relationTo: 'correspondents',
          required: true,
          validate: relationsMustExist,
        },
        { name: 'role', type: 'select', required: true, options: contributorKindOptions },
      ],
    },
    { name: 'media', type: 'relationship', relationTo: 'media-assets', hasMany: true, validate: relationsMustExist },
    {
      name: 'mediaPreview',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: '/src/admin/MediaPreview#MediaPreview' } },
    },
    {
      name: 'bodyMedia',
      type: 'relationship',
      relationTo: 'media-assets',
      hasMany: true,
      access: serverOnly,
      admin: { hidden: true },
    },
    {
      name: 'quotes',
      type: 'join',
      collection: 'quotes',
      on: 'dispatch',
      defaultSort: 'createdAt',
      admin: { defaultColumns: ['text', 'speaker.name', 'legalState'] },
    },
    {
      name: 'workflowStatus',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      // A copy starts its own life as a draft (see also refuseLiveCopyWrites).
      hooks: { beforeDuplicate: [() => 'draft'] },
      options: optionsOf(WORKFLOW_STATUS_LABELS, WORKFLOW_STATUSES),
      label: 'Status',
      access: { read: fieldStaffOnly, ...serverOnly },
      admin: {
        position: 'sidebar',
        readOnly: true,
        // The workflow panel stands where the status field would: status, blockers and moves.
        components: { Field: '/src/admin/workflow/WorkflowPanel#WorkflowPanel' },
      },
    },
    {
      name: 'legalState',
      type: 'ui',
      label: 'Legal',
      admin: { components: { Cell: '/src/admin/LegalStateCell#LegalStateCell', Field: false } },
    },
    {
      name: 'embargoUntil',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedAt',
      label: 'Published',
      type: 'date',
      index: true,
      disableDuplicate: true,
      access: { read: fieldAnyone, ...serverOnly },
      // A withdrawn story's row says so instead of the date it once went out.
      admin: { position: 'sidebar', readOnly: true, components: { Cell: '/src/admin/PublishedAtCell#PublishedAtCell' } },
    },
    { name: 'firstPublishedAt', type: 'date', disableDuplicate: true, access: { read: fieldAnyone, ...serverOnly }, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'legalHold',
      type: 'group',
      access: { read: deskOrOwnDispatchField, ...serverOnly },
      admin: { readOnly: true, description: 'Placed and lifted by legal. While active, nothing publishes.' },
      fields: [
        { name: 'active', type: 'checkbox', defaultValue: false },
        { name: 'reason', type: 'textarea', maxLength: 2000 },
        { name: 'placedBy', type: 'relationship', relationTo: 'users' },
        { name: 'placedAt', type: 'date' },
      ],
    },
    legalReadField,
    {
      name: 'corrections',
      type: 'array',
      disableDuplicate: true,
      access: serverOnly,
      admin: { readOnly: true, description: 'Public correction notes, appended when a corrected story is republished.' },
      fields: [
        { name: 'at', type: 'date', required: true },
        { name: 'text', type: 'textarea', required: true, maxLength: 2000 },
      ],
    },
    {
      name: 'editorialNotes',
      type: 'textarea',
      maxLength: 10000,
      access: { read: deskOrOwnDispatchField },
      admin: { description: 'Internal notes for the desk. Never public.' },
    },
    {
      name: 'intakeHash',
      type: 'text',
      disableDuplicate: true,
      index: true,
      access: { read: fieldStaffOnly, ...serverOnly },
      admin: { hidden: true },
    },
    createdByField,
    updatedByField,
  ],
}
