import { quotedSpans } from '../../../src/legal/words'

describe('quotedSpans: single curly marks are speech marks where they cannot be apostrophes', () => {
  it.each([
    ['speech in single marks', '\u2018We held the bridge,\u2019 the commander said.', ['We held the bridge,']],
    ['a possessive inside the speech', '\u2018The soldiers\u2019 guns were silent,\u2019 he said.', ['The soldiers\u2019 guns were silent,']],
    ['an apostrophe inside the speech', '\u2018We don\u2019t leave,\u2019 she said.', ['We don\u2019t leave,']],
    ['two quotes in one paragraph', '\u2018Go,\u2019 he said. \u2018Now.\u2019', ['Go,', 'Now.']],
    ['scare quotes in single marks', 'The so-called \u2018peace plan\u2019 failed.', ['peace plan']],
    ['apostrophes only', 'The commander\u2019s men didn\u2019t move in the \u201990s.', []],
    ['an opening mark never closed', '\u2018We will fight on, he said.', []],
    ['a single mark glued to a word is no opening', 'rock\u2018n\u2019roll', []],
    ['double marks still work beside single ones', '"Yes," he said, \u2018no.\u2019', ['Yes,', 'no.']],
  ])('%s', (_label, paragraph, expected) => {
    expect(quotedSpans(paragraph)).toEqual(expected)
  })
})
