/** E-mail address checks shared by the settings and the recipient rules. Pure. */

// One local part, one @, one domain; nothing a mailer would read as a second address or a name.
const ADDRESS = /^[^\s@,;:<>"()[\]\\]+@[^\s@,;:<>"()[\]\\]+$/

/** The trimmed address, or `null` when it is missing or unsafe to hand to a mailer. */
export const usableAddress = (email: unknown): string | null => {
  if (typeof email !== 'string') return null
  const trimmed = email.trim()
  return ADDRESS.test(trimmed) ? trimmed : null
}
