#!/usr/bin/env node
// `npx b24-wasm-standin [--port N] [--bucket 50/2] ...`: the stand-in portal from the command line.
// npm links this file into node_modules/.bin; server.mjs starts its command line only when it is
// the script Node was asked to run, so that is what it is told here.
import { fileURLToPath } from 'node:url';

process.argv[1] = fileURLToPath(new URL('./server.mjs', import.meta.url));
await import('./server.mjs');
