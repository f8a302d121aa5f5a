import type { ReactNode } from 'react'

import type { PublicMedia } from '../public'
import { imageSource } from './format'

/** The widths a picture is shown at: the column (42rem) on wide screens, the screen below that. */
const SIZES = '(min-width: 46rem) 42rem, 100vw'

/** A picture with its caption and credit line as printed; no file yet → the caption alone. */
export function Figure({ media, eager = false }: { media: PublicMedia; eager?: boolean }): ReactNode {
  const source = imageSource(media)
  return (
    <figure className="picture">
      {source ? (
        <img
          src={source.src}
          srcSet={source.srcSet || undefined}
          sizes={source.srcSet ? SIZES : undefined}
          width={source.width || undefined}
          height={source.height || undefined}
          alt={media.alt ?? ''}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          fetchPriority={eager ? 'high' : undefined}
        />
      ) : null}
      <figcaption>
        {media.caption ? <span className="caption">{`${media.caption} `}</span> : null}
        <span className="credit">{`Credit: ${media.creditLine}`}</span>
      </figcaption>
    </figure>
  )
}
