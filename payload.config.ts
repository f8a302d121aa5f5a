import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Correspondents } from './collections/Correspondents'
import { Dispatches } from './collections/Dispatches'
import { MediaAssets } from './collections/MediaAssets'
import { PreviewLinkEvents } from './collections/PreviewLinkEvents'
import { PreviewLinks } from './collections/PreviewLinks'
import { Quotes } from './collections/Quotes'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookSubscriptions } from './collections/WebhookSubscriptions'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { withoutDocAccessOracle } from './src/access/docAccessOracle'
import { withDocumentLockRules } from './src/access/documentLocks'
import { getEnv } from './src/config/env'
import { databaseAdapter } from './src/db/adapter'
import { loggerOptions } from './src/errors/logging'
import { answerWithProblem } from './src/errors/payloadErrors'
import { smtpAdapter } from './src/notifications/mailer'
import { accessQuery } from './src/graphql/accessQuery'
import { guardLockWrites } from './src/db/lockWrites'
import { watchCommits } from './src/db/transactions'
import { withTextInputChecks } from './src/hooks/checkTextInput'
import { aliasLimit, depthLimit, noIntrospection } from './src/graphql/limits'
import { legalReadMutations, legalReadQueries } from './src/graphql/legalReadGraphQL'
import { workflowMutations } from './src/graphql/workflowMutations'
import { jobs } from './src/jobs/config'
import { mediaStore, mediaStoragePlugins } from './src/media/storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()
// @payloadcms/live-preview(-react) is published only up to 3.90.1 while Payload is 3.90.2; Payload's
// development-time version check would reject the pair with an unhandled rejection, which ends
// the process (and fails every test file).
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export default buildConfig({
  // Commits watched (after-commit work, SQLite's writer gate) before the first request opens a transaction.
  onInit: (payload) => {
    watchCommits(payload)
    guardLockWrites(payload)
  },
  secret: env.PAYLOAD_SECRET,
  serverURL: env.SERVER_URL,
  db: databaseAdapter(env.DATABASE_URL),
  editor: lexicalEditor(),
  sharp,
  email: smtpAdapter(env.SMTP_URL, env.SMTP_FROM),
  telemetry: false,
  collections: [Dispatches, Correspondents, MediaAssets, Quotes, Users, WorkflowEvents, WebhookSubscriptions, WebhookDeliveries, PreviewLinks, PreviewLinkEvents],
  jobs,
  // Media on S3 when S3_BUCKET and the rest are set, else local disk (README "Media storage").
  plugins: mediaStoragePlugins(mediaStore(env)),
  admin: {
    user: Users.slug,
    meta: {
      titleSuffix: ' — Dateline',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/dateline-icon.svg' }],
    },
    // Gravatar would need the internet; newsrooms on closed networks get the built-in avatar.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: ['/src/admin/CorrespondentLanding#CorrespondentLanding', '/src/admin/legal/LegalDashboardCard#LegalDashboardCard'],
      afterNavLinks: ['/src/admin/legal/LegalQueueLink#LegalQueueLink'],
      views: {
        legalQueue: { Component: '/src/admin/legal/LegalQueueView#LegalQueueView', path: '/legal-queue', meta: { title: 'Legal queue' } },
      },
    },
  },
  cors: env.CORS_ORIGINS,
  csrf: [env.SERVER_URL, ...env.CSRF_ORIGINS],
  upload: { limits: { fileSize: env.UPLOAD_MAX_BYTES } },
  graphQL: {
    // Payload reads process.env.NODE_ENV, which Next.js forces to production in any server it runs
    // (so `npm start` outside production lost both); Dateline decides from its own pinned view
    // (DATELINE_ENV): the playground outside production, introspection by GRAPHQL_INTROSPECTION.
    disablePlaygroundInProduction: env.NODE_ENV === 'production',
    disableIntrospectionInProduction: false,
    maxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
    validationRules: () => [
      depthLimit(env.GRAPHQL_MAX_DEPTH),
      aliasLimit(env.GRAPHQL_MAX_ALIASES),
      ...(env.GRAPHQL_INTROSPECTION ? [] : [noIntrospection]),
    ],
    mutations: (GraphQL, payload) => ({ ...workflowMutations(GraphQL, payload), ...legalReadMutations(GraphQL, payload) }),
    queries: (GraphQL, payload) => ({ ...accessQuery(GraphQL, payload), ...legalReadQueries(GraphQL, payload) }),
  },
  // One mapper answers every error Payload's REST and GraphQL handlers catch (src/errors).
  hooks: { afterError: [answerWithProblem] },
  // Types are generated on purpose (`npx payload generate:types`), not by a child process that
  // Payload would otherwise spawn at every start outside production (every test file, every
  // instance), which competes for CPU and keeps test workers alive after their last test.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  logger: { options: loggerOptions(env.LOG_LEVEL) },
})
  .then(withDocumentLockRules)
  .then(withoutDocAccessOracle)
  .then(withTextInputChecks)
