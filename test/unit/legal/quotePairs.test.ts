import { quotedSpans, quotedSpansAsTyped } from '../../../src/legal/words'

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

describe('quotedSpans: every other mark a reader reads as speech', () => {
  it.each([
    ['single guillemets', '\u2039Wir bleiben\u203A, sagte er.', ['Wir bleiben']],
    ['reversed single guillemets', '\u203AWir bleiben\u2039, sagte er.', ['Wir bleiben']],
    ['a reversed double mark', '\u201FWe stay,\u201D he said.', ['We stay,']],
    ['fullwidth marks', '\uFF02We stay,\uFF02 he said.', ['We stay,']],
    ['CJK marks', '\u301DWe stay\u301E he said.', ['We stay']],
  ])('%s', (_label, paragraph, expected) => {
    expect(quotedSpans(paragraph)).toEqual(expected)
  })
})

describe('quotedSpansAsTyped: straight single marks as an editor types them in a caption or bio', () => {
  it.each([
    ['speech in straight singles', "Ahmed Khalil, who police say 'ordered the killings', at the funeral.", ['ordered the killings']],
    ['speech punctuation inside', "'We don't leave,' she said.", ["We don't leave,"]],
    ['a possessive inside', "'The soldiers' guns were silent,' he said.", ["The soldiers' guns were silent,"]],
    ['apostrophes only', "The commander's men didn't move in the '90s.", []],
    ['an opening mark never closed', "'We will fight on, he said.", []],
  ])('%s', (_label, text, expected) => {
    expect(quotedSpansAsTyped(text)).toEqual(expected)
  })

  it('story copy reads straight singles too: a scare quote is a span (the extractor attributes it to nobody)', () => {
    expect(quotedSpans("what they call the IS 'death cult' is close.")).toEqual(['death cult'])
    expect(quotedSpans("Militia commander: 'We executed every prisoner at dawn'")).toEqual(['We executed every prisoner at dawn'])
    expect(quotedSpans("Reyes' car and the '90s, don't, rock 'n' roll.")).toEqual(['n'])
  })
})
