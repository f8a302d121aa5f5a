import { Writable } from 'node:stream'

import { APIError, Forbidden, NotFound, QueryError, ValidationError } from 'payload'
import { pino, type Logger } from 'pino'

import { DatelineError, Unauthenticated } from '../../src/errors/DatelineError'
import { loggerOptions } from '../../src/errors/logging'
import { FAULT_MESSAGE, problemBody, toProblem } from '../../src/errors/toProblem'
import { IngestError } from '../../src/ingest/errors'
import { WorkflowError } from '../../src/workflow/errors'

const pgError = (code: string, message: string): Error => Object.assign(new Error(message), { name: 'error', code })
const drizzleWrapped = (cause: Error): Error => Object.assign(new Error('Failed query: select * from x where y = ?\nparams: secret'), { cause })

describe('toProblem: one answer for every error', () => {
  it.each([
    ['a workflow refusal', new WorkflowError('QUOTE_NOT_CLEARED', 'Quote 3 is pending'), 409, 'QUOTE_NOT_CLEARED'],
    ['an ingest refusal', new IngestError('NOT_TEXT', 'not text'), 415, 'NOT_TEXT'],
    ['a missing user', new Unauthenticated(), 401, 'UNAUTHENTICATED'],
    ['a plain family error', new DatelineError('WITHDRAWN', 'gone', 410), 410, 'WITHDRAWN'],
    ['Payload NotFound', new NotFound(), 404, 'NOT_FOUND'],
    ['Payload Forbidden', new Forbidden(), 403, 'FORBIDDEN'],
    ['Payload QueryError', new QueryError([{ path: 'x' }]), 400, 'INVALID_QUERY'],
    ['Payload ValidationError', new ValidationError({ collection: 'quotes', errors: [{ path: 'text', message: 'bad' }] }), 400, 'VALIDATION_FAILED'],
    ['an APIError carrying a code', new APIError('held', 409, { code: 'LEGAL_HOLD' }), 409, 'LEGAL_HOLD'],
    ['a bad cast on PostgreSQL', drizzleWrapped(pgError('22P02', 'invalid input syntax for type integer: "abc"')), 400, 'INVALID_VALUE'],
    ['a value too long on PostgreSQL', drizzleWrapped(pgError('22001', 'value too long for type character varying(10)')), 400, 'VALUE_TOO_LONG'],
    ['out of range on PostgreSQL', drizzleWrapped(pgError('22003', 'integer out of range')), 400, 'OUT_OF_RANGE'],
    ['an operator on the wrong type', drizzleWrapped(pgError('42883', 'operator does not exist: text < integer')), 400, 'INVALID_QUERY'],
    ['malformed JSON path on SQLite', drizzleWrapped(Object.assign(new Error('SQLITE_ERROR: malformed JSON'), { code: 'SQLITE_ERROR' })), 400, 'INVALID_QUERY'],
    ['too many variables on SQLite', drizzleWrapped(new Error('SQLITE_ERROR: too many SQL variables')), 400, 'QUERY_TOO_COMPLEX'],
    ['a JSON parse error', new SyntaxError('Unexpected token } in JSON at position 3'), 400, 'MALFORMED_JSON'],
    ['a body parser limit', Object.assign(new Error('request entity too large'), { status: 413, expose: true }), 413, 'PAYLOAD_TOO_LARGE'],
    ['an undecodable URL', new URIError("Failed to decode param '%ED'"), 400, 'MALFORMED_URL'],
  ] as const)('%s', (_label, error, status, code) => {
    const problem = toProblem(error)
    expect([problem.status, problem.code, problem.fault]).toEqual([status, code, false])
    expect(problem.message).not.toMatch(/Failed query|params: secret/)
  })

  it.each([
    ['a TypeError of ours', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a 500 APIError', new APIError('Cannot find field for path at x', 500)],
    ['a string', 'boom'],
  ])('%s is a fault: 500 with a fixed message', (_label, error) => {
    expect(toProblem(error)).toMatchObject({ status: 500, code: 'INTERNAL', message: FAULT_MESSAGE, fault: true })
  })

  it('SQLite busy past the policy is 503 DATABASE_BUSY (retry), a fault logged with its stack, never the driver text', () => {
    const problem = toProblem(drizzleWrapped(Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })))
    expect(problem).toMatchObject({ status: 503, code: 'DATABASE_BUSY', fault: true })
    expect(problem.message).not.toMatch(/SQLITE|locked|Failed query/)
  })

  it('unwraps a GraphQL error to what its resolver threw', () => {
    const wrapped = Object.assign(new Error('x'), { name: 'GraphQLError', originalError: new Unauthenticated() })
    expect(toProblem(wrapped)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('keeps a gate’s reasons and Payload’s field list in the body', () => {
    const reasons = [{ code: 'BYLINE_EMPTY' as const, message: 'No byline' }]
    expect(problemBody(toProblem(new WorkflowError('BYLINE_EMPTY', 'No byline', reasons)))).toEqual({
      errors: [{ code: 'BYLINE_EMPTY', message: 'No byline', reasons }],
    })
    const body = problemBody(toProblem(new ValidationError({ collection: 'quotes', errors: [{ path: 'text', message: 'bad' }] })))
    expect(body.errors[0]).toMatchObject({ code: 'VALIDATION_FAILED', name: 'ValidationError', data: { errors: [{ path: 'text', message: 'bad' }] } })
  })
})

describe('the log policy', () => {
  function capture(): { lines: string[]; logger: Logger } {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    return { lines, logger: pino(loggerOptions('info'), sink) as Logger }
  }

  it('logs a client error once at info, without a stack', () => {
    const { lines, logger } = capture()
    logger.error({ err: new NotFound() })
    expect(lines).toHaveLength(1)
    const line = JSON.parse(lines[0]!)
    expect(line.level).toBe(30)
    expect(line.msg).toMatch(/^Refused 404 NOT_FOUND/)
    expect(lines[0]).not.toMatch(/stack/)
  })

  it('logs a fault at error with its stack', () => {
    const { lines, logger } = capture()
    logger.error({ err: new TypeError('broken') })
    const line = JSON.parse(lines[0]!)
    expect(line.level).toBe(50)
    expect(line.err.stack).toMatch(/TypeError: broken/)
  })

  it('bounds a line however long the values are (a 5 MB like value)', () => {
    const { lines, logger } = capture()
    const huge = 'x'.repeat(5 * 1024 * 1024)
    logger.error({ err: drizzleWrapped(new Error(`SQLITE_ERROR: no such function ${huge}`)), value: huge })
    logger.info({ msg: huge })
    logger.info(huge)
    for (const line of lines) expect(line.length).toBeLessThan(20_000)
  })
})
