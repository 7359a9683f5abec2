/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (CHC_CHROMIUM to use another); .ci/run installs it. */
export function chromiumPath(): string {
  const candidates = [process.env.CHC_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c!));
  if (!found) {
    throw new Error(
      'no chromium found: apt-get install chromium, or set CHC_CHROMIUM to a Chromium binary',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

export const SCREENSHOTS = path.resolve(__dirname, '../../test-artifacts/screenshots');

/** Opens a view and waits until it has rendered its data (or its empty or error state). */
export async function openView(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await waitForView(page);
}

export async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.getElementById('main');
    return (
      main?.getAttribute('aria-busy') === 'false' && !main.querySelector('[role="status"].state')
    );
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
