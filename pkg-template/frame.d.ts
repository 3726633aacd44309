// connectFrame(): a placement app's side of the parent-frame protocol, without BX24.js.
import type { PlacementCode, PlacementCommandMap, PlacementOptionsMap } from './placements.js';
import type { Client } from './index.js';
import type { ClientOptions } from './options.js';

export type { PlacementCode, PlacementCommandMap, PlacementOptionsMap } from './placements.js';

/** The placement a frame was opened in: a code of the table, or `DEFAULT` (the app's own page). */
export type FramePlacement = PlacementCode | 'DEFAULT';

/** PLACEMENT_OPTIONS of a frame's placement (`DEFAULT`: whatever openApplication passed). */
export type FramePlacementOptions<P extends FramePlacement> = P extends PlacementCode ? PlacementOptionsMap[P] : Record<string, unknown>;

/** `connectFrame`'s options: the client's own, plus what the frame needs. */
export interface FrameOptions<P extends FramePlacement = FramePlacement> extends ClientOptions {
  /** The placement the app expects: anything else rejects with `INVALID_CONFIG`, and the types narrow to it. */
  placement?: P;
  /** Deadline of each exchange with the parent frame (default 10000 ms); past it, `TIMEOUT`. */
  frameTimeoutMs?: number;
  /** The window the app runs in (default `window`). */
  window?: Window;
}

/** The parent frame's init data (getInitData), typed. */
export interface FrameInit<P extends FramePlacement = FramePlacement> {
  domain: string;
  protocol: 0 | 1;
  /** The REST path, `/rest`. */
  path: string;
  lang: string;
  memberId: string;
  isAdmin: boolean;
  firstRun: boolean;
  install: boolean;
  placement: P;
  placementOptions: FramePlacementOptions<P>;
  userOptions: Record<string, unknown>;
  appOptions: Record<string, unknown>;
}

/** The frame's token (BX24.getAuth). */
export interface FrameAuth {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch milliseconds. */
  expiresAt: number;
  domain: string;
  memberId: string;
}

/** Per exchange: its own deadline (default `frameTimeoutMs`; 10 minutes for a user's dialog) and an abort signal. */
export interface FrameCallOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** A user chosen in the portal's picker. */
export interface FrameUser {
  id: string;
  name: string;
  photo?: string;
  position?: string;
  url?: string;
  sub?: boolean;
  sup?: boolean;
}

/** An access code chosen in the portal's access picker. */
export interface FrameAccess {
  id: string;
  name: string;
  provider?: string;
}

type PlacementCommand<P extends FramePlacement> = P extends PlacementCode ? keyof PlacementCommandMap[P] & string : never;

/** The placement interface (BX24.placement). */
export interface FramePlacementApi<P extends FramePlacement> {
  /** Which placement opened the frame, with its options, typed per code. */
  info(): P extends FramePlacement ? { placement: P; options: FramePlacementOptions<P> } : never;
  /** The commands and events the placement offers. */
  getInterface(options?: FrameCallOptions): Promise<{ command: string[]; event: string[] }>;
  /** A command of the placement; one it does not offer is never answered: `TIMEOUT`. */
  call<C extends PlacementCommand<P>>(command: C, params?: Record<string, unknown>, options?: FrameCallOptions): Promise<unknown>;
  call(command: string, params?: Record<string, unknown>, options?: FrameCallOptions): Promise<unknown>;
  /** Runs `handler` on every occurrence of a placement event; returns the function that stops it. */
  bindEvent(event: string, handler: (data: unknown) => void): () => void;
}

/** A placement iframe's connection to the portal page around it. */
export interface B24Frame<P extends FramePlacement = FramePlacement> {
  /** REST with the frame's token (an OAuth client; `expired_token` refreshes through the parent). */
  readonly client: Client;
  readonly init: FrameInit<P>;
  readonly placement: FramePlacementApi<P>;
  /** The current token, or null once it has expired. */
  readonly auth: FrameAuth | null;
  /** A new token from the parent frame. */
  refreshAuth(): Promise<FrameAuth>;
  /** Resizes the iframe; resolves with the size the parent gave it. */
  resizeWindow(width: number, height: number, options?: FrameCallOptions): Promise<{ width: number; height: number }>;
  /** Full width, as high as the page's content. */
  fitWindow(options?: FrameCallOptions): Promise<{ width: number; height: number }>;
  /** The page title (the DEFAULT placement only: others never answer, `TIMEOUT`). */
  setTitle(title: string, options?: FrameCallOptions): Promise<void>;
  /** Scrolls the portal's page (the DEFAULT placement only). */
  scrollParentWindow(top: number, options?: FrameCallOptions): Promise<void>;
  /** Reloads the portal's page (the DEFAULT placement only); nothing is answered. */
  reloadWindow(): void;
  userOption(name: string): unknown;
  appOption(name: string): unknown;
  setUserOption(name: string, value: unknown, options?: FrameCallOptions): Promise<void>;
  /** Administrators only (`ACCESS_DENIED` otherwise, before anything is sent). */
  setAppOption(name: string, value: unknown, options?: FrameCallOptions): Promise<void>;
  /** Opens this app in a slider; resolves when it closes. */
  openApplication(params?: Record<string, unknown>, options?: FrameCallOptions): Promise<void>;
  /** Opens a portal page in a slider; resolves when it closes, rejects with the portal's code (`PATH_NOT_AVAILABLE`, ...). */
  openPath(path: `/${string}`, options?: FrameCallOptions): Promise<void>;
  closeApplication(options?: FrameCallOptions): Promise<void>;
  selectUser(title?: string, options?: FrameCallOptions): Promise<FrameUser>;
  selectUsers(title?: string, options?: FrameCallOptions): Promise<FrameUser[]>;
  selectAccess(value?: string[], options?: FrameCallOptions): Promise<FrameAccess[]>;
  /** Stops listening to the parent; waiting exchanges reject with `ABORTED`. */
  close(): void;
}
