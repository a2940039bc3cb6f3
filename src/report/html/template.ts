/**
 * The eta template of report.html, kept as a string so the bundled action needs no asset
 * files. `<%= %>` escapes (autoEscape); `<%~ %>` is used only for the pre-escaped SVG, styles,
 * script and JSON that html.ts builds.
 */
export const TEMPLATE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src <%~ it.scriptHash %>">
<title><%= it.view.title %></title>
<style><%~ it.styles %></style>
</head>
<body>
<% const doc = it.view.document; const run = doc.run; const s = doc.summary; const f = it.fmt; %>
<header>
  <h1><%= it.view.title %></h1>
  <div class="muted">Run <%= run.id %> · started <%= run.startedAt %> · flow-runner <%= doc.tool.version %><% if (run.environment) { %> · environment <%= run.environment %><% } %><% if (run.shard) { %> · shard <%= run.shard.index %>/<%= run.shard.total %><% } %><% if (run.mergedFrom) { %> · merged from <%= run.mergedFrom %> shards<% } %></div>
  <div class="toolbar no-print"><button type="button" data-details="open" hidden>Expand all</button> <button type="button" data-details="close" hidden>Collapse all</button></div>
</header>

<section id="summary">
  <h2>Summary</h2>
  <div class="cards">
    <div class="card"><div class="label">Status</div><div class="value"><span class="badge <%= run.status %>"><%= run.status %></span></div><div class="detail">exit code <%= run.exitCode %>, fail on <%= run.failOn %></div></div>
    <div class="card"><div class="label">Success rate</div><div class="value"><%= f.percent(s.successRate) %></div><div class="detail">iterations with no failed step</div></div>
    <div class="card"><div class="label">Duration</div><div class="value"><%= f.ms(run.durationMs) %></div><div class="detail"><%= run.startedAt %> to <%= run.endedAt %></div></div>
    <div class="card"><div class="label">Requests</div><div class="value"><%= f.count(s.requests) %></div><div class="detail"><%= s.requestsPerSecond.toFixed(1) %> requests/s</div></div>
    <div class="card"><div class="label">Data transfer</div><div class="value"><%= f.bytes(s.bytesSent + s.bytesReceived) %></div><div class="detail">sent <%= f.bytes(s.bytesSent) %>, received <%= f.bytes(s.bytesReceived) %></div></div>
    <div class="card"><div class="label">Iterations</div><div class="value"><%= f.count(s.iterations.total) %></div><div class="detail">passed <%= f.count(s.iterations.passed) %>, failed <%= f.count(s.iterations.failed) %></div></div>
    <div class="card"><div class="label">Steps</div><div class="value"><%= f.count(s.steps.count) %></div><div class="detail">passed <%= f.count(s.steps.passed) %>, failed <%= f.count(s.steps.failed) %>, skipped <%= f.count(s.steps.skipped) %>, flaky <%= f.count(s.steps.flaky) %></div></div>
    <div class="card"><div class="label">Flows</div><div class="value"><%= f.count(s.flows.total) %></div><div class="detail">passed <%= f.count(s.flows.passed) %>, failed <%= f.count(s.flows.failed) %></div></div>
    <div class="card"><div class="label">Thresholds</div><div class="value"><%= s.thresholds.crossed %> crossed</div><div class="detail">of <%= s.thresholds.total %></div></div>
    <div class="card"><div class="label">Anomalies</div><div class="value"><%= s.anomalies %></div><div class="detail">flagged steps and requests</div></div>
  </div>
  <% const kinds = Object.entries(s.errorsByKind); %>
  <% if (kinds.length > 0) { %>
  <p>Errors by kind: <% kinds.forEach(([kind, count], i) => { %><%= i > 0 ? ', ' : '' %><code><%= kind %></code> <%= f.count(count) %><% }) %></p>
  <% } %>
  <table>
    <thead><tr><th>Flow</th><th>Status</th><th class="num">Iterations</th><th class="num">Success rate</th><th class="num">Duration</th><th class="num">Requests/s</th></tr></thead>
    <tbody>
    <% it.view.flows.forEach((view) => { const flow = view.flow; %>
      <tr><td><a href="#<%= view.anchor %>"><%= flow.name %></a></td><td class="<%= flow.status %>"><%= flow.status %></td><td class="num"><%= f.count(flow.iterations.run) %></td><td class="num"><%= f.percent(flow.successRate) %></td><td class="num"><%= f.ms(flow.durationMs) %></td><td class="num"><%= flow.requestsPerSecond.toFixed(1) %></td></tr>
    <% }) %>
    </tbody>
  </table>
</section>

<% it.view.flows.forEach((view, flowIndex) => { const flow = view.flow; %>
<section class="flow" id="<%= view.anchor %>">
  <h2><span class="badge <%= flow.status %>"><%= flow.status %></span> <%= flow.name %></h2>
  <div class="muted"><code><%= view.location %></code><% if (flow.group) { %> · group <%= flow.group.name %><% } %><% if (flow.tags.length > 0) { %> · tags <%= flow.tags.join(', ') %><% } %> · <%= f.countOf(flow.virtualUsers, 'virtual user') %> · <%= f.countOf(flow.iterations.run, 'iteration') %> (passed <%= f.count(flow.iterations.passed) %>, failed <%= f.count(flow.iterations.failed) %>) · <%= f.ms(flow.durationMs) %> · success rate <%= f.percent(flow.successRate) %> · sent <%= f.bytes(flow.bytesSent) %>, received <%= f.bytes(flow.bytesReceived) %></div>

  <% if (flow.errors.length > 0) { %>
  <h3 class="failed">Flow errors</h3>
  <ul><% flow.errors.forEach((error) => { %><li><code><%= error.kind %></code> <%= error.message %><% if (error.loc) { %> <span class="muted">at <%= f.loc(error.loc) %></span><% } %></li><% }) %></ul>
  <% } %>

  <% if (view.failures.length > 0) { %>
  <h3 class="failed">Failures</h3>
  <% view.failures.forEach((failure) => { const r = failure.record; %>
  <details class="failure" open>
    <summary><%= r.step %> · iteration <%= r.iteration %><% if (r.attempt > 1) { %> · attempt <%= r.attempt %><% } %>: <%= failure.reason %></summary>
    <p class="muted">at <code><%= failure.location %></code><% if (r.error) { %> · <code><%= r.error.kind %></code><% } %> · <%= f.ms(r.durationMs) %></p>
    <% if (failure.failedAssertions.length > 0) { %>
    <table><thead><tr><th>Assertion</th><th>Expected</th><th>Actual</th></tr></thead><tbody>
    <% failure.failedAssertions.forEach((item) => { %><tr><td><%= item.assertion.name %><% if (item.assertion.message) { %><div class="muted"><%= item.assertion.message %></div><% } %></td><td><code><%= item.expected %></code></td><td><code><%= item.actual %></code></td></tr><% }) %>
    </tbody></table>
    <% } %>
    <% if (r.request) { %>
    <h4>Request</h4>
    <pre><%= failure.requestHead %></pre>
    <% if (failure.requestBody) { %><pre><%= failure.requestBody.text %></pre><% if (failure.requestBody.note) { %><p class="muted"><%= failure.requestBody.note %></p><% } %><% } %>
    <% } %>
    <% if (r.response) { %>
    <h4>Response</h4>
    <pre><%= failure.responseHead %></pre>
    <% if (failure.responseBody) { %><pre><%= failure.responseBody.text %></pre><% if (failure.responseBody.note) { %><p class="muted"><%= failure.responseBody.note %></p><% } %><% } %>
    <% } %>
    <% if (r.console.length > 0) { %>
    <h4>Console</h4>
    <pre class="console"><% r.console.forEach((entry) => { %><span class="<%= entry.level %>">[<%= entry.level %>] <%= entry.message %></span>
<% }) %></pre>
    <% } %>
  </details>
  <% }) %>
  <% if (view.failuresOmitted > 0) { %><p class="muted"><%= f.count(view.failuresOmitted) %> more failed attempts are not shown; results.json keeps up to <%= flow.detail.failuresPerStep %> per step.</p><% } %>
  <% } %>

  <h3>Steps</h3>
  <table class="steps" data-flow="<%= flowIndex %>">
    <thead><tr><th>Step</th><th>Request</th><th class="num" data-sort="count">Runs</th><th class="num" data-sort="passed">Passed</th><th class="num" data-sort="failed">Failed</th><th class="num" data-sort="skipped">Skipped</th><th class="num" data-sort="flaky">Flaky</th><th class="num" data-sort="p50">p50</th><th class="num" data-sort="p90">p90</th><th class="num" data-sort="p95">p95</th><th class="num" data-sort="p99">p99</th><th class="num" data-sort="mean">Mean</th><th class="num" data-sort="max">Max</th><th class="num" data-sort="stddev">Std dev</th></tr></thead>
    <tbody>
    <% view.steps.forEach((item, stepIndex) => { const step = item.step; const d = step.duration; %>
      <tr data-step="<%= stepIndex %>" class="<%= item.isBottleneck ? 'bottleneck' : '' %> <%= item.flagged ? 'flagged' : '' %>"><td><%= step.name %><div class="muted"><code><%= item.location %></code></div></td><td><code><%= step.method %> <%= step.url %></code></td><td class="num"><%= f.count(step.count) %></td><td class="num"><%= f.count(step.passed) %></td><td class="num"><%= f.count(step.failed) %></td><td class="num"><%= f.count(step.skipped) %></td><td class="num"><%= f.count(step.flaky) %></td><td class="num"><%= f.stat(d.p50, d.count) %></td><td class="num"><%= f.stat(d.p90, d.count) %></td><td class="num"><%= f.stat(d.p95, d.count) %></td><td class="num"><%= f.stat(d.p99, d.count) %></td><td class="num"><%= f.stat(d.mean, d.count) %></td><td class="num"><%= f.stat(d.max, d.count) %></td><td class="num"><%= f.stat(d.stddev, d.count) %></td></tr>
    <% }) %>
    </tbody>
  </table>
  <% if (flow.scriptRequests.requests > 0) { %><p class="muted">Script requests (<code>at.sendRequest</code>): <%= f.count(flow.scriptRequests.requests) %>, failed <%= f.count(flow.scriptRequests.failed) %>, p95 <%= f.ms(flow.scriptRequests.duration.p95) %>.</p><% } %>

  <% if (flow.bottleneck) { %>
  <p class="note">Bottleneck: <strong><%= flow.bottleneck.step %></strong> takes <%= f.percent(flow.bottleneck.share) %> of the flow's summed step time (mean <%= f.ms(flow.bottleneck.meanMs) %>).</p>
  <% } %>

  <h3>Anomalies</h3>
  <% const a = flow.anomalies; %>
  <p class="muted">Method: <%= a.method %><% const settings = Object.entries(a.settings); if (settings.length > 0) { %> (<% settings.forEach(([key, value], i) => { %><%= i > 0 ? ', ' : '' %><%= key %> <%= value %><% }) %>)<% } %>.<% if (!a.evaluated) { %> Not evaluated: <%= a.reason ?? 'not enough samples' %>.<% } %></p>
  <% if (a.flags.length > 0) { %>
  <table><thead><tr><th>Kind</th><th>Step</th><th>Finding</th><th>Values</th></tr></thead><tbody>
  <% a.flags.forEach((flag) => { %><tr class="flagged"><td><%= flag.kind %></td><td><%= flag.step %> <div class="muted"><code><%= f.loc(flag.loc) %></code></div></td><td><%= flag.message %><% if (flag.iterations && flag.iterations.length > 0) { %><div class="muted">iterations <%= flag.iterations.join(', ') %></div><% } %></td><td><% Object.entries(flag.values).forEach(([key, value], i) => { %><%= i > 0 ? ', ' : '' %><%= key %> <%= value %><% }) %></td></tr><% }) %>
  </tbody></table>
  <% } else if (a.evaluated) { %><p>No anomalies found.</p><% } %>

  <% if (flow.thresholds.length > 0) { %>
  <h3>Thresholds</h3>
  <table><thead><tr><th>Threshold</th><th>Step</th><th>Metric</th><th class="num">Observed</th><th class="num">Limit</th><th>Result</th></tr></thead><tbody>
  <% flow.thresholds.forEach((t) => { %><tr><td><code><%= t.expression %></code> <div class="muted"><code><%= f.loc(t.loc) %></code></div></td><td><%= t.step ?? 'whole flow' %></td><td><%= t.metric %></td><td class="num"><%= t.observed %></td><td class="num"><%= t.limit %></td><td class="<%= t.passed ? 'passed' : 'failed' %>"><%= t.passed ? 'passed' : 'crossed' %></td></tr><% }) %>
  </tbody></table>
  <% } %>

  <h3>Latency by step</h3>
  <div class="charts">
  <% view.steps.forEach((item) => { %><figure><figcaption><%= item.step.name %></figcaption><%~ item.chart %></figure><% }) %>
  </div>

  <% if (view.waterfall) { %>
  <h3>Timing waterfall, iteration <%= view.waterfall.iteration %></h3>
  <div class="legend muted"><% it.legend.forEach((entry) => { %><span class="<%= entry.phase %>"></span><%= entry.label %><% }) %></div>
  <%~ view.waterfall.svg %>
  <% } %>

  <% if (view.console.length > 0) { %>
  <h3>Console output</h3>
  <pre class="console"><% view.console.forEach((line) => { %><span class="<%= line.level %>">[<%= line.source %>] <%= line.message %></span>
<% }) %></pre>
  <% if (view.consoleOmitted > 0) { %><p class="muted"><%= f.count(view.consoleOmitted) %> more console lines are not shown.</p><% } %>
  <% } %>
</section>
<% }) %>

<script type="application/json" id="run-data"><%~ it.json %></script>
<script><%~ it.script %></script>
</body>
</html>
`;
