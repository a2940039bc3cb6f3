/**
 * The page's only script. It adds interactive bits (expand or collapse all details, sorting a
 * step table) from the embedded JSON; every number is already in the server-rendered HTML.
 * It contains no run data, so its CSP hash is fixed.
 */
import { createHash } from 'node:crypto';

export const CLIENT_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('run-data').textContent);

  document.querySelectorAll('[data-details]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var open = button.getAttribute('data-details') === 'open';
      document.querySelectorAll('details').forEach(function (item) { item.open = open; });
    });
  });

  document.querySelectorAll('table.steps').forEach(function (table) {
    var flow = data.flows[Number(table.getAttribute('data-flow'))];
    var body = table.tBodies[0];
    table.querySelectorAll('th[data-sort]').forEach(function (header) {
      header.classList.add('sortable');
      header.addEventListener('click', function () {
        var key = header.getAttribute('data-sort');
        var descending = header.getAttribute('aria-sort') !== 'descending';
        var value = function (row) {
          var index = Number(row.getAttribute('data-step'));
          var latency = flow.latency[index];
          return key in latency ? latency[key] : flow.steps[index][key];
        };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) { return descending ? value(b) - value(a) : value(a) - value(b); });
        rows.forEach(function (row) { body.appendChild(row); });
        table.querySelectorAll('th[aria-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      });
    });
  });
})();
`;

/** The Content-Security-Policy source that allows exactly CLIENT_SCRIPT to run. */
export const CLIENT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(CLIENT_SCRIPT).digest('base64')}'`;
