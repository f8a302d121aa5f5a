import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { headers: http.IncomingHttpHeaders; rawBody: string; path: string; answeredWith: number }

export type Receiver = {
  url: string
  port: number
  received: Received[]
  /** Status codes to answer with, one per request in order; after the list runs out, `otherwise`. */
  answers: number[]
  otherwise: number
  /** Milliseconds to hold each answer (a slow receiver). */
  delayMs: number
  /** How many requests carried each delivery id (X-Dateline-Delivery). */
  countsById: () => Map<string, number>
  /** Waits until `done(received)` is true, or fails after `timeoutMs` saying what arrived. */
  waitFor: (done: (received: Received[]) => boolean, timeoutMs?: number) => Promise<void>
  close: () => Promise<void>
}

/** A webhook receiver on loopback (node:http) that keeps every raw body and header it gets. */
export async function startReceiver(port = 0): Promise<Receiver> {
  const received: Received[] = []
  const receiver = { answers: [] as number[], otherwise: 200, delayMs: 0 }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const status = receiver.answers.shift() ?? receiver.otherwise
      const answer = (): void => {
        received.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8'), path: req.url ?? '', answeredWith: status })
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now')
      }
      if (receiver.delayMs > 0) setTimeout(answer, receiver.delayMs)
      else answer()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const actual = (server.address() as AddressInfo).port
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${actual}/hook`,
    port: actual,
    received,
    countsById: () => {
      const counts = new Map<string, number>()
      for (const r of received) {
        const id = String(r.headers['x-dateline-delivery'])
        counts.set(id, (counts.get(id) ?? 0) + 1)
      }
      return counts
    },
    waitFor: async (done: (received: Received[]) => boolean, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs
      while (!done(received)) {
        if (Date.now() > deadline) {
          throw new Error(`receiver: condition not met after ${timeoutMs} ms; got ${received.length} requests: ${received.map((r) => r.rawBody).join('\n')}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  })
}
