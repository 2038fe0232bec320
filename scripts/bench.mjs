#!/usr/bin/env node
// `npm run bench`: builds the renderer and the hello-world anchor page with the same Vite config, runs
// every benchmark (vitest project `bench`, system Chromium), prints a table and writes
// bench/results.json as an array of { metric, value, unit, anchor, anchorValue, ratio, target, ok }.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${repo}node_modules/.bin/${name}`;
const run = (command, args, env = {}) => spawnSync(command, args, { cwd: repo, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

if (!run(bin('vite'), ['build', '--logLevel', 'warn'])) process.exit(1);
if (!run(bin('vite'), ['build', '--logLevel', 'warn'], { BENCH_HELLO: '1' })) process.exit(1);

const tmp = `${repo}.tmp/bench/`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const filter = process.argv.slice(2);
const ran = run(bin('vitest'), ['run', '--project', 'bench', ...filter]);

const results = readdirSync(tmp).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(tmp + f, 'utf8')));
results.sort((a, b) => a.metric.localeCompare(b.metric));
mkdirSync(`${repo}bench`, { recursive: true });
writeFileSync(`${repo}bench/results.json`, JSON.stringify(results, null, 2) + '\n');

const rows = results.map((r) => [r.metric, `${r.value} ${r.unit}`, r.anchor ? `${r.anchorValue} ${r.unit} (${r.anchor})` : '–', r.ratio ?? '–', r.target, r.ok ? 'ok' : 'MISSED']);
const head = ['metric', 'value', 'anchor', 'ratio', 'target', 'ok'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
console.log('\n' + line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of rows) console.log(line(row));
const missed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length} metrics, ${missed} missed their target → bench/results.json`);
process.exit(ran && missed === 0 ? 0 : 1);
