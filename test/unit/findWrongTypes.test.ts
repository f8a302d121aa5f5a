/** Wrong-typed values are refused, but the admin form's own encodings of an empty list are not. */
import type { FlattenedField } from 'payload'

import { findWrongTypes } from '../../src/hooks/findWrongTypes'

const fields = [
  { name: 'byline', type: 'array', flattenedFields: [{ name: 'role', type: 'text' }] },
  { name: 'headline', type: 'text' },
] as unknown as FlattenedField[]

describe('findWrongTypes', () => {
  it('takes the admin form’s 0 for an array with no rows, and a list', () => {
    expect(findWrongTypes({ byline: 0, headline: 'H' }, fields)).toEqual([])
    expect(findWrongTypes({ byline: [{ role: 'reporter' }] }, fields)).toEqual([])
  })

  it('refuses anything else for an array', () => {
    expect(findWrongTypes({ byline: 3 }, fields)).toEqual([{ path: 'byline', message: 'byline takes a list of rows' }])
    expect(findWrongTypes({ byline: 'x' }, fields)).toEqual([{ path: 'byline', message: 'byline takes a list of rows' }])
    expect(findWrongTypes({ byline: [{ role: 5 }] }, fields)).toEqual([{ path: 'byline.0.role', message: 'byline.0.role takes text' }])
  })
})
