import type { Endpoint } from 'payload'

import { getEnv } from '../../../src/config/env'
import { handled, readJson } from '../../../src/server/problem'
import { createPreviewLinkBody } from '../../../src/server/requestBodies'
import { assertMayShare, createPreviewLink, revokePreviewLink } from '../../../src/services/previewLinks'

/**
 * POST /api/dispatches/:id/preview-links `{ expiresInHours }` (1–168) → 201 `{ id, url, expiresAt }`:
 * a signed link showing the working copy to someone without an account. Editors, legal, admins.
 */
export const createPreviewLinkEndpoint: Endpoint = {
  path: '/:id/preview-links',
  method: 'post',
  handler: (req) =>
    handled(req, async () => {
      // Who may ask is settled before what they asked: a refused caller learns nothing from a 400.
      assertMayShare(req.user)
      const body = await readJson(req, createPreviewLinkBody)
      return Response.json(await createPreviewLink(req, getEnv(), String(req.routeParams?.id), body), { status: 201 })
    }),
}

/** DELETE /api/dispatches/:id/preview-links/:linkId → 200 `{ id, revokedAt }`: the link answers 410 from now on. */
export const revokePreviewLinkEndpoint: Endpoint = {
  path: '/:id/preview-links/:linkId',
  method: 'delete',
  handler: (req) =>
    handled(req, async () => Response.json(await revokePreviewLink(req, String(req.routeParams?.id), String(req.routeParams?.linkId)))),
}
