/** Small DOM helpers for the pages: every text goes in through textContent. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** Marks a region busy while `work` runs, so screen readers and the eye both see it. */
export async function busy<T>(
  region: HTMLElement,
  status: HTMLElement,
  text: string,
  work: () => Promise<T>,
): Promise<T> {
  region.setAttribute('aria-busy', 'true');
  status.textContent = text;
  try {
    return await work();
  } finally {
    region.setAttribute('aria-busy', 'false');
  }
}
