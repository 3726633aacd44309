#!/usr/bin/env node
// Extracts the four `placement.*` pages of the vendored docs
// (spec/docs/common/api-reference/widgets/placement-{bind,get,list,unbind}.md) into
// spec/methods/placement.json, in the layout of the other family files (method, scopes,
// params, curl example body, success and error examples, error table), so the conformance
// tests read them like every other method. The corpus's own extractor (tools/build_spec_corpus.py
// upstream) never covered the widgets pages; this one reads only what those four pages hold.
//
//   node tools/extract-placement-methods.mjs           # writes spec/methods/placement.json
//   node tools/extract-placement-methods.mjs --check   # exit 1 when the file differs
//
// Plain Node, no dependencies.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = ['placement-bind', 'placement-get', 'placement-list', 'placement-unbind'];
const WIDGETS = 'common/api-reference/widgets';
export const OUT = path.join(REPO, 'spec/methods/placement.json');

/** Whether a snapshot (docs/, methods/) holds the four pages. */
export function hasPages(spec = path.join(REPO, 'spec')) {
  return PAGES.every((page) => fs.existsSync(path.join(spec, 'docs', WIDGETS, `${page}.md`)));
}

/** The text of a `## heading` section (up to the next `## `). */
function section(text, heading) {
  const start = text.search(new RegExp(`^## ${heading}`, 'm'));
  if (start < 0) return '';
  const rest = text.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Table rows `|| a | b ||` of a YFM table, as cell texts (a row may span lines). */
function rows(text) {
  const out = [];
  for (const match of text.matchAll(/^\|\|([\s\S]*?)\|\|\s*$/gm)) {
    out.push(match[1].split(/\s*\|\s*/).map((c) => c.trim()));
  }
  return out;
}

function params(text) {
  const body = section(text, 'Method Parameters');
  const out = [];
  for (const [head, ...rest] of rows(body)) {
    const name = /^\*\*(\w+)\*\*/.exec(head);
    const type = /\[`([^`]+)`\]/.exec(head);
    if (!name || !type) continue; // the header row
    out.push({
      name: name[1],
      type: type[1],
      required: /^\*\*\w+\*\*(\*|\^\*\^)/.test(head),
      description: rest.join(' | ').replace(/\s+/g, ' ').trim(),
    });
  }
  return out;
}

function firstBlock(text, lang) {
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(text);
  return match ? match[1] : undefined;
}

function curlBody(text) {
  const bash = firstBlock(section(text, 'Code Examples'), 'bash');
  const body = bash && /-d '([\s\S]*?)'/.exec(bash);
  return body ? JSON.parse(body[1]) : undefined;
}

function statuses(text) {
  const line = /HTTP [Ss]tatus: ([^\n]*)/.exec(text);
  return line ? [...line[1].matchAll(/\*\*(\d{3})\*\*/g)].map((m) => Number(m[1])) : [];
}

function errorsTable(text) {
  const table = rows(section(text, 'Error Handling').split('### Possible Error Codes')[1] ?? '');
  const [header, ...body] = table;
  if (!header) return [];
  const col = (word) => header.findIndex((c) => c.replace(/\*/g, '').toLowerCase() === word);
  const [code, status, description] = [col('code'), col('status'), col('description')];
  return body.map((cells) => ({
    http_status: Number(cells[status]?.replace(/`/g, '')),
    code: cells[code]?.replace(/`/g, ''),
    description: cells[description]?.replace(/\s+/g, ' '),
  }));
}

/** The family file's rows, from the pages of the snapshot at `spec` (default: the vendored one). */
export function extract(spec = path.join(REPO, 'spec')) {
  return PAGES.map((page) => {
    const source = `api-reference/widgets/${page}.md`;
    const text = fs.readFileSync(path.join(spec, 'docs', WIDGETS, `${page}.md`), 'utf8');
    const title = /^# (.*)$/m.exec(text)[1];
    const scopeLine = /^> Scope: (.*)$/m.exec(text)?.[1] ?? '';
    const scopes = [...scopeLine.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
    const success = firstBlock(section(text, 'Response Handling'), 'json');
    const errorText = section(text, 'Error Handling');
    const error = firstBlock(errorText, 'json');
    const body = curlBody(text);
    return {
      method: /\b(placement\.\w+)\s*$/.exec(title)[1],
      title,
      scopes,
      deprecated: false,
      params: params(text),
      examples: body ? { curl_oauth_body: body, curl_body_tab: 'cURL (OAuth)' } : {},
      success_responses: success ? [{ http_status: 200, body: JSON.parse(success) }] : [],
      error_responses: error ? [{ http_status: statuses(errorText)[0] ?? 400, http_statuses: statuses(errorText), body: JSON.parse(error) }] : [],
      errors_table: errorsTable(text),
      includes_system_errors: text.includes('system-errors.md'),
      source_path: source,
      parse_warnings: [],
      parse_notes: ['extracted by tools/extract-placement-methods.mjs from the page (not by the corpus extractor)'],
    };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const text = JSON.stringify(extract(), null, 1) + '\n';
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    if (!same) console.error(`${OUT} is not what the pages give: run node tools/extract-placement-methods.mjs`);
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(REPO, OUT)}`);
}
