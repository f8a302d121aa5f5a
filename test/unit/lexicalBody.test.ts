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
