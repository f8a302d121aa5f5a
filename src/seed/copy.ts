/** The shape of a plain-text story in house style: headline line, standfirst, paragraphs, captions. */
export type CopyBlock = { type: 'paragraph'; text: string } | { type: 'caption'; caption: string; creditLine: string }
export type StoryCopy = { headline: string; standfirst: string; blocks: CopyBlock[] }

const CAPTION = /^(.*?)\s*Credit:\s*(.+)$/

/** Splits story copy into headline, standfirst and body blocks, captions in place. */
export function splitCopy(text: string): StoryCopy {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
  const [headline = '', standfirst = '', ...rest] = paragraphs
  const blocks = rest.map((paragraph): CopyBlock => {
    const match = CAPTION.exec(paragraph)
    return match
      ? { type: 'caption', caption: match[1].trim(), creditLine: match[2].trim() }
      : { type: 'paragraph', text: paragraph }
  })
  return { headline, standfirst, blocks }
}
