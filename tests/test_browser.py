"""Scorecards in a real browser: headless Chromium through Selenium, pages opened via file://.

Screenshots go to the test's tmp dir and one of each page is copied to /tmp/provlint-screens/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from provlint.report.scorecard import write_scorecards
from provlint.results import RunResult
from tests.test_scorecards import ARTICLE_MD, sample_markdown, sample_text

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENS = Path("/tmp/provlint-screens")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
        reason="chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)",
    ),
]

LONG_TAIL = "\n\n".join(f"Paragraph {i} of background with no figures at all." for i in range(40))


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}",
    ):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    yield drv
    drv.quit()


@pytest.fixture(scope="module")
def cards(tmp_path_factory) -> Path:
    # a long article, so that the findings start below the fold and a link has to scroll
    long_md = ARTICLE_MD.replace(
        "# Floods hit the north\n", "# Floods hit the north\n\n" + LONG_TAIL + "\n"
    )
    run = RunResult(
        documents=[sample_markdown(), sample_text(), sample_markdown("news/long.md", 40.0, long_md)]
    )
    out = tmp_path_factory.mktemp("cards")
    write_scorecards(run, out)
    return out


def _shot(driver, tmp: Path, name: str) -> None:
    path = tmp / f"{name}.png"
    driver.save_screenshot(str(path))
    SCREENS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SCREENS / path.name)


def test_index_page(driver, cards: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    driver.get((cards / "index.html").as_uri())
    rows = driver.find_elements(By.CSS_SELECTOR, "table.articles tbody tr")
    assert len(rows) == 3
    assert [r.find_element(By.CSS_SELECTOR, "td").text for r in rows] == ["40", "62", "n/a"]
    bars = driver.find_elements(By.CSS_SELECTOR, "svg.dist rect")
    assert len(bars) == 10 and bars[0].size["width"] > 10
    _shot(driver, tmp_path, "index")
    rows[0].find_element(By.CSS_SELECTOR, "a.card").click()
    assert (
        "long" in driver.current_url
        and driver.find_element(By.CSS_SELECTOR, ".score .num").text == "40"
    )


def test_scorecard_highlights_and_finding_links(driver, cards: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    card = next(cards.glob("news__long-*.html"))
    driver.get(card.as_uri())
    assert driver.find_element(By.CSS_SELECTOR, ".score .num").text == "40"
    figs = driver.find_elements(By.CSS_SELECTOR, "article .fig")
    assert {f.get_attribute("class") for f in figs} == {
        "fig fig-named",
        "fig fig-anonymous",
        "fig fig-none",
    }
    none_fig = driver.find_element(By.CSS_SELECTOR, "article .fig-none")
    assert none_fig.text == "$2 billion"
    assert none_fig.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    assert driver.find_elements(By.CSS_SELECTOR, "article .att-named")
    _shot(driver, tmp_path, "scorecard-top")

    links = driver.find_elements(By.CSS_SELECTOR, 'ol.findings a[href^="#f-"]')
    assert len(links) == 2
    before = driver.execute_script("return window.scrollY")
    target_id = links[1].get_attribute("href").split("#")[1]
    links[1].click()
    state = driver.execute_script(
        "var el = document.getElementById(arguments[0]); var r = el.getBoundingClientRect();"
        "return [window.scrollY, r.top, r.bottom, window.innerHeight, el.classList.contains('flash'),"
        " el.textContent];",
        target_id,
    )
    scroll_y, top, bottom, height, flashed, text = state
    assert scroll_y != before
    assert top >= 0 and bottom <= height
    assert flashed and "$2 billion" in text
    _shot(driver, tmp_path, "scorecard-finding")
