import type { ReactNode } from 'react'

import type { CorrespondentPage, ListEntry, MediaDoc, StoryPage } from '../public'
import { Body, placedMediaIds, type Mark } from './Body'
import { Figure } from './Figure'
import { imageSource, largestImage, latest, longDate, shortDate } from './format'
import { modifiedAt, newsArticle, scriptJson } from './jsonLd'
import { STYLES } from './styles'

/** Where pages link: the reader site itself and the API (feeds) it reads. */
export type SiteUrls = { site: string; api: string }

type Head = {
  title: string
  description?: string | null
  canonical?: string
  /** Open Graph properties (`og:…`, `article:…`) and Twitter card names (`twitter:…`). */
  social?: Array<[string, string]>
  jsonLd?: Record<string, unknown>
  noindex?: boolean
}

/** The page shell: head with meta tags, site header and footer, and the main column. */
export function Layout({ head, urls, banner, children }: { head: Head; urls: SiteUrls; banner?: ReactNode; children: ReactNode }): ReactNode {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${head.title} — Dateline`}</title>
        {head.description ? <meta name="description" content={head.description} /> : null}
        {head.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
        {head.canonical ? <link rel="canonical" href={head.canonical} /> : null}
        <link rel="alternate" type="application/rss+xml" title="Dateline (RSS)" href={`${urls.api}/feeds/rss.xml`} />
        <link rel="alternate" type="application/feed+json" title="Dateline (JSON Feed)" href={`${urls.api}/feeds/feed.json`} />
        {(head.social ?? []).map(([property, content]) =>
          property.startsWith('twitter:') ? (
            <meta key={property + content} name={property} content={content} />
          ) : (
            <meta key={property + content} property={property} content={content} />
          ),
        )}
        {head.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(head.jsonLd) }} /> : null}
        <style dangerouslySetInnerHTML={{ __html: STYLES }} />
      </head>
      <body>
        <a className="skip" href="#main">
          Skip to the story
        </a>
        {banner}
        <header className="site">
          <a className="brand" href="/">
            Dateline
          </a>
        </header>
        <main id="main">{children}</main>
        <footer className="site">
          <p>
            Dateline · <a href={`${urls.api}/feeds/rss.xml`}>RSS</a> · <a href={`${urls.api}/feeds/feed.json`}>JSON Feed</a>
          </p>
        </footer>
      </body>
    </html>
  )
}

const personOf = (entry: NonNullable<ListEntry['byline']>[number]) => (typeof entry.correspondent === 'object' ? entry.correspondent : null)

/** "John Irvine, Senior International Correspondent; Sean Swan, cameraman", each name a link. */
export function Byline({ byline }: { byline: Array<{ role: string; correspondent: { name: string; slug: string; title: string | null } | null }> }): ReactNode {
  const people = byline.filter((entry) => entry.correspondent)
  if (people.length === 0) return null
  return (
    <p className="byline">
      By{' '}
      {people.map((entry, index) => (
        <span key={entry.correspondent!.slug}>
          {/* People are parted by semicolons: their titles have commas of their own. */}
          {index > 0 ? (people.some((p) => p.correspondent!.title) ? '; ' : index === people.length - 1 ? ' and ' : ', ') : null}
          <a href={`/people/${encodeURIComponent(entry.correspondent!.slug)}`} rel="author">
            {entry.correspondent!.name}
          </a>
          {entry.correspondent!.title ? <span className="title">{`, ${entry.correspondent!.title}`}</span> : null}
        </span>
      ))}
    </p>
  )
}

function DateLine({ iso, label }: { iso: string | null; label: string }): ReactNode {
  const text = longDate(iso)
  return text ? (
    <>
      {`${label} `}
      <time dateTime={iso!}>{text}</time>
    </>
  ) : null
}

/** The story itself: shared by the public page and the preview. */
export function Story({ story, marks }: { story: StoryPage; marks?: Mark[] }): ReactNode {
  const placed = placedMediaIds(story.body)
  const unplaced = story.media.filter((media) => !placed.has(media.id))
  const lead = placed.size === 0 ? unplaced.shift() : undefined
  // "Updated" is when the story was last corrected: what changed for readers, and when.
  const updated = latest(...story.corrections.map((c) => c.at))
  return (
    <article>
      {story.dateline ? <p className="kicker">{story.dateline}</p> : null}
      <h1>{story.headline}</h1>
      {story.standfirst ? <p className="standfirst">{story.standfirst}</p> : null}
      <Byline byline={story.byline} />
      <p className="meta">
        <DateLine iso={story.firstPublishedAt ?? story.publishedAt} label="Published" />
        {updated ? (
          <>
            {' · '}
            <span className="updated">
              <DateLine iso={updated} label="Updated" />
            </span>
          </>
        ) : null}
      </p>
      {lead ? <Figure media={lead} eager /> : null}
      <Body body={story.body} marks={marks} />
      {unplaced.map((media) => (
        <Figure key={media.id} media={media} />
      ))}
      {story.quotes.docs.length > 0 ? (
        <section className="quoted" aria-labelledby="quoted">
          <h2 id="quoted">Quoted in this story</h2>
          {story.quotes.docs.map((quote) => (
            <blockquote key={quote.id}>
              <p>{`“${quote.text}”`}</p>
              {quote.speaker.name ? (
                <cite>
                  {`— ${quote.speaker.name}${quote.speaker.description ? `, ${quote.speaker.description}` : ''}`}
                </cite>
              ) : null}
            </blockquote>
          ))}
        </section>
      ) : null}
      {story.corrections.length > 0 ? (
        <section className="corrections" aria-labelledby="corrections">
          <h2 id="corrections">Corrections</h2>
          <ul>
            {story.corrections.map((correction) => (
              <li key={correction.at + correction.text}>
                <time dateTime={correction.at}>{longDate(correction.at)}</time>
                {`: ${correction.text}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {story.tags.length > 0 ? <p className="tags">{`Topics: ${story.tags.join(', ')}`}</p> : null}
    </article>
  )
}

/** Open Graph and Twitter card tags of a story. */
function storySocial(story: StoryPage, canonical: string): Array<[string, string]> {
  const tags: Array<[string, string]> = [
    ['og:type', 'article'],
    ['og:site_name', 'Dateline'],
    ['og:title', story.headline],
    ['og:url', canonical],
    ['twitter:card', story.media.length ? 'summary_large_image' : 'summary'],
    ['twitter:title', story.headline],
  ]
  if (story.standfirst) tags.push(['og:description', story.standfirst], ['twitter:description', story.standfirst])
  const picture = story.media.map((media) => ({ media, file: largestImage(media) })).find((p) => p.file)
  if (picture?.file) {
    tags.push(['og:image', picture.file.url], ['og:image:width', String(picture.file.width)], ['og:image:height', String(picture.file.height)])
    tags.push(['twitter:image', picture.file.url])
    if (picture.media.alt) tags.push(['og:image:alt', picture.media.alt], ['twitter:image:alt', picture.media.alt])
  }
  const published = story.firstPublishedAt ?? story.publishedAt
  if (published) tags.push(['article:published_time', published])
  const modified = modifiedAt(story)
  if (modified) tags.push(['article:modified_time', modified])
  for (const tag of story.tags) tags.push(['article:tag', tag])
  return tags
}

export function StoryPageView({ story, urls }: { story: StoryPage; urls: SiteUrls }): ReactNode {
  const canonical = `${urls.site}/stories/${encodeURIComponent(story.slug)}`
  return (
    <Layout
      urls={urls}
      head={{ title: story.headline, description: story.standfirst, canonical, social: storySocial(story, canonical), jsonLd: newsArticle(story, urls.site) }}
    >
      <Story story={story} />
    </Layout>
  )
}

function cardImage(media: ListEntry['media']): MediaDoc | null {
  const first = (media ?? []).find((m): m is MediaDoc => typeof m === 'object' && m !== null)
  return first && imageSource(first) ? first : null
}

/** A list of stories: headline, picture, standfirst, byline, date. */
export function StoryList({ stories, headingLevel = 2 }: { stories: ListEntry[]; headingLevel?: 2 | 3 }): ReactNode {
  const H = `h${headingLevel}` as 'h2'
  return (
    <ul className="list">
      {stories.map((entry, index) => {
        const picture = cardImage(entry.media)
        const source = picture ? imageSource(picture, 768) : null
        const date = entry.firstPublishedAt ?? entry.publishedAt ?? null
        return (
          <li key={entry.id}>
            {picture && source ? (
              <img
                src={source.src}
                srcSet={source.srcSet || undefined}
                sizes={source.srcSet ? '(min-width: 46rem) 42rem, 100vw' : undefined}
                width={source.width || undefined}
                height={source.height || undefined}
                alt={picture.alt ?? ''}
                loading={index === 0 ? 'eager' : 'lazy'}
                decoding="async"
              />
            ) : null}
            <H>
              <a href={`/stories/${encodeURIComponent(entry.slug)}`}>{entry.headline}</a>
            </H>
            {entry.standfirst ? <p>{entry.standfirst}</p> : null}
            {entry.byline?.length ? <Byline byline={entry.byline.map((b) => ({ role: b.role, correspondent: personOf(b) }))} /> : null}
            {date ? (
              <time dateTime={date}>
                {entry.dateline ? `${entry.dateline} · ` : ''}
                {shortDate(date)}
              </time>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

export type Pager = { newer?: string; older?: string }

function PagerNav({ pager }: { pager: Pager }): ReactNode {
  if (!pager.newer && !pager.older) return null
  return (
    <nav className="pager" aria-label="More stories">
      {pager.newer ? <a href={pager.newer}>← Newer stories</a> : <span />}
      {pager.older ? (
        <a href={pager.older} rel="next">
          Older stories →
        </a>
      ) : null}
    </nav>
  )
}

export function HomePage({ stories, pager, urls, canonical }: { stories: ListEntry[]; pager: Pager; urls: SiteUrls; canonical: string }): ReactNode {
  return (
    <Layout
      urls={urls}
      head={{
        title: 'Latest stories',
        description: 'The latest dispatches from Dateline correspondents.',
        canonical,
        social: [
          ['og:type', 'website'],
          ['og:site_name', 'Dateline'],
          ['og:title', 'Dateline — latest stories'],
          ['og:url', canonical],
          ['twitter:card', 'summary'],
        ],
      }}
    >
      <h1>Latest stories</h1>
      {stories.length === 0 ? <p>No stories have been published yet.</p> : <StoryList stories={stories} />}
      <PagerNav pager={pager} />
    </Layout>
  )
}

export function PersonPage({ person, urls }: { person: CorrespondentPage; urls: SiteUrls }): ReactNode {
  const canonical = `${urls.site}/people/${encodeURIComponent(person.slug)}`
  const photo = person.photo ? imageSource(person.photo, 320) : null
  const description = [person.title, person.bureau].filter(Boolean).join(', ') || null
  return (
    <Layout
      urls={urls}
      head={{
        title: person.name,
        description,
        canonical,
        social: [
          ['og:type', 'profile'],
          ['og:site_name', 'Dateline'],
          ['og:title', person.name],
          ['og:url', canonical],
          ['twitter:card', 'summary'],
        ],
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: person.name,
          ...(person.title ? { jobTitle: person.title } : {}),
          url: canonical,
          ...(person.bureau ? { workLocation: person.bureau } : {}),
        },
      }}
    >
      {person.photo && photo ? (
        <img className="person-photo" src={photo.src} srcSet={photo.srcSet || undefined} sizes="8rem" width={photo.width || undefined} height={photo.height || undefined} alt={person.photo.alt ?? `Portrait of ${person.name}`} />
      ) : null}
      <h1>{person.name}</h1>
      {person.title ? <p className="standfirst">{person.title}</p> : null}
      {person.bureau ? <p className="meta">{`Bureau: ${person.bureau}`}</p> : null}
      {person.bio ? <p>{person.bio}</p> : null}
      <h2>Latest stories</h2>
      {person.stories.length === 0 ? <p>No published stories yet.</p> : <StoryList stories={person.stories} headingLevel={3} />}
    </Layout>
  )
}

/** A page that says what went wrong, in words (404, 410, 400, 403, 500). */
export function ProblemPage({
  title,
  message,
  urls,
  action = { href: '/', label: 'Read the latest stories' },
}: {
  title: string
  message: string
  urls: SiteUrls
  action?: { href: string; label: string }
}): ReactNode {
  return (
    <Layout urls={urls} head={{ title, noindex: true }}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={action.href}>{action.label}</a>
      </p>
    </Layout>
  )
}
