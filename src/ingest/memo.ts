/**
 * The extractor reads the same paragraph and sentence many times over (every rule, every quote of
 * a paragraph, the passage read after the quote read). A reading that depends on the text alone is
 * kept by its text, in a bounded map emptied when full, so a long import does not grow it.
 */
const all: Map<string, unknown>[] = []

/** Forgets every reading kept: each story is read afresh (and a benchmark of many copies of one story measures reading, not recall). */
export function forgetReadings(): void {
  for (const kept of all) kept.clear()
}

export function byText<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const kept = new Map<string, T>()
  all.push(kept as Map<string, unknown>)
  return (text) => {
    const known = kept.get(text)
    if (known !== undefined || kept.has(text)) return known as T
    if (kept.size >= limit) kept.clear()
    const value = read(text)
    kept.set(text, value)
    return value
  }
}
