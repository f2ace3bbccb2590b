"""The HTML report in a real browser (Debian's chromium, headless, driven by selenium):
filters, keyboard navigation, an editor's decision exported as a baseline that
``--baseline`` then honours. Skipped, with a message, where chromium or its driver is
absent (``apt-get install chromium chromium-driver``; .ci/run installs them)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tqa.cli import main

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "corpora" / "demo"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium and chromedriver are not installed")]


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=DRIVER), options=options)
    yield driver
    driver.quit()


def test_an_editor_filters_navigates_and_exports_a_decision(browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    report = tmp_path / "report.html"
    args = ["check", str(DEMO / "article.ko.txt"), str(DEMO / "article.en.txt"), "--fast", "--fail-on", "never"]
    assert main(args + ["--format", "html", "-o", str(report)]) == 0
    browser.get(report.as_uri())
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, f"the page's script failed: {errors}"
    issues = browser.find_elements(By.CSS_SELECTOR, "li.issue")
    assert len(issues) > 10

    # a family filter hides the other families' findings
    browser.find_element(By.CSS_SELECTOR, 'button.chip[data-filter="fam"][data-value="number"]').click()
    visible = [item for item in browser.find_elements(By.CSS_SELECTOR, "li.issue") if item.is_displayed()]
    assert visible and all(item.get_attribute("data-fam") == "number" for item in visible)
    browser.find_element(By.CSS_SELECTOR, 'button.chip[data-filter="clear"]').click()

    # the rule-code box keeps one rule's findings
    box = browser.find_element(By.ID, "rule-filter")
    box.send_keys("TQA101")
    shown = [item for item in browser.find_elements(By.CSS_SELECTOR, "li.issue") if item.is_displayed()]
    assert shown and {item.get_attribute("data-rule") for item in shown} == {"TQA101"}
    box.clear()
    box.send_keys(Keys.BACKSPACE)

    # j moves to the first finding; the editor accepts it
    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    current = browser.find_element(By.CSS_SELECTOR, "li.issue.current")
    fingerprint = current.get_attribute("data-fp")
    current.find_element(By.CSS_SELECTOR, 'button[data-decision="accepted"]').click()
    assert current.find_element(By.CSS_SELECTOR, 'button[data-decision="accepted"]').get_attribute(
        "aria-pressed") == "true"
    browser.save_screenshot(str(tmp_path / "report.png"))

    # the decisions file the page exports is a baseline tqa reads
    browser.find_element(By.ID, "export-decisions").click()
    exported = browser.execute_async_script(
        "var done = arguments[0]; fetch(document.getElementById('decisions-download').href)"
        ".then(function (r) { return r.text(); }).then(done);")
    decisions = json.loads(exported)
    assert decisions["tqa-baseline"] == 1
    assert [(f["fingerprint"], f["status"]) for f in decisions["findings"]] == [(fingerprint, "accepted")]
    baseline = tmp_path / "decisions.json"
    baseline.write_text(exported, encoding="utf-8")
    out = tmp_path / "again.json"
    main(args + ["--baseline", str(baseline), "--format", "json", "-o", str(out)])
    accepted = [i for i in json.loads(out.read_text(encoding="utf-8"))["documents"][0]["issues"]
                if i.get("baseline") == "accepted"]
    assert [i["fingerprint"] for i in accepted] == [fingerprint]


def test_hovering_a_word_highlights_the_words_aligned_to_it(browser, tmp_path):
    """``tqa check --words``: hover a Korean word, its English counterpart is highlighted
    (and the reverse); moving away clears it. Needs torch and the e5 model (skipped without)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    from tqa.align.words import WordAlignmentUnavailable, load_torch_engine

    pytest.importorskip("torch")
    try:
        load_torch_engine()
    except WordAlignmentUnavailable as error:
        pytest.skip(str(error))
    source, target = tmp_path / "a.ko.txt", tmp_path / "a.en.txt"
    source.write_text("위원회는 2031년 예산을 승인했다.\n새 다리는 내년 봄에 개통한다.\n", encoding="utf-8")
    target.write_text("The committee approved the 2031 budget.\nThe new bridge opens next spring.\n",
                      encoding="utf-8")
    report = tmp_path / "words.html"
    assert main(["check", str(source), str(target), "--words", "--fail-on", "never", "-o", str(report)]) == 0
    browser.get(report.as_uri())
    assert not [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]

    def word(side: str, text: str):
        cell = "td.src" if side == "ko" else "td.tgt"
        return next(element for element in browser.find_elements(By.CSS_SELECTOR, f"{cell} span.w")
                    if element.text == text)

    def classes(element) -> set[str]:
        return set(element.get_attribute("class").split())

    year_ko, year_en = word("ko", "2031"), word("en", "2031")  # a number: a forced anchor
    assert year_en.get_attribute("data-w") in year_ko.get_attribute("data-al").split()
    ActionChains(browser).move_to_element(year_ko).perform()
    assert "w-aligned" in classes(year_en) and "w-self" in classes(year_ko)
    assert not [element for element in browser.find_elements(By.CSS_SELECTOR, ".w-aligned")
                if element.get_attribute("data-w") not in year_ko.get_attribute("data-al").split()]
    # the other way round, and moving off clears the first highlight
    ActionChains(browser).move_to_element(year_en).perform()
    assert "w-aligned" in classes(year_ko) and "w-aligned" not in classes(year_en)
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()
    assert not browser.find_elements(By.CSS_SELECTOR, ".w-aligned, .w-self")
    browser.save_screenshot(str(tmp_path / "words.png"))
