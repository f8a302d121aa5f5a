/**
 * Holds Node's event loop open until the returned function is called. While modules load through
 * tsx's loader thread nothing else may hold it, and under load Node can find the loop empty and
 * exit 0 in the middle of a start (seen: 2 of 6 simultaneous server starts). Entry points that
 * import lazily hold the loop for as long as they are loading.
 */
export function holdEventLoop(): () => void {
  const timer = setInterval(() => {}, 1000)
  return () => clearInterval(timer)
}
