/**
 * E-mail settings from the environment, and the adapter built from them: the console and memory
 * transports against a recording logger, the SMTP transport against a small SMTP server on
 * 127.0.0.1 that records what it receives.
 */
import net from 'node:net'

import type { Payload } from 'payload'

import {
  clearSentEmails,
  createEmailAdapter,
  DEFAULT_EMAIL_FROM,
  describeEmailSettings,
  emailSettingsFrom,
  sentEmails,
} from '../../src/email/adapter'
import { SettingsError } from '../../src/settings'

describe('emailSettingsFrom', () => {
  it('logs to the console with the default sender when nothing is set', () => {
    expect(emailSettingsFrom({})).toEqual({
      transport: 'console',
      fromName: 'Acne Scar CMS',
      fromAddress: 'no-reply@localhost',
      smtp: null,
      isProduction: false,
    })
    expect(DEFAULT_EMAIL_FROM).toBe('Acne Scar CMS <no-reply@localhost>')
  })

  it('switches to SMTP when SMTP_HOST is set, on port 587 with STARTTLS by default', () => {
    expect(emailSettingsFrom({ SMTP_HOST: 'smtp.test.example' })).toMatchObject({
      transport: 'smtp',
      smtp: { host: 'smtp.test.example', port: 587, secure: false, auth: null },
    })
  })

  it('reads port, TLS and credentials', () => {
    expect(
      emailSettingsFrom({
        SMTP_HOST: ' smtp.test.example ',
        SMTP_PORT: '2525',
        SMTP_SECURE: 'TRUE',
        SMTP_USER: 'mailer',
        SMTP_PASS: ' pass with spaces ',
      }).smtp,
    ).toEqual({
      host: 'smtp.test.example',
      port: 2525,
      secure: true,
      auth: { user: 'mailer', pass: ' pass with spaces ' },
    })
  })

  it('uses TLS from the start on port 465 unless told otherwise', () => {
    expect(emailSettingsFrom({ SMTP_HOST: 'h', SMTP_PORT: '465' }).smtp?.secure).toBe(true)
    expect(
      emailSettingsFrom({ SMTP_HOST: 'h', SMTP_PORT: '465', SMTP_SECURE: 'false' }).smtp?.secure,
    ).toBe(false)
  })

  it('treats blank variables as unset', () => {
    expect(
      emailSettingsFrom({
        SMTP_HOST: '  ',
        SMTP_PORT: '',
        EMAIL_FROM: ' ',
        EMAIL_TRANSPORT: '',
      }),
    ).toMatchObject({ transport: 'console', fromAddress: 'no-reply@localhost' })
  })

  it.each([
    ['Editorial Desk <desk@test.example>', 'Editorial Desk', 'desk@test.example'],
    ['"Desk, Editorial" <desk@test.example>', 'Desk, Editorial', 'desk@test.example'],
    ['<desk@test.example>', '', 'desk@test.example'],
    ['desk@test.example', '', 'desk@test.example'],
  ])('reads EMAIL_FROM %j', (raw, name, address) => {
    expect(emailSettingsFrom({ EMAIL_FROM: raw })).toMatchObject({
      fromName: name,
      fromAddress: address,
    })
  })

  it('lets EMAIL_TRANSPORT override SMTP_HOST, so tests never send real mail', () => {
    expect(emailSettingsFrom({ SMTP_HOST: 'h', EMAIL_TRANSPORT: 'memory' })).toMatchObject({
      transport: 'memory',
      smtp: null,
    })
    expect(emailSettingsFrom({ SMTP_HOST: 'h', EMAIL_TRANSPORT: 'Console' }).transport).toBe(
      'console',
    )
  })

  it.each([
    [{ EMAIL_FROM: 'not an address' }, 'EMAIL_FROM'],
    [{ EMAIL_FROM: 'Desk <a@test.example>, b@test.example' }, 'EMAIL_FROM'],
    [{ EMAIL_TRANSPORT: 'sendgrid' }, 'EMAIL_TRANSPORT must be one of smtp, console, memory'],
    [{ EMAIL_TRANSPORT: 'smtp' }, 'EMAIL_TRANSPORT=smtp needs SMTP_HOST'],
    [{ EMAIL_TRANSPORT: 'memory', NODE_ENV: 'production' }, 'cannot be used in production'],
    [{ SMTP_HOST: 'h', SMTP_PORT: 'abc' }, 'SMTP_PORT'],
    [{ SMTP_HOST: 'h', SMTP_PORT: '0' }, 'SMTP_PORT'],
    [{ SMTP_HOST: 'h', SMTP_PORT: '70000' }, 'SMTP_PORT'],
    [{ SMTP_HOST: 'h', SMTP_PORT: '25.5' }, 'SMTP_PORT'],
    [{ SMTP_HOST: 'h', SMTP_SECURE: 'yes' }, 'SMTP_SECURE must be "true" or "false"'],
    [{ SMTP_HOST: 'h', SMTP_USER: 'u' }, 'SMTP_USER and SMTP_PASS together'],
    [{ SMTP_HOST: 'h', SMTP_PASS: 'p' }, 'SMTP_USER and SMTP_PASS together'],
  ])('refuses %j with a message naming the problem', (env, message) => {
    expect(() => emailSettingsFrom(env)).toThrow(SettingsError)
    expect(() => emailSettingsFrom(env)).toThrow(message)
  })

  it('never shows the password in the description used for logs', () => {
    const described = describeEmailSettings(
      emailSettingsFrom({ SMTP_HOST: 'h', SMTP_USER: 'u', SMTP_PASS: 'hunter2-secret' }),
    )
    expect(described).toEqual({
      transport: 'smtp',
      from: 'no-reply@localhost',
      host: 'h',
      port: 587,
      secure: false,
      user: 'u',
    })
    expect(JSON.stringify(described)).not.toContain('hunter2-secret')
  })
})

interface LogEntry {
  level: string
  entry: unknown
}

/** A Payload stand-in with a logger that records, which is all the adapter touches. */
const recordingPayload = () => {
  const entries: LogEntry[] = []
  const record = (level: string) => (entry: unknown) => entries.push({ level, entry })
  const payload = {
    logger: { info: record('info'), warn: record('warn'), error: record('error') },
  } as unknown as Payload
  return { payload, entries }
}

const MESSAGE = {
  to: 'reviewer@test.example',
  subject: 'Review requested: Article “Ice pick scars”',
  text: 'Please review it.',
  html: '<p>Please review it.</p>',
}

describe('createEmailAdapter: console and memory', () => {
  afterEach(clearSentEmails)

  it('writes each mail to the log as one JSON entry and sends nothing', async () => {
    const { payload, entries } = recordingPayload()
    const adapter = createEmailAdapter({})({ payload })
    expect(adapter.defaultFromAddress).toBe('no-reply@localhost')
    expect(adapter.defaultFromName).toBe('Acne Scar CMS')

    entries.length = 0
    await adapter.sendEmail(MESSAGE)
    expect(entries).toEqual([
      {
        level: 'info',
        entry: expect.objectContaining({
          to: ['reviewer@test.example'],
          subject: MESSAGE.subject,
          text: MESSAGE.text,
        }),
      },
    ])
    expect(sentEmails).toEqual([])
  })

  it('leaves the body out of the log in production (reset links do not belong there) and warns', async () => {
    const { payload, entries } = recordingPayload()
    const adapter = createEmailAdapter({ NODE_ENV: 'production' })({ payload })
    expect(entries.some(({ level }) => level === 'warn')).toBe(true)

    entries.length = 0
    await adapter.sendEmail({ ...MESSAGE, text: 'Reset: http://x/reset?token=abc' })
    expect(entries).toHaveLength(1)
    expect(JSON.stringify(entries)).not.toContain('token=abc')
    expect(entries[0].entry).toMatchObject({ subject: MESSAGE.subject })
  })

  it('keeps mails in sentEmails with the memory transport, composed by nodemailer', async () => {
    const { payload } = recordingPayload()
    const adapter = createEmailAdapter({
      EMAIL_TRANSPORT: 'memory',
      EMAIL_FROM: 'Desk <desk@test.example>',
    })({ payload })
    await adapter.sendEmail(MESSAGE)
    await adapter.sendEmail({
      ...MESSAGE,
      to: ['a@test.example', 'B <b@test.example>'],
      from: '"Other" <other@test.example>',
    })
    expect(sentEmails).toHaveLength(2)
    expect(sentEmails[0]).toMatchObject({
      envelope: { from: 'desk@test.example', to: ['reviewer@test.example'] },
      from: 'desk@test.example',
      to: ['reviewer@test.example'],
      subject: MESSAGE.subject,
      text: MESSAGE.text,
      html: MESSAGE.html,
    })
    expect(sentEmails[0].messageId).toMatch(/^<.+@.+>$/)
    expect(sentEmails[1]).toMatchObject({
      from: 'other@test.example',
      to: ['a@test.example', 'b@test.example'],
    })

    clearSentEmails()
    expect(sentEmails).toEqual([])
  })

  it('rejects a mail without any recipient, as SMTP would', async () => {
    const { payload } = recordingPayload()
    const adapter = createEmailAdapter({ EMAIL_TRANSPORT: 'memory' })({ payload })
    await expect(adapter.sendEmail({ subject: 'Nobody', text: 'x' })).rejects.toThrow()
    expect(sentEmails).toEqual([])
  })

  it('refuses bad settings when the config is built, not on the first mail', () => {
    expect(() => createEmailAdapter({ SMTP_HOST: 'h', SMTP_PORT: 'x' })).toThrow('SMTP_PORT')
  })
})

/** The parts of an SMTP session the test checks. */
interface SmtpSession {
  auth: string[]
  mailFrom: string[]
  rcptTo: string[]
  data: string[]
}

/** A minimal SMTP server on 127.0.0.1: accepts AUTH PLAIN/LOGIN and every message. */
const startSmtpServer = async () => {
  const session: SmtpSession = { auth: [], mailFrom: [], rcptTo: [], data: [] }
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    let buffer = ''
    let inData = false
    let loginStep = 0
    socket.write('220 test.local ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end === -1) return
          session.data.push(buffer.slice(0, end))
          buffer = buffer.slice(end + 5)
          inData = false
          socket.write('250 2.0.0 queued\r\n')
          continue
        }
        const newline = buffer.indexOf('\r\n')
        if (newline === -1) return
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 2)
        const command = line.toUpperCase()
        if (loginStep > 0) {
          session.auth.push(Buffer.from(line, 'base64').toString('utf8'))
          loginStep = loginStep === 1 ? 2 : 0
          socket.write(loginStep === 2 ? '334 UGFzc3dvcmQ6\r\n' : '235 2.7.0 ok\r\n')
        } else if (command.startsWith('EHLO') || command.startsWith('HELO')) {
          socket.write('250-test.local\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n')
        } else if (command.startsWith('AUTH PLAIN ')) {
          session.auth.push(Buffer.from(line.slice(11), 'base64').toString('utf8'))
          socket.write('235 2.7.0 ok\r\n')
        } else if (command === 'AUTH LOGIN') {
          loginStep = 1
          socket.write('334 VXNlcm5hbWU6\r\n')
        } else if (command.startsWith('MAIL FROM:')) {
          session.mailFrom.push(line.slice(10).trim())
          socket.write('250 ok\r\n')
        } else if (command.startsWith('RCPT TO:')) {
          session.rcptTo.push(line.slice(8).trim())
          socket.write('250 ok\r\n')
        } else if (command === 'DATA') {
          inData = true
          socket.write('354 go ahead\r\n')
        } else if (command === 'QUIT') {
          socket.end('221 bye\r\n')
        } else {
          socket.write('250 ok\r\n')
        }
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    port,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

describe('createEmailAdapter: SMTP', () => {
  it('sends through the SMTP server with the credentials, and never logs the password', async () => {
    const smtp = await startSmtpServer()
    try {
      const { payload, entries } = recordingPayload()
      const adapter = createEmailAdapter({
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_SECURE: 'false',
        SMTP_USER: 'mailer',
        SMTP_PASS: 'hunter2-secret',
        EMAIL_FROM: 'Acne Scar CMS <cms@test.example>',
      })({ payload })
      expect(adapter.name).toBe('nodemailer-smtp')

      await adapter.sendEmail({ ...MESSAGE, to: ['reviewer@test.example', 'editor@test.example'] })

      expect(smtp.session.auth.join('\n')).toContain('mailer')
      expect(smtp.session.auth.join('\n')).toContain('hunter2-secret')
      expect(smtp.session.mailFrom[0]).toContain('cms@test.example')
      expect(smtp.session.rcptTo).toEqual(['<reviewer@test.example>', '<editor@test.example>'])
      expect(smtp.session.data).toHaveLength(1)
      expect(smtp.session.data[0]).toMatch(/^Subject: /m)
      expect(smtp.session.data[0]).toContain('Please review it.')
      expect(entries.length).toBeGreaterThan(0)
      expect(JSON.stringify(entries)).not.toContain('hunter2-secret')
      expect(JSON.stringify(entries)).toContain('127.0.0.1')
    } finally {
      await smtp.close()
    }
  })

  it('rejects when the SMTP server cannot be reached', async () => {
    const smtp = await startSmtpServer()
    const port = smtp.port
    await smtp.close()
    const { payload } = recordingPayload()
    const adapter = createEmailAdapter({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) })({
      payload,
    })
    await expect(adapter.sendEmail(MESSAGE)).rejects.toThrow()
  })
})
