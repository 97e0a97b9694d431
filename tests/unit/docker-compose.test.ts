import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse } from 'yaml'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'))
const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')

// No Docker engine runs on CI machines, so the stack's invariants are checked from the file.
describe('docker-compose.yml', () => {
  const { mongo, cms } = compose.services

  it('pins a MongoDB 7 image and runs it as replica set rs0', () => {
    expect(mongo.image).toMatch(/^mongo:7\.\d+\.\d+$/)
    expect(mongo.command.join(' ')).toContain('--replSet rs0')
  })

  it('initiates the replica set in the health check and keeps data in a named volume', () => {
    expect(mongo.healthcheck.test.join(' ')).toContain('rs.initiate')
    const volume = mongo.volumes[0].split(':')[0]
    expect(compose.volumes).toHaveProperty(volume)
  })

  it('builds the CMS from the repository and waits for a healthy mongo', () => {
    expect(cms.build).toBe('.')
    expect(cms.depends_on.mongo.condition).toBe('service_healthy')
  })

  it('points the CMS at the replica set and requires a secret from the environment', () => {
    expect(cms.environment.DATABASE_URI).toBe('mongodb://mongo:27017/cms?replicaSet=rs0')
    expect(cms.environment.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?/)
  })

  it('has a Dockerfile whose server receives signals directly', () => {
    expect(existsSync(path.join(repoRoot, 'Dockerfile'))).toBe(true)
    const cmd = dockerfile.split('\n').find((line) => line.startsWith('CMD'))
    expect(cmd).toContain('"node"')
    expect(cmd).not.toContain('npm')
  })
})
