/**
 * `npm run bench [-- --articles 50 --duration 5 --rounds 3 --connections 50 --editors 20 --think-ms 1000]`
 *
 * Starts the production build on a temporary SQLite database holding the seed plus copies of its
 * published articles (made with SQL, so 100,000 take seconds), and a bare node:http server that
 * answers each request with the bytes the CMS sent for it. Loads both with autocannon in
 * alternating rounds and prints req/s, p50, p99, errors and server CPU per request, with the ratio
 * to bare node. `--editors N` adds N signed-in admins making review moves, back to back or, with
 * `--think-ms M`, pausing about M ms between moves as people do.
 *
 * A benchmark, not a test: the machine is shared, so read ratios and CPU per request, and run it
 * more than once.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'

import { createClient, type Client } from '@libsql/client'
import autocannon from 'autocannon'

import { freePort, PRODUCTION_SECRET, repoRoot } from '../tests/helpers/server'
import { ensureProductionBuild } from '../tests/setup/build'
import { MOVE_CYCLE } from './bench/moveCycle'

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '50' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    editors: { type: 'string', default: '0' },
    'think-ms': { type: 'string', default: '0' },
  },
})
const ARTICLES = Number(options.articles)
const DURATION_S = Number(options.duration)
const ROUNDS = Number(options.rounds)
const CONNECTIONS = Number(options.connections)
const EDITORS = Number(options.editors)
/** Each editor's pause between moves: uniform between half and one and a half times this. */
const THINK_MS = Number(options['think-ms'])
const SEED_PASSWORD = 'bench-password-0123456789'

interface Scenario {
  name: string
  method: 'GET' | 'POST'
  path: string
  body?: string
  headers?: Record<string, string>
}

interface Measurement {
  reqPerSec: number
  p50: number
  p99: number
  errors: number
  cpuMsPerRequest: number
}

const GRAPHQL_LIST = `{
  Articles(limit: 10) {
    docs {
      title slug summary publishedAt
      scarTypes { name slug category }
      treatments { name slug kind }
      expertQuotes { statement kind expert { name credentials slug } }
    }
  }
}`

// ---------------------------------------------------------------------------------------------
// The catalogue: the seed, then SQL copies of its published articles up to --articles.
// ---------------------------------------------------------------------------------------------

const columnsOf = async (db: Client, table: string) =>
  (await db.execute(`pragma table_info("${table}")`)).rows.map((row) => ({
    name: String(row.name),
    type: String(row.type).toLowerCase(),
  }))

/** The reviewed collections' tables, and what publishing writes to each row. */
const REVIEWED_TABLES = ['articles', 'expert_quotes', 'scar_types', 'treatments']

/**
 * Publishes every seeded document (the production seed leaves them as drafts for people to
 * review), then copies published articles, with their relationship and array rows, until `total`
 * are live.
 */
const fillCatalogue = async (databaseFile: string, total: number): Promise<number> => {
  const db = createClient({ url: `file:${databaseFile}` })
  for (const table of REVIEWED_TABLES) {
    await db.execute(
      `update ${table} set _status = 'published', review_state = 'published', publication = 'live'`,
    )
    // Staff and the workflow read the newest version: it must agree.
    await db.execute(
      `update _${table}_v set version__status = 'published', version_review_state = 'published', version_publication = 'live'`,
    )
  }
  await db.execute(`update articles set published_at = coalesce(published_at, created_at)`)
  const published = Number(
    (await db.execute(`select count(*) as n from articles where _status = 'published'`)).rows[0].n,
  )
  const copies = total - published
  if (copies <= 0) return published
  await db.executeMultiple(`
    create temp table bench_template as
      select row_number() over (order by id) - 1 as k, id from articles where _status = 'published';
    create temp table bench_seq (i integer primary key);
    with recursive seq(i) as (select 1 union all select i + 1 from seq where i < ${copies})
      insert into bench_seq select i from seq;
  `)
  const templates = published
  const newId = `printf('00000000-0000-4000-8000-%012d', s.i)`
  const pairs = `from bench_seq s join bench_template k on k.k = s.i % ${templates} join articles t on t.id = k.id`
  const articleColumns = await columnsOf(db, 'articles')
  const valueOf = (column: string): string => {
    if (column === 'id') return newId
    if (column === 'slug') return `t.slug || '-' || s.i`
    if (column === 'title') return `t.title || ' #' || s.i`
    if (column === 'created_at' || column === 'updated_at') {
      return `strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || s.i || ' seconds')`
    }
    return `t."${column}"`
  }
  await db.execute(
    `insert into articles (${articleColumns.map((c) => `"${c.name}"`).join(', ')})
     select ${articleColumns.map((c) => valueOf(c.name)).join(', ')} ${pairs}`,
  )
  const childTables = (
    await db.execute(
      `select name from sqlite_master where type = 'table' and name like 'articles\\_%' escape '\\'`,
    )
  ).rows.map((row) => String(row.name))
  for (const table of childTables) {
    const columns = await columnsOf(db, table)
    const parent = columns.find((c) => c.name === 'parent_id' || c.name === '_parent_id')
    if (!parent) continue
    const copied = columns.filter((c) => !(c.name === 'id' && c.type.includes('int')))
    const value = (column: { name: string }) => {
      if (column.name === parent.name) return newId
      if (column.name === 'id') return `r.id || '-' || s.i`
      return `r."${column.name}"`
    }
    await db.execute(
      `insert into "${table}" (${copied.map((c) => `"${c.name}"`).join(', ')})
       select ${copied.map(value).join(', ')} ${pairs} join "${table}" r on r."${parent.name}" = t.id`,
    )
  }
  db.close()
  return total
}

const BENCH_ADMIN = 'bench-admin@bench.example'
const BENCH_EDITOR = 'bench-editor@bench.example'

const postJson = (url: string, body: unknown, token?: string) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })

/** Attempts at a child process's work; on this machine as many as two in three stall. */
const CHILD_ATTEMPTS = 8

/**
 * Runs a child process's work until it succeeds, at most CHILD_ATTEMPTS times. Node 20 now and
 * then stalls a module graph mid-import (under tsx's loader, and in the built seed): the process
 * ends without a word or with exit 13, and the work is safe to run again. `once` returns its
 * result or throws what went wrong.
 */
const retryStalledChild = <T>(once: () => T): T => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return once()
    } catch (error) {
      if (attempt === CHILD_ATTEMPTS) throw error
    }
  }
}

/** Signs a bench account in; returns its token. */
const signIn = async (baseUrl: string, email: string): Promise<string> => {
  const response = await postJson(`${baseUrl}/api/users/login`, { email, password: SEED_PASSWORD })
  return ((await response.json()) as { token: string }).token
}

/** Registers the first admin and an editor; returns the admin's token. */
const registerBenchUsers = async (baseUrl: string): Promise<string> => {
  const first = await postJson(`${baseUrl}/api/users/first-register`, {
    email: BENCH_ADMIN,
    password: SEED_PASSWORD,
    name: 'Bench Admin',
  })
  const { token } = (await first.json()) as { token: string }
  await postJson(
    `${baseUrl}/api/users`,
    { email: BENCH_EDITOR, password: SEED_PASSWORD, name: 'Bench Editor', roles: ['editor'] },
    token,
  )
  return token
}

interface BenchServer {
  baseUrl: string
  pid: number
  stop: () => Promise<void>
}

/**
 * The production server, logging as in production (a line per request) to a file: read through
 * a pipe, its log would cost this process (which also runs the load) CPU during the CMS's turns.
 */
const startBenchServer = async (
  env: Record<string, string>,
  logFile: string,
): Promise<BenchServer> => {
  const port = await freePort()
  const log = openSync(logFile, 'a')
  // BENCH_CPU_PROFILE_DIR=/tmp/x writes a V8 CPU profile of the CMS server when it stops.
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
  const child = spawn(process.execPath, [...nodeArgs, 'dist/server.js'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), SERVER_URL: `http://localhost:${port}` },
    stdio: ['ignore', log, log],
  })
  const baseUrl = `http://localhost:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early; see ${logFile}`)
    if (Date.now() > deadline) throw new Error(`server not ready within 120 s; see ${logFile}`)
    const ready = await fetch(`${baseUrl}/health/ready`).catch(() => undefined)
    if (ready?.status === 200) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return {
    baseUrl,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Load and measurement
// ---------------------------------------------------------------------------------------------

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())

/** User plus system CPU time a process has used so far, in milliseconds (Linux). */
const cpuMsOf = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND
}

const load = async (url: string, scenario: Scenario, pid: number): Promise<Measurement> => {
  const cpuBefore = cpuMsOf(pid)
  const result = await autocannon({
    url,
    method: scenario.method,
    body: scenario.body,
    headers: scenario.headers,
    connections: CONNECTIONS,
    duration: DURATION_S,
  })
  const cpu = cpuMsOf(pid) - cpuBefore
  const completed = result.requests.total || 1
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMsPerRequest: cpu / completed,
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const summarise = (runs: Measurement[]): Measurement => ({
  reqPerSec: median(runs.map((r) => r.reqPerSec)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
})

const startBareServer = async (answersFile: string) => {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'scripts/bench/bareServer.mjs'), answersFile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const port = await new Promise<number>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /BARE_PORT=(\d+)/.exec(output)
      if (match) resolve(Number(match[1]))
    })
    child.on('exit', (code) => reject(new Error(`bare server exited with ${code}`)))
  })
  return { child, baseUrl: `http://127.0.0.1:${port}` }
}

// ---------------------------------------------------------------------------------------------
// Review moves by concurrent editors
// ---------------------------------------------------------------------------------------------

const benchMoves = async (server: BenchServer, adminToken: string, serverPid: number) => {
  const { docs } = (await (
    await fetch(`${server.baseUrl}/api/articles?limit=${EDITORS}&depth=0&sort=slug`, {
      headers: { Authorization: `JWT ${adminToken}` },
    })
  ).json()) as { docs: { id: string; reviewState: string }[] }
  const editors: { token: string; doc: (typeof docs)[number] }[] = []
  for (const [index, doc] of docs.entries()) {
    const email = `bench-mover-${index}@bench.example`
    await postJson(
      `${server.baseUrl}/api/users`,
      { email, password: SEED_PASSWORD, name: `Mover ${index}`, roles: ['admin'] },
      adminToken,
    )
    editors.push({ token: await signIn(server.baseUrl, email), doc })
  }
  const move = (token: string, id: string, to: string) =>
    postJson(`${server.baseUrl}/api/articles/${id}/transition`, { to }, token)
  // One unmeasured cycle each first: the server's first moves load code and warm its caches.
  await Promise.all(
    editors.map(async ({ token, doc }) => {
      for (const to of MOVE_CYCLE) {
        const response = await move(token, doc.id, to)
        if (response.status !== 200) throw new Error(`warm-up move refused: ${response.status}`)
        await response.arrayBuffer()
      }
    }),
  )
  const latencies = new Map<string, number[]>(MOVE_CYCLE.map((to) => [to, []]))
  let failures = 0
  const cpuBefore = cpuMsOf(serverPid)
  const deadline = Date.now() + DURATION_S * 1000
  await Promise.all(
    editors.map(async ({ token, doc }) => {
      let step = MOVE_CYCLE.indexOf('archived')
      // People do not start in step: each editor's first move comes within one pause.
      if (THINK_MS > 0) await sleep(THINK_MS * Math.random())
      while (Date.now() < deadline) {
        const to = MOVE_CYCLE[step]
        const started = performance.now()
        const response = await move(token, doc.id, to)
        if (response.status === 200) await response.arrayBuffer()
        latencies.get(to)!.push(performance.now() - started)
        if (response.status !== 200) {
          failures += 1
          if (failures === 1)
            console.log(`First refused move: ${response.status} ${await response.text()}`)
        }
        step = (step + 1) % MOVE_CYCLE.length
        if (THINK_MS > 0) await sleep(THINK_MS * (0.5 + Math.random()))
      }
    }),
  )
  const all = percentiles([...latencies.values()].flat())
  // The server's CPU per move: at saturation a steadier figure than moves per second.
  const cpuMsPerMove = (cpuMsOf(serverPid) - cpuBefore) / all.count
  return { all, failures, byMove: latencies, cpuMsPerMove }
}

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] }
}

// ---------------------------------------------------------------------------------------------

const format = (value: number, digits = 0) => value.toFixed(digits)

/**
 * Reads every published article by slug and every list page of ten, as a front end's build would,
 * then reports what the published-content cache holds.
 */
const fillCacheWithEveryArticle = async (baseUrl: string, live: number): Promise<string> => {
  const pages = Math.ceil(live / 10)
  for (let page = 1; page <= pages; page += 1) {
    const list = (await (
      await fetch(`${baseUrl}/api/articles?limit=10&depth=1&page=${page}`)
    ).json()) as { docs: { slug: string }[] }
    for (const { slug } of list.docs) {
      const query = new URLSearchParams({ 'where[slug][equals]': slug, limit: '1', depth: '1' })
      await (await fetch(`${baseUrl}/api/articles?${query}`)).arrayBuffer()
    }
  }
  const stats = (await (await fetch(`${baseUrl}/health/cache`)).json()) as {
    entries: number
    bytes: number
    maxBytes: number
  }
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  return `Cache after reading all ${live} articles by slug and all ${pages} list pages: ${stats.entries} answers, ${mb(stats.bytes)} MB of ${mb(stats.maxBytes)} MB.`
}

interface PayloadWork {
  cpuMs: number
  statements: number
  bytes: number
}

/**
 * Payload's own work per anonymous read (Local API, no HTTP) on this catalogue, for stock Payload
 * with the same content model (scripts/bench/stockConfig.ts) and for this CMS, each in a process
 * of its own; the same content is loaded into the stock side.
 */
type Sides = Record<'list' | 'bySlug' | 'listWithoutHtml', PayloadWork>

/** One run of scripts/bench/payloadWork.ts, in a process of its own; its JSON line. */
const runPayloadWork = <T>(
  side: 'ours' | 'stock',
  kind: 'reads' | 'writes',
  dir: string,
  env: Record<string, string>,
): T =>
  retryStalledChild(() => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/payloadWork.ts', side, dir, kind],
      {
        cwd: repoRoot,
        env: { ...process.env, ...env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 600_000,
      },
    )
    const line = child.stdout
      .toString()
      .split('\n')
      .find((text) => text.startsWith(`{"side":"${side}"`))
    if (line) return JSON.parse(line) as T
    const stderr = child.stderr.toString().trim().split('\n').slice(-5).join('\n')
    throw new Error(`${side} Payload printed no measurement (exit ${child.status}):\n${stderr}`)
  })

/** A development start lets Payload create the stock tables itself (once: later runs reuse them). */
const STOCK_ENV = { NODE_ENV: 'development' }

const comparePayloadWork = async (
  databaseFile: string,
  dir: string,
  env: Record<string, string>,
) => {
  const run = (side: 'ours' | 'stock', sideEnv: Record<string, string>) =>
    runPayloadWork<Sides>(side, 'reads', dir, { ...env, ...sideEnv })
  // Alternating runs, the lower CPU of two for each side: the machine is shared and noisy.
  const lower = (a: Sides, b: Sides): Sides =>
    Object.fromEntries(
      Object.keys(a).map((read) => {
        const key = read as keyof Sides
        return [key, a[key] && b[key] && b[key].cpuMs < a[key].cpuMs ? b[key] : a[key]]
      }),
    ) as Sides
  const oursEnv = { DATABASE_URI: `file:${databaseFile}` }
  const firstOurs = run('ours', oursEnv)
  const firstStock = run('stock', STOCK_ENV)
  const ours = lower(firstOurs, run('ours', oursEnv))
  const stock = lower(firstStock, run('stock', STOCK_ENV))
  const row = (name: string, stockWork: PayloadWork, oursWork: PayloadWork) =>
    `| ${name} | ${format(stockWork.cpuMs, 1)} | ${format(oursWork.cpuMs, 1)} | ${format(oursWork.cpuMs / stockWork.cpuMs, 2)} | ${stockWork.statements} | ${oursWork.statements} | ${format(stockWork.bytes / 1024)} | ${format(oursWork.bytes / 1024)} |`
  return [
    '| anonymous read, Local API | stock CPU ms | CMS CPU ms | CMS / stock | stock SQL | CMS SQL | stock KB | CMS KB |',
    '|---|---|---|---|---|---|---|---|',
    row('list of 10, depth 1', stock.list, ours.list),
    row('list of 10, depth 1, without bodyHtml/bodyExcerpt', stock.list, ours.listWithoutHtml),
    row('one article by slug, depth 1', stock.bySlug, ours.bySlug),
  ].join('\n')
}

interface WriteWork {
  move?: { cpuMs: number }
  draftSave?: { cpuMs: number }
  publish?: { cpuMs: number }
}

/**
 * What a review move costs this CMS, beside what stock Payload spends to save a draft of an
 * article and to publish one: Payload's own floor for any write a move could make. Each side
 * writes to a database of its own (this CMS's is a copy of the bench's), twice in turn, and the
 * lower CPU of the two counts.
 */
const compareWriteWork = async (databaseFile: string, dir: string, env: Record<string, string>) => {
  const copy = path.join(dir, 'writes.db')
  const client = createClient({ url: `file:${databaseFile}` })
  await client.execute(`VACUUM INTO '${copy}'`)
  client.close()
  const oursEnv = { ...env, DATABASE_URI: `file:${copy}` }
  const stockEnv = { ...env, ...STOCK_ENV }
  const runs = [
    runPayloadWork<WriteWork>('ours', 'writes', dir, oursEnv),
    runPayloadWork<WriteWork>('stock', 'writes', dir, stockEnv),
    runPayloadWork<WriteWork>('ours', 'writes', dir, oursEnv),
    runPayloadWork<WriteWork>('stock', 'writes', dir, stockEnv),
  ]
  const lowest = (pick: (work: WriteWork) => { cpuMs: number } | undefined) =>
    Math.min(...runs.map((work) => pick(work)?.cpuMs ?? Infinity))
  const move = lowest((work) => work.move)
  const row = (name: string, cpuMs: number) =>
    `| ${name} | ${format(cpuMs, 1)} | ${format(cpuMs / move, 2)} |`
  return [
    '| write, Local API | CPU ms | / CMS move |',
    '|---|---|---|',
    row('this CMS: one review move (unpublish, reopen, submit, approve, publish in turn)', move),
    row(
      'stock Payload: save a draft of an article',
      lowest((work) => work.draftSave),
    ),
    row(
      'stock Payload: publish an article (a save with `_status: published`)',
      lowest((work) => work.publish),
    ),
  ].join('\n')
}

const main = async () => {
  ensureProductionBuild(repoRoot)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-bench-'))
  const databaseFile = path.join(dir, 'cms.db')
  const env = {
    DATABASE_URI: `file:${databaseFile}`,
    MEDIA_DIR: path.join(dir, 'media'),
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: PRODUCTION_SECRET,
    SEED_PASSWORD,
    LOG_LEVEL: 'warn',
    // Not tsx's loader, which `npm run bench` puts in NODE_OPTIONS: the built app runs as in
    // production (and Node 20 sometimes stalls the seed's imports under the loader).
    NODE_OPTIONS: '--no-deprecation',
  }
  let server: BenchServer | undefined
  let bare: Awaited<ReturnType<typeof startBareServer>> | undefined
  try {
    console.log(`Seeding a temporary database in ${dir} ...`)
    retryStalledChild(() => {
      try {
        execFileSync(process.execPath, ['dist/seed.js'], {
          cwd: repoRoot,
          env: { ...process.env, ...env },
          stdio: ['ignore', 'ignore', 'pipe'],
        })
      } catch (error) {
        const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim()
        throw new Error(`Seeding failed: ${stderr}`)
      }
    })
    const startedFill = Date.now()
    const live = await fillCatalogue(databaseFile, ARTICLES)
    console.log(`${live} published articles (copies made in ${Date.now() - startedFill} ms).`)
    // The stock side is loaded document by document: minutes beyond a few thousand.
    if (ROUNDS > 0 && live <= 2_000) {
      console.log(`\nPayload's own work per read, stock Payload against this CMS:\n`)
      console.log(`${await comparePayloadWork(databaseFile, dir, env)}\n`)
    }

    if (EDITORS > 0) {
      console.log(`Payload's own work per write, stock Payload against this CMS:\n`)
      console.log(`${await compareWriteWork(databaseFile, dir, env)}\n`)
    }

    // The server logs as in production (info: one line per request).
    server = await startBenchServer(
      {
        ...env,
        LOG_LEVEL: 'info',
        AUTH_ATTEMPTS_PER_MINUTE: '100000',
        AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES: '100000',
      },
      path.join(dir, 'server.log'),
    )
    const serverPid = server.pid
    const adminToken = await registerBenchUsers(server.baseUrl)
    const editorToken = await signIn(server.baseUrl, BENCH_EDITOR)
    const firstSlug = (
      (await (await fetch(`${server.baseUrl}/api/articles?limit=1&depth=0`)).json()) as {
        docs: { slug: string }[]
      }
    ).docs[0].slug

    // `--rounds 0` measures the editors' moves alone.
    if (ROUNDS > 0) {
      const scenarios: Scenario[] = [
        {
          name: 'GraphQL list of 10 (POST)',
          method: 'POST',
          path: '/api/graphql',
          body: JSON.stringify({ query: GRAPHQL_LIST }),
          headers: { 'content-type': 'application/json' },
        },
        {
          name: 'GraphQL list of 10 (GET)',
          method: 'GET',
          path: `/api/graphql?query=${encodeURIComponent(GRAPHQL_LIST)}`,
        },
        { name: 'REST list of 10, depth 1', method: 'GET', path: '/api/articles?limit=10&depth=1' },
        {
          name: 'REST one article by slug',
          method: 'GET',
          path: `/api/articles?${new URLSearchParams({ 'where[slug][equals]': firstSlug, limit: '1', depth: '1' })}`,
        },
        {
          name: 'REST list of 10 as an editor',
          method: 'GET',
          path: '/api/articles?limit=10&depth=1',
          headers: { authorization: `JWT ${editorToken}` },
        },
        {
          name: 'REST one article by slug as an editor',
          method: 'GET',
          path: `/api/articles?${new URLSearchParams({ 'where[slug][equals]': firstSlug, limit: '1', depth: '1' })}`,
          headers: { authorization: `JWT ${editorToken}` },
        },
      ]

      // The bare server answers each scenario with the bytes the CMS sent for it.
      const answers = []
      for (const [index, scenario] of scenarios.entries()) {
        // Uncompressed, as autocannon asks: the bare server must send the same bytes.
        const response = await fetch(`${server.baseUrl}${scenario.path}`, {
          method: scenario.method,
          body: scenario.body,
          headers: { ...scenario.headers, 'accept-encoding': 'identity' },
        })
        const body = Buffer.from(await response.arrayBuffer())
        console.log(`${scenario.name}: ${response.status}, ${body.length} bytes`)
        answers.push({
          method: scenario.method,
          path: `/scenario/${index}`,
          status: response.status,
          contentType: response.headers.get('content-type') ?? 'application/json',
          body: body.toString('base64'),
        })
      }
      const answersFile = path.join(dir, 'answers.json')
      writeFileSync(answersFile, JSON.stringify(answers))
      bare = await startBareServer(answersFile)

      const runs = scenarios.map(() => ({ cms: [] as Measurement[], bare: [] as Measurement[] }))
      for (let round = 1; round <= ROUNDS; round += 1) {
        console.log(`Round ${round} of ${ROUNDS} ...`)
        for (const [index, scenario] of scenarios.entries()) {
          runs[index].cms.push(await load(`${server.baseUrl}${scenario.path}`, scenario, serverPid))
          runs[index].bare.push(
            await load(`${bare.baseUrl}/scenario/${index}`, scenario, bare.child.pid!),
          )
        }
      }

      console.log(
        `\n${live} published articles, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s each, medians:\n`,
      )
      console.log(
        '| request | bare node req/s | bare p99 ms | CMS req/s | CMS / bare | CMS p50 ms | CMS p99 ms | CMS errors | CMS CPU ms/req |',
      )
      console.log('|---|---|---|---|---|---|---|---|---|')
      for (const [index, scenario] of scenarios.entries()) {
        const cms = summarise(runs[index].cms)
        const baseline = summarise(runs[index].bare)
        console.log(
          `| ${scenario.name} | ${format(baseline.reqPerSec)} | ${format(baseline.p99)} | ${format(cms.reqPerSec)} | ${format(
            (100 * cms.reqPerSec) / baseline.reqPerSec,
            1,
          )}% | ${format(cms.p50)} | ${format(cms.p99)} | ${cms.errors} | ${format(cms.cpuMsPerRequest, 2)} |`,
        )
      }

      // Reading every article one by one takes minutes beyond a few thousand.
      if (live <= 2_000) console.log(`\n${await fillCacheWithEveryArticle(server.baseUrl, live)}`)
    }

    if (EDITORS > 0) {
      const { all, failures, byMove, cpuMsPerMove } = await benchMoves(
        server,
        adminToken,
        serverPid,
      )
      const pace = THINK_MS > 0 ? `about ${THINK_MS} ms apart` : 'back to back'
      console.log(
        `\n${EDITORS} editors making review moves ${pace} for ${DURATION_S} s: ${all.count} moves (${format(all.count / DURATION_S, 1)}/s), ${failures} not 200, p50 ${format(all.p50)} ms, p99 ${format(all.p99)} ms, max ${format(all.max)} ms, server CPU ${format(cpuMsPerMove, 1)} ms per move`,
      )
      for (const [to, values] of byMove) {
        const move = percentiles(values)
        console.log(
          `  to ${to}: ${move.count} moves, p50 ${format(move.p50)} ms, p99 ${format(move.p99)} ms`,
        )
      }
    }
  } finally {
    bare?.child.kill('SIGTERM')
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
