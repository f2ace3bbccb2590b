"""The disk cache of analysed word lists: same analyses as the analyser, survives a
corrupt file, and is keyed by the analyser's version."""
from __future__ import annotations

from tqa.ko import analyser
from tqa.resources import Resources


def test_disk_cache_gives_the_analysers_own_morphemes(tmp_path, monkeypatch):
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path))
    forms = ["발이 넓다", "희망고문"]
    with Resources().activate():
        analyser.warm_from_disk(forms, "test-forms")
        written = list(tmp_path.glob("test-forms-*.json"))
        assert len(written) == 1 and analyser.analyser_version() in written[0].name
    # a new run: nothing in memory, analyses come from the file and equal kiwipiepy's
    with Resources().activate():
        analyser.warm_from_disk(forms, "test-forms")
        for form in forms:
            assert analyser.morphemes(form) == analyser.current()._analyse(form)
            assert any(m.tag.startswith("N") for m in analyser.morphemes(form))


def test_corrupt_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path))
    korean = Resources().korean
    (tmp_path / f"test-forms-{korean.version()}.json").write_text("{not json", encoding="utf-8")
    korean.warm_from_disk(["그림의 떡"], "test-forms")
    assert korean.morphemes("그림의 떡") == korean._analyse("그림의 떡")
    assert "그림의 떡" in (tmp_path / f"test-forms-{analyser.analyser_version()}.json").read_text(encoding="utf-8")
