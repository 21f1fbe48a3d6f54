import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The providers' official API descriptions (../shared/specs beside the checkout, as CI lays it out);
 * SHARED_SPECS_DIR overrides. Stand-ins and specs validate against these files.
 */
export const SHARED_SPECS_DIR = (() => {
  const candidates = [process.env.SHARED_SPECS_DIR, path.resolve(__dirname, '../../../shared/specs'), '/work/shared/specs'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(path.join(p, 'README.md')));
  if (!found) throw new Error(`../shared/specs not found (looked in ${candidates.join(', ')}); set SHARED_SPECS_DIR`);
  return found;
})();

export const sharedSpec = (relative: string) => path.join(SHARED_SPECS_DIR, relative);
