export type RetryPolicy = {
  /** Delay before the second attempt, before jitter. */
  baseMs: number
  /** No delay grows past this. */
  capMs: number
  /** After this many attempts a delivery is failed (an admin can still redeliver it). */
  maxAttempts: number
}

/**
 * Returns the wait before the next attempt after `attempts` failed ones: capped exponential
 * (base · 2^(attempts−1), at most cap), with "equal jitter" — a random point in its upper half —
 * so receivers coming back from an outage are not hit by every sender at once.
 */
export function retryDelayMs(attempts: number, policy: Pick<RetryPolicy, 'baseMs' | 'capMs'>, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 40))
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent)
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

export type AttemptOutcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string; retry: boolean }

export type NextState =
  | { status: 'delivered'; deliveredAt: Date }
  | { status: 'pending'; nextAttemptAt: Date }
  | { status: 'failed' }

/** Returns what a delivery becomes after its `attempts`-th attempt ended with `outcome`. */
export function nextDeliveryState(outcome: AttemptOutcome, attempts: number, policy: RetryPolicy, now: Date, random: () => number = Math.random): NextState {
  if (outcome.ok) return { status: 'delivered', deliveredAt: now }
  if (!outcome.retry || attempts >= policy.maxAttempts) return { status: 'failed' }
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy, random)) }
}
