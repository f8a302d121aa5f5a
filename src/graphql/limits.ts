import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

const isIntrospection = (name: string): boolean => name === '__schema' || name === '__type'

/** Returns how deep a selection nests fields (fragments add no level; cycles are cut). */
function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    let depth = 0
    if (selection.kind === Kind.FIELD) {
      if (isIntrospection(selection.name.value)) continue
      depth = 1 + selectionDepth(selection.selectionSet, fragments, seen)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, seen)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment || seen.has(name)) continue
      depth = selectionDepth(fragment.selectionSet, fragments, new Set(seen).add(name))
    }
    deepest = Math.max(deepest, depth)
  }
  return deepest
}

const fragmentsOf = (context: ValidationContext): Map<string, FragmentDefinitionNode> =>
  new Map(
    context
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  )

/** Refuses an operation whose fields nest deeper than `max` (`{ a { b } }` is 2 deep). */
export const depthLimit =
  (max: number): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const depth = selectionDepth(node.selectionSet, fragmentsOf(context), new Set())
      if (depth > max) {
        context.reportError(
          new GraphQLError(`Query depth ${depth} exceeds the maximum depth of ${max} (GRAPHQL_MAX_DEPTH)`, {
            nodes: [node as ASTNode],
            extensions: { code: 'QUERY_TOO_DEEP' },
          }),
        )
      }
    },
  })

/** Refuses a document with more than `max` aliased fields (aliases multiply the work of one query). */
export const aliasLimit =
  (max: number): ValidationRule =>
  (context) => {
    let aliases = 0
    let reported = false
    return {
      Field(node) {
        if (!node.alias) return
        aliases += 1
        if (aliases > max && !reported) {
          reported = true
          context.reportError(
            new GraphQLError(`Query uses more than the maximum of ${max} aliases (GRAPHQL_MAX_ALIASES)`, {
              nodes: [node],
              extensions: { code: 'TOO_MANY_ALIASES' },
            }),
          )
        }
      },
    }
  }

/** Refuses introspection (`__schema`, `__type`); `__typename` stays allowed. */
export const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (isIntrospection(node.name.value)) {
      context.reportError(
        new GraphQLError('GraphQL introspection is disabled on this server (GRAPHQL_INTROSPECTION)', {
          nodes: [node],
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      )
    }
  },
})
