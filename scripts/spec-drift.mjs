#!/usr/bin/env node
// What changed in the Bitrix24 docs: compares a docs snapshot in the corpus layout (docs/ with
// docs/MANIFEST.json, methods/<family>.json) with the copy vendored in spec/, or two snapshots
// with each other, and prints methods added/removed and, per method, the changes of its params
// (required flags, types, allowed values, defaults, descriptions), paging hints, examples and
// error codes; then the docs pages added, removed or changed. Plain Node, no dependencies.
//
//   node scripts/spec-drift.mjs NEW                 # spec/ -> NEW
//   node scripts/spec-drift.mjs OLD NEW             # OLD -> NEW
//   node scripts/spec-drift.mjs NEW --update        # print, then make spec/ a copy of NEW
//   node scripts/spec-drift.mjs NEW --check         # exit 1 when anything differs
//   node scripts/spec-drift.mjs OLD NEW --json      # the same report as JSON
//
// When the docs move: run it against the new snapshot, read the report, `--update`, then make
// the conformance tests (tests/spec_conformance.rs and friends) pass over the new copy.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract as extractPlacement, hasPages as hasPlacementPages } from '../tools/extract-placement-methods.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const VENDORED = path.join(REPO, 'spec');
// `placement` is not in the corpus's extraction: tools/extract-placement-methods.mjs reads it from
// the widgets pages, and `update` writes it when the snapshot lacks it.
const FAMILIES = ['imopenlines', 'imconnector', 'im', 'imbot', 'placement'];
// Params that carry a page's position or size in the docs of our scopes.
const POSITION = new Set(['OFFSET', 'offset', 'LAST_ID', 'FIRST_ID', 'start']);
const SIZE = new Set(['LIMIT', 'limit']);
// Result fields that say whether another page follows.
const END_FIELDS = new Set(['hasNextPage', 'hasMore', 'total', 'next', 'nextOffset']);

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The methods of a snapshot, by name, with the family file each came from. */
export function loadMethods(dir) {
  const out = new Map();
  for (const family of FAMILIES) {
    const file = path.join(dir, 'methods', `${family}.json`);
    if (!fs.existsSync(file)) continue;
    for (const m of readJson(file)) out.set(m.method, { ...m, family });
  }
  if (out.size === 0) throw new Error(`${dir}: no methods/<family>.json (expected the corpus layout: docs/, methods/)`);
  return out;
}

/** Params flattened to dotted names (children under their parent). */
function flatParams(params, prefix = '', out = new Map()) {
  for (const p of params ?? []) {
    const name = prefix + p.name;
    out.set(name, p);
    flatParams(p.children, `${name}.`, out);
  }
  return out;
}

function flatFields(fields, out = new Set()) {
  for (const f of fields ?? []) {
    out.add(f.name);
    flatFields(f.children, out);
  }
  return out;
}

const allowed = (p) => (p.allowed_values ?? []).map((v) => (typeof v.value === 'string' ? v.value : JSON.stringify(v.value)));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const show = (v) => (v === undefined ? '-' : typeof v === 'string' ? v : JSON.stringify(v));

/** The numbers a param's description states as its bounds: "from `1` to `200`", "Maximum: 1000", "1–1000". */
function bounds(description = '') {
  const found = [];
  for (const re of [/from `?(\d+)`? to `?(\d+)`?/gi, /(\d+)\s*[–-]\s*(\d+)/g]) {
    for (const m of description.matchAll(re)) found.push(`${m[1]}-${m[2]}`);
  }
  for (const m of description.matchAll(/(maximum|max\.?|at most|up to|greater than|default)[^0-9`\n]{0,30}`?(\d+)/gi)) {
    found.push(`${m[1].toLowerCase()} ${m[2]}`);
  }
  return [...new Set(found)];
}

/** How a method pages, as far as its page says: position and size params, end fields, caps. */
export function pagingHints(m) {
  const params = flatParams(m.params);
  const hints = [];
  for (const [name, p] of params) {
    const leaf = name.split('.').pop();
    if (POSITION.has(leaf)) hints.push(`position ${name}${bounds(p.description).length ? ` (${bounds(p.description).join(', ')})` : ''}`);
    if (SIZE.has(leaf)) hints.push(`size ${name}${bounds(p.description).length ? ` (${bounds(p.description).join(', ')})` : ''}`);
  }
  for (const f of flatFields(m.result_fields)) if (END_FIELDS.has(f)) hints.push(`end ${f}`);
  for (const e of m.errors_table ?? []) {
    if (/OFFSET/.test(e.code ?? '')) hints.push(`cap ${e.code}: ${e.meaning ?? e.description ?? ''}`.trim());
  }
  return hints;
}

const exampleBody = (m) => m.examples?.curl_webhook_body ?? m.examples?.curl_oauth_body;
const errorCodes = (m) => [...new Set([...(m.errors_table ?? []).map((e) => e.code), ...(m.error_responses ?? []).map((e) => e.body?.error ?? e.body?.result?.error)].filter(Boolean))].sort();

/** The changes of one method, as lines. */
export function methodChanges(before, after) {
  const lines = [];
  if (!same(before.scopes, after.scopes)) lines.push(`scopes: ${show(before.scopes)} -> ${show(after.scopes)}`);
  if (!!before.deprecated !== !!after.deprecated) lines.push(`deprecated: ${!!before.deprecated} -> ${!!after.deprecated}`);
  const was = flatParams(before.params);
  const now = flatParams(after.params);
  for (const [name, p] of now) {
    const q = was.get(name);
    if (!q) {
      lines.push(`param added: ${name} (${p.type ?? '?'}${p.required ? ', required' : ''}${allowed(p).length ? `, one of ${allowed(p).join('|')}` : ''})`);
      continue;
    }
    if (!!q.required !== !!p.required) lines.push(`param ${name}: required ${!!q.required} -> ${!!p.required}`);
    if (q.type !== p.type) lines.push(`param ${name}: type ${show(q.type)} -> ${show(p.type)}`);
    if (!same(allowed(q), allowed(p))) lines.push(`param ${name}: allowed values ${allowed(q).join('|') || '-'} -> ${allowed(p).join('|') || '-'}`);
    if (!same(q.default, p.default)) lines.push(`param ${name}: default ${show(q.default)} -> ${show(p.default)}`);
    if (!same(bounds(q.description), bounds(p.description))) lines.push(`param ${name}: bounds ${bounds(q.description).join(', ') || '-'} -> ${bounds(p.description).join(', ') || '-'}`);
    else if ((q.description ?? '') !== (p.description ?? '')) lines.push(`param ${name}: description changed`);
  }
  for (const name of was.keys()) if (!now.has(name)) lines.push(`param removed: ${name}`);
  const [pagingBefore, pagingAfter] = [pagingHints(before), pagingHints(after)];
  if (!same(pagingBefore, pagingAfter)) lines.push(`paging: ${pagingBefore.join('; ') || 'none'} -> ${pagingAfter.join('; ') || 'none'}`);
  if ((before.title ?? '') !== (after.title ?? '')) lines.push(`title: ${show(before.title)} -> ${show(after.title)}`);
  const [notesBefore, notesAfter] = [before.notes ?? [], after.notes ?? []];
  for (const n of notesAfter) if (!notesBefore.includes(n)) lines.push(`note added: ${n}`);
  for (const n of notesBefore) if (!notesAfter.includes(n)) lines.push(`note removed: ${n}`);
  if (!same(exampleBody(before), exampleBody(after))) lines.push(`example request: ${show(exampleBody(before))} -> ${show(exampleBody(after))}`);
  const [tabsBefore, tabsAfter] = [before.examples?.tab_names ?? [], after.examples?.tab_names ?? []];
  const tabsGained = tabsAfter.filter((t) => !tabsBefore.includes(t));
  const tabsLost = tabsBefore.filter((t) => !tabsAfter.includes(t));
  if (tabsGained.length) lines.push(`example tabs added: ${tabsGained.join(', ')}`);
  if (tabsLost.length) lines.push(`example tabs removed: ${tabsLost.join(', ')}`);
  const exampleKeys = new Set([...Object.keys(before.examples ?? {}), ...Object.keys(after.examples ?? {})]);
  const otherExamples = [...exampleKeys].filter((k) => !['tab_names', 'curl_webhook_body', 'curl_oauth_body'].includes(k) && !same(before.examples?.[k], after.examples?.[k]));
  if (otherExamples.length) lines.push(`examples changed: ${otherExamples.sort().join(', ')}`);
  const bodies = (m, key) => (m[key] ?? []).map((r) => r.body);
  if (!same(bodies(before, 'success_responses'), bodies(after, 'success_responses'))) lines.push('success examples changed');
  if (!same(bodies(before, 'error_responses'), bodies(after, 'error_responses'))) lines.push('error examples changed');
  const [codesBefore, codesAfter] = [errorCodes(before), errorCodes(after)];
  const gained = codesAfter.filter((c) => !codesBefore.includes(c));
  const lost = codesBefore.filter((c) => !codesAfter.includes(c));
  if (gained.length) lines.push(`errors added: ${gained.join(', ')}`);
  if (lost.length) lines.push(`errors removed: ${lost.join(', ')}`);
  if (!same([...flatFields(before.result_fields)].sort(), [...flatFields(after.result_fields)].sort())) lines.push('result fields changed');
  return lines;
}

function manifest(dir) {
  const file = path.join(dir, 'docs', 'MANIFEST.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing`);
  const m = readJson(file);
  return { source: m.source ?? '', files: new Map((m.files ?? []).map((f) => [f.path, f])) };
}

/** Docs pages added, removed and changed (by content when both files are there, else by size). */
export function pageChanges(oldDir, newDir) {
  const [was, now] = [manifest(oldDir), manifest(newDir)];
  const added = [...now.files.keys()].filter((p) => !was.files.has(p)).sort();
  const removed = [...was.files.keys()].filter((p) => !now.files.has(p)).sort();
  const changed = [];
  for (const [p, f] of now.files) {
    const g = was.files.get(p);
    if (!g) continue;
    const [a, b] = [path.join(oldDir, 'docs', p), path.join(newDir, 'docs', p)];
    const differs = fs.existsSync(a) && fs.existsSync(b) ? !fs.readFileSync(a).equals(fs.readFileSync(b)) : g.bytes !== f.bytes;
    if (differs) changed.push(p);
  }
  changed.sort();
  return { sourceBefore: was.source, sourceAfter: now.source, added, removed, changed };
}

/** The whole report between two snapshots. */
export function drift(oldDir, newDir) {
  const [was, now] = [loadMethods(oldDir), loadMethods(newDir)];
  const added = [...now.keys()].filter((n) => !was.has(n)).sort();
  const removed = [...was.keys()].filter((n) => !now.has(n)).sort();
  const changed = {};
  for (const [name, m] of now) {
    if (!was.has(name)) continue;
    const lines = methodChanges(was.get(name), m);
    if (lines.length) changed[name] = lines;
  }
  const addedDetail = Object.fromEntries(added.map((n) => {
    const m = now.get(n);
    return [n, { family: m.family, params: m.params?.length ?? 0, required: (m.params ?? []).filter((p) => p.required).map((p) => p.name), paging: pagingHints(m), errors: errorCodes(m) }];
  }));
  return {
    methods: { before: was.size, after: now.size, added, removed, addedDetail, changed },
    pages: pageChanges(oldDir, newDir),
  };
}

export function render(report, labels = ['before', 'after']) {
  const { methods: m, pages: p } = report;
  const out = [];
  out.push(`methods: ${m.before} (${labels[0]}) -> ${m.after} (${labels[1]}): ${m.added.length} added, ${m.removed.length} removed, ${Object.keys(m.changed).length} changed`);
  for (const n of m.added) {
    const d = m.addedDetail[n];
    out.push(`+ ${n} [${d.family}] ${d.params} params${d.required.length ? `, required ${d.required.join(', ')}` : ''}; paging: ${d.paging.join('; ') || 'none'}; errors: ${d.errors.join(', ') || '-'}`);
  }
  for (const n of m.removed) out.push(`- ${n}`);
  for (const [n, lines] of Object.entries(m.changed)) {
    out.push(`~ ${n}`);
    for (const l of lines) out.push(`    ${l}`);
  }
  out.push(`pages: ${p.added.length} added, ${p.removed.length} removed, ${p.changed.length} changed`);
  if (p.sourceBefore !== p.sourceAfter) out.push(`  source: ${p.sourceAfter.slice(0, 160)}${p.sourceAfter.length > 160 ? '...' : ''}`);
  for (const f of p.added) out.push(`+ ${f}`);
  for (const f of p.removed) out.push(`- ${f}`);
  for (const f of p.changed) out.push(`~ ${f}`);
  return out.join('\n');
}

/** Makes `target` (docs/, methods/) an exact copy of the snapshot at `from`. */
export function update(from, target = VENDORED) {
  for (const part of ['docs', 'methods']) {
    if (!fs.existsSync(path.join(from, part))) throw new Error(`${from}/${part} is missing`);
  }
  for (const part of ['docs', 'methods']) {
    fs.rmSync(path.join(target, part), { recursive: true, force: true });
    fs.cpSync(path.join(from, part), path.join(target, part), { recursive: true });
  }
  const placement = path.join(target, 'methods', 'placement.json');
  if (!fs.existsSync(placement) && hasPlacementPages(target)) {
    fs.writeFileSync(placement, JSON.stringify(extractPlacement(target), null, 1) + '\n');
  }
}

export function hasDrift(report) {
  const { methods: m, pages: p } = report;
  return m.added.length + m.removed.length + Object.keys(m.changed).length + p.added.length + p.removed.length + p.changed.length > 0;
}

function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const dirs = argv.filter((a) => !a.startsWith('--')).map((d) => path.resolve(d));
  const unknown = [...flags].filter((f) => !['--update', '--check', '--json'].includes(f));
  if (unknown.length || dirs.length < 1 || dirs.length > 2 || (flags.has('--update') && dirs.length !== 1)) {
    console.error('usage: node scripts/spec-drift.mjs [OLD] NEW [--json] [--check] [--update (with NEW only: replaces spec/)]');
    return 2;
  }
  const [oldDir, newDir] = dirs.length === 2 ? dirs : [VENDORED, dirs[0]];
  const report = drift(oldDir, newDir);
  const labels = [path.relative(process.cwd(), oldDir) || '.', path.relative(process.cwd(), newDir) || '.'];
  console.log(flags.has('--json') ? JSON.stringify(report, null, 2) : render(report, labels));
  if (flags.has('--update')) {
    update(newDir);
    console.log(`spec/ is now a copy of ${labels[1]}`);
  }
  return flags.has('--check') && hasDrift(report) ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`spec-drift: ${e.message}`);
    process.exitCode = 2;
  }
}
