import { deliveryBody, webhookEventForDelete, webhookEventForSave, type DispatchSave, type WebhookEvent } from '../../../src/webhooks/events'

const save = (operation: DispatchSave['operation'], before: string | null, status: 'published' | 'draft', workflowStatus: string): DispatchSave => ({
  operation,
  before: before === null ? null : { workflowStatus: before },
  after: { _status: status, workflowStatus },
})

describe('webhookEventForSave', () => {
  it.each<[string, DispatchSave, WebhookEvent | null]>([
    ['first publish', save('update', 'approved', 'published', 'published'), 'dispatch.published'],
    ['republish after a correction', save('update', 'approved', 'published', 'published'), 'dispatch.published'],
    ['scheduled release', save('update', 'scheduled', 'published', 'published'), 'dispatch.published'],
    ['created published (server import)', save('create', null, 'published', 'published'), 'dispatch.published'],
    ['server rewrite of the live copy', save('update', 'published', 'published', 'published'), 'dispatch.updated'],
    ['withdrawal', save('update', 'published', 'draft', 'withdrawn'), 'dispatch.withdrawn'],
    ['withdrawal during a correction', save('update', 'in_review', 'draft', 'withdrawn'), 'dispatch.withdrawn'],
    ['draft save of a withdrawn story', save('update', 'withdrawn', 'draft', 'withdrawn'), null],
    ['draft save', save('update', 'draft', 'draft', 'draft'), null],
    ['submit', save('update', 'draft', 'draft', 'in_review'), null],
    ['approve', save('update', 'in_review', 'draft', 'approved'), null],
    ['schedule', save('update', 'approved', 'draft', 'scheduled'), null],
    ['correction opened (live copy stays up)', save('update', 'published', 'draft', 'in_review'), null],
    ['restore after withdrawal', save('update', 'withdrawn', 'draft', 'draft'), null],
    ['autosave of a published story', save('update', 'published', 'draft', 'published'), null],
  ])('%s', (_name, input, event) => {
    expect(webhookEventForSave(input)).toBe(event)
  })
})

describe('webhookEventForDelete', () => {
  it('a deleted live story is withdrawn; a deleted draft announces nothing', () => {
    expect(webhookEventForDelete({ _status: 'published' })).toBe('dispatch.withdrawn')
    expect(webhookEventForDelete({ _status: 'draft' })).toBeNull()
  })
})

describe('deliveryBody', () => {
  it('is exactly { id, event, at, dispatch: { id, slug, headline } }', () => {
    const body = deliveryBody({
      id: 'd-1',
      event: 'dispatch.published',
      at: '2026-11-22T12:00:00.000Z',
      dispatch: { id: 7, slug: 'battle-for-raqqa', headline: 'Battle for Raqqa', extra: 'dropped' } as never,
    })
    expect(JSON.parse(body)).toEqual({
      id: 'd-1',
      event: 'dispatch.published',
      at: '2026-11-22T12:00:00.000Z',
      dispatch: { id: 7, slug: 'battle-for-raqqa', headline: 'Battle for Raqqa' },
    })
  })
})
