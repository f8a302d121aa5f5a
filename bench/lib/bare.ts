/**
 * The ceiling for the read benchmark: a bare node:http server, in a process of its own (as
 * Dateline is), answering each route with fixed bytes and headers. Started by bench/read.ts with
 * the responses as JSON on stdin; prints its port when listening.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

type Fixed = { path: string; headers: Record<string, string>; body: string }

const input = await new Promise<string>((resolve) => {
  let text = ''
  process.stdin.on('data', (chunk) => (text += chunk))
  process.stdin.on('end', () => resolve(text))
})
const routes = new Map(
  (JSON.parse(input) as Fixed[]).map((r) => {
    const body = Buffer.from(r.body, 'base64')
    return [r.path, { body, headers: { ...r.headers, 'content-length': String(body.length) } }] as const
  }),
)
const server = http.createServer((req, res) => {
  const route = routes.get(req.url ?? '')
  if (!route) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, route.headers)
  res.end(route.body)
})
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
