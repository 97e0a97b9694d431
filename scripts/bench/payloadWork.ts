/**
 * One side of `npm run bench`'s comparison with stock Payload, run in a process of its own (one
 * Payload per process): Payload's own work for an anonymous read through the Local API, the
 * same calls the REST handler makes, without HTTP. Prints one JSON line.
 *
 *   node --import tsx scripts/bench/payloadWork.ts ours <dir>   (DATABASE_URI: the bench copy)
 *   node --import tsx scripts/bench/payloadWork.ts stock <dir>  (loads <dir>/content.json)
 *
 * `ours` also writes the content it reads to <dir>/content.json, for `stock` to load.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

const READS = 200
const WARM_UP = 30
/** In an order that stores every document after the ones it refers to. */
const CONTENT = ['users', 'experts', 'scar-types', 'treatments', 'expert-quotes', 'articles']

const [side, dir] = process.argv.slice(2)
const dumpFile = path.join(dir, 'content.json')

/** Counts the SQL statements the adapter sends from now on. */
const countStatements = (payload: Payload): (() => number) => {
  let count = 0
  const client = (
    payload.db as unknown as { client: Record<string, (...args: unknown[]) => unknown> }
  ).client
  for (const method of ['execute', 'batch']) {
    const original = client[method].bind(client)
    client[method] = (...args: unknown[]) => {
      count += 1
      return original(...args)
    }
  }
  return () => count
}

const measure = async (payload: Payload, read: () => Promise<unknown>) => {
  for (let i = 0; i < WARM_UP; i += 1) await read()
  const statements = countStatements(payload)
  const bytes = JSON.stringify(await read()).length
  const before = statements()
  const started = process.cpuUsage()
  for (let i = 0; i < READS; i += 1) await read()
  const used = process.cpuUsage(started)
  return {
    cpuMs: (used.user + used.system) / 1000 / READS,
    statements: (statements() - before) / READS,
    bytes,
  }
}

const main = async () => {
  let config: SanitizedConfig
  if (side === 'stock') {
    const { stockConfig } = await import('./stockConfig')
    config = await stockConfig(path.join(dir, 'stock.db'), path.join(dir, 'stock-media'))
  } else {
    config = await (await import('../../payload.config')).default
  }
  const payload = await getPayload({ config })
  if (side === 'stock') {
    // A second run measures the content the first one loaded.
    const loaded = (await payload.count({ collection: 'articles' as never })).totalDocs > 0
    const content = loaded
      ? {}
      : (JSON.parse(readFileSync(dumpFile, 'utf8')) as Record<string, object[]>)
    for (const slug of CONTENT) {
      for (const doc of content[slug] ?? []) {
        await payload.db.create({ collection: slug as never, data: doc as never })
      }
    }
  } else {
    const content: Record<string, unknown[]> = {}
    for (const slug of CONTENT) {
      content[slug] = (
        await payload.find({ collection: slug as never, pagination: false, depth: 0 })
      ).docs
    }
    writeFileSync(dumpFile, JSON.stringify(content))
  }
  const { docs } = await payload.find({ collection: 'articles' as never, limit: 1, depth: 0 })
  const slug = String((docs[0] as { slug: string }).slug)
  const list = await measure(payload, () =>
    payload.find({ collection: 'articles' as never, limit: 10, depth: 1, overrideAccess: false }),
  )
  const bySlug = await measure(payload, () =>
    payload.find({
      collection: 'articles' as never,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      overrideAccess: false,
    }),
  )
  // What the rendered rich text costs on top: the same list without the HTML and excerpt.
  const listWithoutHtml =
    side === 'ours'
      ? await measure(payload, () =>
          payload.find({
            collection: 'articles' as never,
            limit: 10,
            depth: 1,
            overrideAccess: false,
            select: { bodyHtml: false, bodyExcerpt: false } as never,
          }),
        )
      : undefined
  // Exit once the line is out (a pipe is written asynchronously); exiting closes the database.
  // (Awaiting payload.destroy() first can end the process early: nothing else keeps it alive.)
  process.stdout.write(`${JSON.stringify({ side, list, bySlug, listWithoutHtml })}\n`, () =>
    process.exit(0),
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
