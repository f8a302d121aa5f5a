import type { CollectionConfig } from 'payload'

import { fieldDeskOnly, fieldServerOnly, fieldStaffOnly } from '../../src/access/wrappers'
import { projectQuoteAfterChange, projectQuoteAfterDelete } from '../../src/hooks/projectPublicModel'
import { rejectMalformedId } from '../../src/hooks/rejectMalformedId'
import { rejectUnknownFields } from '../../src/hooks/rejectUnknownFields'
import { refuseStaleSave } from '../../src/hooks/refuseStaleSave'
import { stampCreatedBy } from '../../src/hooks/stampCreatedBy'
import { BINDING_STATES } from '../../src/legal/binding'
import { BINDING_LABELS, LEGAL_STATUS_LABELS, optionsOf, SENSITIVITY_REASON_LABELS } from '../../src/lib/labels'
import { stampUpdatedBy } from '../../src/hooks/stampUpdatedBy'
import { createdByField, updatedByField } from '../common/fields'
import { relationsMustExist } from '../common/relationsMustExist'
import { quoteHash } from '../../src/quotes/legalState'
import { SENSITIVITY_REASONS } from '../../src/quotes/sensitivityReasons'
import { deskOrQuoteFilerField } from './access/deskOrQuoteFilerField'
import { quoteCreateAccess, quoteDeleteAccess, quoteReadAccess, quoteWriteAccess } from './access/quoteAccess'
import { legalReviewEndpoint } from './endpoints/legalReview'
import { liveField } from './fields/live'
import { auditFlagChanges, auditQuoteDeletion, guardQuoteDeletion } from './hooks/auditFlags'
import { enforceFlagRatchet } from './hooks/enforceFlagRatchet'
import { forgetLiveCopyOnMove } from './hooks/forgetLiveCopyOnMove'
import { guardQuoteWords } from './hooks/guardQuoteWords'
import { keepLegalStatus } from './hooks/keepLegalStatus'
import { notifyLegal } from './hooks/notifyLegal'
import { raiseForSpeakerWords } from './hooks/raiseForSpeakerWords'
import { requireOwnDispatch } from './hooks/requireOwnDispatch'
import { showLiveCopy } from './hooks/showLiveCopy'

/**
 * The working words, speaker and context are the newsroom's; readers get the live snapshot in
 * their place (showLiveCopy). Access on each leaf, because Payload's distinct and filter checks
 * look at the field named, not at its group.
 */
const workingCopyOnly = { read: fieldStaffOnly }


export const Quotes: CollectionConfig = {
  slug: 'quotes',
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'dispatch', 'speaker.name', 'legalState'],
    group: 'Newsroom',
  },
  endpoints: [legalReviewEndpoint],
  // Every read loads the snapshot, whatever it selects: readers' words come from it.
  forceSelect: { live: true },
  access: {
    read: quoteReadAccess,
    create: quoteCreateAccess,
    update: quoteWriteAccess,
    delete: quoteDeleteAccess,
  },
  hooks: {
    beforeOperation: [rejectMalformedId, rejectUnknownFields],
    beforeChange: [stampCreatedBy, requireOwnDispatch, refuseStaleSave, enforceFlagRatchet, guardQuoteWords, raiseForSpeakerWords, keepLegalStatus, forgetLiveCopyOnMove, stampUpdatedBy],
    afterRead: [showLiveCopy],
    afterChange: [auditFlagChanges, notifyLegal, projectQuoteAfterChange],
    beforeDelete: [guardQuoteDeletion],
    afterDelete: [auditQuoteDeletion, projectQuoteAfterDelete],
  },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 5000, access: workingCopyOnly },
    {
      name: 'dispatch',
      type: 'relationship',
      relationTo: 'dispatches',
      required: true,
      index: true,
      validate: relationsMustExist,
    },
    {
      name: 'speaker',
      type: 'group',
      access: workingCopyOnly,
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: 300,
          access: workingCopyOnly,
          admin: { description: 'As printed, e.g. "a woman calling herself Aisha".' },
        },
        { name: 'description', type: 'text', maxLength: 500, access: workingCopyOnly },
        { name: 'isAnonymous', type: 'checkbox', defaultValue: false, access: workingCopyOnly },
      ],
    },
    {
      name: 'identityNotes',
      type: 'textarea',
      maxLength: 5000,
      access: { read: fieldDeskOnly },
      admin: { description: 'The real identity of a protected source. Editors and legal only; never public.' },
    },
    { name: 'context', type: 'textarea', maxLength: 5000, access: workingCopyOnly },
    {
      name: 'binding',
      type: 'select',
      defaultValue: 'bound',
      index: true,
      options: optionsOf(BINDING_LABELS, BINDING_STATES),
      access: { read: fieldStaffOnly, create: fieldServerOnly, update: fieldServerOnly },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: "In the story: its words stand in the story's working copy. No longer in the story: they have left it; never public, and it may be deleted.",
      },
    },
    {
      // Who the story's words gave the quote to when the binding last read them. When the copy
      // gives the words to someone else, the quote follows (and waits for legal again).
      name: 'attribution',
      type: 'text',
      maxLength: 1000,
      access: { read: fieldStaffOnly, create: fieldServerOnly, update: fieldServerOnly },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Who the story gives these words to, as last read from the copy. When the copy names someone else, the quote takes that speaker and legal reads it again.',
      },
    },
    {
      name: 'sensitive',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      // Which quotes went to legal is the newsroom's business: readers can neither see nor filter by it.
      access: { read: deskOrQuoteFilerField },
    },
    {
      name: 'sensitivityReasons',
      type: 'select',
      hasMany: true,
      options: optionsOf(SENSITIVITY_REASON_LABELS, SENSITIVITY_REASONS),
      access: { read: deskOrQuoteFilerField },
    },
    {
      name: 'legal',
      type: 'group',
      access: { read: deskOrQuoteFilerField, create: fieldServerOnly, update: fieldServerOnly },
      admin: { readOnly: true },
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'not_required',
          index: true,
          options: optionsOf(LEGAL_STATUS_LABELS, ['not_required', 'pending', 'approved', 'rejected'] as const),
        },
        { name: 'note', type: 'textarea', maxLength: 5000 },
        { name: 'reviewer', type: 'relationship', relationTo: 'users' },
        { name: 'reviewedAt', type: 'date' },
        { name: 'approvedHash', type: 'text', maxLength: 64 },
        {
          // What legal names in a decision (`reviewed`): the hash of the words and speaker as they
          // stand when read, so a decision never lands on a quote edited while it was on screen.
          name: 'reviewHash',
          type: 'text',
          virtual: true,
          admin: { hidden: true },
          hooks: { afterRead: [({ data }) => (typeof data?.text === 'string' ? quoteHash(data.text, data.speaker) : null)] },
        },
        {
          // Legal (or an admin) took a flag down: the binding then never raises this quote's flags
          // again for the same words, so a lawyer's decision is not undone by the next save.
          name: 'flagsLoweredBy',
          type: 'relationship',
          relationTo: 'users',
        },
        { name: 'flagsLoweredAt', type: 'date' },
      ],
    },
    {
      // Legal's state in words (list cell and the dispatch's quotes table) and its decision (sidebar).
      name: 'legalState',
      type: 'ui',
      label: 'Legal',
      admin: {
        position: 'sidebar',
        components: { Cell: '/src/admin/QuoteLegalCell#QuoteLegalCell', Field: '/src/admin/legal/QuoteLegalPanel#QuoteLegalPanel' },
      },
    },
    liveField,
    createdByField,
    updatedByField,
  ],
}
