// A realistic 20,000-character note and a timing helper, shared by the performance test and the
// project's benchmark script. Not a test file itself (vitest only picks up *.test.ts).
import { detectIdentifiers } from '../../../shared/anonymize';

/** Case-note sentences of the kind the check sees, identifiers and false-alarm probes mixed. */
const SENTENCES: readonly string[] = [
  'Die Mutter, Melanie Wagner, kommt regelmäßig zu den Vorsorgeuntersuchungen.',
  'Der Vater Ahmet Demir ist seit drei Monaten arbeitslos und sucht eine Stelle als Lagerist.',
  'Das Kind ist am 09.08.2024 geboren, die Geburt war komplikationslos.',
  'Die Familie wohnt in der Schillerstraße 5 in einer Dachgeschosswohnung mit zwei Zimmern.',
  'Handynummer der Mutter: 0170 1234567, erreichbar meist vormittags.',
  'Die Tochter Sophie geht in die Kita Pusteblume und hat dort eine feste Bezugserzieherin.',
  'Hypothese: Die Erschöpfung der Mutter ist die Hauptursache für die Schreiphasen des Säuglings.',
  'Ressource: Eine Nachbarin unterstützt beim Einkaufen und passt gelegentlich auf die Kinder auf.',
  'Belastung: Beengte Wohnverhältnisse, fünf Personen in drei Zimmern, Schimmel im Bad.',
  'Lösungsidee: Anbindung an ein Familienzentrum und Kontakt zu einer Familienhebamme.',
  'Frau Schneider vom Jugendamt begleitet die Familie seit dem Frühjahr.',
  'Bei der U5 war das Kind altersgerecht entwickelt, die Kinderärztin sah keinen Handlungsbedarf.',
  'Aktenzeichen beim Familiengericht: 3 F 456/24, der nächste Termin ist am 11. März 2026.',
  'Die Großeltern leben in 76133 Karlsruhe und kommen am Wochenende zu Besuch.',
  'Das Geschwisterkind besucht die 1. Klasse der Grundschule am Park.',
  'Die Mutter ist 31 Jahre alt, alleinerziehend und hat eine Ausbildung als Friseurin abgebrochen.',
  'Es gab eine Gefährdungseinschätzung nach § 8a SGB VIII, die ohne Ergebnis blieb.',
  'Herr Kowalczyk und Frau Yıldız haben sich im Elterncafé kennengelernt.',
  'Die Familie ist vor acht Jahren aus Aleppo geflohen und lebte zunächst in einer Unterkunft.',
  'Vereinbart: Die Fallgeberin spricht bis zur nächsten Sitzung mit der Schreiambulanz.',
];

/** Builds a note of at least `length` characters from the sentences above. */
export function buildNote(length = 20_000): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

export interface BenchResult {
  /** Median wall-clock time of one check, in milliseconds. */
  medianMs: number;
  /** Median CPU time of one check where the runtime can tell (Node), else the wall-clock median. */
  cpuMedianMs: number;
  runsMs: number[];
  findings: number;
  chars: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Median time of `runs` checks of a 20k-character note, after a JIT warm-up (the app checks notes
 * over and over, so the warm figure is the one a moderator feels).
 */
export function benchAnonymize20k(runs = 15, warmUp = 10): BenchResult {
  const note = buildNote(20_000);
  let findings = 0;
  for (let i = 0; i < warmUp; i++) findings = detectIdentifiers(note).length;
  const proc = (globalThis as { process?: { cpuUsage?: (prev?: { user: number; system: number }) => { user: number; system: number } } }).process;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = proc?.cpuUsage?.();
    const t0 = performance.now();
    detectIdentifiers(note);
    times.push(performance.now() - t0);
    if (c0 && proc?.cpuUsage) {
      const c = proc.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const medianMs = median(times);
  return { medianMs, cpuMedianMs: cpu.length ? median(cpu) : medianMs, runsMs: times, findings, chars: note.length };
}
