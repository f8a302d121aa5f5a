import type { GraphQLExtension, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { reviewQuote, transitionDispatch } from '../services/workflowService'
import { WorkflowError } from '../workflow/errors'

/** A workflow refusal as Payload's GraphQL handler reports it: status and `{ code, reasons }` in extensions. */
class WorkflowGraphQLError extends APIError<{ code: string; reasons: unknown[] }> {
  constructor(error: WorkflowError) {
    super(error.message, error.httpStatus, { code: error.code, reasons: [...error.reasons] }, true)
    this.name = 'WorkflowError'
  }
}

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof WorkflowError) throw new WorkflowGraphQLError(error)
    throw error
  }
}

type Context = { req: PayloadRequest }

/**
 * `transitionDispatch(id, to, note, embargoUntil, expectedFrom): Dispatch` and
 * `reviewQuote(id, decision, note): Quote`: the REST workflow operations, through the same service.
 */
export const workflowMutations: GraphQLExtension = (GraphQL, { collections }) => {
  const { GraphQLID, GraphQLNonNull, GraphQLString, GraphQLEnumType } = GraphQL
  const decision = new GraphQLEnumType({
    name: 'LegalDecision',
    values: { approve: { value: 'approve' }, reject: { value: 'reject' } },
  })
  return {
    transitionDispatch: {
      type: collections.dispatches!.graphQL!.type,
      args: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        to: { type: new GraphQLNonNull(GraphQLString) },
        note: { type: GraphQLString },
        embargoUntil: { type: GraphQLString },
        expectedFrom: { type: GraphQLString },
      },
      resolve: (_source: unknown, args: { id: string; to: string; note?: string; embargoUntil?: string; expectedFrom?: string }, context: Context) =>
        run(() => {
          if (!context.req.user) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Sign in to change the workflow of a dispatch')
          return transitionDispatch(args, context.req)
        }),
    },
    reviewQuote: {
      type: collections.quotes!.graphQL!.type,
      args: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        decision: { type: new GraphQLNonNull(decision) },
        note: { type: GraphQLString },
      },
      resolve: (_source: unknown, args: { id: string; decision: 'approve' | 'reject'; note?: string }, context: Context) =>
        run(() => reviewQuote(args, context.req)),
    },
  }
}
