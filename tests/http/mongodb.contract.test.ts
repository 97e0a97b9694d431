import { describeHttpContract } from '../contract/httpContract'

const mongoUri = process.env.MONGODB_URI

if (mongoUri) {
  // A database of its own per run, so the contract starts from nothing.
  const withFreshDatabase = () => {
    const url = new URL(mongoUri)
    url.pathname = `/cms_contract_${Date.now()}`
    return url.toString()
  }
  describeHttpContract('MongoDB', withFreshDatabase)
} else {
  console.info(
    'Skipping the MongoDB contract: MONGODB_URI is not set (e.g. MONGODB_URI=mongodb://localhost:27017/?replicaSet=rs0 with `docker compose up mongo`).',
  )
  test.skip('HTTP contract on MongoDB (set MONGODB_URI to run it)', () => undefined)
}
