/** A tiny REST and GraphQL client for contract tests against the real server. */
export interface ApiResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface ApiClient {
  request: <T = any>(
    method: string,
    path: string,
    options?: { body?: unknown; token?: string; headers?: Record<string, string> },
  ) => Promise<ApiResponse<T>>
  graphql: <T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<ApiResponse<{ data?: T; errors?: { message: string }[] }>>
  login: (email: string, password: string) => Promise<string>
}

export const createApiClient = (baseUrl: string): ApiClient => {
  const request: ApiClient['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    let body: BodyInit | undefined
    if (options.body instanceof FormData) body = options.body
    else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body })
    const text = await response.text()
    let parsed: any = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text so the assertion shows it
    }
    return { status: response.status, body: parsed, headers: response.headers }
  }
  return {
    request,
    graphql: (query, variables, token) =>
      request('POST', '/api/graphql', { body: { query, variables }, token }),
    login: async (email, password) => {
      const response = await request('POST', '/api/users/login', { body: { email, password } })
      if (response.status !== 200) {
        throw new Error(
          `login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`,
        )
      }
      return response.body.token as string
    },
  }
}
