// The one error class of the package: every failure of a call, an event or a setup becomes a
// B24Error, whichever entry made it (the client, the events API). `code` to switch on (the codes
// are in codes.js, generated from src/error/codes.rs), and where it happened.

import { TEMPLATES } from './messages.js';

// A template of messages.js (generated from src/error/templates.rs) with its `{x}` slots filled,
// in one pass (a value's own braces stay), as messages::render does natively.
function render(index, args) {
  const template = Number.isInteger(index) ? TEMPLATES[index] ?? '' : '';
  return template.replace(/\{(\w+)\}/g, (_, slot) => (Object.hasOwn(args, slot) ? String(args[slot]) : ''));
}

// The .wasm sends no text (no core::fmt in it): `text` is [description's template, message's
// template (positions in TEMPLATES), then each slot's name and value]. JS-made errors carry
// `description` and `message` themselves.
function composed(data) {
  if (!Array.isArray(data.text)) return data;
  const [descriptionTemplate, messageTemplate, ...slots] = data.text;
  const args = {};
  for (let i = 0; i + 1 < slots.length; i += 2) args[slots[i]] = slots[i + 1];
  const description = render(descriptionTemplate, args);
  args.description = description;
  const { text, ...fields } = data;
  return { ...fields, description, message: render(messageTemplate, args) };
}

export class B24Error extends Error {
  #brand = true;
  constructor(fields) {
    const data = composed(fields);
    super(data.message);
    this.name = 'B24Error';
    this.code = data.code;
    this.description = data.description;
    if (data.status !== undefined) this.status = data.status;
    if (data.method !== undefined) this.method = data.method;
    if (data.field !== undefined) this.field = data.field;
    if (data.kind !== undefined) this.kind = data.kind;
  }

  /** True for a B24Error of this package (across bundles of it: the brand, not instanceof). */
  static is(value) {
    try {
      return typeof value === 'object' && value !== null && #brand in value;
    } catch {
      return false;
    }
  }
}

/** True when `value` is a `B24Error` of this package. */
export function isB24Error(value) {
  return B24Error.is(value);
}
