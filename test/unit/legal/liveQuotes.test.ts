import { backfillSnapshots, clearedForPublish, contextStandsIn, liveSnapshot, sameLiveQuote, type QuoteAtPublish } from '../../../src/legal/liveQuotes'
import { quoteHash } from '../../../src/quotes/legalState'

const speaker = { name: 'a witness', description: 'a nurse', isAnonymous: true }
const approvedHash = quoteHash('We buried them at dawn.', speaker)
const base: QuoteAtPublish = { text: 'We buried them at dawn.', speaker, context: 'At the hospital', sensitive: true, legal: { status: 'approved', approvedHash } }
const AT = new Date('2026-12-01T12:00:00.000Z')
/** The story's text as legal reads it, holding the quote's context. */
const STORY = ['Night at the hospital', 'At the hospital', '“We buried them at dawn.”']

describe('which quotes go out with a publish', () => {
  it.each([
    ['not sensitive', { ...base, sensitive: false, legal: { status: 'not_required' } }, true],
    ['sensitive, approved for these words and speaker', base, true],
    ['sensitive, approved, then the words changed', { ...base, text: 'We buried them at night.' }, false],
    ['sensitive, approved, then the speaker named', { ...base, speaker: { ...speaker, name: 'Leila Haddad', isAnonymous: false } }, false],
    ['sensitive, pending', { ...base, legal: { status: 'pending', approvedHash } }, false],
    ['sensitive, rejected', { ...base, legal: { status: 'rejected', approvedHash } }, false],
    ['sensitive, never sent to legal', { ...base, legal: null }, false],
    ['approved without a hash', { ...base, legal: { status: 'approved', approvedHash: null } }, false],
    ['words no longer in the story', { ...base, sensitive: false, binding: 'unbound' }, false],
  ] as Array<[string, QuoteAtPublish, boolean]>)('%s: %s', (_name, quote, shown) => {
    expect(clearedForPublish(quote)).toBe(shown)
    expect(liveSnapshot(quote, AT, STORY) !== null).toBe(shown)
  })

  it('snapshots the words, speaker and context readers will see, bound to their hash', () => {
    expect(liveSnapshot(base, AT, STORY)).toEqual({
      text: 'We buried them at dawn.',
      speaker: { name: 'a witness', description: 'a nurse', isAnonymous: true },
      context: 'At the hospital',
      hash: approvedHash,
      publishedAt: '2026-12-01T12:00:00.000Z',
    })
    expect(liveSnapshot({ text: 'Plain', sensitive: false }, AT, STORY)).toMatchObject({ speaker: { name: null, description: null, isAnonymous: false }, context: null })
  })

  it('shows readers a context only where its paragraphs stand in the story’s text', () => {
    const story = ['Headline', 'The nurse waited at the gate. She had worked all night.', '“We buried them at dawn,” she said.']
    expect(contextStandsIn('The nurse waited at the gate.\n\n“We buried them at dawn,” she said.', story)).toBe(true)
    expect(contextStandsIn('She had   worked all night.', story)).toBe(true)
    expect(contextStandsIn('The nurse, a known liar, waited at the gate.', story)).toBe(false)
    expect(contextStandsIn('The nurse waited at the gate.\n\nTyped by hand.', story)).toBe(false)
    expect(contextStandsIn('   ', story)).toBe(false)
    expect(liveSnapshot({ ...base, context: 'Typed by hand, naming the accused' }, AT, story)!.context).toBeNull()
    expect(liveSnapshot({ ...base, context: 'The nurse waited at the gate.' }, AT, story)!.context).toBe('The nurse waited at the gate.')
  })

  it('knows when a stored snapshot already shows what a publish would', () => {
    const next = liveSnapshot(base, AT, STORY)!
    expect(sameLiveQuote({ ...next, publishedAt: '2026-01-01T00:00:00.000Z' }, next)).toBe(true)
    expect(sameLiveQuote({ ...next, context: 'Elsewhere' }, next)).toBe(false)
    expect(sameLiveQuote({ ...next, hash: 'other' }, next)).toBe(false)
    expect(sameLiveQuote(null, next)).toBe(false)
    expect(sameLiveQuote({ hash: null, publishedAt: null }, null)).toBe(true)
    expect(sameLiveQuote({ hash: next.hash, publishedAt: next.publishedAt }, null)).toBe(false)
  })

  it('backfills, at the upgrade, exactly the quotes readers were being shown', () => {
    const row = { id: 1, text: base.text, speaker_name: speaker.name, speaker_description: speaker.description, speaker_is_anonymous: 1, context: 'At the hospital', sensitive: 1, legal_status: 'approved', legal_approved_hash: approvedHash }
    const out = backfillSnapshots([row, { ...row, id: 2, legal_status: 'pending' }, { ...row, id: 3, sensitive: 0, legal_status: 'not_required', legal_approved_hash: null }], AT)
    expect(out.map((o) => o.id)).toEqual([1, 3])
    expect(out[0]!.live).toEqual(liveSnapshot(base, AT, null))
  })
})
