import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/** Splits "Dateline <desk@example.org>" into the name and address Payload asks for. */
export function parseFrom(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1] || match[2], address: match[2] } : { name: from, address: from }
}

/**
 * Sends Payload's mail (password resets, and the newsroom's notifications) through nodemailer
 * at SMTP_URL; with no SMTP_URL configured, messages are written to the log instead.
 */
export function smtpAdapter(smtpUrl: string | undefined, from: string): EmailAdapter {
  const sender = parseFrom(from)
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport({ jsonTransport: true })
  return ({ payload }) => ({
    name: smtpUrl ? 'smtp' : 'log',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message) => {
      const info = await transport.sendMail({ from: `${sender.name} <${sender.address}>`, ...message })
      if (!smtpUrl) payload.logger.info({ msg: 'Email (SMTP_URL not set, logged only)', to: message.to, subject: message.subject })
      return info
    },
  })
}
