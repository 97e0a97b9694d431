/**
 * `npm run seed` as a user runs it: the real CLI in a child process on its own SQLite file.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { articles } from '../../seed/data/index'
import { repoRoot } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'

interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

let temp: { dir: string; cleanup: () => void }

const runCli = (args: string[], env: Record<string, string> = {}): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/run.ts', ...args], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        NODE_OPTIONS: '--no-deprecation',
        DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
        MEDIA_DIR: path.join(temp.dir, 'media'),
        PAYLOAD_SECRET: 'test-secret-that-is-long-enough-for-production-use',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })

/** The counts of one row of the summary table, e.g. `articles  6  0  0`. */
const row = (stdout: string, name: string): number[] | undefined => {
  const match = stdout.match(new RegExp(`^${name}\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$`, 'm'))
  return match ? match.slice(1).map(Number) : undefined
}

beforeAll(() => {
  temp = makeTempDir('seed-cli')
})

afterAll(() => {
  temp?.cleanup()
})

test('seeds a fresh database, prints the summary table and exits 0', async () => {
  const result = await runCli([])
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 })
  expect(result.stdout).toMatch(/^Collection\s+Created\s+Updated\s+Unchanged$/m)
  expect(row(result.stdout, 'articles')).toEqual([articles.length, 0, 0])
  expect(row(result.stdout, 'users')).toEqual([4, 0, 0])
  expect(result.stdout).toContain('changeme-dev-only')
})

test('a second run reports everything unchanged', async () => {
  const result = await runCli([])
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 })
  const total = row(result.stdout, 'total')
  expect(total?.slice(0, 2)).toEqual([0, 0])
  expect(total?.[2]).toBeGreaterThan(0)
})

test('rejects an unknown flag with the usage line and exit code 2', async () => {
  const result = await runCli(['--bogus'])
  expect(result.code).toBe(2)
  expect(result.stderr).toContain('Unknown argument "--bogus".')
  expect(result.stderr).toContain('Usage: npm run seed [-- --reset [--force]]')
})

test('a failure prints one clear line and exits 1', async () => {
  const result = await runCli([], { DATABASE_URI: 'postgres://nowhere/cms' })
  expect(result.code).toBe(1)
  const lines = result.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^Seed failed: DATABASE_URI .* is not supported/)
})
