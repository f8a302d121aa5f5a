import { canonical, containsRun, fragmentsOf, quotedSpans, similarity, wordDistance, wordsOf } from '../../../src/legal/words'

describe('wordsOf and canonical', () => {
  it.each([
    ['Now is the time for Jihad.', 'now is the time for jihad'],
    ['  Now is the   time for Jihad  ', 'now is the time for jihad'],
    ['It’s finished.', "it's finished"],
    ['"Yes," he said.', 'yes he said'],
    ['…green eyes and blonde...', 'green eyes and blonde'],
    ['!!!', ''],
  ])('%j → %j', (text, expected) => {
    expect(canonical(text)).toBe(expected)
  })
  it('keeps digits and letters of every script', () => {
    expect(wordsOf('Raqqa 2017 — الرقة')).toEqual(['raqqa', '2017', 'الرقة'])
  })
})

describe('fragmentsOf', () => {
  it.each([
    ['from London … green eyes and blonde', [['from', 'london'], ['green', 'eyes', 'and', 'blonde']]],
    ['from London ... green eyes', [['from', 'london'], ['green', 'eyes']]],
    ["Yes. It's finished.", [['yes'], ["it's", 'finished']]],
    ['Why? Because.', [['why'], ['because']]],
    ['One piece', [['one', 'piece']]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(fragmentsOf(text)).toEqual(expected)
  })
})

describe('containsRun', () => {
  const words = ['now', 'is', 'the', 'time', 'for', 'jihad']
  it.each([
    [['the', 'time'], true],
    [['now'], true],
    [words, true],
    [['time', 'the'], false],
    [['jihad', 'now'], false],
    [[], false],
    [[...words, 'brothers'], false],
  ])('%j → %s', (needle, expected) => {
    expect(containsRun(words, needle)).toBe(expected)
  })
})

describe('wordDistance and similarity', () => {
  it.each([
    [[], [], 0, 1],
    [['a'], [], 1, 0],
    [['a', 'b', 'c'], ['a', 'b', 'c'], 0, 1],
    [['a', 'b', 'c'], ['a', 'x', 'c'], 1, 2 / 3],
    [['a', 'b', 'c'], ['a', 'b', 'c', 'd'], 1, 3 / 4],
    [['yes'], ['no'], 1, 0],
  ])('%j vs %j', (a, b, distance, alike) => {
    expect(wordDistance(a, b)).toBe(distance)
    expect(wordDistance(b, a)).toBe(distance)
    expect(similarity(a, b)).toBeCloseTo(alike)
  })
})

describe('quotedSpans', () => {
  it.each([
    ['"Yes," he said. "It\'s finished."', ['Yes,', "It's finished."]],
    ['a woman “from London” with “green eyes and blonde” hair', ['from London', 'green eyes and blonde']],
    ['an "unclosed quote', []],
    ['no quotes at all', []],
  ])('%j', (paragraph, expected) => {
    expect(quotedSpans(paragraph)).toEqual(expected)
  })
})
