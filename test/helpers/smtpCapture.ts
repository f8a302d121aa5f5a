import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type CapturedMail = { from: string; to: string[]; subject: string; text: string; raw: string }

/** Decodes a quoted-printable body (nodemailer uses it for long lines). */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3)
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

function parse(raw: string, from: string, to: string[]): CapturedMail {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const header = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? ''
  const encoding = header('Content-Transfer-Encoding').toLowerCase()
  const text =
    encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body
  return { from, to, subject: header('Subject'), text: text.replace(/\r\n/g, '\n'), raw }
}

export type SmtpCapture = {
  url: string
  mails: CapturedMail[]
  /** Waits until a mail matching `match` has arrived, or fails after `timeoutMs`. */
  waitFor: (match: (mail: CapturedMail) => boolean, timeoutMs?: number) => Promise<CapturedMail>
  /** While true, the server refuses every message (550), as a broken mail relay would. */
  setFailing: (failing: boolean) => void
  /** Messages refused while failing. */
  refused: () => number
  stop: () => Promise<void>
}

/** Starts a real SMTP server on a free loopback port that keeps every message it receives. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = []
  let failing = false
  let refused = 0
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no STARTTLS offered, so nodemailer does not try to upgrade.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (failing) {
          refused += 1
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
          return
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        mails.push(parse(Buffer.concat(chunks).toString('utf8'), from, session.envelope.rcptTo.map((r) => r.address)))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor: async (match, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = mails.find(match)
        if (found) return found
        if (Date.now() > deadline) {
          throw new Error(`No matching mail within ${timeoutMs} ms; got: ${JSON.stringify(mails.map((m) => [m.to, m.subject]))}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    setFailing: (value) => {
      failing = value
    },
    refused: () => refused,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
