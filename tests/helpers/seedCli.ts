import { spawn } from 'node:child_process'
import path from 'node:path'

import { repoRoot } from './server'

export interface SeedCliResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * `npm run seed` as a user runs it: seed/run.ts through tsx in a child process, on the SQLite file
 * `cms.db` in `dir` (media in `dir/media`).
 */
export const runSeedCli = (
  args: string[],
  dir: string,
  env: Record<string, string> = {},
): Promise<SeedCliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/run.ts', ...args], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        NODE_OPTIONS: '--no-deprecation',
        DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
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

/** The counts of one row of the CLI's summary table, e.g. `articles  6  0  0`. */
export const summaryRow = (stdout: string, name: string): number[] | undefined => {
  const match = stdout.match(new RegExp(`^${name}\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$`, 'm'))
  return match ? match.slice(1).map(Number) : undefined
}
