import { describeHttpContract } from '../contract/httpContract'
import { startServer, type RunningServer } from '../helpers/server'
import { registerFirstAdmin, serverAt } from '../helpers/sharedServer'

const mongoUri = process.env.MONGODB_URI

if (mongoUri) {
  let server: RunningServer | undefined
  afterAll(() => server?.stop())
  describeHttpContract('MongoDB', async () => {
    // A database of its own per run, so the contract starts from nothing.
    const url = new URL(mongoUri)
    url.pathname = `/cms_contract_${Date.now()}`
    server = await startServer({ DATABASE_URI: url.toString() })
    await registerFirstAdmin(server.baseUrl)
    return serverAt(server.baseUrl)
  })
} else {
  console.info(
    'Skipping the MongoDB contract: MONGODB_URI is not set (e.g. MONGODB_URI=mongodb://localhost:27017/?replicaSet=rs0 with `docker compose up mongo`).',
  )
  test.skip('HTTP contract on MongoDB (set MONGODB_URI to run it)', () => undefined)
}
