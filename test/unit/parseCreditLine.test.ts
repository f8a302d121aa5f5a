import { parseCreditLine } from '../../src/media/parseCreditLine'

describe('parseCreditLine', () => {
  it.each([
    ['ITV News', { organisation: 'ITV News', creatorName: null, isHandout: false, isPool: false }],
    ['ITV News/Sean Swan', { organisation: 'ITV News', creatorName: 'Sean Swan', isHandout: false, isPool: false }],
    ['ITV News/Barnaby Green', { organisation: 'ITV News', creatorName: 'Barnaby Green', isHandout: false, isPool: false }],
    ['Reuters', { organisation: 'Reuters', creatorName: null, isHandout: false, isPool: false }],
    ['UN OCHA/Handout', { organisation: 'UN OCHA', creatorName: null, isHandout: true, isPool: false }],
    ['Pool/AFP', { organisation: 'AFP', creatorName: null, isHandout: false, isPool: true }],
    ['Credit: ITV News/Sean Swan', { organisation: 'ITV News', creatorName: 'Sean Swan', isHandout: false, isPool: false }],
  ])('parses %s', (line, expected) => {
    expect(parseCreditLine(line)).toEqual(expected)
  })

  it('refuses an empty credit line', () => {
    expect(() => parseCreditLine('  ')).toThrow('credit line is empty')
    expect(() => parseCreditLine('Credit: ')).toThrow('credit line is empty')
  })
})
