// Evaluation of the check on the held-back corpus of issue 17, part 6 (boundaries-holdout.txt). It
// was written before the detector was changed for that part and is not used for tuning, so this test
// only REPORTS: precision, recall, exact boundaries and false alarms, and checks the corpus's shape.
// It asserts no quality threshold on purpose: a threshold would invite tuning against the file.
// The misses and false alarms are printed only with ANONYMIZE_EVAL_DETAILS=1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus, scoreCorpus } from './corpus';

const url = new URL('./boundaries-holdout.txt', import.meta.url);

describe('held-back evaluation corpus (issue 17, part 6)', () => {
  it('reports precision and recall', () => {
    const lines = parseCorpus(readFileSync(url, 'utf8'));
    const unmarked = lines.filter((l) => l.spans.length === 0).length;
    const score = scoreCorpus(lines);
    console.log(
      `[anonymize] evaluation (boundaries-holdout, ${lines.length} notes, ${unmarked} without identifiers): ` +
        `recall ${score.found}/${score.marked} = ${score.recall.toFixed(3)}, ` +
        `precision ${score.truePositives}/${score.findings} = ${score.precision.toFixed(3)}, ` +
        `exact boundaries ${score.exact}/${score.found}, false alarms ${score.falseAlarms} on unmarked lines`,
    );
    if (process.env.ANONYMIZE_EVAL_DETAILS === '1') {
      for (const m of score.misses) console.log(`  missed: ${m}`);
      for (const a of score.alarms) console.log(`  false alarm: ${a}`);
      for (const s of score.strays) console.log(`  stray finding: ${s}`);
      for (const x of score.inexact) console.log(`  boundary: ${x}`);
    }
    expect(lines.length).toBeGreaterThanOrEqual(100);
    expect(unmarked).toBeGreaterThanOrEqual(40);
    expect(score.marked).toBeGreaterThanOrEqual(60);
  });
});
