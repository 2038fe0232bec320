/** The protocol (Protokoll) as one self-contained HTML document. */
import type { MeetingExport, RichDoc } from '../doc/export';
import { escapeHtml } from './escape';
import { signedMinutes } from './format';
import { de } from './labels';
import { protocolModel, type CaseModel, type ItemList, type OfferDetails, type ProtocolModel, type ProtocolOptions, type StrategyRow } from './model';
import { documentHtml, type DocumentAssets } from './page';
import { richHtml } from './richHtml';

const CSS = `
.case{break-before:page;page-break-before:always}
.case>h2{margin-top:0}
.phase{margin:0 0 .4em}
.phase h4 .num{color:#4f5661;font-weight:400}
.items{display:grid;grid-template-columns:1fr 1fr;gap:0 1.4em}
.items.single{grid-template-columns:1fr}
.items section{break-inside:avoid}
.items h5{margin:.4em 0 .2em;color:#1d5c63}
.tag{font-size:8pt;color:#4f5661;border:.5pt solid #a9a7a0;border-radius:2pt;padding:0 .25em;margin-left:.3em;white-space:nowrap}
.question{font-size:11.5pt;border-left:2.5pt solid #1d5c63;padding:.2em 0 .2em .8em;margin:0 0 .8em}
.strategies td:first-child{width:1.6em}
.strategies .measure{width:40%}
.time{width:auto;min-width:60%}
.overview li{margin:.15em 0}
.offers li{margin:.2em 0;break-inside:avoid}
.offers .details{color:#4f5661}
`;

export function renderProtocolHtml(data: MeetingExport, options: ProtocolOptions, assets: DocumentAssets): string {
  const model = protocolModel(data, options);
  const heading = model.short ? de.protocolShort : de.protocol;
  const bodyHtml = [
    `<header><p class="kicker">${escapeHtml(de.circleKind)}</p><h1>${escapeHtml(heading)}: ${escapeHtml(model.title)}</h1></header>`,
    metaHtml(model),
    attendanceHtml(model),
    overviewHtml(model),
    agendaFollowUpsHtml(model),
    ...model.cases.map((c) => caseHtml(c, model.short)),
    nextMeetingHtml(model),
  ].join('\n');
  return documentHtml({
    title: `${heading} – ${model.title}`,
    frame: {
      headerLeft: model.circleName,
      headerRight: [model.title, model.dateShort].filter(Boolean).join(', '),
      footerLeft: de.confidential,
      pageNumbers: true,
    },
    bodyClass: 'protocol',
    bodyHtml,
    css: CSS,
  }, assets);
}

function metaHtml(model: ProtocolModel): string {
  return `<dl class="meta">${model.meta.map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd>`).join('')}</dl>`;
}

/**
 * A table body whose sum row stays with its last rows: they share a <tbody> that must not break
 * (page.ts: tbody.keep), so no page starts with the sum alone. Not a <tfoot>: Chromium repeats a
 * table-footer-group at the bottom of every page the table is on, so „Summe“ appeared under a part.
 */
function bodyWithSum(rowsHtml: readonly string[], sumHtml: string, keepRows = 2): string {
  const split = Math.max(0, rowsHtml.length - keepRows);
  const head = rowsHtml.slice(0, split).join('');
  return `${head ? `<tbody>${head}</tbody>` : ''}<tbody class="keep">${rowsHtml.slice(split).join('')}${sumHtml}</tbody>`;
}

function attendanceHtml(model: ProtocolModel): string {
  const { total, groups } = model.attendance;
  if (total === 0) return `<h2>${escapeHtml(de.attendance.title)}</h2><p>${escapeHtml(de.attendance.none)}</p>`;
  // One body per system (its heading spans its rows); the last system's body holds the sum.
  const bodies = groups.map((g, gi) => {
    const rows = g.professions.map((p, i) =>
      `<tr>${i === 0 ? `<th scope="rowgroup" rowspan="${g.professions.length}">${escapeHtml(g.label)} (${g.count})</th>` : ''}` +
      `<td>${escapeHtml(p.profession)}</td><td class="num">${p.count}</td></tr>`).join('');
    const last = gi === groups.length - 1;
    const sum = last ? `<tr class="sum"><th colspan="2">${escapeHtml(de.attendance.sum)}</th><td class="num">${total}</td></tr>` : '';
    return `<tbody${last ? ' class="keep"' : ''}>${rows}${sum}</tbody>`;
  }).join('');
  return `<h2>${escapeHtml(de.attendance.title)}: ${escapeHtml(de.attendance.total(total))}</h2>` +
    `<table class="attendance"><thead><tr><th>${escapeHtml(de.attendance.system)}</th><th>${escapeHtml(de.attendance.profession)}</th><th class="num">${escapeHtml(de.attendance.count)}</th></tr></thead>` +
    `${bodies}</table>` +
    `<p class="muted">${escapeHtml(de.attendance.namesOnList)}</p>`;
}

function overviewHtml(model: ProtocolModel): string {
  if (model.cases.length === 0) return `<h2>${escapeHtml(de.cases.overview)}</h2><p>${escapeHtml(de.cases.none)}</p>`;
  return `<h2>${escapeHtml(de.cases.overview)}</h2><ol class="overview">${model.cases.map((c) => `<li>${escapeHtml(c.title)}</li>`).join('')}</ol>`;
}

function agendaFollowUpsHtml(model: ProtocolModel): string {
  if (model.agendaFollowUps.length === 0) return '';
  return `<h2>${escapeHtml(de.agendaFollowUps.title)}</h2>` + model.agendaFollowUps.map((f) =>
    `<h3>${escapeHtml(f.title)}</h3><p class="muted">${escapeHtml(f.from)}</p>${rich(f.note, 3) || `<p>${escapeHtml(de.agendaFollowUps.empty)}</p>`}`).join('');
}

function caseHtml(c: CaseModel, short: boolean): string {
  const parts = [`<section class="case"><h2>${escapeHtml(de.cases.heading(c.number, c.title))}</h2>`];
  parts.push(`<dl class="meta"><dt>${escapeHtml(de.cases.presenter)}</dt><dd>${escapeHtml(c.presenter || de.notEntered)}</dd></dl>`);
  if (c.question) parts.push(`<h3>${escapeHtml(de.cases.question)}</h3><p class="question">${escapeHtml(c.question)}</p>`);
  if (!short) {
    const phases = c.phases.filter((p) => p.notes || p.lists.length > 0);
    if (phases.length > 0 || c.otherLists.length > 0) {
      parts.push(`<h3>${escapeHtml(de.cases.course)}</h3>`);
      for (const phase of phases) {
        parts.push(`<section class="phase"><h4><span class="num">${phase.number}.</span> ${escapeHtml(phase.title)}</h4>${rich(phase.notes, 4)}${listsHtml(phase.lists)}</section>`);
      }
      if (c.otherLists.length > 0) parts.push(`<section class="phase"><h4>${escapeHtml(de.cases.otherItems)}</h4>${listsHtml(c.otherLists)}</section>`);
    }
  }
  parts.push(`<h3>${escapeHtml(de.cases.statement)}</h3>${rich(c.statement, 3) || `<p class="muted">${escapeHtml(de.cases.noStatement)}</p>`}`);
  parts.push(`<h3>${escapeHtml(de.cases.strategies)}</h3>${strategiesHtml(c.strategies)}${offersHtml(c.offers)}`);
  if (c.followUps.length > 0) {
    parts.push(`<h3>${escapeHtml(de.cases.followUps)}</h3>` + c.followUps.map((f) => `<p class="muted">${escapeHtml(f.label)}</p>${rich(f.note, 3)}`).join(''));
  }
  if (!short) parts.push(c.time ? timeHtml(c.time) : `<h3>${escapeHtml(de.cases.time)}</h3><p class="muted">${escapeHtml(de.time.notTracked)}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

function listsHtml(lists: readonly ItemList[]): string {
  if (lists.length === 0) return '';
  return `<div class="items${lists.length === 1 ? ' single' : ''}">${lists.map((list) =>
    `<section><h5>${escapeHtml(list.label)}</h5><ul>${list.items.map((item) =>
      `<li>${escapeHtml(item.text)}${item.system ? `<span class="tag">${escapeHtml(item.system)}</span>` : ''}</li>`).join('')}</ul></section>`).join('')}</div>`;
}

function strategiesHtml(rows: readonly StrategyRow[]): string {
  if (rows.length === 0) return `<p class="muted">${escapeHtml(de.cases.noStrategies)}</p>`;
  const s = de.strategy;
  return `<table class="strategies"><thead><tr><th>${s.number}</th><th class="measure">${s.measure}</th><th>${s.responsible}</th><th>${s.due}</th><th>${s.offer}</th><th>${s.status}</th></tr></thead><tbody>` +
    rows.map((row, i) => `<tr><td>${i + 1}</td><td class="measure">${escapeHtml(row.measure)}</td><td>${escapeHtml(row.responsible || de.notSet)}</td>` +
      `<td>${escapeHtml(row.due || de.notSet)}</td><td>${escapeHtml(row.offer || de.notSet)}</td><td>${escapeHtml(row.status)}</td></tr>`).join('') +
    '</tbody></table>';
}

/** „Schreiambulanz (Sprechstunde) – Zielgruppe: …; Kontakt: …; Telefon: …; Web: …“, one line per offer. */
function offersHtml(offers: readonly OfferDetails[]): string {
  if (offers.length === 0) return '';
  return `<h4>${escapeHtml(de.offers.title)}</h4><ul class="offers">${offers.map((o) =>
    `<li><strong>${escapeHtml(o.name)}</strong>${o.kind ? ` (${escapeHtml(o.kind)})` : ''} – <span class="details">` +
    `${o.details.map((row) => `${escapeHtml(row.label)}: ${escapeHtml(row.value)}`).join('; ')}</span></li>`).join('')}</ul>`;
}

function timeHtml(time: NonNullable<CaseModel['time']>): string {
  const t = de.time;
  const rows = time.rows.map((row) => `<tr><td>${escapeHtml(row.title)}</td><td class="num">${t.minutes(row.plannedMinutes)}</td><td class="num">${t.minutes(row.usedMinutes)}</td>` +
    `<td class="num">${signedMinutes(row.usedMinutes - row.plannedMinutes)}</td></tr>`);
  const sum = `<tr class="sum"><th>${t.total}</th><td class="num">${t.minutes(time.planned)}</td><td class="num">${t.minutes(time.used)}</td><td class="num">${signedMinutes(time.used - time.planned)}</td></tr>`;
  return `<h3>${escapeHtml(de.cases.time)}</h3><table class="time"><thead><tr><th>${t.phase}</th><th class="num">${t.planned}</th><th class="num">${t.used}</th><th class="num">${t.difference}</th></tr></thead>` +
    `${bodyWithSum(rows, sum)}</table>`;
}

function nextMeetingHtml(model: ProtocolModel): string {
  return `<section class="next"><h2>${escapeHtml(de.next.title)}</h2><p>${escapeHtml(model.nextMeeting || de.next.none)}</p></section>`;
}

function rich(doc: RichDoc | null, headingOffset: number): string {
  return doc ? richHtml(doc, { headingOffset }) : '';
}
