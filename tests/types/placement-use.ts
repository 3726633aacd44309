// Compile-time checks of the placement types (tsc only, via tests/js/types.test.mjs): placement.*
// typed per code, PLACEMENT_OPTIONS typed per code on the handler side, and the generated maps
// the frame side codes against. Each line after `// @ts-expect-error` must be a type error.

import { Client, createPlacementNodeHandler, createPlacementWebHandler, memoryTokenStore, parsePlacement, placements } from 'b24-wasm';
import type { B24Placement, B24PlacementRequest, PlacementBindOptionsMap, PlacementCode, PlacementCommandMap, PlacementInfo, PlacementOptionsMap } from 'b24-wasm';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export async function binding(client: Client): Promise<void> {
  const done: boolean = await client.placement.bind({ PLACEMENT: 'IM_TEXTAREA', HANDLER: 'https://a.example/', OPTIONS: { iconName: 'fa-paperclip', width: 50 } });
  await client.call('placement.bind', { PLACEMENT: 'IM_CONTEXT_MENU', HANDLER: 'https://a.example/' });
  await client.call('placement.bind', { PLACEMENT: 'IMMOBILE_CONTEXT_MENU', HANDLER: 'https://a.example/', OPTIONS: { context: 'CHAT;LINES', role: 'USER' } });
  // @ts-expect-error: IM_TEXTAREA needs OPTIONS.iconName
  await client.call('placement.bind', { PLACEMENT: 'IM_TEXTAREA', HANDLER: 'https://a.example/' });
  // @ts-expect-error: width is the textarea's key, not the sidebar's
  await client.call('placement.bind', { PLACEMENT: 'IM_SIDEBAR', HANDLER: 'https://a.example/', OPTIONS: { iconName: 'fa-x', width: 50 } });
  // @ts-expect-error: SETTING_CONNECTOR is bound by imconnector.register
  await client.call('placement.bind', { PLACEMENT: 'SETTING_CONNECTOR', HANDLER: 'https://a.example/' });
  // @ts-expect-error: not a placement of the table
  await client.call('placement.bind', { PLACEMENT: 'CRM_DEAL_DETAIL_TAB', HANDLER: 'https://a.example/' });
  // @ts-expect-error: CONTACT_CENTER keeps no OPTIONS
  await client.call('placement.bind', { PLACEMENT: 'CONTACT_CENTER', HANDLER: 'https://a.example/', OPTIONS: { iconName: 'fa-x' } });
  const removed: number = (await client.placement.unbind({ PLACEMENT: 'SETTING_CONNECTOR' })).count;
  const codes: string[] = await client.placement.list({ SCOPE: 'im' });
  const rows = await client.placement.get();
  const handler: string | undefined = rows[0]?.handler;
  void [done, removed, codes, handler];
}

export async function handlerSide(): Promise<void> {
  createPlacementNodeHandler({
    store: memoryTokenStore(),
    appCode: 'local.app',
    onPlacement(request) {
      if (request.placement === 'IM_CONTEXT_MENU') {
        const ids: [string, string] = [request.options.messageId, request.options.dialogId];
        void ids;
        // @ts-expect-error: the context menu's options carry no CONNECTOR
        request.options.CONNECTOR;
      }
      if (request.placement === 'SETTING_CONNECTOR') {
        const on: boolean | null | undefined = request.options.STATUS;
        const connector: string | null | undefined = request.options.CONNECTOR;
        void [on, connector];
        // @ts-expect-error: the connector's settings have no dialogId
        request.options.dialogId;
      }
      const endpoint: string = request.auth.endpoint;
      // @ts-expect-error: the refresh token sits beside auth, not in it (Client.oauth takes it only with the app's keys)
      request.auth.refreshToken;
      return `<p>${endpoint}</p>`;
    },
  });
  createPlacementWebHandler({ store: memoryTokenStore(), onPlacement: (request) => new Response(request.placement) });
  const parsed: B24Placement = await parsePlacement('body', { query: 'DOMAIN=a.bitrix24.com' });
  const textarea: B24PlacementRequest<'IM_TEXTAREA'> | undefined = parsed.placement === 'IM_TEXTAREA' ? parsed : undefined;
  const dialog: string | undefined = textarea?.options.dialogId;
  void dialog;
}

export async function generatedMaps(): Promise<void> {
  const all: true[] = [
    true as Equals<PlacementCode, 'IM_TEXTAREA' | 'IM_SIDEBAR' | 'IM_CONTEXT_MENU' | 'IMMOBILE_CONTEXT_MENU' | 'IM_NAVIGATION' | 'IM_SMILES_SELECTOR' | 'CONTACT_CENTER' | 'SETTING_CONNECTOR'>,
    true as Equals<keyof PlacementOptionsMap, PlacementCode>,
    true as Equals<PlacementBindOptionsMap['SETTING_CONNECTOR'], never>,
    true as Equals<PlacementOptionsMap['IMMOBILE_CONTEXT_MENU'], { dialogId: string }>,
    true as Equals<keyof PlacementCommandMap['IM_TEXTAREA'], never>,
  ];
  const rows: readonly PlacementInfo[] = await placements();
  // @ts-expect-error: the rows are frozen
  rows.push(rows[0]!);
  void all;
}
