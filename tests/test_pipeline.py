"""The pipeline's bound on gift work: the gift finder reads a bounded number of body sentences."""

from __future__ import annotations

import pytest

from extractors import extract, pipeline
from extractors.document import read

HEAD = "Valley Clinic Opens a New Wing\n\n"
GIFT = "Harbour Trust donated $2 million to the Valley Clinic."
FILLER = "The clinic opened in spring."


def _release(filler_after_gift: int) -> str:
    """A headline, a gift sentence, then ``filler_after_gift`` plain sentences, on one line."""
    return HEAD + " ".join([GIFT] + [FILLER] * filler_after_gift)


@pytest.mark.parametrize(
    ("sentences", "expected_same"),
    [
        (3, True),  # a body shorter than the bound: the release itself
        (6, True),  # exactly the bound
        (7, False),  # one sentence more: cut
        (40, False),
    ],
)
def test_body_within_cuts_only_longer_bodies(sentences: int, expected_same: bool) -> None:
    """``body_within(n)`` returns the release itself unless its body has more than n sentences."""
    doc = read(" ".join([FILLER] * sentences))

    cut = doc.body_within(6)

    assert (cut is doc) == expected_same
    if not expected_same:
        assert cut.body_end == doc.sentences[6].start
        assert cut.text is doc.text and cut.sentences == doc.sentences


def test_body_within_counts_up_to_the_boilerplate() -> None:
    """Sentences after the boilerplate starts do not count: a headline and one body sentence is 2."""
    doc = read("Acme Gives $5 to Food Bank\n\nAcme gave $5.\n\nAbout Acme\n\nAcme makes things.")

    assert doc.body_within(2) is doc
    assert doc.body_within(1).body_end == doc.sentences[1].start


@pytest.mark.parametrize(
    ("bound", "donors"),
    [
        (1, []),  # the headline only: the gift sentence (the second) is past the bound
        (2, ["Harbour Trust"]),
        (2000, ["Harbour Trust"]),
    ],
)
def test_gift_sentences_past_the_bound_are_not_read(
    monkeypatch: pytest.MonkeyPatch, bound: int, donors: list[str]
) -> None:
    """A gift stated past ``MAX_GIFT_SENTENCES`` sentences of the body gives no donor."""
    monkeypatch.setattr(pipeline, "MAX_GIFT_SENTENCES", bound)

    release = extract(_release(20))

    assert [d.name for d in release.donors] == donors
