import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { resolvePayloadSecret } from '../../src/secret'
import { SettingsError } from '../../src/settings'
import { makeTempDir } from '../helpers/tempDir'

const STRONG = 'a'.repeat(32)

describe('resolvePayloadSecret', () => {
  let temp: ReturnType<typeof makeTempDir>
  let devSecretFile: string

  beforeEach(() => {
    temp = makeTempDir('secret')
    devSecretFile = path.join(temp.dir, 'data', '.payload-secret')
  })

  afterEach(() => temp.cleanup())

  it('uses the given PAYLOAD_SECRET, trimmed, and writes no file', () => {
    for (const isProduction of [true, false]) {
      const result = resolvePayloadSecret({
        env: { PAYLOAD_SECRET: `  ${STRONG}\n` },
        isProduction,
        devSecretFile,
      })
      expect(result).toEqual({ secret: STRONG })
    }
    expect(existsSync(devSecretFile)).toBe(false)
  })

  it('refuses to start in production without a secret', () => {
    for (const env of [{}, { PAYLOAD_SECRET: '' }, { PAYLOAD_SECRET: '   ' }]) {
      const call = () => resolvePayloadSecret({ env, isProduction: true, devSecretFile })
      expect(call).toThrow(SettingsError)
      expect(call).toThrow(/PAYLOAD_SECRET is not set.*at least 32 characters/)
    }
    expect(existsSync(devSecretFile)).toBe(false)
  })

  it('refuses a production secret shorter than 32 characters and accepts 32', () => {
    const call = () =>
      resolvePayloadSecret({
        env: { PAYLOAD_SECRET: 'a'.repeat(31) },
        isProduction: true,
        devSecretFile,
      })
    expect(call).toThrow(SettingsError)
    expect(call).toThrow('PAYLOAD_SECRET must be at least 32 characters in production.')
    expect(
      resolvePayloadSecret({ env: { PAYLOAD_SECRET: STRONG }, isProduction: true, devSecretFile })
        .secret,
    ).toBe(STRONG)
  })

  it('does not reuse a development secret file in production', () => {
    resolvePayloadSecret({ env: {}, isProduction: false, devSecretFile })
    expect(() => resolvePayloadSecret({ env: {}, isProduction: true, devSecretFile })).toThrow(
      SettingsError,
    )
  })

  it('generates a development secret into a 0600 file, warns, and reuses it next time', () => {
    const first = resolvePayloadSecret({ env: {}, isProduction: false, devSecretFile })
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.warning).toContain('generated a development secret')
    expect(first.warning).toContain(devSecretFile)
    expect(readFileSync(devSecretFile, 'utf8').trim()).toBe(first.secret)
    expect(statSync(devSecretFile).mode & 0o777).toBe(0o600)

    const second = resolvePayloadSecret({ env: {}, isProduction: false, devSecretFile })
    expect(second.secret).toBe(first.secret)
    expect(second.warning).toContain('using the development secret')
    expect(second.warning).toContain(devSecretFile)
  })

  it('gives separate checkouts different development secrets', () => {
    const other = path.join(temp.dir, 'other', '.payload-secret')
    const a = resolvePayloadSecret({ env: {}, isProduction: false, devSecretFile })
    const b = resolvePayloadSecret({ env: {}, isProduction: false, devSecretFile: other })
    expect(a.secret).not.toBe(b.secret)
  })

  it('replaces a stored development secret that is too short, and tightens its mode', () => {
    mkdirSync(path.dirname(devSecretFile), { recursive: true })
    writeFileSync(devSecretFile, 'short\n', { mode: 0o644 })
    const result = resolvePayloadSecret({ env: {}, isProduction: false, devSecretFile })
    expect(result.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(devSecretFile, 'utf8').trim()).toBe(result.secret)
    expect(statSync(devSecretFile).mode & 0o777).toBe(0o600)
  })
})
