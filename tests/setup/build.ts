import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the production build is made from: a change to any of these makes the build stale. */
const SOURCES = [
  'src',
  'collections',
  'seed',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
]
const OUTPUTS = ['.next/BUILD_ID', 'dist/server.js']

const newestChange = (target: string): number => {
  const stats = statSync(target)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestChange(path.join(target, entry))),
    stats.mtimeMs,
  )
}

/**
 * The HTTP and browser tests run against the production build. CI builds just before testing;
 * a fresh clone or an edited source tree gets a build here, so `npm test` never tests old code.
 */
export const ensureProductionBuild = (root: string): void => {
  const outputs = OUTPUTS.map((output) => path.join(root, output))
  const builtAt = outputs.every(existsSync)
    ? Math.min(...outputs.map((output) => statSync(output).mtimeMs))
    : 0
  const changedAt = Math.max(...SOURCES.map((source) => newestChange(path.join(root, source))))
  if (builtAt > changedAt) return
  console.info(
    builtAt === 0
      ? '\nNo production build yet: running `npm run build` first.'
      : '\nSources changed since the last build: running `npm run build` first.',
  )
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
}
