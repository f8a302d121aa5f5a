import { assertGate, evaluatePublishGate, excerpt, WorkflowError, type GateInput } from '../../../src/workflow'
import { cleanGate, image, NOW, quote } from './builders'

const messages = (input: GateInput) => evaluatePublishGate(input, NOW).map((f) => `${f.code}: ${f.message}`)

describe('evaluatePublishGate', () => {
  it('passes a clean dispatch', () => {
    expect(evaluatePublishGate(cleanGate(), NOW)).toEqual([])
  })

  it.each([
    ['active hold with a reason', { active: true, reason: ' Injunction pending ' }, ['LEGAL_HOLD: The dispatch is under a legal hold: Injunction pending']],
    ['active hold without a reason', { active: true, reason: null }, ['LEGAL_HOLD: The dispatch is under a legal hold']],
    ['lifted hold', { active: false, reason: 'Injunction pending' }, []],
    ['no hold at all', null, []],
  ])('legal hold: %s', (_label, legalHold, expected) => {
    expect(messages(cleanGate({ legalHold }))).toEqual(expected)
  })

  it.each([
    ['approved, hash matches', { legalStatus: 'approved' }, null],
    ['pending', { legalStatus: 'pending' }, 'is pending legal review'],
    ['rejected', { legalStatus: 'rejected' }, 'was rejected by legal'],
    ['approved, then changed', { legalStatus: 'approved', currentHash: 'h2' }, 'has changed since legal approved it'],
    ['approved without a hash', { legalStatus: 'approved', approvedHash: null, currentHash: null }, 'has changed since legal approved it'],
    ['sensitive but marked not_required', { legalStatus: 'not_required' }, 'has not been cleared by legal'],
    ['sensitive with no legal status', { legalStatus: null }, 'has not been cleared by legal'],
    ['not sensitive, never reviewed', { sensitive: false, legalStatus: 'not_required', approvedHash: null }, null],
    ['not sensitive, status pending', { sensitive: false, legalStatus: 'pending' }, null],
  ])('sensitive quote %s', (_label, over, state) => {
    const expected = state === null ? [] : [`QUOTE_NOT_CLEARED: Quote "Now is the time for Jihad" ${state}`]
    expect(messages(cleanGate({ quotes: [quote(over)] }))).toEqual(expected)
  })

  it.each([
    ['pending, bound', { legalStatus: 'pending', bound: true }, 'is pending legal review'],
    ['rejected, bound', { legalStatus: 'rejected', bound: true }, 'was rejected by legal'],
    ['pending, its words gone from the copy', { legalStatus: 'pending', bound: false }, null],
    ['rejected, its words gone from the copy', { legalStatus: 'rejected', bound: false }, null],
  ])('sensitive quote %s', (_label, over, state) => {
    const expected = state === null ? [] : [`QUOTE_NOT_CLEARED: Quote "Now is the time for Jihad" ${state}`]
    expect(messages(cleanGate({ quotes: [quote(over)] }))).toEqual(expected)
  })

  it('refuses a flagged passage no record holds, and ignores an unflagged one', () => {
    const unrecordedPassages = [
      { text: 'We executed every prisoner at dawn.', sensitive: true },
      { text: 'The water ran out.', sensitive: false },
    ]
    expect(messages(cleanGate({ unrecordedPassages }))).toEqual([
      'QUOTE_NOT_CLEARED: Quoted passage "We executed every prisoner at dawn." has no quote record for legal to clear (save the story to record it)',
    ])
  })

  it('names each uncleared quote by its first words and links to it', () => {
    const long = quote({
      id: 'q9',
      legalStatus: 'pending',
      text: 'He was executed in the square in front of\n   everyone, and they filmed it for the world',
    })
    expect(evaluatePublishGate(cleanGate({ quotes: [quote(), long, quote({ id: 'q3', legalStatus: 'rejected' })] }), NOW)).toEqual([
      {
        code: 'QUOTE_NOT_CLEARED',
        message: 'Quote "He was executed in the square in front…" is pending legal review',
        subject: { kind: 'quote', id: 'q9' },
      },
      {
        code: 'QUOTE_NOT_CLEARED',
        message: 'Quote "Now is the time for Jihad" was rejected by legal',
        subject: { kind: 'quote', id: 'q3' },
      },
    ])
  })

  const FILE = 'Media "raqqa-01.jpg"'
  const NO_FILE = 'Media "Smoke rises over Raqqa"' // named by caption until the file arrives
  it.each([
    ['complete image', {}, []],
    ['image without alt', { alt: null }, [`${FILE} has no alt text`]],
    ['image with blank alt', { alt: '  ' }, [`${FILE} has no alt text`]],
    ['video without alt', { filename: 'clip.mp4', mimeType: 'video/mp4', alt: null }, []],
    ['audio without alt', { filename: 'call.mp3', mimeType: 'audio/mpeg', alt: '' }, []],
    ['file of unknown type without alt', { mimeType: null, alt: null }, [`${FILE} has no alt text`]],
    ['no file yet', { filename: null, mimeType: null }, [`${NO_FILE} has no file yet`]],
    ['no file yet, no alt (judged once the file says what it is)', { filename: null, mimeType: null, alt: null }, [`${NO_FILE} has no file yet`]],
    ['no file yet, no credit line', { filename: null, mimeType: null, creditLine: null }, [`${NO_FILE} has no file yet`, `${NO_FILE} has no credit line`]],
    ['missing credit line', { creditLine: null }, [`${FILE} has no credit line`]],
    ['blank credit line', { creditLine: ' ' }, [`${FILE} has no credit line`]],
    ['expired rights', { rightsExpiresAt: '2025-03-01T00:00:00Z' }, [`${FILE} has usage rights only until 2025-03-01T00:00:00.000Z`]],
    ['rights ending right now', { rightsExpiresAt: NOW.toISOString() }, [`${FILE} has usage rights only until 2025-03-07T12:00:00.000Z`]],
    ['rights until next year', { rightsExpiresAt: '2026-01-01T00:00:00Z' }, []],
    ['unreadable rights expiry', { rightsExpiresAt: 'soon' }, [`${FILE} has an unreadable rights expiry "soon"`]],
    [
      'everything wrong',
      { alt: null, creditLine: null, rightsExpiresAt: '2024-01-01' },
      [`${FILE} has no alt text`, `${FILE} has no credit line`, `${FILE} has usage rights only until 2024-01-01T00:00:00.000Z`],
    ],
  ])('media: %s', (_label, over, expected) => {
    expect(messages(cleanGate({ media: [image(over)] }))).toEqual(expected.map((m) => `MEDIA_NOT_READY: ${m}`))
  })

  it.each([
    ['its filename', image({ alt: null }), 'Media "raqqa-01.jpg" has no alt text'],
    ['its caption when there is no file', image({ filename: null }), 'Media "Smoke rises over Raqqa" has no file yet'],
    ['its id as a last resort', image({ id: 12, filename: null, caption: null }), 'Media #12 has no file yet'],
  ])('names a media asset by %s', (_label, asset, message) => {
    expect(evaluatePublishGate(cleanGate({ media: [asset] }), NOW)).toEqual([
      { code: 'MEDIA_NOT_READY', message, subject: { kind: 'media', id: asset.id } },
    ])
  })

  it.each([
    ['empty', [], ['BYLINE_EMPTY: The dispatch has no byline']],
    ['only empty entries', [null, undefined], ['BYLINE_EMPTY: The dispatch has no byline']],
    ['one entry', [{ correspondent: 3 }], []],
  ])('byline %s', (_label, byline, expected) => {
    expect(messages(cleanGate({ byline }))).toEqual(expected)
  })

  it('returns every failure at once, hold first and byline last', () => {
    const input: GateInput = {
      legalHold: { active: true, reason: 'Court order' },
      byline: [],
      quotes: [quote({ legalStatus: 'pending' }), quote({ id: 'q2', currentHash: 'changed' })],
      media: [image({ alt: null }), image({ id: 'm2', filename: 'b.jpg', creditLine: '' })],
      legalRead: { dispatchId: 'd1', required: true, passages: [], status: 'pending', approvedHash: null, currentHash: 'h' },
    }
    expect(messages(input)).toEqual([
      'LEGAL_HOLD: The dispatch is under a legal hold: Court order',
      'QUOTE_NOT_CLEARED: Quote "Now is the time for Jihad" is pending legal review',
      'QUOTE_NOT_CLEARED: Quote "Now is the time for Jihad" has changed since legal approved it',
      'LEGAL_READ_REQUIRED: The story needs a legal read (legal asked to read it); it waits for legal’s read',
      'MEDIA_NOT_READY: Media "raqqa-01.jpg" has no alt text',
      'MEDIA_NOT_READY: Media "b.jpg" has no credit line',
      'BYLINE_EMPTY: The dispatch has no byline',
    ])
  })
})

describe('assertGate', () => {
  it('passes silently when nothing blocks', () => {
    expect(() => assertGate(cleanGate(), NOW)).not.toThrow()
  })

  it.each([
    ['hold', cleanGate({ legalHold: { active: true } }), 'LEGAL_HOLD'],
    ['quote', cleanGate({ quotes: [quote({ legalStatus: 'rejected' })] }), 'QUOTE_NOT_CLEARED'],
    ['media', cleanGate({ media: [image({ creditLine: null })] }), 'MEDIA_NOT_READY'],
    ['byline', cleanGate({ byline: [] }), 'BYLINE_EMPTY'],
  ])('throws a 409 with the first failure’s code: %s', (_label, input, code) => {
    expect(() => assertGate(input, NOW)).toThrow(expect.objectContaining({ code, httpStatus: 409 }))
  })

  it('carries all the reasons and says how many more there are', () => {
    const input = cleanGate({ legalHold: { active: true }, byline: [], media: [image({ alt: null })] })
    try {
      assertGate(input, NOW)
      throw new Error('expected the gate to refuse')
    } catch (error) {
      expect(error).toBeInstanceOf(WorkflowError)
      const e = error as WorkflowError
      expect(e.message).toBe('The dispatch is under a legal hold (and 2 more)')
      expect(e.reasons.map((r) => r.code)).toEqual(['LEGAL_HOLD', 'MEDIA_NOT_READY', 'BYLINE_EMPTY'])
      expect(e.toJSON()).toEqual({ code: 'LEGAL_HOLD', message: e.message, reasons: e.reasons })
    }
  })
})

describe('excerpt', () => {
  it.each([
    ['Short', 'Short'],
    ['  spaced \n out  ', 'spaced out'],
    ['exactly forty characters long, no more!!', 'exactly forty characters long, no more!!'],
    ['Supercalifragilisticexpialidocious-and-then-some-more', 'Supercalifragilisticexpialidocious-and-t…'],
  ])('%p → %p', (text, expected) => {
    expect(excerpt(text)).toBe(expected)
  })
})
