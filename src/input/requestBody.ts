/**
 * What a request body may be: its content type, its size and, for JSON, its shape. Payload reads
 * only `application/json` and `multipart/form-data` (and a form-encoded query under the method
 * override); any other body reaches its operations as `undefined` data and answers 500.
 */
import { describeJsonType, findJsonShapeProblem, isPlainObject } from './jsonShape'
import { findQueryProblem, isApiPath, type Refusal } from './requestLine'

export type BodyKind = 'json' | 'form' | 'multipart' | 'other'

/** Room for the boundaries and part headers of a multipart body, beyond its fields and file. */
export const MULTIPART_FRAMING_BYTES = 64 * 1024

export interface BodyLimits {
  maxJsonBodyBytes: number
  maxUploadBytes: number
}

export interface BodyRequest {
  method: string
  path: string
  contentType: string | undefined
  /** The declared Content-Length, when there is one. */
  declaredLength: number | undefined
  /** The request is a POST that Payload will answer as a GET (X-HTTP-Method-Override). */
  isQueryOverride: boolean
}

/** How the gate reads a body: collected whole (then checked) or passed on as it arrives. */
export type BodyPolicy = {
  limit: number
  /** The limit in words, for the 413 message. */
  describeLimit: string
} & ({ read: 'collect'; check: (text: string) => Refusal | undefined } | { read: 'stream' })

export const bodyKindOf = (contentType: string | undefined): BodyKind => {
  const mediaType = (contentType ?? '').split(';', 1)[0].trim().toLowerCase()
  if (mediaType === 'application/json') return 'json'
  if (mediaType === 'application/x-www-form-urlencoded') return 'form'
  if (mediaType === 'multipart/form-data') return 'multipart'
  return 'other'
}

/** 1048576 -> "1 MB", 65536 -> "64 KB", other sizes in bytes. */
export const formatBytes = (bytes: number): string => {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`
  return `${bytes} bytes`
}

export const tooLarge = (limitDescription: string): Refusal => ({
  status: 413,
  message: `The request body is larger than ${limitDescription}.`,
})

/** A JSON body for the API: valid JSON, an object, and not absurdly deep. */
export const checkJsonBody = (text: string): Refusal | undefined => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'it cannot be parsed'
    return { status: 400, message: `The body is not valid JSON: ${reason}` }
  }
  if (!isPlainObject(value)) {
    return {
      status: 400,
      message: `The JSON body must be an object ({ ... }), not ${describeJsonType(value)}.`,
    }
  }
  const shapeProblem = findJsonShapeProblem(value, { maxListItems: Infinity })
  return shapeProblem ? { status: 400, message: shapeProblem } : undefined
}

const unsupportedType = (request: BodyRequest, accepted: string): Refusal => ({
  status: 415,
  message: `${request.method} ${request.path} takes ${accepted}; the Content-Type was ${
    request.contentType ? `"${request.contentType}"` : 'missing'
  }.`,
})

/**
 * The policy for a request that has a body, or the refusal to send without reading it. API
 * bodies are JSON (collected up to the JSON limit, then checked), a form-encoded query under the
 * method override, or multipart uploads (streamed, up to the upload limit plus the JSON fields).
 * Elsewhere (the admin's server actions) bodies are streamed under the same limits, unchecked.
 */
export const bodyPolicyFor = (request: BodyRequest, limits: BodyLimits): BodyPolicy | Refusal => {
  const kind = bodyKindOf(request.contentType)
  const uploadLimit = limits.maxUploadBytes + limits.maxJsonBodyBytes + MULTIPART_FRAMING_BYTES
  const uploadLimitDescription = `${formatBytes(limits.maxUploadBytes)} for a file plus ${formatBytes(
    limits.maxJsonBodyBytes,
  )} for the other fields`
  const jsonLimitDescription = `the ${formatBytes(limits.maxJsonBodyBytes)} limit`
  const limit = kind === 'multipart' ? uploadLimit : limits.maxJsonBodyBytes
  const describeLimit = kind === 'multipart' ? uploadLimitDescription : jsonLimitDescription

  if (request.declaredLength !== undefined && request.declaredLength > limit) {
    return tooLarge(describeLimit)
  }
  if (!isApiPath(request.path)) return { read: 'stream', limit, describeLimit }
  const isGraphQL = request.path === '/api/graphql'
  if (kind === 'json') return { read: 'collect', limit, describeLimit, check: checkJsonBody }
  if (kind === 'form' && request.isQueryOverride) {
    return { read: 'collect', limit, describeLimit, check: findQueryProblem }
  }
  if (kind === 'multipart' && !isGraphQL) return { read: 'stream', limit, describeLimit }
  return unsupportedType(
    request,
    isGraphQL
      ? 'JSON (Content-Type: application/json)'
      : 'JSON (Content-Type: application/json), or multipart/form-data for uploads',
  )
}

export const isRefusal = <T extends object>(outcome: T | Refusal): outcome is Refusal =>
  'status' in outcome && 'message' in outcome

/** Control characters (NUL included) cannot be part of a file name on disk. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/**
 * File systems take names of up to 255 bytes; Payload adds suffixes (`-1`, `-400x300`) to the
 * names it stores, so longer names failed with a 500 when written.
 */
export const MAX_FILE_NAME_BYTES = 200

/** A file name Payload could not store (it answered 500 when writing it). */
export const checkUploadFileName = (fileName: string): Refusal | undefined => {
  if (CONTROL_CHARACTERS.test(fileName)) {
    return {
      status: 400,
      message: 'The file name contains control characters (such as NUL); rename the file.',
    }
  }
  if (Buffer.byteLength(fileName) > MAX_FILE_NAME_BYTES) {
    return {
      status: 400,
      message: `The file name is longer than ${MAX_FILE_NAME_BYTES} bytes; shorten it.`,
    }
  }
  return undefined
}

/** Payload reads an upload's document from the `_payload` form field, as JSON (500 if not). */
export const checkMultipartField = (name: string, value: string): Refusal | undefined => {
  if (name !== '_payload') return undefined
  const problem = checkJsonBody(value)
  return problem && { status: problem.status, message: `The _payload field: ${problem.message}` }
}
