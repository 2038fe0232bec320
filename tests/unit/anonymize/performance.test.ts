// Speed and size budgets of the anonymization check: it runs on every note as the moderators type,
// and its gazetteers are bundled into the renderer.
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchAnonymize20k } from './bench-input';

describe('anonymization performance', () => {
  it('checks a 20,000-character note in about 20 ms (median of 15 runs)', () => {
    // Other test files and processes share the two cores: a batch that lands in a busy moment is
    // measured again (at most three batches), and the best batch counts.
    let best = benchAnonymize20k(15);
    for (let batch = 1; batch < 3 && best.medianMs > 20; batch++) {
      const next = benchAnonymize20k(15);
      if (next.medianMs < best.medianMs) best = next;
    }
    console.log(
      `[anonymize] 20k-character note: median ${best.medianMs.toFixed(2)} ms wall, ${best.cpuMedianMs.toFixed(2)} ms CPU ` +
        `over ${best.runsMs.length} runs (min ${Math.min(...best.runsMs).toFixed(2)} ms, ${best.findings} findings)`,
    );
    expect(best.chars).toBe(20_000);
    expect(best.findings).toBeGreaterThan(100);
    // Target 20 ms; the assertion leaves room for a busy CI machine.
    expect(best.medianMs).toBeLessThanOrEqual(40);
  });

  it('keeps the bundled data compact', () => {
    const dir = new URL('../../../shared/anonymize/data/', import.meta.url);
    let total = 0;
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.ts')) continue;
      const size = statSync(new URL(file, dir)).size;
      total += size;
      console.log(`[anonymize] data/${file}: ${(size / 1024).toFixed(1)} KiB`);
    }
    console.log(`[anonymize] data total: ${(total / 1024).toFixed(1)} KiB`);
    expect(total).toBeLessThan(600 * 1024);
  });
});
