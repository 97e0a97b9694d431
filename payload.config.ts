import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { Users } from './collections/Users'
import { createDatabaseAdapter } from './src/database/adapter'
import { parseDatabaseUri } from './src/database/uri'
import { createEmailAdapter } from './src/email/adapter'
import { TEXT_LIMITS } from './src/fields/textLimits'
import { workflowMutations } from './src/graphql/transitionWorkflow'
import { logger } from './src/logger'
import { webhookJobsConfig } from './src/services/webhookJobs'
import { resolvePayloadSecret } from './src/secret'
import { readSettings } from './src/settings'
import { readWebhookSettings } from './src/webhooks/settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const settings = readSettings()
const webhookSettings = readWebhookSettings()
const database = parseDatabaseUri(settings.databaseUri)
const { secret, warning: secretWarning } = resolvePayloadSecret({
  env: process.env,
  isProduction: settings.isProduction,
  devSecretFile: path.resolve(dirname, 'data/.payload-secret'),
})
if (secretWarning) {
  logger.warn(secretWarning)
  // Next loads this config again in the same process; reuse the secret without a second warning.
  process.env.PAYLOAD_SECRET = secret
}

export default buildConfig({
  serverURL: settings.serverURL,
  secret,
  collections,
  db: createDatabaseAdapter(database),
  editor: lexicalEditor(),
  email: createEmailAdapter(process.env),
  sharp,
  logger,
  telemetry: false,
  // Only these origins may call the API with credentials or send the auth cookie.
  cors: settings.allowedOrigins,
  csrf: settings.allowedOrigins,
  defaultDepth: 1,
  // Multi-line text, e-mail addresses and passwords; single-line text is shorter (textLimits.ts).
  defaultMaxTextLength: TEXT_LIMITS.multiLine,
  maxDepth: 4,
  upload: {
    limits: { fileSize: 10 * 1024 * 1024 },
  },
  admin: {
    user: Users.slug,
    // Payload's default avatar comes from Gravatar; the built-in one needs no third party.
    avatar: 'default',
    meta: { titleSuffix: ' · Acne Scar CMS' },
    components: { beforeDashboard: ['/src/admin/EditorialQueue#EditorialQueue'] },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    mutations: workflowMutations,
  },
  // Webhooks to front ends: delivered by the jobs queue (src/services/webhookJobs.ts).
  jobs: webhookJobsConfig(webhookSettings),
  custom: { webhooks: webhookSettings },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
})
