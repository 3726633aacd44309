#!/usr/bin/env node
// `npx b24-wasm <command>`: the package's command line.
//   portal [--port N] [--plan standard|enterprise] [--no-limits] [--data DIR] [--seed TEXT] [--install URL]
//       a Bitrix24 portal on 127.0.0.1 (local-portal.mjs): REST, events, OAuth, a chat page
//   shell [--port N] [--placement CODE] [--options JSON] [--app URL]
//       the placement shell (shell.mjs) hosting your placement app
//   standin [...]   the bare stand-in (server.mjs's options; also `b24-wasm-standin`)
// Runs until Ctrl-C (SIGINT/SIGTERM); --data keeps the portal's state for the next run.
// A bin of the b24-wasm package rather than a package of its own: the portal is the stand-in the
// package already ships (b24-wasm/standin), it has no dependency, and its version must match the
// client's (the same method table, events and docs); one install gives both, nothing to keep in step.
import { fileURLToPath } from 'node:url';

const USAGE = `usage: b24-wasm portal [--port N] [--plan standard|enterprise] [--no-limits] [--data DIR] [--seed TEXT] [--install URL]
       b24-wasm shell [--port N] [--placement IM_TEXTAREA] [--options JSON] [--app URL]
       b24-wasm standin [--port N] [--bucket 50/2] ...`;

function fail(message) {
  console.error(`b24-wasm: ${message}\n${USAGE}`);
  process.exit(2);
}

/** `--name value` pairs and `--flag`s into an object; unknown names are refused. */
function parseArgs(argv, names, flags = []) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.replace(/^--/, '');
    if (flags.includes(name)) out[name] = true;
    else if (names.includes(name) && arg.startsWith('--')) {
      if (argv[i + 1] === undefined) fail(`${arg} needs a value`);
      out[name] = argv[++i];
    } else fail(`unknown argument: ${arg}`);
  }
  return out;
}

function onStop(stop) {
  let stopping = false;
  const quit = () => {
    if (stopping) return;
    stopping = true;
    Promise.resolve(stop()).finally(() => process.exit(0));
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}

async function portal(argv) {
  const args = parseArgs(argv, ['port', 'plan', 'data', 'seed', 'install'], ['no-limits']);
  const { startPortal, describe } = await import('./local-portal.mjs');
  const port = args.port === undefined ? 8090 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${args.port} is not a port`);
  let started;
  try {
    started = await startPortal({ port, plan: args['no-limits'] ? false : args.plan ?? 'standard', data: args.data, seed: args.seed });
  } catch (e) {
    fail(e.code === 'EADDRINUSE' ? `port ${port} is taken: --port 0 picks a free one` : e.message);
  }
  console.log(describe(started));
  if (args.install) console.log(`  installed         ${args.install}: ${JSON.stringify((await started.install(args.install)).status)}`);
  onStop(() => started.close());
}

async function shell(argv) {
  const args = parseArgs(argv, ['port', 'placement', 'options', 'app', 'host']);
  const { loadShell } = await import('./local-portal.mjs');
  const module = await loadShell();
  if (!module?.startShell) fail('the placement shell is not in this build (standin/shell.mjs)');
  let options = {};
  try {
    options = args.options ? JSON.parse(args.options) : {};
  } catch {
    fail('--options must be JSON, e.g. {"dialogId":"chat1"}');
  }
  const started = await module.startShell({ port: args.port === undefined ? 0 : Number(args.port), host: args.host, app: args.app, placement: args.placement ?? 'IM_TEXTAREA', options });
  console.log(`b24-wasm shell on ${started.url ?? ''}`);
  onStop(() => started.close?.());
}

async function standin() {
  // server.mjs starts its command line when it is the script Node runs.
  process.argv.splice(2, 1);
  process.argv[1] = fileURLToPath(new URL('./server.mjs', import.meta.url));
  await import('./server.mjs');
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'portal') await portal(rest);
else if (command === 'shell') await shell(rest);
else if (command === 'standin') await standin();
else if (command === undefined || command === '--help' || command === '-h') console.log(USAGE);
else fail(`unknown command: ${command}`);
