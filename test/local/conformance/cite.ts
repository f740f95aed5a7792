/**
 * Names the public Google page that documents a behaviour, for a conformance case's title:
 * `it(cite(url, 'getValues returns "" for an empty cell'), …)`.
 */
export function cite(url: string, title: string): string {
  return `${title} — ${url}`;
}
