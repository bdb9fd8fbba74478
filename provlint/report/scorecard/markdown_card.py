"""The Markdown scorecard of one article (for pull-request comments and wikis)."""

from __future__ import annotations

from provlint.report.scorecard.data import CardData, format_score, format_value


def md_escape(text: str) -> str:
    """Escape text for a Markdown table cell or line (no HTML, no table breaks)."""
    out = " ".join(str(text).split())
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def render_card_markdown(data: CardData) -> str:
    lines = [
        f"# Scorecard: {md_escape(data.title)}",
        "",
        f"`{data.path.replace('`', '')}`",
        "",
        f"**Provenance score: {format_score(data.score)} / 100**",
        "",
    ]
    if data.components:
        lines += ["| Component | Value | Weight |", "| --- | ---: | ---: |"]
        for key, c in data.components.items():
            lines.append(
                f"| {md_escape(c.get('label') or key)} | {format_value(c.get('value'))} | {c.get('weight', '')} |"
            )
        lines.append("")
    figs = ", ".join(f"{n} {k}" for k, n in sorted(data.figure_counts.items())) or "none"
    lines += [f"Figures by sourcing: {figs}.", ""]
    lines += ["## Sources", ""]
    if data.sources:
        lines += ["| Source | Kind | Uses | Figures |", "| --- | --- | ---: | ---: |"]
        lines += [
            f"| {md_escape(s.name)} | {s.kind} | {s.uses} | {s.figures} |" for s in data.sources
        ]
    else:
        lines.append("No attributions found.")
    lines += ["", "## Vague time references", ""]
    lines += [f"- {md_escape(t)}" for t in data.vague_dates] or ["None."]
    lines += ["", f"## Findings ({len(data.findings)})", ""]
    for p in data.findings:
        f = p.finding
        lines.append(
            f"{p.number}. **{f.code}** {md_escape(f.name)} ({f.severity}, line {f.line}, col {f.col}): "
            f"{md_escape(f.message)}"
        )
    if not data.findings:
        lines.append("None.")
    return "\n".join(lines) + "\n"
