/**
 * The client's address travels from Express to Payload in a request header of our own. Express
 * works the address out (`req.ip`, which trusts X-Forwarded-For only as far as TRUST_PROXY says)
 * and sets the header on every request, replacing any copy the client sent, so a client cannot
 * choose the address its attempts are counted under (see src/server/clientAddress.ts).
 */
export const CLIENT_ADDRESS_HEADER = 'x-cms-client-address'

/** For requests that reached Payload without passing Express: they all share one count. */
export const UNKNOWN_CLIENT_ADDRESS = 'unknown'

export const clientAddressFrom = (headers: Pick<Headers, 'get'> | undefined): string =>
  headers?.get(CLIENT_ADDRESS_HEADER)?.trim() || UNKNOWN_CLIENT_ADDRESS
