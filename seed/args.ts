/** Command-line flags of `npm run seed`. Pure, so the parsing is testable without Payload. */

export const SEED_USAGE = 'Usage: npm run seed [-- --reset [--force]]'

export const SEED_HELP = `${SEED_USAGE}

Loads the seed content (experts, scar types, treatments, expert quotes, articles) into the
database named by DATABASE_URI. Safe to run again: existing documents are matched by slug and only
rewritten when their seeded content differs.

  --reset   delete every article, expert quote, treatment, scar type and expert first
  --force   allow --reset when NODE_ENV=production
  --help    show this text

Outside production it also creates one user per role (admin@, editor@, reviewer@ and
author@example.com) unless they exist. Their password is SEED_PASSWORD, or "changeme-dev-only"
when that is unset. Existing users are never changed.`

/** Printed by the CLI when Node exits before the seed settled (see `seed/run.ts`). */
export const STALLED_MARKER = 'the process stopped before the seed finished'

export interface SeedArgs {
  reset: boolean
  force: boolean
  help: boolean
}

export type ParsedSeedArgs = { ok: true; args: SeedArgs } | { ok: false; error: string }

export const parseSeedArgs = (argv: readonly string[]): ParsedSeedArgs => {
  const args: SeedArgs = { reset: false, force: false, help: false }
  for (const arg of argv) {
    if (arg === '--reset') args.reset = true
    else if (arg === '--force') args.force = true
    else if (arg === '--help' || arg === '-h') args.help = true
    else return { ok: false, error: `Unknown argument "${arg}".` }
  }
  return { ok: true, args }
}
