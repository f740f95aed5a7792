/**
 * Reads back a pre-filled URL of this runtime (prefill.ts writes them), for the preview's form
 * page. Kept apart from the service so that the page's bundle takes nothing else.
 */

/**
 * The answers a pre-filled URL of this runtime carries, by item id; null when the URL is not one.
 * @example prefilledAnswers('https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.3=M01') // { publishedId: 'X', answers: { '3': 'M01' } }
 */
export function prefilledAnswers(
  url: string,
): { publishedId: string; answers: Record<string, string> } | null {
  const m = /^https:\/\/docs\.google\.com\/forms\/d\/e\/([^/?#]+)\/viewform(?:\?([^#]*))?/.exec(url);
  if (!m) return null;
  const answers: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(m[2] ?? '')) {
    const entry = /^entry\.(\d+)$/.exec(key);
    if (entry) answers[entry[1]!] = value;
  }
  return { publishedId: m[1]!, answers };
}
