/** The plain logic behind the admin's workflow panel and Legal queue. */
import { findInParagraph, paragraphsAround, speakerLine, storyParagraphs, toQueueItem, toStoryReadItem, wordDiff } from '../../../src/admin/legal/legalQueue'
import { activeHoldReason, blockerHref, problemOf, transitionBody } from '../../../src/admin/workflow/api'
import { isDocumentWrite, saveRefusalOf } from '../../../src/admin/workflow/saveRefusal'
import { lexicalDocument, textParagraph } from '../../../src/lexical/build'
import type { Quote } from '../../../payload-types'

describe('what the panel shows when the API refuses', () => {
  it('shows the API message and every gate reason', () => {
    const body = {
      errors: [
        {
          code: 'QUOTE_NOT_CLEARED',
          message: 'Quote "Now is the time for Jihad" is pending legal review (and 1 more)',
          reasons: [{ message: 'Quote "Now is the time for Jihad" is pending legal review' }, { message: 'The dispatch has no byline' }],
        },
      ],
    }
    expect(problemOf(409, body)).toEqual({
      status: 409,
      message: 'Quote "Now is the time for Jihad" is pending legal review (and 1 more)',
      reasons: ['Quote "Now is the time for Jihad" is pending legal review', 'The dispatch has no byline'],
    })
  })

  it.each([
    [403, { errors: [{ message: 'Your role may not approve a dispatch' }] }, 'Your role may not approve a dispatch'],
    [400, { errors: [{ message: 'To withdraw a dispatch, give a note saying why' }] }, 'To withdraw a dispatch, give a note saying why'],
    [502, null, 'Dateline refused the request (HTTP 502)'],
    [500, { errors: [{ message: '   ' }] }, 'Dateline refused the request (HTTP 500)'],
    [404, 'Not Found', 'Dateline refused the request (HTTP 404)'],
  ])('HTTP %i', (status, body, message) => {
    expect(problemOf(status, body)).toEqual({ status, message, reasons: [] })
  })
})

describe('what a button sends', () => {
  const publish = { to: 'published', needsEmbargo: false } as const
  const schedule = { to: 'scheduled', needsEmbargo: true } as const

  it('names the target and the status the user saw, with a trimmed note', () => {
    expect(transitionBody(publish, 'approved', '', '')).toEqual({ to: 'published', expectedFrom: 'approved' })
    expect(transitionBody({ to: 'withdrawn', needsEmbargo: false } as const, 'published', '  Source withdrew consent \n', '')).toEqual({
      to: 'withdrawn',
      expectedFrom: 'published',
      note: 'Source withdrew consent',
    })
  })

  it('sends an embargo only when scheduling, as UTC with a zone', () => {
    const local = '2031-05-04T09:30'
    expect(transitionBody(schedule, 'approved', '', local)).toEqual({
      to: 'scheduled',
      expectedFrom: 'approved',
      embargoUntil: new Date(local).toISOString(),
    })
    expect(transitionBody(schedule, 'approved', '', local).embargoUntil).toMatch(/Z$/)
    expect(transitionBody(publish, 'approved', '', local)).not.toHaveProperty('embargoUntil')
    // Left out when empty, sent as typed when unreadable: the server's message names the problem.
    expect(transitionBody(schedule, 'approved', '', '')).not.toHaveProperty('embargoUntil')
    expect(transitionBody(schedule, 'approved', '', 'next tuesday').embargoUntil).toBe('next tuesday')
  })
})

describe('a Legal queue row', () => {
  it.each([
    [{ name: 'Aisha', isAnonymous: true, description: 'a woman who fled Raqqa' }, 'Aisha (anonymous) — a woman who fled Raqqa'],
    [{ name: '  Colonel Talal  ' }, 'Colonel Talal'],
    [{ description: 'a commander' }, 'Unnamed speaker — a commander'],
    [undefined, 'Unnamed speaker'],
  ])('speaker %j', (speaker, expected) => {
    expect(speakerLine(speaker as Quote['speaker'])).toBe(expected)
  })

  it('carries the story, reasons in words, identity notes and context; a story the reviewer cannot read stays missing', () => {
    const quote = {
      id: 4,
      text: 'Now is the time for Jihad',
      dispatch: 2,
      speaker: { name: 'An IS commander' },
      identityNotes: ' Known to the desk as Abu K. ',
      sensitive: true,
      sensitivityReasons: ['extremist_content'],
      context: ' Broadcast on a captured radio. ',
      legal: { status: 'pending' },
    } as unknown as Quote
    const body = lexicalDocument([
      textParagraph('The city fell quiet at dusk.'),
      textParagraph('Over the radio a commander said: \u201cNow is the time for Jihad,\u201d and the line went dead.'),
      textParagraph('By morning the convoy had gone.'),
      textParagraph('Nobody came back.'),
    ])
    const stories = new Map([['2', { id: 2, headline: 'Doomed but still dangerous', workflowStatus: 'in_review' as const, standfirst: null, body }]])
    const item = toQueueItem(quote, stories as never)
    expect(item).toMatchObject({
      id: 4,
      text: 'Now is the time for Jihad',
      speaker: 'An IS commander',
      identityNotes: 'Known to the desk as Abu K.',
      reasons: ['Extremist content'],
      context: 'Broadcast on a captured radio.',
      decision: { status: 'pending', statusLabel: 'Pending legal' },
      earlier: null,
      dispatch: { id: 2, headline: 'Doomed but still dangerous', status: 'in_review', statusLabel: 'In review' },
    })
    // Its paragraph, with one paragraph either side; the quoted words marked where they stand.
    expect(item.paragraphs.map((p) => p.text)).toEqual([
      'The city fell quiet at dusk.',
      'Over the radio a commander said: \u201cNow is the time for Jihad,\u201d and the line went dead.',
      'By morning the convoy had gone.',
    ])
    const marked = item.paragraphs[1]!
    expect(marked.isQuote).toBe(true)
    expect(marked.text.slice(marked.mark!.start, marked.mark!.end)).toBe('Now is the time for Jihad')
    expect(toQueueItem({ ...quote, dispatch: 3, context: null, sensitivityReasons: null } as unknown as Quote, stories as never)).toMatchObject({
      dispatch: null,
      context: null,
      reasons: [],
      paragraphs: [],
    })
  })

  it('says when legal decided on an earlier version, with a word diff when the approved words are known', () => {
    const quote = {
      id: 5,
      text: 'They took him at night',
      dispatch: 2,
      sensitive: true,
      legal: { status: 'pending', reviewedAt: '2026-11-30T10:00:00.000Z', note: 'Fine as worded', approvedText: 'They took him away' },
    } as unknown as Quote
    const item = toQueueItem(quote, new Map())
    expect(item.earlier).toEqual({
      reviewedAt: '2026-11-30T10:00:00.000Z',
      note: 'Fine as worded',
      diff: [
        { kind: 'same', text: 'They took him' },
        { kind: 'added', text: 'at night' },
        { kind: 'removed', text: 'away' },
      ],
    })
    // Decided and still standing: nothing "earlier" to show.
    expect(toQueueItem({ ...quote, legal: { status: 'approved', reviewedAt: '2026-11-30T10:00:00.000Z' } } as unknown as Quote, new Map()).earlier).toBeNull()
  })
})

describe('finding a quote in its story', () => {
  const paragraphs = ['Headline', 'First.', '\u201cYes,\u201d he said. \u201cIt\u2019s finished.\u201d', 'Last.']

  it('finds a quote joined from two spans by its first clause, across curly quotes', () => {
    const around = paragraphsAround(paragraphs, "Yes. It's finished.")
    expect(around.map((p) => p.isQuote)).toEqual([false, true, false])
    const found = findInParagraph(paragraphs[2]!, "It's finished")!
    expect(paragraphs[2]!.slice(found.start, found.end)).toBe('It\u2019s finished')
  })

  it('finds a quote the record ends with a full stop where the copy has a comma', () => {
    const paragraph = 'The messages grew desperate. \u201cNow is the time for Jihad against the city,\u201d a commander urged.'
    const found = findInParagraph(paragraph, 'Now is the time for Jihad against the city.')!
    expect(paragraph.slice(found.start, found.end)).toBe('Now is the time for Jihad against the city')
  })

  it('falls back to the paragraph sharing most of its words, and to nothing', () => {
    expect(paragraphsAround(['Alpha beta.', 'The water came at night and took the houses.'], 'the water took houses at night').map((p) => p.isQuote)).toEqual([
      false,
      true,
    ])
    expect(paragraphsAround(['Alpha beta.'], 'Nothing like it')).toEqual([])
  })

  it('reads headline, standfirst and body in order', () => {
    expect(storyParagraphs({ headline: 'H', standfirst: 'S', body: lexicalDocument([textParagraph('B1'), textParagraph('B2')]) as never })).toEqual([
      'H',
      'S',
      'B1',
      'B2',
    ])
  })

  it('diffs words', () => {
    expect(wordDiff('a b c', 'a c d')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ])
    expect(wordDiff('', 'new words')).toEqual([{ kind: 'added', text: 'new words' }])
  })
})

describe('where a gate reason links', () => {
  it.each([
    [{ code: 'QUOTE_NOT_CLEARED', subject: { kind: 'quote', id: 7 } }, '/admin/collections/quotes/7'],
    [{ code: 'MEDIA_NOT_READY', subject: { kind: 'media', id: 3 } }, '/admin/collections/media-assets/3'],
    [{ code: 'BYLINE_EMPTY' }, '#field-byline'],
    [{ code: 'LEGAL_HOLD' }, '#workflow-hold'],
    [{ code: 'LEGAL_READ_REQUIRED' }, '/admin/legal-queue#story-12'],
    [{ code: 'SOMETHING_NEW' }, null],
  ])('%j', (blocker, href) => {
    expect(blockerHref(blocker, '/admin', 12)).toBe(href)
  })

  it('reads the hold from the gate reasons', () => {
    expect(activeHoldReason([{ code: 'LEGAL_HOLD', message: 'The dispatch is under a legal hold: Injunction: pending' }])).toBe('Injunction: pending')
    expect(activeHoldReason([{ code: 'LEGAL_HOLD', message: 'The dispatch is under a legal hold' }])).toBe('')
    expect(activeHoldReason([{ code: 'BYLINE_EMPTY', message: 'The dispatch has no byline' }])).toBeNull()
  })
})

describe('a refused save', () => {
  it('names who saved last and when, and offers a reload', () => {
    const refusal = saveRefusalOf(409, {
      errors: [{ code: 'STALE_VERSION', message: 'Saved by someone', details: { savedBy: { name: 'Ana Lopez', email: 'ana@x' }, savedAt: '2026-12-01T14:05:00.000Z' } }],
    })
    expect(refusal?.kind).toBe('stale')
    expect(refusal?.message).toMatch(/^Saved by Ana Lopez at \d\d:\d\d after you opened this — reload to see their changes\./)
    expect(saveRefusalOf(409, { errors: [{ code: 'STALE_VERSION' }] })?.message).toMatch(/^Saved by someone else after you opened this/)
    // Payload's APIError shape, as the server sends it: the code and who in `data`.
    const fromApiError = saveRefusalOf(409, {
      errors: [{ message: 'This document was saved by …', data: { code: 'STALE_VERSION', savedBy: { id: 2, name: null, email: 'editor@dateline.local' }, savedAt: '2026-12-01T14:05:00.000Z' } }],
    })
    // Dateline's error family: details beside the code in the entry.
    const fromDatelineError = saveRefusalOf(409, {
      errors: [{ code: 'STALE_VERSION', message: 'This document was saved by …', savedBy: { id: 1, name: 'Desk Editor', email: 'e@x' }, savedAt: '2026-12-01T14:05:00.000Z' }],
    })
    expect(fromDatelineError?.message).toMatch(/^Saved by Desk Editor at \d\d:\d\d after you opened this/)
    expect(fromApiError?.message).toMatch(/^Saved by editor@dateline\.local at \d\d:\d\d after you opened this/)
  })

  it('says a locked copy was not saved; leaves other refusals to Payload', () => {
    expect(saveRefusalOf(403, { errors: [{ code: 'COPY_LOCKED', message: 'Correspondents can edit a dispatch only while it is a draft' }] })).toEqual({
      kind: 'locked',
      message: 'Not saved: Correspondents can edit a dispatch only while it is a draft.',
    })
    expect(saveRefusalOf(400, { errors: [{ message: 'headline is required' }] })).toBeNull()
    expect(saveRefusalOf(409, { errors: [{ code: 'STALE_STATE' }] })).toBeNull()
  })

  it('watches only writes of the open document', () => {
    expect(isDocumentWrite('/api/dispatches/4?autosave=true&draft=true', 'PATCH', '/api', 'dispatches', 4)).toBe(true)
    expect(isDocumentWrite('http://h/api/dispatches/4', 'POST', '/api', 'dispatches', '4')).toBe(true)
    expect(isDocumentWrite('/api/dispatches/4/workflow', 'GET', '/api', 'dispatches', 4)).toBe(false)
    expect(isDocumentWrite('/api/dispatches/4/transition', 'POST', '/api', 'dispatches', 4)).toBe(false)
    expect(isDocumentWrite('/api/dispatches/40', 'PATCH', '/api', 'dispatches', 4)).toBe(false)
  })
})

describe('a story waiting for its legal read', () => {
  it('shows each flagged passage in its paragraph with reasons in words, and the decision', () => {
    const body = lexicalDocument([
      textParagraph('Police were called to the school.'),
      textParagraph('The headteacher, Tom Reyes, stole the funds, according to two parents.'),
      textParagraph('The inquiry continues.'),
    ])
    const item = toStoryReadItem({
      id: 9,
      headline: 'School funds missing',
      workflowStatus: 'in_review',
      standfirst: null,
      body: body as never,
      legalRead: {
        required: false,
        status: 'pending',
        passages: [{ text: 'The headteacher, Tom Reyes, stole the funds', reasons: ['allegation'] }, { text: 42 }],
      },
    })
    expect(item).toMatchObject({ id: 9, statusLabel: 'In review', required: false, decision: { status: 'pending', statusLabel: 'Pending legal' } })
    expect(item.passages).toHaveLength(1)
    expect(item.passages[0]!.reasons).toEqual(['Allegation'])
    expect(item.passages[0]!.paragraphs.map((p) => p.isQuote)).toEqual([false, true, false])
    // A server without a legal read on the story: the row still reads.
    expect(toStoryReadItem({ id: 1, headline: 'H', workflowStatus: 'draft' }).passages).toEqual([])
  })
})
