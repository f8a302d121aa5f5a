import type { GraphQLExtension, PayloadRequest } from 'payload'

import { parseReviewed, parseStorySeen } from '../server/requestBodies'
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
        story: {
          type: GraphQLString,
          description: "The story as legal saw it (dispatchLegalReview's `hash`): the approval that leaves nothing waiting seals the story only with it; REVIEW_STALE when the story changed since",
        },
      },
      resolve: (_source: unknown, args: { id: string; decision: 'approve' | 'reject'; note?: string; reviewed: string; story?: string | null }, context: Context) =>
        reviewQuote({ ...args, reviewed: parseReviewed(args.reviewed), story: parseStorySeen(args.story) }, context.req),
    },
  }
}
