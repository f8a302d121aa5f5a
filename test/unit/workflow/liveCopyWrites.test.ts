import { liveCopyWriteRefusal } from '../../../src/workflow'

describe('liveCopyWriteRefusal', () => {
  it.each([
    ['create', false, undefined, false],
    ['create', true, undefined, false],
    ['create', true, 'published', true],
    ['update', true, undefined, false],
    ['update', true, 'published', true],
    ['update', false, undefined, true],
    ['update', false, 'draft', true],
    ['restoreVersion', true, undefined, false],
    ['restoreVersion', false, undefined, true],
  ] as const)('%s, draft=%s, _status=%s: refused=%s', (operation, draft, status, refused) => {
    expect(liveCopyWriteRefusal({ operation, draft, status }) !== null).toBe(refused)
  })
})
