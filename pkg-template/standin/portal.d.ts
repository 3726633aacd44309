// b24-wasm/portal: a Bitrix24 portal on 127.0.0.1 for developing and testing bots, connectors and
// placement apps with no real portal and no public URL (also `npx b24-wasm portal`). Node only.
import type { Standin } from './index.js';

export interface PortalOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The request limit: 'standard' (50, drains 2/s; the default), 'enterprise' (250, 5/s), your own, or false for none. */
  plan?: 'standard' | 'enterprise' | { size: number; drain: number } | false;
  /** Derives the webhook secret, client id/secret, member_id and application token: the same every run. */
  seed?: string | number;
  /** A folder that keeps the portal (its installation, bots, chats, open lines, queues) between runs, as JSON files. */
  data?: string;
  /** The portal's users; the first is the webhook's user. Default: one user, ID 1. */
  users?: { ID: number; NAME: string; FIRST_NAME?: string; LAST_NAME?: string }[];
}

/** A message of a dialog. */
export interface PortalMessage {
  id: number;
  authorId: number;
  text: string;
  date: string;
  /** The buttons under a bot's message (KEYBOARD, as `{ BUTTONS }`). */
  keyboard?: { BUTTONS: Record<string, unknown>[] };
}

/** One event the portal delivered: POSTed to `url` (with its HTTP status), or queued for a poller. */
export interface PortalDelivery {
  at: number;
  event: string;
  url: string | null;
  /** 'bot:<id>', 'user' or 'offline' when queued. */
  queue?: string;
  status: number | 'queued' | null;
  error?: string;
  /** What was sent: `{ event, event_handler_id, data, ts, auth }` (POSTed form-encoded). */
  envelope: { event: string; data: Record<string, any>; auth?: Record<string, any>; [field: string]: unknown };
}

export interface PortalDialogs {
  users: { ID: number; NAME: string }[];
  bots: { dialog: string; kind: 'bot'; title: string; code: string; commands: string[]; messages: number }[];
  lines: { dialog: string; kind: 'openline'; title: string; connector: string; line: number; messages: number }[];
  connectors: { id: string; lines: number[] }[];
}

export interface Portal {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The chat page. */
  chatUrl: string;
  /** The incoming webhook: `http://127.0.0.1:<port>/rest/1/<secret>/`. */
  webhookUrl: string;
  /** The local app: its client id and secret, the REST endpoint and the OAuth server's token URL. */
  oauth: { clientId: string; clientSecret: string; endpoint: string; tokenUrl: string };
  memberId: string;
  /** The application token every event carries in `auth[application_token]`. */
  applicationToken: string;
  plan: { size: number; drain: number } | false;
  /** Whether the placement shell is served at /shell/. */
  shell: boolean;
  /** The stand-in underneath: `requests()`, `inject(fault)`, ... */
  standin: Standin;
  /** ONAPPINSTALL to your handler (access_token, refresh_token, application_token); resolves once it answered. */
  install(handlerUrl: string | URL): Promise<PortalDelivery>;
  /** A user types into a dialog: a bot's ID (their private chat) or an open line's `chat<ID>`. The portal delivers the events. */
  say(dialog: string | number, text: string, options?: { userId?: number }): Promise<{ messageId: number }>;
  /** A user presses button `index` under a bot's message (COMMAND: the command event; ACTION SEND: a message). */
  press(dialog: string | number, messageId: number, index?: number, options?: { userId?: number }): Promise<{ ok: true; [field: string]: unknown }>;
  /** The dialog's messages, oldest first. */
  messages(dialog: string | number, options?: { userId?: number }): Promise<PortalMessage[]>;
  /** The first message `match` accepts, waiting up to `timeoutMs` (5000); rejects after that. */
  waitForMessage(dialog: string | number, match?: (message: PortalMessage) => boolean, options?: { timeoutMs?: number; userId?: number }): Promise<PortalMessage>;
  dialogs(): Promise<PortalDialogs>;
  /** What the portal delivered, the last 500. */
  events(): Promise<PortalDelivery[]>;
  /** Waits for the deliveries in flight. */
  settle(): Promise<void>;
  /** Stops the server (and writes `data`). */
  close(): Promise<void>;
}

export const PLANS: { standard: { size: number; drain: number }; enterprise: { size: number; drain: number } };

/** Starts a local portal on 127.0.0.1. */
export function startPortal(options?: PortalOptions): Promise<Portal>;

/** The lines `b24-wasm portal` prints at start. */
export function describe(portal: Portal): string;
