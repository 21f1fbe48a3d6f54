import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); the tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export function browserUnavailableReason(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium); browser tests skipped`;
}

/**
 * Headless Chromium with nothing that talks to the network on its own. Playwright gives every launch a
 * fresh temporary `--user-data-dir` (it refuses one in `args`), and each `newContext()` is a clean profile.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const screenshotDir = path.resolve(__dirname, '../screenshots');

/** A full-page screenshot in test/browser/screenshots/ (git-ignored), to look at after the run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await settled(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Waits for CSS transitions to end: colours and layout mid-transition are not what the user ends up with. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(`document.getAnimations().every((a) => a.playState !== 'running')`);
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string; failureSummary?: string }[] };
let axeSource: string | null = null;

/** axe-core's serious and critical violations on the page as it is now, one readable line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
  await settled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  // A string, not a function: the test's transpiler would rewrite an async function with helpers the page lacks.
  const violations = (await page.evaluate(`window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} (${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)})`).join(', ')}`);
}

/** The page's visible text (what a user could read), for checks like "the note never shows". */
export function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}
