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
