import type { RequestHandler } from 'express'

import { CLIENT_ADDRESS_HEADER, UNKNOWN_CLIENT_ADDRESS } from '../auth/clientAddress'

/**
 * Hands Payload the client's address in our own header (see src/auth/clientAddress.ts). Mount it
 * after `trust proxy` is set. It writes the header on every request, so whatever value a client
 * sent under that name is replaced: Next builds Payload's request from these headers.
 */
export const passClientAddress = (): RequestHandler => (req, _res, next) => {
  req.headers[CLIENT_ADDRESS_HEADER] = req.ip || req.socket.remoteAddress || UNKNOWN_CLIENT_ADDRESS
  next()
}
