/**
 * Pre-filled responses as Apps Script documents them: Form.createResponse(), an item's
 * createResponse(value) (a list or multiple-choice answer must be one of the choices),
 * FormResponse.withItemResponse() and toPrefilledUrl(); and the preview reading such a URL back.
 */
import { describe, expect, it } from 'vitest';
import { prefilledAnswers } from '../../../local/gas/forms/prefill-url';
import { errorOf } from '../spreadsheet/setup';
import { formsSetup } from './setup';

function form() {
  const t = formsSetup();
  const f = t.forms.create('Catatan sesi');
  const mentor = f.addListItem().setTitle('Pendamping').setChoiceValues(['M01 – Bu Sari', 'M02 – Pak Yos']);
  const came = f.addMultipleChoiceItem().setTitle('Hadir?').setChoiceValues(['ya', 'tidak']);
  const note = f.addTextItem().setTitle('Menit');
  return { t, f, mentor, came, note };
}

describe('pre-filled URLs', () => {
  it('carry the chosen answers in the form’s order, encoded, on the published URL', () => {
    const { f, mentor, came } = form();
    const url = f
      .createResponse()
      .withItemResponse(came.createResponse('ya'))
      .withItemResponse(mentor.createResponse('M01 – Bu Sari'))
      .toPrefilledUrl();
    expect(url.startsWith(`${f.getPublishedUrl()}?usp=pp_url&entry.`)).toBe(true);
    expect(url).not.toMatch(/ |–/);
    const read = prefilledAnswers(url)!;
    expect(Object.values(read.answers)).toEqual(['M01 – Bu Sari', 'ya']);
    expect(read.answers[String(mentor.getId())]).toBe('M01 – Bu Sari');
    expect(prefilledAnswers(f.getPublishedUrl())!.answers).toEqual({});
    expect(prefilledAnswers('https://wa.me/62812')).toBeNull();
  });

  it('refuse an answer that is not one of the choices, and another form’s answer', () => {
    const { t, f, mentor, came } = form();
    expect(errorOf(() => mentor.createResponse('M09 – Siapa'))).toMatch(/Invalid response/);
    expect(errorOf(() => came.createResponse('mungkin'))).toMatch(/Invalid response/);
    expect(errorOf(() => mentor.createResponse(3 as unknown as string))).toMatch(/Invalid argument/);
    const other = t.forms.create('Lain').addTextItem().setTitle('X');
    expect(errorOf(() => f.createResponse().withItemResponse(other.createResponse('a')))).toMatch(
      /Invalid argument/,
    );
  });

  it('take the last answer given to an item, and any one-line text', () => {
    const { f, mentor, note } = form();
    const r = f
      .createResponse()
      .withItemResponse(mentor.createResponse('M01 – Bu Sari'))
      .withItemResponse(mentor.createResponse('M02 – Pak Yos'))
      .withItemResponse(note.createResponse('30'));
    expect(r.getItemResponses().map((i) => i.getResponse())).toEqual(['M02 – Pak Yos', '30']);
    expect(Object.values(prefilledAnswers(r.toPrefilledUrl())!.answers)).toEqual(['M02 – Pak Yos', '30']);
    expect(errorOf(() => note.createResponse('a\nb'))).toMatch(/Invalid response/);
  });
});
