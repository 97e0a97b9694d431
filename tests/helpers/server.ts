import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })

export interface ServerProcess {
  child: ChildProcess
  /** Everything the process printed, stdout and stderr together. */
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>
}

/** Runs `src/server.ts` as `npm run dev` does, with the given environment on top. */
export type EnvOverrides = Record<string, string | undefined>

export const spawnServer = (env: EnvOverrides): ServerProcess => {
  const startedAt = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development' as const,
      NODE_OPTIONS: '--no-deprecation',
      // Tests must not fight a developer's `npm run dev` over Next's build folder.
      NEXT_DIST_DIR: '.next-test',
      LOG_LEVEL: 'info',
      // Contract tests start from an empty database; a test that wants the seed says so.
      SEED_ON_EMPTY: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<{
    code: number | null
    signal: NodeJS.Signals | null
    afterMs: number
  }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, afterMs: Date.now() - startedAt })),
  )
  return { child, output: () => output, exited }
}

export interface RunningServer extends ServerProcess {
  baseUrl: string
  stop: () => Promise<void>
}

/** Starts the real server and waits until it says it is ready. */
export const startServer = async (env: EnvOverrides): Promise<RunningServer> => {
  const port = await freePort()
  const server = spawnServer({ PORT: String(port), SERVER_URL: `http://localhost:${port}`, ...env })
  const deadline = Date.now() + 120_000
  while (!server.output().includes('CMS ready')) {
    if (server.child.exitCode !== null) {
      throw new Error(`server exited early (${server.child.exitCode}):\n${server.output()}`)
    }
    if (Date.now() > deadline) {
      server.child.kill('SIGKILL')
      throw new Error(`server not ready within 120 s:\n${server.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    ...server,
    baseUrl: `http://localhost:${port}`,
    stop: async () => {
      if (server.child.exitCode === null) server.child.kill('SIGTERM')
      await server.exited
    },
  }
}
