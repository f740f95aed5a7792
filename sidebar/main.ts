/**
 * The mentor-assignment sidebar: unassigned Tier 2/3 students, "Suggest" for an optimal
 * proposal with reasons, accept all or one by one (with another mentor if you like), and the
 * mentors' caseloads with their mentees to release. Nothing is written until accepted.
 * Every text goes in through textContent; every server call shows progress and its failure.
 */
import { langFromLocale } from '../src/core/i18n/lang';
import { translator } from '../src/core/i18n/messages';
import { METRIC_MESSAGES } from '../src/core/metrics/messages';
import type { AssignmentView, AtRiskStudent, Proposal, ProposedPair } from './contract';
import { byId, el } from './dom';
import { type SidebarText, sidebarMessages } from './messages';
import { callServer } from './rpc';

const app = byId('app');
const status = byId('status');
const errorBox = byId('error');
let t = translator(sidebarMessages, langFromLocale(navigator.language));
let metric = translator(METRIC_MESSAGES, langFromLocale(navigator.language));
/** The last state the server sent: counts and caseloads on screen always come from it. */
let current: AssignmentView | null = null;
let proposal: Proposal | null = null;
let working = false;
/** Runs a server call with progress shown and its failure explained; null when it failed. */
async function work<T>(call: () => Promise<T>, retry?: () => void): Promise<T | null> {
  if (working) return null;
  working = true;
  app.setAttribute('aria-busy', 'true');
  status.textContent = t('working');
  errorBox.replaceChildren();
  try {
    return await call();
  } catch (error) {
    status.textContent = '';
    errorBox.appendChild(el('p', t('failed', { message: (error as Error)?.message ?? String(error) })));
    if (retry) {
      const again = el('button', t('retry'));
      again.type = 'button';
      again.addEventListener('click', retry);
      errorBox.appendChild(again);
      again.focus();
    }
    return null;
  } finally {
    working = false;
    app.setAttribute('aria-busy', 'false');
  }
}

function useLanguage(lang: AssignmentView['lang']): void {
  t = translator(sidebarMessages, lang);
  metric = translator(METRIC_MESSAGES, lang);
  document.documentElement.lang = lang;
  const labels: Array<[string, SidebarText]> = [
    ['suggest', 'suggest'],
    ['accept-all', 'accept_all'],
    ['cancel', 'cancel'],
    ['mentors-title', 'mentors'],
  ];
  for (const [id, key] of labels) byId(id).textContent = t(key);
}

function badge(tier: number): HTMLElement {
  const b = el('span', `T${tier}`, `badge t${tier}`);
  b.setAttribute('aria-label', t('tier', { tier }));
  return b;
}

/** A student as both the waiting list and a proposal card show them: tier, name, class, score, reasons. */
function studentLines(s: AtRiskStudent): HTMLElement[] {
  const head = el('span');
  head.append(badge(s.tier), el('strong', s.name), ` · ${s.className} · ${t('score', { score: s.score })}`);
  return s.reasons ? [head, el('small', s.reasons, 'risk')] : [head];
}

function renderWaiting(view: AssignmentView): void {
  // The Dashboard's and the coordinator email's label for the same count.
  byId('waiting-title').textContent = `${metric('unassigned')} (${view.unassigned.length})`;
  byId('suggest').hidden = proposal !== null || view.unassigned.length === 0;
  const list = byId('waiting');
  list.hidden = proposal !== null;
  list.replaceChildren();
  if (view.unassigned.length === 0) list.appendChild(el('li', t('waiting_none')));
  for (const s of view.unassigned) {
    const li = el('li');
    li.append(...studentLines(s));
    list.appendChild(li);
  }
}

function renderMentors(view: AssignmentView): void {
  const list = byId('mentors');
  list.replaceChildren();
  for (const m of view.mentors) {
    const li = el('li');
    const details = el('details');
    const summary = el('summary');
    const load = metric('caseload', { mentees: m.caseload, capacity: m.capacity });
    summary.append(el('strong', m.name), ` ${load}`);
    if (!m.active) summary.append(` (${t('inactive')})`);
    const meter = el('meter');
    meter.min = 0;
    meter.max = Math.max(1, m.capacity);
    meter.value = m.caseload;
    meter.setAttribute('aria-label', `${m.name}: ${load}`);
    summary.appendChild(meter);
    details.appendChild(summary);
    const mentees = el('ul');
    if (m.mentees.length === 0) mentees.appendChild(el('li', t('no_mentees')));
    for (const s of m.mentees) {
      const row = el('li');
      const name = el('span', `${s.name} · ${s.className}`);
      if (s.tier === 2 || s.tier === 3) name.prepend(badge(s.tier));
      const release = el('button', t('release'));
      release.type = 'button';
      release.setAttribute('aria-label', t('release_label', { name: s.name, mentor: m.name }));
      release.addEventListener('click', () => void releaseOne(s.id, s.name));
      row.append(name, release);
      mentees.appendChild(row);
    }
    details.appendChild(mentees);
    li.appendChild(details);
    list.appendChild(li);
  }
}

function render(view: AssignmentView): void {
  current = view;
  useLanguage(view.lang);
  renderWaiting(view);
  renderMentors(view);
  refreshCards();
}

const cards = () => [...byId('pairs').querySelectorAll<HTMLLIElement>('li.pair')];
const pairOf = (li: HTMLLIElement) => proposal?.pairs.find((p) => p.student.id === li.dataset.student);

/**
 * Brings every card in line with the state: the reasons of the mentor its dropdown shows, and
 * the caseload that mentor reaches if every card is accepted as it stands (so changing one card's
 * mentor changes the others' numbers for both mentors).
 */
function refreshCards(): void {
  if (!proposal) return;
  const all = cards();
  byId('proposal-title').textContent =
    all.length > 0 ? t('proposal', { count: all.length }) : t('proposal_none');
  byId('accept-all').hidden = all.length === 0;
  const chosen = all.map((li) => li.querySelector('select')!.value);
  for (const li of all) {
    const mentorId = li.querySelector('select')!.value;
    const option = pairOf(li)?.options.find((o) => o.id === mentorId);
    li.querySelector('.why')!.textContent = option?.reasons.length
      ? option.reasons.join(' · ')
      : t('why_none');
    const mentor = current?.mentors.find((m) => m.id === mentorId);
    const load = li.querySelector<HTMLElement>('.load')!;
    if (!mentor) {
      load.textContent = '';
      continue;
    }
    const after = mentor.caseload + chosen.filter((id) => id === mentorId).length;
    const over = after > mentor.capacity;
    load.textContent =
      t('caseload_after', { name: mentor.name, after, capacity: mentor.capacity }) +
      (over ? ` · ${t('over_capacity')}` : '');
    load.classList.toggle('over', over);
  }
}

function pairItem(pair: ProposedPair): HTMLLIElement {
  const li = el('li', undefined, 'pair');
  li.dataset.student = pair.student.id;
  li.append(...studentLines(pair.student));
  const select = el('select');
  select.setAttribute('aria-label', t('mentor_for', { name: pair.student.name }));
  for (const option of pair.options) {
    const o = el('option', option.name);
    o.value = option.id;
    select.appendChild(o);
  }
  select.addEventListener('change', refreshCards);
  const accept = el('button', t('accept'));
  accept.type = 'button';
  accept.addEventListener(
    'click',
    () => void acceptPairs([{ studentId: pair.student.id, mentorId: select.value }]),
  );
  li.append(select, el('small', '', 'why'), el('small', '', 'load'), accept);
  return li;
}

function renderProposal(p: Proposal): void {
  proposal = p;
  byId('proposal').hidden = false;
  byId('pairs').replaceChildren(...p.pairs.map(pairItem));
  const unplacedTitle = byId('unplaced-title');
  unplacedTitle.hidden = p.unplaced.length === 0;
  unplacedTitle.textContent = t('unplaced', { count: p.unplaced.length });
  byId('unplaced').replaceChildren(
    ...p.unplaced.map((u) => {
      const li = el('li');
      li.append(el('strong', u.studentName), el('small', u.reason));
      return li;
    }),
  );
  // The proposal takes the waiting list's place (its heading and count stay) until accepted or cancelled.
  if (current) renderWaiting(current);
  refreshCards();
  byId('proposal-title').setAttribute('tabindex', '-1');
  byId('proposal-title').focus();
}

function closeProposal(): void {
  proposal = null;
  byId('proposal').hidden = true;
  byId('pairs').replaceChildren();
  if (current) renderWaiting(current);
}

/** The pairs as the coordinator left them in the proposal (a changed mentor included). */
function chosenPairs(): Array<{ studentId: string; mentorId: string }> {
  return cards().map((li) => ({
    studentId: li.dataset.student!,
    mentorId: li.querySelector('select')!.value,
  }));
}

async function acceptPairs(pairs: Array<{ studentId: string; mentorId: string }>): Promise<void> {
  const result = await work(() => callServer('acceptMentors', pairs));
  if (!result) return;
  const names = new Map(proposal?.pairs.map((p) => [p.student.id, p.student.name]));
  const refused = new Set(result.refused.map((r) => r.studentId));
  for (const r of result.refused) {
    errorBox.appendChild(
      el('p', t('refused', { name: names.get(r.studentId) ?? r.studentId, reason: r.reason })),
    );
  }
  const done = new Set(pairs.map((p) => p.studentId).filter((id) => !refused.has(id)));
  for (const li of cards()) if (done.has(li.dataset.student!)) li.remove();
  if (cards().length === 0) closeProposal();
  render(result.view);
  status.textContent = t('accepted', { count: done.size });
}

async function releaseOne(studentId: string, name: string): Promise<void> {
  const view = await work(() => callServer('releaseStudents', [studentId]));
  if (!view) return;
  render(view);
  status.textContent = t('released', { name });
}

async function suggest(): Promise<void> {
  const p = await work(
    () => callServer('suggestMentors'),
    () => void suggest(),
  );
  if (!p) return;
  status.textContent = '';
  renderProposal(p);
}

async function start(): Promise<void> {
  status.textContent = t('loading');
  const view = await work(
    () => callServer('getAssignmentView'),
    () => void start(),
  );
  if (!view) return;
  status.textContent = '';
  render(view);
}

byId('suggest').addEventListener('click', () => void suggest());
byId('accept-all').addEventListener('click', () => void acceptPairs(chosenPairs()));
byId('cancel').addEventListener('click', closeProposal);
void start();
