/**
 * The keys each Lexical node the editor produces may carry, and their allowed values (zod, strict).
 * Payload stores a body as sent and the public JSON prints every key of it, while legal reads a
 * text's words (and, by src/legal/storyText.ts, the few other strings a reader gets: a link's
 * address, a picture's placement fields, a node's id). So a key the editor never writes, Lexical's
 * `$` node state, a paragraph `format` or `direction` that is not an alignment or a direction, a
 * `style` that is not CSS the editor writes, a link field Payload's link feature does not store:
 * each would be words printed that no reading checks, and is refused. Shapes from Lexical 0.50's
 * and @payloadcms/richtext-lexical 3.90's `exportJSON` (lexicalEditor() defaults). Pure.
 */
import { z } from 'zod'

/** Lexical's element alignments (ElementFormatType), '' for none. */
const ALIGNMENTS = ['', 'left', 'start', 'center', 'right', 'end', 'justify'] as const

/**
 * CSS properties Lexical's style helpers ($patchStyleText) write: colour, size, family, weight.
 * No custom property (`--note: "…"`), no `content`: none of them carries free words.
 */
const STYLE_PROPERTIES: ReadonlySet<string> = new Set(['color', 'background-color', 'font-size', 'font-family', 'font-weight', 'font-style', 'text-decoration', 'line-height'])

/** Keywords a style value may be: CSS's own words, colour names, generic and common font families. */
const STYLE_KEYWORDS: ReadonlySet<string> = new Set([
  'normal', 'bold', 'bolder', 'lighter', 'italic', 'oblique', 'underline', 'line-through', 'overline', 'none', 'inherit', 'initial', 'unset',
  'transparent', 'currentcolor', 'black', 'white', 'red', 'green', 'blue', 'gray', 'grey', 'yellow', 'orange', 'purple', 'brown', 'pink',
  'serif', 'sans-serif', 'monospace', 'cursive', 'system-ui', 'arial', 'helvetica', 'georgia', 'verdana', 'tahoma', 'courier',
  'small', 'medium', 'large', 'x-large', 'x-small', 'smaller', 'larger',
])

const STYLE_TOKEN = /^(?:#[0-9a-f]{3,8}|-?\d+(?:\.\d+)?(?:px|em|rem|pt|%)?|(?:rgb|rgba|hsl|hsla)\([\d.,%\s/]+\))$/i

/** Returns what is wrong with a `style`/`textStyle` string, or null: only `property: value;` declarations of the kinds above. */
export function styleProblem(style: string): string | null {
  if (style.trim() === '') return null
  if (style.length > 400) return `is ${style.length} characters; the editor writes a few declarations`
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue
    const colon = declaration.indexOf(':')
    const property = (colon < 0 ? declaration : declaration.slice(0, colon)).trim().toLowerCase()
    if (colon < 0 || !STYLE_PROPERTIES.has(property)) return `declares ${JSON.stringify(property.slice(0, 40))}, not a property the editor writes (${[...STYLE_PROPERTIES].join(', ')})`
    const tokens = declaration
      .slice(colon + 1)
      .replace(/\([^)]*\)/g, (fn) => fn.replace(/[\s,]/g, ''))
      .split(/[\s,]+/)
      .filter(Boolean)
    if (tokens.length === 0 || tokens.length > 6) return `gives ${property} ${tokens.length === 0 ? 'no value' : 'more values than CSS takes'}`
    const bad = tokens.find((token) => !STYLE_TOKEN.test(token) && !STYLE_KEYWORDS.has(token.toLowerCase()))
    if (bad !== undefined) return `gives ${property} the value ${JSON.stringify(bad.slice(0, 40))}, not a colour, size or CSS keyword`
  }
  return null
}

const style = z.string().superRefine((value, ctx) => {
  const problem = styleProblem(value)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})
const count = z.number().int().min(0).max(0xffff)
const version = z.number().int().min(0).max(100)
const children = z.array(z.unknown())
/** A key Payload gives a node it tracks (a link, a picture): letters, digits, `-` and `_` (read as words by storyText.ts). */
const nodeId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be letters, digits, - and _ (at most 64)')

const elementKeys = {
  type: z.string(),
  version: version.optional(),
  children,
  direction: z.enum(['ltr', 'rtl']).nullable().optional(),
  format: z.union([z.enum(ALIGNMENTS), z.number().int().min(0).max(6)]).optional(),
  indent: z.number().int().min(0).max(64).optional(),
  textFormat: count.optional(),
  textStyle: style.optional(),
}
const textKeys = {
  type: z.string(),
  version: version.optional(),
  text: z.string(),
  format: count.optional(),
  detail: count.optional(),
  mode: z.enum(['normal', 'token', 'segmented']).optional(),
  style: style.optional(),
  children: children.max(0).optional(),
}
/** Leaves with nothing but their type: an empty `children` is tolerated (validateBody refuses a full one first). */
const bareLeaf = z.strictObject({ type: z.string(), version: version.optional(), children: children.max(0).optional() })

/** The node shapes, given the collections a node may point at (Payload's own slugs). */
export function nodeSchemas(collections: ReadonlySet<string> | null): Record<string, z.ZodType> {
  const collection = z.string().refine((slug) => collections === null || collections.has(slug), 'is not a collection of this CMS')
  const reference = z.unknown()
  const linkFields = z.strictObject({
    linkType: z.enum(['custom', 'internal']),
    url: z.string().max(2048).optional(),
    newTab: z.boolean().optional(),
    doc: z.strictObject({ relationTo: collection, value: reference }).nullable().optional(),
  })
  const link = z.strictObject({
    ...elementKeys,
    fields: linkFields,
    id: nodeId.optional(),
    // Payload's link converters write rel from newTab; a node carrying one may carry only those words.
    rel: z.string().regex(/^(?:noopener|noreferrer|nofollow)(?: (?:noopener|noreferrer|nofollow))*$/, 'must be noopener, noreferrer or nofollow').nullable().optional(),
  })
  const embedKeys = { type: z.string(), version: version.optional(), format: z.union([z.enum(ALIGNMENTS), z.number().int().min(0).max(6)]).optional(), relationTo: collection, value: reference, children: children.max(0).optional() }
  return {
    root: z.strictObject(elementKeys),
    paragraph: z.strictObject(elementKeys),
    quote: z.strictObject(elementKeys),
    heading: z.strictObject({ ...elementKeys, tag: z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']).optional() }),
    list: z.strictObject({ ...elementKeys, listType: z.enum(['bullet', 'number', 'check']).optional(), start: z.number().int().min(0).max(1_000_000).optional(), tag: z.enum(['ul', 'ol']).optional() }),
    listitem: z.strictObject({ ...elementKeys, value: z.number().int().min(0).max(1_000_000).optional(), checked: z.boolean().nullable().optional() }),
    link,
    autolink: link,
    text: z.strictObject(textKeys),
    tab: z.strictObject(textKeys),
    linebreak: bareLeaf,
    horizontalrule: bareLeaf,
    // A placement's own fields (Payload's per-collection upload fields) are read as words by storyText.ts.
    upload: z.strictObject({ ...embedKeys, id: nodeId.optional(), fields: z.record(z.string(), z.unknown()).nullable().optional(), pending: z.unknown().optional() }),
    relationship: z.strictObject(embedKeys),
  }
}

/** Returns what is wrong with one node's own keys (children not followed), naming the node path and the key, or null. */
export function nodeKeysProblem(node: Record<string, unknown>, type: string, path: string, schemas: Record<string, z.ZodType>): string | null {
  if ('$' in node) return `${path} is a ${type} node carrying Lexical's node state ($); the editor writes none, and readers would be printed words no reading checks`
  const schema = schemas[type]
  if (!schema) return null
  const result = schema.safeParse(node)
  if (result.success) return null
  const issue = result.error.issues[0]!
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 6).map((key) => JSON.stringify(key.slice(0, 40)))
    const at = issue.path.length > 0 ? `${path}.${issue.path.join('.')}` : path
    return `${at} (a ${type} node${issue.path.length > 0 ? `'s ${issue.path.join('.')}` : ''}) carries ${keys.join(', ')}, which the editor never writes; readers would be printed words no reading checks`
  }
  const key = issue.path.join('.')
  const value = issue.path.reduce<unknown>((at, step) => (at && typeof at === 'object' ? (at as Record<string | number, unknown>)[step as string | number] : undefined), node)
  const shown = JSON.stringify(value)?.slice(0, 60) ?? 'nothing'
  return `${path}.${key} of a ${type} node is ${shown}: ${issue.message}`
}
