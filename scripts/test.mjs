#!/usr/bin/env node
// `npm test`: type-check, lint (with the import-direction rules), build the renderer, then every
// vitest project (unit, integration, end-to-end in Chromium). Ends with one line
// `N passed, N failed[, N skipped]` summing every suite (type-check and lint count as one check each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${repo}node_modules/.bin/${name}`;
const run = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit', env: process.env });
  return result.status === 0;
};

let passed = 0;
let failed = 0;
let skipped = 0;
const count = (ok) => (ok ? passed++ : failed++);

count(run('Typprüfung (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
count(run('Lint (eslint, Importrichtung)', bin('eslint'), ['.', '--max-warnings=0']));
const built = run('Renderer bauen (vite)', bin('vite'), ['build', '--logLevel', 'warn']);
count(built);

mkdirSync(`${repo}.tmp`, { recursive: true });
const report = `${repo}.tmp/vitest.json`;
rmSync(report, { force: true });
const projects = built ? ['--project', 'unit', '--project', 'e2e'] : ['--project', 'unit'];
run('Tests (vitest: unit, integration, end-to-end)', bin('vitest'), ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + (json.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(json);
  skipped += json.numPendingTests + json.numTodoTests;
} catch {
  console.error('Kein Testbericht von vitest – zähle als Fehlschlag.');
  failed += 1;
}

function countSuitesWithFailedTests(json) {
  // A suite that failed to load has no test results; count it once, but not suites already counted by their tests.
  return json.testResults.filter((s) => s.status === 'failed' && s.assertionResults.some((a) => a.status === 'failed')).length;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
