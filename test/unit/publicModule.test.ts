/**
 * The front-end module (src/public) stands alone: it imports no package at all (so no `payload`),
 * only its own files, and its types agree with what the server's mappers build.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { StoryPage as ServerStoryPage } from '../../src/delivery/storyPage'
import type { z } from 'zod'

import type * as schemas from '../../src/openapi/schemas'
import type { CorrespondentPage, ListEntry, PreviewLink, StoryList, StoryPage, WorkflowPanel } from '../../src/public'
import type { WorkflowPanelState } from '../../src/workflow'

const dir = path.resolve(import.meta.dirname, '../../src/public')

// Compile-time checks (npm run typecheck): what the server sends fits the public types.
// (`body` is typed with Payload's `| undefined`; the mapper gives null for a missing body.)
export const storyPageFits = (page: ServerStoryPage): StoryPage => ({ ...page, body: page.body ?? null })
export const panelFits = (panel: WorkflowPanelState): WorkflowPanel => panel
// The OpenAPI schemas and the public types describe the same answers, both ways.
export const storyPageBothWays = [(p: z.infer<typeof schemas.storyPage>): StoryPage => p, (p: StoryPage): z.infer<typeof schemas.storyPage> => p]
export const listBothWays = [(p: z.infer<typeof schemas.storyList>): StoryList => p, (p: StoryList): z.infer<typeof schemas.storyList> => p]
export const entryBothWays = [(p: z.infer<typeof schemas.listEntry>): ListEntry => p, (p: ListEntry): z.infer<typeof schemas.listEntry> => p]
export const personBothWays = [(p: z.infer<typeof schemas.correspondentPage>): CorrespondentPage => p, (p: CorrespondentPage): z.infer<typeof schemas.correspondentPage> => p]
export const panelBothWays = [(p: z.infer<typeof schemas.workflowPanel>): WorkflowPanel => p, (p: WorkflowPanel): z.infer<typeof schemas.workflowPanel> => p]
export const linkBothWays = [(p: z.infer<typeof schemas.previewLink>): PreviewLink => ({ ...p }), (p: PreviewLink): z.infer<typeof schemas.previewLink> => ({ ...p, id: Number(p.id) })]

test('src/public imports only its own files: no payload, no package', () => {
  const files = fs.readdirSync(dir).filter((f) => /\.tsx?$/.test(f))
  expect(files).toEqual(expect.arrayContaining(['index.ts', 'types.ts', 'client.ts']))
  for (const file of files) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8')
    const specifiers = [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2])
    for (const specifier of specifiers) expect(`${file}: ${specifier}`).toMatch(/: \.\/[\w.-]+$/)
  }
})

test('the client module loads and builds a client without Payload in the module graph', async () => {
  const mod = await import('../../src/public/index')
  const seen: string[] = []
  const client = mod.createDatelineClient('http://api.example/', {
    fetch: (async (url: string) => {
      seen.push(url)
      return new Response(JSON.stringify({ errors: [{ code: 'WITHDRAWN', message: 'This story has been withdrawn' }] }), { status: 410 })
    }) as typeof fetch,
  })
  await expect(client.story('a b')).resolves.toEqual({ status: 'withdrawn' })
  expect(seen).toEqual(['http://api.example/api/dispatches/slug/a%20b'])
  await expect(client.stories()).rejects.toMatchObject({ name: 'DatelineApiError', status: 410, code: 'WITHDRAWN' })
})
