/**
 * Payload's e-mail adapter, on nodemailer. Register it with `email: createEmailAdapter(process.env)`.
 *
 * - `smtp` (SMTP_HOST set): sends through the SMTP server, with short timeouts so a dead server
 *   cannot hold a request for minutes.
 * - `console` (the default without SMTP_HOST): nothing is sent. Each message is composed by
 *   nodemailer (so bad addresses fail as they would over SMTP) and written to Payload's logger as
 *   one JSON entry with to, subject and text. In production the text is left out, because
 *   Payload's own mails carry password-reset and verification links that do not belong in logs.
 * - `memory` (EMAIL_TRANSPORT=memory, never in production): as `console`, and each message is
 *   also kept in `sentEmails` for tests to read.
 *
 * SMTP_PASS is never logged: the start-up line goes through `describeEmailSettings`.
 */
import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { Env } from '../settings'
import { describeEmailSettings, emailSettingsFrom, type EmailSettings } from './settings'

export {
  DEFAULT_EMAIL_FROM,
  DEFAULT_SMTP_PORT,
  describeEmailSettings,
  EMAIL_TRANSPORTS,
  emailSettingsFrom,
  type EmailSettings,
  type EmailTransportKind,
  type SmtpSettings,
} from './settings'

/** A message as nodemailer composed it, kept by the `memory` transport. */
export interface CapturedEmail {
  /** The addresses the message is delivered to (to, cc and bcc). */
  envelope: { from: string; to: string[] }
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  messageId: string
}

/** Messages sent through the `memory` transport, oldest first. Tests read and clear it. */
export const sentEmails: CapturedEmail[] = []

/** Empties `sentEmails` (in place, so every holder of the array sees it). */
export const clearSentEmails = (): void => {
  sentEmails.length = 0
}

// Seconds, not nodemailer's minutes: a notification must not hold up the request that sent it.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

type JsonAddress = { address?: string; name?: string }

const addressesOf = (value: unknown): string[] => {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list
    .map((entry: JsonAddress | string) => (typeof entry === 'string' ? entry : entry.address))
    .filter((address): address is string => Boolean(address))
}

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '')

const createTransporter = (settings: EmailSettings) => {
  const defaults = { from: { name: settings.fromName, address: settings.fromAddress } }
  if (settings.smtp) {
    const { host, port, secure, auth } = settings.smtp
    return nodemailer.createTransport(
      { host, port, secure, ...(auth ? { auth } : {}), ...SMTP_TIMEOUTS },
      defaults,
    )
  }
  return nodemailer.createTransport({ jsonTransport: true }, defaults)
}

/**
 * The adapter for these settings. Throws a `SettingsError` for a bad variable when called, so a
 * misconfigured server stops at start-up instead of failing on its first e-mail.
 */
export const createEmailAdapter = (env: Env = process.env): EmailAdapter => {
  const settings = emailSettingsFrom(env)
  const transporter = createTransporter(settings)

  return ({ payload }) => {
    payload.logger.info({ msg: 'E-mail transport ready', ...describeEmailSettings(settings) })
    if (settings.transport === 'console' && settings.isProduction) {
      payload.logger.warn(
        'SMTP_HOST is not set: e-mails are written to the log, not sent. Set SMTP_HOST to send them.',
      )
    }

    return {
      name: `nodemailer-${settings.transport}`,
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: async (message: SendEmailOptions) => {
        // Payload narrows `from` to nodemailer 7's single address; nodemailer takes it as it is.
        const info = await transporter.sendMail(message as SendMailOptions)
        if (settings.transport === 'smtp') return info

        const composed = JSON.parse(String(info.message)) as Record<string, unknown>
        const captured: CapturedEmail = {
          envelope: {
            from: stringOf(info.envelope?.from),
            to: addressesOf(info.envelope?.to),
          },
          from: addressesOf(composed.from)[0] ?? '',
          to: addressesOf(composed.to),
          subject: stringOf(composed.subject),
          text: stringOf(composed.text),
          html: stringOf(composed.html),
          messageId: stringOf(info.messageId),
        }
        // SMTP refuses a message without recipients; without a server, refuse it the same way.
        if (captured.envelope.to.length === 0) throw new Error('No recipients defined')
        payload.logger.info({
          msg: 'E-mail not sent (no SMTP server configured)',
          transport: settings.transport,
          to: captured.envelope.to,
          subject: captured.subject,
          ...(settings.isProduction ? {} : { text: captured.text }),
        })
        if (settings.transport === 'memory') sentEmails.push(captured)
        return info
      },
    }
  }
}
