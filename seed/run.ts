/**
 * `npm run seed [-- --reset [--force]]`: seeds the database named by DATABASE_URI.
 * Exit codes: 0 done, 1 the seed failed (one line on stderr says why), 2 bad arguments.
 * Development users get the password in SEED_PASSWORD, default "changeme-dev-only".
 */
import { SEED_HELP, SEED_USAGE, STALLED_MARKER, parseSeedArgs } from './args'

const parsed = parseSeedArgs(process.argv.slice(2))
if (!parsed.ok) {
  console.error(`${parsed.error}\n${SEED_USAGE}`)
  process.exit(2)
}
if (parsed.args.help) {
  console.log(SEED_HELP)
  process.exit(0)
}
const { reset, force } = parsed.args

// Payload's own info logs would bury the progress lines; warnings and errors still show.
process.env.LOG_LEVEL ??= 'warn'

let stage = 'starting'
let settled = false

/*
 * If Node 20 drops a pending `import()` (see the Lexical note below), the event loop empties and
 * Node exits with code 0 although nothing ran. Never let that pass for success.
 */
process.on('exit', (code) => {
  if (settled || code !== 0) return
  console.error(
    `Seed failed: ${STALLED_MARKER} (Node stopped while ${stage}); run it again, it is safe to repeat.`,
  )
  process.exitCode = 1
})

/**
 * The settings the config would refuse, checked before loading Payload: a bad DATABASE_URI fails
 * in a second, and not from inside the config module (a module that throws while loading is where
 * Node 20's unsettled `import()` bit most often).
 */
const checkSettings = async (): Promise<void> => {
  const { readSettings } = await import('../src/settings')
  const { parseDatabaseUri } = await import('../src/database/uri')
  const { resolvePayloadSecret } = await import('../src/secret')
  const settings = readSettings()
  parseDatabaseUri(settings.databaseUri)
  if (settings.isProduction) {
    resolvePayloadSecret({ env: process.env, isProduction: true, devSecretFile: '' })
  }
}

const main = async (): Promise<void> => {
  stage = 'checking the settings'
  await checkSettings()
  stage = 'loading the Payload config'
  // Lexical's entry module awaits its own build at top level. Evaluated for the first time inside
  // Payload's large module graph, Node 20 sometimes never settles that graph's import() (and exits
  // with code 0); evaluated alone first, it never did in our runs.
  await import('@payloadcms/richtext-lexical/lexical')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { formatSummaryTable, seed } = await import('./seed')
  stage = 'starting Payload'
  const payload = await getPayload({ config })
  try {
    stage = 'seeding'
    if (force && !reset) console.log('Note: --force only matters together with --reset.')
    const summary = await seed({ payload, reset, force, log: (line) => console.log(line) })
    console.log(`\n${formatSummaryTable(summary)}`)
  } finally {
    stage = 'closing the database connection'
    await payload.destroy()
  }
}

main().then(
  () => {
    settled = true
    process.exit(0)
  },
  (error: unknown) => {
    settled = true
    const message = error instanceof Error ? error.message : String(error)
    console.error(`Seed failed: ${message.split('\n')[0]}`)
    process.exit(1)
  },
)
