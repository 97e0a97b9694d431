/**
 * `npm run seed` refusing bad input, as a user runs it: the real CLI in a child process. Seeding
 * through the CLI (a fresh database, the summary table, exit 0) is proven in
 * tests/int/seed.int.test.ts, which then inspects what the CLI stored.
 */
import { runSeedCli } from '../helpers/seedCli'
import { makeTempDir } from '../helpers/tempDir'

let temp: { dir: string; cleanup: () => void }

beforeAll(() => {
  temp = makeTempDir('seed-cli')
})

afterAll(() => {
  temp?.cleanup()
})

test('rejects an unknown flag with the usage line and exit code 2', async () => {
  const result = await runSeedCli(['--bogus'], temp.dir)
  expect(result.code).toBe(2)
  expect(result.stderr).toContain('Unknown argument "--bogus".')
  expect(result.stderr).toContain('Usage: npm run seed [-- --reset [--force]]')
})

test('a failure prints one clear line and exits 1', async () => {
  const result = await runSeedCli([], temp.dir, { DATABASE_URI: 'postgres://nowhere/cms' })
  expect(result.code).toBe(1)
  const lines = result.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^Seed failed: DATABASE_URI .* is not supported/)
})
