import { ConfigError, parseEnv } from '../../../src/config/env'

describe('webhook configuration', () => {
  it('defaults: dispatcher on, 10 s timeout, 10 s → 1 h backoff, 12 attempts, loopback and private receivers refused', () => {
    const env = parseEnv({})
    expect(env.WEBHOOK_DISPATCHER).toBe(true)
    expect(env.WEBHOOK_TIMEOUT_MS).toBe(10_000)
    expect(env.WEBHOOK_RETRY_BASE_MS).toBe(10_000)
    expect(env.WEBHOOK_RETRY_MAX_MS).toBe(3_600_000)
    expect(env.WEBHOOK_MAX_ATTEMPTS).toBe(12)
    expect(env.WEBHOOK_POLL_MS).toBe(1_000)
    expect(env.WEBHOOK_ALLOW_LOOPBACK).toBe(false)
    expect(env.WEBHOOK_ALLOW_PRIVATE).toBe(false)
  })

  it('reads the settings', () => {
    const env = parseEnv({ WEBHOOK_TIMEOUT_MS: '2500', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_DISPATCHER: 'false' })
    expect(env.WEBHOOK_TIMEOUT_MS).toBe(2_500)
    expect(env.WEBHOOK_MAX_ATTEMPTS).toBe(3)
    expect(env.WEBHOOK_ALLOW_LOOPBACK).toBe(true)
    expect(env.WEBHOOK_DISPATCHER).toBe(false)
  })

  it.each([
    [{ WEBHOOK_TIMEOUT_MS: 'soon' }, 'WEBHOOK_TIMEOUT_MS: must be a number of milliseconds'],
    [{ WEBHOOK_TIMEOUT_MS: '0' }, 'WEBHOOK_TIMEOUT_MS: must be at least 10 ms'],
    [{ WEBHOOK_MAX_ATTEMPTS: '0' }, 'WEBHOOK_MAX_ATTEMPTS: must be at least 1'],
    [{ WEBHOOK_MAX_ATTEMPTS: '2.5' }, 'WEBHOOK_MAX_ATTEMPTS: must be a whole number'],
    [{ WEBHOOK_ALLOW_PRIVATE: 'sometimes' }, 'WEBHOOK_ALLOW_PRIVATE: must be true or false'],
    [{ WEBHOOK_RETRY_BASE_MS: '5000', WEBHOOK_RETRY_MAX_MS: '1000' }, 'WEBHOOK_RETRY_MAX_MS: must not be below WEBHOOK_RETRY_BASE_MS'],
  ])('refuses %j naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigError)
    expect(() => parseEnv(source)).toThrow(message)
  })
})
