/**
 * When the monthly emails go out, read from Settings as the monthly run reads it
 * (src/gas/monthly.ts, monthly-trigger.ts): a blank or unreadable day is the 1st, an hour is
 * rounded into 0–23 and defaults to 7.
 * @example summarySchedule({ summary_day: '5', summary_hour: '' }) // { day: 5, hour: 7 }
 */
export function summarySchedule(settings: Readonly<Record<string, string | undefined>>): {
  day: number;
  hour: number;
} {
  const read = (key: string, fallback: number) => {
    const text = settings[key] ?? '';
    const n = Number(text);
    return text !== '' && Number.isFinite(n) ? n : fallback;
  };
  return {
    day: read('summary_day', 1),
    hour: Math.min(23, Math.max(0, Math.round(read('summary_hour', 7)))),
  };
}
