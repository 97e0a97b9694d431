import type { Payload } from 'payload'

import { formatSummaryTable, isContentEmpty, seed } from './seed'

/**
 * `npm run dev` on an empty database opens onto the seed content (SEED_ON_EMPTY=false skips it).
 * Progress goes to the console line by line, then one summary table.
 */
export const seedWhenEmpty = async (payload: Payload): Promise<void> => {
  if (process.env.SEED_ON_EMPTY === 'false') return
  if (!(await isContentEmpty(payload))) return
  payload.logger.info(
    'The database has no content yet: seeding it (SEED_ON_EMPTY=false skips this).',
  )
  const summary = await seed({ payload, log: (line) => payload.logger.info(line.trim()) })
  payload.logger.info(`Seeded:\n${formatSummaryTable(summary)}`)
}
