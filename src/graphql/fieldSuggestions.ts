/**
 * graphql-js ends many errors with `Did you mean "title"?`, naming fields, arguments, types and
 * enum values close to what was sent: with introspection off, that still maps the schema one typo
 * at a time. graphql 16 has no switch for it, and Payload leaves the messages as they are, so the
 * suggestions are cut from the error messages of a response.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g

export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '')

/**
 * The same GraphQL response body with suggestions cut from its error messages, or undefined when
 * it has none (the body is then passed on untouched).
 */
export const hideSuggestionsInBody = (body: string): string | undefined => {
  if (!body.includes('Did you mean')) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return undefined
  }
  const errors = (parsed as { errors?: unknown })?.errors
  if (!Array.isArray(errors)) return undefined
  let changed = false
  for (const error of errors) {
    if (error && typeof error === 'object' && typeof error.message === 'string') {
      const message = withoutSuggestions(error.message)
      if (message !== error.message) {
        error.message = message
        changed = true
      }
    }
  }
  return changed ? JSON.stringify(parsed) : undefined
}
