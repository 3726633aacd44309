// Valid params for a method, built from b24-wasm's own method table (`methods()`): every
// field of every object is filled with a value of its declared type, so `check()` validates
// all of them. `imopenlines.config.add` has one param, PARAMS, an object of 83 fields.

const SAMPLE_STRING = { WORKTIME_FROM: '09:00', WORKTIME_TO: '18:30', WORKTIME_TIMEZONE: 'Europe/Berlin', LANGUAGE_ID: 'en' };

function sample(name, type) {
  switch (type.kind) {
    case 'string': return SAMPLE_STRING[name] ?? `${name.toLowerCase()} text`;
    case 'integer': return 1;
    case 'boolean': return true;
    case 'enum': return type.values[0];
    case 'date': return '2025-01-31T10:00:00+00:00';
    case 'time': return '09:00';
    case 'number': return 1;
    case 'array': return [sample(name, type.items)];
    case 'map': return { key: sample(name, type.items) };
    case 'either': return sample(name, type.anyOf[0]);
    case 'object': return Object.fromEntries(type.fields.map((f) => [f.name, sample(f.name, f.type)]));
    case 'any': return 'value';
    default: throw new Error(`no sample value for type kind ${type.kind} (${name})`);
  }
}

/** { params, fields } for `method`: params with every field set, and how many leaf fields it has. */
export function fullParams(methodTable, method) {
  const entry = methodTable.find((m) => m.name === method);
  if (!entry) throw new Error(`${method} is not in b24-wasm's method table`);
  const params = Object.fromEntries(entry.params.map((p) => [p.name, sample(p.name, p.type)]));
  const countFields = (type) => (type.kind === 'object' ? type.fields.length : 0);
  const fields = entry.params.reduce((n, p) => n + (countFields(p.type) || 1), 0);
  return { params, fields };
}
