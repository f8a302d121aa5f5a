import type { ReactNode } from 'react'

import type { BodyNode, PublicMedia } from '../public'
import { Figure } from './Figure'
import { safeHref } from './format'

/** A passage to mark in the preview (a quote or a passage for legal) with its legal state. */
export type Mark = { text: string; state: string; label: string }

type Ctx = { marks: Mark[]; pictures: { seen: number } }

const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, sub: 32, sup: 64 } as const

function withFormat(text: ReactNode, format: number): ReactNode {
  let out = text
  if (format & FORMAT.code) out = <code>{out}</code>
  if (format & FORMAT.bold) out = <strong>{out}</strong>
  if (format & FORMAT.italic) out = <em>{out}</em>
  if (format & FORMAT.underline) out = <u>{out}</u>
  if (format & FORMAT.strike) out = <s>{out}</s>
  if (format & FORMAT.sub) out = <sub>{out}</sub>
  if (format & FORMAT.sup) out = <sup>{out}</sup>
  return out
}

/** Splits text around the marked passages it contains, wrapping each in a <mark> naming its state. */
function marked(text: string, marks: Mark[]): ReactNode {
  if (marks.length === 0) return text
  const parts: ReactNode[] = []
  let rest = text
  let key = 0
  for (;;) {
    let first: { at: number; mark: Mark } | null = null
    for (const mark of marks) {
      if (!mark.text) continue
      const at = rest.indexOf(mark.text)
      if (at !== -1 && (!first || at < first.at)) first = { at, mark }
    }
    if (!first) break
    if (first.at > 0) parts.push(rest.slice(0, first.at))
    parts.push(
      <mark key={key++} className={`legal legal-${first.mark.state}`} title={first.mark.label}>
        {first.mark.text}
        <span className="legal-label"> [{first.mark.label}]</span>
      </mark>,
    )
    rest = rest.slice(first.at + first.mark.text.length)
  }
  if (rest) parts.push(rest)
  return parts
}

const isMedia = (value: unknown): value is PublicMedia =>
  typeof value === 'object' && value !== null && 'creditLine' in value && 'id' in value

function children(node: BodyNode, ctx: Ctx): ReactNode {
  return (node.children ?? []).map((child, index) => <Node key={index} node={child} ctx={ctx} />)
}

function Node({ node, ctx }: { node: BodyNode; ctx: Ctx }): ReactNode {
  switch (node.type) {
    case 'text': {
      const format = typeof node.format === 'number' ? node.format : 0
      return withFormat(marked(node.text ?? '', ctx.marks), format)
    }
    case 'linebreak':
      return <br />
    case 'tab':
      return ' '
    case 'paragraph':
      return <p>{children(node, ctx)}</p>
    case 'heading': {
      // The page's own <h1> is the headline; body headings start one level below it.
      const level = Math.min(6, Math.max(2, Number(String(node.tag ?? 'h2').replace(/\D/g, '')) || 2))
      const Tag = `h${level}` as 'h2'
      return <Tag>{children(node, ctx)}</Tag>
    }
    case 'quote':
      return <blockquote>{children(node, ctx)}</blockquote>
    case 'list': {
      const Tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
      return <Tag>{children(node, ctx)}</Tag>
    }
    case 'listitem':
      return <li>{children(node, ctx)}</li>
    case 'horizontalrule':
      return <hr />
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url)
      return href ? <a href={href}>{children(node, ctx)}</a> : <>{children(node, ctx)}</>
    }
    case 'upload': {
      if (!isMedia(node.value)) return null
      ctx.pictures.seen += 1
      return <Figure media={node.value} eager={ctx.pictures.seen === 1} />
    }
    default:
      return node.children ? <>{children(node, ctx)}</> : null
  }
}

/** Renders a story body: paragraphs, headings, lists, links and each picture where the story places it. */
export function Body({ body, marks = [] }: { body: { root: BodyNode } | null; marks?: Mark[] }): ReactNode {
  if (!body?.root) return null
  const ctx: Ctx = { marks, pictures: { seen: 0 } }
  return <div className="body">{children(body.root, ctx)}</div>
}

/** Returns the ids of the pictures the body places. */
export function placedMediaIds(body: { root: BodyNode } | null): Set<number> {
  const ids = new Set<number>()
  const visit = (node: BodyNode): void => {
    if (node.type === 'upload' && isMedia(node.value)) ids.add(node.value.id)
    for (const child of node.children ?? []) visit(child)
  }
  if (body?.root) visit(body.root)
  return ids
}
