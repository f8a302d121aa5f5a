import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

import { DatelineError } from '../errors/DatelineError'

/** A GraphQL document is at most this long (characters); longer ones are refused unread. */
export const GRAPHQL_MAX_DOCUMENT = 100_000

/** Returns the fragments each fragment spreads, walking selection sets without recursion. */
function spreadsOf(set: SelectionSetNode): string[] {
  const names: string[] = []
  const stack: SelectionSetNode[] = [set]
  while (stack.length) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value)
      else if (selection.selectionSet) stack.push(selection.selectionSet)
    }
  }
  return names
}

/** Returns the name of a fragment that spreads itself (directly or through others), or null. */
export function fragmentCycle(document: DocumentNode): string | null {
  const graph = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) graph.set(definition.name.value, spreadsOf(definition.selectionSet))
  }
  // Iterative depth-first search with colours: grey = on the current path, black = done.
  const colour = new Map<string, 'grey' | 'black'>()
  for (const start of graph.keys()) {
    if (colour.has(start)) continue
    const path: Array<{ name: string; next: number }> = [{ name: start, next: 0 }]
    colour.set(start, 'grey')
    while (path.length) {
      const top = path[path.length - 1]!
      const edges = graph.get(top.name) ?? []
      if (top.next >= edges.length) {
        colour.set(top.name, 'black')
        path.pop()
        continue
      }
      const target = edges[top.next++]!
      if (colour.get(target) === 'grey') return target
      if (!colour.has(target) && graph.has(target)) {
        colour.set(target, 'grey')
        path.push({ name: target, next: 0 })
      }
    }
  }
  return null
}

/**
 * Refuses, before Payload's handler runs it, a GraphQL body whose document spreads a fragment
 * in a cycle: GraphQL's own rule reports it, but the complexity rule Payload runs beside it
 * follows the spreads for ever and overflowed the stack (an empty 500). Other problems (syntax,
 * unknown fields) are left to GraphQL, which answers them itself.
 */
export function checkGraphQLBody(body: unknown): void {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return
  const query = (body as { query?: unknown }).query
  if (typeof query !== 'string') return
  if (query.length > GRAPHQL_MAX_DOCUMENT) {
    throw new DatelineError('GRAPHQL_TOO_LARGE', `The GraphQL document is ${query.length} characters long; at most ${GRAPHQL_MAX_DOCUMENT} are accepted`, 400)
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch {
    return
  }
  const cycle = fragmentCycle(document)
  if (cycle) throw new DatelineError('FRAGMENT_CYCLE', `Fragment "${cycle}" spreads itself (directly or through other fragments); fragments must not form a cycle`, 400)
}
