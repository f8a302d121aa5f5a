import fs from 'node:fs/promises'
import path from 'node:path'

import { DeleteObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionAfterChangeHook, Config, Plugin } from 'payload'

import type { Env } from '../config/env'
import { fieldServerOnly } from '../access/wrappers'
import { DatelineError, MediaStorageUnavailable } from '../errors'

export const MEDIA_SLUG = 'media-assets'

/** Where media files live: one directory on this machine, or one bucket every instance shares. */
export type MediaStore =
  | { kind: 'local'; staticDir: string }
  | { kind: 's3'; bucket: string; prefix: string; client: S3ClientConfig }

export function mediaStore(env: Env): MediaStore {
  if (!env.S3_BUCKET || !env.S3_ENDPOINT || !env.S3_REGION || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) {
    return { kind: 'local', staticDir: env.MEDIA_DIR ?? path.resolve(process.cwd(), 'media') }
  }
  return {
    kind: 's3',
    bucket: env.S3_BUCKET,
    prefix: env.S3_PREFIX ?? '',
    client: {
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
      credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
      // aws-sdk v3 (since 3.729) adds CRC32 checksums to every request it can and validates them on
      // answers; MinIO, Ceph, R2 and s3rver do not all speak that, and a streamed body is then sent
      // aws-chunked with trailers that such a server stores as part of the file. Checksums only where
      // S3 requires them (as before 3.729); TLS already protects the bytes in transit.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}

/**
 * Payload's S3 storage for media assets when the store is S3. The plugin is always installed
 * (disabled on local disk) with `alwaysInsertFields`, so both setups have the same fields and
 * one schema: `prefix` and `_objectKey`, which only the server writes. Files are never served as
 * bucket URLs: `disablePayloadAccessControl` stays false, so every file request goes through
 * Payload's file route and the collection's read access (a picture is public only while a
 * published story shows it), and no signed download links (a link would outlive a withdrawal).
 */
export function mediaStoragePlugins(store: MediaStore): Plugin[] {
  const s3 =
    store.kind === 's3'
      ? s3Storage({
          enabled: true,
          alwaysInsertFields: true,
          bucket: store.bucket,
          config: store.client,
          clientCacheKey: `s3:${store.bucket}:${String(store.client.endpoint)}`,
          collections: { [MEDIA_SLUG]: { prefix: store.prefix, signedDownloads: false } },
        })
      : s3Storage({ enabled: false, alwaysInsertFields: true, bucket: '', config: {}, collections: { [MEDIA_SLUG]: true } })
  return [s3, mediaStorageRules(store)]
}

/**
 * After the storage plugin: the storage location fields are the server's (a client that could set
 * them could point a record at another file), and a bucket that does not take an upload is a 503
 * with a stable code instead of the SDK's error as a 500 (the plugin uploads in the last
 * afterChange hook, inside the record's transaction, so the record is rolled back with it).
 */
const mediaStorageRules =
  (store: MediaStore): Plugin =>
  (config: Config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug !== MEDIA_SLUG) return collection
      const afterChange = [...(collection.hooks?.afterChange ?? [])]
      const upload = store.kind === 's3' ? afterChange.pop() : undefined
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: upload ? [...afterChange, storageUnavailableAs503(upload)] : afterChange,
        },
        fields: collection.fields.map((field) =>
          field.type === 'text' && (field.name === 'prefix' || field.name === '_objectKey')
            ? { ...field, access: { ...field.access, create: fieldServerOnly, update: fieldServerOnly } }
            : field,
        ),
      }
    }),
  })

const storageUnavailableAs503 =
  (hook: CollectionAfterChangeHook): CollectionAfterChangeHook =>
  async (args) => {
    try {
      return await hook(args)
    } catch (error) {
      if (error instanceof DatelineError) throw error
      args.req.payload.logger.error({ err: error, msg: 'media upload to S3 failed' })
      throw new MediaStorageUnavailable()
    }
  }

let client: { key: string; s3: S3Client } | undefined

/** Removes stored files by name (no error if one is already gone). */
export async function removeStoredFiles(store: MediaStore, names: string[]): Promise<void> {
  if (store.kind === 'local') {
    const root = path.resolve(store.staticDir)
    for (const name of names) {
      const file = path.resolve(root, name)
      if (file.startsWith(root + path.sep)) await fs.rm(file, { force: true })
    }
    return
  }
  const key = `${store.bucket}:${String(store.client.endpoint)}`
  if (client?.key !== key) client = { key, s3: new S3Client(store.client) }
  for (const name of names) {
    if (name.includes('/') || name.includes('\\') || name === '..') continue
    await client.s3.send(new DeleteObjectCommand({ Bucket: store.bucket, Key: path.posix.join(store.prefix, name) }))
  }
}
