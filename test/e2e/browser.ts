/**
 * Debian's chromium through playwright-core. Without chromium the browser tests are
 * skipped with the reason, except under CI=true, where a missing browser is a failure.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);

/** describe() for tests that need a browser. */
export function describeInBrowser(name: string, body: () => void): void {
  if (available) describe(name, body);
  else if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a browser to run in', () => {
        throw new Error(`CI=true but there is no chromium at ${CHROMIUM}: apt-get install -y chromium`);
      });
    });
  } else describe.skip(`${name} (skipped: no chromium at ${CHROMIUM}; apt-get install -y chromium)`, body);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
    // Playwright gives every launch a fresh, temporary user-data dir of its own.
  });
}

/** Saves a screenshot as a test artifact under test-results/screenshots. */
export async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
  const dir = join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path });
  return path;
}
