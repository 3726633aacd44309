// PLACEHOLDER (branch `frame`): the `place` helper generates the real placements.d.ts from the
// placement table; the lead merges that one over this. Only the names connectFrame's types use.

/** The placement codes of the package's scopes. */
export type PlacementCode =
  | 'IM_TEXTAREA' | 'IM_SIDEBAR' | 'IM_CONTEXT_MENU' | 'IMMOBILE_CONTEXT_MENU' | 'IM_NAVIGATION'
  | 'IM_SMILES_SELECTOR' | 'CONTACT_CENTER' | 'SETTING_CONNECTOR';

/** PLACEMENT_OPTIONS per placement code, as the docs' "What the Handler Receives" give them. */
export interface PlacementOptionsMap {
  IM_TEXTAREA: { dialogId: string; URI: string };
  IM_SIDEBAR: { dialogId: string; URI: string };
  IM_CONTEXT_MENU: { dialogId: string; messageId: string; URI: string };
  IMMOBILE_CONTEXT_MENU: { dialogId: string; messageId: string };
  IM_NAVIGATION: { URI: string };
  IM_SMILES_SELECTOR: Record<string, unknown>;
  CONTACT_CENTER: { ID: string; URI: string };
  SETTING_CONNECTOR: { CONNECTOR: string; LINE: string; STATUS: boolean; ACTIVE_STATUS: boolean; CONNECTION_STATUS: boolean; REGISTER_STATUS: boolean; ERROR_STATUS: boolean; URI: string };
}

/** placement.bind's OPTIONS per code (placeholder: any object). */
export type PlacementBindOptionsMap = { [P in PlacementCode]: Record<string, unknown> };

/** The placement.call commands the docs list per code (none for these placements). */
export type PlacementCommandMap = { [P in PlacementCode]: {} };
