import path from 'node:path'

import { describeHttpContract } from '../contract/httpContract'
import { makeTempDir } from '../helpers/tempDir'

const temp = makeTempDir('http-sqlite')
afterAll(() => temp.cleanup())

describeHttpContract('SQLite (embedded default)', () => `file:${path.join(temp.dir, 'cms.db')}`)
