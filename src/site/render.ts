import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'

/** Returns a whole HTML document for a page element. */
export function renderPage(element: ReactNode): string {
  return `<!doctype html>${renderToString(element)}`
}
