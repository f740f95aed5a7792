/** When a time-driven trigger fires next, on the wall clock of its time zone. */
import { zonedDate, zonedParts } from './spreadsheet/values/zoned';

export interface ClockSchedule {
  kind: 'monthDay' | 'weekDay' | 'everyDays' | 'everyHours' | 'at';
  timeZone: string;
  monthDay?: number;
  weekDay?: number; // 0 = Sunday
  every?: number;
  hour?: number;
  minute?: number;
  at?: number; // one-off, epoch ms
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * The first firing strictly after `after`, or null when a one-off already fired.
 * `base` is when the trigger was created or last fired (for "every n" schedules).
 */
export function nextFiring(s: ClockSchedule, after: number, base: number): number | null {
  const hour = s.hour ?? 0;
  const minute = s.minute ?? 0;
  switch (s.kind) {
    case 'at':
      return s.at !== undefined && s.at > after ? s.at : null;
    case 'everyHours': {
      const step = (s.every ?? 1) * HOUR;
      return base + Math.max(1, Math.ceil((after + 1 - base) / step)) * step;
    }
    case 'everyDays':
    case 'weekDay': {
      const start = s.kind === 'everyDays' ? Math.max(after, base + ((s.every ?? 1) - 1) * DAY) : after;
      for (let i = 0; i <= 8; i++) {
        const p = zonedParts(new Date(start + i * DAY), s.timeZone);
        const t = zonedDate(p.year, p.month, p.day, hour, minute, 0, s.timeZone).getTime();
        if (t > after && (s.kind === 'everyDays' || p.weekday === s.weekDay)) return t;
      }
      return null;
    }
    case 'monthDay': {
      const p = zonedParts(new Date(after), s.timeZone);
      for (let i = 0; i < 14; i++) {
        const month = ((p.month - 1 + i) % 12) + 1;
        const year = p.year + Math.floor((p.month - 1 + i) / 12);
        const t = zonedDate(year, month, s.monthDay ?? 1, hour, minute, 0, s.timeZone).getTime();
        if (t > after) return t;
      }
      return null;
    }
  }
}
