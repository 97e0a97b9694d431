/**
 * Which addresses webhooks may be sent to. Only admins configure endpoints, so the rules keep
 * mistakes out rather than attackers:
 * - http: or https: only, with a host, at most 2,048 characters;
 * - no user name or password in the address (it would sit in the endpoint list in plain text;
 *   the signature is how a receiver knows the sender);
 * - no fragment (never sent to a server anyway).
 *
 * Private and loopback addresses (10.x, 192.168.x, localhost, an internal host name) ARE allowed:
 * a CMS often calls a front end on the same network, or on the same machine in development.
 * Redirects are never followed (see send.ts), so an allowed address cannot hand the request on.
 */
import { TEXT_LIMITS } from '../fields/textLimits'

/** Why this address cannot receive webhooks, or null when it can. */
export const webhookUrlProblem = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.trim() === '')
    return 'Enter the address that receives webhooks.'
  if (value.length > TEXT_LIMITS.url) {
    return `A web address has at most ${TEXT_LIMITS.url} characters; this one has ${value.length}.`
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Enter a full address such as https://www.example.com/api/revalidate.'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Webhooks go to http:// or https:// addresses only, not ${url.protocol}//.`
  }
  if (!url.hostname) return 'The address needs a host name.'
  if (url.username || url.password) {
    return 'Leave the user name and password out of the address: receivers check the signature instead.'
  }
  if (url.hash) return 'Leave the #fragment out of the address.'
  return null
}
