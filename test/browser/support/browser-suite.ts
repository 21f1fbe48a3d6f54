import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { TestUser } from '../../support/factories';
import type { TestApp } from '../../support/test-app';
import { launchChromium, screenshot, seriousAccessibilityViolations } from './browser';
import { startWebApp } from './web-app';

export type BrowserSuite = {
  /** The API serving the built web app (after beforeAll). */
  readonly t: TestApp;
  /** A page in a fresh browser context (its own cookies), logging page errors to the test output. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Fails on any serious or critical axe-core violation on the page as it is now. */
  expectAccessible(page: Page): Promise<void>;
  /** Logs in through the form and waits until the app has left the login page. */
  logIn(page: Page, user: TestUser, next?: string): Promise<void>;
  /** Whether the API in this branch has a root field yet (features land on main one by one). */
  apiHas(type: 'Query' | 'Mutation' | 'Subscription', field: string): boolean;
};

/** Registers the hooks of a browser test file: API + web app, Chromium, screenshots of failures. */
export function browserSuite(options: { env?: Record<string, string>; seed?: (t: TestApp) => Promise<void> } = {}): BrowserSuite {
  let t: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let lastPage: Page | null = null;

  beforeAll(async () => {
    t = await startWebApp(options.env);
    await options.seed?.(t);
    browser = await launchChromium();
  }, 300_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && lastPage) {
      await screenshot(lastPage, `failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
    }
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  return {
    get t() {
      return t;
    },
    async newPage(viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({ baseURL: t.url, viewport });
      contexts.push(context);
      const page = await context.newPage();
      lastPage = page;
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && console.error(`[console] ${m.text()}`));
      page.on('response', (r) => r.status() >= 400 && r.status() !== 401 && console.error(`[http ${r.status()}] ${r.request().method()} ${r.url()}`));
      return page;
    },
    async expectAccessible(page) {
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    },
    async logIn(page, user, next = '/') {
      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    },
    apiHas(type, field) {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const root = type === 'Query' ? schema.getQueryType() : type === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      return !!root?.getFields()[field];
    },
  };
}
