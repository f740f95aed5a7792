/*
 * The script realm's prelude, run inside the project's node:vm context after gas-local has
 * loaded the project's files (which do no work at load time, so nothing has used Date yet).
 *
 * It gives the script what Apps Script gives it and Node cannot: a `Date` whose clock is the
 * runtime's (tests and the preview decide what "now" is) and whose local time is the time zone
 * of the project's manifest, whatever the host's TZ. "Script Date objects are in the script's
 * time zone": https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
 * and the manifest's `timeZone`: https://developers.google.com/apps-script/manifest
 *
 * It also leaves the bridge makers (a Date, an Array, an Object, an Error of this realm) on
 * `__bridge`, which the host takes and deletes.
 */
(() => {
  const hooks = globalThis.__prelude;
  delete globalThis.__prelude;
  const RealDate = Date;
  const realProto = RealDate.prototype;
  const clock = hooks.clock;
  const zone = hooks.timeZone;

  const partsFormat = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const nameFormat = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'long' });
  const getTime = (d) => realProto.getTime.call(d);

  // One entry is enough: a script reads several fields of the same instant in a row.
  let cachedAt = Number.NaN;
  let cached = null;
  /** The wall clock of the zone at epoch ms: [year, month 0-11, day, hours, minutes, seconds, ms]. */
  function wall(ms) {
    if (ms === cachedAt) return cached;
    const p = {};
    for (const part of partsFormat.formatToParts(new RealDate(ms))) p[part.type] = part.value;
    const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
    const milli = ((ms % 1000) + 1000) % 1000;
    cached = [
      year,
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
      milli,
    ];
    cachedAt = ms;
    return cached;
  }
  const utcOf = (w) => {
    const d = new RealDate(0);
    realProto.setUTCFullYear.call(d, w[0], w[1], w[2]);
    realProto.setUTCHours.call(d, w[3], w[4], w[5], w[6]);
    return getTime(d);
  };
  /** Minutes east of UTC at epoch ms. */
  const offsetAt = (ms) => Math.round((utcOf(wall(ms)) - ms) / 60000);
  /** Epoch ms of a wall-clock time in the zone (fields may overflow, as Date's own do). */
  function fromWall(w) {
    if (w.some((n) => !Number.isFinite(n))) return Number.NaN;
    const asUtc = utcOf(w.map((n) => Math.trunc(n)));
    const first = asUtc - offsetAt(asUtc) * 60000;
    return asUtc - offsetAt(first) * 60000;
  }

  const ISO_DATE_ONLY = /^[+-]?\d{4,6}(-\d{2}(-\d{2})?)?$/;
  const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
  // A zone is named (GMT, UTC) or follows a time (10:00Z, 10:00+07:00); '05-09-2026' has none.
  const HAS_ZONE = /\b(GMT|UTC|UT)\b|\d:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
  /** Date.parse in the script's zone: a string without a zone is wall-clock time there. */
  function parse(text) {
    const s = String(text).trim();
    if (ISO_DATE_ONLY.test(s) || HAS_ZONE.test(s)) return RealDate.parse(s); // UTC or explicit
    const asUtc = RealDate.parse(ISO_LOCAL.test(s) ? `${s.replace(' ', 'T')}Z` : `${s} UTC`);
    if (Number.isNaN(asUtc)) return Number.NaN;
    const d = new RealDate(asUtc);
    return fromWall([
      realProto.getUTCFullYear.call(d),
      realProto.getUTCMonth.call(d),
      realProto.getUTCDate.call(d),
      realProto.getUTCHours.call(d),
      realProto.getUTCMinutes.call(d),
      realProto.getUTCSeconds.call(d),
      realProto.getUTCMilliseconds.call(d),
    ]);
  }

  function epochOf(args) {
    if (args.length === 0) return clock();
    if (args.length === 1) {
      const v = args[0];
      if (v instanceof RealDate) return getTime(v);
      const p = typeof v === 'object' && v !== null ? v.valueOf() : v;
      return typeof p === 'string' ? parse(p) : Number(p);
    }
    const n = args.map(Number);
    const year = n[0] >= 0 && n[0] <= 99 && Number.isInteger(n[0]) ? 1900 + n[0] : n[0];
    return fromWall([year, n[1], n[2] ?? 1, n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0]);
  }

  /** `Date`, called with `new` or as a function (which gives the time now as text). */
  function ScriptDate(...args) {
    if (!new.target) return ScriptDate.prototype.toString.call(new ScriptDate());
    return Reflect.construct(RealDate, [epochOf(args)], new.target);
  }
  Object.setPrototypeOf(ScriptDate, RealDate);
  ScriptDate.prototype = Object.create(realProto);
  const define = (target, name, value) =>
    Object.defineProperty(target, name, { value, writable: true, configurable: true });
  define(ScriptDate.prototype, 'constructor', ScriptDate);
  define(ScriptDate, 'now', () => clock());
  define(ScriptDate, 'parse', (text) => parse(text));
  Object.defineProperty(ScriptDate, 'name', { value: 'Date' });

  const proto = ScriptDate.prototype;
  const read = (index) =>
    function () {
      const ms = getTime(this);
      return Number.isNaN(ms) ? Number.NaN : wall(ms)[index];
    };
  define(proto, 'getFullYear', read(0));
  define(proto, 'getMonth', read(1));
  define(proto, 'getDate', read(2));
  define(proto, 'getHours', read(3));
  define(proto, 'getMinutes', read(4));
  define(proto, 'getSeconds', read(5));
  define(proto, 'getMilliseconds', read(6));
  define(proto, 'getYear', function () {
    return this.getFullYear() - 1900;
  });
  define(proto, 'getDay', function () {
    const ms = getTime(this);
    if (Number.isNaN(ms)) return Number.NaN;
    const w = wall(ms);
    return new RealDate(RealDate.UTC(w[0], w[1], w[2])).getUTCDay();
  });
  define(proto, 'getTimezoneOffset', function () {
    const ms = getTime(this);
    return Number.isNaN(ms) ? Number.NaN : -offsetAt(ms);
  });

  /** A setter replacing wall-clock fields from `first` on, as Date's own setters do. */
  const write = (first, count) =>
    function (...values) {
      const ms = getTime(this);
      // setFullYear on an invalid date starts from +0, as the specification says.
      if (Number.isNaN(ms) && first !== 0) return Number.NaN;
      const w = [...wall(Number.isNaN(ms) ? 0 : ms)];
      const given = Math.min(count, Math.max(1, values.length));
      for (let i = 0; i < given; i++) w[first + i] = Number(values[i]);
      return realProto.setTime.call(this, fromWall(w));
    };
  define(proto, 'setFullYear', write(0, 3));
  define(proto, 'setMonth', write(1, 2));
  define(proto, 'setDate', write(2, 1));
  define(proto, 'setHours', write(3, 4));
  define(proto, 'setMinutes', write(4, 3));
  define(proto, 'setSeconds', write(5, 2));
  define(proto, 'setMilliseconds', write(6, 1));
  define(proto, 'setYear', function (y) {
    const n = Number(y);
    return this.setFullYear(n >= 0 && n <= 99 && Number.isInteger(n) ? 1900 + n : n);
  });

  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const dateText = (d) => {
    const w = wall(getTime(d));
    const year = w[0] < 0 ? `-${pad(w[0], 6)}` : pad(w[0], 4);
    return `${DAYS[d.getDay()]} ${MONTHS[w[1]]} ${pad(w[2])} ${year}`;
  };
  const timeText = (d) => {
    const ms = getTime(d);
    const w = wall(ms);
    const off = offsetAt(ms);
    const name = nameFormat.formatToParts(new RealDate(ms)).find((p) => p.type === 'timeZoneName');
    const sign = off < 0 ? '-' : '+';
    const gmt = `GMT${sign}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`;
    return `${pad(w[3])}:${pad(w[4])}:${pad(w[5])} ${gmt}${name ? ` (${name.value})` : ''}`;
  };
  const textOr = (fn) =>
    function () {
      return Number.isNaN(getTime(this)) ? 'Invalid Date' : fn(this);
    };
  define(
    proto,
    'toString',
    textOr((d) => `${dateText(d)} ${timeText(d)}`),
  );
  define(proto, 'toDateString', textOr(dateText));
  define(proto, 'toTimeString', textOr(timeText));
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
    const real = realProto[name];
    define(proto, name, function (locales, options) {
      return real.call(this, locales, { timeZone: zone, ...(options ?? {}) });
    });
  }

  // Intl formats without a time zone use the script's too.
  const RealFormat = Intl.DateTimeFormat;
  function ScriptFormat(locales, options) {
    return new RealFormat(locales, { timeZone: zone, ...(options ?? {}) });
  }
  ScriptFormat.prototype = RealFormat.prototype;
  define(ScriptFormat, 'supportedLocalesOf', RealFormat.supportedLocalesOf);
  define(Intl, 'DateTimeFormat', ScriptFormat);

  globalThis.Date = ScriptDate;
  globalThis.__bridge = {
    makeDate: (ms) => new ScriptDate(ms),
    makeArray: () => [],
    makeObject: () => ({}),
    makeError: (message) => new Error(message),
  };
})();
