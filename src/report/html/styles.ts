/** Styles of report.html, inline so the file renders with no network access. */
export const STYLES = `
:root { --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1f2328; margin: 0 auto; padding: 24px; max-width: 1200px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 8px; }
code, pre { font: 12px/1.4 "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; }
pre { background: var(--bg); border: 1px solid var(--line); padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; max-height: 360px; }
.muted { color: var(--muted); }
.passed { color: var(--pass); }
.failed, .interrupted { color: var(--fail); }
.skipped { color: var(--muted); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: bold; color: #fff; background: var(--muted); }
.badge.passed { background: var(--pass); color: #fff; }
.badge.failed, .badge.interrupted { background: var(--fail); color: #fff; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 8px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #fff; }
.card .label { color: var(--muted); font-size: 12px; }
.card .value { font-size: 20px; font-weight: bold; }
.card .detail { font-size: 12px; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--bg); font-size: 12px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.sortable { cursor: pointer; }
tr.bottleneck td:first-child::after { content: " bottleneck"; color: var(--warn); font-size: 11px; font-weight: bold; }
tr.flagged td:first-child::before { content: "⚠ "; color: var(--warn); }
.failure { border: 1px solid var(--fail); border-left-width: 4px; border-radius: 4px; margin: 8px 0; padding: 4px 10px; }
.failure > summary { cursor: pointer; font-weight: bold; }
.note { border-left: 4px solid var(--warn); background: #fff8c5; padding: 6px 10px; margin: 8px 0; }
.chart .axis { font-size: 11px; fill: var(--muted); }
.chart .axis.failed { fill: var(--fail); }
.chart .value { font-size: 11px; fill: #1f2328; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.bar { fill: #54aeff; }
.bar.p99, .bar.max { fill: #0969da; }
.phase.dns, .legend .dns { fill: #8250df; background: #8250df; }
.phase.connect, .legend .connect { fill: #bf8700; background: #bf8700; }
.phase.tls, .legend .tls { fill: #bc4c00; background: #bc4c00; }
.phase.firstByte, .legend .firstByte { fill: #1a7f37; background: #1a7f37; }
.phase.download, .legend .download { fill: #0969da; background: #0969da; }
.phase.other, .legend .other { fill: #afb8c1; background: #afb8c1; }
.legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(390px, 1fr)); gap: 8px; }
.console .warn { color: var(--warn); }
.console .error { color: var(--fail); }
.toolbar { margin: 8px 0; }
.toolbar button { font: inherit; padding: 2px 10px; }
@media print {
  body { max-width: none; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .no-print { display: none !important; }
  section.flow { break-before: page; }
  table, .failure, svg { break-inside: avoid; }
  pre { max-height: none; }
}
`;
