"""Quotations: finding each quoted segment and attributing it to its speaker."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import quotes
from extractors.document import read
from extractors.model import Quote
from extractors.quotes import find_quotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# A headline and a dateline paragraph, so that the case under test is body text.
HEAD = (
    "Acme Gives $5,000 to River Trust\n\n"
    "DENVER, May 2, 2024 -- Acme Inc. gave $5,000 to River Trust on Tuesday for its wetlands.\n\n"
)


def quotes_of(body: str, head: str = HEAD) -> list[Quote]:
    """The quotes of a release, after checking that every span points at its text."""
    text = head + body
    found = find_quotes(read(text))
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.text == q.text.strip()
    return found


def summary(found: list[Quote]) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each quote as (first three words, speaker, title, organization)."""
    return [(" ".join(q.text.split()[:3]), q.speaker, q.title, q.organization) for q in found]


# --- attribution: one row per construction ----------------------------------------

# Over 400 characters of narrative without a name, to put a person's full name out of reach.
FILLER = (
    "The survey took a year and cost little. Every culvert, outfall and weir in the valley was "
    "mapped by hand, and each one was photographed at high and low water. The maps were drawn "
    "again in the spring, when the floods had moved the gravel bars downstream. The work showed "
    "where the water pools in summer and where the banks give way in winter storms. It also "
    "showed where the old mill races still carry water under the fields and the roads."
)

ATTRIBUTION_CASES = [
    pytest.param(
        "“We are mobilizing to help the people of the island,” adds Hope Charities’ CEO, Liz Baker.",
        [("We are mobilizing", "Liz Baker", "CEO", "Hope Charities")],
        id="a-plural-possessive-organisation-then-title-then-name",
    ),
    pytest.param(
        "“We are mobilizing to help the people of the island,” said Liz Jones, head of Hope "
        "Charities.",
        [("We are mobilizing", "Liz Jones", "head", "Hope Charities")],
        id="a-surname-ending-in-s-is-still-a-name",
    ),
    pytest.param(
        "Tom Hale, chair of River Trust, handed over the cheque.\n\nRecalling that the Avon had "
        "not flooded so badly in a century, he said: “We hope our gift helps the valley rebuild.”",
        [("We hope our", "Tom Hale", "chair", "River Trust")],
        id="a-participle-clause-before-he-said-names-no-one",
    ),
    pytest.param(
        "Senators Ana Ruiz and Tom Hale backed the grant.\n\n“With the floods behind us, the "
        "valley can rebuild its weirs,” said the Senators.",
        [("With the floods", None, None, None)],
        id="the-senators-are-several-and-none-of-them-alone",
    ),
    pytest.param(
        "“We stand with the valley in its hour of need,” said Reem bint Ebrahim Al Hashimy, "
        "Minister of State.",
        [("We stand with", "Reem bint Ebrahim Al Hashimy", "Minister of State", None)],
        id="bint-inside-a-name",
    ),
    pytest.param(
        "Valley Outfitters, Inc. president and chief executive officer, Tom Hale, sent word on "
        "the gift:\n\n“We are proud to stand with the trust and its work in the valley.”",
        [("We are proud", "Tom Hale", "president chief executive officer", "Valley Outfitters")],
        id="a-company-with-its-inc-before-the-title-and-name",
    ),
    pytest.param(
        "“We are proud to stand with the trust,” said Tom Hale, Inc. magazine's editor.",
        [("We are proud", "Tom Hale", "Inc. magazine's editor", None)],
        id="a-name-before-a-magazine-called-inc-stays-the-name",
    ),
    pytest.param(
        "River Trust chair Ana Ruiz issued a statement on the county's grant:\n\n“We are proud "
        "to stand with the county and its work in the valley.”",
        [("We are proud", "Ana Ruiz", "chair", "River Trust")],
        id="a-statement-issued-before-a-colon-introduces-the-quote",
    ),
    pytest.param(
        "“We do not have to choose a site for the new weir right away” for the lower fields, "
        "says River Trust chair Ana Ruiz. “We have the summer.”",
        [
            ("We do not", "Ana Ruiz", "chair", "River Trust"),
            ("We have the", "Ana Ruiz", "chair", "River Trust"),
        ],
        id="the-writer-ends-the-quotes-sentence-before-says-name",
    ),
    pytest.param(
        "The trust runs “Clean Water For Every Valley Home Now” across the county, said Ana Ruiz.",
        [],
        id="a-programme-name-before-an-aside-and-said-name-is-no-quote",
    ),
    pytest.param(
        "Tom Hale spoke last. “We will rebuild the old weir below the mill this summer” and "
        "then the road, which is older.",
        [("We will rebuild", "Tom Hale", None, None)],
        id="an-aside-without-a-verb-after-its-comma-names-no-one-new",
    ),
    pytest.param(
        "River Trust chair Ana Ruiz walks the banks each week. “We see the old weirs, which are "
        "very old,” she explains. “We see what they could be again.” Those stone details – the "
        "sluices, the gates – hold value.",
        [
            ("We see the", "Ana Ruiz", "chair", "River Trust"),
            ("We see what", "Ana Ruiz", "chair", "River Trust"),
        ],
        id="a-plural-subject-before-details-is-a-noun-not-a-speaker",
    ),
    pytest.param(
        "Ana Ruiz, chair of River Trust, looked at the plans. “Is this the best we can do for "
        "the valley?” Ruiz questions.",
        [("Is this the", "Ana Ruiz", "chair", "River Trust")],
        id="questions-as-a-verb-of-speech",
    ),
    pytest.param(
        "“We saw the river rise in a single night,” residents said. “Then the water came in.” "
        "Many residents say the same.",
        [("We saw the", None, None, None), ("Then the water", None, None, None)],
        id="unnamed-residents-stay-unnamed",
    ),
    pytest.param(
        "“It was a pivotal year for every school in the valley.” – Ewan Greyling, Chief\n"
        "Executive Officer.",
        [("It was a", "Ewan Greyling", "Chief Executive Officer", None)],
        id="dash-title-wrapped-at-the-margin",
    ),
    pytest.param(
        "“It was a good year.” – Ewan Greyling, Chief\nHarlow Trust",
        [("It was a", "Ewan Greyling", "Chief", None)],
        id="dash-signature-short-line-ends",
    ),
    pytest.param(
        "“It is a good day for the valley,” said Tamsin Reed, director of the Greyling Associ-\n"
        "ation. “We thank the low- and middle-income families who wrote in.”",
        [
            ("It is a", "Tamsin Reed", "director", "Greyling Association"),
            ("We thank the", "Tamsin Reed", "director", "Greyling Association"),
        ],
        id="organisation-hyphenated-at-a-line-end",
    ),
    pytest.param(
        "The grant was announced on Monday in the town hall by Commissioner Ewan\n"
        "Greyling of the valley board.\n\n“It is a good day,” said Greyling.",
        [("It is a", "Ewan Greyling", "Commissioner", None)],
        id="full-name-over-a-line-cut-at-the-margin",
    ),
    pytest.param(
        FILLER.replace(". ", ".\n", 2) + "\n\nThe plan was shown on Monday at the town hall by "
        "Harlow Trust Chief Financial\nOfficer Ewan Greyling, who took questions after it. "
        "“It is a good\nday,” Greyling said.",
        [("It is a", "Ewan Greyling", "Chief Financial Officer", "Harlow Trust")],
        id="title-before-the-name-over-a-line-cut-at-the-margin",
    ),
    pytest.param(
        "Chief Financial Officer Ewan Greyling told the board about the plan on Tuesday. "
        "“It is a good day for the valley,” he said.",
        [("It is a", "Ewan Greyling", "Chief Financial Officer", None)],
        id="a-title-that-opens-the-sentence-is-no-organisation",
    ),
    pytest.param(
        "The valley board met on Monday.\n\nQuick Facts\nGreyling spoke first.\n\n"
        "“It is a good day,” said Greyling.",
        [("It is a", "Greyling", None, None)],
        id="a-heading-line-is-no-given-name",
    ),
    pytest.param(
        "“We are glad to help,” said Priya Natarajan, director of\nprograms at River Trust.",
        [("We are glad", "Priya Natarajan", "director of programs", "River Trust")],
        id="title-and-org-hard-wrapped",
    ),
    pytest.param(
        "“We are glad to help,” said Priya Natarajan, president of\nRiver Trust.",
        [("We are glad", "Priya Natarajan", "president", "River Trust")],
        id="org-on-the-next-line",
    ),
    pytest.param(
        "“Our volunteers made this happen,” said Priya Natarajan, director of programs at River Trust.",
        [("Our volunteers made", "Priya Natarajan", "director of programs", "River Trust")],
        id="said-name-title-of-org",
    ),
    pytest.param(
        "Acme treasurer Tomas Berg handed over the check. “We are glad to help the river,” Berg said.",
        [("We are glad", "Tomas Berg", "treasurer", "Acme")],
        id="surname-said-maps-to-full-name",
    ),
    pytest.param(
        "Ines Carvalho joined the board in March.\n\n“The wetlands are healing fast,” said Carvalho.",
        [("The wetlands are", "Ines Carvalho", None, None)],
        id="said-surname",
    ),
    pytest.param(
        "Helen Osei, chief executive of River Trust, said: “This gift restores two wetlands.”",
        [("This gift restores", "Helen Osei", "chief executive", "River Trust")],
        id="name-title-org-said-colon",
    ),
    pytest.param(
        "According to Marcus Lindqvist, “the cleanup will take three more summers to finish.”",
        [("the cleanup will", "Marcus Lindqvist", None, None)],
        id="according-to",
    ),
    pytest.param(
        "Field ecologist Dana Whitfield counts the herons.\n\n"
        "Whitfield explains, “Clean water brings the herons back every spring.”",
        [("Clean water brings", "Dana Whitfield", "Field ecologist", None)],
        id="surname-explains-comma",
    ),
    pytest.param(
        "“Every dollar goes to the riverbanks and the reeds.” – Omar Haddad, River Trust",
        [("Every dollar goes", "Omar Haddad", None, "River Trust")],
        id="dash-name-org",
    ),
    pytest.param(
        "“We will report our progress to the town each season.” —Commissioner Lena Marsh",
        [("We will report", "Lena Marsh", "Commissioner", None)],
        id="em-dash-title-name",
    ),
    pytest.param(
        "The trust is chaired by Chairwoman Grace Okafor.\n\n"
        "And from Chairwoman Okafor: “We thank Acme for trusting us with this work.”",
        [("We thank Acme", "Grace Okafor", "Chairwoman", None)],
        id="and-from-title-surname-colon",
    ),
    pytest.param(
        "River Trust’s program lead Sam Kowalski explains, “The money buys native seedlings for the banks.”",
        [("The money buys", "Sam Kowalski", "program lead", "River Trust")],
        id="org-possessive-title-name-explains",
    ),
    pytest.param(
        "“The river is coming back to life.” Ines Carvalho, head of the Delta Alliance, said the work began in May.",
        [("The river is", "Ines Carvalho", "head", "Delta Alliance")],
        id="attribution-in-next-sentence",
    ),
    pytest.param(
        "“We started with one creek,” said Rita Glass, founder of Acme. “Now we fund twelve,” she added.",
        [
            ("We started with", "Rita Glass", "founder", "Acme"),
            ("Now we fund", "Rita Glass", "founder", "Acme"),
        ],
        id="pronoun-she-added",
    ),
    pytest.param(
        "Water Minister Ana Lopes opened the new pumping station.\n\n"
        "“We need more partners like this one,” the Minister said.",
        [("We need more", "Ana Lopes", "Minister", "Water")],
        id="role-the-minister",
    ),
    pytest.param(
        "“We started small in a garage,” said Rita Glass, founder of Acme.\n\n"
        "Acme now employs forty people.\n\n“Rivers taught me patience,” the company’s founder said.",
        [
            ("We started small", "Rita Glass", "founder", "Acme"),
            ("Rivers taught me", "Rita Glass", "founder", "Acme"),
        ],
        id="role-the-companys-founder",
    ),
    pytest.param(
        "“The first phase is done,” said Kelso Brandt, site manager. “The second begins in June.”",
        [
            ("The first phase", "Kelso Brandt", "site manager", None),
            ("The second begins", "Kelso Brandt", "site manager", None),
        ],
        id="same-turn-after-said",
    ),
    pytest.param(
        "“The first phase is done,” said Kelso Brandt, site manager.\n\n“The second phase begins in June.”",
        [
            ("The first phase", "Kelso Brandt", "site manager", None),
            ("The second phase", "Kelso Brandt", "site manager", None),
        ],
        id="same-turn-next-paragraph",
    ),
    pytest.param(
        "“We saw the flood coming for weeks,” said Hugo Brandt, a hydrologist, in an interview.",
        [("We saw the", "Hugo Brandt", "hydrologist", None)],
        id="speaker-behind-a-title-corenlp",
    ),
    pytest.param(
        "“The levee held through the night,” said Rosa Delgado, a spokesperson for the Port Authority.",
        [("The levee held", "Rosa Delgado", "spokesperson", "Port Authority")],
        id="news-spokesperson-for",
    ),
    pytest.param(
        "Mayor Ken Adeyemi visited the dam on Friday.\n\n“The water is still rising,” Adeyemi told reporters.",
        [("The water is", "Ken Adeyemi", "Mayor", None)],
        id="news-told-reporters",
    ),
    pytest.param(
        "Mayor Ken Adeyemi told reporters: “The water is still rising along the east bank.”",
        [("The water is", "Ken Adeyemi", "Mayor", None)],
        id="news-attribution-before",
    ),
    pytest.param(
        "“We have seen record interest this year,” said Mr. Berg.\n\nTomas Berg leads the fund.",
        [("We have seen", "Tomas Berg", None, None)],
        id="mr-surname-maps-to-full-name",
    ),
    pytest.param(
        "“We’re not going anywhere,” said Maria Lopez, 52, who has lived on the street for decades.",
        [("We’re not going", "Maria Lopez", None, None)],
        id="news-age-and-relative-clause",
    ),
    pytest.param(
        "Police Chief Dan Ortiz said the search was ongoing. “We have several leads,” he said.",
        [("We have several", "Dan Ortiz", "Chief", "Police")],
        id="news-pronoun-before-any-quote",
    ),
    pytest.param(
        "Dan Ortiz arrived at noon.\n\nOrtiz, speaking at a news conference, described the scene.\n\n"
        "“It was the worst flooding I have seen in thirty years.”",
        [("It was the", "Dan Ortiz", None, None)],
        id="news-speaker-in-previous-sentence",
    ),
    pytest.param(
        "“It was total chaos out there,” Lopez told The Daily Ledger.",
        [("It was total", "Lopez", None, None)],
        id="news-told-a-newspaper",
    ),
    pytest.param(
        "“We will appeal the ruling,” said a spokeswoman for the company, who declined to be named.",
        [("We will appeal", None, None, None)],
        id="news-unnamed-spokeswoman",
    ),
    pytest.param(
        "The senator said that she was “deeply disappointed” by the vote.",
        [],
        id="news-quoted-fragment-is-not-a-segment",
    ),
    pytest.param(
        "Quotes\n\n“Clean rivers matter to every community in this country.”\n\n"
        "– The Honourable Jane Roe, Minister of Environment",
        [("Clean rivers matter", "Jane Roe", "Minister of Environment", None)],
        id="government-dash-on-the-next-line",
    ),
    pytest.param(
        "The Minister of State for Water, the Rt Hon Jane Roe MP, said:\n\n“This funding will help thousands of families.”",
        [("This funding will", "Jane Roe", None, None)],
        id="government-said-colon-then-quote-paragraph",
    ),
    pytest.param(
        "“We will rebuild,” Mayor Jane Smith said, “and we will be stronger than before.”",
        [
            ("We will rebuild,", "Jane Smith", "Mayor", None),
            ("and we will", "Jane Smith", "Mayor", None),
        ],
        id="news-quote-resumed-after-attribution",
    ),
    pytest.param(
        "“We are watching it closely,” White House press secretary Karine Jean-Pierre told reporters on Monday.",
        [("We are watching", "Karine Jean-Pierre", "press secretary", "White House")],
        id="news-org-title-name-told-reporters",
    ),
    pytest.param(
        "Toronto-based Michelle McBane founded the fund.\n\n“We back women founders,” says McBane.",
        [("We back women", "Michelle McBane", None, None)],
        id="place-based-is-not-part-of-the-name",
    ),
    pytest.param(
        "“This partnership is a leap for patient safety,” said Ryan Bangerter CEO at Mytrex, Inc.",
        [("This partnership is", "Ryan Bangerter", "CEO", "Mytrex, Inc")],
        id="title-after-name-without-comma",
    ),
    pytest.param(
        "Bob Steiner, chief executive of Acme, shared his thoughts on the new plant, “It is built for the future.”",
        [("It is built", "Bob Steiner", "chief executive", "Acme")],
        id="shared-his-thoughts-comma",
    ),
    pytest.param(
        "“We are proud to support the river and its people,” the company said.",
        [("We are proud", None, None, None)],
        id="organisation-is-not-a-speaker",
    ),
    pytest.param(
        "“Rivers are the veins of the land, and we must keep them clean.”",
        [("Rivers are the", None, None, None)],
        id="unattributed-keeps-null",
    ),
    pytest.param(
        "“We planted four thousand willows, and the banks held,” said Nadia Ferreira, President and CEO, Green Shores Foundation.",
        [("We planted four", "Nadia Ferreira", "President and CEO", "Green Shores Foundation")],
        id="comma-separated-title-and-org",
    ),
    pytest.param(
        "“It is a proud day for the valley,” said Lions Valley President Dr. Amara Singh.",
        [("It is a", "Amara Singh", "President", "Lions Valley")],
        id="org-title-honorific-name",
    ),
    pytest.param(
        "“The pumps ran all night and the cellar stayed dry,” said Shaney jo Darden, founder of Acme.",
        [("The pumps ran", "Shaney jo Darden", "founder", "Acme")],
        id="lower-case-middle-name",
    ),
    pytest.param(
        "“The pumps ran all night,” said Carvalho via Zoom.",
        [("The pumps ran", "Carvalho", None, None)],
        id="a-short-preposition-is-not-a-middle-name",
    ),
    pytest.param(
        "“We counted more herons than last year,” said a representative of River Trust.",
        [("We counted more", None, None, None)],
        id="unnamed-representative-after-said",
    ),
    pytest.param(
        "“We counted more herons than last year,” a River Trust representative stated.",
        [("We counted more", None, None, None)],
        id="unnamed-org-representative-before-verb",
    ),
    pytest.param(
        "A representative of River Trust said, “We counted more herons than last year.”",
        [("We counted more", None, None, None)],
        id="unnamed-representative-before-quote",
    ),
    pytest.param(
        "“The cases doubled in a month,” said Dr. Mensah.",
        [("The cases doubled", "Mensah", None, None)],
        id="honorific-and-surname-only",
    ),
    pytest.param(
        "Dr. Abena Mensah runs the county clinic.\n\n“The cases doubled in a month,” Dr. Mensah said.",
        [("The cases doubled", "Abena Mensah", None, None)],
        id="honorific-surname-maps-to-full-name",
    ),
    pytest.param(
        "“The budget covers two more years of repairs,” said Lena Fischer, a spokeswoman for the county.",
        [("The budget covers", "Lena Fischer", "spokeswoman for the county", None)],
        id="news-said-name-a-spokeswoman-for",
    ),
    pytest.param(
        "“No one was hurt when the roof fell,” a fire department spokesman, Capt. Omar Reyes, said.",
        [("No one was", "Omar Reyes", "spokesman", "fire department")],
        id="news-role-then-name-in-commas",
    ),
    pytest.param(
        "“The count will be finished by Friday,” a senior election official said.",
        [("The count will", None, None, None)],
        id="news-senior-official-unnamed",
    ),
    pytest.param(
        "“The count will be finished by Friday,” said a senior official, who asked not to be named.",
        [("The count will", None, None, None)],
        id="news-anonymous-official-after-said",
    ),
    pytest.param(
        "“It was a long night for everyone,” one neighbour said.",
        [("It was a", None, None, None)],
        id="news-one-witness-unnamed",
    ),
    pytest.param(
        "Lena Fischer said the levee would be rebuilt. “We start the work in April.”",
        [("We start the", "Lena Fischer", None, None)],
        id="news-attribution-in-sentence-before",
    ),
    pytest.param(
        "“My sister called and said, ‘Get out now,’ so we left,” said Omar Reyes.",
        [("My sister called", "Omar Reyes", None, None)],
        id="news-quote-inside-a-quote",
    ),
    pytest.param(
        "“‘Never again,’ my father used to say, and he meant it every time,” said Omar Reyes.",
        [("‘Never again,’ my", "Omar Reyes", None, None)],
        id="news-quote-opening-with-a-quote-inside",
    ),
    pytest.param(
        "‘He looked at me and said “no” before I could finish,’ said Omar Reyes.",
        [("He looked at", "Omar Reyes", None, None)],
        id="british-single-marks-with-double-inside",
    ),
    pytest.param(
        "\"She told me, 'Keep the receipts,' and I did,\" said Omar Reyes.",
        [("She told me,", "Omar Reyes", None, None)],
        id="straight-marks-nested",
    ),
    pytest.param(
        "“The water came up to the second step,” said Omar Reyes, who has lived by the river for years.",
        [("The water came", "Omar Reyes", None, None)],
        id="news-said-name-who-clause",
    ),
    pytest.param(
        "“The water came up to the second step,” Reyes, who runs the corner shop, said.",
        [("The water came", "Reyes", None, None)],
        id="news-surname-who-clause-said",
    ),
    pytest.param(
        "Sam Ortega, a teacher at the school, said the roof leaked. “We moved the desks twice,” they said.",
        [("We moved the", "Sam Ortega", "teacher at the school", None)],
        id="news-they-after-a-named-speaker",
    ),
    pytest.param(
        "Parents waited outside the gym. “We want to know what happened,” they said.",
        [("We want to", None, None, None)],
        id="news-they-for-a-group",
    ),
    pytest.param(
        "Officials in Puerto Nuevo said the road would reopen. “Traffic should move by Friday,” they said.",
        [("Traffic should move", None, None, None)],
        id="news-they-after-a-place-is-no-one",
    ),
    pytest.param(
        "“We did our part,” said Sam Ortega.\n\nThe parents stayed until dark. “We will be back tomorrow,” they said.",
        [("We did our", "Sam Ortega", None, None), ("We will be", None, None, None)],
        id="news-they-is-not-the-last-speaker",
    ),
    pytest.param(
        "“The ferry will not sail before Monday,” fire chief Nina Holt told the Coast Weekly.",
        [("The ferry will", "Nina Holt", "fire chief", None)],
        id="news-lower-case-title-name-told-paper",
    ),
    pytest.param(
        "“The ferry will not sail before Monday,” said Robert “Bobby” Quayle, the harbour master.",
        [("The ferry will", "Robert Bobby Quayle", "harbour master", None)],
        id="news-nickname-in-quote-marks-inside-the-name",
    ),
    pytest.param(
        '"The ferry will not sail before Monday," Quayle said in a statement, adding: "We are sorry."',
        [("The ferry will", "Quayle", None, None), ("We are sorry.", "Quayle", None, None)],
        id="news-straight-marks-said-adding-colon",
    ),
    pytest.param(
        "“The ferry will not sail before Monday,” the harbour authority said in a statement.",
        [("The ferry will", None, None, None)],
        id="news-organisation-statement-is-no-one",
    ),
    pytest.param(
        "The clinics take walk-ins.\n\n“We treat anyone who walks in, day or night.” "
        "Available in all 50 states, the plan now covers farm towns.",
        [("We treat anyone", None, None, None)],
        id="states-after-a-number-is-a-noun",
    ),
    pytest.param(
        "Councillor Maya Lind praised the River Trust Board, “The work these volunteers have done "
        "is without equal in the valley.”",
        [("The work these", "Maya Lind", "Councillor", None)],
        id="praised-whom-comma-quote",
    ),
    pytest.param(
        "Maya Lind thanked the Valley Rotary Club: “Nobody gave more hours to the river than you.”",
        [("Nobody gave more", "Maya Lind", None, None)],
        id="thanked-whom-colon-quote",
    ),
    pytest.param(
        "Maya Lind spoke last. She told the Denver audience: “Clean rivers are built one mile at a time.”",
        [("Clean rivers are", "Maya Lind", None, None)],
        id="told-the-audience-colon",
    ),
    pytest.param(
        "Priya Natarajan walks the bank most mornings.\n\n" + FILLER + " Natarajan reads the river "
        "differently. "
        "“We see the old channels, which are still there,” she explains.",
        [("We see the", "Priya Natarajan", None, None)],
        id="pronoun-after-a-surname-alone",
    ),
    pytest.param(
        "“We want every creek mapped by autumn,”Marta, CEO of River Trust.\n\nMarta R.\n",
        [("We want every", "Marta", "CEO", "River Trust")],
        id="signature-with-a-first-name-only",
    ),
    pytest.param(
        "“We want every creek mapped by autumn,”Marta, the river keeps rising.",
        [("We want every", None, None, None)],
        id="signature-first-name-needs-a-title",
    ),
    pytest.param(
        "“We are grateful for the gift and its reach,” said River Network, “and we will use it well.”",
        [
            ("We are grateful", "River Network", None, None),
            ("and we will", "River Network", None, None),
        ],
        id="said-an-organisation",
    ),
    pytest.param(
        "“We are grateful for the gift and its reach,” River Alliance stated.",
        [("We are grateful", "River Alliance", None, None)],
        id="an-organisation-stated",
    ),
    pytest.param(
        "“We are grateful for the gift and its reach,” The Alliance stated.",
        [("We are grateful", None, None, None)],
        id="an-organisation-named-by-a-common-noun-is-no-speaker",
    ),
    pytest.param(
        "Lena Marsh, head of outreach at River Trust, is excited about the grant. "
        "“We can finally fix the old weir this summer.”",
        [("We can finally", "Lena Marsh", "head of outreach", "River Trust")],
        id="the-sentence-before-says-the-speaker-is-excited",
    ),
    pytest.param(
        "Lena Marsh runs the outreach team. “We can finally fix the old weir this summer.”",
        [("We can finally", None, None, None)],
        id="the-sentence-before-says-no-feeling-or-speech",
    ),
    pytest.param(
        "Lena Marsh runs the outreach team.\n\nTo the volunteers, Marsh elucidates, "
        "“The weir holds the water back in summer.”",
        [("The weir holds", "Lena Marsh", None, None)],
        id="elucidates-is-a-speech-verb",
    ),
    pytest.param(
        "“We are grateful for the gift and its reach,” said River Trust staff.",
        [("We are grateful", None, None, None)],
        id="said-an-organisation-only-when-its-name-ends-there",
    ),
    pytest.param(
        "The trust runs the survey.\n\n" + FILLER + " Natarajan reads the river differently. "
        "“We see the old channels, which are still there,” she explains.",
        [("We see the", None, None, None)],
        id="pronoun-after-a-surname-never-written-in-full",
    ),
    pytest.param(
        "When Marta and Oskar Lindgren retired, they moved to the valley.\n\n"
        "“We walk along the river every morning,” Marta says.",
        [("We walk along", "Marta Lindgren", None, None)],
        id="a-given-name-from-a-couple-sharing-a-surname",
    ),
    pytest.param(
        "Gifts from Marta and the Lindgren Fund paid for the weir.\n\n"
        "“We walk along the river every morning,” Marta says.",
        [("We walk along", "Marta", None, None)],
        id="a-given-name-beside-an-organisation-keeps-no-surname",
    ),
    pytest.param(
        "According to Lena Marsh, head of outreach at River Trust, the weir is the priority. "
        "“We can finally fix the old weir this summer.”",
        [("We can finally", "Lena Marsh", "head of outreach", "River Trust")],
        id="the-sentence-before-opens-with-according-to-a-name",
    ),
    pytest.param(
        "According to the survey, the weir is the priority. "
        "“We can finally fix the old weir this summer.”",
        [("We can finally", None, None, None)],
        id="the-sentence-before-opens-with-according-to-no-name",
    ),
    pytest.param(
        "“The river is back,” said Ines Carvalho.\n\n"
        "Why Are Towns Turning Back to Rivers? Carvalho has studied the question for years.\n\n"
        "As she told the Lisbon audience:\n\n“Clean water brings people home.”",
        [
            ("The river is", "Ines Carvalho", None, None),
            ("Clean water brings", "Ines Carvalho", None, None),
        ],
        id="as-she-told-after-a-question-heading",
    ),
    pytest.param(
        "Entries must answer the following prompt: “What would you change about your river?”",
        [],
        id="a-prompt-after-a-colon-is-no-speech",
    ),
    pytest.param(
        "Essay Rules Applicants are asked to answer this prompt: “What would you change about your river?”",
        [],
        id="a-heading-glued-to-a-prompt-is-no-speech",
    ),
    pytest.param(
        "Ines Carvalho has long argued for open data.\n\n"
        "In a recent op-ed, she emphasized: “Rivers belong to everyone who lives beside them.”",
        [("Rivers belong to", "Ines Carvalho", None, None)],
        id="pronoun-after-an-adverbial-before-the-verb",
    ),
    pytest.param(
        "On Monday, Ines Carvalho said: “Rivers belong to everyone who lives beside them.”",
        [("Rivers belong to", "Ines Carvalho", None, None)],
        id="name-after-an-adverbial-before-the-verb",
    ),
    pytest.param(
        "The trust hired NGO-veteran Lena Marsh last spring.\n\n"
        "Marsh says, “We can finally fix the old weir this summer.”",
        [("We can finally", "Lena Marsh", None, None)],
        id="an-acronym-compound-before-a-name-is-no-given-name",
    ),
    pytest.param(
        "Judge Ana Ruiz ruled on Monday.\n\n“The claims cannot be brought again,” Ruiz wrote.",
        [("The claims cannot", "Ana Ruiz", "Judge", None)],
        id="a-judge-is-a-title",
    ),
    pytest.param(
        "According to Lena Marsh, head of outreach at River Trust, "
        "“We can finally fix the old weir this summer.”",
        [("We can finally", "Lena Marsh", "head of outreach", "River Trust")],
        id="according-to-a-name-and-its-appositive",
    ),
    pytest.param(
        "According to Lena Marsh, one of the founders, “We can finally fix the old weir.”",
        [("We can finally", "Lena Marsh", None, None)],
        id="according-to-a-name-and-a-loose-appositive",
    ),
    pytest.param(
        "Critic Tomas Berg says the book is “A quiet triumph that stays with you for weeks.”",
        [("A quiet triumph", "Tomas Berg", "Critic", None)],
        id="the-subject-before-a-verb-of-speech-ends-with-the-quote",
    ),
    pytest.param(
        "The Riverside Book Club says the book is “A quiet triumph that stays with you for weeks.”",
        [("A quiet triumph", None, None, None)],
        id="an-organisation-as-the-subject-is-no-speaker",
    ),
    pytest.param(
        "“We are glad to help the river,” said Tomas Berg, Vice President of Marketing of River Trust.",
        [("We are glad", "Tomas Berg", "Vice President of Marketing", "River Trust")],
        id="a-department-stays-in-the-title",
    ),
    pytest.param(
        "“We are glad to help the river,” said Tomas Berg, chief marketing officer of Marketing Partners.",
        [("We are glad", "Tomas Berg", "chief marketing officer", "Marketing Partners")],
        id="a-company-named-like-a-department-is-the-organisation",
    ),
    pytest.param(
        "“We are glad to help the river,” said Tomas Berg, Chair of the Board of Directors.",
        [("We are glad", "Tomas Berg", "Chair of the Board of Directors", None)],
        id="a-board-of-directors-is-no-organisation",
    ),
    pytest.param(
        "Tomas K Berg joined the board in March.\n\n“We are glad to help the river,” said Berg.",
        [("We are glad", "Tomas K Berg", None, None)],
        id="a-middle-initial-without-its-full-stop",
    ),
    pytest.param(
        "In a public letter, Mayor Ines Carvalho vowed to “keep the river open to everyone who lives beside it, in every season and in every year to come.”",
        [("keep the river", "Ines Carvalho", "Mayor", None)],
        id="the-subject-after-an-adverbial-before-a-verb-of-speech",
    ),
    pytest.param(
        "Lena Marsh wrote the survey.  A Call to Reconnect  Lena's survey maps the weirs.\n\n"
        "“We can finally fix the old weir this summer,” says Lena.",
        [("We can finally", "Lena Marsh", None, None)],
        id="a-heading-run-into-a-paragraph-is-no-part-of-a-name",
    ),
    pytest.param(
        "Lena Marsh moved to the valley in May. “I wanted a smaller garden,” says Lena.\n\n"
        "“We map every weir,” says Tomas Berg, director of River Trust. “It takes a year,” he adds.\n\n"
        "Lena notes that Field Officer Ana Ruiz helped her find a plot. “I wanted to plan ahead,” she says.",
        [
            ("I wanted a", "Lena Marsh", None, None),
            ("We map every", "Tomas Berg", "director", "River Trust"),
            ("It takes a", "Tomas Berg", "director", "River Trust"),
            ("I wanted to", "Lena Marsh", None, None),
        ],
        id="a-pronoun-after-a-given-name-that-speaks-is-that-person",
    ),
    pytest.param(
        "Lena Marsh moved to the valley in May. “I wanted a smaller garden,” says Lena.\n\n"
        "“We map every weir,” says Tomas Berg, director of River Trust.\n\n"
        "Lena spent ten years on the river board. “It was good to know people,” she says.",
        [
            ("I wanted a", "Lena Marsh", None, None),
            ("We map every", "Tomas Berg", "director", "River Trust"),
            ("It was good", "Lena Marsh", None, None),
        ],
        id="a-pronoun-after-a-given-name-opening-the-sentence-before-is-that-person",
    ),
    pytest.param(
        "Lena Marsh runs the survey team.\n\n"
        "Speaking to the farmers who gathered by the old mill race on Sunday, Marsh offers some "
        "advice, “Walk the banks after every storm and write down what has moved.”",
        [("Walk the banks", "Lena Marsh", None, None)],
        id="the-subject-after-a-long-opening-phrase",
    ),
    pytest.param(
        "Lena Marsh runs the survey team.\n\n"
        "Marsh, who mapped the weirs of three valleys for the county and later led the river board "
        "through two floods and a drought, described the work by noting that, “Every weir tells "
        "you where the water wants to go.”",
        [("Every weir tells", "Lena Marsh", None, None)],
        id="the-subject-before-a-long-appositive",
    ),
    pytest.param(
        "The plan was agreed today.\n\nQuotes attributable to Ines Carvalho, Minister for Water:\n\n"
        "“The wetlands are healing fast.”\n\n“Every weir will be checked by June.”",
        [
            ("The wetlands are", "Ines Carvalho", "Minister", "Water"),
            ("Every weir will", "Ines Carvalho", "Minister", "Water"),
        ],
        id="quotes-attributable-to-a-person-in-the-line-before",
    ),
    pytest.param(
        "Sen. Tomas Berg announced the grant on Monday. “This is a good day for the valley,” the "
        "senator said.",
        [("This is a", "Tomas Berg", "Sen.", None)],
        id="a-role-written-short-in-the-title",
    ),
    pytest.param(
        "Minister for Water Ines Carvalho opened the weir.\n\n“The wetlands are healing fast,” the "
        "Minister said.",
        [("The wetlands are", "Ines Carvalho", "Minister for Water", None)],
        id="a-role-before-the-name-with-its-portfolio",
    ),
    pytest.param(
        "Baker and river guide Tomas Ledger CEng MICE opened the shop.\n\n“Every boat here was "
        "mended by hand,” says Tomas.",
        [("Every boat here", "Tomas Ledger", None, None)],
        id="a-given-name-resolved-past-letters-after-the-full-name",
    ),
    pytest.param(
        "Our guide Nora Vale PhD led the walk.\n\n“The herons came back this spring,” Nora said.",
        [("The herons came", "Nora Vale", None, None)],
        id="a-given-name-resolved-past-a-degree",
    ),
    pytest.param(
        "Reeds on the BankTomas Ledger, a guide, led the walk.\n\n“The herons came back,” Ledger "
        "said.",
        [("The herons came", "Tomas Ledger", None, None)],
        id="a-surname-resolved-past-a-heading-run-into-the-name",
    ),
    pytest.param(
        "J.R. Okafor leads the trust.\n\n“The herons came back,” Okafor said.",
        [("The herons came", "J.R. Okafor", None, None)],
        id="two-initials-run-together-before-the-surname",
    ),
    pytest.param(
        "“The herons came back,” said T.J. Okafor, director of Ferry Trust.",
        [("The herons came", "T.J. Okafor", "director", "Ferry Trust")],
        id="two-initials-run-together-after-said",
    ),
    pytest.param(
        "Our guide Lena MacArthur Ledger led the walk.\n\n“The herons came back,” Ledger said.",
        [("The herons came", "Lena MacArthur Ledger", None, None)],
        id="a-name-with-a-capital-inside-is-no-heading",
    ),
    pytest.param(
        "Today, Minister for Water Ines Carvalho said: “Every weir on the river will be checked.”",
        [("Every weir on", "Ines Carvalho", "Minister for Water", None)],
        id="a-long-title-before-the-name-before-the-verb",
    ),
    pytest.param(
        "Secretary of State for Rivers Ines Carvalho said:\n\n‘Every weir on the river will be "
        "checked.’",
        [("Every weir on", "Ines Carvalho", "Secretary of State for Rivers", None)],
        id="a-title-with-of-and-for-before-the-name-then-the-quote-in-its-own-paragraph",
    ),
    pytest.param(
        "Quote\n\n“Every weir on the river will be checked.”\n\n- The Hon. Ines Carvalho, P.C., M.P.,"
        " Minister of Water",
        [("Every weir on", "Ines Carvalho", "Minister of Water", None)],
        id="a-dash-before-an-honorific-written-short",
    ),
    pytest.param(
        "The Premier, Ines Carvalho, opened the weir.\n\n“Every weir will be checked,” the Premier "
        "said.",
        [("Every weir will", "Ines Carvalho", "Premier", None)],
        id="a-role-then-the-name-between-commas",
    ),
    pytest.param(
        "The Premier, who opened the weir, spoke.\n\n“Every weir will be checked,” the Premier said.",
        [("Every weir will", None, None, None)],
        id="a-role-then-a-clause-between-commas-names-no-one",
    ),
    pytest.param(
        "Visit the Ferry Cafe Co-Owner desk.\n\n“We bake at dawn,” said cafe Co-Owner, Ana Ruiz.",
        [("We bake at", "Ana Ruiz", "cafe Co-Owner", None)],
        id="a-title-with-co-is-no-name",
    ),
    pytest.param(
        "The weir opens, Minister for Regional Water Tomas Berg announced.\n\n“Every weir will be "
        "checked,” Mr Berg said.",
        [("Every weir will", "Tomas Berg", None, None)],
        id="a-surname-resolved-past-a-portfolio-before-the-full-name",
    ),
    pytest.param(
        "Minister for Rural Health Tomas Berg opened the weir.\n\n“Every weir will be checked,” "
        "Berg said.",
        [("Every weir will", "Tomas Berg", None, None)],
        id="a-surname-resolved-past-a-portfolio-ending-in-an-organisation-word",
    ),
    pytest.param(
        "“Every weir on the river will be checked by June.”\n\nInes Carvalho, Minister of Water",
        [("Every weir on", "Ines Carvalho", "Minister of Water", None)],
        id="a-signature-in-the-paragraph-after-the-quote",
    ),
    pytest.param(
        "“Every weir on the river will be checked by June.”\n\nInes Carvalho, Minister of Water, "
        "spoke next.",
        [("Every weir on", None, None, None)],
        id="a-sentence-naming-someone-after-the-quote-is-no-signature",
    ),
    pytest.param(
        "“Every weir on the river will be checked by June.” (Ines Carvalho, Minister of Water)",
        [("Every weir on", "Ines Carvalho", "Minister of Water", None)],
        id="a-signature-in-brackets-after-the-quote",
    ),
    pytest.param(
        "“Every weir on the river will be checked by June.” (Ines Carvalho, Minister of Water) The "
        "crews start Monday.",
        [("Every weir on", None, None, None)],
        id="a-name-in-brackets-inside-a-paragraph-is-no-signature",
    ),
    pytest.param(
        "“Every weir will be checked,” said Shri Ravi Menon, Secretary of Water.",
        [("Every weir will", "Ravi Menon", "Secretary of Water", None)],
        id="an-indian-honorific-is-no-part-of-the-name",
    ),
    pytest.param(
        "Philanthropist Ana Ruiz gave the gift.\n\n“Every weir will be checked,” Ruiz said.",
        [("Every weir will", "Ana Ruiz", "Philanthropist", None)],
        id="a-philanthropist-is-a-title-not-a-name",
    ),
    # news wording: a verb phrase that takes a word ("told the crowd", "said in a statement"),
    # "is quoted by … as saying", a stray comma after the verb, a title inside an org's name
    pytest.param(
        "“Tonight we thank every family who came out in the rain,” River Trust president and "
        "CEO Tamsin Reed told the crowd.",
        [("Tonight we thank", "Tamsin Reed", "president and CEO", "River Trust")],
        id="name-then-told-the-crowd",
    ),
    pytest.param(
        "Tamsin Reed, who also founded River Trust, said she was “thrilled” with the gift.\n\n"
        "“Because I grew up by this river, the gift is a way of giving back,” she said in a "
        "statement.",
        [("Because I grew", "Tamsin Reed", None, None)],
        id="pronoun-said-in-a-statement",
    ),
    pytest.param(
        "“The trust is answering this flood with pumps, sandbags and boats,” River Trust chief "
        "Tamsin Reed is quoted by the Valley Herald as saying.",
        [("The trust is", "Tamsin Reed", "chief", "River Trust")],
        id="is-quoted-by-a-paper-as-saying",
    ),
    pytest.param(
        "“We keep seeing the need grow in every town,” says, Tamsin Reed, director of River Trust.",
        [("We keep seeing", "Tamsin Reed", "director", "River Trust")],
        id="a-stray-comma-after-the-verb",
    ),
    # a role resolved to the person it names: an acronym in capitals, a role in small letters
    # right before the name, or the About section's "founded by", "About the Author"
    pytest.param(
        "“Every pump is now running again,” the CEO said.\n\nAbout River Pumps\nRiver Pumps is "
        "led by CEO Tamsin Reed and builds pumps.",
        [("Every pump is", "Tamsin Reed", "CEO", None)],
        id="the-ceo-is-the-ceo-named-in-capitals",
    ),
    pytest.param(
        "River Pumps founder Tamsin Reed opened the plant on Monday.\n\n“Every pump is now "
        "running again,” said the founder.",
        [("Every pump is", "Tamsin Reed", "founder", "River Pumps")],
        id="the-founder-is-the-name-after-founder",
    ),
    pytest.param(
        "“Every pump is now running again,” said the founder.\n\nAbout River Pumps\nFounded by "
        "Tamsin Reed in 1998, River Pumps builds pumps.",
        [("Every pump is", "Tamsin Reed", "founder", None)],
        id="the-founder-named-only-in-the-about-section",
    ),
    pytest.param(
        "“Every chapter was written by the river,” said the author.\n\nAbout the Author\n"
        "Tamsin Reed teaches in Springfield.",
        [("Every chapter was", "Tamsin Reed", "author", None)],
        id="the-author-named-under-about-the-author",
    ),
    pytest.param(
        "“Every pump is now running again,” added the product manager of River & Stream Pumps.",
        [("Every pump is", None, None, None)],
        id="a-role-in-small-letters-before-an-org-names-no-one",
    ),
    pytest.param(
        "“The valley has never been greener,” said Tamsin Reed, director of River Trust. Later "
        "Reed added: “We will plant again in the autumn.”",
        [
            ("The valley has", "Tamsin Reed", "director", "River Trust"),
            ("We will plant", "Tamsin Reed", "director", "River Trust"),
        ],
        id="an-adverb-opening-the-sentence-is-no-given-name",
    ),
    pytest.param(
        "“The valley has never been greener than it is this spring.”\nTamsin Reed\n"
        "Director, River Trust\n\nThe trust planted reeds all week.",
        [("The valley has", "Tamsin Reed", "Director", "River Trust")],
        id="a-signature-block-of-name-and-title-lines",
    ),
    pytest.param(
        "“The valley has never been greener than it is this spring.”\nRiver Trust\n"
        "Harlow Valley, Springfield\n\nThe trust planted reeds all week.",
        [("The valley has", None, None, None)],
        id="an-address-block-is-no-signature",
    ),
    # the typewriter quotes of old wire copy and OCR'd archives: ``…'' and ''…''
    pytest.param(
        "``The valley has never been greener than this spring,'' said Tamsin Reed, director of "
        "River Trust.",
        [("The valley has", "Tamsin Reed", "director", "River Trust")],
        id="backtick-quotes-of-old-wire-copy",
    ),
    pytest.param(
        "''The valley has never been greener than this spring,'' said Tamsin Reed, director of "
        "River Trust.",
        [("The valley has", "Tamsin Reed", "director", "River Trust")],
        id="doubled-apostrophe-quotes",
    ),
    pytest.param(
        "``The valley has never been greener,'' said Tamsin Reed, director of River Trust.\n\n"
        "``We planted every bank this year.\n\n``And we will plant again,'' she said.",
        [
            ("The valley has", "Tamsin Reed", "director", "River Trust"),
            ("We planted every", "Tamsin Reed", "director", "River Trust"),
        ],
        id="backtick-quote-going-on-over-paragraphs",
    ),
    pytest.param(
        "Governor Tamsin Reed handed out the cheques on Monday.\n\nMs Reed said the fund helps "
        "pupils stay in school.\n\n“My government will keep every pupil in class,” she said.",
        [("My government will", "Tamsin Reed", "Governor", None)],
        id="she-after-an-honorific-and-the-surname",
    ),
    pytest.param(
        "In the words of Tamsin Reed, director of River Trust: “The valley has never been greener.”",
        [("The valley has", "Tamsin Reed", "director", "River Trust")],
        id="in-the-words-of-name-and-appositive",
    ),
    pytest.param(
        "In other words, the valley needs pumps: “The valley has never been greener than now.”",
        [("The valley has", None, None, None)],
        id="in-other-words-names-no-one",
    ),
    # "she" and "he" go to a person the given name (or "Mr."/"Ms.") allows, never the other
    pytest.param(
        "“We will plant a thousand trees along the bank,” said Ana Ruiz, director of River Trust."
        "\n\nThe trust thanked ranger Thomas Kell, who found the old maps. “Without the maps we "
        "would have planted in the wrong place,” she said.",
        [
            ("We will plant", "Ana Ruiz", "director", "River Trust"),
            ("Without the maps", "Ana Ruiz", "director", "River Trust"),
        ],
        id="she-is-not-the-man-just-named",
    ),
    pytest.param(
        "“We will plant a thousand trees along the bank,” said Ana Ruiz, director of River Trust."
        "\n\nThe trust thanked ranger Thomas Kell, who found the old maps. “Without the maps we "
        "would have planted in the wrong place,” he said.",
        [
            ("We will plant", "Ana Ruiz", "director", "River Trust"),
            ("Without the maps", "Thomas Kell", "ranger", None),
        ],
        id="he-is-the-man-just-named",
    ),
    pytest.param(
        "“We will plant a thousand trees along the bank,” said Ana Ruiz, director of River Trust."
        "\n\n“The maps helped us plant in the right place,” said Thomas Kell, a ranger.\n\n"
        "“Without the maps we would have planted in the wrong place,” she added.",
        [
            ("We will plant", "Ana Ruiz", "director", "River Trust"),
            ("The maps helped", "Thomas Kell", "ranger", None),
            ("Without the maps", "Ana Ruiz", "director", "River Trust"),
        ],
        id="she-is-the-last-woman-who-spoke",
    ),
    pytest.param(
        "“We will plant a thousand trees along the bank,” said Mr. Ruiz, director of River Trust."
        "\n\n“Without the maps we would have planted in the wrong place,” she added.",
        [
            ("We will plant", "Ruiz", "director", "River Trust"),
            ("Without the maps", None, None, None),
        ],
        id="she-is-not-a-mister",
    ),
    pytest.param(
        "“The new weir has kept the lower fields dry all winter,” underlined Olwen Barry, head of "
        "the Lowmoor Drainage Board.",
        [("The new weir", "Olwen Barry", "head", "Lowmoor Drainage Board")],
        id="said-name-with-underlined",
    ),
    pytest.param(
        "“Who would have guessed the otters would come back so soon?” Barry wondered.",
        [("Who would have", "Barry", None, None)],
        id="name-said-with-wondered",
    ),
    pytest.param(
        "“We were soaked to the knees, but the gates held,” Olwen Barry laughed.",
        [("We were soaked", "Olwen Barry", None, None)],
        id="name-said-with-laughed",
    ),
    pytest.param(
        "Olwen Barry, the county's flood engineer, walked the bank at dawn.\n\n"
        "“The water is a foot lower than last week,” the engineer said.",
        [("The water is", "Olwen Barry", "engineer", None)],
        id="role-named-between-commas-after-the-name",
    ),
    pytest.param(
        "Olwen Barry, the engineer's deputy, walked the bank at dawn.\n\n"
        "“The water is a foot lower than last week,” the engineer said.",
        [("The water is", None, None, None)],
        id="role-owning-another-role-names-no-one",
    ),
    pytest.param(
        "Thomas Okafor, chair of the Lowmoor Drainage Board, opened the sluice at noon.\n\n"
        "Tom continued, “The gates will stay open until the spring tides pass.”",
        [("The gates will", "Thomas Okafor", "chair", "Lowmoor Drainage Board")],
        id="short-given-name-is-the-full-name-it-stands-for",
    ),
    pytest.param(
        "Tomas Okafor, chair of the Lowmoor Drainage Board, opened the sluice at noon.\n\n"
        "Tom continued, “The gates will stay open until the spring tides pass.”",
        [("The gates will", "Tom", None, None)],
        id="short-given-name-of-another-name-stays-as-written",
    ),
    pytest.param(
        "The guests included Professor Wang Lihua, head of the flood institute.\n\n"
        "“The new gauges will warn the villages a day earlier,” Professor Wang said.",
        [("The new gauges", "Wang Lihua", "Professor", None)],
        id="title-and-family-name-written-first-is-the-name-so-introduced",
    ),
    pytest.param(
        "Later, Chairman Park Ji-hoon opened the new pumping station by the river.\n\n"
        "“It will keep the lower town dry,” said Chairman Park.",
        [("It will keep", "Park Ji-hoon", "Chairman", None)],
        id="title-and-family-name-before-a-hyphenated-given-name",
    ),
    pytest.param(
        "The guests included Dr. Wang Lihua, head of the flood institute.\n\n"
        "“The new gauges will warn the villages a day earlier,” Professor Wang said.",
        [("The new gauges", "Wang", "Professor", None)],
        id="family-name-first-needs-the-same-title-as-the-introduction",
    ),
    pytest.param(
        "Readers wrote in after the launch.\n\n"
        "- Mara T, Garden Designer (Ireland): “The planting guide saved my spring.”\n\n"
        "- Owen K, Blogger (Wales): “Clear advice and quick replies every time.”",
        [
            ("The planting guide", "Mara T", "Garden Designer", None),
            ("Clear advice and", "Owen K", "Blogger", None),
        ],
        id="testimonials-signed-with-a-given-name-and-an-initial-before-a-colon",
    ),
    pytest.param(
        "Readers wrote in after the launch.\n\n"
        "“The planting guide saved my spring.” – Mara T., Garden Designer\n\n"
        "“Clear advice and quick replies every time.” – Owen K, Cardiff",
        [
            ("The planting guide", "Mara T.", "Garden Designer", None),
            ("Clear advice and", "Owen K", None, "Cardiff"),
        ],
        id="testimonials-signed-with-a-given-name-and-an-initial-after-a-dash",
    ),
    pytest.param(
        "Readers wrote in after the launch.\n\n"
        "Mara Toms, Garden Designer (Ireland): “The planting guide saved my spring.”",
        [("The planting guide", "Mara Toms", "Garden Designer", None)],
        id="a-place-in-brackets-after-the-title-is-not-part-of-it",
    ),
    pytest.param(
        "The board met in June.\n\n“We will plant more trees,” said Ivo Lind, chair [of Acme.",
        [("We will plant", "Ivo Lind", "chair", None)],
        id="a-bracket-left-open-is-cut-from-the-title",
    ),
    pytest.param(
        "Nora Vale, director of the Fenland Reserve, opened the hide. Mayor Peter Hollis came "
        "with his two sons.\n\n“The birds will be back by March,” she added.",
        [("The birds will", "Nora Vale", "director", "Fenland Reserve")],
        id="she-passes-over-a-man-named-since-to-the-woman-named-before",
    ),
    pytest.param(
        "Nora Vale, director of the Fenland Reserve, opened the hide. Mayor Peter Hollis came "
        "with his two sons.\n\n“The birds will be back by March,” he added.",
        [("The birds will", "Peter Hollis", "Mayor", None)],
        id="he-is-the-man-named-last-not-the-woman-before-him",
    ),
    pytest.param(
        "At the opening, reserve director Nora Vale called the hide “a long-held dream” and "
        "added: “The birds will be back by March.”",
        [("The birds will", "Nora Vale", "reserve director", None)],
        id="subject-before-words-quoted-inside-the-sentence-then-and-added",
    ),
    pytest.param(
        "Nora Vale, director of the reserve, said: “We waited. Peter Hollis built the hide,” and "
        "added: “The birds will be back by March.”",
        [
            ("We waited. Peter", "Nora Vale", "director of the reserve", None),
            ("The birds will", "Nora Vale", "director of the reserve", None),
        ],
        id="and-added-after-a-quote-that-holds-a-sentence-end-keeps-the-speaker",
    ),
    pytest.param(
        "“The birds will be back by March,”\n\nsaid Nora Vale, director of the Fenland Reserve.",
        [("The birds will", "Nora Vale", "director", "Fenland Reserve")],
        id="said-name-in-the-paragraph-after-a-break-inside-the-sentence",
    ),
    pytest.param(
        "Nora Vale, director of the Fenland Reserve, spoke first. “The birds will be back by "
        "March,”\n\nsaid to be the earliest date on record, was her forecast.",
        [("The birds will", "Nora Vale", "director", "Fenland Reserve")],
        id="said-to-be-in-the-next-paragraph-names-no-speaker",
    ),
    pytest.param(
        "Nora Vale, director of the Fenland Reserve, opened the hide.\n\n" + FILLER + "\n\n"
        "“The birds will be back by March,” she added.",
        [("The birds will", "Nora Vale", "director", "Fenland Reserve")],
        id="she-added-after-a-long-stretch-is-the-person-titled-before-it",
    ),
    pytest.param(
        "The hide was opened by Nora Vale, director of the Fenland Reserve.\n\n" + FILLER + "\n\n"
        "“The birds will be back by March,” the director added.",
        [("The birds will", "Nora Vale", "director", None)],
        id="the-role-is-the-name-before-its-comma-without-the",
    ),
    pytest.param(
        "The Fenland Reserve opened the hide.\n\n" + FILLER + "\n\n"
        "“The birds will be back by March,” she added.",
        [("The birds will", None, None, None)],
        id="she-added-with-no-person-named-names-no-one",
    ),
    pytest.param(
        "“The birds will be back by March,” the reserve’s director, Nora Vale, said.",
        [("The birds will", "Nora Vale", "director", None)],
        id="an-owner-in-lower-case-is-no-organisation",
    ),
    pytest.param(
        "Senator Nora Vale backs the reserve. “The birds will be back by March,” Vale, a "
        "Republican, said.",
        [("The birds will", "Nora Vale", "Senator", None)],
        id="a-party-member-is-no-organisation",
    ),
    pytest.param(
        "“The birds will be back by March,” said Nora Vale, head of birding at eBay.",
        [("The birds will", "Nora Vale", "head of birding", "eBay")],
        id="an-organisation-spelled-in-lower-case-first-is-kept",
    ),
    pytest.param(
        "According to a statement from Nora Vale, director of the Fenland Reserve, “the birds "
        "will be back by March.”",
        [("the birds will", "Nora Vale", "director", "Fenland Reserve")],
        id="according-to-a-statement-from-name",
    ),
    pytest.param(
        "“The birds will be back by March,” according to a letter signed by Nora Vale, director "
        "of the Fenland Reserve.",
        [("The birds will", "Nora Vale", "director", "Fenland Reserve")],
        id="according-to-a-letter-signed-by-name-after-the-quote",
    ),
    pytest.param(
        "“The birds will be back by March,” according to a statement from the reserve.",
        [("The birds will", None, None, None)],
        id="according-to-a-statement-from-an-organisation-names-no-one",
    ),
    pytest.param(
        "“The birds will be back by March,” said Look Up! Birding founder Nora Vale.",
        [("The birds will", "Nora Vale", "founder", "Look Up! Birding")],
        id="an-exclamation-mark-inside-a-name-does-not-end-the-attribution",
    ),
    pytest.param(
        "“The birds will be back by March,” said Nora Vale, head of birding at Wow!, on Monday.",
        [("The birds will", "Nora Vale", "head of birding", "Wow!")],
        id="an-exclamation-mark-before-a-comma-belongs-to-the-name",
    ),
    pytest.param(
        "Nora Vale runs the reserve. “The birds will be back by March,” said Vale! The "
        "reserve opens daily.",
        [("The birds will", "Nora Vale", None, None)],
        id="an-exclamation-mark-ending-the-attribution-still-ends-it",
    ),
    pytest.param(
        "“The hide is ready,” said Peter Hollis, head of the Fenland Reserve.\n\n"
        "One local birder said, “The herons came back early this year.”\n\n"
        "“I counted forty of them,” he added.",
        [
            ("The hide is", "Peter Hollis", "head", "Fenland Reserve"),
            ("The herons came", None, None, None),
            ("I counted forty", None, None, None),
        ],
        id="he-after-an-unnamed-speaker-is-that-speaker-not-the-last-named",
    ),
    pytest.param(
        "“The hide is ready,” said Peter Hollis, head of the Fenland Reserve.\n\n"
        "“The herons came back early this year,” said a local birder.\n\n"
        "“I counted forty of them,” he added.",
        [
            ("The hide is", "Peter Hollis", "head", "Fenland Reserve"),
            ("The herons came", None, None, None),
            ("I counted forty", None, None, None),
        ],
        id="he-after-said-an-unnamed-speaker-is-that-speaker",
    ),
    pytest.param(
        "“The hide is ready,” said Peter Hollis, head of the Fenland Reserve.\n\n"
        "“I counted forty herons,” he added.",
        [
            ("The hide is", "Peter Hollis", "head", "Fenland Reserve"),
            ("I counted forty", "Peter Hollis", "head", "Fenland Reserve"),
        ],
        id="he-after-a-named-speaker-is-that-speaker",
    ),
]


@pytest.mark.parametrize(("body", "expected"), ATTRIBUTION_CASES)
def test_attribution(
    body: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """Each construction of attribution gives the speaker's full name, title and organisation."""
    found = summary(quotes_of(body))

    assert found == expected


# --- finding: what is a segment, what is not ----------------------------------------

FINDING_CASES = [
    pytest.param(
        "“We will keep planting until the river runs clear again, said Ana Ruiz of River Trust.\n\n"
        "The trust also cleared a mile of the bank.\n\n"
        "“This is only the start,” said Tom Reyes, a volunteer.",
        [("We will keep", None), ("This is only", "Tom Reyes")],
        id="unclosed-quote-ends-at-paragraph-and-pairing-resumes",
    ),
    pytest.param(
        "Acme backs the newly launched “River Seed Grant. The grant gives small towns money to plant "
        "trees along their banks and to clean the water.\n\n"
        "Tom Reyes, a volunteer, planted the first tree.",
        [],
        id="a-name-left-open-mid-sentence-is-no-quote",
    ),
    pytest.param(
        "At the event Ana Ruiz said “River work pays. The grant gives small towns money to plant "
        "trees along their banks and to clean the water.\n\n",
        [("River work pays.", "Ana Ruiz")],
        id="an-open-quote-after-said-is-speech",
    ),
    pytest.param(
        "“The first season taught us where the water goes,” said Ana Ruiz, director of River Trust. "
        "“We mapped every culvert.\n\n"
        "“This year we will fix the worst ten.”",
        [("The first season", "Ana Ruiz"), ("We mapped every", "Ana Ruiz")],
        id="multi-paragraph-quote-is-one-segment",
    ),
    pytest.param(
        "The plan is called “green” by its critics, and the mayor used the word “historic” twice.",
        [],
        id="scare-quotes",
    ),
    pytest.param(
        "The award is named for Paul “Bear” Bryant and for coach Ann “The Hammer” Doyle.",
        [],
        id="nicknames",
    ),
    pytest.param(
        "Its findings appear in a report titled “Rivers in Retreat: Ten Years of Data From the Delta.”",
        [],
        id="title-of-a-work",
    ),
    pytest.param(
        "“Sign-ups open on 4 March,” a spokeswoman for the trust said.",
        [("Sign-ups open on", None)],
        id="short-sentence-with-a-date-from-an-unnamed-speaker",
    ),
    pytest.param(
        "Its leaflet “Top 10 Ways To Save Water” went to every home.",
        [],
        id="title-with-a-number-is-no-quote",
    ),
    pytest.param(
        "Volunteers wore shirts with the slogan “Clean Water For Every Town” on the back.",
        [],
        id="slogan-in-title-case",
    ),
    pytest.param(
        "Guided by the mission “one river, one town, one shared future for all,” Acme plants reeds.",
        [],
        id="a-mission-statement-with-its-comma-inside",
    ),
    pytest.param(
        "The shop lives by its motto: “Mend it once, mend it well.”",
        [],
        id="a-motto-after-a-colon",
    ),
    pytest.param(
        "The appeal, themed “Every boat deserves a safe harbour this winter,” runs until March.",
        [],
        id="a-theme-with-its-comma-inside",
    ),
    pytest.param(
        "Under the banner “Mend a little, save a lot,” volunteers repaired forty boats.",
        [],
        id="a-banner-slogan",
    ),
    pytest.param(
        "Every donor gets a sticker that reads “I kept a boat afloat this winter.”",
        [],
        id="what-a-sticker-reads-is-no-speech",
    ),
    pytest.param(
        "According to the ministry, “the ferry will run every hour from May.”",
        [("the ferry will", None)],
        id="according-to-a-body-then-speech-in-small-letters",
    ),
    pytest.param(
        "According to a statement from the harbour board, “the ferry will run every hour.”",
        [("the ferry will", None)],
        id="according-to-a-statement-from-a-body",
    ),
    pytest.param(
        "According to the report, “a steady shift toward smaller boats” marks the decade.",
        [],
        id="according-to-a-report-then-a-quoted-phrase-is-no-speech",
    ),
    pytest.param(
        "Ana Ruiz, who painted the banner, said: “We wanted every boat owner to feel welcome.”",
        [("We wanted every", "Ana Ruiz")],
        id="speech-after-a-sentence-about-a-banner",
    ),
    pytest.param(
        "On the mission, Roe said: “We will mend every boat on the river by June.”",
        [("We will mend", "Roe")],
        id="the-word-mission-earlier-in-the-sentence-is-no-motto",
    ),
    pytest.param(
        "The post “Dawn Over the Old Weir (1950)” – A. Ruiz Lamb appeared first on Wirely.",
        [],
        id="a-work-and-its-maker-after-a-dash",
    ),
    pytest.param(
        "“Dawn comes early on the weir” – A. Ruiz Lamb",
        [("Dawn comes early", "A. Ruiz Lamb")],
        id="speech-in-small-letters-after-a-dash-is-kept",
    ),
    pytest.param(
        "Acme Inc. (“Acme”) and River Trust (the “Trust”) signed the pledge.",
        [],
        id="defined-terms-in-parentheses",
    ),
    pytest.param(
        "It’s the students’ third year on the river, a tradition since the ’90s, with rock ’n’ roll at night.",
        [],
        id="apostrophes-are-not-quote-marks",
    ),
    pytest.param(
        "“It’s the students’ project, started in the ’90s,” said Lee Park, a teacher.",
        [("It’s the students’", "Lee Park")],
        id="apostrophes-inside-a-quote",
    ),
    pytest.param(
        "«Nous protégeons la rivière depuis dix ans», a déclaré Claire Martin, directrice.\n\n"
        "« We will keep going », said Paul Girard, a volunteer.",
        [("Nous protégeons la", None), ("We will keep", "Paul Girard")],
        id="guillemets",
    ),
    pytest.param(
        "„Wir schützen den Fluss seit zehn Jahren“, said Jonas Weber, a ranger.",
        [("Wir schützen den", "Jonas Weber")],
        id="low-high-quotes",
    ),
    pytest.param(
        '"We did not expect this much support,” said Ana Ruiz, a volunteer.',
        [("We did not", "Ana Ruiz")],
        id="mixed-pair-straight-open-curly-close",
    ),
    pytest.param(
        "‘We did not expect this much support,’ said Ana Ruiz, a volunteer.",
        [("We did not", "Ana Ruiz")],
        id="single-quotes",
    ),
    pytest.param(
        "‘It’s the students’ project and the teachers’ pride,’ said Lee Park, a teacher.",
        [("It’s the students’", "Lee Park")],
        id="single-quotes-around-plural-possessives",
    ),
    pytest.param(
        '"We did not expect this much support," said Ana Ruiz. "Thank you all."',
        [("We did not", "Ana Ruiz"), ("Thank you all.", "Ana Ruiz")],
        id="straight-quotes",
    ),
    pytest.param(
        "The new pumps, which the town bought in May, will run through the winter.",
        [],
        id="no-quotes",
    ),
    pytest.param(
        "He called the plan “a once-in-a-generation chance to fix the river,” and left.",
        [],
        id="quoted-phrase-inside-a-sentence",
    ),
    pytest.param(
        "Dr. Lind will present Abstract 7, “A Randomized Trial of Wetland Filters for the Removal "
        "of Nitrates in Small Rural Water Systems: Five-Year Results From the Valley Registry,” "
        "at 9 a.m. on Monday.",
        [],
        id="long-title-of-a-talk-in-capitals",
    ),
    pytest.param(
        "“We Thank Every Volunteer Who Came Out In The Rain To Plant Trees Along The Bank This "
        "Spring And Last Fall,” said Ana Ruiz.",
        [("We Thank Every", "Ana Ruiz")],
        id="long-speech-in-capitals-with-said",
    ),
    pytest.param(
        "She wrote three books, including “Rivers Run Deep,” “Where Did The Herons Go?” and “Mud.”",
        [],
        id="list-of-quoted-titles",
    ),
    pytest.param(
        "The new guide by ferryman Olaf Brandt, “WHO KEEPS THE LOCKS OPEN AT NIGHT?” is sold at "
        "every lock on the canal.",
        [],
        id="a-title-asking-a-question-that-the-sentence-goes-on-past",
    ),
    pytest.param(
        "Ruth Mayor, who runs the ferry, counted the boats.\n\nThe locks close at ten.\n\n"
        "“We have never seen so many boats in one week,” Mayor said.",
        [("We have never", "Ruth Mayor")],
        id="a-surname-that-is-a-title-word-after-a-given-name",
    ),
    pytest.param(
        "Director Peter Hale said: “We are proud to help the ward. One of our own staff owes her "
        "life to it.”\n\nLinda Marsh, a bookkeeper with Acme Mills, was nursed on the ward in "
        "1998 and made a full recovery.\n\n"
        "She said: “The nurses saved my leg and I will never forget them.”",
        [("We are proud", "Peter Hale"), ("The nurses saved", "Linda Marsh")],
        id="she-said-colon-is-the-woman-named-since-the-last-quote",
    ),
    pytest.param(
        "Director Peter Hale said: “We are proud to help the ward. One of our own staff owes her "
        "life to it.”\n\nLinda Marsh, a bookkeeper with Acme Mills, was nursed on the ward in "
        "1998 and made a full recovery.\n\n"
        "He said: “The nurses saved her leg and we are proud of them.”",
        [("We are proud", "Peter Hale"), ("The nurses saved", "Peter Hale")],
        id="he-said-colon-passes-over-a-woman-named-since-the-last-quote",
    ),
    pytest.param(
        "The fund will be run by Mayor of Ashby Colin Grant, who also chairs the food bank.\n\n"
        "He said: “Every councillor voted for this and I am proud of them.”",
        [("Every councillor voted", "Colin Grant")],
        id="he-said-colon-after-a-mayor-of-a-town-and-his-name",
    ),
    pytest.param(
        "The fund will help families in Ashby Colin Grant and other villages this winter.\n\n"
        "He said: “Every councillor voted for this and I am proud of them.”",
        [("Every councillor voted", None)],
        id="he-said-colon-after-a-place-names-no-one",
    ),
    pytest.param(
        "“I have decided to give my whole budget to the food banks this year,” said the Ashby "
        "Green Party councillor.\n\n“The gift will come to about £5,000 in all,” he said.",
        [("I have decided", None), ("The gift will", None)],
        id="he-after-the-party-councillor-is-not-the-party",
    ),
    pytest.param(
        "Minister for Transport Aoife Byrne announced €4 million for rural bus shelters.\n\n"
        "The money will reach every county before the winter.\n\n"
        "“I am pleased to fund shelters that keep people dry while they wait for the bus.”",
        [("I am pleased", "Aoife Byrne")],
        id="first-person-speech-before-anyone-speaks-is-the-named-minister",
    ),
    pytest.param(
        "Minister for Transport Aoife Byrne announced €4 million for rural bus shelters.\n\n"
        "The money will reach every county before the winter.\n\n"
        "“Rural bus shelters are a lifeline for people who wait in the rain.”",
        [("Rural bus shelters", None)],
        id="speech-not-in-the-first-person-stays-unattributed",
    ),
    pytest.param(
        "“The shelters are long overdue,” a commuter said.\n\n"
        "Minister for Transport Aoife Byrne announced €4 million for rural bus shelters.\n\n"
        "“I am glad the wait is over and we can stay dry at last.”",
        [("The shelters are", None), ("I am glad", None)],
        id="first-person-speech-after-an-unnamed-speaker-stays-unattributed",
    ),
    pytest.param(
        "The county hall will open its doors on Monday for the bus users’ forum.\n\n"
        "“I am pleased to fund shelters that keep people dry while they wait for the bus.”",
        [("I am pleased", None)],
        id="first-person-speech-with-no-one-named-before-stays-unattributed",
    ),
    pytest.param(
        "“We are glad to help the shelter,” said Jane Roe, director of Acme.\n\n"
        "Mayor Tom Hill welcomed the gift at the opening on Monday.\n\n"
        "The council will add £1,000 of its own next spring.\n\n"
        "“I am proud of a town that looks after its animals and its neighbours.”",
        [("We are glad", "Jane Roe"), ("I am proud", "Tom Hill")],
        id="first-person-speech-after-a-person-named-since-the-last-quote",
    ),
    pytest.param(
        "Mayor Tom Hill welcomed the gift at the opening on Monday.\n\n"
        "“We are glad to help the shelter,” said Jane Roe, director of Acme.\n\n"
        "The council will add £1,000 of its own next spring.\n\n"
        "“I am proud of a town that looks after its animals and its neighbours.”",
        [("We are glad", "Jane Roe"), ("I am proud", None)],
        id="first-person-speech-after-a-quote-with-no-one-named-since",
    ),
    pytest.param(
        "The fund was launched by Prime Minister Datuk Seri Hamzah Osman at the palace.\n\n"
        "Hamzah said the money would repair schools. “I have asked the unit to list every school "
        "in need,” he said.",
        [("I have asked", "Hamzah Osman")],
        id="malaysian-honorifics-are-not-part-of-the-name",
    ),
    pytest.param(
        "Managing director Dato’ Lim Wei Ming said his firm helps orphans every year.\n\n"
        "“This is our first project with the council,” he said.",
        [("This is our", "Lim Wei Ming")],
        id="a-name-after-dato-is-a-person",
    ),
    pytest.param(
        "Managing director Lim Wei Ming said his firm helps orphans every year.\n\n"
        "“This is our first project with the council,” he said.",
        [("This is our", "Lim Wei Ming")],
        id="the-same-name-without-an-honorific",
    ),
    pytest.param(
        "Head of the River Trust Tina Roe said the year was hard for many families."
        "\n\n“It is heart warming to see firms still giving,” she said.",
        [("It is heart", "Tina Roe")],
        id="she-after-a-name-that-follows-the-and-speaks-is-that-name",
    ),
    pytest.param(
        "Ferry owner Dan Coach met the crew.\n\n“The river is higher than last year,” said Coach.",
        [("The river is", "Dan Coach")],
        id="said-then-a-surname-that-is-a-title-word",
    ),
    pytest.param(
        "County Judge Ruth Lee heard the boat owners.\n\n"
        "“We have never seen so many boats in one week,” Judge said.",
        [("We have never", None)],
        id="a-title-word-before-a-full-name-is-no-surname",
    ),
    pytest.param(
        "Ruth Judge Lee heard the boat owners.\n\n"
        "“We have never seen so many boats in one week,” Judge said.",
        [("We have never", None)],
        id="a-title-word-inside-a-longer-run-of-capitals-is-no-surname",
    ),
    pytest.param(
        "“Who Keeps The Locks Open At Night?” she asked the boat owners at the meeting.",
        [("Who Keeps The", None)],
        id="a-question-in-capitals-then-she-asked-is-speech",
    ),
    pytest.param(
        "“Who Keeps The Locks Open At Night?” asked Olaf Brandt, a ferryman.",
        [("Who Keeps The", "Olaf Brandt")],
        id="a-question-in-capitals-then-asked-name-is-speech",
    ),
    pytest.param(
        "“Open The Locks Tonight!” The boat owners cheered.",
        [("Open The Locks", None)],
        id="a-cry-in-capitals-ending-its-own-sentence-is-speech",
    ),
    pytest.param(
        "The Valley Herald published an article, “Couple leaves $1 million to the river trust,” "
        "that tells the story.",
        [],
        id="an-article-title-after-an-article",
    ),
    pytest.param(
        "The trust calls the reeds a ``new beginning'' for the valley.",
        [],
        id="a-scare-quote-in-backticks",
    ),
    pytest.param(
        "The trust announced a \"landmark'' gift of land on Monday from a family that farmed it "
        "for a century.",
        [],
        id="a-scare-quote-closed-by-two-straight-single-marks",
    ),
    pytest.param(
        "\"We are grateful to the family for the land and for the trust they place in us,'' said "
        "Ann Roe, the trust's director.",
        [("We are grateful", "Ann Roe")],
        id="speech-closed-by-two-straight-single-marks",
    ),
    pytest.param(
        "“We will plant a thousand oaks along the river this year,” said MARY KEANE, director of "
        "River Trust.",
        [("We will plant", "MARY KEANE")],
        id="a-name-in-capitals-after-said",
    ),
    pytest.param(
        "Mary Keane, director of River Trust, and Tom Hale, the mayor, spoke at the opening.\n\n"
        "KEANE: “We will plant a thousand oaks along the river this year.”\n\n"
        "HALE: “The town will water every one of them through the summer.”",
        [("We will plant", "Mary Keane"), ("The town will", "Tom Hale")],
        id="a-transcript-surname-in-capitals-is-the-person-named-before",
    ),
    pytest.param(
        "River Trust and the town spoke at the opening.\n\n"
        "NOTE: “We will plant a thousand oaks along the river this year.”",
        [("We will plant", None)],
        id="a-word-in-capitals-before-a-colon-that-names-no-one",
    ),
    pytest.param(
        "Mayor William “Bill” Jones said the town was grateful for the gift. “We thank Acme for "
        "its kindness,” he said.",
        [("We thank Acme", "William Jones")],
        id="he-after-a-name-with-a-nickname-in-quote-marks",
    ),
    pytest.param(
        "William “Bill” Jones, the mayor, opened the shelter.\n\n“We thank Acme for its kindness,” "
        "Jones said.",
        [("We thank Acme", "William Jones")],
        id="a-surname-after-a-name-with-a-nickname",
    ),
    pytest.param(
        "Ann Lee gave the “Green” Jones a prize on Monday.\n\n“We thank Acme for its kindness,” "
        "Jones said.",
        [("We thank Acme", "Jones")],
        id="a-quoted-word-after-a-small-word-is-no-nickname",
    ),
    pytest.param(
        "Mr. Rafiq HADDAD, General Manager of Acme Shipping, said: “The port will open in June.”",
        [("The port will", "Rafiq HADDAD")],
        id="a-surname-in-capitals-after-an-honorific",
    ),
    pytest.param(
        "“We will plant a thousand oaks along the river this year,” said NASA CEO Mary Keane.",
        [("We will plant", "Mary Keane")],
        id="an-acronym-before-a-name-is-no-name-in-capitals",
    ),
    pytest.param(
        "“We will plant a thousand oaks along the river this year,” said MARY KEANE "
        "FOUNDATION in a statement.",
        [("We will plant", None)],
        id="a-foundation-in-capitals-is-no-person",
    ),
    pytest.param(
        "“It has been a heart-warming day for us,” Manager of River Days and Outreach at the "
        "Foundation Yase Godlo said at the ceremony.",
        [("It has been", "Yase Godlo")],
        id="a-department-before-at-then-the-body-then-the-name",
    ),
    pytest.param(
        "“It has been a heart-warming day for us,” Godlo at the Foundation said at the ceremony.",
        [("It has been", "Godlo")],
        id="a-lone-surname-before-at-is-the-speaker-when-no-name-follows",
    ),
    pytest.param(
        "“This episode is a must for anyone who loves the river,” said [Podcast Host’s Name], "
        "host of The River Show.",
        [("This episode is", None)],
        id="a-placeholder-left-in-brackets-names-no-one",
    ),
    pytest.param(
        "“This episode is a must for anyone who loves the river,” said [Ana Ruiz](https://example."
        "org/ana), host of The River Show.",
        [("This episode is", "Ana Ruiz")],
        id="a-name-in-a-link-is-the-speaker",
    ),
    pytest.param(
        "Harlow University received the gift from the Reed family.\n\n“The gift will fund twenty "
        "scholarships for students from the county,” Harlow said in a statement.",
        [("The gift will", "Harlow")],
        id="a-body-named-by-the-head-of-its-name-speaks",
    ),
    pytest.param(
        "Ana Ruiz, a ferry pilot, explains her three rules for a calm crossing:\n\n"
        "1. “Check the tide tables every single morning before you leave the dock.”\n\n"
        "2. “Never take the short channel when the wind comes from the west.”",
        [("Check the tide", "Ana Ruiz"), ("Never take the", "Ana Ruiz")],
        id="numbered-items-after-an-attributed-item-are-the-same-speaker",
    ),
    pytest.param(
        "The pilots' guild printed its rules for a calm crossing on a card.\n\n"
        "1. “Check the tide tables every single morning before you leave the dock.”\n\n"
        "2. “Never take the short channel when the wind comes from the west.”",
        [("Check the tide", None), ("Never take the", None)],
        id="numbered-items-with-no-speaker-stay-unattributed",
    ),
    pytest.param(
        "Harlow University received the gift from the Reed family.\n\n“The gift will fund twenty "
        "scholarships for students from the county,” said Harlow.",
        [("The gift will", "Harlow")],
        id="said-then-a-body-named-by-the-head-of-its-name",
    ),
    pytest.param(
        "Harlow University received the gift from the Reed family.\n\n“The gift will fund twenty "
        "scholarships for students from the county,” the university said in a statement.",
        [("The gift will", None)],
        id="the-university-said-names-no-one",
    ),
    pytest.param(
        "Applicants write an essay on the prompt: “Describe a river you would protect and say "
        "why it matters to you.”",
        [],
        id="an-essay-prompt-is-no-speech",
    ),
    pytest.param(
        "“We thank River Trust for its gift to the valley,” said Ana Ruiz of the county board."
        "\n\nSo far $4,000 has come in. Homes for Valley Families President Tamsin Reed thanked the "
        "donors.\n\n“River Trust has long stood with the valley,” she said.",
        [
            ("We thank River", "Ana Ruiz"),
            ("River Trust has", "Tamsin Reed"),
        ],
        id="a-title-inside-an-org-name-with-of-before-the-name",
    ),
    pytest.param(
        "The old plaque on the bridge reads: “This bridge was built by the people of the valley "
        "in the year of the flood.”",
        [],
        id="what-a-plaque-reads-is-no-speech",
    ),
    pytest.param(
        "Ana Ruiz read the winning essay aloud to the class: “I would protect the river because "
        "it taught me to swim.”",
        [("I would protect", "Ana Ruiz")],
        id="an-essay-read-aloud-by-a-named-reader-is-speech",
    ),
]


@pytest.mark.parametrize(("body", "expected"), FINDING_CASES)
def test_finding(body: str, expected: list[tuple[str, str | None]]) -> None:
    """Quote marks pair into segments of speech; names, titles and apostrophes give none."""
    found = [(a, b) for a, b, _t, _o in summary(quotes_of(body))]

    assert found == expected


def test_multi_paragraph_text_spans_both_paragraphs() -> None:
    """A quote continued over paragraphs is one segment whose text covers both."""
    body = "“We mapped every culvert on the river.\n\n“This year we will fix the worst ten,” said Ana Ruiz."
    found = quotes_of(body)

    assert [(q.text.split()[0], q.text.split()[-1], q.speaker) for q in found] == [
        ("We", "ten,", "Ana Ruiz")
    ]


def test_release_opens_with_a_quote() -> None:
    """A release whose first paragraph is a quote still reports it."""
    text = (
        "“We are proud to give back to the river that gave us so much over the last fifty years of work "
        "in this valley, and we will keep doing it,” said Rita Glass, founder of Acme, as the company "
        "announced its largest gift to date on Tuesday in a ceremony on the riverbank near the old mill.\n\n"
        "Acme gave $5,000 to River Trust."
    )
    found = find_quotes(read(text))

    assert [(q.text.split()[0], q.speaker) for q in found] == [("We", "Rita Glass")]


def test_release_opens_with_a_short_unattributed_quote() -> None:
    """A release whose first line is a sentence in quote marks reports it, unattributed."""
    text = (
        "“Clean water is a right, not a privilege.”\n\nAcme gave $5,000 to River Trust on Tuesday."
    )
    found = find_quotes(read(text))

    assert [(q.text, q.speaker) for q in found] == [
        ("Clean water is a right, not a privilege.", None)
    ]


def test_headline_title_in_quotes_is_not_a_quote() -> None:
    """A headline that quotes a title or slogan gives no quote."""
    text = "Acme Launches “Clean Water For Every Town” Campaign\n\nAcme gave $5,000 to River Trust on Tuesday."
    found = find_quotes(read(text))

    assert found == []


def test_quote_introduced_by_colon_in_previous_paragraph() -> None:
    """A quote in its own paragraph after "NAME, TITLE, stressed its value:" belongs to NAME."""
    body = "Lena Marsh, head of water at Acme, stressed the value of the work:\n\n“Every town downstream benefits from this.”"
    found = summary(quotes_of(body))

    assert found == [("Every town downstream", "Lena Marsh", "head of water", "Acme")]


@pytest.mark.parametrize(
    "marks",
    [
        pytest.param('"' * 200_000, id="straight"),
        pytest.param("“" * 200_000, id="curly-open"),
        pytest.param("“ ” " * 100_000, id="spaced-pairs"),
        pytest.param("it’s " * 100_000, id="apostrophes"),
        pytest.param("« » „ “ ‘ ’ ' " * 50_000, id="mixed"),
        pytest.param("`" * 200_000, id="backticks"),
        pytest.param("``We won,'' said Roe. " * 4_000, id="typewriter-quotes"),
        pytest.param("Jane Roe Acme Trust Said " * 40_000, id="capitalised-words"),
        pytest.param("“Jane Roe Acme Big Deal” " * 40_000, id="capitalised-words-in-marks"),
        pytest.param(
            "“We won,” said Jane Roe, CEO of Acme. " * 5_000, id="one-line-of-attributions"
        ),
        pytest.param("“We won.” – Jane Roe, Acme " * 8_000, id="one-line-of-dash-signatures"),
    ],
)
def test_hostile_input_is_fast_and_safe(marks: str) -> None:
    """A release made of quote marks, capitalised words or attributions finishes quickly with valid spans."""
    text = HEAD + marks
    t0 = time.process_time()  # CPU time: a guard against runaway matching, not a speed figure
    found = find_quotes(read(text))
    elapsed = time.process_time() - t0

    assert elapsed < 2.0
    assert all(text[q.start : q.end] == q.text for q in found)


def _dev_releases() -> list[Path]:
    return sorted((SHARED / "corpus" / "dev").glob("*.txt"))


@pytest.mark.skipif(not _dev_releases(), reason="the shared dev corpus is not available here")
def test_dev_corpus_spans_and_speakers() -> None:
    """On the dev releases every span is exact and no speaker is a pronoun or a company word."""
    for path in _dev_releases():
        text = path.read_text(encoding="utf-8-sig")
        for q in find_quotes(read(text)):
            assert text[q.start : q.end] == q.text
            assert q.speaker is None or q.speaker.split()[0].lower() not in {
                "he",
                "she",
                "the",
                "company",
            }


QUOTE_ALPHABET = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", " ", "\n", "\n\n", ",", ".", ":", "—", "(", ")",
    "said", "Jane", "Roe", "Dr.", "CEO", "of", "Acme", "she", "the", "Minister", "added", "We", "won",
    "according to", "It’s", "students’", "’90s", "\u00a0", "told", "reporters", "``", "''", "`",
]  # fmt: skip


@given(st.lists(st.sampled_from(QUOTE_ALPHABET), max_size=120).map(" ".join))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_valid_spans(text: str) -> None:
    """Any mix of quote marks and words gives no error, exact spans and the same answer twice."""
    first = find_quotes(read(text))
    second = find_quotes(read(text))

    assert first == second
    assert all(text[q.start : q.end] == q.text and q.text for q in first)
    assert all(q.speaker is None or q.speaker.strip() == q.speaker != "" for q in first)


@pytest.mark.parametrize(
    "body",
    [
        "Rain fell all week.  “We planted the reeds in April.  The herons came back in May,” said Ana Ruiz.",
        "Ana Ruiz said: “We planted the reeds in April.  The herons came back in May.”  The trust thanked Acme.",
    ],
)
def test_quote_with_two_spaces_between_its_sentences(body: str) -> None:
    """A quote whose sentences are two spaces apart in a one-line release stays one attributed segment."""
    found = summary(quotes_of(body))

    assert found == [("We planted the", "Ana Ruiz", None, None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "“Every child deserves clean water,” said Oona FairWeather, co-founder of River Trust.",
            [("Every child deserves", "Oona FairWeather", "co-founder", "River Trust")],
        ),
        (
            "“Every child deserves clean water,” said Oona FairWeather.",
            [("Every child deserves", "Oona FairWeather", None, None)],
        ),
        (
            "“Every child deserves clean water,” said Oona Fair of RiverWorks.",
            [("Every child deserves", "Oona Fair", None, "RiverWorks")],
        ),
    ],
)
def test_camel_case_surname(body: str, expected: list) -> None:
    """A surname such as "FairWeather" after a given name is still a name; a brand after "of" is not."""
    found = summary(quotes_of(body))

    assert found == expected


def test_title_read_after_a_dateline_leaves_the_dateline_out() -> None:
    """A speaker introduced right after a dateline's dashes gets the title without the dateline."""
    head = (
        "Author Releases River Book\n\n"
        "DENVER, May 2, 2024 /Wire/ -- Author Lena Marsh has written a book about the river.\n\n"
    )
    found = summary(quotes_of("“We can finally fix the old weir,” Marsh said.", head=head))

    assert found == [("We can finally", "Lena Marsh", "Author", None)]


# Phrases an attribution is read from: plain ones (split without the pattern) and
# every mark that sends one to the pattern.
TOKEN_PHRASES = [
    "said Jane Roe, chief executive of Acme",
    "Jane Roe,CEO",
    "  Roe ,  Acme  ",
    "Dr. Jane Roe",
    "J.D. Roe of Acme Inc.",
    "Jane O’Brien-Lee",
    "BlackPast.org founder Roe",
    "Roe (Acme); Lee",
    "José Núñez, alcalde",
    "Jane Roe 3rd",
    "",
]


@pytest.mark.parametrize("phrase", TOKEN_PHRASES)
def test_token_spans_read_as_the_token_pattern(phrase: str) -> None:
    """A phrase's tokens and spans are what the token pattern finds, however they are read."""
    expected = []
    pos = 0
    for token in quotes.TOKEN.findall(phrase):
        start = phrase.find(token, pos)
        pos = start + len(token)
        expected.append((token, start, pos))
    assert quotes._token_spans(phrase) == expected
    assert all(phrase[s:e] == t for t, s, e in quotes._token_spans(phrase))


# (pattern, its group read by number, that number's name)
WHO_GROUPS = [
    ("AFTER_DASH", "_DASH_WHO", "who"),
    ("AFTER_NAME_FIRST", "_NAME_FIRST_WHO", "who"),
    ("BEFORE_INVERTED", "_INVERTED_WHO", "who"),
    ("BEFORE_ACCORDING", "_ACCORDING_WHO", "who"),
    ("BEFORE_ACCORDING", "_ACCORDING_WHO2", "who2"),
    ("NEXT_SENTENCE_WHO", "_NEXT_SENTENCE_WHO", "who"),
    ("AFTER_VERB_FIRST", "_VERB_FIRST_WHO", "who"),
    ("AFTER_SIGNATURE", "_SIGNATURE_WHO", "who"),
]


@pytest.mark.parametrize(("pattern", "number", "name"), WHO_GROUPS)
def test_who_group_numbers_name_the_who_groups(pattern: str, number: str, name: str) -> None:
    """Each group number written out for a pattern is the number of its named group."""
    assert getattr(quotes, pattern).groupindex[name] == getattr(quotes, number)


# --- hard-wrapped text: the same speakers at any margin --------------------------------

WRAPPED_CASES = [
    pytest.param(
        [
            "The valley board heard on Tuesday from its long-serving treasurer Marguerite "
            "Okonkwo, who set out the budget for the coming year.",
            "“We can pay for every culvert and still keep a reserve for the floods,” she said.",
        ],
        [("We", "Marguerite Okonkwo")],
        id="pronoun-after-a-name-cut-at-the-margin",
    ),
    pytest.param(
        [
            "The new guide to the wetlands has already found its first readers. Award-winning "
            "naturalist Holly T. Brennagh says the book is “A patient and loving account of the "
            "marsh and of the birds that live there.”",
        ],
        [("A", "Holly T. Brennagh")],
        id="initial-ends-a-line-before-the-surname",
    ),
    pytest.param(
        [
            "“The survey was hard work, and the volunteers were a great help for 'every single "
            "one of us' in the valley office,” Professor Lin said.",
        ],
        [("The", "Lin")],
        id="a-line-opens-on-a-single-quote-inside-speech",
    ),
    pytest.param(
        [
            "Dana Okafor joined the trust in the spring.",
            "In a letter to members, Okafor, a former mayor of the town, said Brightwater needs "
            "a new pump house before the winter floods return.",
            "“We cannot wait another year for the pumps,” he wrote.",
        ],
        [("We", "Dana Okafor")],
        id="a-name-opening-a-wrapped-line-is-no-subject",
    ),
]


# Paragraphs typed with words hyphenated at the margin (OCR'd archives): the speaker is read
# across the hyphen, and the same text without the hyphens gives the same speaker.
HYPHENATED_CASES = [
    pytest.param(
        "“The pumps will run all winter and the fields will stay dry at last,” commen-\n"
        "ted Marguerite Okonkwo, the treasurer of the valley board, on Monday.",
        [("The", "Marguerite Okonkwo")],
        id="verb-of-speech-hyphenated",
    ),
    pytest.param(
        "“The pumps will run all winter and the fields will stay dry at last,” said the\n"
        "board's Chief Execu-\ntive Officer Marguerite Okonkwo at the meeting on Monday.",
        [("The", "Marguerite Okonkwo")],
        id="title-before-the-name-hyphenated",
    ),
    pytest.param(
        "The report on the pumps was written by the valley engineer Dana Okafor.\n\n"
        "“The pumps will run all winter and into the spring,” Okafor explains regard-\n"
        "ing the plan for the fields along the river and the new weir.",
        [("The", "Dana Okafor")],
        id="word-after-the-verb-hyphenated",
    ),
    pytest.param(
        "A description of the survey from the valley's professional geologist Dana Oka-\n"
        "fort follows. “The banks are failing fast and the water is rising.”",
        [("The", "Dana Okafort")],
        id="surname-hyphenated-in-the-sentence-before",
    ),
]


@pytest.mark.parametrize(("body", "expected"), HYPHENATED_CASES)
def test_words_hyphenated_at_line_ends_keep_their_speaker(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    """A verb, title or name hyphenated at a line end reads as the whole word for attribution."""
    found = [(q.text.split()[0], q.speaker) for q in quotes_of(body)]
    joined = [(q.text.split()[0], q.speaker) for q in quotes_of(body.replace("-\n", ""))]

    assert found == expected
    assert joined == expected


@pytest.mark.parametrize(("paragraphs", "expected"), WRAPPED_CASES)
@pytest.mark.parametrize("width", [0, 70, 66, 62, 58, 54, 50])
def test_hard_wrapped_text_keeps_its_speakers(
    paragraphs: list[str], expected: list[tuple[str, str | None]], width: int
) -> None:
    """A release hard-wrapped at any margin gives the same quotes and speakers as the unwrapped one."""
    paras = [FILLER, *paragraphs]
    body = "\n\n".join(textwrap.fill(p, width) if width else p for p in paras)
    found = [(q.text.split()[0], q.speaker) for q in quotes_of(body)]

    assert found == expected
