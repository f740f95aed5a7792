/**
 * google.script.run and google.script.host for pages served by the preview: calls go to
 * the preview server, which runs them in the local runtime. Injected as a script into the
 * sidebar and dialog HTML, exactly where Apps Script's own client would be.
 */
export const SHIM = `<script>(function () {
  function hasDate(v) {
    if (v instanceof Date) return true;
    if (v && typeof v === 'object') for (var k in v) if (hasDate(v[k])) return true;
    return false;
  }
  function runner(h) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(Object.assign({}, h, { ok: f })); };
        if (name === 'withFailureHandler') return function (f) { return runner(Object.assign({}, h, { fail: f })); };
        if (name === 'withUserObject') return function (o) { return runner(Object.assign({}, h, { user: o })); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          if (hasDate(args)) throw new Error('google.script.run: a Date cannot be passed; send an ISO string');
          call(name, args, [], h);
        };
      }
    });
  }
  // The add-on's questions (alerts with buttons, prompts) are asked by the page around this
  // frame; the call runs again with the person's answers.
  var waiting = {};
  var nextId = 1;
  window.addEventListener('message', function (e) {
    var d = e.data || {};
    if (d.type !== 'pendamping:answer' || !waiting[d.id]) return;
    var w = waiting[d.id];
    delete waiting[d.id];
    call(w.name, w.args, w.answers.concat([d.answer]), w.h);
  });
  function call(name, args, answers, h) {
    fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name, args: args, answers: answers }) })
      .then(function (r) { return r.json(); })
      .then(function (res) {
        if (res.ask) {
          var id = nextId++;
          waiting[id] = { name: name, args: args, answers: answers, h: h };
          parent.postMessage({ type: 'pendamping:ask', id: id, question: res.ask }, '*');
          return;
        }
        parent.postMessage({ type: 'pendamping:changed' }, '*');
        if (res.ok) { if (h.ok) h.ok(res.value, h.user); }
        else if (h.fail) h.fail(new Error(res.error), h.user);
      }, function (err) { if (h.fail) h.fail(err, h.user); });
  }
  window.google = { script: { run: runner({}), host: {
    close: function () { parent.postMessage({ type: 'pendamping:close' }, '*'); },
    setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} }
  } } };
})();</script>`;

/** Puts the shim first in the page's head, before any of the page's own scripts. */
export function withShim(html: string): string {
  const at = html.search(/<head[^>]*>/i);
  if (at === -1) return SHIM + html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + SHIM + html.slice(end);
}
