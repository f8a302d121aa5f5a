'use client'
/**
 * "Import story" on the dispatches list: paste plain-text copy or pick a .txt file; Dateline files
 * it as a draft with its pictures, byline and quotes, then opens the new draft.
 */
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type ImportError = { code?: string; message?: string; existing?: { id: number | string } }

export function ImportStory(): React.ReactElement {
  const { config } = useConfig()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ImportError | null>(null)
  const adminRoute = config.routes.admin
  const apiRoute = config.routes.api

  const loadFile = async (file: File | undefined): Promise<void> => {
    if (!file) return
    setText(await file.text())
  }

  const submit = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`${apiRoute}/dispatches/ingest`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: text,
      })
      const body = (await res.json()) as { dispatch?: { id: number | string }; errors?: ImportError[] }
      if (res.ok && body.dispatch) {
        router.push(`${adminRoute}/collections/dispatches/${body.dispatch.id}`)
        return
      }
      setError(body.errors?.[0] ?? { message: `Import failed (${res.status})` })
    } catch {
      setError({ message: 'Dateline did not answer; try again.' })
    } finally {
      setBusy(false)
    }
  }

  if (!open) {
    return (
      <div className="import-story" style={{ marginBottom: 'var(--base)' }}>
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)} id="import-story-open">
          Import story
        </Button>
      </div>
    )
  }

  return (
    <div className="import-story" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3>Import story</h3>
      <p>
        Paste the copy as filed (headline on the first line, captions ending in “Credit: …”) or choose a .txt file.
        Pictures, byline and quotes are filed with it; quotes a lawyer should see wait for legal.
      </p>
      <input
        aria-label="Story file"
        accept=".txt,text/plain"
        type="file"
        onChange={(event) => void loadFile(event.target.files?.[0])}
      />
      <textarea
        aria-label="Story text"
        id="import-story-text"
        rows={12}
        style={{ width: '100%', marginTop: 'var(--base)', fontFamily: 'inherit' }}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error.message}{' '}
          {error.existing && <a href={`${adminRoute}/collections/dispatches/${error.existing.id}`}>Open the first import</a>}
        </p>
      )}
      <div style={{ display: 'flex', gap: 'var(--base)' }}>
        <Button disabled={busy || text.trim() === ''} onClick={() => void submit()} id="import-story-submit">
          {busy ? 'Importing…' : 'Import as draft'}
        </Button>
        <Button buttonStyle="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </div>
  )
}
