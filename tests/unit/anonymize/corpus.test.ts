// Quality of the check on annotated case notes: recall of the marked identifiers and false
// alarms on lines without any. Figures are printed so that a run shows them, not only pass/fail.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus, scoreCorpus } from './corpus';

const corpora = [
  // The shared development corpus, beside the repository.
  { name: 'dev (shared/fixtures)', url: new URL('../../../../shared/fixtures/anonymization-dev.txt', import.meta.url) },
  // Written before the detector existed and never tuned against (see docs/anonymization.md).
  { name: 'holdout', url: new URL('./holdout.txt', import.meta.url) },
  // Cases collected while building the detector.
  { name: 'regression', url: new URL('./regression.txt', import.meta.url) },
  // Boundaries, particles, nicknames, Klinikum/…gemeinde/clubs (issue 17, part 6). Its held-back
  // twin, boundaries-holdout.txt, is only reported by evaluation.test.ts.
  { name: 'boundaries-dev', url: new URL('./boundaries-dev.txt', import.meta.url) },
];

describe('anonymization corpora', () => {
  for (const corpus of corpora) {
    it(`${corpus.name}: recall ≥ 0.95, at most 1 false alarm`, () => {
      const lines = parseCorpus(readFileSync(corpus.url, 'utf8'));
      const score = scoreCorpus(lines);
      const unmarked = lines.filter((l) => l.spans.length === 0).length;
      console.log(
        `[anonymize] ${corpus.name}: recall ${score.found}/${score.marked} = ${score.recall.toFixed(3)}, ` +
          `false alarms ${score.falseAlarms} on ${unmarked} unmarked lines`,
      );
      for (const miss of score.misses) console.log(`  missed: ${miss}`);
      for (const alarm of score.alarms) console.log(`  false alarm: ${alarm}`);
      expect(score.marked).toBeGreaterThan(0);
      expect(score.recall).toBeGreaterThanOrEqual(0.95);
      expect(score.falseAlarms).toBeLessThanOrEqual(1);
    });
  }

  it('the holdout corpus has the agreed shape (≥ 80 notes, at least half without identifiers)', () => {
    const lines = parseCorpus(readFileSync(new URL('./holdout.txt', import.meta.url), 'utf8'));
    expect(lines.length).toBeGreaterThanOrEqual(80);
    expect(lines.filter((l) => l.spans.length === 0).length * 2).toBeGreaterThanOrEqual(lines.length);
  });

  it('parses markers into offsets of the stripped text', () => {
    const [line] = parseCorpus('Frau [[name:Schneider]] wohnt in [[place:Durlach]].');
    expect(line!.text).toBe('Frau Schneider wohnt in Durlach.');
    expect(line!.spans.map((s) => line!.text.slice(s.start, s.end))).toEqual(['Schneider', 'Durlach']);
  });
});
