import { rmSync } from 'node:fs'

/** Stops the shared server; its log is printed when it did not stop cleanly. */
export default async function globalTeardown(): Promise<void> {
  const shared = globalThis.sharedCmsServer
  if (!shared) return
  await shared.server.stop()
  const { code } = await shared.server.exited
  if (code !== 0) console.error(`The shared server exited with ${code}:\n${shared.server.output()}`)
  rmSync(shared.dir, { recursive: true, force: true })
}
