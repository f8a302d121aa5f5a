/**
 * A word diff for legal: what changed in a story's text since the text legal approved. No diff
 * library is installed (jsdiff is not in node_modules, and none may be added), so this is Myers'
 * O((N+M)·D) algorithm over word and space tokens, after trimming the common head and tail:
 * a desk edit between two reads is usually a few words in a long story.
 */

export type DiffOp = 'equal' | 'insert' | 'delete'
export type DiffPart = { op: DiffOp; text: string }

/** Beyond this many changed tokens the middle is shown as one deletion and one insertion. */
const MAX_EDIT_DISTANCE = 2000

/** Splits text into words and the runs of space between them; joining the tokens gives the text back. */
export const wordTokens = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? []

/**
 * Returns the parts that turn `before` into `after`: joining the `equal` and `delete` parts gives
 * `before`, joining `equal` and `insert` gives `after`. Neighbouring parts of one kind are merged,
 * and a deletion comes before the insertion that replaces it.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = wordTokens(before)
  const b = wordTokens(after)
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1

  const edits: Edit[] = [
    ...a.slice(0, head).map((token): Edit => ['equal', token]),
    ...middleEdits(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map((token): Edit => ['equal', token]),
  ]
  return mergeEdits(edits)
}

/** Joins token edits into parts; within each changed stretch the deleted words come first, then the inserted. */
function mergeEdits(edits: Edit[]): DiffPart[] {
  const parts: DiffPart[] = []
  let deleted = ''
  let inserted = ''
  const flush = (): void => {
    if (deleted) parts.push({ op: 'delete', text: deleted })
    if (inserted) parts.push({ op: 'insert', text: inserted })
    deleted = ''
    inserted = ''
  }
  for (const [op, token] of edits) {
    if (op === 'delete') deleted += token
    else if (op === 'insert') inserted += token
    else {
      flush()
      const last = parts[parts.length - 1]
      if (last?.op === 'equal') last.text += token
      else parts.push({ op: 'equal', text: token })
    }
  }
  flush()
  return parts
}

type Edit = [DiffOp, string]

/** Myers' shortest edit script between two token lists, as a list of token edits. */
function middleEdits(a: string[], b: string[]): Edit[] {
  if (a.length === 0) return b.map((token): Edit => ['insert', token])
  if (b.length === 0) return a.map((token): Edit => ['delete', token])
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDIT_DISTANCE)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // Before step d only diagonals -d..d matter, so each step keeps just those: memory grows with
  // the square of the edit distance, not with its product by the length of the text.
  const trace: Int32Array[] = []

  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d, offset + d + 1))
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x += 1
        y += 1
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, a, b)
    }
  }
  // Too different to be worth aligning: the whole middle was replaced.
  return [...a.map((token): Edit => ['delete', token]), ...b.map((token): Edit => ['insert', token])]
}

function backtrack(trace: Int32Array[], a: string[], b: string[]): Edit[] {
  const edits: Edit[] = []
  let x = a.length
  let y = b.length
  for (let d = trace.length - 1; d > 0; d -= 1) {
    const step = trace[d]!
    const at = (k: number): number => step[k + d]!
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      x -= 1
      y -= 1
      edits.push(['equal', a[x]!])
    }
    if (down) {
      y -= 1
      edits.push(['insert', b[y]!])
    } else {
      x -= 1
      edits.push(['delete', a[x]!])
    }
  }
  while (x > 0 && y > 0) {
    x -= 1
    y -= 1
    edits.push(['equal', a[x]!])
  }
  return edits.reverse()
}
