// Loads the committed method knowledge (portal.json) once; the server never reads the spec folder.

import { readFileSync } from 'node:fs';

let cached = null;

/** Returns {system, methods, lookup(name)}; lookup is case-insensitive like the real REST router. */
export function loadPortal() {
  if (cached) return cached;
  const data = JSON.parse(readFileSync(new URL('./portal.json', import.meta.url), 'utf8'));
  const byLower = new Map();
  for (const [name, info] of Object.entries(data.methods)) byLower.set(name.toLowerCase(), { name, ...info });
  cached = {
    system: data.system,
    methods: data.methods,
    lookup: (name) => byLower.get(String(name).toLowerCase()) || null,
  };
  return cached;
}

/** The standard error body of a system error, e.g. systemError('NO_AUTH_FOUND'). */
export function systemError(code) {
  const e = loadPortal().system[code];
  if (!e) throw new Error(`unknown system error ${code}`);
  return { status: e.status, body: { error: e.error, error_description: e.error_description } };
}
