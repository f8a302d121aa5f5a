import { publicationStamp, type PastEvent } from '../../../src/workflow'
import { NOW } from './builders'

const ev = (from: string | null, to: string, at: string, note: string | null = null): PastEvent => ({ from, to, at, note })
const AT = NOW.toISOString()

describe('publicationStamp', () => {
  it.each([
    ['first publication', null, [ev(null, 'draft', '2025-03-01'), ev('approved', 'published', '2025-03-07T11:00:00Z')], '2025-03-07T12:00:00.000Z'],
    ['republication keeps the first date', '2025-03-02T08:00:00.000Z', [], '2025-03-02T08:00:00.000Z'],
    ['empty string is no date', '', [], '2025-03-07T12:00:00.000Z'],
  ])('%s', (_label, firstPublishedAt, events, expectedFirst) => {
    expect(publicationStamp({ firstPublishedAt, events }, NOW)).toMatchObject({ publishedAt: AT, firstPublishedAt: expectedFirst })
  })

  it.each([
    ['never published: nothing to correct', [ev('draft', 'in_review', '2025-03-01'), ev('in_review', 'approved', '2025-03-02')], []],
    [
      'a correction since the last publication is appended, trimmed and dated now',
      [
        ev('approved', 'published', '2025-03-01'),
        ev('published', 'in_review', '2025-03-03', ' The town is Manbij, not Raqqa. '),
        ev('in_review', 'approved', '2025-03-04'),
      ],
      ['The town is Manbij, not Raqqa.'],
    ],
    [
      'a correction already published is not appended again',
      [
        ev('approved', 'published', '2025-03-01'),
        ev('published', 'in_review', '2025-03-02', 'Old correction'),
        ev('approved', 'published', '2025-03-03'),
        ev('published', 'in_review', '2025-03-05', 'New correction'),
      ],
      ['New correction'],
    ],
    [
      'events out of order are read by time',
      [
        ev('published', 'in_review', '2025-03-05', 'New correction'),
        ev('approved', 'published', '2025-03-03'),
        ev('published', 'in_review', '2025-03-02', 'Old correction'),
        ev('approved', 'published', '2025-03-01'),
      ],
      ['New correction'],
    ],
    [
      'a scheduled release counts as a publication',
      [ev('published', 'in_review', '2025-03-02', 'Old'), ev('scheduled', 'published', '2025-03-03')],
      [],
    ],
    [
      'withdraw and request-changes notes are not corrections',
      [
        ev('approved', 'published', '2025-03-01'),
        ev('published', 'withdrawn', '2025-03-02', 'Legal concern'),
        ev('withdrawn', 'draft', '2025-03-03'),
        ev('in_review', 'changes_requested', '2025-03-04', 'Tighten the intro'),
      ],
      [],
    ],
  ])('%s', (_label, events, texts) => {
    expect(publicationStamp({ firstPublishedAt: '2025-03-01T00:00:00.000Z', events }, NOW).newCorrections).toEqual(
      texts.map((text) => ({ at: AT, text })),
    )
  })
})
