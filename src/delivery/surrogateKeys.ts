/**
 * The names a public answer is tagged with (`Surrogate-Key`, `Cache-Tag`, and the in-process
 * cache): a change names the keys it touches, and only answers carrying one of them are dropped.
 * Tokens never contain spaces or commas, so both header syntaxes can carry them.
 */
export const storyKey = (id: number | string): string => `story-${id}`
export const personKey = (id: number | string): string => `person-${id}`
export const pictureKey = (id: number | string): string => `picture-${id}`
/** A correspondent's list of stories (their page), apart from the stories that show them. */
export const bylineKey = (id: number | string): string => `byline-${id}`
export const tagKey = (tag: string): string => `tag-${encodeURIComponent(tag.toLowerCase()).replace(/[!'()*,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`
/** The public story list. */
export const LIST_KEY = 'stories'
/** Any story's public copy: named by every story change, for Payload's own REST lists of dispatches. */
export const ANY_STORY_KEY = 'dispatches'
/** The RSS and JSON feeds. */
export const FEED_KEY = 'feed'
/** Public lists of correspondents and of media assets (Payload's own REST reads). */
export const PEOPLE_KEY = 'people'
export const PICTURES_KEY = 'pictures'

/** The header value: space separated (Fastly `Surrogate-Key`) or comma separated (Cloudflare `Cache-Tag`). */
export const surrogateHeader = (keys: readonly string[]): string => keys.join(' ')
export const cacheTagHeader = (keys: readonly string[]): string => keys.join(',')
