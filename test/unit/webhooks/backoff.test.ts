import { nextDeliveryState, retryDelayMs } from '../../../src/webhooks/backoff'

const policy = { baseMs: 1_000, capMs: 60_000, maxAttempts: 5 }
const low = (): number => 0
const high = (): number => 1

describe('retryDelayMs', () => {
  it.each([
    [1, 500, 1_000],
    [2, 1_000, 2_000],
    [3, 2_000, 4_000],
    [6, 16_000, 32_000],
    [7, 30_000, 60_000],
    [20, 30_000, 60_000],
    [1_000, 30_000, 60_000],
  ])('after %i failed attempts waits between %i and %i ms', (attempts, min, max) => {
    expect(retryDelayMs(attempts, policy, low)).toBe(min)
    expect(retryDelayMs(attempts, policy, high)).toBe(max)
    for (let i = 0; i < 50; i += 1) {
      const delay = retryDelayMs(attempts, policy)
      expect(delay).toBeGreaterThanOrEqual(min)
      expect(delay).toBeLessThanOrEqual(max)
    }
  })

  it('spreads retries (jitter): not every sender comes back at the same moment', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(4, policy)))
    expect(delays.size).toBeGreaterThan(1)
  })
})

describe('nextDeliveryState', () => {
  const now = new Date('2026-11-22T12:00:00.000Z')

  it('2xx → delivered', () => {
    expect(nextDeliveryState({ ok: true, statusCode: 204 }, 1, policy, now)).toEqual({ status: 'delivered', deliveredAt: now })
  })

  it('a failure before the last attempt → pending, due after the backoff', () => {
    const state = nextDeliveryState({ ok: false, statusCode: 500, error: 'HTTP 500', retry: true }, 2, policy, now, high)
    expect(state).toEqual({ status: 'pending', nextAttemptAt: new Date(now.getTime() + 2_000) })
  })

  it('a failure on the last attempt → failed', () => {
    expect(nextDeliveryState({ ok: false, statusCode: 500, error: 'HTTP 500', retry: true }, 5, policy, now)).toEqual({ status: 'failed' })
  })

  it('a refusal that retrying cannot fix (a forbidden address) → failed at once', () => {
    expect(nextDeliveryState({ ok: false, statusCode: null, error: 'refused', retry: false }, 1, policy, now)).toEqual({ status: 'failed' })
  })
})
