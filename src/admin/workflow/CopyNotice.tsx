'use client'
/**
 * Stands at the top of a dispatch's form and keeps two things on screen that Payload would only
 * flash in a toast, or not say at all:
 * - the form is read only for a user who may not change the copy now (a correspondent once the
 *   story is in review, legal), with the reason — as the server's workflow answer says, so what
 *   the form allows is what a save would be allowed;
 * - a save or autosave was refused because someone saved after this form was loaded
 *   (409 STALE_VERSION) or the copy is locked (403 COPY_LOCKED), with a Reload button.
 * Payload's edit view takes "may save" from collection access, which cannot see the working
 * copy's status, hence the read-only state is applied here (the fields become `inert`).
 */
import { Button, useConfig, useDocumentInfo, useForm } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { callApi, type WorkflowPanelState } from './api'
import { isDocumentWrite, saveRefusalOf, type SaveRefusal } from './saveRefusal'

/**
 * The fields a read-only user must not type into: every field of the form but the workflow panel
 * (where legal places holds) and the quotes table (whose links open the quotes).
 */
function fieldAreas(): HTMLElement[] {
  const keep = (el: HTMLElement): boolean =>
    !el.querySelector('#workflow-panel, #copy-notice') && !el.closest('#workflow-panel, #copy-notice') && !el.matches('.field-type.join')
  return Array.from(document.querySelectorAll<HTMLElement>('.document-fields .field-type')).filter(keep)
}

export function CopyNotice(): React.ReactElement | null {
  const { id, collectionSlug, hasSavePermission } = useDocumentInfo()
  const { config } = useConfig()
  const { setDisabled } = useForm()
  const [copy, setCopy] = useState<WorkflowPanelState['copy'] | null>(null)
  const [refusal, setRefusal] = useState<SaveRefusal | null>(null)
  const api = config.routes.api

  useEffect(() => {
    if (id === undefined || id === null) return
    let cancelled = false
    void callApi<WorkflowPanelState>(`${api}/dispatches/${String(id)}/workflow`, { method: 'GET' }).then((result) => {
      if (cancelled || !result.ok) return
      // `copy` says whether the status lets this role edit; `canEdit`/`reason` (where the server
      // sends them) also cover a story the user does not own. Either one refusing makes it read only.
      const { copy: byStatus, canEdit, reason } = result.value as WorkflowPanelState & { canEdit?: boolean; reason?: string | null }
      if (byStatus && !byStatus.editable) setCopy(byStatus)
      else if (canEdit === false) setCopy({ editable: false, notice: reason ?? 'Read only: you may not edit this story.' })
      else if (byStatus) setCopy(byStatus)
    })
    return () => {
      cancelled = true
    }
  }, [api, id])

  // A reader is never offered "Take over" in Payload's lock dialog (custom.scss hides it on this flag).
  const mayEdit = hasSavePermission !== false && copy?.editable !== false
  useEffect(() => {
    document.body.dataset.mayEdit = String(mayEdit)
    return () => {
      delete document.body.dataset.mayEdit
    }
  }, [mayEdit])

  useEffect(() => {
    if (!copy || copy.editable) return
    setDisabled(true)
    const areas = fieldAreas()
    areas.forEach((el) => el.setAttribute('inert', ''))
    document.body.dataset.copyReadOnly = 'true'
    return () => {
      areas.forEach((el) => el.removeAttribute('inert'))
      delete document.body.dataset.copyReadOnly
    }
  }, [copy, setDisabled])

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    const original = window.fetch
    const watched: typeof window.fetch = async (input, init) => {
      const res = await original(input, init)
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
      if (!res.ok && isDocumentWrite(url, method, api, collectionSlug, id)) {
        void res
          .clone()
          .json()
          .catch(() => null)
          .then((body: unknown) => {
            const seen = saveRefusalOf(res.status, body)
            if (seen) setRefusal(seen)
          })
      }
      return res
    }
    window.fetch = watched
    return () => {
      if (window.fetch === watched) window.fetch = original
    }
  }, [api, collectionSlug, id])

  if (!refusal && (!copy || copy.editable)) return null
  return (
    <div id="copy-notice">
      {copy && !copy.editable && (
        <div className="copy-notice" id="copy-read-only" role="status">
          <p>{copy.notice}</p>
        </div>
      )}
      {refusal && (
        <div className={`copy-notice copy-notice--${refusal.kind === 'stale' ? 'stale' : 'locked'}`} id="save-refused" role="alert" data-kind={refusal.kind}>
          <p style={{ marginBottom: 'calc(var(--base) / 2)' }}>{refusal.message}</p>
          <Button id="save-refused-reload" size="small" margin={false} onClick={() => window.location.reload()}>
            Reload
          </Button>
        </div>
      )}
    </div>
  )
}
