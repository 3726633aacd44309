// The one error class of the package: every failure of a call, an event or a setup becomes a
// B24Error, whichever entry made it (the client, the events API). `code` to switch on (the codes
// are in codes.js, generated from src/error/codes.rs), and where it happened.

export class B24Error extends Error {
  #brand = true;
  constructor(data) {
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
