// The install check the docs' safe-handler page asks for: before an ONAPPINSTALL's
// `application_token` is trusted, its `access_token` is checked against the portal. Without it
// a forged first install of a portal's `member_id` would be stored, and the genuine one then
// refused, locking the portal out.
//
// The event names the portal it comes from (`auth.client_endpoint`), so the check must not
// call whatever a hostile body names (SSRF). It calls only:
// - a Bitrix24 cloud portal: https, the default port, `<name>.bitrix24.<tld>`, path `/rest/`;
// - a portal the app itself named in `portals` (an on-premise portal, or the stand-in on
//   loopback in tests): its origin, path `/rest/`.
// Nothing else is called: an install that names another endpoint is refused. The call is
// `app.info` with the event's token (basic scope, every app may call it; the simplified OAuth
// page names it as the way to a trusted answer), never following a redirect, within 10 s.

const CHECK_TIMEOUT_MS = 10_000;
// One label, then bitrix24 and a country or generic top-level domain (bitrix24.com,
// bitrix24.de, bitrix24.com.br, ...): the cloud's own hosts, whose names no one else controls.
const CLOUD_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.bitrix24\.(?:[a-z]{2,6}|(?:com|co)\.[a-z]{2})$/;

/** Why an install check failed, as text for the refusal (no token in it). */
export class InstallCheckError extends Error {}

/**
 * Resolves to true when the event's access token answers `app.info` on a portal that may be
 * called; throws InstallCheckError with the reason otherwise. `firstEvent`: the event is not an
 * install but the first one from a portal with no stored token, which only a portal of
 * `portals` may vouch for.
 */
export async function checkInstall(event, { portals = [], fetch: fetchFn = globalThis.fetch, firstEvent = false, appCode } = {}) {
  const auth = event?.auth ?? {};
  const endpoint = callableEndpoint(auth.client_endpoint, portals, firstEvent);
  const accessToken = textOf(auth.access_token) ?? textOf(event?.data?.bot?.auth?.access_token);
  if (!accessToken) throw new InstallCheckError('the event carries no access_token to check');
  if (typeof fetchFn !== 'function') throw new InstallCheckError('no fetch to call the portal with');
  let response;
  try {
    response = await fetchFn(new URL('app.info', endpoint), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ auth: accessToken }),
      redirect: 'error',
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
  } catch {
    throw new InstallCheckError(`the portal ${endpoint.host} did not answer`);
  }
  let answer;
  try {
    answer = await response.json();
  } catch {
    throw new InstallCheckError(`the portal ${endpoint.host} did not answer with JSON`);
  }
  const result = answer?.result;
  if (response.status !== 200 || !result || typeof result !== 'object' || result.ID === undefined) {
    throw new InstallCheckError(`the portal ${endpoint.host} refused the access token`);
  }
  // A token of another app of the same portal answers too: when the app names its own code
  // (app.info's CODE, its client_id), the answer must be that app.
  if (appCode !== undefined && textOf(result.CODE) !== appCode) {
    throw new InstallCheckError(`the portal ${endpoint.host} answered for another application`);
  }
  // When the portal says which installation it is, it must be the one the event claims.
  const member = textOf(result.member_id) ?? textOf(result.install?.member_id);
  if (member !== undefined && member !== textOf(auth.member_id)) {
    throw new InstallCheckError(`the portal ${endpoint.host} is another installation than auth.member_id`);
  }
  return true;
}

/** The reason of a failed check; anything else thrown is a bug, reported as such. */
export function installCheckFailed(error) {
  return error instanceof InstallCheckError ? error.message : 'the check failed';
}

/** The endpoint as a URL when it may be called, else InstallCheckError. */
function callableEndpoint(text, portals, firstEvent) {
  let url;
  try {
    url = new URL(String(text ?? ''));
  } catch {
    throw new InstallCheckError('auth.client_endpoint is not a URL');
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/rest/') {
    throw new InstallCheckError('auth.client_endpoint is not a portal REST endpoint (https://<portal>/rest/)');
  }
  const own = portals.some((p) => originOf(p) === url.origin);
  const cloud = url.protocol === 'https:' && url.port === '' && CLOUD_HOST.test(url.hostname);
  if (own || (cloud && !firstEvent)) return url;
  throw new InstallCheckError(
    firstEvent
      ? 'the first event of a portal is trusted only from a portal named in `portals`'
      : 'auth.client_endpoint is neither a Bitrix24 cloud portal nor one named in `portals`',
  );
}

function originOf(text) {
  try {
    return new URL(String(text)).origin;
  } catch {
    return undefined;
  }
}

function textOf(value) {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
