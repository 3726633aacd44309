// What the docs' snippets take from the text around them: a snippet that uses a name it does not
// define says so in a comment before its fence (`<!-- docs-test: uses client, accessToken -->`),
// and tests/js/docs.test.mjs imports those names from here. Only this file declares them; the
// package's own names come from the package, as a user imports them.
import type { Client as ClientType } from 'b24-wasm';
import type { TokenRecord } from 'b24-wasm/store';
import { Client } from 'b24-wasm';

export { Client };
export { createMemoryStore } from 'b24-wasm/store';
/** A client made earlier in the text. */
export declare const client: ClientType;
/** A webhook URL (`https://<portal>/rest/<user>/<secret>/`). */
export declare const url: string;
/** The portal's REST endpoint (`client_endpoint`). */
export declare const endpoint: string;
export declare const accessToken: string;
export declare const expiredToken: string;
export declare const refreshToken: string;
export declare const clientId: string;
export declare const clientSecret: string;
export declare const memberId: string;
/** The app's own refresh, which asks its server for a new access token. */
export declare const refresh: () => Promise<string>;
/** The app's own token store and database. */
export declare const myTokenStore: { refresh(): Promise<{ accessToken: string }> };
export declare const db: { save(tokens: TokenRecord): Promise<void>; saveTokens(key: string, tokens: TokenRecord): Promise<void> };
/** Params of `im.notify.answer`. */
export declare const params: { NOTIFY_ID: number; ANSWER_TEXT: string };
