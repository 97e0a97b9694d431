import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { ContentGeneration } from './collections/ContentGeneration'
import { Users } from './collections/Users'
import { settleContentChangesWithTransactions } from './src/cache/settleWithTransactions'
import { createDatabaseAdapter } from './src/database/adapter'
import { parseDatabaseUri } from './src/database/uri'
import { createEmailAdapter } from './src/email/adapter'
import { TEXT_LIMITS } from './src/fields/textLimits'
import { limitedIntrospection } from './src/graphql/introspection'
import { answerDatabaseBusy } from './src/hooks/answerDatabaseBusy'
import { answerDatabaseClientFaults } from './src/hooks/answerDatabaseClientFaults'
import { workflowMutations } from './src/graphql/transitionWorkflow'
import { hideAccountLock } from './src/hooks/concealSignInFailures'
import { authLoggingLevels } from './src/hooks/limitAuthAttempts'
import { logger } from './src/logger'
import { webhookJobsConfig } from './src/services/webhookJobs'
import { resolvePayloadSecret } from './src/secret'
import { formatBytes } from './src/input/requestBody'
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
  globals: [ContentGeneration],
  db: createDatabaseAdapter(database),
  editor: lexicalEditor(),
  email: createEmailAdapter(process.env),
  sharp,
  logger,
  loggingLevels: authLoggingLevels,
  hooks: { afterError: [hideAccountLock, answerDatabaseBusy, answerDatabaseClientFaults] },
  telemetry: false,
  onInit: settleContentChangesWithTransactions,
  // Only these origins may call the API with credentials or send the auth cookie.
  cors: settings.allowedOrigins,
  csrf: settings.allowedOrigins,
  defaultDepth: 1,
  // Multi-line text, e-mail addresses and passwords; single-line text is shorter (textLimits.ts).
  defaultMaxTextLength: TEXT_LIMITS.multiLine,
  maxDepth: 4,
  upload: {
    limits: { fileSize: settings.maxUploadBytes },
    responseOnLimit: `The file is larger than the ${formatBytes(settings.maxUploadBytes)} upload limit.`,
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
    // In production, introspection is off except for asking whether a type exists (see
    // src/graphql/introspection.ts); this rule replaces Payload's all-or-nothing switch.
    disableIntrospectionInProduction: false,
    validationRules: () => (settings.isProduction ? [limitedIntrospection] : []),
  },
  // Webhooks to front ends: delivered by the jobs queue (src/services/webhookJobs.ts).
  jobs: webhookJobsConfig(webhookSettings),
  custom: { webhooks: webhookSettings },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
})
