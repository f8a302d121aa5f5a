import { readStory } from '../../../src/legal/readOfStory'
import { legalReadFailure, needsLegalRead, nextLegalReadStatus, nextRequired, type GateLegalRead } from '../../../src/legal/storyRead'
import { legalReadHash, legalReadText, storyParagraphs } from '../../../src/legal/storyText'
import { lexicalDocument, textParagraph, uploadNode } from '../../../src/lexical/build'

const passage = { text: 'Police say Tom Reyes ordered the killings.', reasons: ['allegation' as const] }
const read = (over: Partial<GateLegalRead> = {}): GateLegalRead => ({
  dispatchId: 12,
  required: false,
  passages: [],
  status: 'not_required',
  approvedHash: null,
  currentHash: 'h1',
  ...over,
})

describe('the gate rule for a story’s legal read', () => {
  it.each([
    ['nothing flagged, no read asked for', read(), null],
    ['nothing flagged, approved long ago', read({ status: 'approved', approvedHash: 'h0' }), null],
    ['a passage flagged, never read', read({ passages: [passage], status: 'pending' }), 'The story needs a legal read (1 passage is flagged for legal); it waits for legal’s read'],
    ['two passages flagged', read({ passages: [passage, passage], status: 'pending' }), 'The story needs a legal read (2 passages are flagged for legal); it waits for legal’s read'],
    ['read asked for, never read', read({ required: true, status: 'pending' }), 'The story needs a legal read (legal asked to read it); it waits for legal’s read'],
    ['asked for and flagged', read({ required: true, passages: [passage], status: 'pending' }), 'The story needs a legal read (legal asked to read it and 1 passage is flagged); it waits for legal’s read'],
    ['approved for this text', read({ passages: [passage], status: 'approved', approvedHash: 'h1' }), null],
    ['approved, then edited', read({ passages: [passage], status: 'pending', approvedHash: 'h0' }), 'The story needs a legal read (1 passage is flagged for legal); it has changed since legal approved it'],
    // The last line: a stored "approved" for another text does not pass.
    ['marked approved, but for another text', read({ passages: [passage], status: 'approved', approvedHash: 'h0' }), 'The story needs a legal read (1 passage is flagged for legal); it has changed since legal approved it'],
    ['approved hash matches but the last decision was a rejection', read({ required: true, status: 'rejected', approvedHash: 'h1', note: 'Name the source' }), 'The story needs a legal read (legal asked to read it); legal rejected its text: Name the source'],
    ['rejected', read({ passages: [passage], status: 'rejected', note: ' Cut the claim ' }), 'The story needs a legal read (1 passage is flagged for legal); legal rejected its text: Cut the claim'],
    ['approved with an empty hash', read({ required: true, status: 'approved', approvedHash: '', currentHash: '' }), 'The story needs a legal read (legal asked to read it); it waits for legal’s read'],
  ] as Array<[string, GateLegalRead, string | null]>)('%s', (_name, input, message) => {
    const failure = legalReadFailure(input)
    if (message === null) expect(failure).toBeNull()
    else expect(failure).toEqual({ code: 'LEGAL_READ_REQUIRED', message, subject: { kind: 'legal_read', id: 12 } })
  })
})

describe('the status a save leaves', () => {
  it.each([
    ['needs none', { needed: false, status: 'approved', reviewedHash: 'h', hash: 'h' }, 'not_required'],
    ['newly needed', { needed: true, status: 'not_required', reviewedHash: null, hash: 'h' }, 'pending'],
    ['approved, unchanged', { needed: true, status: 'approved', reviewedHash: 'h', hash: 'h' }, 'approved'],
    ['approved, edited', { needed: true, status: 'approved', reviewedHash: 'h', hash: 'h2' }, 'pending'],
    ['rejected, unchanged', { needed: true, status: 'rejected', reviewedHash: 'h', hash: 'h' }, 'rejected'],
    ['rejected, edited', { needed: true, status: 'rejected', reviewedHash: 'h', hash: 'h2' }, 'pending'],
    ['pending, edited back to a reviewed text', { needed: true, status: 'pending', reviewedHash: 'h', hash: 'h' }, 'pending'],
    ['approved without a hash', { needed: true, status: 'approved', reviewedHash: null, hash: 'h' }, 'pending'],
  ] as const)('%s', (_name, input, expected) => {
    expect(nextLegalReadStatus(input)).toBe(expected)
  })

  it('needs a read when asked for or when anything is flagged', () => {
    expect(needsLegalRead({ required: false, passages: [] })).toBe(false)
    expect(needsLegalRead({ required: null, passages: [passage] })).toBe(true)
    expect(needsLegalRead({ required: true, passages: [] })).toBe(true)
  })
})

describe('asking for a read is a ratchet', () => {
  const LOCKED = 'Only legal and admins may drop the request for a legal read of this story'
  it.each([
    ['editor asks', { before: false, asked: true, roles: ['editor'], restoring: false }, true, null],
    ['correspondent asks', { before: false, asked: true, roles: ['correspondent'], restoring: false }, true, null],
    ['editor sends it unchanged', { before: true, asked: true, roles: ['editor'], restoring: false }, true, null],
    ['editor leaves it out', { before: true, asked: null, roles: ['editor'], restoring: false }, true, null],
    ['editor drops it', { before: true, asked: false, roles: ['editor'], restoring: false }, true, LOCKED],
    ['correspondent drops it', { before: true, asked: false, roles: ['correspondent'], restoring: false }, true, LOCKED],
    ['legal drops it', { before: true, asked: false, roles: ['legal'], restoring: false }, false, null],
    ['admin drops it', { before: true, asked: false, roles: ['admin'], restoring: false }, false, null],
    ['the server drops it', { before: true, asked: false, roles: null, restoring: false }, false, null],
    ['a restored version without it', { before: true, asked: false, roles: ['editor'], restoring: true }, true, null],
    ['a restored version without it, by legal', { before: true, asked: false, roles: ['admin'], restoring: true }, true, null],
    ['nobody asked, nothing sent', { before: false, asked: false, roles: ['editor'], restoring: false }, false, null],
  ] as Array<[string, Parameters<typeof nextRequired>[0], boolean, string | null]>)('%s', (_name, input, required, refusal) => {
    expect(nextRequired(input)).toEqual({ required, refusal })
  })
})

describe('the text legal approves', () => {
  const body = lexicalDocument([
    textParagraph('First paragraph.'),
    uploadNode(41, 'pic'),
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Read ' },
        { type: 'link', fields: { url: 'https://example.org/claims' }, children: [{ type: 'text', text: 'the claims' }] },
        { type: 'text', text: '  here.' },
      ],
    },
  ])
  const copy = { headline: 'Councillor  arrested', standfirst: 'A standfirst.', body }

  it('is headline, standfirst and each block, with link targets and pictures named, then the words of node keys and link addresses', () => {
    expect(storyParagraphs(copy)).toEqual([
      'Councillor arrested',
      'A standfirst.',
      'First paragraph.',
      '[picture 41]',
      'Read the claims <https://example.org/claims> here.',
      // Read by the passage finder (an address prints as the link's href), not part of the text legal approves.
      'Pic.',
      'Example Org Claims.',
    ])
    expect(legalReadText(copy)).not.toContain('Example Org Claims.')
    expect(legalReadText({ headline: 'Only a headline' })).toBe('Only a headline')
  })

  it('hashes to a new value when any word, a link target or a picture changes, and not for spacing or formatting', () => {
    const hash = legalReadHash(legalReadText(copy))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    const variants = [
      { ...copy, headline: 'Councillor charged' },
      { ...copy, standfirst: 'Another standfirst.' },
      { ...copy, body: JSON.parse(JSON.stringify(body).replace('claims"', 'allegations"')) },
      { ...copy, body: JSON.parse(JSON.stringify(body).replace('https://example.org/claims', 'https://example.org/other')) },
      { ...copy, body: JSON.parse(JSON.stringify(body).replace('"value":41', '"value":42')) },
    ]
    for (const variant of variants) expect(legalReadHash(legalReadText(variant))).not.toBe(hash)
    const bold = JSON.parse(JSON.stringify(body).replace('"format":0', '"format":1'))
    expect(legalReadHash(legalReadText({ ...copy, headline: ' Councillor arrested ', body: bold }))).toBe(hash)
  })

  it('counts a strike through words or an inline style as a change of text, shown in the text legal reads', () => {
    const plain = { headline: 'Verdict', body: lexicalDocument([textParagraph('He is not guilty.')]) }
    const struck = {
      headline: 'Verdict',
      body: lexicalDocument([{ type: 'paragraph', children: [{ type: 'text', text: 'He is ', format: 0 }, { type: 'text', text: 'not', format: 4 }, { type: 'text', text: ' guilty.', format: 0 }] }]),
    }
    const hidden = {
      headline: 'Verdict',
      body: lexicalDocument([{ type: 'paragraph', children: [{ type: 'text', text: 'He is ' }, { type: 'text', text: 'not', style: 'display: none' }, { type: 'text', text: ' guilty.' }] }]),
    }
    expect(storyParagraphs(struck)[1]).toBe('He is ~~not~~ guilty.')
    expect(storyParagraphs(hidden)[1]).toBe('He is not{display: none} guilty.')
    const hashes = [plain, struck, hidden].map((c) => legalReadHash(legalReadText(c)))
    expect(new Set(hashes).size).toBe(3)
  })

  it('finds passages in narrative sentences of headline, standfirst and body, not inside quotes', () => {
    const story = readStory({
      headline: 'Quiet night in the city',
      standfirst: 'Police say Tom Reyes ordered the killings and is accused of fraud.',
      body: lexicalDocument([textParagraph('“He is accused of fraud,” a neighbour said.'), textParagraph('The road was quiet.')]),
    })
    // Speech is read too, with the sentence that carries it (docs/legal.md "speech is never blanked out"):
    // the neighbour's "He" is the Tom Reyes the standfirst names.
    expect(story.passages.map((p) => p.text)).toEqual(['Police say Tom Reyes ordered the killings and is accused of fraud.', '“He is accused of fraud,” a neighbour said.'])
    expect(story.passages[0]!.reasons).toContain('allegation')
    expect(story.hash).toBe(legalReadHash(story.text))
  })
})
