import type { GraphQLExtension, PayloadRequest } from 'payload'

import { parseReviewed } from '../server/requestBodies'
import { legalReviewFor, requireLegalRead, reviewStory } from '../services/legalRead'

type Context = { req: PayloadRequest }
type GraphQLModule = Parameters<GraphQLExtension>[0]

/** One set of types per schema build (queries and mutations are built from the same module). */
const built = new WeakMap<object, ReturnType<typeof buildTypes>>()

function buildTypes(GraphQL: GraphQLModule) {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLID, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const passage = new GraphQLObjectType({
    name: 'LegalReadPassage',
    fields: { text: { type: new GraphQLNonNull(GraphQLString) }, reasons: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))) } },
  })
  const diffPart = new GraphQLObjectType({
    name: 'LegalReadDiffPart',
    fields: { op: { type: new GraphQLNonNull(GraphQLString) }, text: { type: new GraphQLNonNull(GraphQLString) } },
  })
  const sealed = new GraphQLObjectType({
    name: 'DispatchLegalSeal',
    description: 'Legal approves the story readers get: whether its last approval still names it, and what changed since',
    fields: {
      involved: { type: new GraphQLNonNull(GraphQLBoolean) },
      required: { type: new GraphQLNonNull(GraphQLBoolean) },
      approved: { type: new GraphQLNonNull(GraphQLBoolean) },
      fingerprint: { type: new GraphQLNonNull(GraphQLString) },
      changes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))) },
    },
  })
  const review = new GraphQLObjectType({
    name: 'DispatchLegalReview',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID) },
      status: { type: new GraphQLNonNull(GraphQLString) },
      required: { type: new GraphQLNonNull(GraphQLBoolean) },
      needed: { type: new GraphQLNonNull(GraphQLBoolean) },
      passages: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(passage))) },
      text: { type: new GraphQLNonNull(GraphQLString) },
      hash: { type: new GraphQLNonNull(GraphQLString), description: 'The story as legal sees it (its text and everything readers get): name it as `reviewed` in reviewDispatch, or as `story` in reviewQuote' },
      textHash: { type: new GraphQLNonNull(GraphQLString), description: 'Hash of `text` alone' },
      diff: { type: new GraphQLList(new GraphQLNonNull(diffPart)) },
      approvedTextMatches: { type: new GraphQLNonNull(GraphQLBoolean) },
      reviewer: { type: GraphQLID },
      reviewedAt: { type: GraphQLString },
      note: { type: GraphQLString },
      sealed: { type: sealed },
    },
  })
  const decision = new GraphQLEnumType({
    name: 'StoryLegalDecision',
    values: { approve: { value: 'approve' }, reject: { value: 'reject' } },
  })
  return { review, decision, GraphQLBoolean, GraphQLID, GraphQLNonNull, GraphQLString }
}

const typesFor = (GraphQL: GraphQLModule): ReturnType<typeof buildTypes> => {
  let types = built.get(GraphQL)
  if (!types) {
    types = buildTypes(GraphQL)
    built.set(GraphQL, types)
  }
  return types
}

// Refusals reach clients through the afterError hook (src/errors/payloadErrors.ts), as over REST.

/** `reviewDispatch(id, decision, note, reviewed)` and `requireLegalRead(id, required, note)`: the REST legal-read commands, through the same service. */
export const legalReadMutations: GraphQLExtension = (GraphQL) => {
  const { review, decision, GraphQLBoolean, GraphQLID, GraphQLNonNull, GraphQLString } = typesFor(GraphQL)
  return {
    reviewDispatch: {
      type: review,
      args: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        decision: { type: new GraphQLNonNull(decision) },
        note: { type: GraphQLString },
        reviewed: { type: new GraphQLNonNull(GraphQLString), description: 'The `hash` of the story legal saw (dispatchLegalReview); REVIEW_STALE when anything readers get changed since' },
      },
      resolve: (_source: unknown, args: { id: string; decision: 'approve' | 'reject'; note?: string; reviewed: string }, context: Context) =>
        reviewStory({ ...args, reviewed: parseReviewed(args.reviewed) }, context.req),
    },
    requireLegalRead: {
      type: review,
      args: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        required: { type: new GraphQLNonNull(GraphQLBoolean) },
        note: { type: GraphQLString },
      },
      resolve: (_source: unknown, args: { id: string; required: boolean; note?: string }, context: Context) =>
        requireLegalRead(args, context.req),
    },
  }
}

/** `dispatchLegalReview(id)`: what GET /api/dispatches/:id/legal-review answers. */
export const legalReadQueries: GraphQLExtension = (GraphQL) => {
  const { review, GraphQLID, GraphQLNonNull } = typesFor(GraphQL)
  return {
    dispatchLegalReview: {
      type: review,
      args: { id: { type: new GraphQLNonNull(GraphQLID) } },
      resolve: (_source: unknown, args: { id: string }, context: Context) => legalReviewFor(args.id, context.req),
    },
  }
}
