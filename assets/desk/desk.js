// The desk's only script: live updates. Pages work without it; with it, a table's rows are fetched
// again when the server says something changed (server-sent events), and a record's page offers a
// reload. No inline script anywhere: the CSP forbids it.
(function () {
  'use strict';
  var rows = document.querySelector('[data-live="rows"]');
  var notice = document.querySelector('[data-live="notice"]');
  var status = document.getElementById('live-status');
  if (!('EventSource' in window) || (!rows && !notice)) return;
  var source = new EventSource('/events');
  var busy = false;
  function refreshRows() {
    if (busy) return;
    busy = true;
    fetch(location.pathname + location.search, { headers: { 'X-Desk-Fragment': 'rows' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null) return;
        var before = rows.children.length;
        rows.innerHTML = html;
        if (status && rows.children.length !== before) status.textContent = status.dataset.word || String(rows.children.length);
      })
      .catch(function () { /* the next change tries again */ })
      .then(function () { busy = false; });
  }
  source.addEventListener('change', function (e) {
    var data;
    try { data = JSON.parse(e.data); } catch (err) { return; }
    if (data.first) return;
    if (rows) refreshRows();
    if (notice) notice.hidden = false;
  });
})();
