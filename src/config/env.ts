import { z } from 'zod'

/** Placeholder secrets that must never run a production newsroom. */
const WEAK_SECRETS = new Set(['', 'secret', 'changeme', 'change-me', 'dateline-dev-secret'])
const DEV_SECRET = 'dateline-dev-secret'

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ message: 'must be a comma-separated list of URLs' })))

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value))

const millis = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int({ message: 'must be a whole number of milliseconds' })
    .min(10, { message: 'must be at least 10 ms' })
    .max(86_400_000, { message: 'must be at most a day' })
    .default(fallback)

/** A whole number of at least `min`, from an environment string. */
const count = (min: number, fallback: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .default(fallback)

/** S3 storage is on when all of these are set; a partial set is a configuration error. */
const S3_REQUIRED = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .default('file:./data/dateline.db')
      .refine((url) => /^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/.test(url), {
        message: 'must start with file:, postgres:// or mongodb://',
      }),
    PAYLOAD_SECRET: z.string().optional(),
    PORT: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be 0-65535' })
      .max(65535, { message: 'must be 0-65535' })
      .default(3000),
    SERVER_URL: z.url({ message: 'must be a URL such as http://localhost:3000' }).optional(),
    CORS_ORIGINS: origins.default([]),
    CSRF_ORIGINS: origins.default([]),
    UPLOAD_MAX_BYTES: z.coerce
      .number({ message: 'must be a number of bytes' })
      .int({ message: 'must be a whole number of bytes' })
      .positive({ message: 'must be positive' })
      .default(50 * 1024 * 1024),
    UPLOAD_URL_ALLOWLIST: origins.default([]),
    MEDIA_DIR: z.string().optional(),
    // Media on S3-compatible storage (README "Media storage"): all set, or none (local disk).
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)' })
      .optional(),
    S3_ENDPOINT: z.url({ message: 'must be a URL such as https://s3.eu-west-2.amazonaws.com' }).optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: bool.optional(),
    S3_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, { message: 'must be a key prefix such as media or dateline/media' })
      .refine((prefix) => !prefix.split('/').some((part) => part === '..' || part === '.' || part === ''), {
        message: 'must not contain empty, . or .. segments',
      })
      .optional(),
    DEMO_PASSWORD: z.string().min(8, { message: 'must be at least 8 characters' }).optional(),
    SEED_DEMO: bool.optional(),
    SMTP_URL: z
      .string()
      .refine((url) => /^smtps?:\/\//.test(url), { message: 'must start with smtp:// or smtps://' })
      .optional(),
    SMTP_FROM: z.string().default('Dateline <dateline@localhost>'),
    ADMIN_ENABLED: bool.default(true),
    // Set by Next.js while it builds the admin, when no secret is needed because nothing is served.
    NEXT_PHASE: z.string().optional(),
    // Webhooks (src/webhooks): delivery timeout, retries, polling, and which addresses receivers may have.
    WEBHOOK_DISPATCHER: bool.default(true),
    WEBHOOK_TIMEOUT_MS: millis(10_000),
    WEBHOOK_RETRY_BASE_MS: millis(10_000),
    WEBHOOK_RETRY_MAX_MS: millis(3_600_000),
    WEBHOOK_MAX_ATTEMPTS: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be at least 1' })
      .max(100, { message: 'must be at most 100' })
      .default(12),
    WEBHOOK_POLL_MS: millis(1_000),
    WEBHOOK_ALLOW_LOOPBACK: bool.default(false),
    WEBHOOK_ALLOW_PRIVATE: bool.default(false),
    // Legal reads every story before it goes out, not only those the word rules flag
    // (docs/legal.md "Every story through legal"): the promise without the rules' misses. On by
    // default: the rules are triage, and every red-team pass finds words they miss. `false` lets
    // the word rules decide which stories legal reads.
    LEGAL_READ_EVERY_STORY: bool.default(true),
    // A CDN purge endpoint (docs/scaling.md): after each commit that changes public answers it gets
    // a POST of their surrogate keys, from the webhook outbox, signed with PURGE_SECRET.
    PURGE_URL: z.url({ message: 'must be a URL such as https://cdn.example/purge' }).optional(),
    PURGE_SECRET: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),

    // Public delivery (see README "Operations"): HTTP caching, the in-process response cache,
    // list limits, feeds and GraphQL guardrails.
    PUBLIC_CACHE_MAX_AGE: count(0, 10),
    PUBLIC_CACHE_STALE_WHILE_REVALIDATE: count(0, 30),
    PUBLIC_CACHE_ENTRIES: count(0, 2000),
    PUBLIC_CACHE_MAX_BYTES: count(0, 64 * 1024 * 1024),
    PUBLIC_MAX_LIMIT: count(1, 100),
    PUBLIC_MAX_OFFSET: count(1, 10_000),
    PUBLIC_SITE_URL: z.url({ message: 'must be a URL such as https://news.example' }).optional(),
    FEED_ITEMS: count(1, 50),
    /** Largest rich-text body (Lexical JSON, in bytes) a save may carry. */
    BODY_MAX_BYTES: count(1024, 2 * 1024 * 1024),
    GRAPHQL_MAX_DEPTH: count(1, 10),
    GRAPHQL_MAX_COMPLEXITY: count(1, 1000),
    GRAPHQL_MAX_ALIASES: count(0, 30),
    GRAPHQL_INTROSPECTION: bool.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    const s3 = S3_REQUIRED.filter((name) => env[name] !== undefined)
    const s3Optional = (['S3_PREFIX'] as const).filter((name) => env[name] !== undefined)
    if (s3.length + s3Optional.length > 0 && s3.length < S3_REQUIRED.length) {
      for (const name of S3_REQUIRED.filter((required) => env[required] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [name], message: `is required when any S3_* variable is set (set ${S3_REQUIRED.join(', ')}, or none for local disk)` })
      }
    }
    if (env.WEBHOOK_RETRY_MAX_MS < env.WEBHOOK_RETRY_BASE_MS) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_RETRY_MAX_MS'], message: 'must not be below WEBHOOK_RETRY_BASE_MS' })
    }
    if (env.NODE_ENV === 'production' && !env.NEXT_PHASE?.includes('build')) {
      const secret = env.PAYLOAD_SECRET ?? ''
      if (WEAK_SECRETS.has(secret) || secret.length < 32) {
        ctx.addIssue({
          code: 'custom',
          path: ['PAYLOAD_SECRET'],
          message: 'production needs a real secret of at least 32 random characters',
        })
      }
    }
  })

export type Env = Omit<
  z.infer<typeof schema>,
  'PAYLOAD_SECRET' | 'SERVER_URL' | 'SEED_DEMO' | 'PUBLIC_SITE_URL' | 'GRAPHQL_INTROSPECTION'
> & {
  PAYLOAD_SECRET: string
  SERVER_URL: string
  /** Where readers open a story (`{PUBLIC_SITE_URL}/stories/{slug}`), used in feeds. */
  PUBLIC_SITE_URL: string
  /** GraphQL introspection (off in production unless asked for). */
  GRAPHQL_INTROSPECTION: boolean
  /** Load the demo newsroom into an empty database (off in production unless asked for). */
  SEED_DEMO: boolean
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID'
}

/** Returns the validated configuration, or throws a ConfigError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const blanksRemoved: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  // Next.js forces NODE_ENV=production in any server it runs, so Dateline's own notion of the
  // environment can be pinned with DATELINE_ENV and is shared with the admin that way.
  if (blanksRemoved.DATELINE_ENV) blanksRemoved.NODE_ENV = blanksRemoved.DATELINE_ENV
  const result = schema.safeParse(blanksRemoved)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const env = result.data
  const serverUrl = env.SERVER_URL ?? `http://localhost:${env.PORT}`
  return {
    ...env,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? DEV_SECRET,
    SERVER_URL: serverUrl,
    PUBLIC_SITE_URL: (env.PUBLIC_SITE_URL ?? serverUrl).replace(/\/+$/, ''),
    GRAPHQL_INTROSPECTION: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== 'production',
    SEED_DEMO: env.SEED_DEMO ?? env.NODE_ENV !== 'production',
  }
}

let cached: Env | undefined

/** Returns the process configuration, parsed once; pins DATELINE_ENV for the admin's copy. */
export function getEnv(): Env {
  if (!cached) {
    cached = parseEnv()
    process.env.DATELINE_ENV = cached.NODE_ENV
  }
  return cached
}

/** Forgets the parsed configuration so tests can change the environment. */
export function resetEnv(): void {
  cached = undefined
  delete process.env.DATELINE_ENV
}
