// Generated from the placements table (src/placements/) by b24-codegen: do not edit.

import type { B24Int, ParamInfo } from './methods.js';

/** The placement codes of the table (the placements of the `im`, `imopenlines`, `imconnector` and `contact_center` docs). */
export type PlacementCode = "IM_TEXTAREA" | "IM_SIDEBAR" | "IM_CONTEXT_MENU" | "IMMOBILE_CONTEXT_MENU" | "IM_NAVIGATION" | "IM_SMILES_SELECTOR" | "CONTACT_CENTER" | "SETTING_CONNECTOR";

/** The codes `placement.bind` binds (`SETTING_CONNECTOR` is bound by `imconnector.register`). */
export type PlacementBindableCode = "IM_TEXTAREA" | "IM_SIDEBAR" | "IM_CONTEXT_MENU" | "IMMOBILE_CONTEXT_MENU" | "IM_NAVIGATION" | "IM_SMILES_SELECTOR" | "CONTACT_CENTER";

/** What each placement's handler receives in `PLACEMENT_OPTIONS`, decoded from its JSON string (keys the table does not know are kept as they came). */
export interface PlacementOptionsMap {
  /** An item in the panel above the chat's message input. */
  IM_TEXTAREA: {
    /** The chat: `chatNNN` for a group chat, the other user's ID for a private one (`im.dialog.get` reads it). */
    dialogId: string;
    /** Path and query of the page the widget was opened from (`/online/` in the messenger); absent without a `Referer`. */
    URI?: string | null;
  };
  /** An item in the chat's sidebar (its *Applications* block). */
  IM_SIDEBAR: {
    /** The chat: `chatNNN` for a group chat, the other user's ID for a private one (`im.dialog.get` reads it). */
    dialogId: string;
    /** Path and query of the page the widget was opened from (`/online/` in the messenger); absent without a `Referer`. */
    URI?: string | null;
  };
  /** An item in a message's context menu (under *More*). */
  IM_CONTEXT_MENU: {
    /** The message whose menu opened the widget (a string of digits). */
    messageId: string;
    /** The chat: `chatNNN` for a group chat, the other user's ID for a private one (`im.dialog.get` reads it). */
    dialogId: string;
    /** Path and query of the page the widget was opened from (`/online/` in the messenger); absent without a `Referer`. */
    URI?: string | null;
  };
  /** An item of the *Apps* menu above the input in a chat of the mobile app; opens as a page of its own. */
  IMMOBILE_CONTEXT_MENU: {
    /** The chat: `chatNNN` for a group chat, the other user's ID for a private one (`im.dialog.get` reads it). */
    dialogId: string;
  };
  /** An item in the messenger's navigation row; the app takes the messenger's whole working area. */
  IM_NAVIGATION: {
    /** Path and query of the page the widget was opened from (`/online/` in the messenger); absent without a `Referer`. */
    URI?: string | null;
  };
  /** Archived: a tab of the old emoji window. `placement.bind` still accepts it, but the handler is never called (stickers replaced emoji in im 25.1600.0). */
  IM_SMILES_SELECTOR: {
    /** Path and query of the page the widget was opened from (`/online/` in the messenger); absent without a `Referer`. */
    URI?: string | null;
  };
  /** A tile in the Contact Center's *Partner solutions* block, usually a form to connect a channel of your own. Keeps no `OPTIONS`. */
  CONTACT_CENTER: {
    /** The binding's ID, as `placement.get` gives it: tells which of the app's tiles was opened. */
    ID?: string | null;
    /** The Contact Center page the tile was opened from. */
    URI?: string | null;
  };
  /** The settings page of an open-line connector of your own, in the connector's slider. */
  SETTING_CONNECTOR: {
    /** The connector's `ID` from `imconnector.register`, in lower case (the method lower-cases it). */
    CONNECTOR?: string | null;
    /** The open line the settings are opened for (`imopenlines.config.get`). */
    LINE?: string | null;
    /** The connector is on for this line (`imconnector.activate`). */
    ACTIVE_STATUS?: boolean | null;
    /** The connection to the external service is confirmed. */
    CONNECTION_STATUS?: boolean | null;
    /** The channel is registered in the external service. */
    REGISTER_STATUS?: boolean | null;
    /** The connector has an error (`imconnector.set.error`). */
    ERROR_STATUS?: boolean | null;
    /** All of the above are fine (what `imconnector.status` gives). */
    STATUS?: boolean | null;
    /** Path and query of the page the widget was opened from (`/online/` in the messenger); absent without a `Referer`. */
    URI?: string | null;
  };
}

/** The `OPTIONS` of `placement.bind` per code (`never`: the placement is bound another way; `Record<string, never>`: it keeps none). */
export interface PlacementBindOptionsMap {
  IM_TEXTAREA: {
    /** Font Awesome 4 icon name, e.g. `fa-paperclip` (Bitrix24 adds the `fa` class itself); Latin letters, spaces and `-`, up to 50 characters. */
    iconName: string | number;
    /** `Y`: extranet users see it too (default `N`). */
    extranet?: "Y" | "N";
    /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
    context?: string | number;
    /** `ADMIN`: portal administrators only (default `USER`). */
    role?: "USER" | "ADMIN";
    /** Icon colour from the messenger's palette. */
    color?: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "ORANGE" | "MARENGO" | "GRAY" | "GRAPHITE";
    /** Block width in percent (default 100). */
    width?: B24Int;
    /** Block height in percent (default 100). */
    height?: B24Int;
  };
  IM_SIDEBAR: {
    /** Font Awesome 4 icon name, e.g. `fa-paperclip` (Bitrix24 adds the `fa` class itself); Latin letters, spaces and `-`, up to 50 characters. */
    iconName: string | number;
    /** `Y`: extranet users see it too (default `N`). */
    extranet?: "Y" | "N";
    /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
    context?: string | number;
    /** `ADMIN`: portal administrators only (default `USER`). */
    role?: "USER" | "ADMIN";
    /** Icon colour from the messenger's palette. */
    color?: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "ORANGE" | "MARENGO" | "GRAY" | "GRAPHITE";
  };
  IM_CONTEXT_MENU: {
    /** `Y`: extranet users see it too (default `N`). */
    extranet?: "Y" | "N";
    /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
    context?: string | number;
    /** `ADMIN`: portal administrators only (default `USER`). */
    role?: "USER" | "ADMIN";
  };
  IMMOBILE_CONTEXT_MENU: {
    /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
    context?: string | number;
    /** `Y`: extranet users see it too (default `N`). */
    extranet?: "Y" | "N";
    /** `ADMIN`: portal administrators only (default `USER`). */
    role?: "USER" | "ADMIN";
  };
  IM_NAVIGATION: {
    /** Font Awesome 4 icon name, e.g. `fa-paperclip` (Bitrix24 adds the `fa` class itself); Latin letters, spaces and `-`, up to 50 characters. */
    iconName: string | number;
    /** `Y`: extranet users see it too (default `N`). */
    extranet?: "Y" | "N";
    /** `ADMIN`: portal administrators only (default `USER`). */
    role?: "USER" | "ADMIN";
  };
  IM_SMILES_SELECTOR: {
    /** `Y`: extranet users see it too (default `N`). */
    extranet?: "Y" | "N";
    /** `ADMIN`: portal administrators only (default `USER`). */
    role?: "USER" | "ADMIN";
    /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
    context?: string | number;
  };
  CONTACT_CENTER: Record<string, never>;
  SETTING_CONNECTOR: never;
}

/** `BX24.placement.call` commands per code, by name with their params and result: the docs list none for these placements. */
export interface PlacementCommandMap {
  IM_TEXTAREA: Record<never, never>;
  IM_SIDEBAR: Record<never, never>;
  IM_CONTEXT_MENU: Record<never, never>;
  IMMOBILE_CONTEXT_MENU: Record<never, never>;
  IM_NAVIGATION: Record<never, never>;
  IM_SMILES_SELECTOR: Record<never, never>;
  CONTACT_CENTER: Record<never, never>;
  SETTING_CONNECTOR: Record<never, never>;
}

/** `BX24.placement.bindEvent` events per code, by name with their callback's argument: the docs list none for these placements. */
export interface PlacementEventMap {
  IM_TEXTAREA: Record<never, never>;
  IM_SIDEBAR: Record<never, never>;
  IM_CONTEXT_MENU: Record<never, never>;
  IMMOBILE_CONTEXT_MENU: Record<never, never>;
  IM_NAVIGATION: Record<never, never>;
  IM_SMILES_SELECTOR: Record<never, never>;
  CONTACT_CENTER: Record<never, never>;
  SETTING_CONNECTOR: Record<never, never>;
}

/** One placement as `placements()` lists it. */
export interface PlacementInfo {
  code: PlacementCode;
  /** The scopes its page names. */
  scopes: string[];
  /** How it is bound: `placement.bind` with `options` (the `OPTIONS` keys), or another method's param. */
  bound: { method: "placement.bind"; options: ParamInfo[] } | { method: string; param: string; why: string };
  /** What the handler receives in `PLACEMENT_OPTIONS`. */
  placementOptions: ParamInfo[];
  deprecated: boolean;
  commands: string[];
  events: string[];
  doc: string;
  /** The docs page (under the docs' `api-reference/widgets/`). */
  page: string;
  mistakes: { what: string; fix: string }[];
}
