"""Page furniture: lines of a web page or layout that are not part of the text proper
(menus, "skip to content", share and follow buttons, sign-in prompts, copyright lines,
bylines, photo captions and credits, "advertisement", "read more" teasers).

:func:`furniture_kind` names the kind of furniture a line is, or returns None. The
aligner prefers to leave such lines unaligned, and the alignment checks report an
unaligned furniture line as a minor addition rather than as added content.
"""
from __future__ import annotations

import re
from functools import lru_cache

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in (
        ("navigation", r"^\s*(skip (to|navigation)|jump to)\b.*(content|navigation|main|menu)\b"),
        ("navigation", r"^\s*(back to top|go to top|main menu|menu|home|search|next|previous|"
                       r"(next|previous) (article|story|page)|more (news|stories)|latest( news)?|"
                       r"trending( now)?|most (read|popular))\s*[»›>|]*\s*$"),
        ("navigation", r"^\s*(home|news)\s*[>»›/|]\s*\w+"),
        ("share", r"^\s*(share|tweet|email|print|copy link)\b.{0,40}$"),
        ("share", r"\b(share (this|on)|follow us|join us on|like us on|find us on)\b"),
        ("share", r"^\s*(facebook|twitter|x|linkedin|whatsapp|instagram|youtube|kakaotalk|telegram)"
                  r"(\s*[|/·,]\s*(facebook|twitter|x|linkedin|whatsapp|instagram|youtube|kakaotalk|telegram|email))*\s*$"),
        ("account", r"^\s*(sign (in|up)|log ?in|log ?out|register|subscribe|create an account|my account)\b.{0,60}$"),
        ("account", r"\b(sign up for|subscribe to) (our|the) (newsletter|daily|weekly)\b"),
        ("copyright", r"(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\)|\d{4})|all rights reserved|unauthori[sz]ed (reproduction|redistribution))"),
        ("legal", r"^\s*(terms (of (use|service))?|privacy( policy)?|cookie (policy|settings)|about us|contact us)"
                  r"(\s*[|·/•]\s*[\w ]+)*\s*$"),
        ("advert", r"^\s*(advertisement|sponsored( content)?|ad|promoted|scroll to continue( reading)?)\s*$"),
        ("caption", r"^\s*(photo|image|picture|video|graphic|caption|pictured|illustration|file photo)"
                    r"\s*(credit)?\s*[:/|-]"),
        ("caption", r"\((photo|image|picture)s?( credit)?[:/ ]|\b(image|photo) credit\b|/\s*(yonhap|afp|ap|reuters|getty images)\s*\)?\s*$"),
        ("teaser", r"^\s*(read more|related( (articles?|stories|news|coverage))?|see also|click here|"
                   r"watch (the )?video|listen to (the )?(podcast|audio))\b\s*[:>»]?"),
        ("byline", r"^\s*(by\s+[A-Z][\w.-]+(\s+[A-Z][\w.-]+){0,3}|[\w.+-]+@[\w-]+\.[\w.]+)\s*$"),
        # Korean-language page furniture
        ("navigation", r"(본문\s*바로\s*가기|주메뉴\s*바로\s*가기|메뉴\s*바로\s*가기|맨\s*위로|목록\s*보기|이전\s*기사|다음\s*기사)"),
        ("share", r"^\s*(공유하기|공유|페이스북|트위터|카카오톡|카카오스토리|URL\s*복사|스크랩|인쇄)(\s*[|·/,]\s*\S+)*\s*$"),
        ("copyright", r"(무단\s*(전재|복제)|재배포\s*금지|저작권자\s*[©ⓒ]|ⓒ)"),
        ("account", r"^\s*(로그인|회원가입|구독(하기)?|뉴스레터)\s*$"),
        ("caption", r"^\s*\[?(사진|그래픽|영상)\s*[=:]"),
        ("byline", r"^\s*\S{2,4}\s*기자\s*[\w.+-]*@[\w.-]+\s*$"),
    )
)


@lru_cache(maxsize=65536)
def furniture_kind(line: str) -> str | None:
    """The kind of page furniture ``line`` is (``"share"``, ``"copyright"`` …) or None."""
    text = line.strip()
    if not text or len(text) > 160:
        return None
    for kind, pattern in _PATTERNS:
        if pattern.search(text):
            return kind
    return None


def is_furniture(line: str) -> bool:
    return furniture_kind(line) is not None
