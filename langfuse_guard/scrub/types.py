"""Core types shared by every scrubbing stage.

A detector looks at one string and returns :class:`Finding` objects: where a sensitive
value sits and what kind it is. It never returns the value itself, so nothing downstream
(summaries, logs, metadata) can echo it by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

# Entity types produced by stage one (regexes and validators).
EMAIL = "EMAIL"
PHONE = "PHONE"
US_SSN = "US_SSN"
CREDIT_CARD = "CREDIT_CARD"
IBAN = "IBAN"
IP_ADDRESS = "IP_ADDRESS"
SECRET = "SECRET"
# A value replaced whole because of the key it sits under (password=..., api_key=...).
SENSITIVE_KEY = "SENSITIVE_KEY"
# Entity types produced by stage two (NER and the address recognizer).
PERSON = "PERSON"
LOCATION = "LOCATION"
ADDRESS = "ADDRESS"

STAGE_ONE_ENTITIES: frozenset[str] = frozenset(
    {EMAIL, PHONE, US_SSN, CREDIT_CARD, IBAN, IP_ADDRESS, SECRET}
)
NER_ENTITIES: frozenset[str] = frozenset({PERSON, LOCATION, ADDRESS})


@dataclass(frozen=True, slots=True)
class Finding:
    """A sensitive span in a text: ``text[start:end]`` is of kind ``entity``.

    ``rule`` names the detector rule that fired (``"email"``, ``"secret.openai"``), for the
    receipt. ``score`` is 1.0 for validated regex hits and the model's score for NER.
    """

    start: int
    end: int
    entity: str
    rule: str
    score: float = 1.0


@runtime_checkable
class Detector(Protocol):
    """Finds sensitive spans in one string.

    Implementations are configured in ``__init__`` and are safe to call from several
    threads at once. ``find`` must run in time linear in ``len(text)``.
    """

    name: str
    entities: frozenset[str]

    def find(self, text: str) -> list[Finding]: ...
