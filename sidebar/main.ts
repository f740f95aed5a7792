/**
 * The mentor-assignment sidebar: unassigned Tier 2/3 students, "Suggest" for an optimal
 * proposal with reasons, accept all or one by one (with another mentor if you like), and the
 * mentors' caseloads with their mentees to release. Nothing is written until accepted.
 * Every text goes in through textContent; every server call shows progress and its failure.
 */
import { langFromLocale } from '../src/core/i18n/lang';
import { translator } from '../src/core/i18n/messages';
import type { AssignmentView, Proposal, ProposedPair } from './contract';
import { byId, el } from './dom';
import { type SidebarText, sidebarMessages } from './messages';
import { callServer } from './rpc';

const app = byId('app');
const status = byId('status');
const errorBox = byId('error');
let t = translator(sidebarMessages, langFromLocale(navigator.language));
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
  document.documentElement.lang = lang;
  const labels: Array<[string, SidebarText]> = [
    ['suggest', 'suggest'],
    ['accept-all', 'accept_all'],
    ['cancel', 'cancel'],
    ['mentors-title', 'mentors'],
  ];
  for (const [id, key] of labels) byId(id).textContent = t(key);
}

const badge = (tier: number) => el('span', `T${tier}`, `badge t${tier}`);

function renderWaiting(view: AssignmentView): void {
  byId('waiting-title').textContent = t('waiting', { count: view.unassigned.length });
  byId('suggest').hidden = view.unassigned.length === 0;
  const list = byId('waiting');
  list.replaceChildren();
  if (view.unassigned.length === 0) list.appendChild(el('li', t('waiting_none')));
  for (const s of view.unassigned) {
    const li = el('li');
    const tier = badge(s.tier);
    tier.setAttribute('aria-label', t('tier', { tier: s.tier }));
    li.append(tier, el('strong', s.name), ` · ${s.className} · ${t('score', { score: s.score })}`);
    if (s.reasons) li.appendChild(el('small', s.reasons));
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
    summary.append(el('strong', m.name), ` ${t('caseload', { caseload: m.caseload, capacity: m.capacity })}`);
    if (!m.active) summary.append(` (${t('inactive')})`);
    const meter = el('meter');
    meter.min = 0;
    meter.max = Math.max(1, m.capacity);
    meter.value = m.caseload;
    meter.setAttribute(
      'aria-label',
      `${m.name}: ${t('caseload', { caseload: m.caseload, capacity: m.capacity })}`,
    );
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
  useLanguage(view.lang);
  renderWaiting(view);
  renderMentors(view);
}

function pairItem(pair: ProposedPair): HTMLLIElement {
  const li = el('li', undefined, 'pair');
  li.dataset.student = pair.studentId;
  li.appendChild(el('strong', pair.studentName));
  const select = el('select');
  select.setAttribute('aria-label', t('mentor_for', { name: pair.studentName }));
  for (const option of [{ id: pair.mentorId, name: pair.mentorName }, ...pair.alternatives]) {
    const o = el('option', option.name);
    o.value = option.id;
    select.appendChild(o);
  }
  li.appendChild(select);
  if (pair.reasons.length > 0) li.appendChild(el('small', pair.reasons.join(' · ')));
  const accept = el('button', t('accept'));
  accept.type = 'button';
  accept.addEventListener(
    'click',
    () => void acceptPairs([{ studentId: pair.studentId, mentorId: select.value }]),
  );
  li.appendChild(accept);
  return li;
}

function renderProposal(p: Proposal): void {
  proposal = p;
  const section = byId('proposal');
  section.hidden = false;
  // The proposal takes the waiting list's place until it is accepted or cancelled.
  byId('waiting-section').hidden = true;
  byId('proposal-title').textContent =
    p.pairs.length > 0 ? t('proposal', { count: p.pairs.length }) : t('proposal_none');
  byId('accept-all').hidden = p.pairs.length === 0;
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
  byId('proposal-title').setAttribute('tabindex', '-1');
  byId('proposal-title').focus();
}

function closeProposal(): void {
  proposal = null;
  byId('proposal').hidden = true;
  byId('waiting-section').hidden = false;
  byId('pairs').replaceChildren();
}

/** The pairs as the coordinator left them in the proposal (a changed mentor included). */
function chosenPairs(): Array<{ studentId: string; mentorId: string }> {
  return [...byId('pairs').querySelectorAll<HTMLLIElement>('li.pair')].map((li) => ({
    studentId: li.dataset.student!,
    mentorId: li.querySelector('select')!.value,
  }));
}

async function acceptPairs(pairs: Array<{ studentId: string; mentorId: string }>): Promise<void> {
  const result = await work(() => callServer('acceptMentors', pairs));
  if (!result) return;
  const names = new Map(proposal?.pairs.map((p) => [p.studentId, p.studentName]));
  const refused = new Set(result.refused.map((r) => r.studentId));
  for (const r of result.refused) {
    errorBox.appendChild(
      el('p', t('refused', { name: names.get(r.studentId) ?? r.studentId, reason: r.reason })),
    );
  }
  status.textContent = t('accepted', { count: pairs.length - refused.size });
  render(result.view);
  const done = new Set(pairs.map((p) => p.studentId).filter((id) => !refused.has(id)));
  for (const li of byId('pairs').querySelectorAll<HTMLLIElement>('li.pair'))
    if (done.has(li.dataset.student!)) li.remove();
  if (byId('pairs').children.length === 0) closeProposal();
}

async function releaseOne(studentId: string, name: string): Promise<void> {
  const view = await work(() => callServer('releaseStudents', [studentId]));
  if (!view) return;
  render(view);
  closeProposal();
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
