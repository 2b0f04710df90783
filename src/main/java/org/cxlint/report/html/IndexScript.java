package org.cxlint.report.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The index's one script: sorting by a column and filtering by agent, team, verdict, rule and score range.
 * It only adds to a page that works without it (the table is already worst first), and runs under the
 * page's Content-Security-Policy by its hash: no other script, inline handler or remote code can run.
 * It reads the rows' data attributes and never turns text into markup.
 */
final class IndexScript {
    private IndexScript() {}

    static final String SOURCE = """
            (function () {
              var table = document.getElementById('calls'), form = document.getElementById('filters');
              if (!table || !form) return;
              var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
              var shown = document.getElementById('shown'), field = function (id) { return document.getElementById(id); };
              var num = function (v) { return v === undefined || v === '' ? null : Number(v); };
              var keys = {
                rank: function (r) { return num(r.dataset.rank); }, id: function (r) { return r.dataset.id || null; },
                agent: function (r) { return r.dataset.agent || null; }, team: function (r) { return r.dataset.team || null; },
                date: function (r) { return r.dataset.date || null; }, score: function (r) { return num(r.dataset.score); },
                verdict: function (r) { return r.dataset.verdict; }, faults: function (r) { return num(r.dataset.faults); },
                strengths: function (r) { return num(r.dataset.strengths); }
              };
              var sortKey = 'score', ascending = true;
              function compare(a, b) {
                var x = keys[sortKey](a), y = keys[sortKey](b);
                if (x === null || y === null) {
                  if (x !== y) return x === null ? 1 : -1;
                } else if (x !== y) {
                  var c = typeof x === 'number' ? x - y : (x < y ? -1 : 1);
                  return ascending ? c : -c;
                }
                return keys.rank(a) - keys.rank(b);
              }
              function sort() {
                rows.sort(compare);
                var all = document.createDocumentFragment();
                rows.forEach(function (r) { all.appendChild(r); });
                body.appendChild(all);
                Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
                  th.setAttribute('aria-sort', th.dataset.key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none');
                });
              }
              function filter() {
                var agent = field('f-agent').value, team = field('f-team').value, verdict = field('f-verdict').value;
                var rule = field('f-rule').value, min = num(field('f-min').value), max = num(field('f-max').value), n = 0;
                rows.forEach(function (r) {
                  var s = num(r.dataset.score);
                  var ok = (!agent || r.dataset.agent === agent) && (!team || r.dataset.team === team)
                      && (!verdict || r.dataset.verdict === verdict)
                      && (!rule || (r.dataset.rules || '').split(' ').indexOf(rule) >= 0)
                      && (min === null || (s !== null && s >= min)) && (max === null || (s !== null && s <= max));
                  r.hidden = !ok;
                  if (ok) n++;
                });
                shown.textContent = n + ' of ' + rows.length + ' shown';
              }
              Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
                var b = document.createElement('button');
                b.type = 'button';
                b.textContent = th.textContent;
                b.addEventListener('click', function () {
                  if (sortKey === th.dataset.key) ascending = !ascending;
                  else { sortKey = th.dataset.key; ascending = sortKey !== 'faults'; }
                  sort();
                });
                th.textContent = '';
                th.appendChild(b);
              });
              form.addEventListener('input', filter);
              form.addEventListener('change', filter);
              form.addEventListener('reset', function () { setTimeout(filter, 0); });
              form.addEventListener('submit', function (e) { e.preventDefault(); });
              form.hidden = false;
              // the rows arrive worst first and all shown: nothing to move or hide until asked
              shown.textContent = rows.length + ' of ' + rows.length + ' shown';
            })();
            """;

    /** The CSP source that allows exactly this script. */
    static final String CSP_SOURCE = "'sha256-" + sha256(SOURCE) + "'";

    private static String sha256(String s) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
