// A transport that answers from memory, for measuring what a library itself costs per call:
// its own request path runs (params checked and encoded, limiter bookkeeping, reply decoded)
// and no socket does. Both doubles behave as the real transports do for a 200 reply: the
// fetch double as pkg/node/http-fetch.js (`{status, text()}`, body consumed), the axios
// adapter as axios's http adapter (the raw body string, parsed by axios's transformResponse).

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * `replyText` is the exact body a portal sent for the call (captured from the stand-in).
 * `sent` counts the requests each double answered, so a workload can check that every call
 * reached the transport.
 */
export function memoryTransport(replyText) {
  const counter = { sent: 0, lastUrl: null };
  return {
    counter,
    async fetch(url, init = {}) {
      counter.sent += 1;
      counter.lastUrl = String(url);
      if (init.body !== undefined) String(init.body); // the real transport reads the body to send it
      return { status: 200, ok: true, headers: { get: (name) => (String(name).toLowerCase() === 'content-type' ? JSON_TYPE : null) }, text: async () => replyText };
    },
    async adapter(config) {
      counter.sent += 1;
      counter.lastUrl = String(config.url);
      return { data: replyText, status: 200, statusText: 'OK', headers: { 'content-type': JSON_TYPE }, config, request: {} };
    },
  };
}
