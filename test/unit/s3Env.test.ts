import { parseEnv } from '../../src/config/env'
import { mediaStore } from '../../src/media/storage'

const S3 = {
  S3_BUCKET: 'dateline-media',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_REGION: 'eu-west-2',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'secret-key',
  S3_FORCE_PATH_STYLE: 'true',
}

describe('S3 media configuration', () => {
  it('keeps media on local disk when no S3 variable is set', () => {
    expect(mediaStore(parseEnv({ MEDIA_DIR: '/srv/media' }))).toEqual({ kind: 'local', staticDir: '/srv/media' })
  })

  it('stores media in the bucket when every S3 variable is set, checksums only where S3 requires them', () => {
    const store = mediaStore(parseEnv({ ...S3, S3_PREFIX: 'newsroom/media' }))
    expect(store).toMatchObject({
      kind: 's3',
      bucket: 'dateline-media',
      prefix: 'newsroom/media',
      client: { endpoint: 'http://127.0.0.1:9000', region: 'eu-west-2', forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' },
    })
    expect(mediaStore(parseEnv({ ...S3, S3_FORCE_PATH_STYLE: 'false' }))).toMatchObject({ prefix: '', client: { forcePathStyle: false } })
  })

  it('refuses a partial set, naming each variable that is missing', () => {
    const { S3_REGION: _region, S3_SECRET_ACCESS_KEY: _secret, ...partial } = S3
    const message = (() => {
      try {
        parseEnv(partial)
        return ''
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(message).toContain('S3_REGION: is required when any S3_* variable is set')
    expect(message).toContain('S3_SECRET_ACCESS_KEY: is required')
    expect(message).not.toContain('S3_BUCKET:')
    expect(() => parseEnv({ S3_PREFIX: 'media' })).toThrow('S3_BUCKET: is required')
  })

  it('refuses a bad bucket name, endpoint, path-style flag or prefix, naming the variable', () => {
    expect(() => parseEnv({ ...S3, S3_BUCKET: 'Not_A_Bucket' })).toThrow('S3_BUCKET: must be an S3 bucket name')
    expect(() => parseEnv({ ...S3, S3_ENDPOINT: 'not a url' })).toThrow('S3_ENDPOINT: must be a URL')
    expect(() => parseEnv({ ...S3, S3_FORCE_PATH_STYLE: 'maybe' })).toThrow('S3_FORCE_PATH_STYLE: must be true or false')
    expect(() => parseEnv({ ...S3, S3_PREFIX: 'media/../secrets' })).toThrow('S3_PREFIX')
    expect(() => parseEnv({ ...S3, S3_PREFIX: '/media' })).toThrow('S3_PREFIX')
  })
})
