/** The protocol as Markdown: the same content and options as the PDF (shared model). */
import type { MeetingExport, RichDoc } from '../doc/export';
import { signedMinutes } from './format';
import { de } from './labels';
import { protocolModel, type CaseModel, type ItemList, type ProtocolOptions } from './model';
import { escapeMarkdown, richMarkdown } from './richMarkdown';

export function renderProtocolMarkdown(data: MeetingExport, options: ProtocolOptions = {}): string {
  const model = protocolModel(data, options);
  const out: string[] = [];
  const esc = escapeMarkdown;
  out.push(`# ${esc(model.short ? de.protocolShort : de.protocol)}: ${esc(model.title)}`);
  out.push(`*${esc(de.confidential)}*`);
  out.push(model.meta.map((row) => `- **${esc(row.label)}:** ${esc(row.value)}`).join('\n'));

  const { total, groups } = model.attendance;
  out.push(`## ${esc(de.attendance.title)}: ${esc(de.attendance.total(total))}`);
  if (total === 0) out.push(esc(de.attendance.none));
  else {
    out.push(groups.map((g) => `- **${esc(g.label)} (${g.count}):** ${g.professions.map((p) => `${esc(p.profession)} ${p.count}`).join(', ')}`).join('\n'));
    out.push(`*${esc(de.attendance.namesOnList)}*`);
  }

  if (model.agendaFollowUps.length > 0) {
    out.push(`## ${esc(de.agendaFollowUps.title)}`);
    for (const f of model.agendaFollowUps) {
      out.push(`### ${esc(f.title)}`, `*${esc(f.from)}*`, rich(f.note, 3) || esc(de.agendaFollowUps.empty));
    }
  }

  if (model.cases.length === 0) out.push(`## ${esc(de.cases.overview)}`, esc(de.cases.none));
  for (const c of model.cases) out.push(...caseMarkdown(c, model.short));

  out.push(`## ${esc(de.next.title)}`, esc(model.nextMeeting || de.next.none));
  return out.filter(Boolean).join('\n\n') + '\n';
}

function caseMarkdown(c: CaseModel, short: boolean): string[] {
  const esc = escapeMarkdown;
  const out = [`## ${esc(de.cases.heading(c.number, c.title))}`, `**${esc(de.cases.presenter)}:** ${esc(c.presenter || de.notEntered)}`];
  if (c.question) out.push(`### ${esc(de.cases.question)}`, `> ${esc(c.question).replace(/\n/g, '\n> ')}`);
  if (!short) {
    const phases = c.phases.filter((p) => p.notes || p.lists.length > 0);
    if (phases.length > 0 || c.otherLists.length > 0) out.push(`### ${esc(de.cases.course)}`);
    for (const phase of phases) out.push(`#### ${phase.number}. ${esc(phase.title)}`, rich(phase.notes, 4), ...lists(phase.lists));
    if (c.otherLists.length > 0) out.push(`#### ${esc(de.cases.otherItems)}`, ...lists(c.otherLists));
  }
  out.push(`### ${esc(de.cases.statement)}`, rich(c.statement, 3) || `*${esc(de.cases.noStatement)}*`);
  out.push(`### ${esc(de.cases.strategies)}`);
  if (c.strategies.length === 0) out.push(`*${esc(de.cases.noStrategies)}*`);
  else {
    const s = de.strategy;
    const cell = (text: string) => esc(text || de.notSet).replace(/\n/g, ' ');
    out.push([
      `| ${s.number} | ${s.measure} | ${s.responsible} | ${s.due} | ${s.offer} | ${s.status} |`,
      '|---:|---|---|---|---|---|',
      ...c.strategies.map((row, i) => `| ${i + 1} | ${cell(row.measure)} | ${cell(row.responsible)} | ${cell(row.due)} | ${cell(row.offer)} | ${cell(row.status)} |`),
    ].join('\n'));
  }
  if (c.offers.length > 0) {
    out.push(`#### ${esc(de.offers.title)}`, c.offers.map((o) => `- **${esc(o.name)}**${o.kind ? ` (${esc(o.kind)})` : ''} – ` +
      o.details.map((row) => `${esc(row.label)}: ${esc(row.value)}`).join('; ')).join('\n'));
  }
  if (c.followUps.length > 0) {
    out.push(`### ${esc(de.cases.followUps)}`);
    for (const f of c.followUps) out.push(`*${esc(f.label)}*`, rich(f.note, 3));
  }
  if (!short) {
    out.push(`### ${esc(de.cases.time)}`);
    if (!c.time) out.push(`*${esc(de.time.notTracked)}*`);
    else {
      const t = de.time;
      out.push([
        `| ${t.phase} | ${t.planned} | ${t.used} | ${t.difference} |`,
        '|---|---:|---:|---:|',
        ...c.time.rows.map((r) => `| ${esc(r.title)} | ${t.minutes(r.plannedMinutes)} | ${t.minutes(r.usedMinutes)} | ${signedMinutes(r.usedMinutes - r.plannedMinutes)} |`),
        `| **${t.total}** | ${t.minutes(c.time.planned)} | ${t.minutes(c.time.used)} | ${signedMinutes(c.time.used - c.time.planned)} |`,
      ].join('\n'));
    }
  }
  return out;
}

function lists(itemLists: readonly ItemList[]): string[] {
  return itemLists.map((list) => `**${escapeMarkdown(list.label)}**\n\n` +
    list.items.map((item) => `- ${escapeMarkdown(item.text)}${item.system ? ` (${escapeMarkdown(item.system)})` : ''}`).join('\n'));
}

function rich(doc: RichDoc | null, headingOffset: number): string {
  return doc ? richMarkdown(doc, headingOffset) : '';
}
