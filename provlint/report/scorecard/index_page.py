"""``index.html``: every article by score, the score distribution and the most common findings."""

from __future__ import annotations

from collections import Counter
from html import escape
from urllib.parse import quote

from provlint.errors import ProvlintError
from provlint.report.scorecard.data import CardData, format_score
from provlint.report.scorecard.html_card import page

BINS = 10


def score_histogram(scores: list[float | None]) -> list[int]:
    """Counts of scores in ten bins 0-9, 10-19, ..., 90-100; n/a scores are not counted."""
    bins = [0] * BINS
    for s in scores:
        if s is not None:
            bins[min(BINS - 1, max(0, int(s // (100 / BINS))))] += 1
    return bins


def svg_chart(bins: list[int], na: int) -> str:
    """A small bar chart of the score distribution (inline SVG, labelled for screen readers)."""
    w, h, pad, bar = 360, 140, 22, 30
    top = max(bins) or 1
    parts = [
        f'<svg class="dist" width="{w}" height="{h + 2 * pad}" viewBox="0 0 {w} {h + 2 * pad}" role="img" '
        f'aria-label="score distribution: {", ".join(map(str, bins))} articles per tenth; {na} n/a">'
    ]
    for i, n in enumerate(bins):
        bh = round(h * n / top)
        x = pad + i * (bar + 3)
        y = pad + h - bh
        colour = "#c62828" if i < 4 else "#e0a100" if i < 7 else "#2e7d32"
        parts.append(
            f'<rect x="{x}" y="{y}" width="{bar}" height="{bh}" fill="{colour}">'
            f"<title>{i * 10}\u2013{i * 10 + 9 if i < BINS - 1 else 100}: {n}</title></rect>"
        )
        if n:
            parts.append(f'<text x="{x + bar / 2}" y="{y - 3}" text-anchor="middle">{n}</text>')
        parts.append(
            f'<text x="{x + bar / 2}" y="{pad + h + 14}" text-anchor="middle">{i * 10}</text>'
        )
    parts.append(
        f'<line x1="{pad}" y1="{pad + h}" x2="{pad + BINS * (bar + 3)}" y2="{pad + h}" stroke="#999"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def sort_cards(cards: list[CardData]) -> list[CardData]:
    """Lowest score first (the articles needing work), n/a last, then by path."""
    return sorted(
        cards, key=lambda c: (c.score is None, c.score if c.score is not None else 0, c.path)
    )


def render_index(cards: list[CardData], stems: dict[str, str], errors: list[ProvlintError]) -> str:
    ordered = sort_cards(cards)
    rows = []
    for c in ordered:
        stem = quote(stems[c.path])
        sev = Counter(p.finding.severity for p in c.findings)
        rows.append(
            f'<tr><td class="n" data-score="{escape(format_score(c.score))}">{escape(format_score(c.score))}</td>'
            f'<td><a class="card" href="{stem}.html">{escape(c.title)}</a><br><span class="muted"><code>'
            f"{escape(c.path)}</code></span></td>"
            f'<td class="n">{len(c.findings)}</td><td class="n">{sev.get("error", 0)}/{sev.get("warning", 0)}/'
            f'{sev.get("info", 0)}</td><td><a href="{stem}.md">md</a> \u00b7 <a href="{stem}.json">json</a></td></tr>'
        )
    codes = Counter((p.finding.code, p.finding.name) for c in cards for p in c.findings)
    common = (
        "".join(
            f'<tr><td><code>{escape(code)}</code></td><td>{escape(name)}</td><td class="n">{n}</td></tr>'
            for (code, name), n in codes.most_common(10)
        )
        or '<tr><td colspan="3">No findings.</td></tr>'
    )
    scores = [c.score for c in cards]
    na = sum(s is None for s in scores)
    errs = "".join(f"<li><code>{escape(e.source)}</code>: {escape(e.problem)}</li>" for e in errors)
    body = f"""<header class="top"><h1>provlint scorecards</h1>
<div class="path">{len(cards)} article(s), lowest score first{f"; {sum(getattr(e, 'inputs', 1) for e in errors)} could not be read" if errors else ""}</div>
</header>
<main>
<div>
<h2>Articles</h2>
<table class="articles"><thead><tr><th>Score</th><th>Article</th><th>Findings</th><th>E/W/I</th><th>Other formats</th>
</tr></thead><tbody>
{"".join(rows)}
</tbody></table>
{f'<h2>Could not be read</h2><ul class="errors">{errs}</ul>' if errors else ""}
</div>
<aside>
<h2>Score distribution</h2>
{svg_chart(score_histogram(scores), na)}
<p class="muted">{na} article(s) with no check-worthy content (n/a).</p>
<h2>Most common findings</h2>
<table class="common"><thead><tr><th>Code</th><th>Rule</th><th>Count</th></tr></thead><tbody>{common}</tbody></table>
</aside>
</main>"""
    return page("provlint scorecards", body)
