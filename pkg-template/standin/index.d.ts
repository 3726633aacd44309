// b24-wasm/standin: the project's stand-in Bitrix24 portal, a real HTTP server on 127.0.0.1 that
// answers REST calls as a portal does (the documented answers of every method of the package's
// scopes, batch, paging, the rate and operating limits, OAuth), for trying the package and for
// your own tests. Node only. Its control routes are in standin/README.md.

export interface StandinOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The webhook's user ("1") and secret ("standin-secret"). */
  webhookUser?: string;
  webhookSecret?: string;
  /** The valid OAuth access tokens (["standin-token-1"]). */
  tokens?: string[];
  /** The request bucket (off by default): `{ size: 50, drain: 2 }` is a standard portal's. */
  bucket?: { size: number; drain: number } | null;
  /** The per-method operating-time limit (off by default). */
  operating?: { limitSeconds?: number; windowSeconds?: number; basketSeconds?: number; costSeconds?: number } | null;
  /** How much faster than real time the emulated clock runs (1). */
  clockScale?: number;
  /** Rows of the seeded crm.contact.list / crm.item.list (10000), and of the scopes' list methods (300). */
  listRows?: number;
  pagingRows?: number;
  /** Added to every answer (0 ms). */
  latencyMs?: number;
  /** PEM key and certificate: serve https. */
  tls?: { key: string | Uint8Array; cert: string | Uint8Array };
}

/** One recorded request. */
export interface StandinRequest {
  seq: number;
  transport: string;
  httpMethod: string;
  path: string;
  method: string;
  params: Record<string, unknown>;
  status: number;
  [field: string]: unknown;
}

export interface Standin {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The incoming webhook: `http://127.0.0.1:<port>/rest/1/standin-secret/`. */
  webhookUrl: string;
  /** The OAuth endpoint (`http://127.0.0.1:<port>/rest/`), with the token `standin-token-1`. */
  oauthEndpoint: string;
  /** The OAuth server's token URL, for the refresher built in (`oauthUrl`). */
  oauthTokenUrl: string;
  /** Every request so far. */
  requests(): StandinRequest[];
  /** Clears requests, faults, limits and stats; tokens back to the initial ones. */
  reset(): void;
  /** Queues a fault for the next matching request (`{ kind: 'error' | 'html' | 'truncated' | 'empty' | 'delay' | 'drop' | 'expire-token', method?, times?, ... }`). */
  inject(fault: { kind: string; method?: string; times?: number; [field: string]: unknown }): void;
  setOptions(partial: StandinOptions): void;
  /** A new valid access token. */
  issueToken(): string;
  /** Expires one token (all current ones without an argument). */
  expireToken(token?: string): string[];
  stats(): { requests: number; refused503: number; refused429: number; batches: number; maxPending: number };
  /** What `placement.bind` registered (placement.get's rows, with the binding's `id`). */
  placements: { bindings(): Array<{ id: number; placement: string; userId: number; handler: string; options: Record<string, unknown> | []; title: string; description: string; langAll: unknown }> };
  close(): Promise<void>;
}

/** Starts a stand-in portal on 127.0.0.1. */
export function startStandin(options?: StandinOptions): Promise<Standin>;
