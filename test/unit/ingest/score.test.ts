import { sameSpeaker, scoreStory } from './score'
import type { DryRun } from '../../../src/ingest/extract'

describe('the scorer\'s conventions: what reads as the same speaker to an editor', () => {
  it.each([
    ['Alan Bramwell', 'Chief Superintendent Alan Bramwell'],
    ['Fiona Delacourt', 'Fiona Delacourt KC'],
    ['Oliver Szabo', 'Dr Oliver Szabo'],
    ['Gráinne Fahy TD', 'Gráinne Fahy'],
    ['Petty Officer Jerome Bautista', 'Jerome Bautista'],
    ['Marlow Logistics', 'a spokesperson for Marlow Logistics'],
    ['Kennet Vale Learning Trust', 'the Kennet Vale Learning Trust'],
    ['a woman who works in the depot\'s returns office', 'a woman'],
    ['a civil servant in the unit', 'a civil servant'],
  ])('%s is %s', (want, got) => {
    expect(sameSpeaker(want, got)).toBe(true)
  })

  it.each([
    ['Alan Bramwell', 'Chief Superintendent Bramwell'],
    ['Ann Smith', 'Mary Ann Smith'],
    ['Gráinne Fahy TD', 'Fahy'],
    ['Petty Officer Jerome Bautista', 'Officer Bautista'],
    ['Kerry Mulholland', 'Dean Mulholland'],
    ['Marlow Logistics', 'a driver for Marlow Logistics'],
    ['a woman who works in the office', 'a man'],
  ])('near miss: %s is not %s', (want, got) => {
    expect(sameSpeaker(want, got)).toBe(false)
  })
})

describe('the scorer and words quoted inside reported speech', () => {
  const story = (quotes: DryRun['quotes']): DryRun => ({ headline: 'H', standfirst: null, correspondents: [], media: [], quotes, passages: [] })
  const q = (text: string, sensitive: boolean): DryRun['quotes'][number] => ({ text, speaker: 'Ray Cole', description: null, sensitive, reasons: sensitive ? ['allegation'] : [] })

  it('a fragment the expectation does not list counts neither as invented speech nor against the flag precision', () => {
    const score = scoreStory('s', story([q('We were lied to.', true)]), story([q('We were lied to.', true), q('open contempt', true)]))
    expect([score.quotesExtra, score.flagged, score.flaggedCorrectly]).toEqual([0, 1, 1])
  })

  it('near miss: a whole sentence the expectation does not list is invented speech, and its flag counts against precision', () => {
    const score = scoreStory('s', story([q('We were lied to.', true)]), story([q('We were lied to.', true), q('They knew all along.', true)]))
    expect([score.quotesExtra, score.flagged, score.flaggedCorrectly]).toEqual([1, 2, 1])
  })
})

describe('the scorer and a speaker the copy does not name', () => {
  const story = (quotes: DryRun['quotes']): DryRun => ({ headline: 'H', standfirst: null, correspondents: [], media: [], quotes, passages: [] })
  const want = { text: 'We were told to close the jobs.', speaker: null as unknown as string, description: 'a former employee', sensitive: false, reasons: [] }

  it('an expected speaker of null is the description the copy gives, and the extractor\'s phrase is compared with it', () => {
    const score = scoreStory('s', story([want]), story([{ ...want, speaker: 'a former employee' }]))
    expect(score.speakersRight).toBe(1)
  })

  it('near miss: a named speaker for an unnamed one is wrong', () => {
    const score = scoreStory('s', story([want]), story([{ ...want, speaker: 'Jane Doe' }]))
    expect(score.speakersRight).toBe(0)
  })
})
