/**
 * Media on S3 (s3rver on loopback, a bucket of its own): uploads land in the bucket with their
 * generated sizes and nothing on disk; files are served only through Dateline's file route under
 * the same read rule as local disk (public only while a published story shows the picture), with
 * the same headers; a second instance on the same database and bucket serves the same bytes;
 * deleting an asset removes its objects; a refused or failed upload leaves no object and no record.
 */
import fs from 'node:fs'

import { GetObjectCommand } from '@aws-sdk/client-s3'
import sharp from 'sharp'

import { createStoryFixture } from '../helpers/storyFixture'
import { startS3, type TestS3 } from '../helpers/s3Server'
import { startSecondInstance, startTestApp, type TestApp } from '../helpers/testApp'

let s3: TestS3
let t: TestApp
let second: Awaited<ReturnType<typeof startSecondInstance>> | undefined
let editor = ''
let reporter = 0

const PREFIX = 'media'
const auth = () => ({ Authorization: `JWT ${editor}` })

const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } }).jpeg().toBuffer()

const upload = (buffer: Buffer, filename: string, contentType: string) =>
  t.http
    .post('/api/media-assets')
    .set(auth())
    .field('_payload', JSON.stringify({ creditLine: 'Reuters', alt: 'Flooded square in Valencia' }))
    .attach('file', buffer, { filename, contentType })

type Sizes = Record<string, { filename?: string | null } | undefined>
const storedNames = (doc: { filename: string; sizes?: Sizes }) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))

const objectBytes = async (key: string): Promise<Buffer> => {
  const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

const mediaCount = async () => (await t.payload.count({ collection: 'media-assets' })).totalDocs

beforeAll(async () => {
  s3 = await startS3('dateline-media', PREFIX)
  t = await startTestApp(s3.env)
  editor = await t.token('editor')
  reporter = (await t.payload.find({ collection: 'correspondents', limit: 1 })).docs[0].id
})

afterAll(async () => {
  await second?.close()
  await t?.stop()
  await s3?.stop()
})

describe('media on S3', () => {
  let asset: { id: number; filename: string; sizes?: Sizes }
  let original: Buffer

  it('puts an upload and its thumbnail, card and hero sizes in the bucket, and nothing on disk', async () => {
    const before = await s3.keys()
    original = await jpeg(2400, 1400)
    // Named .html, it is stored under the type its bytes are.
    const res = await upload(original, 'valencia.html', 'text/html')
    expect(res.status).toBe(201)
    asset = res.body.doc
    expect(asset.filename).toMatch(/^valencia(-\d+)?\.jpg$/)
    expect(Object.keys(asset.sizes ?? {}).sort()).toEqual(['card', 'hero', 'thumbnail'])
    const names = storedNames(asset)
    expect(names).toHaveLength(4)
    const added = (await s3.keys()).filter((key) => !before.includes(key))
    expect(added).toEqual(names.map((name) => `${PREFIX}/${name}`).sort())
    expect(await objectBytes(`${PREFIX}/${asset.filename}`)).toEqual(original)
    const hero = await sharp(await objectBytes(`${PREFIX}/${asset.sizes!.hero!.filename}`)).metadata()
    expect([hero.width, hero.height]).toEqual([1920, 1080])
    expect(fs.readdirSync(t.mediaDir)).toEqual([])
    expect(fs.existsSync(`${process.cwd()}/media/${asset.filename}`)).toBe(false)
  })

  it('does not let a client choose where a record points in the bucket', async () => {
    const res = await t.http
      .patch(`/api/media-assets/${asset.id}`)
      .set(auth())
      .send({ prefix: 'elsewhere', _objectKey: 'other' })
    expect(res.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'media-assets', id: asset.id })
    expect(stored).toMatchObject({ prefix: PREFIX })
    expect((stored as { _objectKey?: string | null })._objectKey ?? null).toBeNull()
  })

  it('refuses readers the file, and every size of it, while no published story shows it', async () => {
    for (const name of storedNames(asset)) {
      const res = await t.http.get(`/api/media-assets/file/${name}`)
      expect([403, 404]).toContain(res.status)
      expect(res.body).not.toEqual(original)
    }
    // Staff see it: the file route reads the bucket through Payload's access check.
    const staff = await t.http.get(`/api/media-assets/file/${asset.filename}`).set(auth())
    expect(staff.status).toBe(200)
  })

  it('serves readers the same bytes with the same headers once a published story shows it', async () => {
    await createStoryFixture(t.payload, reporter, 'published', { media: [asset.id] }, 'Floods')
    expect((await t.payload.findByID({ collection: 'media-assets', id: asset.id })).isPublic).toBe(true)
    const res = await t.http.get(`/api/media-assets/file/${asset.filename}`).buffer(true)
    expect(res.status).toBe(200)
    expect(Buffer.from(res.body as Buffer)).toEqual(original)
    expect(res.headers['content-type']).toBe('image/jpeg')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-disposition']).toBeUndefined()
    const thumb = await t.http.get(`/api/media-assets/file/${asset.sizes!.thumbnail!.filename}`).buffer(true)
    expect(thumb.status).toBe(200)
    expect(Buffer.from(thumb.body as Buffer)).toEqual(await objectBytes(`${PREFIX}/${asset.sizes!.thumbnail!.filename}`))
  })

  it('is served the same by a second instance on the same database and bucket', async () => {
    second = await startSecondInstance(t)
    const res = await second.http.get(`/api/media-assets/file/${asset.filename}`).buffer(true)
    expect(res.status).toBe(200)
    expect(Buffer.from(res.body as Buffer)).toEqual(original)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('serves a file that is not an image as an attachment', async () => {
    const wav = Buffer.alloc(44 + 1600)
    wav.write('RIFF', 0)
    wav.writeUInt32LE(36 + 1600, 4)
    wav.write('WAVEfmt ', 8)
    wav.writeUInt32LE(16, 16)
    wav.writeUInt16LE(1, 20)
    wav.writeUInt16LE(1, 22)
    wav.writeUInt32LE(8000, 24)
    wav.writeUInt32LE(16000, 28)
    wav.writeUInt16LE(2, 32)
    wav.writeUInt16LE(16, 34)
    wav.write('data', 36)
    wav.writeUInt32LE(1600, 40)
    const res = await upload(wav, 'interview.wav', 'audio/wav')
    expect(res.status).toBe(201)
    expect(await s3.keys()).toContain(`${PREFIX}/${res.body.doc.filename}`)
    const file = await t.http.get(`/api/media-assets/file/${res.body.doc.filename}`).set(auth()).buffer(true)
    expect(file.status).toBe(200)
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${res.body.doc.filename}"`)
    expect(file.headers['x-content-type-options']).toBe('nosniff')
  })

  it('refuses a corrupt image with 400, leaving no object and no record', async () => {
    const whole = await jpeg(800, 600)
    const [keysBefore, countBefore] = [await s3.keys(), await mediaCount()]
    const res = await upload(Buffer.from(whole.subarray(0, Math.floor(whole.length / 3))), 'broken.jpg', 'image/jpeg')
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/corrupt|truncated/)
    expect(await mediaCount()).toBe(countBefore)
    expect(await s3.keys()).toEqual(keysBefore)
  })

  it('answers a clear error and keeps no record when the bucket cannot be reached', async () => {
    const [keysBefore, countBefore] = [await s3.keys(), await mediaCount()]
    await s3.pause()
    try {
      const res = await upload(await jpeg(1000, 700), 'offline.jpg', 'image/jpeg')
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBe(503)
      expect(res.text).toContain('MEDIA_STORAGE_UNAVAILABLE')
      expect(await mediaCount()).toBe(countBefore)
    } finally {
      await s3.resume()
    }
    expect(await s3.keys()).toEqual(keysBefore)
  })

  it('removes the file and its sizes from the bucket when the asset is deleted', async () => {
    const keys = storedNames(asset).map((name) => `${PREFIX}/${name}`)
    const res = await t.http.delete(`/api/media-assets/${asset.id}`).set(auth())
    expect(res.status).toBe(200)
    const left = await s3.keys()
    expect(left.filter((key) => keys.includes(key))).toEqual([])
    expect((await t.http.get(`/api/media-assets/file/${asset.filename}`).set(auth())).status).toBe(404)
  })
})
