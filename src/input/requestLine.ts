/**
 * Checks on a request's method, path, method-override headers and query string: what can be
 * refused before the request reaches Next and Payload, which answer 500 to each of these.
 */
import { describeJsonType, isPlainObject } from './jsonShape'

/** A refusal to send as `{ errors: [{ message }] }` with this status (and headers). */
export interface Refusal {
  status: number
  message: string
  headers?: Record<string, string>
}

/** The methods the CMS answers; Node's parser also accepts TRACE, PROPFIND, MKCOL and more. */
export const SUPPORTED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/** Payload turns a POST into a GET when one of these says GET (its admin sends long queries so). */
export const METHOD_OVERRIDE_HEADERS = ['x-http-method-override', 'x-payload-http-method-override']

/** Query parameters Payload reads as JSON text when they are given as a plain string. */
const JSON_QUERY_PARAMETERS = ['where', 'data']

export const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/')

export const findMethodProblem = (method: string | undefined): Refusal | undefined => {
  if (method && SUPPORTED_METHODS.includes(method)) return undefined
  return {
    status: 405,
    message: `The method ${method} is not supported; use ${SUPPORTED_METHODS.join(', ')}.`,
    headers: { Allow: SUPPORTED_METHODS.join(', ') },
  }
}

/** `/api/articles/%ff` cannot be decoded, and Next answers 500 to it. */
export const findPathProblem = (path: string): Refusal | undefined => {
  try {
    decodeURIComponent(path)
    return undefined
  } catch {
    return {
      status: 400,
      message:
        'The address is not valid: a percent sign must start a UTF-8 escape such as %20 or %C3%A9.',
    }
  }
}

/** The override only turns a POST into a GET; any other use would be ignored or misread. */
export const findMethodOverrideProblem = (
  method: string,
  headers: Record<string, string | string[] | undefined>,
): Refusal | undefined => {
  for (const name of METHOD_OVERRIDE_HEADERS) {
    const value = headers[name]
    if (value === undefined) continue
    if (method !== 'POST' || value !== 'GET') {
      return {
        status: 400,
        message: `${name} is only accepted as "GET" on a POST request (a query sent in the body).`,
      }
    }
  }
  return undefined
}

/**
 * Payload parses `where=...` and `data=...` given as plain strings with JSON.parse, and a string
 * that is not a JSON object answers 500. Bracketed forms (`where[title][equals]=x`) are checked
 * later, against the collection's fields.
 */
export const findQueryProblem = (search: string): Refusal | undefined => {
  const parameters = new URLSearchParams(search)
  for (const name of JSON_QUERY_PARAMETERS) {
    for (const text of parameters.getAll(name)) {
      if (text === '') continue
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        return {
          status: 400,
          message: `The query parameter "${name}" must be a JSON object or use brackets, e.g. ${name}[title][equals]=Boxcar; it is neither.`,
        }
      }
      if (!isPlainObject(value)) {
        return {
          status: 400,
          message: `The query parameter "${name}" must be a JSON object, not ${describeJsonType(value)}.`,
        }
      }
    }
  }
  return undefined
}
