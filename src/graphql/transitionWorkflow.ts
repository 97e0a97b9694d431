import type { GraphQLExtension, PayloadRequest } from 'payload'

import { transitionDocument } from '../services/reviewWorkflow'
import {
  graphQLNameOf,
  WORKFLOW_COLLECTIONS,
  type WorkflowCollectionSlug,
} from '../workflow/collections'
import { REVIEW_STATES } from '../workflow/states'

interface TransitionArgs {
  collection: WorkflowCollectionSlug
  id: string
  to: string
  comment?: string | null
  expectedUpdatedAt?: string | null
}

/** `transitionWorkflow(collection, id, to, comment, expectedUpdatedAt)`: the GraphQL twin of the REST endpoint. */
export const workflowMutations: GraphQLExtension = (GraphQL, payload) => {
  const ReviewState = new GraphQL.GraphQLEnumType({
    name: 'ReviewState',
    values: Object.fromEntries(REVIEW_STATES.map((state) => [state, { value: state }])),
  })
  const WorkflowCollection = new GraphQL.GraphQLEnumType({
    name: 'WorkflowCollection',
    values: Object.fromEntries(
      WORKFLOW_COLLECTIONS.map((slug) => [graphQLNameOf(slug), { value: slug }]),
    ),
  })
  const WorkflowTransitionResult = new GraphQL.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: {
      collection: { type: new GraphQL.GraphQLNonNull(WorkflowCollection) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      from: { type: new GraphQL.GraphQLNonNull(ReviewState) },
      to: { type: new GraphQL.GraphQLNonNull(ReviewState) },
      status: {
        type: GraphQL.GraphQLString,
        description: 'Payload `_status`: draft or published.',
      },
      updatedAt: { type: GraphQL.GraphQLString },
      event: {
        type: new GraphQL.GraphQLNonNull(payload.collections['workflow-events'].graphQL!.type),
      },
    },
  })
  return {
    transitionWorkflow: {
      type: new GraphQL.GraphQLNonNull(WorkflowTransitionResult),
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(WorkflowCollection) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        to: { type: new GraphQL.GraphQLNonNull(ReviewState) },
        comment: { type: GraphQL.GraphQLString },
        expectedUpdatedAt: { type: GraphQL.GraphQLString },
      },
      resolve: async (_root: unknown, args: TransitionArgs, context: { req: PayloadRequest }) => {
        const { doc, event, transition } = await transitionDocument({
          req: context.req,
          collection: args.collection,
          id: args.id,
          to: args.to,
          comment: args.comment,
          expectedUpdatedAt: args.expectedUpdatedAt,
        })
        return {
          collection: args.collection,
          id: args.id,
          from: transition.from,
          to: transition.to,
          status: doc._status,
          updatedAt: doc.updatedAt,
          event,
        }
      },
    },
  }
}
