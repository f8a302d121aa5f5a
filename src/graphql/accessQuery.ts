import type { GraphQLExtension } from 'payload'

type AccessResult = Record<string, unknown> & { canAccessAdmin?: boolean }
type Resolve = (source: unknown, args: unknown, context: unknown, info: unknown) => Promise<AccessResult>

/**
 * `Access` as Payload builds it, with `canAccessAdmin` always a boolean. Payload drops false
 * permissions from the result (sanitizePermissions), so for a reader who may not use the admin
 * the non-null `canAccessAdmin` came back null and the whole query failed with a 500-style error.
 */
export const accessQuery: GraphQLExtension = (_GraphQL, { Query }) => {
  const original = Query.fields.Access as { type: unknown; resolve: Resolve }
  return {
    Access: {
      type: original.type,
      resolve: async (source: unknown, args: unknown, context: unknown, info: unknown) => {
        const result = await original.resolve(source, args, context, info)
        return { ...result, canAccessAdmin: result?.canAccessAdmin === true }
      },
    },
  }
}
