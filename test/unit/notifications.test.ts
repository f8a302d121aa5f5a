import { audienceOf, composeNotice, recipientAddresses, storyLink, type Notice } from '../../src/notifications/compose'

const story = { id: 42, headline: 'Doomed but still dangerous' }
const URL = 'https://desk.example.org/'

describe('who hears about what', () => {
  it.each([
    [{ kind: 'in_review', story, action: 'submit', actor: 'John Ray' }, 'editors'],
    [{ kind: 'schedule_failed', story, embargoUntil: null, reasons: [] }, 'editors'],
    [{ kind: 'quote_pending', story, quotes: [] }, 'legal'],
    [{ kind: 'changes_requested', story, actor: 'Desk', note: 'x' }, 'authors'],
  ] as Array<[Notice, string]>)('%o → %s', (notice, audience) => {
    expect(audienceOf(notice)).toBe(audience)
  })

  it('writes to each address once, skips blanks and the person who acted', () => {
    expect(
      recipientAddresses(
        [{ email: 'editor@x.org' }, { email: 'EDITOR@x.org' }, { email: '' }, { email: null }, {}, { email: ' chief@x.org ' }, { email: 'me@x.org' }],
        'Me@x.org',
      ),
    ).toEqual(['editor@x.org', 'chief@x.org'])
    expect(recipientAddresses([{ email: 'a@x.org' }])).toEqual(['a@x.org'])
  })
})

describe('what the messages say', () => {
  it('links to the story in the admin', () => {
    expect(storyLink(URL, story)).toBe('https://desk.example.org/admin/collections/dispatches/42')
  })

  it.each([
    [
      { kind: 'in_review', story, action: 'submit', actor: 'John Ray' },
      'For review: Doomed but still dangerous',
      ['John Ray submitted "Doomed but still dangerous".', 'Review it: https://desk.example.org/admin/collections/dispatches/42'],
    ],
    [
      { kind: 'in_review', story, action: 'correct', actor: 'Desk', note: 'The town is Tabqa, not Raqqa.' },
      'For review: Doomed but still dangerous',
      ['Desk sent a correction to review of "Doomed but still dangerous".', 'Correction: The town is Tabqa, not Raqqa.'],
    ],
    [
      { kind: 'changes_requested', story, actor: 'Lutfi', note: 'Second source, please' },
      'Changes requested: Doomed but still dangerous',
      ['Lutfi asked for changes to "Doomed but still dangerous":', 'Second source, please', 'Edit it: https://desk.example.org/admin/collections/dispatches/42'],
    ],
    [
      { kind: 'quote_pending', story, quotes: [{ id: 1, text: 'Now is the time for Jihad' }, { id: 2, text: 'x '.repeat(100) }] },
      'Legal review needed: Doomed but still dangerous',
      ['2 sensitive quotes in "Doomed but still dangerous" wait for legal review:', '- "Now is the time for Jihad"', `- "${'x '.repeat(59)}x…"`],
    ],
    [
      { kind: 'quote_pending', story, quotes: [{ id: 1, text: 'Now is the time for Jihad' }] },
      'Legal review needed: Doomed but still dangerous',
      ['A sensitive quote in "Doomed but still dangerous" waits for legal review:'],
    ],
    [
      { kind: 'schedule_failed', story, embargoUntil: '2025-03-07T06:00:00.000Z', reasons: ['The dispatch is under a legal hold: Injunction'] },
      'Scheduled publish failed: Doomed but still dangerous',
      [
        '"Doomed but still dangerous" was scheduled to go out at 2025-03-07T06:00:00.000Z but did not, and is back in approved:',
        '- The dispatch is under a legal hold: Injunction',
        'Fix and publish or schedule again: https://desk.example.org/admin/collections/dispatches/42',
      ],
    ],
  ] as Array<[Notice, string, string[]]>)('%o', (notice, subject, lines) => {
    const message = composeNotice(notice, URL)
    expect(message.subject).toBe(subject)
    for (const line of lines) expect(message.text.split('\n')).toContain(line)
  })
})
