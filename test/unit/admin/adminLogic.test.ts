/** The plain logic behind the admin's workflow panel and Legal queue. */
import { speakerLine, toQueueItem } from '../../../src/admin/legal/legalQueue'
import { problemOf, transitionBody } from '../../../src/admin/workflow/api'
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

  it('carries the story, reasons and context; a story the reviewer cannot read stays missing', () => {
    const quote = {
      id: 4,
      text: 'Now is the time for Jihad',
      dispatch: 2,
      speaker: { name: 'An IS commander' },
      sensitive: true,
      sensitivityReasons: ['extremist_content'],
      context: ' Broadcast on a captured radio. ',
    } as unknown as Quote
    const stories = new Map([['2', { id: 2, headline: 'Doomed but still dangerous', workflowStatus: 'in_review' as const }]])
    expect(toQueueItem(quote, stories)).toEqual({
      id: 4,
      text: 'Now is the time for Jihad',
      speaker: 'An IS commander',
      reasons: ['extremist_content'],
      context: 'Broadcast on a captured radio.',
      dispatch: { id: 2, headline: 'Doomed but still dangerous', status: 'in_review' },
    })
    expect(toQueueItem({ ...quote, dispatch: 3, context: null, sensitivityReasons: null } as unknown as Quote, stories)).toMatchObject({
      dispatch: null,
      context: null,
      reasons: [],
    })
  })
})
