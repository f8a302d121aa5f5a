/**
 * How errors are logged, for every door at once: Payload's own handlers log an error at error
 * level with its stack before any hook of ours runs, so the policy sits in the logger itself.
 * A client's error (4xx by the mapper) becomes one info line without a stack; a fault keeps its
 * stack at error level. Every string in a line is bounded, so a 5 MB `like` value cannot write a
 * 5 MB line (nor a driver error quoting it).
 */
import type { LoggerOptions } from 'pino'

import { bounded, toProblem, type Problem } from './toProblem'

const STRING_MAX = 1_000
const STACK_MAX = 4_000

/** Returns a copy of a log value with long strings cut, deep or wide values summarised. */
export function boundValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return bounded(value, STRING_MAX)
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Error) return boundError(value, depth)
  if (depth >= 3) return Array.isArray(value) ? `[array of ${value.length}]` : '[object]'
  if (Array.isArray(value)) {
    const shown = value.slice(0, 20).map((item) => boundValue(item, depth + 1))
    return value.length > 20 ? [...shown, `… ${value.length - 20} more`] : shown
  }
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value).slice(0, 50)) out[key] = boundValue(item, depth + 1)
  return out
}

/**
 * An error as a log line shows it: a copy with its type, message, code and stack bounded, and
 * its cause likewise; other own properties (a driver's bound parameters, the query) are left out.
 */
export function boundError(error: Error, depth = 0): Error {
  const copy = new Error(bounded(error.message, STRING_MAX))
  copy.name = error.name
  copy.stack = error.stack ? bounded(error.stack, STACK_MAX) : undefined
  const { code, cause } = error as Error & { code?: unknown }
  if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code })
  if (cause !== undefined && depth < 3) copy.cause = cause instanceof Error ? boundError(cause, depth + 1) : boundValue(cause, depth + 1)
  return copy
}

/** The one info line a client's error gets. */
export const describeProblem = (problem: Problem): string => `Refused ${problem.status} ${problem.code}: ${problem.message}`

const ERROR_LEVEL = 50

/**
 * pino options with the policy: a call at error level carrying an `err` the mapper calls a
 * client error is logged at info as one line; every other call has its values bounded.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    hooks: {
      logMethod(args, method, levelValue) {
        const [first, ...rest] = args as unknown[]
        if (levelValue >= ERROR_LEVEL && first && typeof first === 'object' && 'err' in first) {
          const problem = toProblem((first as { err: unknown }).err)
          if (!problem.fault) {
            this.info(describeProblem(problem))
            return
          }
        }
        const boundedArgs = [boundValue(first), ...rest.map((item) => boundValue(item))]
        method.apply(this, boundedArgs as Parameters<typeof method>)
      },
    },
  }
}
