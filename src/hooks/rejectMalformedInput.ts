import {
  APIError,
  buildVersionCollectionFields,
  ValidationError,
  validateQueryPaths,
  type Collection,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import { findDataProblems, idFormatFor } from '../input/documentData'
import { fieldTypeAt, type FieldShape } from '../input/fieldPaths'
import { findWhereShapeProblem, findWhereValueProblem } from '../input/whereClause'
import { findPagingProblem } from '../utilities/queryLimit'

/**
 * Payload's check of a filter's paths (QueryError). A version query has the same hook operation
 * as a find, so a filter that fails against the document's fields is tried against its
 * versions' fields (`parent`, `version.title`...) before it counts as wrong.
 */
const validatePaths = async (
  where: Where,
  collection: SanitizedCollectionConfig,
  req: PayloadRequest,
  overrideAccess: boolean,
): Promise<void> => {
  try {
    await validateQueryPaths({ collectionConfig: collection, overrideAccess, req, where })
  } catch (documentError) {
    if (!collection.versions) throw documentError
    const versionFields = buildVersionCollectionFields(req.payload.config, collection, true)
    await validateQueryPaths({
      collectionConfig: collection,
      overrideAccess,
      req,
      versionFields,
      where,
    }).catch(() => {
      throw documentError
    })
  }
}

const refuse = (message: string): never => {
  throw new APIError(message, 400, null, true)
}

/**
 * Refuses, with a 400 that says what is wrong, API input that Payload would otherwise carry to
 * the database and answer with a 500: a malformed page or limit, a `where` whose operators do
 * not fit their fields, and document data of the wrong types or shape.
 * Runs first among a collection's beforeOperation hooks; the server's own Local API calls are
 * trusted.
 */
export const rejectMalformedInput: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local') return args
  const fields = collection.flattenedFields as FieldShape[]
  const input = args as {
    page?: unknown
    limit?: unknown
    where?: unknown
    data?: unknown
    overrideAccess?: boolean
  }

  const pagingProblem = findPagingProblem(input)
  if (pagingProblem) refuse(pagingProblem)

  if (input.where !== undefined && input.where !== null) {
    const shapeProblem = findWhereShapeProblem(input.where)
    if (shapeProblem) refuse(shapeProblem)
    const where = input.where as Where
    const valueProblem = findWhereValueProblem(where, (path) =>
      fieldTypeAt(
        path,
        fields,
        (slug) =>
          (req.payload.collections as Record<string, Collection | undefined>)[slug]?.config
            .flattenedFields as FieldShape[] | undefined,
      ),
    )
    if (valueProblem) {
      // Payload's own path check comes first (its QueryError for unknown or unreadable paths),
      // so the message never describes a field this caller may not query.
      await validatePaths(where, collection, req, Boolean(input.overrideAccess))
      refuse(valueProblem)
    }
  }

  // No collection takes anonymous writes: Payload's access check refuses them (403) before it
  // reads the data, and checking the data first would tell strangers which fields exist.
  if ((operation === 'create' || operation === 'update') && req.user) {
    if (input.data === undefined) {
      refuse(
        "The request has no document data: send the fields as a JSON object (for an upload, in the form's _payload field).",
      )
    }
    const problems = findDataProblems(input.data, fields, idFormatFor(req.payload.db.name))
    const wholeDocumentProblem = problems.find((problem) => problem.path === '')
    if (wholeDocumentProblem) refuse(wholeDocumentProblem.message)
    if (problems.length > 0) {
      throw new ValidationError({ collection: collection.slug, errors: problems, req })
    }
  }
  return args
}
