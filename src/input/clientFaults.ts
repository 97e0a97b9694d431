/**
 * Telling errors the client caused from errors of the server. Payload answers with an error's
 * `status` when it has one; database errors carry none, so the few that only bad input can cause
 * are recognised here by their driver's message. Anything not recognised stays a server error.
 */

export interface ClientFault {
  status: number
  message: string
}

/** Database failures that only a request's data can cause, and what to tell the client. */
const DATABASE_CLIENT_FAULTS: { pattern: RegExp; message: string }[] = [
  {
    // SQLite: a relationship or upload id names no existing document.
    pattern: /FOREIGN KEY constraint failed/,
    message:
      'A relationship or upload refers to a document that does not exist (or was deleted); send the ids of existing documents.',
  },
  {
    // SQLite: one statement with more bound values than it allows (a huge id list or row set).
    pattern: /too many SQL variables/,
    message:
      'The request holds too many values for one database query; send fewer ids, rows or list items.',
  },
  {
    // Not the database's: Payload wraps the refusal to fetch a media URL (sent over GraphQL or
    // the Local API, see rejectNonImageUploads.ts) in a FileRetrievalError without a 4xx status.
    pattern: /Media is uploaded as a file: send the image itself/,
    message: 'Media is uploaded as a file: send the image itself, not a "url" to fetch it from.',
  },
  {
    // MongoDB (mongoose CastError): a value that cannot be read as the field's type, e.g. an id.
    pattern: /^Cast to \w+ failed for value/,
    message: 'A value in the request cannot be read as the type its field needs (e.g. an id).',
  },
]

const MAX_CAUSES = 5

/** The error and the errors it wraps (`cause`, GraphQL's `originalError`), outermost first. */
export const errorChain = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  let current: unknown = error
  while (current && typeof current === 'object' && chain.length < MAX_CAUSES) {
    chain.push(current)
    const next: unknown =
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause
    if (next === current) break
    current = next
  }
  return chain
}

const messageOf = (error: unknown): string =>
  error && typeof error === 'object' && typeof (error as Error).message === 'string'
    ? (error as Error).message
    : ''

/** A database error that bad input caused, as the 400 to answer, or undefined. */
export const classifyDatabaseError = (error: unknown): ClientFault | undefined => {
  for (const link of errorChain(error)) {
    const message = messageOf(link)
    const known = DATABASE_CLIENT_FAULTS.find(({ pattern }) => pattern.test(message))
    if (known) return { status: 400, message: known.message }
  }
  return undefined
}

/** The HTTP status an error asks for: Payload's errors (and ours) carry `status`. */
export const statusOf = (error: unknown): number | undefined => {
  for (const link of errorChain(error)) {
    const status = (link as { status?: unknown }).status
    if (typeof status === 'number' && status >= 100 && status < 600) return status
  }
  return undefined
}

/** Longer messages are cut: a client can put anything in the value a message repeats. */
export const MAX_LOGGED_MESSAGE_CHARS = 500

const shorten = (message: string): string =>
  message.length > MAX_LOGGED_MESSAGE_CHARS
    ? `${message.slice(0, MAX_LOGGED_MESSAGE_CHARS)}… (${message.length} characters)`
    : message

/**
 * The client fault behind an error, or undefined for a server error: a 4xx status on the error
 * (or on the error it wraps), or a database failure that only bad input causes.
 */
export const clientFaultOf = (error: unknown): ClientFault | undefined => {
  const databaseFault = classifyDatabaseError(error)
  if (databaseFault) return databaseFault
  const status = statusOf(error)
  if (status === undefined || status < 400 || status >= 500) return undefined
  const chain = errorChain(error)
  const described = chain.find((link) => (link as { status?: unknown }).status === status)
  return { status, message: shorten(messageOf(described ?? error)) }
}

/**
 * A database error's message or stack without the bound values: drizzle appends `params: ...`
 * to the failed SQL, and those values can be password hashes or personal data.
 */
export const withoutQueryParameters = (text: string): string =>
  text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/g, '\nparams: [not logged]')

/**
 * What to log for a server error: its type, message and stack, and its cause's, with query
 * parameters left out. (Logging the error object itself would also log drizzle's `params`.)
 */
export const describeServerError = (error: unknown): Record<string, unknown> => {
  const [outer, ...causes] = errorChain(error) as Error[]
  const describe = (link: Error | undefined) =>
    link && {
      type: link.name ?? link.constructor?.name,
      message: withoutQueryParameters(messageOf(link)),
      ...(typeof link.stack === 'string' ? { stack: withoutQueryParameters(link.stack) } : {}),
    }
  return { ...describe(outer), ...(causes.length > 0 ? { cause: describe(causes[0]) } : {}) }
}
