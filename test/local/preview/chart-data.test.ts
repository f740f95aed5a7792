/** What a chart draws from its ranges, as Sheets reads them. */
import { describe, expect, it } from 'vitest';
import { chartSeries } from '../../../local/preview/chart-data';

const chart = (data: string[][][], numHeaders = -1) => ({
  data,
  numbers: data.map((rows) =>
    rows.map((r) => r.map((c) => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : null))),
  ),
  numHeaders,
});

describe('chartSeries', () => {
  it('takes labels from the first column of one two-column range (the Dashboard charts)', () => {
    const tiers = chart([
      [
        ['Tingkat 3', '4'],
        ['Tingkat 2', '9'],
        ['Tingkat 1', '287'],
      ],
    ]);
    expect(chartSeries(tiers)).toEqual({
      labels: ['Tingkat 3', 'Tingkat 2', 'Tingkat 1'],
      series: [{ name: '', values: [4, 9, 287] }],
    });
  });

  it('reads separate ranges side by side: labels from the first, series from the others', () => {
    const split = chart([
      [['individu'], ['kelompok']],
      [['3'], ['1']],
      [['2'], ['0']],
    ]);
    expect(chartSeries(split)).toEqual({
      labels: ['individu', 'kelompok'],
      series: [
        { name: '', values: [3, 1] },
        { name: '', values: [2, 0] },
      ],
    });
  });

  it('takes a first row of text over the numbers as the header, unless the script said otherwise', () => {
    const withHeader = [
      [
        ['Jenis', 'Sesi'],
        ['individu', '3'],
      ],
    ];
    expect(chartSeries(chart(withHeader))).toEqual({
      labels: ['individu'],
      series: [{ name: 'Sesi', values: [3] }],
    });
    expect(chartSeries(chart(withHeader, 0)).labels).toEqual(['Jenis', 'individu']);
  });

  it('reads a first row as data when its number is blank but its label is not', () => {
    expect(
      chartSeries(
        chart([
          [
            ['Tingkat 3', ''],
            ['Tingkat 2', '5'],
          ],
        ]),
      ),
    ).toEqual({
      labels: ['Tingkat 3', 'Tingkat 2'],
      series: [{ name: '', values: [0, 5] }],
    });
  });

  it('takes a header row when any series has text on top', () => {
    const twoSeries = chart([
      [
        ['Jenis', 'Sesi', '2025'],
        ['individu', '3', '4'],
      ],
    ]);
    expect(chartSeries(twoSeries)).toEqual({
      labels: ['individu'],
      series: [
        { name: 'Sesi', values: [3] },
        { name: '2025', values: [4] },
      ],
    });
  });

  it('keeps a row without a label when one of its series has a number', () => {
    expect(chartSeries(chart([[['', '', '2']]]))).toEqual({
      labels: [''],
      series: [
        { name: '', values: [0] },
        { name: '', values: [2] },
      ],
    });
  });

  it('numbers the points of a single column from 1 below its header', () => {
    expect(chartSeries(chart([[['Jumlah'], ['5'], ['7']]])).labels).toEqual(['1', '2']);
  });

  it('numbers the points of a single column, and leaves out rows with neither label nor number', () => {
    expect(chartSeries(chart([[['5'], [''], ['7']]]))).toEqual({
      labels: ['1', '3'],
      series: [{ name: '', values: [5, 7] }],
    });
    expect(
      chartSeries(
        chart([
          [
            ['a', '1'],
            ['', ''],
            ['b', ''],
          ],
        ]),
      ).labels,
    ).toEqual(['a', 'b']);
  });
});
