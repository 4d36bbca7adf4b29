/**
 * The next search parameters of a list page whose filters live in the URL (so a view can be bookmarked
 * and shared): `changes` set or (undefined / empty) remove keys, and a filter change goes back to page 1
 * unless `keepPage`. Pages pass it to setSearchParams as an updater, `setParams((p) => withChanges(p, …))`,
 * so the change applies to the URL as it is when it lands, not as the render that made the handler saw
 * it: a filter applied on blur or Enter right after another one would otherwise drop the first.
 */
export function withChanges(
  current: URLSearchParams,
  changes: Readonly<Record<string, string | undefined>>,
  keepPage = false,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [k, v] of Object.entries(changes)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  if (!keepPage) next.delete('page');
  return next;
}
