import { ConfigError, parseEnv } from '../../src/config/env'

const STRONG = 'a'.repeat(16) + 'b'.repeat(16) + 'c'.repeat(8)

describe('parseEnv', () => {
  it('defaults to embedded SQLite on port 3000 with the demo loaded outside production', () => {
    const env = parseEnv({})
    expect(env.DATABASE_URL).toBe('file:./data/dateline.db')
    expect(env.PORT).toBe(3000)
    expect(env.SERVER_URL).toBe('http://localhost:3000')
    expect(env.SEED_DEMO).toBe(true)
    expect(env.UPLOAD_URL_ALLOWLIST).toEqual([])
  })

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: must start with file:, postgres:// or mongodb://'],
    [{ PORT: 'eighty' }, 'PORT: must be a number'],
    [{ PORT: '70000' }, 'PORT: must be 0-65535'],
    [{ SERVER_URL: 'localhost' }, 'SERVER_URL: must be a URL'],
    [{ CORS_ORIGINS: 'https://ok.example, not a url' }, 'CORS_ORIGINS'],
    [{ UPLOAD_MAX_BYTES: '-5' }, 'UPLOAD_MAX_BYTES: must be positive'],
    [{ DEMO_PASSWORD: 'short' }, 'DEMO_PASSWORD: must be at least 8 characters'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL: must start with smtp:// or smtps://'],
    [{ ADMIN_ENABLED: 'perhaps' }, 'ADMIN_ENABLED: must be true or false'],
  ])('refuses %j naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigError)
    expect(() => parseEnv(source)).toThrow(message)
  })

  it('refuses to run production without a real secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow('PAYLOAD_SECRET: production needs a real secret')
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'secret' })).toThrow('PAYLOAD_SECRET')
    const env = parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: STRONG })
    expect(env.PAYLOAD_SECRET).toBe(STRONG)
    expect(env.SEED_DEMO).toBe(false)
  })

  it('loads the demo in production only when asked', () => {
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: STRONG, SEED_DEMO: 'true' }).SEED_DEMO).toBe(true)
  })

  it('lets DATELINE_ENV pin the environment that Next.js would otherwise force', () => {
    expect(parseEnv({ NODE_ENV: 'production', DATELINE_ENV: 'development' }).NODE_ENV).toBe('development')
  })

  it('parses comma-separated origins', () => {
    const env = parseEnv({ CORS_ORIGINS: 'https://a.example, https://b.example' })
    expect(env.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example'])
  })
})
