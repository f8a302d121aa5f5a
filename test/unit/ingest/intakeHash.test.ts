import { intakeHash } from '../../../src/ingest/intakeHash'

describe('intakeHash', () => {
  const story = 'Headline\n\nStandfirst.\n\n"Quote," she said.'
  it('is the same for the same copy however it was saved', () => {
    expect(intakeHash(story.replaceAll('\n', '\r\n'))).toBe(intakeHash(story))
    expect(intakeHash(`\uFEFF${story}  \n\n`)).toBe(intakeHash(story))
    expect(intakeHash(story.replace('Standfirst.', 'Standfirst.   '))).toBe(intakeHash(story))
  })
  it('differs when a word changes', () => {
    expect(intakeHash(story.replace('she', 'he'))).not.toBe(intakeHash(story))
  })
})
