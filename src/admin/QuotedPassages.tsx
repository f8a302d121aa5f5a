'use client'
/**
 * Under a dispatch's body: every quoted passage of the story with its legal state ("Pending legal",
 * "Cleared by legal", …), refreshed while the editor types, so a quote typed into the body shows up
 * as pending once the server has bound it. A list beside the editor rather than marks inside the
 * Lexical text: see docs/admin.md.
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { quoteLegalLabel, quoteLegalState } from '../lib/quoteState'

type QuoteRow = {
  id: number
  text: string
  sensitive?: boolean | null
  speaker?: { name?: string | null } | null
  legal?: { status?: string | null } | null
  binding?: string | null
}

/** How often the list asks again while the form is open: about one autosave. */
const REFRESH_MS = 3000

export function QuotedPassages(): React.ReactElement | null {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [quotes, setQuotes] = useState<QuoteRow[] | null>(null)
  const url = `${config.routes.api}/quotes?where[dispatch][equals]=${String(id)}&depth=0&limit=200&sort=createdAt`

  useEffect(() => {
    if (id === undefined || id === null) return
    let stopped = false
    const load = async (): Promise<void> => {
      try {
        const res = await fetch(url, { credentials: 'include' })
        if (res.ok && !stopped) setQuotes(((await res.json()) as { docs: QuoteRow[] }).docs)
      } catch {
        // Offline for a moment: the next round tries again.
      }
    }
    void load()
    const timer = setInterval(() => void load(), REFRESH_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [id, url])

  if (id === undefined || id === null) return null
  const admin = config.routes.admin
  return (
    <div className="dateline-field-panel quoted-passages" id="quoted-passages">
      <h4 style={{ margin: 'calc(var(--base) / 2) 0' }}>Quoted passages and their legal state</h4>
      {quotes === null && <p>Loading…</p>}
      {quotes?.length === 0 && <p>No quoted speech in this story yet.</p>}
      {quotes && quotes.length > 0 && (
        <ul>
          {quotes.map((quote) => {
            const state = quoteLegalState(quote)
            return (
              <li key={quote.id} className="quoted-passages__item" data-quote-id={quote.id} data-state={state}>
                <span className={`legal-badge legal-badge--${state}`}>{quoteLegalLabel(quote)}</span>
                <a href={`${admin}/collections/quotes/${quote.id}`}>“{quote.text}”</a>
                {quote.speaker?.name && <span>— {quote.speaker.name}</span>}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
