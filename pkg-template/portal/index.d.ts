// TypeScript's node10 resolution ignores `exports`: b24-wasm/portal then looks for portal/index.d.ts.
export * from '../standin/portal.js';
