import { embargoEditRefusal } from '../../../src/workflow/embargoEdits'

const AT = '2025-03-07T06:00:00.000Z'

describe('embargoEditRefusal', () => {
  it.each([
    ['scheduled, embargo moved later', 'scheduled', AT, '2025-03-07T07:00:00Z', true],
    ['scheduled, embargo moved earlier', 'scheduled', AT, '2025-03-07T05:00:00Z', true],
    ['scheduled, embargo cleared', 'scheduled', AT, null, true],
    ['scheduled, unreadable embargo', 'scheduled', AT, 'tomorrow', true],
    ['scheduled, same instant in another notation', 'scheduled', AT, '2025-03-07T07:00:00+01:00', false],
    ['scheduled, embargo not sent', 'scheduled', AT, undefined, false],
    ['approved, embargo changed', 'approved', AT, '2025-03-08T06:00:00Z', false],
    ['draft, embargo set', 'draft', null, AT, false],
  ] as const)('%s', (_label, status, before, after, refused) => {
    expect(embargoEditRefusal(status, before, after) !== null).toBe(refused)
  })
})
