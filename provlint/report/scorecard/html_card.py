"""The self-contained HTML scorecard of one article."""

from __future__ import annotations

from html import escape

from provlint.report.scorecard.data import (
    SOURCING_LABELS,
    CardData,
    format_score,
    format_value,
    source_name,
)
from provlint.report.scorecard.marks import Mark, render_marked
from provlint.report.scorecard.style import CSS, JS
from provlint.results import DocumentResult

BLOCK_TAGS = {
    "heading": "h3",
    "paragraph": "p",
    "list_item": "li",
    "blockquote": "blockquote",
    "table_cell": "p",
}
KIND_BADGES = {"named": "named", "anonymous": "anonymous", "none": "no source"}


def page(title: str, body: str) -> str:
    """A complete HTML document with the inline stylesheet and script."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
        f"<script>{JS}</script>\n</body>\n</html>\n"
    )


def marks_for(result: DocumentResult, data: CardData) -> list[Mark]:
    """Highlights: figures by sourcing, attributions by source, vague dates, finding anchors."""
    a = result.analysis
    marks: list[Mark] = []
    for fig in a.figures:
        src = ""
        if fig.attribution is not None and 0 <= fig.attribution < len(a.attributions):
            src = f"; source: {source_name(result, fig.attribution)[0]}"
        marks.append(
            Mark(
                fig.start,
                fig.end,
                "figure",
                f"fig fig-{fig.sourcing}",
                f"figure ({fig.kind}): {SOURCING_LABELS.get(fig.sourcing, fig.sourcing)}{src}",
                fig.sourcing,
            )
        )
    for i, att in enumerate(a.attributions):
        span = att.source or att.cue
        name, kind = source_name(result, i)
        label = KIND_BADGES.get(kind, kind)
        if att.resolved and att.source is not None and att.resolved != att.source.text:
            label = f"{label}: {att.resolved}"
        marks.append(
            Mark(
                span.start,
                span.end,
                "attribution",
                f"att att-{kind}",
                f"source: {name} ({kind}); cue: \u201c{att.cue.text}\u201d",
                label,
            )
        )
    for d in a.dates:
        if d.precision == "vague":
            marks.append(
                Mark(
                    d.start,
                    d.end,
                    "date",
                    "vague",
                    "vague time reference: when exactly?",
                    "vague time",
                )
            )
    for p in data.findings:
        if p.prose is not None:
            f = p.finding
            marks.append(
                Mark(
                    p.prose[0],
                    p.prose[1],
                    "finding",
                    f"finding sev-{f.severity}",
                    f"{f.code} {f.name}: {f.message}",
                    f"{p.number}",
                    f"f-{p.number}",
                )
            )
    return marks


def _article(result: DocumentResult, marks: list[Mark]) -> str:
    doc = result.analysis.document
    parts: list[str] = []
    in_list = False
    for block in doc.blocks:
        tag = BLOCK_TAGS.get(block.kind, "p")
        if (tag == "li") != in_list:
            parts.append("<ul>" if tag == "li" else "</ul>")
            in_list = tag == "li"
        inner = render_marked(doc.prose[block.start : block.end], block.start, marks)
        if block.boilerplate:
            inner = f'<span class="bp-label">{escape(block.boilerplate)}</span>{inner}'
            parts.append(f'<{tag} class="boilerplate">{inner}</{tag}>')
        else:
            parts.append(f"<{tag}>{inner}</{tag}>")
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def _components(data: CardData) -> str:
    rows = []
    for key, comp in data.components.items():
        value = comp.get("value")
        width = 0 if value is None else max(0, min(100, round(100 * float(value))))
        rows.append(
            f"<tr><td>{escape(str(comp.get('label') or key))}</td>"
            f'<td class="n">{escape(format_value(value))}</td>'
            f'<td><div class="meter" role="img" aria-label="{escape(format_value(value))}">'
            f'<span style="width:{width}%"></span></div></td>'
            f'<td class="n">{escape(str(comp.get("weight", "")))}</td></tr>'
        )
    if not rows:
        return '<p class="muted">No score components.</p>'
    return (
        '<table class="components"><thead><tr><th>Component</th><th>Value</th><th></th><th>Weight</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _sources(data: CardData) -> str:
    if not data.sources:
        return '<p class="muted">No attributions found.</p>'
    rows = "".join(
        f'<tr><td>{escape(s.name)}</td><td><span class="kind {escape(s.kind)}">{escape(KIND_BADGES.get(s.kind, s.kind))}'
        f'</span></td><td class="n">{s.uses}</td><td class="n">{s.figures}</td></tr>'
        for s in data.sources
    )
    named = sum(s.uses for s in data.sources if s.kind == "named")
    anon = sum(s.uses for s in data.sources if s.kind == "anonymous")
    return (
        f'<p class="muted">{named} attribution(s) to named sources, {anon} to anonymous ones.</p>'
        '<table class="sources"><thead><tr><th>Source</th><th>Kind</th><th>Uses</th><th>Figures</th></tr>'
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _findings(data: CardData) -> str:
    if not data.findings:
        return '<p class="muted">No findings.</p>'
    items = []
    for p in data.findings:
        f = p.finding
        where = f"line {f.line}, col {f.col}"
        head = f"<code>{escape(f.code)}</code> {escape(f.name)}"
        link = f'<a href="#f-{p.number}">{head}</a>' if p.prose is not None else head
        items.append(
            f'<li id="list-f-{p.number}"><span class="sev {escape(f.severity)}">{escape(f.severity)}</span> '
            f'{link} <span class="muted">({where})</span><br>{escape(f.message)}</li>'
        )
    return '<ol class="findings">' + "".join(items) + "</ol>"


def _legend() -> str:
    figs = "".join(
        f'<span class="fig fig-{k}">123</span><span class="badge fig-{k}-badge">{k}</span>'
        f'<span class="muted">{escape(v)}</span>'
        for k, v in SOURCING_LABELS.items()
    )
    return (
        f'<div class="legend">{figs}<span><span class="att att-named">source</span> attribution</span>'
        '<span><span class="vague">recently</span><span class="badge vague-badge">vague time</span></span></div>'
    )


def render_card_html(
    result: DocumentResult, data: CardData, index_href: str | None = "index.html"
) -> str:
    score = format_score(data.score)
    nav = f'<a href="{escape(index_href)}">\u2190 all articles</a>' if index_href else ""
    vague = (
        f"{len(data.vague_dates)} vague time reference(s)"
        if data.vague_dates
        else "no vague time references"
    )
    figs = ", ".join(f"{n} {k}" for k, n in sorted(data.figure_counts.items())) or "none"
    body = f"""<header class="top">{nav}
<h1>{escape(data.title)}</h1>
<div class="path">{escape(data.path)}</div>
</header>
<main>
<div>
<h2>Article</h2>
{_legend()}
<article class="text">
{_article(result, marks_for(result, data))}
</article>
</div>
<aside class="side">
<h2>Provenance score</h2>
<div class="score" data-score="{escape(score)}"><span class="num">{escape(score)}</span><span class="of">/ 100</span></div>
<p class="muted">Figures by sourcing: {escape(figs)}; {escape(vague)}.</p>
{_components(data)}
<h2>Sources</h2>
{_sources(data)}
<h2>Findings ({len(data.findings)})</h2>
{_findings(data)}
</aside>
</main>"""
    return page(f"provlint scorecard: {data.title}", body)
