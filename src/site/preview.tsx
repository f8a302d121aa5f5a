import type { ReactNode } from 'react'

import type { GateReason, StoryPage, WorkflowPanel } from '../public'
import type { Mark } from './Body'
import { LEGAL_STATUS_LABELS, WORKFLOW_STATUS_LABELS } from '../lib/labels'
import { longDate } from './format'
import { Layout, Story, type SiteUrls } from './pages'

/** Legal states in the newsroom's words; a quote that needs no sign-off says so in full here. */
const LEGAL_WORDS: Readonly<Record<string, string>> = { ...LEGAL_STATUS_LABELS, not_required: 'No legal sign-off needed' }

/** A quote of the working copy as staff read it: its words and where legal stands on them. */
export type PreviewQuote = { id: number; text: string; sensitive: boolean; legalStatus: string }

/** A sentence the detector flagged for legal's read of the text, and where that read stands. */
export type PreviewPassage = { text: string; reasons: string[]; legalStatus: string }

/** Returns the body marks for the quotes: each passage labelled with its legal state. */
export function quoteMarks(quotes: PreviewQuote[]): Mark[] {
  return quotes.map((quote) => {
    const state = quote.sensitive ? quote.legalStatus : 'not_required'
    return { text: quote.text, state, label: LEGAL_WORDS[state] ?? state }
  })
}

/** Returns the body marks for the passages for legal, labelled with the legal read's state. */
export function passageMarks(passages: PreviewPassage[]): Mark[] {
  return passages.map((p) => ({ text: p.text, state: p.legalStatus, label: `Passage for legal: ${LEGAL_WORDS[p.legalStatus] ?? p.legalStatus}` }))
}

function Blockers({ blockers }: { blockers: GateReason[] }): ReactNode {
  if (blockers.length === 0) return <p>Nothing blocks publication: the publish gate would pass now.</p>
  return (
    <>
      <p>{`The publish gate would refuse it (${blockers.length} ${blockers.length === 1 ? 'reason' : 'reasons'}):`}</p>
      <ul className="blockers">
        {blockers.map((b, i) => (
          <li key={i} data-code={b.code}>
            {b.message}
          </li>
        ))}
      </ul>
    </>
  )
}

/** The staff banner: status, whether a version is live, why the gate would refuse, each quote's legal state. */
export function StaffBanner({ panel, quotes, passages }: { panel: WorkflowPanel; quotes: PreviewQuote[]; passages: PreviewPassage[] }): ReactNode {
  return (
    <section className="banner" aria-label="Preview">
      <h2>{`Preview of the working copy — ${(WORKFLOW_STATUS_LABELS as Record<string, string>)[panel.status] ?? panel.status}`}</h2>
      <p>{panel.hasLiveCopy ? 'A version of this story is live: readers see that version, not this one.' : 'No version of this story is live.'}</p>
      <Blockers blockers={panel.blockers} />
      {quotes.length > 0 ? (
        <>
          <p>Quotes:</p>
          <ul>
            {quoteMarks(quotes).map((mark, i) => (
              <li key={i}>{`“${mark.text}” — ${mark.label}`}</li>
            ))}
          </ul>
        </>
      ) : null}
      {passages.length > 0 ? (
        <>
          <p>Passages for legal:</p>
          <ul>
            {passageMarks(passages).map((mark, i) => (
              <li key={i}>{`“${mark.text}” — ${mark.label}`}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

/**
 * Payload's live preview shows this page in the edit view and posts a message as the form changes
 * and after each save. The page tells the admin it is ready (Payload waits for that), and after a
 * message watches the saved working copy (same origin, the editor's session) until its
 * `updatedAt` moves, i.e. until autosave has the change, then reloads: what it shows is always
 * what is saved, rendered by the components readers get.
 */
export function livePreviewScript(adminOrigin: string, id: number, updatedAt: string): string {
  const config = JSON.stringify({ origin: adminOrigin, url: `/api/dispatches/${id}?draft=true&depth=0`, since: updatedAt })
  return `(function(){var c=${config};var p=window.opener||(window.parent!==window?window.parent:null);if(!p)return;p.postMessage({type:'payload-live-preview',ready:true},c.origin);var until=0,busy=false;function poll(){if(Date.now()>until){busy=false;return}fetch(c.url,{credentials:'same-origin',headers:{Accept:'application/json'}}).then(function(r){return r.ok?r.json():null}).then(function(d){if(d&&d.updatedAt&&d.updatedAt!==c.since){location.reload()}else{setTimeout(poll,700)}},function(){setTimeout(poll,1500)})}window.addEventListener('message',function(e){if(e.origin!==c.origin||!e.data||typeof e.data!=='object')return;if(e.data.type!=='payload-document-event'&&e.data.type!=='payload-live-preview')return;until=Date.now()+20000;if(!busy){busy=true;setTimeout(poll,500)}})})()`.replace(/</g, '\\u003c')
}

export function StaffPreviewPage({
  story,
  panel,
  quotes,
  passages,
  urls,
}: {
  story: StoryPage
  panel: WorkflowPanel
  quotes: PreviewQuote[]
  passages: PreviewPassage[]
  urls: SiteUrls
}): ReactNode {
  return (
    <Layout urls={urls} head={{ title: `Preview: ${story.headline}`, noindex: true }} banner={<StaffBanner panel={panel} quotes={quotes} passages={passages} />}>
      <Story story={story} marks={[...quoteMarks(quotes), ...passageMarks(passages)]} />
      <script dangerouslySetInnerHTML={{ __html: livePreviewScript(new URL(urls.api).origin, story.id, story.updatedAt) }} />
    </Layout>
  )
}

export function LinkPreviewPage({ story, expiresAt, urls }: { story: StoryPage; expiresAt: string; urls: SiteUrls }): ReactNode {
  return (
    <Layout
      urls={urls}
      head={{ title: `Preview: ${story.headline}`, noindex: true }}
      banner={
        <section className="banner" aria-label="Preview">
          <h2>Preview: not published</h2>
          <p>{`The newsroom shared this working copy with you for review. It may still change. This link stops working on ${longDate(expiresAt)}; please do not pass it on.`}</p>
        </section>
      }
    >
      <Story story={story} />
    </Layout>
  )
}
