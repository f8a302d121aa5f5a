import { lexicalDocument, textParagraph, uploadNode } from '../../../src/lexical/build'
import { bodyParagraphs, copyParagraphs } from '../../../src/legal/copy'

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'text', version: 1, text: value, format: 0, ...extra })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, version: 1, children, ...extra })

describe('bodyParagraphs', () => {
  it.each([
    ['nothing', null, []],
    ['no root', { foo: 1 }, []],
    ['paragraphs, pictures left out', lexicalDocument([textParagraph('One.'), uploadNode(1, 'k'), textParagraph('Two.')]), ['One.', 'Two.']],
    [
      'formatted runs make one paragraph',
      { root: block('root', [block('paragraph', [text('"Now is '), text('the time', { format: 1 }), text(' for Jihad," he said.')])]) },
      ['"Now is the time for Jihad," he said.'],
    ],
    [
      'a line break separates words',
      { root: block('root', [block('paragraph', [text('first line'), { type: 'linebreak', version: 1 }, text('second line')])]) },
      ['first line second line'],
    ],
    [
      'links keep their words',
      { root: block('root', [block('paragraph', [text('see '), block('link', [text('"the report"')], { fields: { url: 'https://x' } }), text(' said')])]) },
      ['see "the report" said'],
    ],
    [
      'list items and quotes are paragraphs of their own',
      {
        root: block('root', [
          block('list', [block('listitem', [text('"First," she said.')]), block('listitem', [text('Second item')])]),
          block('quote', [text('A blockquote')]),
          block('heading', [text('A heading')], { tag: 'h2' }),
        ]),
      },
      ['"First," she said.', 'Second item', 'A blockquote', 'A heading'],
    ],
    [
      'an unknown node with text still counts',
      { root: block('root', [block('paragraph', [{ type: 'mystery', text: '"hidden words," he said' }])]) },
      ['"hidden words," he said'],
    ],
  ])('%s', (_name, doc, expected) => {
    expect(bodyParagraphs(doc)).toEqual(expected)
  })
})

describe('copyParagraphs', () => {
  it('reads headline, standfirst and body in that order, skipping what is empty', () => {
    expect(copyParagraphs({ headline: ' Head ', standfirst: '', body: lexicalDocument([textParagraph('Body.')]) })).toEqual(['Head', 'Body.'])
    expect(copyParagraphs({ headline: 'H', standfirst: 'S\nline', body: null })).toEqual(['H', 'S line'])
  })
})
