import { buildSchema, parse, specifiedRules, validate } from 'graphql'

import { aliasLimit, depthLimit, noIntrospection } from '../../../src/graphql/limits'

const schema = buildSchema(`
  type Person { name: String, friend: Person }
  type Query { me: Person, people: [Person] }
`)
const errors = (query: string, rules = [depthLimit(3), aliasLimit(2)]) =>
  validate(schema, parse(query), [...specifiedRules, ...rules]).map((e) => e.message)

describe('depthLimit', () => {
  it.each([
    ['{ me { name } }', 2],
    ['{ me { friend { name } } }', 3],
    ['{ me { friend { friend { name } } } }', 4],
    ['{ me { ...F } } fragment F on Person { friend { friend { name } } }', 4],
    ['{ me { ... on Person { friend { friend { name } } } } }', 4],
  ])('%s is %i deep', (query, depth) => {
    const found = errors(query)
    if (depth > 3) expect(found).toEqual([`Query depth ${depth} exceeds the maximum depth of 3 (GRAPHQL_MAX_DEPTH)`])
    else expect(found).toEqual([])
  })

  it('does not count introspection fields', () => {
    expect(errors('{ __schema { types { fields { type { name } } } } }')).toEqual([])
  })
})

describe('aliasLimit', () => {
  it('allows up to the limit and refuses past it, once', () => {
    expect(errors('{ a: me { name } b: me { name } }')).toEqual([])
    expect(errors('{ a: me { name } b: me { name } c: me { n: name } d: me { name } }')).toEqual([
      'Query uses more than the maximum of 2 aliases (GRAPHQL_MAX_ALIASES)',
    ])
  })
})

describe('noIntrospection', () => {
  it('refuses __schema and __type but not __typename', () => {
    expect(errors('{ __schema { queryType { name } } }', [noIntrospection])).toHaveLength(1)
    expect(errors('{ __type(name: "Person") { name } }', [noIntrospection])).toHaveLength(1)
    expect(errors('{ me { __typename name } }', [noIntrospection])).toEqual([])
  })
})
