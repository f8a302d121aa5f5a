/**
 * src/db's transactions on the real database: afterCommit runs after a commit and never after a
 * rollback, inTransaction commits or rolls back as one, and the busy policy retries only BUSY.
 */
import { createLocalReq, type PayloadRequest } from 'payload'

import { isBusy, whileBusy } from '../../src/db/busy'
import { sqlRunner } from '../../src/db/raw'
import { lockDispatch } from '../../src/db/locks'
import { afterCommit, inTransaction } from '../../src/db/transactions'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
let req: PayloadRequest

beforeAll(async () => {
  t = await startTestApp()
  req = await createLocalReq({}, t.payload)
})

afterAll(async () => {
  await t?.stop()
})

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
const name = (label: string): string => `Transaction test ${label} ${Date.now()}`
const count = async (who: string): Promise<number> =>
  (await t.payload.count({ collection: 'correspondents', where: { name: { equals: who } } })).totalDocs

it('commits what the work wrote and then runs the after-commit callbacks, once per key', async () => {
  const who = name('commit')
  const ran: string[] = []
  await inTransaction(req, async (tx) => {
    await tx.payload.create({ collection: 'correspondents', data: { name: who, slug: who.toLowerCase().replace(/\W+/g, '-') }, req: tx, overrideAccess: true })
    await afterCommit(tx, () => ran.push('first'))
    await afterCommit(tx, () => ran.push('keyed'), 'k')
    await afterCommit(tx, () => ran.push('keyed again'), 'k')
    expect(ran).toEqual([])
  })
  expect(ran).toEqual(['first', 'keyed'])
  expect(await count(who)).toBe(1)
})

it('rolls everything back when the work throws, and runs no callback', async () => {
  const who = name('rollback')
  const ran: string[] = []
  await expect(
    inTransaction(req, async (tx) => {
      await tx.payload.create({ collection: 'correspondents', data: { name: who, slug: who.toLowerCase().replace(/\W+/g, '-') }, req: tx, overrideAccess: true })
      await afterCommit(tx, () => ran.push('never'))
      throw new Error('refused half-way')
    }),
  ).rejects.toThrow('refused half-way')
  await tick()
  expect(ran).toEqual([])
  expect(await count(who)).toBe(0)
})

it('without a transaction, runs the callback on the next turn', async () => {
  const ran: string[] = []
  await afterCommit(req, () => ran.push('later'))
  expect(ran).toEqual([])
  await tick()
  expect(ran).toEqual(['later'])
})

it('a callback that throws is logged and the commit stands', async () => {
  const who = name('throwing callback')
  await inTransaction(req, async (tx) => {
    await tx.payload.create({ collection: 'correspondents', data: { name: who, slug: who.toLowerCase().replace(/\W+/g, '-') }, req: tx, overrideAccess: true })
    await afterCommit(tx, () => {
      throw new Error('mail relay down')
    })
  })
  expect(await count(who)).toBe(1)
})

it('keeps the request’s own context and transaction apart from the work’s', async () => {
  req.context.outside = true
  await inTransaction(req, async (tx) => {
    tx.context.workflowService = true
    expect(tx.transactionID).toBeDefined()
  })
  expect(req.context.workflowService).toBeUndefined()
  expect(req.transactionID).toBeUndefined()
})

it('locks a dispatch inside a transaction (two commands on one story run one after the other)', async () => {
  const { docs } = await t.payload.find({ collection: 'dispatches', limit: 1, draft: true })
  const id = docs[0]!.id
  const order: string[] = []
  await Promise.all(
    ['a', 'b'].map((label) =>
      inTransaction(req, async (tx) => {
        await lockDispatch(id, tx)
        order.push(`${label} in`)
        await new Promise((resolve) => setTimeout(resolve, 50))
        order.push(`${label} out`)
      }),
    ),
  )
  expect([order.slice(0, 2), order.slice(2)].map((pair) => pair[0]!.split(' ')[0] === pair[1]!.split(' ')[0])).toEqual([true, true])
})

describe('the busy policy', () => {
  it('knows SQLITE_BUSY through a cause, and nothing else', () => {
    expect(isBusy(Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }) }))).toBe(true)
    expect(isBusy(new Error('database is locked'))).toBe(true)
    expect(isBusy(new Error('SQLITE_CONSTRAINT'))).toBe(false)
  })

  it('retries BUSY on SQLite until the work succeeds, and never retries another error', async () => {
    let calls = 0
    const flaky = async (): Promise<string> => {
      calls += 1
      if (calls < 3) throw new Error('SQLITE_BUSY: database is locked')
      return 'done'
    }
    if (t.payload.db.name === 'sqlite') {
      await expect(whileBusy(t.payload, flaky)).resolves.toBe('done')
      expect(calls).toBe(3)
    } else {
      await expect(whileBusy(t.payload, flaky)).rejects.toThrow('SQLITE_BUSY')
      expect(calls).toBe(1)
    }
    let other = 0
    await expect(
      whileBusy(t.payload, async () => {
        other += 1
        throw new Error('constraint failed')
      }),
    ).rejects.toThrow('constraint failed')
    expect(other).toBe(1)
  })

  it('a save through the API while another transaction of the process is open waits its turn instead of answering 503', async () => {
    // The CI run that found this: an after-commit refresh (inTransaction) still open when the
    // next REST save began; Payload's own BEGIN met the lock and answered 503 DATABASE_BUSY at once.
    const token = await t.token('editor')
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const holder = name('holder')
    const open = inTransaction(req, async (tx) => {
      await tx.payload.create({ collection: 'correspondents', data: { name: holder, slug: holder.toLowerCase().replace(/\W+/g, '-') }, req: tx, overrideAccess: true })
      await held
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const who = name('waiting save')
    const save = t.http
      .post('/api/correspondents')
      .set('Authorization', `JWT ${token}`)
      .send({ name: who, slug: who.toLowerCase().replace(/\W+/g, '-') })
    const answered = save.then((res) => res)
    await new Promise((resolve) => setTimeout(resolve, 300))
    release()
    await open
    const res = await answered
    expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 201, errors: undefined })
    expect([await count(holder), await count(who)]).toEqual([1, 1])
  })

  it('twelve saves through the API and twelve refreshes at once: every one stored, none answered busy', async () => {
    const token = await t.token('editor')
    const names = Array.from({ length: 12 }, (_, i) => name(`burst ${i}`))
    const answers = await Promise.all([
      ...names.map((who) => t.http.post('/api/correspondents').set('Authorization', `JWT ${token}`).send({ name: who, slug: who.toLowerCase().replace(/\W+/g, '-') })),
      ...names.map((who) =>
        inTransaction(req, async (tx) => {
          await tx.payload.create({ collection: 'correspondents', data: { name: `${who} (job)`, slug: `${who} job`.toLowerCase().replace(/\W+/g, '-') }, req: tx, overrideAccess: true })
          return { status: 201 }
        }),
      ),
    ])
    expect(answers.map((res) => res.status)).toEqual(Array(24).fill(201))
    expect(await Promise.all(names.flatMap((who) => [count(who), count(`${who} (job)`)]))).toEqual(Array(24).fill(1))
  })

  it('a raw write that meets an open transaction waits its turn, and the next transaction still commits', async () => {
    // libsql leaves a statement it gave up on as BUSY un-reset on the app's connection; the next
    // transaction to take that connection could not COMMIT ("SQL statements in progress"): a 503
    // to a save that had nothing to do with the webhook outbox's write.
    const { run, sql } = sqlRunner(t.payload)
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const holder = name('raw holder')
    const open = inTransaction(req, async (tx) => {
      await tx.payload.create({ collection: 'correspondents', data: { name: holder, slug: holder.toLowerCase().replace(/\W+/g, '-') }, req: tx, overrideAccess: true })
      await held
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const raw = run(sql`UPDATE webhook_deliveries SET updated_at = updated_at WHERE id = -1`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    release()
    await open
    await raw
    const after = name('after raw')
    for (let i = 0; i < 3; i += 1) {
      await inTransaction(req, async (tx) => {
        await tx.payload.create({ collection: 'correspondents', data: { name: `${after} ${i}`, slug: `${after} ${i}`.toLowerCase().replace(/\W+/g, '-') }, req: tx, overrideAccess: true })
      })
    }
    expect(await Promise.all([0, 1, 2].map((i) => count(`${after} ${i}`)))).toEqual([1, 1, 1])
  })
})
