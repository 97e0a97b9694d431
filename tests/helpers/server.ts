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

/** Environment variables for the server, on top of the test process's own. */
export type EnvOverrides = Record<string, string | undefined>

/**
 * `production` runs the build as `npm start` does (node dist/server.js); `development` runs
 * src/server.ts through tsx as `npm run dev` does.
 */
export type ServerMode = 'production' | 'development'

export const PRODUCTION_SECRET = 'production-test-secret-0123456789abcdef'

export const spawnServer = (env: EnvOverrides, mode: ServerMode = 'production'): ServerProcess => {
  const startedAt = Date.now()
  const args = mode === 'production' ? ['dist/server.js'] : ['--import', 'tsx', 'src/server.ts']
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: mode,
      NODE_OPTIONS: '--no-deprecation',
      PAYLOAD_SECRET: mode === 'production' ? PRODUCTION_SECRET : undefined,
      LOG_LEVEL: 'info',
      // Tests start from an empty database; a test that wants the seed says so.
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
export const startServer = async (
  env: EnvOverrides,
  mode: ServerMode = 'production',
): Promise<RunningServer> => {
  const port = await freePort()
  const server = spawnServer(
    { PORT: String(port), SERVER_URL: `http://localhost:${port}`, ...env },
    mode,
  )
  const deadline = Date.now() + 120_000
  while (!server.output().includes('CMS ready')) {
    if (server.child.exitCode !== null) {
      throw new Error(`server exited early (${server.child.exitCode}):\n${server.output()}`)
    }
    if (Date.now() > deadline) {
      server.child.kill('SIGKILL')
      throw new Error(`server not ready within 120 s:\n${server.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
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
