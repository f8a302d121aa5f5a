/**
 * The "Published" cell of the dispatches list: the date it went out, "Withdrawn" for a story taken
 * down (its old publication date would say it is out), "—" for one that never went out.
 */
import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

export function PublishedAtCell({ rowData }: DefaultServerCellComponentProps): React.ReactElement {
  const row = (rowData ?? {}) as { workflowStatus?: string | null; publishedAt?: string | null }
  if (row.workflowStatus === 'withdrawn') return <span className="published-cell published-cell--withdrawn">Withdrawn</span>
  if (!row.publishedAt) return <span className="published-cell">—</span>
  const at = new Date(row.publishedAt)
  return (
    <time className="published-cell" dateTime={at.toISOString()}>
      {at.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC
    </time>
  )
}
