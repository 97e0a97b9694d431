/**
 * One side of `npm run bench`'s comparison with stock Payload, run in a process of its own (one
 * Payload per process), through the Local API, without HTTP. Prints one JSON line.
 *
 *   node --import tsx scripts/bench/payloadWork.ts ours <dir>   (DATABASE_URI: the bench copy)
 *   node --import tsx scripts/bench/payloadWork.ts stock <dir>  (loads <dir>/content.json)
 *
 * Reads (the default): Payload's own work for an anonymous read, the same calls the REST handler
 * makes. `ours` also writes the content it reads to <dir>/content.json, for `stock` to load.
 *
 * Writes (a third argument, `writes`, each side on a database of its own): what a review move
 * costs this CMS, against what stock Payload spends to save a draft of an article and to publish
 * one, the least a move could cost if Payload wrote it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createLocalReq, getPayload, type Payload, type SanitizedConfig } from 'payload'

import { MOVE_CYCLE } from './moveCycle'

const READS = 200
const WARM_UP = 30
/** In an order that stores every document after the ones it refers to. */
const CONTENT = ['users', 'experts', 'scar-types', 'treatments', 'expert-quotes', 'articles']

const [side, dir, kind = 'reads'] = process.argv.slice(2)
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

/** Articles written to; each makes the moves of MOVE_CYCLE. */
const WRITTEN_ARTICLES = 20

/** Server CPU per write, the writes' own afterwards work (mail after a move) included. */
const measureWrites = async (count: number, write: (index: number) => Promise<unknown>) => {
  const started = process.cpuUsage()
  for (let index = 0; index < count; index += 1) await write(index)
  await new Promise((resolve) => setTimeout(resolve, 200))
  const used = process.cpuUsage(started)
  return { cpuMs: (used.user + used.system) / 1000 / count }
}

const writeWork = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'articles' as never,
    where: { _status: { equals: 'published' } },
    limit: WRITTEN_ARTICLES,
    sort: 'slug',
    depth: 0,
  })
  const idAt = (index: number) => String((docs[index % docs.length] as { id: string }).id)
  if (side === 'stock') {
    const save = (draft: boolean) => (index: number) =>
      payload.update({
        collection: 'articles' as never,
        id: idAt(index),
        data: { summary: `Summary ${index}`, ...(draft ? {} : { _status: 'published' }) } as never,
        draft,
        depth: 0,
      })
    await measureWrites(docs.length, save(true))
    return {
      side,
      draftSave: await measureWrites(docs.length * MOVE_CYCLE.length, save(true)),
      publish: await measureWrites(docs.length * MOVE_CYCLE.length, save(false)),
    }
  }
  const { transitionDocument } = await import('../../src/services/reviewWorkflow')
  const admin = await payload.create({
    collection: 'users',
    data: {
      email: `bench-writes-${process.pid}@bench.example`,
      name: 'Bench writer',
      password: `${Date.now()}-bench`,
      roles: ['admin'],
    },
  } as never)
  const user = { ...admin, collection: 'users' }
  // Every article makes the whole cycle, once to warm up and once measured, and ends published.
  const move = async (index: number) => {
    const req = await createLocalReq({ user } as never, payload)
    const to = MOVE_CYCLE[Math.floor(index / docs.length) % MOVE_CYCLE.length]
    await transitionDocument({ req, collection: 'articles', id: idAt(index), to })
  }
  await measureWrites(docs.length * MOVE_CYCLE.length, move)
  return { side, move: await measureWrites(docs.length * MOVE_CYCLE.length, move) }
}

const main = async () => {
  let config: SanitizedConfig
  const stockDatabase = kind === 'writes' ? 'stock-writes.db' : 'stock.db'
  if (side === 'stock') {
    const { stockConfig } = await import('./stockConfig')
    config = await stockConfig(path.join(dir, stockDatabase), path.join(dir, 'stock-media'))
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
  if (kind === 'writes') {
    const work = await writeWork(payload)
    process.stdout.write(`${JSON.stringify(work)}\n`, () => process.exit(0))
    return
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
