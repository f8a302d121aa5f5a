import type { AfterErrorHook } from 'payload'

/** Copies a refusal's stable code to `extensions.code` of a GraphQL error, where clients look for it. */
export const codeInGraphQLExtensions: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!graphqlResult) return
  const original = (error as { originalError?: { data?: { code?: unknown } } }).originalError
  const code = original?.data?.code
  if (typeof code !== 'string') return
  return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, code } } }
}
