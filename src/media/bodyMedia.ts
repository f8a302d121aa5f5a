/** Returns the ids of media-assets placed inline in a Lexical document, in order, without repeats. */
export function bodyMediaIds(body: unknown): Array<number | string> {
  const found: Array<number | string> = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (record.type === 'upload' && record.relationTo === 'media-assets') {
      const value = record.value
      const id =
        typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
      if ((typeof id === 'number' || typeof id === 'string') && !found.includes(id)) found.push(id)
    }
    const children = record.children ?? (record.root ? [record.root] : undefined)
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit(body)
  return found
}
