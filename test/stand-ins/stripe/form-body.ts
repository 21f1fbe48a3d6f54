/**
 * Decodes Stripe's form encoding (`a[b][0][c]=x`, indexed arrays, brackets raw or %5B/%5D) into
 * nested objects; objects whose keys are all 0..n-1 become arrays. Values stay strings.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export function decodeForm(text: string): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  if (!text) return root;
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    const path = parsePath(key);
    let node: Record<string, FormValue> = root;
    path.forEach((segment, i) => {
      if (i === path.length - 1) {
        node[segment] = value;
        return;
      }
      if (typeof node[segment] !== 'object') node[segment] = {};
      node = node[segment] as Record<string, FormValue>;
    });
  }
  return arrayify(root) as Record<string, FormValue>;
}

function decode(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}

function parsePath(key: string): string[] {
  const first = key.indexOf('[');
  if (first === -1) return [key];
  const segments = [key.slice(0, first)];
  for (const m of key.slice(first).matchAll(/\[([^\]]*)\]/g)) segments.push(m[1]);
  return segments;
}

function arrayify(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, arrayify(value[k])] as const);
  const isList = keys.length > 0 && keys.every((k) => /^\d+$/.test(k) && Number(k) < keys.length);
  if (isList) {
    const out: FormValue[] = [];
    for (const [k, v] of entries) out[Number(k)] = v;
    return out;
  }
  return Object.fromEntries(entries);
}
