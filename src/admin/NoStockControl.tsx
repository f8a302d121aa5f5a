/**
 * Stands in for the admin's own Publish, Unpublish and status controls on dispatches: a story
 * changes status only through the workflow panel (the server refuses the stock requests anyway,
 * and a button that always fails is worse than none).
 */
export function NoStockControl(): null {
  return null
}
