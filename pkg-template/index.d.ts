// The public types of b24-wasm. `methods.d.ts` (generated from the method table) holds one
// entry per method and the rows of `methods()`; `codes.d.ts` and `options.d.ts` (generated from
// Rust) the error codes and the client options; `wasm-types.d.ts` (tsify's declaration of
// src/codegen/error_data.rs, written by b24-codegen) holds the error data that crosses the wasm boundary.
// The build derives the browser entries' types from this file (build-variants.mjs): lines
// marked `// node only` are left out there, and `OAuthOptions` becomes `OAuthBrowserOptions`.

import type { B24ListName, B24Lists, B24MethodName, B24Methods, B24Namespaces, B24Params, B24Result, MethodInfo } from './methods.js';
import type { ErrorData } from './wasm-types.js';
import type { B24ErrorCode, B24RefreshReason, B24ReplyKind } from './codes.js';
import type { ClientOptions, OAuthOptions } from './options.js';
import type { B24Frame, FrameOptions, FramePlacement } from './frame.js';

export type { B24Bool, B24Date, B24File, B24Int, B24ListName, B24Lists, B24MethodName, B24Methods, B24Namespaces, B24Params, B24Result } from './methods.js';
export type { CursorInfo, LimitInfo, MethodInfo, PagingInfo, ParamInfo, PeriodInfo, ReverseInfo, RuleInfo, StageInfo, TypeInfo } from './methods.js';
export type { ErrorData } from './wasm-types.js';
export type { B24Frame, FrameAccess, FrameAuth, FrameCallOptions, FrameInit, FrameOptions, FramePlacement, FramePlacementApi, FramePlacementOptions, FrameUser } from './frame.js';
// The error codes and the client options, generated from Rust (src/error/codes.rs,
// src/core/config/options.rs): codes.d.ts and options.d.ts.
export type { B24ErrorCode, B24LibraryCode, B24RefreshReason, B24ReplyKind, B24SystemCode } from './codes.js';
export type { B24Fetch, B24LogFn, B24Logger, B24Plan, B24Refresh, B24RefresherStore, B24Store, ClientOptions, OAuthBrowserOptions, OAuthOptions, OAuthRefreshOptions, OAuthSelfRefreshOptions } from './options.js';
// The placements table (src/placements/), generated: placements.d.ts.
export type { PlacementBindableCode, PlacementBindOptionsMap, PlacementCode, PlacementCommandMap, PlacementEventMap, PlacementInfo, PlacementOptionsMap } from './placements.js';
import type { PlacementInfo } from './placements.js';
export * from './events/index.js'; // node only

/** Every failure of a call: validation, the portal's error, a bad reply, the network. */
export declare class B24Error extends Error {
  readonly name: 'B24Error';
  /**
   * Switch on this: `INVALID_PARAM`, `BAD_REPLY`, `NETWORK`, `OUTCOME_UNKNOWN` (a write got no
   * answer and may have been done: it was not sent again), or the portal's code.
   */
  readonly code: B24ErrorCode;
  /** The portal's `error_description`, or the library's explanation. */
  readonly description: string;
  /** The HTTP status, when there was an answer. */
  readonly status?: number;
  /** The method called. */
  readonly method?: string;
  /** For `INVALID_PARAM`: the param's wire name, dotted when nested (`PARAMS.QUEUE.0.ENTITY_TYPE`). */
  readonly field?: string;
  /**
   * For `BAD_REPLY`, and `OUTCOME_UNKNOWN` when an unreadable answer came: `html`, `empty`,
   * `truncated`, `not_json`, `no_result`, `redirect` (not followed) or `bad_status`; from
   * `list()` also `no_rows` (a page without rows where the method keeps them) and
   * `no_progress` (a page that stands still or goes back, so reading stopped). For
   * `REFRESH_FAILED`, why the built-in refresher failed: `REAUTHORIZE` (the app must be
   * authorised again), `PORTAL_NOT_FOUND`, `PAYMENT_REQUIRED`, ...
   */
  readonly kind?: B24ReplyKind | B24RefreshReason;
  /**
   * For `ABORTED` from `batch()`: what each command got before the abort, shaped as `batch()`
   * resolves (results kept; a command in flight `OUTCOME_UNKNOWN` or `NETWORK`; one not sent
   * `ABORTED`).
   */
  readonly outcomes?: B24BatchReply<Record<string, unknown>>;
  private constructor(data: ErrorData);
}

/** True when `value` is a `B24Error` of this package. */
export declare function isB24Error(value: unknown): value is B24Error;

/** The whole reply of a call. */
export interface B24Reply<R = unknown> {
  result: R;
  time?: {
    start: number;
    finish: number;
    duration: number;
    processing: number;
    date_start: string;
    date_finish: string;
    operating_reset_at?: number;
    operating?: number;
  };
  /** List methods: how many rows match. */
  total?: number;
  /** List methods: the `start` of the next page. */
  next?: number;
}

/** What a client did so far. */
export interface B24Stats {
  requests: number;
  retries: number;
  refusals: number;
  waitedMs: number;
  /** The wasm module's linear memory, shared by every client of this realm (0 before first use). */
  wasmMemoryBytes: number;
}

/** `$result[key][field]...` (see `resultRef`): stands for any value in a batch command. */
export type B24Ref = `$result[${string}]`;
/** A param type where, at any depth, a batch reference may stand instead of a value. */
type WithRefs<T> = T extends readonly (infer I)[]
  ? WithRefs<I>[] | B24Ref
  : T extends Date
    ? T | B24Ref
    : T extends object
      ? { [K in keyof T]: WithRefs<T[K]> } | B24Ref
      : T | B24Ref;
type BatchParams<M extends B24MethodName> = {} extends B24Methods[M]['params']
  ? [params?: { [K in keyof B24Methods[M]['params']]: WithRefs<B24Methods[M]['params'][K]> }]
  : [params: { [K in keyof B24Methods[M]['params']]: WithRefs<B24Methods[M]['params'][K]> }];

/**
 * A batch command: a method of the table with its typed params. A name outside the table is a
 * compile error, as in `call()`: use `batchUnchecked` for those.
 */
type CheckCommand<C> = C extends readonly [infer M, ...unknown[]]
  ? M extends B24MethodName
    ? readonly [M, ...BatchParams<M>]
    : readonly [B24MethodName, ...unknown[]]
  : readonly [B24MethodName, ...unknown[]];
type CheckCommands<C> = { [K in keyof C]: CheckCommand<C[K]> };
type CommandResult<C> = C extends readonly [infer M extends B24MethodName, ...unknown[]] ? B24Result<M> : unknown;
type AnyCommands = readonly (readonly [string, unknown?])[] | { readonly [key: string]: readonly [string, unknown?] };

/** The answers of a batch, keyed like its commands. */
export interface B24BatchReply<C> {
  /** Each successful command's `result`. */
  result: { -readonly [K in keyof C]?: CommandResult<C[K]> };
  /**
   * Each failed command's error: the portal's, `OUTCOME_UNKNOWN` for a write whose answer was
   * lost or does not mention it, `SKIPPED` only for a command that surely did not run (after a
   * failure with `halt`, or one that refers to a failed command).
   */
  errors: { -readonly [K in keyof C]?: B24Error };
  /** `total` and `next` of list methods' pages. */
  total: { [K in keyof C]?: number };
  next: { [K in keyof C]?: number };
}

/** Options of `client.batch`. */
export interface BatchOptions {
  /** Stop at the first failed command (the portal's `halt`); later ones are `SKIPPED`. */
  halt?: boolean;
  /** Aborting rejects with `ABORTED`; its `outcomes` say what became of each command. */
  signal?: AbortSignal;
  /**
   * As each request goes out and at the end: commands with an outcome so far, of `total`, and
   * requests sent. What it throws is ignored (it cannot stop writes halfway).
   */
  onProgress?: (progress: { commands: number; total: number; requests: number }) => void;
}

/** Options of `client.list`. */
export interface ListOptions {
  /** The rows' ID field (`ID`; `id` for `crm.item.list`): reads 2,500 rows per request, by ID. */
  idField?: string;
  /** Where the rows are in `result` (`items` for `crm.item.list`); found by itself if omitted. */
  rowsAt?: string;
  /** Stop after this many rows. */
  limit?: number;
  signal?: AbortSignal;
  /** After each page: rows read so far, the list's total when the portal gives one, requests sent. */
  onProgress?: (progress: { rows: number; total?: number; requests: number }) => void;
}

/**
 * The `BX24` object of a placement page (Bitrix24's BX24.js). The package calls
 * `callMethod(method, params, callback)` with the params already encoded as BX24.js encodes
 * them, a form string (`FIELDS[NAME]=x&ID=1`; `{}` when there are none), which BX24.js sends as
 * it is; the callback gets BX24.js's result (`answer`, `status`). `getDomain()` names the portal.
 */
export interface BX24Like {
  callMethod(method: string, params: string | Record<string, never>, callback: (result: unknown) => void): unknown;
  getDomain?(): string;
}

/** A method name that is not in the table: called as given, params unchecked. */
type OtherMethod<N extends string> = N extends B24MethodName ? never : N;

/** `client.list`'s params and options for a list method of the table. */
type ListArgs<M extends B24ListName> = {} extends B24Lists[M]['params']
  ? [params?: B24Lists[M]['params'], options?: ListOptions]
  : [params: B24Lists[M]['params'], options?: ListOptions];

export interface Client extends B24Namespaces {}

/** A Bitrix24 client; create one with `Client.webhook`, `Client.oauth` or `Client.bx24`. */
export declare class Client {
  private constructor();
  /** Incoming webhook: `https://<portal>/rest/<user>/<secret>/`, as text or a `URL` (plain `http://` only on loopback; an international domain name goes out as punycode). */
  static webhook(url: string | URL, options?: ClientOptions): Client;
  /** OAuth app: `auth` goes in each body; on `expired_token`, `refresh()` then one repeat. */
  static oauth(options: OAuthOptions): Client;
  /** Inside a placement iframe: calls go through `BX24.callMethod` (default `globalThis.BX24`). */
  static bx24(bx24?: BX24Like, options?: ClientOptions): Client;

  /**
   * Calls a method of the table; resolves to its typed `result`. `signal` aborts it. A name
   * outside the table does not compile: use `callUnchecked` for those.
   */
  call<M extends B24MethodName>(method: M, ...params: B24Params<M>): Promise<B24Result<M>>;

  /** Like `call`, resolving to the whole reply (`result`, `time`, `total`, `next`). */
  callReply<M extends B24MethodName>(method: M, ...params: B24Params<M>): Promise<B24Reply<B24Result<M>>>;

  /** Validates params as `call` would, without sending; throws `B24Error` when refused. */
  check<M extends B24MethodName>(method: M, ...params: B24Params<M>): void;

  /**
   * Calls any method by name, e.g. one outside the table (`crm.*`); resolves to its `result`,
   * typed as `R` (say what you expect: `callUnchecked<{ ID: string }[]>(...)`). The params are
   * sent as given; a method of the table is still validated at run time.
   */
  callUnchecked<R = unknown>(method: string, params?: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<R>;

  /** Like `callUnchecked`, resolving to the whole reply (`total` and `next` of a list page). */
  callReplyUnchecked<R = unknown>(method: string, params?: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<B24Reply<R>>;

  /**
   * Runs commands in batches of up to 50 (more are split). Each command is validated first;
   * `resultRef(key, field)` passes an earlier command's result to a later one.
   */
  batch<const C extends AnyCommands>(commands: C & CheckCommands<C>, options?: BatchOptions): Promise<B24BatchReply<C>>;

  /** `batch` for commands of any method (e.g. `crm.*`): names and params are not type-checked. */
  batchUnchecked<const C extends AnyCommands>(commands: C, options?: BatchOptions): Promise<B24BatchReply<C>>;

  /**
   * Every row of a list method of the table, paged as its docs say (`for await (const row of
   * client.list(...))`); the position and page size params are set by `list()` itself.
   */
  list<M extends B24ListName>(method: M, ...args: ListArgs<M>): AsyncGenerator<B24Lists[M]['row'], void, undefined>;
  /** Every row of a list method outside the table (`crm.*`, ...), paged by `start`. */
  list<T = Record<string, unknown>, N extends string = string>(method: OtherMethod<N>, params?: Record<string, unknown>, options?: ListOptions): AsyncGenerator<T, void, undefined>;

  /** Requests sent, retries, refusals and time waited for the limits so far. */
  stats(): B24Stats;
}

/** `$result[key][field]...`: in a batch, an earlier command's result as a param value. */
export declare function resultRef(key: string | number, ...path: (string | number)[]): B24Ref;

/**
 * The method table, for introspection: every method's params (types, limits, allowed values),
 * rules, paging and flags. Loaded on first use (a separate file, so apps that never ask do not
 * carry it); later calls resolve to the same frozen array.
 */
export declare function methods(): Promise<readonly MethodInfo[]>;

/**
 * The placements table: per placement code its scopes, how it is bound (`placement.bind` with
 * its `OPTIONS`, or another method), what its handler receives in `PLACEMENT_OPTIONS`, and the
 * docs' common mistakes. Loaded on first use, like `methods()`.
 */
export declare function placements(): Promise<readonly PlacementInfo[]>;

/**
 * Resolves once the wasm module is loaded (it loads on first use: there is no top-level
 * await). `check()` needs it where the module loads asynchronously (browsers); calls wait
 * for it by themselves.
 */
export declare function ready(): Promise<void>;

/**
 * Inside a placement iframe without BX24.js: speaks the parent-frame protocol itself (init data,
 * the token and its refresh, resize, title, options, dialogs, the placement interface) and
 * resolves to the frame; `frame.client` calls REST with the frame's token. Every exchange with
 * the parent has a deadline (`frameTimeoutMs`; `TIMEOUT`). Loaded on first use: apps that do not
 * call it do not carry it.
 */
export declare function connectFrame<P extends FramePlacement = FramePlacement>(options?: FrameOptions<P>): Promise<B24Frame<P>>;
