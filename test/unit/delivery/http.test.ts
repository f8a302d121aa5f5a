import { publicCacheControl } from '../../../src/delivery/cacheHeaders'
import { cacheKey } from '../../../src/delivery/cacheKey'
import { ifNoneMatchHits, strongEtag } from '../../../src/delivery/etag'
import { checkListParams, InvalidParameterError } from '../../../src/delivery/listParams'
import { ResponseCache } from '../../../src/delivery/responseCache'

describe('strongEtag', () => {
  it('is a quoted hash that changes with every byte', () => {
    const tag = strongEtag('{"a":1}')
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    expect(strongEtag(Buffer.from('{"a":1}'))).toBe(tag)
    expect(strongEtag('{"a":2}')).not.toBe(tag)
  })
})

describe('ifNoneMatchHits', () => {
  const tag = '"abc"'
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc"', true],
    ['*', true],
    [' * ', true],
    ['"abcd"', false],
    ['abc', false],
    ['', false],
    [',,,', false],
    ['"', false],
    ['W/', false],
    ['"abc', false],
  ])('%j → %s', (header, expected) => {
    expect(ifNoneMatchHits(header, tag)).toBe(expected)
  })
  it('is false without the header', () => {
    expect(ifNoneMatchHits(undefined, tag)).toBe(false)
  })
})

describe('cacheKey', () => {
  const key = (path: string, query: string) => cacheKey(path, new URLSearchParams(query))
  it.each([
    ['/api/dispatches', '', '/api/dispatches'],
    ['/api/dispatches/', '', '/api/dispatches'],
    ['/', '', '/'],
    ['/api/dispatches', 'limit=5&depth=1', '/api/dispatches?depth=1&limit=5'],
    ['/api/dispatches', 'depth=1&limit=5', '/api/dispatches?depth=1&limit=5'],
    ['/api/dispatches', 'where[tags][in]=b&where[tags][in]=a', '/api/dispatches?where%5Btags%5D%5Bin%5D=a&where%5Btags%5D%5Bin%5D=b'],
    ['/api/dispatches', 'q=%20a%2Bb', '/api/dispatches?q=+a%2Bb'],
  ])('%s?%s → %s', (path, query, expected) => {
    expect(key(path, query)).toBe(expected)
  })
  it('keeps different queries apart', () => {
    expect(key('/a', 'limit=5')).not.toBe(key('/a', 'limit=6'))
    expect(key('/a', 'x=1&y=2')).not.toBe(key('/a', 'x=2&y=1'))
  })
})

describe('checkListParams', () => {
  const check = (query: string, clamp = true) => checkListParams(new URLSearchParams(query), 100, clamp).toString()
  it.each([
    ['', ''],
    ['limit=10&page=2', 'limit=10&page=2'],
    ['limit=100', 'limit=100'],
    ['limit=101', 'limit=100'],
    ['limit=99999999999', 'limit=100'],
    ['limit=0', 'limit=100'],
    ['pagination=false', 'limit=100'],
    ['pagination=false&limit=5', 'limit=5'],
    ['depth=2', 'depth=2'],
  ])('public %j → %j', (query, expected) => {
    expect(check(query)).toBe(expected)
  })
  it('keeps public readers within the first results (here 1,000); staff page as deep as they like', () => {
    const deep = (query: string, clamp = true) => checkListParams(new URLSearchParams(query), 100, clamp, 1000).toString()
    expect(deep('page=100')).toBe('page=100') // rows 991-1000 at Payload's default of 10
    expect(deep('limit=100&page=10')).toBe('limit=100&page=10')
    expect(() => deep('page=101')).toThrow(/"page" 101 starts past the first 1000 results/)
    expect(() => deep('limit=100&page=11')).toThrow(InvalidParameterError)
    expect(() => deep('limit=0&page=11')).toThrow(InvalidParameterError)
    expect(deep('page=50000', false)).toBe('page=50000')
  })
  it('leaves staff limits alone', () => {
    expect(check('limit=1000', false)).toBe('limit=1000')
    expect(check('limit=0&pagination=false', false)).toBe('limit=0&pagination=false')
  })
  it.each([
    ['limit=-1', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1.5', 'limit'],
    ['limit=', 'limit'],
    ['limit=1e3', 'limit'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=two', 'page'],
    ['page=1&page=2', 'page'],
  ])('%j is refused naming %s', (query, name) => {
    for (const clamp of [true, false]) {
      let error: unknown
      try {
        check(query, clamp)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(InvalidParameterError)
      expect((error as InvalidParameterError).parameter).toBe(name)
      expect((error as Error).message).toContain(`"${name}"`)
    }
  })
})

describe('publicCacheControl', () => {
  it('names max-age and stale-while-revalidate', () => {
    expect(publicCacheControl(10, 30)).toBe('public, max-age=10, stale-while-revalidate=30')
  })
})

describe('ResponseCache', () => {
  const entry = (text: string) => ({ body: Buffer.from(text), etag: strongEtag(text), contentType: 'application/json' })

  it('returns what was stored, and evicts the least recently used past the entry bound', () => {
    const cache = new ResponseCache(2, 1000)
    cache.set('a', entry('A'), cache.generation)
    cache.set('b', entry('B'), cache.generation)
    expect(cache.get('a')?.body.toString()).toBe('A')
    cache.set('c', entry('C'), cache.generation)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')?.body.toString()).toBe('A')
    expect(cache.get('c')?.body.toString()).toBe('C')
    expect(cache.size).toBe(2)
  })

  it('stays within its byte bound and refuses an entry bigger than the bound', () => {
    const cache = new ResponseCache(100, 10)
    cache.set('a', entry('12345'), 0)
    cache.set('b', entry('12345'), 0)
    expect(cache.totalBytes).toBe(10)
    cache.set('c', entry('123'), 0)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.totalBytes).toBe(8)
    expect(cache.set('big', entry('12345678901'), 0)).toBe(false)
    cache.set('b', entry('1'), 0)
    expect(cache.totalBytes).toBe(4)
  })

  it('does not store an answer computed before an invalidation', () => {
    const cache = new ResponseCache(10, 1000)
    const before = cache.generation
    cache.set('a', entry('old'), before)
    cache.invalidate()
    expect(cache.get('a')).toBeUndefined()
    expect(cache.set('a', entry('old'), before)).toBe(false)
    expect(cache.set('a', entry('new'), cache.generation)).toBe(true)
    expect(cache.totalBytes).toBe(3)
  })

  it('stores nothing when off (0 entries) or suspended', () => {
    const off = new ResponseCache(0, 1000)
    expect(off.set('a', entry('A'), 0)).toBe(false)
    const cache = new ResponseCache(10, 1000)
    cache.set('a', entry('A'), 0)
    cache.suspend(true)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.set('b', entry('B'), cache.generation)).toBe(false)
    cache.suspend(false)
    expect(cache.set('b', entry('B'), cache.generation)).toBe(true)
    expect(cache.get('b')?.body.toString()).toBe('B')
  })
})
