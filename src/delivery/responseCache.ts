/** A public answer kept as the exact bytes sent, with its tag, so a hit costs no serialisation. */
export type CachedResponse = {
  body: Buffer
  etag: string
  contentType: string
  /** The surrogate keys of what the answer shows (src/delivery/surrogateKeys.ts). */
  keys?: readonly string[]
  /** A `Link` header sent with it (the next page of a list). */
  link?: string
}

/**
 * A bounded LRU of public responses (by entry count and total bytes), each entry filed under its
 * surrogate keys so a change drops only the answers that show what changed. `generation` moves on
 * at every invalidation; a response computed while it moved is not stored, because it may have
 * been read from the database before the change that caused the invalidation was committed.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>()
  private readonly byKey = new Map<string, Set<string>>()
  private bytes = 0
  private gen = 0
  private suspended = false

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get enabled(): boolean {
    return this.maxEntries > 0 && this.maxBytes > 0 && !this.suspended
  }

  /** Stops (and empties) or resumes caching, e.g. while invalidations from other instances cannot arrive. */
  suspend(on: boolean): void {
    if (on) this.invalidate()
    this.suspended = on
  }

  get generation(): number {
    return this.gen
  }

  get size(): number {
    return this.entries.size
  }

  get totalBytes(): number {
    return this.bytes
  }

  /** Returns the entry and marks it most recently used. */
  get(key: string): CachedResponse | undefined {
    if (this.suspended) return undefined
    const entry = this.entries.get(key)
    if (entry === undefined) return undefined
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores a response computed during `generation`; returns false when it is stale or too big. */
  set(key: string, entry: CachedResponse, generation: number): boolean {
    if (!this.enabled || generation !== this.gen || entry.body.length > this.maxBytes) return false
    this.remove(key)
    this.entries.set(key, entry)
    this.bytes += entry.body.length
    for (const tag of entry.keys ?? []) {
      let keys = this.byKey.get(tag)
      if (!keys) this.byKey.set(tag, (keys = new Set()))
      keys.add(key)
    }
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string
      this.remove(oldest)
    }
    return true
  }

  /** Forgets every entry and moves the generation on. */
  invalidate(): void {
    this.gen += 1
    this.entries.clear()
    this.byKey.clear()
    this.bytes = 0
  }

  /** Forgets the entries filed under any of these surrogate keys; returns how many went. */
  invalidateKeys(keys: Iterable<string>): number {
    // In-flight answers may have read the old copy: none of them is stored.
    this.gen += 1
    let dropped = 0
    for (const tag of keys) {
      const cacheKeys = this.byKey.get(tag)
      if (!cacheKeys) continue
      for (const key of [...cacheKeys]) {
        if (this.entries.has(key)) dropped += 1
        this.remove(key)
      }
      this.byKey.delete(tag)
    }
    return dropped
  }

  private remove(key: string): void {
    const old = this.entries.get(key)
    if (!old) return
    this.entries.delete(key)
    this.bytes -= old.body.length
    for (const tag of old.keys ?? []) {
      const keys = this.byKey.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.byKey.delete(tag)
    }
  }
}
