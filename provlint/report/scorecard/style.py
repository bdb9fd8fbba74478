"""Inline CSS and JS of the HTML pages (no external assets: the pages work offline)."""

CSS = """
:root { --fg:#1d1f23; --muted:#5c6370; --line:#d8dce3; --bg:#ffffff; --panel:#f6f7f9;
  --none:#c62828; --none-bg:#fde4e4; --anon:#a05a00; --anon-bg:#fff0d6; --named:#1b6e2e; --named-bg:#dff3e3;
  --carried:#00696b; --carried-bg:#dcf2f1; --cited:#1f4fa3; --cited-bg:#e1e9fa; --vague:#6a3fa0; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
  color:var(--fg); background:var(--bg); }
header.top { padding:1.2rem 2rem; border-bottom:1px solid var(--line); background:var(--panel); }
header.top h1 { margin:0 0 .25rem; font-size:1.35rem; line-height:1.3; }
header.top .path { color:var(--muted); font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace; }
main { display:grid; grid-template-columns:minmax(0,1fr) 24rem; gap:2rem; padding:1.5rem 2rem; max-width:90rem; }
@media (min-width: 901px) { aside.side { position:sticky; top:0; align-self:start; max-height:100vh; overflow:auto;
  padding:1rem .5rem 1rem 0; } }
@media (max-width: 900px) { main { grid-template-columns:1fr; } }
h2 { font-size:1.05rem; margin:1.4rem 0 .5rem; }
aside h2:first-child { margin-top:0; }
.score { display:flex; align-items:baseline; gap:.6rem; }
.score .num { font-size:3rem; font-weight:700; line-height:1; }
.score .of { color:var(--muted); }
.meter { height:.55rem; background:#e7e9ee; border-radius:.3rem; overflow:hidden; min-width:5rem; }
.meter > span { display:block; height:100%; background:#3b6fd8; }
table { border-collapse:collapse; width:100%; font-size:14px; }
th, td { text-align:left; padding:.3rem .4rem; border-bottom:1px solid var(--line); vertical-align:top; }
th { font-weight:600; color:var(--muted); }
td.n { text-align:right; font-variant-numeric:tabular-nums; }
article.text { max-width:46rem; }
article.text p, article.text blockquote, article.text li { margin:0 0 .9rem; }
article.text blockquote { border-left:3px solid var(--line); padding-left:1rem; color:#333; }
article.text .boilerplate { color:var(--muted); font-size:.9em; }
.bp-label { font-size:11px; border:1px solid var(--line); border-radius:3px; padding:0 .25rem; margin-right:.3rem; }
.fig { border-radius:3px; padding:0 .1rem; font-weight:600; }
.fig-none { background:var(--none-bg); color:var(--none); outline:1px dashed var(--none); }
.fig-anonymous { background:var(--anon-bg); color:var(--anon); }
.fig-named { background:var(--named-bg); color:var(--named); }
.fig-carried { background:var(--carried-bg); color:var(--carried); }
.fig-cited { background:var(--cited-bg); color:var(--cited); }
.att { text-decoration:underline; text-decoration-thickness:2px; text-underline-offset:3px; }
.att-named { text-decoration-color:var(--named); }
.att-anonymous { text-decoration-color:var(--anon); text-decoration-style:dashed; }
.att-none { text-decoration-color:var(--none); text-decoration-style:dotted; }
.vague { text-decoration:underline wavy var(--vague); text-underline-offset:3px; }
.badge { display:inline-block; font:600 10px/1.4 system-ui,sans-serif; letter-spacing:.02em; text-transform:uppercase;
  border-radius:3px; padding:0 .25rem; margin:0 .15rem; vertical-align:.15em; border:1px solid currentColor;
  color:var(--muted); background:#fff; text-decoration:none; }
.fig-none-badge, .att-none-badge { color:var(--none); }
.fig-anonymous-badge, .att-anonymous-badge { color:var(--anon); }
.fig-named-badge, .att-named-badge { color:var(--named); }
.fig-carried-badge { color:var(--carried); }
.fig-cited-badge { color:var(--cited); }
.vague-badge { color:var(--vague); }
.finding { background-image:linear-gradient(transparent 88%, rgba(198,40,40,.35) 88%); scroll-margin-top:35vh; }
.sev-error-badge, .sev-warning-badge, .sev-info-badge { color:#fff; text-transform:none; }
.sev-error-badge { background:var(--none); border-color:var(--none); }
.sev-warning-badge { background:var(--anon); border-color:var(--anon); }
.sev-info-badge { background:var(--cited); border-color:var(--cited); }
.finding:target, .finding.flash { outline:3px solid #f2b300; outline-offset:2px; background-color:#fff6cc; }
ol.findings { padding-left:1.4rem; font-size:14px; }
ol.findings li { margin-bottom:.55rem; }
.sev { font:600 11px/1.4 system-ui,sans-serif; text-transform:uppercase; border-radius:3px; padding:0 .3rem; color:#fff; }
.sev.error { background:var(--none); } .sev.warning { background:var(--anon); } .sev.info { background:var(--cited); }
.kind { font-size:12px; border-radius:3px; padding:0 .3rem; border:1px solid currentColor; }
.kind.named { color:var(--named); } .kind.anonymous { color:var(--anon); } .kind.none { color:var(--none); }
.legend { display:flex; flex-wrap:wrap; gap:.4rem .8rem; font-size:13px; margin:.4rem 0 1rem; }
.muted { color:var(--muted); }
code { font:13px ui-monospace,SFMono-Regular,Menlo,monospace; }
a { color:#1f4fa3; }
svg text { font:11px system-ui,sans-serif; fill:#5c6370; }
"""

JS = """
document.addEventListener('click', function (ev) {
  var a = ev.target.closest && ev.target.closest('a[href^="#f-"]');
  if (!a) return;
  var el = document.getElementById(a.getAttribute('href').slice(1));
  if (!el) return;
  document.querySelectorAll('.flash').forEach(function (x) { x.classList.remove('flash'); });
  el.classList.add('flash');
});
"""
