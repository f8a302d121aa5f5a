import type { FlattenedField } from 'payload'

import { jsonDepth } from '../../src/server/fetchBridge'
import { fragmentCycle } from '../../src/graphql/documentGuard'
import { checkWhere, InvalidWhereError } from '../../src/lib/whereGuard'
import { matchPath } from '../../src/server/restGuard'
import { parse } from 'graphql'

const fields = [
  { name: 'headline', type: 'text' },
  { name: 'tags', type: 'text', hasMany: true },
  { name: 'publishedAt', type: 'date' },
  { name: 'count', type: 'number' },
  { name: 'sensitive', type: 'checkbox' },
  { name: 'body', type: 'richText' },
  { name: 'dispatch', type: 'relationship', relationTo: 'dispatches' },
  { name: 'speaker', type: 'group', flattenedFields: [{ name: 'name', type: 'text' }] },
] as unknown as FlattenedField[]
const options = { numericIds: true, related: (slug: string) => (slug === 'dispatches' ? fields : undefined) }
const check = (where: unknown): number => checkWhere(where, fields, options)

describe('checkWhere', () => {
  it.each([
    [{ headline: { like: 'raqqa' } }],
    [{ publishedAt: { less_than: '2026-01-01' } }],
    [{ tags: { all: 'a,b' } }],
    [{ tags: { in: ['a', 'b'] } }],
    [{ count: { greater_than: '3' } }],
    [{ sensitive: { equals: 'true' } }],
    [{ dispatch: { equals: '12' } }],
    [{ 'dispatch.headline': { like: 'x' } }],
    [{ 'speaker.name': { equals: 'A' } }],
    [{ or: [{ headline: { exists: 'true' } }, { and: { 0: { id: { equals: '1' } } } }] }],
    [{ somethingPayloadKnows: { equals: 'x' } }],
  ])('lets %j through', (where) => {
    expect(check(where)).toBeGreaterThan(0)
  })

  it.each([
    ['abc', /must be a filter object/],
    [{ headline: 'x' }, /give an operator/],
    [{ headline: { regex: 'x' } }, /"regex" is not an operator/],
    [{ headline: { near: '1,2' } }, /only to point/],
    [{ headline: { all: 'a,b' } }, /several values/],
    [{ headline: { equals: { $ne: 1 } } }, /takes one value/],
    [{ headline: { equals: ['a', 'b'] } }, /use "in" for a list/],
    [{ publishedAt: { less_than: 'notadate' } }, /is not a date/],
    [{ count: { equals: 'ten' } }, /is not a number/],
    [{ dispatch: { in: ['1', 'x'] } }, /not a number|not an id/],
    [{ sensitive: { equals: 'maybe' } }, /true or false/],
    [{ 'body.root.children': { like: 'x' } }, /richText document/],
    [{ 'headline.deeper': { equals: 'x' } }, /holds a single value/],
    [{ headline: { exists: 'perhaps' } }, /true or false/],
    [{ and: 'x' }, /must be a list/],
    [{ and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ id: { equals: '1' } }] }] }] }] }] }] }] }] }] }] }, /deeper than/],
    [{ or: Array.from({ length: 101 }, () => ({ id: { equals: '1' } })) }, /more than 100 conditions/],
  ])('refuses %j', (where, message) => {
    expect(() => check(where)).toThrow(InvalidWhereError)
    expect(() => check(where)).toThrow(message)
  })
})

describe('jsonDepth counts nesting without recursion', () => {
  it.each([
    ['1', 0],
    ['{}', 1],
    ['[[],[[]]]', 3],
    ['{"a":"[[[[["}', 1],
    ['{"a":"\\"[[["}', 1],
    ['['.repeat(100_000) + ']'.repeat(100_000), 100_000],
  ])('%s', (text, depth) => expect(jsonDepth(text)).toBe(depth))
})

describe('fragmentCycle', () => {
  it.each([
    ['query { ...A } fragment A on Query { id }', null],
    ['query { ...A } fragment A on Query { ...A }', 'A'],
    ['query { ...A } fragment A on Query { x { ...B } } fragment B on X { ...C } fragment C on X { ...A }', 'A'],
    ['query { ...A ...B } fragment A on Q { ...B } fragment B on Q { id }', null],
  ])('%s', (query, cycle) => expect(fragmentCycle(parse(query))).toBe(cycle))
})

describe('matchPath matches as Payload routes', () => {
  it.each([
    ['/:id', ['12'], { id: '12' }],
    ['/:id', ['a/b'], { id: 'a/b' }],
    ['/:id', ['1', 'x'], null],
    ['/access/:id?', ['access'], {}],
    ['/access/:id?', ['access', '3'], { id: '3' }],
    ['/versions/:id', ['versions'], null],
    ['/', [], {}],
  ])('%s against %j', (pattern, segments, params) => expect(matchPath(pattern, segments)).toEqual(params))
})
