"""Per-article scorecards (HTML, Markdown, JSON) and an index page, written into a folder."""

from __future__ import annotations

from pathlib import Path

from provlint.atomic import make_folder, write_output
from provlint.jsontext import dumps
from provlint.report.scorecard.data import card_data, card_json
from provlint.report.scorecard.html_card import render_card_html
from provlint.report.scorecard.index_page import render_index
from provlint.report.scorecard.markdown_card import render_card_markdown
from provlint.report.scorecard.names import unique_stems
from provlint.results import RunResult


def write_scorecards(run: RunResult, out_dir: Path, progress=None) -> list[Path]:
    """Write ``<stem>.html``, ``.md`` and ``.json`` per document and ``index.html``; return the paths.

    ``progress`` is an optional :class:`provlint.pipeline.Progress`-like object stepped per article.
    """
    make_folder(out_dir, "report folder")
    stems = unique_stems([d.path for d in run.documents])
    cards = []
    written: list[Path] = []
    for result in run.documents:
        if progress is not None:
            progress.step(result.path)
        data = card_data(result)
        cards.append(data)
        stem = stems[result.path]
        written.append(write_output(out_dir / f"{stem}.html", render_card_html(result, data)))
        written.append(write_output(out_dir / f"{stem}.md", render_card_markdown(data)))
        written.append(
            write_output(
                out_dir / f"{stem}.json",
                dumps(card_json(data)) + "\n",
            )
        )
    written.append(write_output(out_dir / "index.html", render_index(cards, stems, run.errors)))
    return written
