/**
 * The preview's Google-Forms-like pages: a list of the add-on's forms, and one form to fill in
 * (text, paragraph, dropdown, multiple choice, checkboxes, date, linear scale, section headers).
 * Plain DOM; every text from the data goes in through textContent or a property, never as HTML.
 */
import { validationProblem } from '../../gas/forms/validation';
import type { FormItemSummary, FormSummary } from '../forms';

/** Answers by item id: text, or the ticked choices of a checkbox question. */
export type PageAnswers = Record<string, string | string[]>;

export interface FormPageOptions {
  /** The page's language (default 'en'). */
  lang?: 'en' | 'id';
  /** Answers already chosen, by item id (a pre-filled link's): a person may still change them. */
  prefill?: Record<string, string>;
}

const WORDS = {
  en: {
    required: '* Indicates required question',
    requiredError: 'This is a required question',
    choose: 'Choose',
    other: 'Other:',
    email: 'Email',
    submit: 'Submit',
    clear: 'Clear form',
    recorded: 'Your response has been recorded.',
    open: 'Open',
    none: 'No form yet: create the forms from the add-on menu.',
    summary: (items: number, responses: number, sheet: string | null) =>
      `${items} questions · ${responses} responses · ${sheet ? `responses go to "${sheet}"` : 'no responses sheet'}`,
  },
  id: {
    required: '* Menunjukkan pertanyaan yang wajib diisi',
    requiredError: 'Ini adalah pertanyaan wajib',
    choose: 'Pilih',
    other: 'Yang lain:',
    email: 'Email',
    submit: 'Kirim',
    clear: 'Kosongkan formulir',
    recorded: 'Jawaban Anda telah direkam.',
    open: 'Buka',
    none: 'Belum ada formulir: buat formulir dari menu add-on.',
    summary: (items: number, responses: number, sheet: string | null) =>
      `${items} pertanyaan · ${responses} jawaban · ${sheet ? `jawaban masuk ke "${sheet}"` : 'tanpa sheet jawaban'}`,
  },
};

// Static styles only: no data ever reaches this text.
const STYLE = `
.gf { max-width: 640px; margin: 0 auto; font: 14px/1.5 Roboto, Arial, sans-serif; color: #202124; }
.gf .gf-card { background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 16px 20px; margin: 12px 0; }
.gf .gf-head { border-top: 10px solid #673ab7; }
.gf h1 { font-size: 26px; font-weight: 400; margin: 0 0 8px; }
.gf h2 { font-size: 18px; font-weight: 400; margin: 0; }
.gf fieldset { min-width: 0; }
.gf legend, .gf .gf-title { font-size: 16px; margin-bottom: 8px; display: block; padding: 0; }
.gf legend { float: left; width: 100%; }
.gf legend + * { clear: both; }
.gf-help, .gf-note { color: #5f6368; font-size: 12px; margin: 0 0 8px; }
.gf-req, .gf-error, .gf-note-req { color: #d93025; }
.gf-error { font-size: 12px; margin: 8px 0 0; }
.gf .gf-invalid { border-color: #d93025; }
.gf-option { display: flex; align-items: center; gap: 8px; padding: 4px 0; }
.gf-scale { display: flex; align-items: end; gap: 12px; flex-wrap: wrap; }
.gf-scale label { display: flex; flex-direction: column; align-items: center; }
.gf input[type=text], .gf input[type=email], .gf textarea, .gf select { font: inherit; padding: 6px; min-width: 60%; max-width: 100%; box-sizing: border-box; }
.gf textarea { width: 100%; min-height: 4em; box-sizing: border-box; }
.gf-actions { display: flex; justify-content: space-between; }
.gf-actions button { font: inherit; padding: 8px 20px; border-radius: 4px; border: 1px solid #dadce0; background: #fff; }
.gf-actions button[type=submit] { background: #673ab7; color: #fff; border-color: #673ab7; }
.gf-list { padding: 0; }
.gf-list li { list-style: none; }
`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

function style(): HTMLStyleElement {
  return el('style', STYLE);
}

/** The red asterisk of a required question (screen readers hear the control's required state). */
function requiredMark(): HTMLElement {
  const mark = el('span', ' *', 'gf-req');
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

function option(type: 'radio' | 'checkbox', name: string, value: string, label: string): HTMLLabelElement {
  const wrap = el('label', undefined, 'gf-option');
  const input = el('input');
  input.type = type;
  input.name = name;
  input.value = value;
  wrap.append(input, el('span', label));
  return wrap;
}

interface Question {
  item: FormItemSummary;
  card: HTMLElement;
  error: HTMLElement;
  read(): string | string[] | null;
}

/** Puts a pre-filled answer into the question's input(s), as Google's page does; an answer that is no choice is left out. */
function fill(box: HTMLElement, value: string | undefined): void {
  if (value === undefined) return;
  for (const input of box.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'input, select, textarea',
  )) {
    if (input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox'))
      input.checked = input.value === value;
    else if (input instanceof HTMLSelectElement) {
      if ([...input.options].some((o) => o.value === value)) input.value = value;
    } else if (!input.classList.contains('gf-other')) input.value = value;
  }
}

/** The input(s) of one question inside `box`, and how to read its answer back. */
function inputs(item: FormItemSummary, box: HTMLElement, id: string, words: (typeof WORDS)['en']) {
  const name = `item-${item.id}`;
  const checked = () => [...box.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)];
  const otherText = () => box.querySelector<HTMLInputElement>('input.gf-other')?.value.trim() ?? '';
  const withOther = (v: string) => (v === '__other__' ? otherText() : v);
  const addOther = (type: 'radio' | 'checkbox') => {
    if (!item.other) return;
    const wrap = option(type, name, '__other__', words.other);
    const text = el('input', undefined, 'gf-other');
    text.type = 'text';
    text.setAttribute('aria-label', words.other);
    wrap.append(text);
    box.append(wrap);
  };
  switch (item.type) {
    case 'PARAGRAPH_TEXT':
    case 'TEXT':
    case 'DATE': {
      const input = item.type === 'PARAGRAPH_TEXT' ? el('textarea') : el('input');
      if (input instanceof HTMLInputElement) input.type = item.type === 'DATE' ? 'date' : 'text';
      input.id = id;
      input.name = name;
      input.required = item.required;
      box.append(input);
      return () => input.value.trim() || null;
    }
    case 'LIST': {
      const select = el('select');
      select.id = id;
      select.name = name;
      select.required = item.required;
      select.append(Object.assign(el('option', words.choose), { value: '' }));
      for (const c of item.choices ?? []) select.append(Object.assign(el('option', c), { value: c }));
      box.append(select);
      return () => select.value || null;
    }
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX': {
      const type = item.type === 'CHECKBOX' ? 'checkbox' : 'radio';
      for (const c of item.choices ?? []) box.append(option(type, name, c, c));
      addOther(type);
      return () => {
        const values = checked()
          .map((i) => withOther(i.value))
          .filter((v) => v !== '');
        if (type === 'radio') return values[0] ?? null;
        return values.length ? values : null;
      };
    }
    case 'SCALE': {
      const { lower, upper, leftLabel, rightLabel } = item.scale ?? {
        lower: 1,
        upper: 5,
        leftLabel: '',
        rightLabel: '',
      };
      const row = el('div', undefined, 'gf-scale');
      if (leftLabel) row.append(el('span', leftLabel));
      for (let n = lower; n <= upper; n++) {
        const label = el('label');
        const input = el('input');
        input.type = 'radio';
        input.name = name;
        input.value = String(n);
        label.append(el('span', String(n)), input);
        row.append(label);
      }
      if (rightLabel) row.append(el('span', rightLabel));
      box.append(row);
      return () => checked()[0]?.value ?? null;
    }
    default:
      return () => null;
  }
}

function questionCard(item: FormItemSummary, words: (typeof WORDS)['en'], prefill?: string): Question {
  const id = `gf-item-${item.id}`;
  const grouped = ['MULTIPLE_CHOICE', 'CHECKBOX', 'SCALE'].includes(item.type);
  const card = el(grouped ? 'fieldset' : 'div', undefined, 'gf-card');
  const title = el(grouped ? 'legend' : 'label', item.title, 'gf-title');
  if (title instanceof HTMLLabelElement) title.htmlFor = id;
  if (item.required) title.append(requiredMark());
  card.append(title);
  const help = item.helpText ? el('p', item.helpText, 'gf-help') : null;
  if (help) card.append(help);
  const box = el('div');
  card.append(box);
  const read = inputs(item, box, id, words);
  fill(box, prefill);
  if (help) {
    help.id = `${id}-help`;
    const described = grouped ? card : box.querySelector('input, select, textarea');
    described?.setAttribute('aria-describedby', help.id);
  }
  if (grouped && item.required) card.setAttribute('aria-required', 'true');
  const error = el('p', '', 'gf-error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  card.append(error);
  return { item, card, error, read };
}

/**
 * A fillable form. `onSubmit` gets the answers by item id (unanswered questions left out) and the
 * email when the form collects it; required questions are checked first, as Google's page does.
 */
export function renderForm(
  form: FormSummary,
  onSubmit: (answers: PageAnswers, email?: string) => void,
  options: FormPageOptions = {},
): HTMLElement {
  const words = WORDS[options.lang ?? 'en'];
  const root = el('form', undefined, 'gf');
  root.noValidate = true;
  root.setAttribute('aria-label', form.title);
  const head = el('div', undefined, 'gf-card gf-head');
  head.append(el('h1', form.title));
  if (form.description) head.append(el('p', form.description));
  if (form.items.some((i) => i.required)) head.append(el('p', words.required, 'gf-note gf-note-req'));
  root.append(style(), head);

  let emailInput: HTMLInputElement | null = null;
  if (form.collectEmail) {
    const card = el('div', undefined, 'gf-card');
    const label = el('label', words.email, 'gf-title');
    label.htmlFor = 'gf-email';
    label.append(requiredMark());
    emailInput = el('input');
    emailInput.type = 'email';
    emailInput.id = 'gf-email';
    emailInput.required = true;
    card.append(label, emailInput);
    root.append(card);
  }

  const questions: Question[] = [];
  for (const item of form.items) {
    if (item.type === 'SECTION_HEADER' || item.type === 'PAGE_BREAK') {
      const card = el('div', undefined, item.type === 'PAGE_BREAK' ? 'gf-card gf-head' : 'gf-card');
      card.append(el('h2', item.title));
      if (item.helpText) card.append(el('p', item.helpText, 'gf-help'));
      root.append(card);
      continue;
    }
    const q = questionCard(item, words, options.prefill?.[String(item.id)]);
    questions.push(q);
    root.append(q.card);
  }

  const actions = el('div', undefined, 'gf-actions');
  const submit = el('button', words.submit);
  submit.type = 'submit';
  const clear = el('button', words.clear);
  clear.type = 'reset';
  actions.append(submit, clear);
  root.append(actions);

  root.addEventListener('submit', (e) => {
    e.preventDefault();
    const answers: PageAnswers = {};
    let firstMissing: Question | null = null;
    for (const q of questions) {
      const value = q.read();
      // Google's page refuses a blank required answer, and an answer its validation refuses.
      const invalid = typeof value === 'string' ? validationProblem(q.item.validation, value) : null;
      const problem = value === null && q.item.required ? words.requiredError : invalid;
      q.error.textContent = problem ?? '';
      q.error.hidden = problem === null;
      q.card.classList.toggle('gf-invalid', problem !== null);
      if (problem !== null) firstMissing ??= q;
      if (value !== null) answers[String(q.item.id)] = value;
    }
    const email = emailInput?.value.trim() ?? '';
    if (emailInput && !email) {
      emailInput.classList.add('gf-invalid');
      emailInput.focus();
      return;
    }
    if (firstMissing) {
      firstMissing.card.querySelector<HTMLElement>('input, select, textarea')?.focus();
      return;
    }
    onSubmit(answers, emailInput ? email : undefined);
  });
  return root;
}

/** What the respondent sees after submitting: the form's confirmation message. */
export function renderConfirmation(form: FormSummary, options: FormPageOptions = {}): HTMLElement {
  const words = WORDS[options.lang ?? 'en'];
  const root = el('div', undefined, 'gf');
  const card = el('div', undefined, 'gf-card gf-head');
  card.setAttribute('role', 'status');
  card.append(el('h1', form.title), el('p', form.confirmationMessage || words.recorded));
  root.append(style(), card);
  return root;
}

/** The add-on's forms, each with its size, responses and destination, and a button to open it. */
export function renderFormList(
  forms: FormSummary[],
  onOpen: (form: FormSummary) => void,
  options: FormPageOptions = {},
): HTMLElement {
  const words = WORDS[options.lang ?? 'en'];
  const root = el('div', undefined, 'gf');
  root.append(style());
  if (forms.length === 0) {
    root.append(el('p', words.none, 'gf-note'));
    return root;
  }
  const list = el('ul', undefined, 'gf-list');
  for (const form of forms) {
    const li = el('li', undefined, 'gf-card');
    const questions = form.items.filter((i) => i.type !== 'SECTION_HEADER' && i.type !== 'PAGE_BREAK').length;
    li.append(
      el('h2', form.title),
      el('p', words.summary(questions, form.responses, form.destination), 'gf-help'),
    );
    const open = el('button', words.open);
    open.type = 'button';
    open.dataset.form = form.id;
    open.setAttribute('aria-label', `${words.open}: ${form.title}`);
    open.addEventListener('click', () => onOpen(form));
    li.append(open);
    list.append(li);
  }
  root.append(list);
  return root;
}
