"""``tqa score``: BLEU, chrF and TER against a reference, via sacrebleu (the reference
implementation, with its reproducibility signature)."""
from __future__ import annotations

from .io import InputError, read_text


def _lines(path: str) -> list[str]:
    return read_text(path).splitlines()


def score_files(hypothesis_path: str, reference_path: str, per_segment: bool = False) -> dict:
    from sacrebleu.metrics import BLEU, CHRF, TER

    hypotheses, references = _lines(hypothesis_path), _lines(reference_path)
    while hypotheses and not hypotheses[-1].strip():
        hypotheses.pop()
    while references and not references[-1].strip():
        references.pop()
    if len(hypotheses) != len(references):
        raise InputError(hypothesis_path, f"has {len(hypotheses)} lines but the reference "
                                          f"{reference_path} has {len(references)}")
    bleu, chrf, ter = BLEU(), CHRF(), TER()
    result = {
        "segments": len(hypotheses),
        "corpus": {"bleu": bleu.corpus_score(hypotheses, [references]).score,
                   "chrf": chrf.corpus_score(hypotheses, [references]).score,
                   "ter": ter.corpus_score(hypotheses, [references]).score},
        "signature": {"bleu": str(bleu.get_signature()), "chrf": str(chrf.get_signature()),
                      "ter": str(ter.get_signature())},
    }
    if per_segment:
        sentence_bleu = BLEU(effective_order=True)
        result["per_segment"] = [
            {"id": i, "bleu": sentence_bleu.sentence_score(h, [r]).score,
             "chrf": chrf.sentence_score(h, [r]).score, "ter": ter.sentence_score(h, [r]).score}
            for i, (h, r) in enumerate(zip(hypotheses, references))]
    return result
