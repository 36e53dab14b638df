"""The dashboard in a real browser (Playwright for Python driving Debian's Chromium).

Screenshots go to test-artifacts/ (gitignored) so a person can look at what the tests saw.
Skipped with a message when /usr/bin/chromium or Playwright is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.serve import create_app
from newsevents.store.demo import EXAMPLES, SEED
from serve_fixtures import ServerThread, serve_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.model
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (the dev extra)")


@pytest.fixture(scope="module")
def server():
    with ServerThread(create_app(serve_store(), code_timeout=120)) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"serve_{name}.png"), full_page=True)


def test_serve_browser_filter_to_rus_and_see_the_sentence_highlighted(page, server):
    page.goto(server.url)
    page.wait_for_selector("table.events tbody tr")
    page.fill("input[name=actor]", "RUS")
    page.click("button:has-text('Apply')")
    page.wait_for_function("location.hash.includes('actor=RUS')")
    page.wait_for_selector("text=/of \\d+ events/")
    rows = page.locator("table.events tbody tr")
    assert rows.count() > 0
    for text in rows.all_inner_texts():
        assert "RUS" in text
    shot(page, "events_rus")
    link = rows.first.locator("td[data-label=Event] a")
    sentence = rows.first.locator("td.sentence").inner_text().strip()
    link.click()
    highlighted = page.locator("article.doc-text mark.current")
    highlighted.first.wait_for()
    assert sentence.startswith(highlighted.first.inner_text().strip()[:40])
    assert " ".join(highlighted.all_inner_texts()).replace("\n", " ").strip() == sentence
    page.locator("details.removed summary").click()
    shot(page, "document")


def test_serve_browser_code_the_seed_page(page, server):
    seed = EXAMPLES / f"{SEED}.txt"
    page.goto(server.url + "#/code")
    page.fill("#code-text", seed.read_text(encoding="utf-8"))
    page.fill("#code-date", "2017-12-20")
    page.click("button:has-text('Code this text')")
    page.locator("#code-result table.events").wait_for(timeout=120_000)
    events = page.locator("#code-result table.events tbody tr").all_inner_texts()
    mediate = [text for text in events if "039 Express intent to mediate" in text]
    assert len(mediate) == 2 and all("RUSGOV" in text for text in mediate)
    assert page.locator("#code-result mark.ev").count() >= len(events) > 0
    shot(page, "code_seed")


def test_serve_browser_network_and_timeline(page, server):
    page.goto(server.url + "#/network")
    page.locator("svg.network").wait_for()
    assert page.locator("svg.network circle.node").count() >= 4
    assert page.locator("svg.network rect.node").count() >= 1
    before = page.locator("svg.network path.edge").count()
    page.locator("input[name=from]").focus()
    for _ in range(30):
        page.keyboard.press("ArrowRight")
    page.wait_for_function(f"document.querySelectorAll('svg.network path.edge').length < {before}")
    page.select_option("select[name=colour]", "goldstein")
    page.locator("p.legend", has_text="Edge colour: mean Goldstein").wait_for()
    shot(page, "network")
    page.goto(server.url + "#/timeline?source=RUS&target=USA&both_directions=true")
    page.locator("svg.timeline rect.bar").first.wait_for()
    shot(page, "timeline")


def test_serve_browser_phone_width_with_the_keyboard_alone(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url)
    page.wait_for_selector("table.events tbody tr")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.keyboard.press("Tab")  # the skip link
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.locator("input[name=actor]").focus()
    page.keyboard.type("KEN")
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash.includes('actor=KEN')")
    page.wait_for_selector("text=/of \\d+ events/")
    for _ in range(40):  # Tab from the form to the first event link
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('td[data-label=Event]')"):
            break
    else:
        pytest.fail("no event link reached with Tab")
    page.keyboard.press("Enter")
    page.locator("mark.current").first.wait_for()
    assert re.match(r"#/doc/", page.evaluate("location.hash"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "phone_document")
    context.close()


def test_serve_browser_map_shows_places_and_opens_their_events(page, server):
    page.goto(server.url + "#/map")
    page.wait_for_selector("svg.map circle.place")
    assert page.locator("svg.map .land path").count() > 100  # the world's countries, drawn from the package
    shot(page, "map")
    place = page.locator("svg.map a").first
    country = re.search(r"\(([A-Z]{3}),", place.get_attribute("aria-label")).group(1)
    place.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash.includes('place={country}')")
    page.wait_for_selector("table.events tbody tr")
    for text in page.locator("table.events tbody td[data-label=Where]").all_inner_texts():
        assert f"({country})" in text
    shot(page, "events_by_place")
