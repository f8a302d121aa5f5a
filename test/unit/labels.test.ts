/** The newsroom's words for stored values: every value of every vocabulary has one, none is snake_case. */
import { Dispatches } from '../../collections/Dispatches'
import { MediaAssets } from '../../collections/MediaAssets'
import { Quotes } from '../../collections/Quotes'
import { WorkflowEvents } from '../../collections/WorkflowEvents'
import { labelOf, legalStatusLabel, reasonLabel, statusLabel, WORKFLOW_STATUS_LABELS } from '../../src/lib/labels'
import { quoteLegalLabel } from '../../src/lib/quoteState'
import { SENSITIVITY_REASONS } from '../../src/quotes/sensitivityReasons'
import { WORKFLOW_STATUSES } from '../../src/workflow/copyRights'
import type { CollectionConfig, Field } from 'payload'

describe('labels', () => {
  it('has the desk’s words for the values people read', () => {
    expect(statusLabel('in_review')).toBe('In review')
    expect(statusLabel('changes_requested')).toBe('Changes requested')
    expect(legalStatusLabel('pending')).toBe('Pending legal')
    expect(reasonLabel('extremist_content')).toBe('Extremist content')
    expect(reasonLabel('anonymous_source')).toBe('Anonymous source')
  })

  it('covers every status and reason', () => {
    for (const status of WORKFLOW_STATUSES) expect(WORKFLOW_STATUS_LABELS[status]).toBeTruthy()
    for (const reason of SENSITIVITY_REASONS) expect(reasonLabel(reason)).not.toMatch(/_/)
  })

  it('reads an unknown value as words, never snake_case', () => {
    expect(labelOf({}, 'legal_read_required')).toBe('Legal read required')
    expect(labelOf({}, null)).toBe('—')
  })

  it('labels a quote’s state in a badge', () => {
    expect(quoteLegalLabel({ sensitive: false })).toBe('Not sensitive')
    expect(quoteLegalLabel({ sensitive: true, legal: { status: 'not_required' } })).toBe('Pending legal')
    expect(quoteLegalLabel({ sensitive: true, legal: { status: 'approved' } })).toBe('Cleared by legal')
    expect(quoteLegalLabel({ sensitive: true, legal: { status: 'rejected' } })).toBe('Rejected by legal')
    expect(quoteLegalLabel({ sensitive: true, legal: { status: 'approved' }, binding: 'unbound' })).toBe('No longer in the story')
  })

  /** Every select option of the collections a person reads is labelled in words. */
  const selectOptions = (fields: Field[]): Array<{ path: string; label: string; value: string }> =>
    fields.flatMap((field) => {
      const nested = 'fields' in field && Array.isArray(field.fields) ? selectOptions(field.fields) : []
      if (field.type !== 'select') return nested
      return field.options.map((o) =>
        typeof o === 'string' ? { path: field.name, label: o, value: o } : { path: field.name, label: String(o.label), value: o.value },
      )
    })

  it.each<[string, CollectionConfig]>([
    ['dispatches', Dispatches],
    ['quotes', Quotes],
    ['media-assets', MediaAssets],
    ['workflow-events', WorkflowEvents],
  ])('%s select options carry words as labels', (_slug, collection) => {
    const options = selectOptions(collection.fields)
    expect(options.length).toBeGreaterThan(0)
    for (const option of options) {
      expect(option.label).not.toMatch(/_/)
      expect(option.label.charAt(0)).toBe(option.label.charAt(0).toUpperCase())
    }
  })
})
