// Expands the compact method table the .wasm embeds (see src/table_codec.rs for the format)
// into the MethodInfo rows that `methods()` returns.

const SIMPLE = { s: 'string', i: 'integer', n: 'number', b: 'boolean', d: 'date', t: 'time', f: 'file', a: 'any' };
const READ = 1;
const DEPRECATED = 2;
const ERRORS_IN_RESULT = 4;

export function expandTable(compact) {
  const defs = [];
  const type = (t) => {
    if (typeof t === 'string') return { kind: SIMPLE[t] };
    const [tag, ...rest] = t;
    switch (tag) {
      case 'e': return { kind: 'enum', values: rest };
      case '[': return { kind: 'array', items: type(rest[0]) };
      case 'm': return { kind: 'map', items: type(rest[0]) };
      case '{': {
        // Fields are arrays, rules are objects already in the shape methods() shows.
        const rules = rest.filter((r) => !Array.isArray(r));
        const object = { kind: 'object', fields: rest.filter(Array.isArray).map(param) };
        if (rules.length > 0) object.rules = rules;
        return object;
      }
      case '|': return { kind: 'either', anyOf: rest.map(type) };
      case '#': return defs[rest[0]];
      default: throw new Error(`unknown type tag ${tag}`);
    }
  };
  const param = ([name, t, required = 0, limit = 0]) => {
    const row = { name, required: required === 1, type: type(t) };
    if (typeof limit === 'object') Object.assign(row, limit);
    else if (limit > 0) row.maxChars = limit;
    else if (limit < 0) row.maxJsonChars = -limit;
    return row;
  };
  for (const def of compact.defs) defs.push(type(def));
  // `paging` (list methods only) is already in the shape methods() shows.
  return compact.methods.map(([name, scopes, flags, rules, params, paging]) => ({
    name,
    scopes,
    deprecated: (flags & DEPRECATED) !== 0,
    reads: (flags & READ) !== 0,
    errorsInResult: (flags & ERRORS_IN_RESULT) !== 0,
    params: params.map(param),
    rules,
    ...(paging === undefined ? {} : { paging }),
  }));
}
