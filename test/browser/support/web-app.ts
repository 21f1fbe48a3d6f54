import { AbstractLoader, ExpressLoader } from '@nestjs/serve-static';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ensureWebBuilt } from './web-build';

/**
 * The real API serving the built web app on a fresh database. ServeStaticModule picks its loader from
 * the HTTP adapter when the module compiles, and a testing module compiles before the Express adapter
 * exists (it would pick the no-op loader and `/` would be 404), so the Express loader is given here.
 */
export async function startWebApp(env: Record<string, string> = {}): Promise<TestApp> {
  ensureWebBuilt();
  return startTestApp({ env, overrides: [{ provide: AbstractLoader, useValue: new ExpressLoader() }] });
}
