import type { RequestHandler, Response } from 'express'

import {
  findMethodOverrideProblem,
  findMethodProblem,
  findPathProblem,
  findQueryProblem,
  isApiPath,
  type Refusal,
} from '../input/requestLine'

/** Answers a refusal as the API answers every error: `{ errors: [{ message }] }`. */
export const sendRefusal = (res: Response, refusal: Refusal): void => {
  for (const [name, value] of Object.entries(refusal.headers ?? {})) res.setHeader(name, value)
  res.status(refusal.status).json({ errors: [{ message: refusal.message }] })
}

/**
 * Refuses requests Next or Payload would answer with a 500 (or an empty 400) before they get
 * there: unsupported methods (TRACE, PROPFIND...) with 405, undecodable paths, and, on the API,
 * a misused method override or a `where`/`data` query parameter that is not a JSON object.
 */
export const refuseMalformedRequests = (): RequestHandler => (req, res, next) => {
  const [path, search = ''] = req.originalUrl.split(/\?(.*)/s, 2)
  const refusal =
    findMethodProblem(req.method) ??
    findPathProblem(path) ??
    (isApiPath(path)
      ? (findMethodOverrideProblem(req.method, req.headers) ?? findQueryProblem(search))
      : undefined)
  if (refusal) {
    sendRefusal(res, refusal)
    return
  }
  next()
}
