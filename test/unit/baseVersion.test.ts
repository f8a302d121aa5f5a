import { baseClaim, staleBecause, versionTag } from '../../src/concurrency/baseVersion'

const AT = '2026-12-01T16:00:00.000Z'
const MS = Date.parse(AT)

describe('baseClaim: what a save says it was based on', () => {
  it.each([
    ['nothing', {}, { kind: 'none' }],
    ['If-Match: *', { ifMatch: '*' }, { kind: 'override' }],
    ['?override=true', { override: 'true', ifMatch: `"7-${MS}"` }, { kind: 'override' }],
    ['?override=false', { override: 'false' }, { kind: 'none' }],
    ['its own ETag', { ifMatch: `"7-${MS}"` }, { kind: 'based-on', updatedAt: AT }],
    ['a list of its ETags (the newest counts)', { ifMatch: `"7-${MS - 5000}", "7-${MS}"` }, { kind: 'based-on', updatedAt: AT }],
    ['the body updatedAt', { bodyUpdatedAt: '2026-12-01T16:00:00Z' }, { kind: 'based-on', updatedAt: AT }],
    ['the header over the body', { ifMatch: `"7-${MS}"`, bodyUpdatedAt: '2020-01-01T00:00:00Z' }, { kind: 'based-on', updatedAt: AT }],
    ['an empty body updatedAt', { bodyUpdatedAt: '' }, { kind: 'none' }],
  ])('%s', (_label, input, expected) => {
    expect(baseClaim({ id: 7, ...input })).toEqual(expected)
  })

  it.each([
    ['a weak ETag', { ifMatch: `W/"7-${MS}"` }],
    ['another document', { ifMatch: `"8-${MS}"` }],
    ['junk', { ifMatch: 'abc' }],
    ['a list with junk', { ifMatch: `"7-${MS}", junk` }],
    ['an updatedAt that is no date', { bodyUpdatedAt: 'yesterday' }],
  ])('%s is malformed', (_label, input) => {
    expect(baseClaim({ id: 7, ...input }).kind).toBe('malformed')
  })

  it('round-trips the version tag', () => {
    expect(baseClaim({ id: 7, ifMatch: versionTag(7, AT) })).toEqual({ kind: 'based-on', updatedAt: AT })
  })
})

describe('staleBecause: someone else saved after the base', () => {
  const save = (savedBy: number | null, second = 1) => ({ updatedAt: `2026-12-01T16:00:0${second}.000Z`, savedBy })
  it.each([
    ['nothing saved since', 1, [], null],
    ['only my own autosaves since', 1, [save(1, 3), save(1, 2)], null],
    ['someone else saved since', 1, [save(2, 2)], save(2, 2)],
    ['someone else, then me', 1, [save(1, 3), save(2, 2)], save(2, 2)],
    ['the server saved since', 1, [save(null)], save(null)],
    ['a save by nobody signed in', null, [save(1)], save(1)],
  ] as const)('%s', (_label, saver, since, expected) => {
    expect(staleBecause(saver, since)).toEqual(expected)
  })
})
