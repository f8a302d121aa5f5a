'use client'
/**
 * Under a dispatch's media field: each picture chosen, with its thumbnail, caption, credit line and
 * licence, so the desk sees what it attached (the relationship chips show only a title).
 */
import { useConfig, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { LICENCE_LABELS, labelOf } from '../lib/labels'

type Asset = {
  id: number
  caption?: string | null
  creditLine?: string | null
  alt?: string | null
  filename?: string | null
  url?: string | null
  thumbnailURL?: string | null
  sizes?: { thumbnail?: { url?: string | null } | null } | null
  rights?: { licence?: string | null } | null
}

const idsOf = (value: unknown): number[] =>
  Array.isArray(value)
    ? value
        .map((v) => (typeof v === 'object' && v !== null ? (v as { id?: unknown; value?: unknown }).value ?? (v as { id?: unknown }).id : v))
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : []

export function MediaPreview(): React.ReactElement | null {
  const { config } = useConfig()
  const value = useFormFields(([fields]) => fields.media?.value)
  const ids = idsOf(value)
  const key = ids.join(',')
  const [assets, setAssets] = useState<Asset[]>([])

  useEffect(() => {
    if (!key) {
      setAssets([])
      return
    }
    let stopped = false
    const query = key
      .split(',')
      .map((id) => `where[id][in][]=${id}`)
      .join('&')
    void fetch(`${config.routes.api}/media-assets?${query}&depth=0&limit=100`, { credentials: 'include' })
      .then(async (res) => (res.ok ? ((await res.json()) as { docs: Asset[] }).docs : []))
      .then((docs) => {
        if (stopped) return
        const byId = new Map(docs.map((d) => [d.id, d]))
        setAssets(key.split(',').map((id) => byId.get(Number(id))).filter((a): a is Asset => Boolean(a)))
      })
      .catch(() => undefined)
    return () => {
      stopped = true
    }
  }, [config.routes.api, key])

  if (assets.length === 0) return null
  return (
    <div className="dateline-field-panel media-preview" id="media-preview">
      <ul>
        {assets.map((asset) => {
          const thumb = asset.sizes?.thumbnail?.url ?? asset.thumbnailURL ?? asset.url ?? null
          return (
            <li key={asset.id} className="media-preview__item" data-media-id={asset.id}>
              {thumb && asset.filename ? (
                <img src={thumb} alt={asset.alt ?? ''} />
              ) : (
                <span className="media-preview__nofile">no file yet</span>
              )}
              <span>
                <a href={`${config.routes.admin}/collections/media-assets/${asset.id}`}>{asset.caption?.trim() || asset.filename || `Media #${asset.id}`}</a>
                <br />
                <span className="media-preview__credit">Credit: {asset.creditLine ?? '—'}</span>
                {asset.rights?.licence && <span> · {labelOf(LICENCE_LABELS, asset.rights.licence)}</span>}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
