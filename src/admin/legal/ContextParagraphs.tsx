/** The story's paragraphs around a quote or passage, the words themselves marked. */
import React from 'react'

import type { ContextParagraph } from './legalQueue'

function Paragraph({ paragraph }: { paragraph: ContextParagraph }): React.ReactElement {
  const { text, mark, isQuote } = paragraph
  const className = `legal-queue__paragraph${isQuote ? ' legal-queue__paragraph--quote' : ''}`
  if (!mark) return <p className={className}>{text}</p>
  return (
    <p className={className}>
      {text.slice(0, mark.start)}
      <mark className="legal-queue__mark">{text.slice(mark.start, mark.end)}</mark>
      {text.slice(mark.end)}
    </p>
  )
}

export function ContextParagraphs({ paragraphs, fallback }: { paragraphs: ContextParagraph[]; fallback: string }): React.ReactElement {
  return (
    <div className="legal-queue__context" aria-label="In the story">
      {paragraphs.length > 0 ? (
        paragraphs.map((paragraph, i) => <Paragraph key={i} paragraph={paragraph} />)
      ) : (
        <>
          <blockquote className="legal-queue__text">“{fallback}”</blockquote>
          <p className="legal-queue__missing">These words are not in the story’s text as it stands.</p>
        </>
      )}
    </div>
  )
}
