"""A short news document of the test authors' own sentences, shared by the tests that cut one
document into pieces (``-j N`` chunks in tests/test_parallel.py, stream sections in
tests/test_stream.py): it sets off number, date, name, negation, direction, punctuation and
empty-target findings, and a name (김민수) recurs at its first and last pair."""
from __future__ import annotations

PAIRS = [
    ("김민수 장관은 3일 서울에서 기자회견을 열었다.", "Minister Kim Min-su held a press conference in Seoul on the 3rd."),
    ("정부는 1억 달러를 지원한다.", "The government will provide 1 billion dollars."),
    ("그는 회의에 참석하지 않았다.", "He attended the meeting."),
    ("김 장관은 내년 예산이 5% 늘어날 것이라고 말했다.", "Minister Gim said next year's budget would grow by 5 percent."),
    ("반도체 수출은 지난달 20% 증가했다.", "Chip exports fell 20% last month."),
    ("서울시는 대중교통 요금을 인상한다.", "The Seoul city government will raise public transit fares."),
    ("이 사업은 2025년 3월에 끝난다.", "The project ends in April 2025."),
    ("회의는 오후 2시에 시작됐다.", "The meeting began at 2 p.m."),
    ("박지영 교수는 연구 결과를 발표했다.", "Professor Park Ji-young presented the findings."),
    ("박 교수는 추가 연구가 필요하다고 밝혔다.", "Professor Bak said more research was needed."),
    ("시민 1,200명이 설문에 답했다.", "About 1,500 citizens answered the survey."),
    ("그 결정은 내일 발표된다.", ""),
    ("행사는 토요일에 열린다.", "The event will be held on Saturday!!"),
    ("김민수 장관은 다시 서울을 찾았다.", "Minister Kim Minsu visited Seoul again."),
]
