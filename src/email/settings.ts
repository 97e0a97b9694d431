/**
 * How the CMS sends e-mail, read from the environment. Pure: no I/O, no nodemailer.
 *
 * | variable        | meaning                                                                   |
 * | --------------- | ------------------------------------------------------------------------- |
 * | EMAIL_FROM      | sender, `Name <address>` or `address`; default `Acne Scar CMS <no-reply@localhost>` |
 * | EMAIL_TRANSPORT | `smtp`, `console` or `memory`; unset: `smtp` when SMTP_HOST is set, else `console` |
 * | SMTP_HOST       | SMTP server; setting it switches to SMTP                                  |
 * | SMTP_PORT       | default 587                                                               |
 * | SMTP_SECURE     | `true` (TLS from the start) or `false` (STARTTLS); default true on 465 only |
 * | SMTP_USER       | login; SMTP_PASS is then required                                         |
 * | SMTP_PASS       | password; never logged                                                    |
 *
 * `memory` keeps sent messages in an array for tests and is refused in production, where it
 * would silently swallow every e-mail.
 */
import type { Env } from '../settings'
import { SettingsError } from '../settings'
import { usableAddress } from './address'

export const EMAIL_TRANSPORTS = ['smtp', 'console', 'memory'] as const

export type EmailTransportKind = (typeof EMAIL_TRANSPORTS)[number]

export const DEFAULT_EMAIL_FROM = 'Acne Scar CMS <no-reply@localhost>'
export const DEFAULT_SMTP_PORT = 587

export interface SmtpSettings {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean
  auth: { user: string; pass: string } | null
}

export interface EmailSettings {
  transport: EmailTransportKind
  fromName: string
  fromAddress: string
  /** Set when, and only when, `transport` is `smtp`. */
  smtp: SmtpSettings | null
  isProduction: boolean
}

const blankToUndefined = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/** `Name <address>`, `"Name" <address>` or a bare address. */
export const parseFromAddress = (raw: string): { name: string; address: string } => {
  const trimmed = raw.trim()
  const named = /^(?:"([^"]*)"|([^"<>]*?))\s*<([^<>]+)>$/.exec(trimmed)
  const name = named ? (named[1] ?? named[2] ?? '').trim() : ''
  const address = usableAddress(named ? named[3] : trimmed)
  // eslint-disable-next-line no-control-regex
  if (!address || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new SettingsError(`EMAIL_FROM must be an address or "Name <address>", got "${raw}".`)
  }
  return { name, address }
}

const parsePort = (raw: string | undefined): number => {
  if (raw === undefined) return DEFAULT_SMTP_PORT
  const port = Number(raw)
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new SettingsError(`SMTP_PORT must be a whole number from 1 to 65535, got "${raw}".`)
  }
  return port
}

const parseSecure = (raw: string | undefined, port: number): boolean => {
  if (raw === undefined) return port === 465
  const value = raw.toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new SettingsError(`SMTP_SECURE must be "true" or "false", got "${raw}".`)
}

const parseTransport = (raw: string | undefined, smtpHost: string | undefined) => {
  if (raw === undefined) return smtpHost ? 'smtp' : 'console'
  const value = raw.toLowerCase()
  if (!(EMAIL_TRANSPORTS as readonly string[]).includes(value)) {
    throw new SettingsError(
      `EMAIL_TRANSPORT must be one of ${EMAIL_TRANSPORTS.join(', ')}, got "${raw}".`,
    )
  }
  return value as EmailTransportKind
}

/** Reads and checks the e-mail settings; throws a `SettingsError` naming the bad variable. */
export const emailSettingsFrom = (env: Env): EmailSettings => {
  const isProduction = env.NODE_ENV === 'production'
  const from = parseFromAddress(blankToUndefined(env.EMAIL_FROM) ?? DEFAULT_EMAIL_FROM)
  const host = blankToUndefined(env.SMTP_HOST)
  const transport = parseTransport(blankToUndefined(env.EMAIL_TRANSPORT), host)

  if (transport === 'memory' && isProduction) {
    throw new SettingsError(
      'EMAIL_TRANSPORT=memory keeps e-mail in memory instead of sending it; it is for tests and cannot be used in production.',
    )
  }

  let smtp: SmtpSettings | null = null
  if (transport === 'smtp') {
    if (!host) throw new SettingsError('EMAIL_TRANSPORT=smtp needs SMTP_HOST.')
    const port = parsePort(blankToUndefined(env.SMTP_PORT))
    const user = blankToUndefined(env.SMTP_USER)
    // A password may legitimately start or end with spaces: only an empty one counts as unset.
    const pass = env.SMTP_PASS ? env.SMTP_PASS : undefined
    if (Boolean(user) !== Boolean(pass)) {
      throw new SettingsError('Set SMTP_USER and SMTP_PASS together, or neither.')
    }
    smtp = {
      host,
      port,
      secure: parseSecure(blankToUndefined(env.SMTP_SECURE), port),
      auth: user && pass ? { user, pass } : null,
    }
  }

  return { transport, fromName: from.name, fromAddress: from.address, smtp, isProduction }
}

/** The settings without secrets, for a log line. */
export const describeEmailSettings = (settings: EmailSettings): Record<string, unknown> => ({
  transport: settings.transport,
  from: settings.fromAddress,
  ...(settings.smtp
    ? {
        host: settings.smtp.host,
        port: settings.smtp.port,
        secure: settings.smtp.secure,
        user: settings.smtp.auth?.user ?? null,
      }
    : {}),
})
