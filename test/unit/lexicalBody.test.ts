import { styleProblem } from '../../src/lexical/nodeSchema'
import { lexicalBodyProblem, MAX_DEPTH } from '../../src/lexical/validateBody'

const text = (value: string) => ({ type: 'text', version: 1, text: value })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const doc = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

describe('lexicalBodyProblem', () => {
  it.each([
    ['no body', null],
    ['absent', undefined],
    ['an empty document', doc()],
    ['paragraphs of text', doc(paragraph(text('Raqqa')), paragraph(text('falls'), { type: 'linebreak', version: 1 }))],
    ['a picture in place', doc({ type: 'upload', version: 3, relationTo: 'media-assets', value: 1, fields: null })],
    ['a tab as the editor writes it', doc(paragraph(text('a'), { type: 'tab', version: 1, text: '\t' }, text('b')))],
    ['a leaf with an empty children list', doc(paragraph(text('a'), { type: 'linebreak', version: 1, children: [] }))],
    ['a quote and a list', doc({ type: 'quote', children: [text('We stay')] }, { type: 'list', children: [{ type: 'listitem', children: [text('a')] }] })],
  ])('accepts %s', (_label, value) => {
    expect(lexicalBodyProblem(value, 1_000_000)).toBeNull()
  })

  it.each([
    ['a string', 'words', /not string/],
    ['an array', [], /not an array/],
    ['a number', 3, /not number/],
    ['no root', { children: [] }, /root/],
    ['a root of another type', { root: { type: 'paragraph', children: [] } }, /root/],
    ['children not an array', { root: { type: 'root', children: {} } }, /children must be an array/],
    ['a paragraph without children', doc({ type: 'paragraph' }), /children must be an array/],
    ['an unknown node', doc({ type: 'script', children: [] }), /does not know/],
    ['a node without a type', doc({ children: [] }), /does not know/],
    ['a text node without text', doc(paragraph({ type: 'text' })), /without text/],
    ['a child that is not an object', doc('loose'), /must be a node object/],
    ['a line break with children', doc(paragraph(text('a'), { type: 'linebreak', children: [text('hidden')] })), /root\.children\.0\.children\.1 is a linebreak node carrying children/],
    ['a tab with children', doc(paragraph({ type: 'tab', text: '\t', children: [text('hidden')] })), /tab node carrying children/],
    ['a picture with children', doc({ type: 'upload', value: 1, children: [paragraph(text('hidden'))] }), /root\.children\.0 is a upload node carrying children/],
    ['a relationship with children', doc({ type: 'relationship', value: 1, children: [paragraph(text('hidden'))] }), /relationship node carrying children/],
    ['a rule with children', doc({ type: 'horizontalrule', children: [text('hidden')] }), /horizontalrule node carrying children/],
    ['a text node with children', doc(paragraph({ type: 'text', text: 'a', children: [text('hidden')] })), /text node carrying children/],
    ['a line break with text', doc(paragraph({ type: 'linebreak', text: 'hidden' })), /linebreak node carrying text/],
    ['a tab with words', doc(paragraph({ type: 'tab', text: 'hidden' })), /tab node carrying text/],
    ['a paragraph with text of its own', doc({ type: 'paragraph', text: 'hidden', children: [] }), /paragraph node carrying text/],
  ])('refuses %s', (_label, value, message) => {
    expect(lexicalBodyProblem(value, 1_000_000)).toMatch(message)
  })

  it('refuses a body past the limit and one nested past the depth bound', () => {
    expect(lexicalBodyProblem(doc(paragraph(text('x'.repeat(2000)))), 1000)).toMatch(/limit is 1000/)
    let deep: unknown = text('bottom')
    for (let level = 0; level <= MAX_DEPTH; level += 1) deep = { type: 'listitem', children: [deep] }
    expect(lexicalBodyProblem(doc(deep), 1_000_000)).toMatch(/deeper than/)
  })
})

describe('lexicalBodyProblem: only the keys and values the editor writes', () => {
  const collections = new Set(['media-assets', 'correspondents', 'dispatches'])
  const link = (fields: unknown, extra: Record<string, unknown> = {}) => doc(paragraph({ type: 'link', version: 3, fields, children: [text('the report')], ...extra }))
  it.each([
    ['alignments and directions', doc({ ...paragraph(text('a')), format: 'center', direction: 'rtl', indent: 2 }, { ...paragraph(text('b')), format: 3, direction: null })],
    ['a text with formats and a colour', doc(paragraph({ ...text('a'), format: 5, detail: 0, mode: 'normal', style: 'color: #ff0000; font-size: 14px; background-color: rgba(0, 0, 0, 0.5)' }))],
    ['a heading, a checklist, a quote, a rule', doc({ type: 'heading', tag: 'h3', children: [text('h')] }, { type: 'list', listType: 'check', tag: 'ul', start: 1, children: [{ type: 'listitem', value: 1, checked: false, children: [text('x')] }] }, { type: 'horizontalrule', version: 1 })],
    ['a custom link with its id and rel', link({ linkType: 'custom', url: 'https://example.com/a', newTab: true }, { id: '65f1a2b3c4d5e6f708192a3b', rel: 'noopener noreferrer' })],
    ['an internal link', link({ linkType: 'internal', newTab: false, doc: { relationTo: 'correspondents', value: 3 } })],
    ['an upload as the seed places one', doc({ type: 'upload', version: 3, format: '', id: 'seed-media-4', fields: null, relationTo: 'media-assets', value: 4 })],
  ])('accepts %s', (_label, value) => {
    expect(lexicalBodyProblem(value, 1_000_000, collections)).toBeNull()
  })

  it.each([
    ['a key beside the root', { ...doc(), note: 'x' }, /carries "note" beside "root"/],
    ['a key on the root', { root: { ...doc().root, note: 'x' } }, /^root \(a root node\) carries "note"/],
    ['node state', doc({ ...paragraph(text('a')), $: { a: 'x' } }), /root\.children\.0 is a paragraph node carrying Lexical's node state/],
    ['a format of words', doc({ ...paragraph(text('a')), format: 'accused' }), /root\.children\.0\.format of a paragraph node is "accused"/],
    ['a direction of words', doc({ ...paragraph(text('a')), direction: 'accused' }), /root\.children\.0\.direction/],
    ['a text mode of words', doc(paragraph({ ...text('a'), mode: 'accused' })), /children\.0\.mode of a text node/],
    ['a heading tag of words', doc({ type: 'heading', tag: 'accused', children: [] }), /\.tag of a heading node/],
    ['a link title', link({ linkType: 'custom', url: 'https://a.example', newTab: false, title: 'x' }), /fields \(a link node's fields\) carries "title"/],
    ['a link target', link({ linkType: 'custom', url: 'https://a.example', newTab: false }, { target: '_blank' }), /carries "target"/],
    ['a link rel of words', link({ linkType: 'custom', url: 'https://a.example' }, { rel: 'he stole it' }), /\.rel of a link node/],
    ['a link to a collection that is not one', link({ linkType: 'internal', doc: { relationTo: 'tom-reyes-stole', value: 1 } }), /fields\.doc\.relationTo of a link node .*not a collection/],
    ['an upload id of sentences', doc({ type: 'upload', id: 'Tom Reyes stole', relationTo: 'media-assets', value: 1 }), /\.id of a upload node/],
    ['a relationship to a made-up collection', doc({ type: 'relationship', relationTo: 'thieves', value: 1 }), /relationTo of a relationship node/],
  ])('refuses %s, naming the node and the key', (_label, value, message) => {
    expect(lexicalBodyProblem(value, 1_000_000, collections)).toMatch(message)
  })

  it.each([
    ['', null],
    ['color: #333; font-weight: bold;', null],
    ['font-family: Georgia, serif', null],
    ['--note: "Tom Reyes stole"', /declares "--note"/],
    ['content: "Tom Reyes stole"', /declares "content"/],
    ['font-family: Tom', /value "Tom"/],
    ['color: url(http://x)', /value/],
    ['color', /declares "color"/],
    ['display: none', /declares "display"/],
  ])('style %j', (style, expected) => {
    if (expected === null) expect(styleProblem(style)).toBeNull()
    else expect(styleProblem(style)).toMatch(expected)
  })
})
