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
    expect(env.BODY_MAX_BYTES).toBe(2 * 1024 * 1024)
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
    [{ PUBLIC_CACHE_MAX_AGE: '-1' }, 'PUBLIC_CACHE_MAX_AGE: must be at least 0'],
    [{ PUBLIC_CACHE_STALE_WHILE_REVALIDATE: 'soon' }, 'PUBLIC_CACHE_STALE_WHILE_REVALIDATE: must be a number'],
    [{ PUBLIC_MAX_LIMIT: '0' }, 'PUBLIC_MAX_LIMIT: must be at least 1'],
    [{ PUBLIC_MAX_OFFSET: 'deep' }, 'PUBLIC_MAX_OFFSET: must be a number'],
    [{ PUBLIC_CACHE_ENTRIES: '1.5' }, 'PUBLIC_CACHE_ENTRIES: must be a whole number'],
    [{ PUBLIC_SITE_URL: 'news' }, 'PUBLIC_SITE_URL: must be a URL'],
    [{ GRAPHQL_MAX_DEPTH: '0' }, 'GRAPHQL_MAX_DEPTH: must be at least 1'],
    [{ GRAPHQL_MAX_COMPLEXITY: 'lots' }, 'GRAPHQL_MAX_COMPLEXITY: must be a number'],
    [{ GRAPHQL_INTROSPECTION: 'maybe' }, 'GRAPHQL_INTROSPECTION: must be true or false'],
    [{ BODY_MAX_BYTES: '100' }, 'BODY_MAX_BYTES: must be at least 1024'],
    [{ BODY_MAX_BYTES: 'big' }, 'BODY_MAX_BYTES: must be a number'],
  ])('refuses %j naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigError)
    expect(() => parseEnv(source)).toThrow(message)
  })

  it('has public delivery defaults; introspection follows the environment unless set', () => {
    const env = parseEnv({})
    expect([env.PUBLIC_CACHE_MAX_AGE, env.PUBLIC_CACHE_STALE_WHILE_REVALIDATE, env.PUBLIC_MAX_LIMIT, env.PUBLIC_MAX_OFFSET, env.FEED_ITEMS]).toEqual([10, 30, 100, 10_000, 50])
    expect([env.GRAPHQL_MAX_DEPTH, env.GRAPHQL_MAX_COMPLEXITY, env.GRAPHQL_MAX_ALIASES]).toEqual([10, 1000, 30])
    expect(env.PUBLIC_SITE_URL).toBe('http://localhost:3000')
    expect(parseEnv({ PUBLIC_SITE_URL: 'https://news.example/' }).PUBLIC_SITE_URL).toBe('https://news.example')
    expect(env.GRAPHQL_INTROSPECTION).toBe(true)
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: STRONG }).GRAPHQL_INTROSPECTION).toBe(false)
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: STRONG, GRAPHQL_INTROSPECTION: 'true' }).GRAPHQL_INTROSPECTION).toBe(true)
    expect(parseEnv({ PUBLIC_CACHE_ENTRIES: '0' }).PUBLIC_CACHE_ENTRIES).toBe(0)
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
