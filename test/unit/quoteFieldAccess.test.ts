import type { FieldAccess } from 'payload'

import { deskOrQuoteFilerField } from '../../collections/Quotes/access/deskOrQuoteFilerField'

type Args = Parameters<FieldAccess>[0]
const as = (roles: string[], id = 7) => ({ req: { user: { id, roles } } }) as unknown as Args

describe('deskOrQuoteFilerField (sensitivity reasons and legal state of a quote)', () => {
  it.each([
    ['editor, any quote', as(['editor']), { createdBy: 1 }, true],
    ['legal, any quote', as(['legal']), { createdBy: 1 }, true],
    ['correspondent, a quote they filed', as(['correspondent']), { createdBy: 7 }, true],
    ['correspondent, a quote someone else filed', as(['correspondent']), { createdBy: 1 }, false],
    ['correspondent, a new quote they are filing', as(['correspondent']), undefined, true],
    ['correspondent, the create form (an empty document)', as(['correspondent']), {}, true],
    ['frontend, a new quote', as(['frontend']), undefined, false],
    ['anonymous, any quote', { req: { user: null } } as unknown as Args, { createdBy: 7 }, false],
  ])('%s → %s', (_name, args, doc, expected) => {
    expect(deskOrQuoteFilerField({ ...args, doc } as Args)).toBe(expected)
  })
})
