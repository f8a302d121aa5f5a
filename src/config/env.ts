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
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
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

export type Env = Omit<z.infer<typeof schema>, 'PAYLOAD_SECRET' | 'SERVER_URL' | 'SEED_DEMO'> & {
  PAYLOAD_SECRET: string
  SERVER_URL: string
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
  return {
    ...env,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? DEV_SECRET,
    SERVER_URL: env.SERVER_URL ?? `http://localhost:${env.PORT}`,
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
