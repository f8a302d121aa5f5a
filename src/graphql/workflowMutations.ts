import type { GraphQLExtension, PayloadRequest } from 'payload'

import { parseReviewed } from '../server/requestBodies'
import { reviewQuote, transitionDispatch } from '../services/workflowService'

type Context = { req: PayloadRequest }

/**
 * `transitionDispatch(id, to, note, embargoUntil, expectedFrom): Dispatch` and
 * `reviewQuote(id, decision, note, reviewed): Quote`: the REST workflow operations, through the same service.
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
      // Refusals reach clients through the afterError hook (src/errors/payloadErrors.ts), as over REST.
      resolve: (_source: unknown, args: { id: string; to: string; note?: string; embargoUntil?: string; expectedFrom?: string }, context: Context) =>
        transitionDispatch(args, context.req),
    },
    reviewQuote: {
      type: collections.quotes!.graphQL!.type,
      args: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        decision: { type: new GraphQLNonNull(decision) },
        note: { type: GraphQLString },
        reviewed: { type: new GraphQLNonNull(GraphQLString), description: "The quote's `legal.reviewHash` as legal read it; REVIEW_STALE when it changed since" },
      },
      resolve: (_source: unknown, args: { id: string; decision: 'approve' | 'reject'; note?: string; reviewed: string }, context: Context) =>
        reviewQuote({ ...args, reviewed: parseReviewed(args.reviewed) }, context.req),
    },
  }
}
