"""``provlint analyze --format text``: a readable per-sentence view for debugging rules."""

from __future__ import annotations

from provlint.analysis import Analysis


def render_analysis(a: Analysis) -> str:
    doc = a.document
    out = [f"== {doc.path} ({doc.format})"]
    md = doc.metadata
    out.append(f"   title: {md.title!r}  author: {md.author!r}  date: {md.date!r}  url: {md.url!r}")
    by_sentence: dict[int, list[str]] = {}

    def add(i: int, line: str) -> None:
        by_sentence.setdefault(i, []).append(line)

    for f in a.figures:
        add(
            f.sentence,
            f"figure   [{f.kind}/{f.sourcing}] {f.text!r} noun={f.noun!r} value={f.value} range={f.low}-{f.high}",
        )
    for i, t in enumerate(a.attributions):
        src = t.source.text if t.source else None
        add(
            t.sentence,
            f"attrib#{i} [{t.source_kind}/{t.cue_type}] cue={t.cue.text!r} source={src!r}"
            + (f" -> {t.resolved!r}" if t.resolved else ""),
        )
    for d in a.dates:
        add(d.sentence, f"date     [{d.precision}] {d.text!r} value={d.value!r}")
    for q in a.quotes:
        add(
            q.sentence,
            f"quote    speaker={q.speaker} partial={q.partial} parts={q.parts} {q.text[:60]!r}",
        )
    claims = {c.sentence: c for c in a.claims}
    for block in doc.blocks:
        tag = f" boilerplate={block.boilerplate}" if block.boilerplate else ""
        for s in block.sentences:
            line, col = doc.position(s.start)
            c = claims.get(s.index)
            ctag = (
                f" [{c.kind}{' attributed' if c.attributed else ''}{' checkworthy' if c.checkworthy else ''}]"
                if c
                else ""
            )
            out.append(
                f"{line}:{col} #{s.index} {block.kind}{tag}{ctag}: {doc.prose[s.start : s.end]}"
            )
            out.extend(f"      {x}" for x in by_sentence.get(s.index, []))
    return "\n".join(out) + "\n"
