/** A public answer kept as the exact bytes sent, with its tag, so a hit costs no serialisation. */
export type CachedResponse = {
  body: Buffer
  etag: string
  contentType: string
}

/**
 * A bounded LRU of public responses (by entry count and total bytes). `generation` moves on at
 * every invalidation; a response computed while it moved is not stored, because it may have been
 * read from the database before the change that caused the invalidation was committed.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>()
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
    this.bytes = 0
  }

  private remove(key: string): void {
    const old = this.entries.get(key)
    if (!old) return
    this.entries.delete(key)
    this.bytes -= old.body.length
  }
}
