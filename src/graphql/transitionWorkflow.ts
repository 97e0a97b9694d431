import type { GraphQLExtension, PayloadRequest } from 'payload'

import { transitionDocument } from '../services/reviewWorkflow'
import {
  graphQLNameOf,
  WORKFLOW_COLLECTIONS,
  type WorkflowCollectionSlug,
} from '../workflow/collections'
import { PUBLICATIONS, REVIEW_STATES } from '../workflow/states'
import { WORKFLOW_ACTIONS } from '../workflow/transitions'

interface TransitionArgs {
  collection: WorkflowCollectionSlug
  id: string
  to?: string | null
  action?: string | null
  comment?: string | null
  expectedUpdatedAt?: string | null
}

/** `transitionWorkflow(collection, id, to, comment, expectedUpdatedAt)`: the GraphQL twin of the REST endpoint. */
export const workflowMutations: GraphQLExtension = (GraphQL, payload) => {
  const ReviewState = new GraphQL.GraphQLEnumType({
    name: 'ReviewState',
    values: Object.fromEntries(REVIEW_STATES.map((state) => [state, { value: state }])),
  })
  const WorkflowAction = new GraphQL.GraphQLEnumType({
    name: 'WorkflowAction',
    description: 'A review move by name. `withdraw` and `discard` can only be asked for this way.',
    values: Object.fromEntries(WORKFLOW_ACTIONS.map((action) => [action, { value: action }])),
  })
  const Publication = new GraphQL.GraphQLEnumType({
    name: 'WorkflowPublication',
    description: 'Whether anonymous readers get the document.',
    values: Object.fromEntries(PUBLICATIONS.map((value) => [value, { value }])),
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
      action: { type: new GraphQL.GraphQLNonNull(WorkflowAction) },
      publication: { type: new GraphQL.GraphQLNonNull(Publication) },
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
        to: { type: ReviewState, description: 'The target state; or name the move in `action`.' },
        action: { type: WorkflowAction },
        comment: { type: GraphQL.GraphQLString },
        expectedUpdatedAt: { type: GraphQL.GraphQLString },
      },
      resolve: async (_root: unknown, args: TransitionArgs, context: { req: PayloadRequest }) => {
        const { doc, event, transition } = await transitionDocument({
          req: context.req,
          collection: args.collection,
          id: args.id,
          to: args.to ?? undefined,
          action: args.action ?? undefined,
          comment: args.comment,
          expectedUpdatedAt: args.expectedUpdatedAt,
        })
        return {
          collection: args.collection,
          id: args.id,
          from: transition.from,
          to: transition.to,
          action: transition.action,
          publication: doc.publication,
          status: doc._status,
          updatedAt: doc.updatedAt,
          event,
        }
      },
    },
  }
}
