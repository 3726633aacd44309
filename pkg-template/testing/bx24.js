// b24-wasm/testing/bx24: the BX24.js double (the app frame's half) and the portal page's half of
// the placement frame protocol, both copied by the build from the project's own tests
// (tests/js/lib/), which use them against the stand-in. See bx24.d.ts.
export { installBx24 } from './bx24-double.js';
export { placementHost } from './placement-host.js';
