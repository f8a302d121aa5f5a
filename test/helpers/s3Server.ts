import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

/**
 * An S3 server on loopback (s3rver: the most real S3 implementation installable here; there is
 * no MinIO or AWS on this machine), its objects in a temp directory, with one bucket created
 * through the S3 API, and the environment that points Dateline at it.
 */
export type TestS3 = {
  env: Record<string, string>
  client: S3Client
  bucket: string
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  /** Stops answering (to make uploads fail), and starts again on the same port and directory. */
  pause: () => Promise<void>
  resume: () => Promise<void>
  stop: () => Promise<void>
}

export async function startS3(bucket = 'dateline-media', prefix = 'media'): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-s3-'))
  let server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    endpoint,
    region: 'test-region',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  await client.send(new CreateBucketCommand({ Bucket: bucket }))
  return {
    bucket,
    client,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'test-region',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: prefix,
    },
    keys: async () => {
      const { Contents = [] } = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return Contents.map((object) => object.Key ?? '').sort()
    },
    pause: () => server.close(),
    resume: async () => {
      server = new S3rver({ address: '127.0.0.1', port, directory, silent: true })
      await server.run()
    },
    stop: async () => {
      client.destroy()
      await server.close().catch(() => undefined)
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
