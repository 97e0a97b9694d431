export const ROLES = ['admin', 'editor', 'reviewer', 'author'] as const

export type Role = (typeof ROLES)[number]

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

/** The smallest shape of a signed-in user that access rules need. */
export interface Actor {
  id: string
  roles?: readonly string[] | null
}

export const hasAnyRole = (actor: Actor | null | undefined, ...roles: Role[]): boolean =>
  Boolean(actor?.roles?.some((role) => (roles as string[]).includes(role)))

export const isStaffActor = (actor: Actor | null | undefined): boolean =>
  Boolean(actor?.roles?.some(isRole))
