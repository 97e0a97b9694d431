import { describeHttpContract } from '../contract/httpContract'
import { sharedServer } from '../helpers/sharedServer'

describeHttpContract('SQLite (embedded default)', async () => sharedServer())
