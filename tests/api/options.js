// Generated from src/core/config/options.rs by b24-codegen: do not edit.
/** Every option any client takes. */
export const CLIENT_OPTIONS = Object.freeze(["plan", "operatingLimit", "timeoutMs", "refusalRetries", "readRetries", "fetch", "store", "logger"]);
/** Client options the JS entry checks itself (the core checks the rest): key -> the `typeof` its value must have. */
export const JS_OPTIONS = Object.freeze({ fetch: "function", store: "object", logger: "object" });
/** `Client.oauth`'s own keys -> the `typeof` each must have. */
export const OAUTH_KEYS = Object.freeze({ endpoint: "string", accessToken: "string", refresh: "function" });
/** `Client.oauth` keys of the refresher built in (Node only), instead of `refresh`. */
export const REFRESHER_KEYS = Object.freeze(["clientId", "clientSecret", "refreshToken", "onTokens", "oauthUrl"]);
