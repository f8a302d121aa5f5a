import type { Request } from 'express'

/**
 * Returns the origin of the server that received this request, on the address it was reached
 * at: the reader site reads the API of the very instance serving it, over HTTP, as any front end
 * would, without needing a public URL that resolves from inside.
 */
export function selfOrigin(req: Request): string {
  const socket = req.socket
  let address = socket.localAddress ?? '127.0.0.1'
  if (address.startsWith('::ffff:')) address = address.slice(7)
  if (address === '::' || address === '0.0.0.0') address = '127.0.0.1'
  const host = address.includes(':') ? `[${address}]` : address
  return `http://${host}:${socket.localPort}`
}
