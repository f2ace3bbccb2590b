"""HTML report: one self-contained page for an editor who reads the Korean article and
its English translation side by side.

Layout, top to bottom:

* a sticky bar with the totals by severity and by check family; each count is a filter
  button (a few lines of inline JS; without JS the page simply shows everything);
* per document: a one-line summary, the issues sorted worst first (each one links to its
  pair), document-level issues, skipped checks, extra tables such as the names table
  (segment numbers there link to their pairs too), then every aligned pair with source
  and target side by side, issue spans highlighted by severity (hover or focus a span for
  its rule, message and suggestion), and the pair's issues below it.

With word alignment (``tqa check --words``, :func:`render` given a
:class:`tqa.align.words.WordAligner`), every word of a pair is a ``<span class="w">`` that
names the words it is aligned to on the other side; hovering (or focusing) it highlights
them (the page's script; without JS the text reads as before).

Everything is inline (CSS, JS); nothing is loaded from anywhere. Every piece of text from
the documents is escaped. Highlights differ by underline style as well as colour, so
they survive a black-and-white printout; the print stylesheet drops the controls.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .. import __version__
from ..document import SEVERITIES, SEVERITY_RANK, Document, Issue, Segment
from .common import is_bilingual, issues_by_link, pair_label, place, segment_by_id, printable_documents, writable

KOREAN_FONTS = ('"Noto Sans KR", "Noto Sans CJK KR", "Source Han Sans K", "Source Han Sans KR", '
                '"Apple SD Gothic Neo", "Malgun Gothic", "맑은 고딕", "NanumBarunGothic", '
                '"Nanum Gothic", "NanumGothic", "Pretendard", sans-serif')
LATIN_FONTS = ('system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
               '"Noto Sans", sans-serif')

STYLE = """
:root { --critical:#7f1d1d; --major:#dc2626; --minor:#b45309; --info:#2563eb;
        --critical-bg:#fecaca; --major-bg:#fee2e2; --minor-bg:#fef3c7; --info-bg:#dbeafe;
        --line:#e5e7eb; --muted:#6b7280; --text:#111827; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { font: 15px/1.55 LATIN; margin: 0; color: var(--text); background: #fff; }
main { padding: 0 1.5rem 3rem; max-width: 110rem; margin: 0 auto; }
:lang(ko) { font-family: KOREAN; word-break: keep-all; overflow-wrap: anywhere; line-height: 1.75; }
h1 { font-size: 1.35rem; margin: 0; }
h2 { font-size: 1.15rem; margin: 2rem 0 .25rem; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 1.5rem 0 .4rem; }
a { color: #1d4ed8; }
code { font: 12.5px ui-monospace, "SF Mono", Menlo, Consolas, monospace; background: #f3f4f6;
       padding: 0 .25rem; border-radius: 3px; white-space: nowrap; }
.muted, .meta { color: var(--muted); }
.meta { font-size: 13px; margin: .15rem 0 0; }
/* without JavaScript the counts are plain labels and the filter controls are hidden */
.no-js .js-only { display: none !important; }
.no-js .chip { cursor: default; }
.no-js .chip:hover { border-color: #d1d5db; }
/* top bar: totals and filters */
header.bar { position: sticky; top: 0; z-index: 5; background: #f9fafb; border-bottom: 1px solid var(--line);
             padding: .6rem 1.5rem; box-shadow: 0 1px 3px rgba(0,0,0,.05); }
.bar-row { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem .5rem; margin-top: .4rem; }
.bar-label { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
             min-width: 5.5rem; }
.chip { font: inherit; font-size: 13px; border: 1px solid #d1d5db; background: #fff; border-radius: 999px;
        padding: .05rem .65rem; cursor: pointer; color: var(--text); }
.chip:hover { border-color: #6b7280; }
.chip[aria-pressed="true"] { background: #111827; border-color: #111827; color: #fff; }
.chip .n { font-weight: 600; margin-left: .25rem; }
.chip.zero { opacity: .45; }
.swatch { display: inline-block; width: .7rem; height: .7rem; border-radius: 2px; margin-right: .3rem;
          vertical-align: -1px; }
.swatch.critical { background: var(--critical); } .swatch.major { background: var(--major); }
.swatch.minor { background: var(--minor); } .swatch.info { background: var(--info); }
.toggle { font-size: 13px; margin-left: .5rem; white-space: nowrap; }
#filter-state { font-size: 13px; color: var(--muted); }
/* severity badges */
.badge { display: inline-block; min-width: 4.1rem; padding: 0 .35rem; border-radius: 3px; color: #fff;
         font-size: 12px; line-height: 1.5; text-align: center; font-weight: 600; }
.badge.critical { background: var(--critical); } .badge.major { background: var(--major); }
.badge.minor { background: var(--minor); } .badge.info { background: var(--info); }
/* tables */
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .55rem; vertical-align: top; text-align: left; }
th { background: #f3f4f6; font-size: 13px; font-weight: 600; }
.summary { margin: .25rem 0 .5rem; }
.summary .badge { min-width: 0; margin-left: .6rem; }
/* worst-first list */
details > summary { cursor: pointer; font-weight: 600; margin: 1rem 0 .3rem; }
.scroll { max-height: 26rem; overflow: auto; border: 1px solid var(--line); }
.scroll table { margin: 0; font-size: 14px; }
.scroll thead th { position: sticky; top: 0; z-index: 1; }
.scroll table th, .scroll table td { border-top: none; }
.worst td.where { white-space: nowrap; }
.worst td:first-child { width: 5rem; }
.worst td.rule { white-space: nowrap; }
/* names and other tables */
table.data td { font-size: 14px; }
table.data tr.inconsistent td:first-child { box-shadow: inset 4px 0 var(--minor); }
table.data ul { margin: 0; padding-left: 1rem; }
/* the pairs */
table.pairs { table-layout: fixed; }
table.pairs thead th { position: sticky; top: var(--bar-height, 0); z-index: 2; }
table.pairs col.num { width: 3.2rem; } table.pairs col.score { width: 3.6rem; }
table.pairs td.src, table.pairs td.tgt { font-size: 16px; white-space: pre-wrap; }  /* doubled spaces and line breaks inside a unit stay visible */
table.pairs td.num { text-align: right; white-space: nowrap; }
table.pairs td.num a { color: var(--muted); text-decoration: none; }
table.pairs td.score { color: var(--muted); font-size: 12px; text-align: right; }
table.pairs td.score.low { color: var(--minor); font-weight: 600; }
tbody.pair { border-top: 2px solid var(--line); }
tbody.pair.clean td.src, tbody.pair.clean td.tgt { color: #374151; }
tbody.pair.critical td.num { box-shadow: inset 5px 0 var(--critical); }
tbody.pair.major td.num { box-shadow: inset 5px 0 var(--major); }
tbody.pair.minor td.num { box-shadow: inset 5px 0 var(--minor); }
tbody.pair.info td.num { box-shadow: inset 5px 0 var(--info); }
tbody.pair:target td { background: #fffbeb; }
tbody.pair:target td.num a { color: var(--text); font-weight: 700; }
tr.issues td { background: #f9fafb; border-top: none; font-size: 14px; }
tbody.pair:target tr.issues td { background: #fef9c3; }
ul.issue-list { margin: 0; padding: 0; list-style: none; }
ul.issue-list li { margin: .2rem 0; padding-left: 4.6rem; text-indent: -4.6rem; }
ul.issue-list li.focus { background: #fef08a; }
.family { color: var(--muted); font-size: 13px; }
.suggestion { color: #047857; }
.advice { color: var(--muted); }
.decided { font-size: 12px; border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em; }
.decide button { font-size: 12px; margin-left: .2em; }
.decide button[aria-pressed="true"] { background: #1d4ed8; color: white; }
li.issue.current { outline: 2px solid #1d4ed8; }
td.num .lines { display: block; font-size: 11px; color: var(--muted); white-space: normal; }
td.src, td.tgt, li.issue { overflow-wrap: anywhere; }
.suggestion b { font-weight: 600; }
.suggested { white-space: pre-wrap; background: #ecfdf5; border: 1px solid #a7f3d0; border-radius: 3px;
             padding: 0 .2rem; color: #065f46; }
.badge, code, .suggested, .conf { text-indent: 0; }
.conf { color: var(--muted); font-size: 12px; }
.unaligned { color: #9ca3af; font-style: italic; }
p.skipped { font-size: 13px; color: #92400e; background: #fffbeb; border: 1px solid #fde68a;
            border-radius: 4px; padding: .3rem .6rem; }
/* highlighted spans: colour AND underline style, so they read in grayscale too */
mark { color: inherit; padding: 0 1px; border-radius: 2px; position: relative; cursor: help;
       -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.critical { background: var(--critical-bg); border-bottom: 3px double var(--critical); }
mark.major { background: var(--major-bg); border-bottom: 2px solid var(--major); }
mark.minor { background: var(--minor-bg); border-bottom: 2px dashed var(--minor); }
mark.info { background: var(--info-bg); border-bottom: 1px dotted var(--info); }
mark.focus { outline: 2px solid #111827; }
mark.dim { background: transparent; border-bottom-color: #d1d5db; }
mark[data-tip]:hover::after, mark[data-tip]:focus::after {
  content: attr(data-tip); position: absolute; left: 0; top: 100%; margin-top: 4px; z-index: 10;
  width: max-content; max-width: 26rem; white-space: pre-line; text-indent: 0;
  font: 13px/1.45 LATIN; word-break: normal; color: #f9fafb; background: #111827;
  padding: .4rem .55rem; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
td.tgt mark[data-tip]:hover::after, td.tgt mark[data-tip]:focus::after { left: auto; right: 0; }
/* word alignment: the hovered word and the words aligned to it */
.w { border-radius: 2px; }
.w.w-self { box-shadow: 0 0 0 1px #4338ca; }
.w.w-aligned { background: #c7d2fe; box-shadow: 0 0 0 1px #4338ca; }
.w.w-none { box-shadow: 0 0 0 1px #9ca3af; background: #f3f4f6; }
footer { color: var(--muted); font-size: 12px; margin-top: 2rem; }
/* narrow windows: one column, source above target */
@media (max-width: 760px) {
  main { padding: 0 .75rem 2rem; } header.bar { padding: .5rem .75rem; position: static; }
  .bar-label { min-width: 0; width: 100%; }
  table.pairs, table.pairs tbody, table.pairs tr, table.pairs td { display: block; width: auto; }
  table.pairs thead, table.pairs colgroup, table.pairs td.score:empty { display: none; }
  table.pairs td { border: none; border-bottom: 1px solid var(--line); }
  table.pairs td.num { text-align: left; }
  table.pairs td.src::before { content: "KO  "; } table.pairs td.tgt::before { content: "EN  "; }
  table.pairs td.src::before, table.pairs td.tgt::before { font: 11px LATIN; color: var(--muted); }
  table.pairs td.score::before { content: "alignment "; }
  table.pairs td.num::before { content: "pair "; font-size: 12px; color: var(--muted); }
  ul.issue-list li { padding-left: 0; text-indent: 0; }
  .worst thead { display: none; }
  .worst tr { display: block; border-bottom: 1px solid var(--line); padding: .25rem 0; }
  .worst td { display: inline-block; border: none; padding: .1rem .4rem; width: auto !important; }
  .worst td:nth-child(4) { display: block; }
  .worst td:empty { display: none; }
  mark[data-tip]:hover::after, mark[data-tip]:focus::after { max-width: 80vw; }
}
/* print: no controls, no tooltips, no scroll boxes; pairs not split across pages */
@media print {
  @page { margin: 12mm; }
  body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { padding: 0; max-width: none; }
  header.bar { position: static; box-shadow: none; background: none; border: none; padding: 0 0 .5rem; }
  .chip { border: none; padding: 0 .4rem 0 0; } .chip.zero, .toggle, #filter-state, .help,
  button[data-filter="clear"] { display: none; }
  .scroll { max-height: none; overflow: visible; border: none; }
  table.pairs thead th, .scroll thead th { position: static; }
  thead { display: table-header-group; }
  tbody.pair, tr, li { break-inside: avoid; page-break-inside: avoid; }
  table.pairs td.src, table.pairs td.tgt { font-size: 10.5pt; }
  mark[data-tip]:hover::after, mark[data-tip]:focus::after { display: none; }
  a { color: inherit; text-decoration: none; }
  details > summary { list-style: none; }
}
""".replace("KOREAN", KOREAN_FONTS).replace("LATIN", LATIN_FONTS)

SCRIPT = """
document.documentElement.classList.remove('no-js');
(function () {
  var active = {sev: new Set(), fam: new Set()};
  var onlyIssues = document.getElementById('only-issues');
  var state = document.getElementById('filter-state');
  var bar = document.querySelector('header.bar');
  function fits(el) {
    return (!active.sev.size || active.sev.has(el.dataset.sev)) &&
           (!active.fam.size || active.fam.has(el.dataset.fam));
  }
  function apply() {
    var filtering = active.sev.size + active.fam.size > 0, shown = 0;
    document.querySelectorAll('[data-sev][data-fam]').forEach(function (el) {
      el.hidden = !fits(el);
      if (!el.hidden && el.classList.contains('entry')) { shown++; }
    });
    document.querySelectorAll('tbody.pair').forEach(function (pair) {
      var any = pair.querySelector('li.issue'), visible = pair.querySelector('li.issue:not([hidden])');
      pair.hidden = (filtering && !visible) || (onlyIssues.checked && !any);
    });
    document.querySelectorAll('mark[data-issues]').forEach(function (mark) {
      var live = mark.dataset.issues.split(' ').some(function (id) {
        var item = document.getElementById(id); return item && !item.hidden; });
      mark.classList.toggle('dim', !live);
    });
    document.querySelectorAll('button.chip[data-filter]').forEach(function (chip) {
      var set = active[chip.dataset.filter];
      chip.setAttribute('aria-pressed', set ? String(set.has(chip.dataset.value)) : 'false');
    });
    state.textContent = filtering ? shown + ' issue(s) match the filter' : '';
  }
  document.addEventListener('click', function (event) {
    var jump = event.target.closest('a[href^="#"]');
    if (jump) {  // a link to a pair the filters hide: show everything again
      var goal = document.getElementById(jump.getAttribute('href').slice(1));
      if (goal && goal.hidden) { active.sev.clear(); active.fam.clear(); onlyIssues.checked = false; apply(); }
      return;
    }
    var chip = event.target.closest('button.chip');
    if (!chip) { return; }
    if (chip.dataset.filter === 'clear') { active.sev.clear(); active.fam.clear(); }
    else {
      var set = active[chip.dataset.filter], value = chip.dataset.value;
      if (set.has(value)) { set.delete(value); } else { set.add(value); }
    }
    apply();
  });
  onlyIssues.addEventListener('change', apply);
  function focus(event, on) {
    var item = event.target.closest('li.issue'), mark = event.target.closest('mark[data-issues]');
    if (item) {
      document.querySelectorAll('mark[data-issues~="' + item.id + '"]').forEach(function (m) {
        m.classList.toggle('focus', on); });
    } else if (mark) {
      mark.dataset.issues.split(' ').forEach(function (id) {
        var li = document.getElementById(id); if (li) { li.classList.toggle('focus', on); } });
    }
  }
  function aligned(event, on) {  // word alignment: the hovered word's counterparts
    var word = event.target.closest('.w[data-w]');
    if (!word) { return; }
    var others = word.dataset.al ? word.dataset.al.split(' ') : [];
    document.querySelectorAll('.w[data-w="' + word.dataset.w + '"]').forEach(function (piece) {
      piece.classList.toggle('w-self', on); piece.classList.toggle('w-none', on && !others.length); });
    others.forEach(function (id) {
      document.querySelectorAll('.w[data-w="' + id + '"]').forEach(function (piece) {
        piece.classList.toggle('w-aligned', on); });
    });
  }
  document.addEventListener('mouseover', function (event) { focus(event, true); aligned(event, true); });
  document.addEventListener('mouseout', function (event) { focus(event, false); aligned(event, false); });
  function stick() {  // the pairs' header sits under the sticky bar; jumps land below both
    var sticky = getComputedStyle(bar).position === 'sticky', height = sticky ? bar.offsetHeight : 0;
    document.body.style.setProperty('--bar-height', height + 'px');
    document.documentElement.style.scrollPaddingTop = (height + 40) + 'px';
  }
  window.addEventListener('resize', stick); stick();
  // decisions: kept in the browser (localStorage), exported as a baseline file for --baseline
  var KEY = 'tqa-decisions:' + location.pathname, decisions = {};
  try { decisions = JSON.parse(localStorage.getItem(KEY) || '{}'); } catch (e) { decisions = {}; }
  function showDecisions() {
    document.querySelectorAll('li.issue[data-fp]').forEach(function (item) {
      item.querySelectorAll('button[data-decision]').forEach(function (b) {
        b.setAttribute('aria-pressed', String(decisions[item.dataset.fp] === b.dataset.decision)); });
    });
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-decision]');
    if (!button) { return; }
    var fp = button.closest('li.issue').dataset.fp;
    if (decisions[fp] === button.dataset.decision) { delete decisions[fp]; }
    else { decisions[fp] = button.dataset.decision; }
    try { localStorage.setItem(KEY, JSON.stringify(decisions)); } catch (e) {}
    showDecisions();
  });
  document.getElementById('export-decisions').addEventListener('click', function () {
    var findings = [];
    document.querySelectorAll('li.issue[data-fp]').forEach(function (item) {
      var status = decisions[item.dataset.fp];
      if (status && !findings.some(function (f) { return f.fingerprint === item.dataset.fp; })) {
        findings.push({fingerprint: item.dataset.fp, rule: item.dataset.rule, status: status,
                       message: item.querySelector('.msg').textContent});
      }
    });
    var blob = new Blob([JSON.stringify({'tqa-baseline': 1, findings: findings}, null, 1) + '\\n'],
                        {type: 'application/json'});
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob); link.download = 'tqa-decisions.json';
    link.id = 'decisions-download'; link.textContent = 'tqa-decisions.json';
    document.body.appendChild(link); link.click();
  });
  // rule code and text filters
  var ruleFilter = document.getElementById('rule-filter'), textFilter = document.getElementById('text-filter');
  function search() {
    var rule = ruleFilter.value.trim().toUpperCase(), text = textFilter.value.trim().toLowerCase();
    document.querySelectorAll('li.issue').forEach(function (item) {
      var ok = (!rule || (item.dataset.rule || '').indexOf(rule) === 0) &&
               (!text || item.textContent.toLowerCase().indexOf(text) >= 0);
      item.classList.toggle('searched-out', !ok);
      item.style.display = ok ? '' : 'none';
    });
    document.querySelectorAll('tbody.pair').forEach(function (pair) {
      if (rule || text) { pair.style.display = pair.querySelector('li.issue:not(.searched-out)') ? '' : 'none'; }
      else { pair.style.display = ''; }
    });
  }
  ruleFilter.addEventListener('input', search); textFilter.addEventListener('input', search);
  // keyboard: j / k move to the next / previous visible finding
  var current = -1;
  document.addEventListener('keydown', function (event) {
    if (event.target.matches('input, textarea') || event.metaKey || event.ctrlKey || event.altKey) { return; }
    if (event.key !== 'j' && event.key !== 'k') { return; }
    var items = Array.prototype.filter.call(document.querySelectorAll('li.issue'), function (item) {
      return !item.hidden && item.offsetParent !== null; });
    if (!items.length) { return; }
    current = Math.max(0, Math.min(items.length - 1, current + (event.key === 'j' ? 1 : -1)));
    document.querySelectorAll('li.issue.current').forEach(function (item) { item.classList.remove('current'); });
    items[current].classList.add('current'); items[current].focus();
    items[current].scrollIntoView({block: 'center'});
  });
  showDecisions();
})();
"""

#: alignment scores under this are shown in amber (the pair may be misaligned)
LOW_SCORE = 0.5
#: pairs word-aligned in one call (``tqa check --words``)
WORD_BATCH = 128


def _rank(issue: Issue) -> int:
    return SEVERITY_RANK.get(issue.severity, -1)


def _highest(issues: list[Issue]) -> str:
    return max((issue.severity for issue in issues), key=lambda s: SEVERITY_RANK.get(s, 0))


def _worst_first(issues: list[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda issue: -_rank(issue))  # stable: ties keep their order


def _severity_class(severity: str) -> str:
    """A severity as a CSS class: one of the known names, anything else is ``info``."""
    return severity if severity in SEVERITY_RANK else "info"


@dataclass
class Ids:
    """Element ids of one document: ``d2-p7`` is pair 7 of document 2, ``d2-i3`` its
    fourth issue (issue index in ``document.issues``)."""

    number: int

    def pair(self, index: int) -> str:
        return f"d{self.number}-p{index + 1}"

    def issue(self, index: int) -> str:
        return f"d{self.number}-i{index}"


def _tip(issues: list[Issue]) -> str:
    """Tooltip text of a highlighted piece: rule, severity, family, message, suggestion
    of each issue covering it (already escaped; ``&#10;`` breaks lines)."""
    blocks = []
    for issue in _worst_first(issues):
        lines = [f"{issue.rule} · {issue.severity} · {issue.check}", issue.message]
        if issue.suggestion:
            lines.append(f"→ {issue.suggestion}")
        blocks.append("&#10;".join(escape(line) for line in lines))
    return "&#10;&#10;".join(blocks)


@dataclass(frozen=True)
class WordMark:
    """One word of a segment in the HTML: its offsets in the segment, its element name
    (``d1-p3-s2``: document 1, pair 3, source word 2) and the names of the words it is
    aligned to on the other side, space-separated."""

    start: int
    end: int
    name: str
    aligned: str


def highlight(segment: Segment, marks: list[tuple[int, int, Issue]], ids: dict[int, str] | None = None,
              words: list[WordMark] | None = None) -> str:
    """The segment text, escaped, with each marked stretch wrapped in ``<mark>``.
    Overlapping spans are cut at every boundary; a piece takes the highest severity of
    the issues covering it, and its tooltip lists them all (worst first). ``ids`` maps
    ``id(issue)`` to the element id of its entry under the pair. Each of ``words`` (word
    alignment) becomes ``<span class="w">`` inside the marks, cut where a mark begins or ends."""
    text = segment.text
    words = words or []
    bounds = {b for s, e, _ in marks for b in (s, e)} | {b for word in words for b in (word.start, word.end)}
    cuts = sorted({0, len(text)} | {max(0, min(b, len(text))) for b in bounds})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [issue for s, e, issue in marks if s <= start and end <= e and s < e]
        chunk = escape(text[start:end])
        word = next((word for word in words if word.start <= start and end <= word.end), None)
        if word is not None:
            chunk = f'<span class="w" data-w="{word.name}" data-al="{word.aligned}">{chunk}</span>'
        if covering:
            severity = _severity_class(_highest(covering))
            refs = " ".join(ids[id(issue)] for issue in covering if ids and id(issue) in ids)
            refs_attr = f' data-issues="{escape(refs)}"' if refs else ""
            pieces.append(f'<mark class="{severity}" tabindex="0" data-tip="{_tip(covering)}"{refs_attr}>'
                          f'{chunk}</mark>')
        else:
            pieces.append(chunk)
    return "".join(pieces)


def _side_html(document: Document, segment_ids: tuple[int, ...], issues: list[Issue], side: str,
               ids: dict[int, str], words: list[WordMark] | None = None) -> str:
    """One side of a pair: its segments joined by a space, issue spans marked; ``words``
    (offsets into that joined text, as word alignment has them) wrapped as words."""
    segments = document.source_segments if side == "source" else document.target_segments
    if not segment_ids:
        return '<span class="unaligned">(nothing aligned)</span>'
    parts = []
    offset = 0  # where the segment starts in the joined text
    for segment_id in segment_ids:
        segment = segment_by_id(segments, segment_id)
        if segment is None:
            continue
        own = [WordMark(word.start - offset, word.end - offset, word.name, word.aligned) for word in words or ()
               if offset <= word.start and word.end <= offset + len(segment.text)]
        offset += len(segment.text) + 1
        marks = []
        for issue in issues:
            where = place(document, issue, side)
            span = issue.source_span if side == "source" else issue.target_span
            if where and span is not None and where.segment.id == segment_id and where.end > where.start:
                marks.append((where.start, where.end, issue))
        parts.append(highlight(segment, marks, ids, own))
    return " ".join(parts)


def _word_marks(alignment, pair_id: str) -> tuple[list[WordMark], list[WordMark]]:
    """A pair's word alignment (:class:`tqa.align.words.WordAlignment`) as the words of
    each side, each naming the words it is aligned to."""
    source_links: dict[int, list[str]] = {}
    target_links: dict[int, list[str]] = {}
    for link in alignment.links:
        source_links.setdefault(link.source, []).append(f"{pair_id}-t{link.target}")
        target_links.setdefault(link.target, []).append(f"{pair_id}-s{link.source}")
    source = [WordMark(word.start, word.end, f"{pair_id}-s{index}", " ".join(sorted(source_links.get(index, []))))
              for index, word in enumerate(alignment.source_words)]
    target = [WordMark(word.start, word.end, f"{pair_id}-t{index}", " ".join(sorted(target_links.get(index, []))))
              for index, word in enumerate(alignment.target_words)]
    return source, target


def word_alignments(document: Document, aligner) -> dict[int, object]:
    """Link index → word alignment of the link's texts (its segments joined by a space),
    for every link with both sides, as ``tqa align --words`` computes them."""
    sources, targets = document.source_segments, document.target_segments
    both = [index for index, link in enumerate(document.links) if link.source and link.target]
    texts = [(" ".join(segment_by_id(sources, i).text for i in document.links[index].source
                       if segment_by_id(sources, i) is not None),
              " ".join(segment_by_id(targets, i).text for i in document.links[index].target
                       if segment_by_id(targets, i) is not None)) for index in both]
    aligned = []
    for start in range(0, len(texts), WORD_BATCH):  # the token vectors of a batch are held at once
        aligned.extend(aligner.align_many(texts[start:start + WORD_BATCH]))
    return dict(zip(both, aligned))


def _badge(severity: str) -> str:
    return f'<span class="badge {_severity_class(severity)}">{escape(severity)}</span>'


def _filter_attrs(issue: Issue) -> str:
    return (f'data-sev="{escape(issue.severity)}" data-fam="{escape(issue.check)}" data-rule="{escape(issue.rule)}"'
            f' data-fp="{escape(issue.fingerprint or "")}"')


def _suggestion(issue: Issue) -> str:
    """The suggested replacement in a box, so that a lone space or dash stays visible."""
    if not issue.suggestion:
        return ""
    if issue.suggestion.strip():
        shown = f'<span class="suggested">{escape(issue.suggestion)}</span>'
    else:  # a bare space would read as nothing at all
        shown = "<i>a single space</i>" if issue.suggestion == " " else "<i>whitespace only</i>"
    return f'<span class="suggestion"><b>Suggest:</b> {shown}</span>'


def _issue_item(issue: Issue, element_id: str = "") -> str:
    parts = [_badge(issue.severity), f"<code>{escape(issue.rule)}</code>",
             f'<span class="family">{escape(issue.check)}</span>', escape(issue.message)]
    if issue.suggestion and not issue.advice:
        parts.append(_suggestion(issue))
    if issue.advice:
        parts.append(f'<span class="advice"><b>Advice:</b> {escape(issue.advice)}</span>')
    if issue.confidence is not None:
        parts.append(f'<span class="conf">confidence {issue.confidence:.2f}</span>')
    if issue.baseline:
        parts.append(f'<span class="decided">{escape(issue.baseline)}</span>')
    parts.append('<span class="decide js-only" role="group" aria-label="decision">'
                 + "".join(f'<button type="button" data-decision="{value}" aria-pressed="false">{label}</button>'
                           for value, label in DECISIONS) + "</span>")
    id_attr = f' id="{element_id}"' if element_id else ""
    return (f'<li class="issue" tabindex="-1"{id_attr} {_filter_attrs(issue)}>' + " ".join(parts)
            + f'<span class="msg" hidden>{escape(issue.message)}</span></li>')


#: the editor's decisions on a finding, exported as a baseline file that ``--baseline`` reads
DECISIONS = (("accepted", "accept"), ("false-alarm", "false alarm"), ("fix-later", "fix later"))


def _summary(document: Document, flagged_pairs: int) -> str:
    summary = document.summary()
    by_severity = "".join(f'{_badge(s)} {summary["by_severity"][s]}' for s in SEVERITIES
                          if summary["by_severity"].get(s))
    by_check = ", ".join(f"{escape(check)} {count}" for check, count in
                         sorted(summary["by_check"].items(), key=lambda item: (-item[1], item[0])))
    return (f'<p class="summary"><strong>{summary["issues"]} issue(s)</strong> in '
            f'{flagged_pairs} of {len(document.links)} aligned pair(s). {by_severity}</p>'
            + (f'<p class="meta">By family: {by_check}</p>' if by_check else ""))


def _worst_list(document: Document, ids: Ids, pair_of: dict[int, int]) -> str:
    """Every issue of the document in one table, worst first, each linked to its pair."""
    if not document.issues:
        return ""
    order = sorted(range(len(document.issues)),
                   key=lambda i: (-_rank(document.issues[i]), pair_of.get(i, 1 << 30)))
    rows = []
    for index in order:
        issue = document.issues[index]
        if index in pair_of:
            label = escape(pair_label(document, pair_of[index]))
            where = f'<a href="#{ids.pair(pair_of[index])}" title="{label}">pair {pair_of[index] + 1}</a>'
        else:
            where = '<span class="muted">document</span>'
        rows.append(f'<tr class="entry" {_filter_attrs(issue)}><td>{_badge(issue.severity)}</td>'
                    f'<td class="where">{where}</td><td class="rule"><code>{escape(issue.rule)}</code> '
                    f'<span class="family">{escape(issue.check)}</span></td>'
                    f'<td>{escape(issue.message)}</td><td>{_suggestion(issue)}</td></tr>')
    return (f'<details class="worst" open><summary>Issues, worst first ({len(document.issues)})</summary>'
            '<div class="scroll"><table><thead><tr><th>Severity</th><th>Where</th><th>Rule</th>'
            '<th>Message</th><th>Suggestion</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></div></details>")


# --- extra tables (names …) ------------------------------------------------------------

@dataclass
class PairLinks:
    """Turns segment numbers found in report tables into links to the pairs holding them."""

    ids: Ids
    link_of: dict[str, dict[int, int]]

    @classmethod
    def of(cls, document: Document, ids: Ids) -> "PairLinks":
        return cls(ids, {
            "source": {sid: i for i, link in enumerate(document.links) for sid in link.source},
            "target": {tid: i for i, link in enumerate(document.links) for tid in link.target}})

    def html(self, side: str, segment_ids) -> str:
        links, seen = [], set()
        for segment_id in segment_ids:
            index = self.link_of[side].get(segment_id) if isinstance(segment_id, int) else None
            if index is None:
                links.append(f'<span class="muted">{escape(str(segment_id))}</span>')
            elif index not in seen:
                seen.add(index)
                links.append(f'<a href="#{self.ids.pair(index)}">{index + 1}</a>')
        return ", ".join(links)


def _segments_key(key: str) -> str | None:
    """``source_segments`` → ``source`` (a list of segment ids on that side), else None."""
    side, _, rest = key.partition("_")
    return side if rest == "segments" and side in ("source", "target") else None


def _plain(value) -> str:
    """A table value as readable text: lists joined, a ``{"text", "count", …}`` record
    (e.g. one rendering of a name) as ``text ×count (other: values)``."""
    if isinstance(value, (list, tuple)):
        return "; ".join(_plain(item) for item in value) if any(isinstance(i, dict) for i in value) \
            else ", ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        head = str(value.get("text", ""))
        if "count" in value:
            head += f" ×{value['count']}"
        rest = ", ".join(f"{key.replace('_', ' ')} {_plain(item)}" for key, item in value.items()
                         if key not in ("text", "count"))
        return f"{head} ({rest})" if head and rest else head or rest
    return "" if value is None else str(value)


def _record(value: dict, pairs: PairLinks | None) -> str:
    """One ``{"text", "count", "target_segments", …}`` record, escaped; segment lists
    become ``pair N`` links when the segments are known."""
    head = escape(str(value.get("text", "")))
    if "count" in value:
        head += f" ×{escape(str(value['count']))}"
    rest = []
    for key, item in value.items():
        if key in ("text", "count"):
            continue
        side = _segments_key(key)
        if pairs and side and isinstance(item, (list, tuple)):
            rest.append(f"{side} pairs {pairs.html(side, item)}")
        else:
            rest.append(f"{escape(key.replace('_', ' '))} {escape(_plain(item))}")
    tail = f' <span class="muted">({", ".join(rest)})</span>' if rest else ""
    return head + tail if head else ", ".join(rest)


def _cell(key: str, value, pairs: PairLinks | None = None) -> str:
    side = _segments_key(key)
    if pairs and side and isinstance(value, (list, tuple)):
        return pairs.html(side, value)
    if isinstance(value, (list, tuple)) and value and all(isinstance(item, dict) for item in value):
        if len(value) == 1:
            return _record(value[0], pairs)
        return "<ul>" + "".join(f"<li>{_record(item, pairs)}</li>" for item in value) + "</ul>"
    if isinstance(value, dict):
        return _record(value, pairs)
    return escape(_plain(value))


def _heading(key: str) -> str:
    side = _segments_key(key)
    if side:
        return f"{side.capitalize()} pairs"
    return escape(str(key).replace("_", " ").capitalize())


def _several_renderings(row: dict) -> bool:
    """True when a row holds a list of several records (e.g. a name rendered two ways)."""
    return any(isinstance(value, (list, tuple)) and len(value) > 1
               and all(isinstance(item, dict) for item in value) for value in row.values())


def table_html(rows: list[dict], pairs: PairLinks | None = None) -> str:
    """A table of dict rows; columns are the union of their keys in first-seen order.
    Rows with several renderings (a list of records) are marked inconsistent and come first."""
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    head = "".join(f"<th>{_heading(column)}</th>" for column in columns)
    body = []
    for row in sorted(rows, key=lambda row: not _several_renderings(row)):  # stable
        row_class = ' class="inconsistent"' if _several_renderings(row) else ""
        cells = "".join(f"<td>{_cell(column, row.get(column), pairs)}</td>" for column in columns)
        body.append(f"<tr{row_class}>{cells}</tr>")
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _table_section(name: str, rows: list[dict], pairs: PairLinks) -> str:
    """A report table in a collapsible box that scrolls when long."""
    several = sum(1 for row in rows if _several_renderings(row))
    note = f", {several} rendered more than one way (marked, listed first)" if several else ""
    return (f'<details class="table" open><summary>{escape(name.capitalize())} table '
            f'({len(rows)} row(s){note})</summary><div class="scroll">{table_html(rows, pairs)}</div></details>')


# --- pairs -----------------------------------------------------------------------------

def _pair_body(document: Document, index: int, issues: list[Issue], ids: Ids,
               element_ids: dict[int, str], scored: bool, alignment=None) -> str:
    """One pair as a ``<tbody>``: the two texts side by side, then its issues (worst first);
    with ``alignment`` (its word alignment) every word names the words aligned to it."""
    link = document.links[index]
    issues = _worst_first(issues)
    state = _severity_class(_highest(issues)) if issues else "clean"
    pair_id = ids.pair(index)
    where = escape(pair_label(document, index))
    source_words, target_words = _word_marks(alignment, pair_id) if alignment is not None else (None, None)
    source_html = _side_html(document, link.source, issues, "source", element_ids, source_words)
    target_html = _side_html(document, link.target, issues, "target", element_ids, target_words)
    cells = [f'<td class="num"><a href="#{pair_id}" title="{where}">{index + 1}</a>'
             f'<span class="lines">{where}</span></td>',
             f'<td class="src" lang="ko">{source_html}</td>',
             f'<td class="tgt" lang="en">{target_html}</td>']
    if scored:
        score = "" if link.score is None else f"{link.score:.2f}"
        low = " low" if link.score is not None and link.score < LOW_SCORE else ""
        cells.append(f'<td class="score{low}" title="alignment score">{score}</td>')
    rows = ['<tr class="text">' + "".join(cells) + "</tr>"]
    if issues:
        items = "".join(_issue_item(issue, element_ids[id(issue)]) for issue in issues)
        rows.append(f'<tr class="issues"><td></td><td colspan="{len(cells) - 1}"><ul class="issue-list">'
                    f'{items}</ul></td></tr>')
    return (f'<tbody class="pair {"flagged " if issues else ""}{state}" id="{pair_id}">'
            + "".join(rows) + "</tbody>")


def _pairs_table(document: Document, ids: Ids, grouped: dict[int, list[Issue]],
                 element_ids: dict[int, str], alignments: dict[int, object] | None = None) -> str:
    """Every aligned pair; the alignment-score column only when the aligner gave scores."""
    scored = any(link.score is not None for link in document.links)
    alignments = alignments or {}
    bodies = "".join(_pair_body(document, index, grouped.get(index, []), ids, element_ids, scored,
                                alignments.get(index))
                     for index in range(len(document.links)))
    score_col = '<col class="score">' if scored else ""
    score_head = '<th title="alignment score">Align</th>' if scored else ""
    return (f'<table class="pairs"><colgroup><col class="num"><col class="src"><col class="tgt">{score_col}'
            '</colgroup><thead><tr><th>#</th><th>Source (Korean)</th><th>Target (English)</th>'
            f'{score_head}</tr></thead>{bodies}</table>')


def _document_html(number: int, document: Document, aligner=None) -> str:
    ids = Ids(number)
    grouped, loose = issues_by_link(document)
    position = {id(issue): index for index, issue in enumerate(document.issues)}
    element_ids = {id(issue): ids.issue(index) for index, issue in enumerate(document.issues)}
    pair_of = {position[id(issue)]: link for link, issues in grouped.items() for issue in issues}
    parts = [f'<section class="document" id="d{number}">',
             f'<h2 id="d{number}-summary">{escape(document_title(document))}</h2>',
             _summary(document, len(grouped)), _worst_list(document, ids, pair_of)]
    if loose:
        parts.append('<h3>Document-level issues</h3><ul class="issue-list">'
                     + "".join(_issue_item(issue, element_ids[id(issue)]) for issue in _worst_first(loose))
                     + "</ul>")
    if document.skipped:
        items = "; ".join(f"<code>{escape(code)}</code> {escape(reason)}"
                          for code, reason in sorted(document.skipped.items()))
        parts.append(f'<p class="skipped"><strong>Skipped checks ({len(document.skipped)}):</strong> {items}</p>')
    if document.errors:
        items = "; ".join(escape(error.describe()) for error in document.errors)
        parts.append(f'<p class="skipped"><strong>Rules that failed ({len(document.errors)}) — the check is '
                     f'incomplete:</strong> {items}</p>')
    pairs = PairLinks.of(document, ids)
    for name, rows in document.tables.items():
        if rows:
            parts.append(_table_section(name, rows, pairs))
    parts.append(f'<h3>Aligned pairs ({len(document.links)})</h3>')
    alignments = word_alignments(document, aligner) if aligner is not None else None
    if alignments is not None:
        parts.append('<p class="meta words-help">Word alignment: hover a word to highlight the words aligned '
                     'to it on the other side (a grey box: none).</p>')
    parts.append(_pairs_table(document, ids, grouped, element_ids, alignments))
    parts.append("</section>")
    return "\n".join(parts)


def document_title(document: Document) -> str:
    """``a.ko.txt → a.en.txt``, or the one path of a bilingual file."""
    if is_bilingual(document):
        return str(document.source_path)
    return f"{document.source_path or '(source)'} → {document.target_path or '(target)'}"


def _filter_bar(documents: list[Document]) -> str:
    """Totals over all documents as filter buttons: one row by severity, one by family."""
    by_severity: dict[str, int] = {}
    by_family: dict[str, int] = {}
    for document in documents:
        for issue in document.issues:
            by_severity[issue.severity] = by_severity.get(issue.severity, 0) + 1
            by_family[issue.check] = by_family.get(issue.check, 0) + 1
    severities = list(SEVERITIES) + sorted(s for s in by_severity if s not in SEVERITIES)
    severity_chips = "".join(
        f'<button type="button" class="chip{"" if by_severity.get(s) else " zero"}" data-filter="sev" '
        f'data-value="{escape(s)}" aria-pressed="false"><span class="swatch {_severity_class(s)}"></span>'
        f'{escape(s)}<span class="n">{by_severity.get(s, 0)}</span></button>' for s in severities)
    family_chips = "".join(
        f'<button type="button" class="chip" data-filter="fam" data-value="{escape(family)}" '
        f'aria-pressed="false">{escape(family)}<span class="n">{count}</span></button>'
        for family, count in sorted(by_family.items(), key=lambda item: (-item[1], item[0])))
    rows = [f'<div class="bar-row"><span class="bar-label">Severity</span>{severity_chips}'
            '<button type="button" class="chip js-only" data-filter="clear">show all</button>'
            '<label class="toggle js-only"><input type="checkbox" id="only-issues"> only pairs with issues</label>'
            '<span id="filter-state" aria-live="polite"></span></div>',
            '<div class="bar-row js-only"><span class="bar-label">Find</span>'
            '<input type="search" id="rule-filter" placeholder="rule code, e.g. TQA101" size="18" aria-label="rule code">'
            '<input type="search" id="text-filter" placeholder="text in the finding" size="22" aria-label="text search">'
            '<button type="button" class="chip" id="export-decisions">export decisions</button>'
            '<span class="help">j / k: next / previous finding</span></div>']
    if family_chips:
        rows.append(f'<div class="bar-row"><span class="bar-label">Family</span>{family_chips}</div>')
    return "".join(rows)


def _page_title(documents: list[Document], total: int) -> str:
    """The browser tab: which translation, and how many issues."""
    issues = f"{total} issue" + ("" if total == 1 else "s")
    if len(documents) == 1:
        document = documents[0]
        name = document.target_path or document.source_path or "translation"
        return f"{issues}: {name} (tqa)"
    return f"{issues} in {len(documents)} documents (tqa)"


def _signature_footer(documents: list[Document]) -> str:
    signature = next((d.signature["text"] for d in documents if d.signature), None)
    return f' · <span class="signature">signature <code>{escape(signature)}</code></span>' if signature else ""


def render(documents: list[Document], word_aligner=None, **_options) -> str:
    """The page; with ``word_aligner`` (a :class:`tqa.align.words.WordAligner`) the words
    of every pair are aligned and hovering one highlights its counterparts."""
    return writable(_render(printable_documents(documents), word_aligner))


def _render(documents: list[Document], aligner=None) -> str:
    total = sum(len(document.issues) for document in documents)
    body = "\n".join(_document_html(number, document, aligner) for number, document in enumerate(documents, 1))
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tqa {escape(__version__)}">
<title>{escape(_page_title(documents, total))}</title>
<style>{STYLE}</style>
</head>
<body>
<header class="bar">
<h1>Translation QA report</h1>
<p class="meta">{len(documents)} document(s), {total} issue(s).<span class="help"> Hover or focus a highlight
for its rule, message and suggestion<span class="js-only">; click a count to filter</span>.</span></p>
{_filter_bar(documents)}
</header>
<main>
{body}
<footer>tqa {escape(__version__)}{_signature_footer(documents)}</footer>
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""
