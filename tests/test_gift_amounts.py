"""The gift's other sums: parts, restatements, totals and list shares stated as given beyond the gift sentences."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from extractors.document import read
from extractors.gifts import find_gifts
from extractors.model import GiftAmount
from extractors.money import find_money


class Row(NamedTuple):
    """A mini-release that states a gift, the sums its amounts must hold and those they must not."""

    id: str
    text: str
    given: tuple[float, ...]  # values among the frame's amounts
    not_given: tuple[float, ...] = ()  # values never among them


def amounts_of(text: str) -> set[float]:
    """The values of the gift frame's amounts for a release."""
    doc = read(text)
    return {a.value for a in find_gifts(doc, find_money(doc)).amounts}


_GIFT = "Orvik Bank donated $900,000 to the Harbor Relief Fund on Monday. "

GIVEN = [
    # parts of the stated gift
    Row(
        "a_part_will_be_allocated",
        _GIFT + "$300,000 will be allocated for meals in Leeds.",
        (900000, 300000),
    ),
    Row(
        "a_part_has_been_allocated",
        _GIFT + "The other 200,000 euros has been allocated to the Vale Trust.",
        (900000, 200000),
    ),
    Row(
        "a_contribution_will_be_used",
        _GIFT + "In Wales, a $150,000 contribution will be used to repair roofs.",
        (900000, 150000),
    ),
    Row(
        "a_part_directed_toward_a_use",
        _GIFT + "More than $400,000 will be directed toward school repairs.",
        (900000, 400000),
    ),
    Row(
        "an_allocation_of_a_part",
        _GIFT + "The town of Pell received the most, with an allocation of almost $250,000.",
        (900000, 250000),
    ),
    Row(
        "a_grant_of_beside_a_loan",
        "The Tessa Fund will donate $2 million to Orvik Clinic. The fund will also lend a "
        "loan of $7 million and a grant of $500,000 for training.",
        (2000000, 500000),
        (7000000,),
    ),
    Row(
        "a_part_in_products",
        "Orvik Pharma said it will send $3 million to relief groups and $5 million in "
        "products. Orvik Pharma donated the sums to the Harbor Relief Fund.",
        (3000000, 5000000),
    ),
    Row(
        "the_rest_between_commas",
        _GIFT + "The rest, 100,000 euros, has been allocated to the Vale Trust.",
        (900000, 100000),
    ),
    Row(
        "the_remaining_share_opens_a_sentence",
        _GIFT + "The remaining $120,000 will let pupils in Pell take music lessons.",
        (900000, 120000),
    ),
    Row(
        "the_remaining_share_is_helping",
        _GIFT + "The remaining $300,000 is helping to build a new kitchen in Pell.",
        (900000, 300000),
    ),
    Row(
        "the_parts_a_disbursement_includes",
        _GIFT + "This year's disbursement by the bank includes about $500,000 for new vans; "
        "about $120,000 to help pay for meals; and $80,000 for school books.",
        (900000, 500000, 120000, 80000),
    ),
    Row(
        "a_part_is_for_a_use_mid_sentence",
        _GIFT + "Most of it goes to buildings, while $90,000 is for new kit only.",
        (900000, 90000),
    ),
    Row(
        "the_sum_is_for_a_use",
        _GIFT + "The $500,000 is for families whose homes flooded.",
        (900000, 500000),
    ),
    Row(
        "a_sum_in_dollars_given_away_to_non_profits",
        _GIFT + "During the day $60,000 dollars was given away to non-profits in each town.",
        (900000, 60000),
    ),
    # the gift restated, or its worth
    Row(
        "the_gift_worth",
        "The Vale Museum will receive 40 paintings donated by Ann and Tom Roe. The gift, thought "
        "to be worth about $12 million, holds works by three painters.",
        (12000000,),
    ),
    Row(
        "an_in_kind_part_worth",
        _GIFT + "The donation also includes a farm worth about $600,000 near the coast.",
        (900000, 600000),
    ),
    Row(
        "the_gift_restated_with_its_total",
        _GIFT
        + "Ann Roe also made the largest donation in the club's history, totaling $2 million.",
        (900000, 2000000),
    ),
    Row(
        "funds_amounting_to_a_sum",
        _GIFT + "The mayor said the funds, amounting to Sh450,000, would help 90 pupils.",
        (900000, 450000),
    ),
    Row(
        "received_named_grants",
        _GIFT + "Four schools received $2,500 Orvik Play 60 grants for new gym kit.",
        (900000, 2500),
    ),
    # totals reported as given
    Row(
        "a_giver_gives_a_total_this_year",
        _GIFT + "With this grant, the bank will give more than $2.5 million to charity this year.",
        (900000, 2500000),
    ),
    Row(
        "a_giver_s_total_aid",
        _GIFT + "The gift brings the bank's total relief aid for the region to 4 million euros.",
        (900000, 4000000),
    ),
    Row(
        "a_fund_has_awarded_a_total",
        _GIFT + "Since it opened, the fund has awarded a total of $7 million to shelters.",
        (900000, 7000000),
    ),
    Row(
        "a_giver_raised_for_a_cause",
        _GIFT + "Its staff walk has been held for ten years, raising close to $80,000 for the "
        "cause.",
        (900000, 80000),
    ),
    Row(
        "a_total_of_several_givers_contributions",
        _GIFT + "The gift takes the total contribution by the port's firms to Rs 14 crore.",
        (900000, 140000000),
    ),
    Row(
        "a_giver_s_grand_total_of_donations",
        _GIFT + "It brought the bank's grand total of donations to local shelters to $3 million.",
        (900000, 3000000),
    ),
    # a sum named by the check, the amount or the range of the gifts
    Row(
        "a_check_to_a_receiver_for_a_sum",
        _GIFT + "Its staff later cut a check to the Pell Food Bank for $45,000.",
        (900000, 45000),
    ),
    Row(
        "the_presentation_of_a_cheque_for",
        _GIFT + "The club marked the end of its appeal with the presentation of a cheque for "
        "$8,400.00.",
        (900000, 8400),
    ),
    Row(
        "two_checks_of_a_share_each",
        _GIFT + "At the fair, two checks of $3,500.50 each were handed to Pell shelters.",
        (900000, 3500.5),
    ),
    Row(
        "money_in_the_amount_of",
        _GIFT
        + "Vale Clinic in Pell was one of six clinics awarded money in the amount of $61,250.",
        (900000, 61250),
    ),
    Row(
        "the_gifts_ranged_from",
        _GIFT + "The gifts ranged from $70,000 at the Pell shelter to $20,000 at the Vale kitchen.",
        (900000, 70000),
    ),
    Row(
        "each_receiver_received_a_share",
        _GIFT + "The smaller groups, twelve in all, received $2,000 each.",
        (900000, 2000),
    ),
    Row(
        "each_was_awarded_a_share",
        _GIFT + "Pupils in the first year were awarded each Sh4,000 for fees.",
        (900000, 4000),
    ),
    Row(
        "contributions_of_a_sum_matched",
        _GIFT + "The state funds match private contributions of $400,000 for new chairs.",
        (900000, 400000),
    ),
    Row(
        "a_gift_to_a_fund_with_a_quoted_name",
        _GIFT + "The bank also gave $20,000 to the “Lift Pell” fund.",
        (900000, 20000),
    ),
    Row(
        "a_share_each_receiver_will_be_rewarded",
        _GIFT + "Each school will be rewarded up to $5,000 for each project it finishes.",
        (900000, 5000),
    ),
    Row(
        "a_giver_s_total_provided_over_the_years",
        _GIFT + "Over 30 years, the bank has provided $12 million in support of local arts.",
        (900000, 12000000),
    ),
    Row(
        "giving_generated_by_a_giver_s_programmes",
        _GIFT + "Its programmes have generated more than $30 million in nonprofit contributions.",
        (900000, 30000000),
    ),
    Row(
        "the_total_raised_came_in_at",
        _GIFT + "When the phones closed, the final total raised came in at $48,210.",
        (900000, 48210),
    ),
    Row(
        "a_sum_being_distributed",
        _GIFT + "The week opened with a record $2.4 million being distributed to 60 charities.",
        (900000, 2400000),
    ),
    # shares beside their receivers in a list
    Row(
        "shares_in_parentheses_in_a_list",
        "The Tessa Trust has donated £2 million to theatres. Among those helped are the Pell "
        "Playhouse (£420,000), Orvik Hall (£310,000) and the Lark Theatre (£95,000).",
        (2000000, 420000, 310000, 95000),
    ),
    Row(
        "a_receiver_received_from_the_giver",
        _GIFT + "The Pell Food Bank also received $40,000 from Orvik Bank for its van.",
        (900000, 40000),
    ),
]

NOT_GIVEN = [
    Row(
        "revenue_beside_a_gift",
        _GIFT + "The bank reported $40 million in revenue that was allocated to its branches.",
        (900000,),
        (40000000,),
    ),
    Row(
        "a_cost_of_the_giver_s_own_project",
        _GIFT + "Orvik Bank has also allocated $3 million to cover the cost of its new office.",
        (900000,),
        (3000000,),
    ),
    Row(
        "a_goal_not_yet_given",
        _GIFT + "The fund has raised $600,000 of the $2 million needed for the new hall.",
        (900000,),
        (600000, 2000000),
    ),
    Row(
        "an_investment_round",
        _GIFT + "Last year the bank raised $30 million in a funding round led by investors.",
        (900000,),
        (30000000,),
    ),
    Row(
        "a_price_in_parentheses",
        _GIFT + "The fund also sells its guide ($9.95/copy) and a map ($4.50/copy).",
        (900000,),
        (9.95, 4.5),
    ),
    Row(
        "a_plain_total_of_a_gift_and_its_match",
        _GIFT + "Lee Trust matched the gift, lifting the total to $1.8 million.",
        (900000,),
        (1800000,),
    ),
    Row(
        "another_body_is_to_receive_other_money",
        _GIFT + "The state of Pell is slated to receive $3 billion in federal road funds.",
        (900000,),
        (3000000000,),
    ),
    Row(
        "a_receiver_s_own_giving",
        "Orvik Bank donated $50,000 to the Harbor Relief Fund. Since 2001, the Harbor Relief "
        "Fund has set aside $9 million a year for families.",
        (50000,),
        (9000000,),
    ),
    Row(
        "progress_raised_so_far",
        _GIFT + "The hall appeal continues. So far $350,000 has been raised from neighbours.",
        (900000,),
        (350000,),
    ),
    Row(
        "a_plain_opening_sum_without_a_use",
        _GIFT + "The $4 million was a record for the bank's shares last year.",
        (900000,),
        (4000000,),
    ),
    Row(
        "a_salary",
        _GIFT + "The fund will pay its new director a salary of $95,000, allocated from fees.",
        (900000,),
        (95000,),
    ),
    Row(
        "a_check_for_a_price",
        _GIFT + "Guests can check for rooms at the Vale Inn for $120 a night.",
        (900000,),
        (120,),
    ),
    Row(
        "a_loan_in_the_amount_of",
        _GIFT + "The bank also made the city a loan in the amount of $2 million for roads.",
        (900000,),
        (2000000,),
    ),
    Row(
        "the_total_without_a_giving_word",
        _GIFT + "The match took the total to $1.9 million by Friday.",
        (900000,),
        (1900000,),
    ),
    Row(
        "prices_ranged_from",
        _GIFT + "Tickets for the gala ranged from $150 to $400 a seat.",
        (900000,),
        (150, 400),
    ),
    Row(
        "another_body_to_receive_other_money_each_year",
        _GIFT + "The town is to receive $3 million each year in federal road funds.",
        (900000,),
        (3000000,),
    ),
    Row(
        "an_effect_the_grant_is_expected_to_bring",
        _GIFT + "The grant is expected to generate $40 million in private investment.",
        (900000,),
        (40000000,),
    ),
    Row(
        "a_sum_still_to_be_raised",
        _GIFT + "The appeal needs to raise $2 billion to match what the last one gave.",
        (900000,),
        (2000000000,),
    ),
    Row(
        "an_investor_s_share_of_a_round",
        _GIFT + "Lark Ventures, which contributed $5 million, led the round.",
        (900000,),
        (5000000,),
    ),
    Row(
        "the_total_raised_toward_a_goal",
        _GIFT + "The total raised so far is $600,000 toward a goal of $2 million.",
        (900000,),
        (600000, 2000000),
    ),
    Row(
        "a_sum_being_spent_on_the_giver_s_own_plant",
        _GIFT + "The bank has $12 million being spent on its new offices.",
        (900000,),
        (12000000,),
    ),
    Row(
        "a_campaign_with_a_quoted_name",
        _GIFT + 'The gift will go to the $40 million "Lift Pell, Lift the World" campaign.',
        (900000,),
        (40000000,),
    ),
    Row(
        "a_goal_of_raising",
        _GIFT + "With this gift, the fund is halfway toward its goal of raising $6 million.",
        (900000,),
        (6000000,),
    ),
    Row(
        "the_part_it_hopes_to_raise",
        _GIFT
        + "With the gift, the fund has raised $3 million of the $5 million it hopes to raise.",
        (900000, 3000000),
        (5000000,),
    ),
    Row(
        "a_denomination_of_the_notes",
        "Anonymous gift for Pell Library\n\nStaff opened the envelope to find a cash donation "
        "of $2,000 in twenty crisp one hundred dollar bills.",
        (2000,),
        (100,),
    ),
    Row(
        "the_giver_s_own_plan_includes",
        _GIFT + "The bank's building plan includes $3 million for its new offices.",
        (900000,),
        (3000000,),
    ),
    Row(
        "loans_provided",
        _GIFT + "Over 30 years, the bank has provided $40 million in loans to farmers.",
        (900000,),
        (40000000,),
    ),
    Row(
        "an_entry_fee_beside_the_share_given",
        _GIFT + "Each runner paid a $30 entry fee, with $25 from each entry being donated to "
        "the Harbor Relief Fund.",
        (900000, 25),
        (30,),
    ),
    Row(
        "a_loan_is_for_a_use",
        _GIFT + "Separately, a loan of $7 million is for new roads in Pell.",
        (900000,),
        (7000000,),
    ),
    Row(
        "a_sum_is_for_a_period",
        _GIFT + "The bank said $40,000 is for the first year of its office lease.",
        (900000,),
        (40000,),
    ),
    Row(
        "no_gift_stated",
        "Orvik Bank opened a branch in Pell. $300,000 will be allocated for its fit-out.",
        (),
        (300000,),
    ),
]


@pytest.mark.parametrize("row", GIVEN, ids=lambda r: r.id)
def test_sums_stated_as_given_are_amounts(row: Row) -> None:
    """A sum the release states as given, allocated, raised for or worth is a gift amount."""
    found = amounts_of(row.text)
    assert set(map(float, row.given)) <= found


@pytest.mark.parametrize("row", NOT_GIVEN, ids=lambda r: r.id)
def test_sums_not_given_stay_out(row: Row) -> None:
    """Revenue, costs, goals, investments, prices, others' money and a receiver's giving are no amounts."""
    found = amounts_of(row.text)
    assert set(map(float, row.given)) <= found
    assert not (set(map(float, row.not_given)) & found)


def test_added_sums_carry_their_own_rule() -> None:
    """A sum added beyond the gift sentences says so in its rule and its lower confidence."""
    doc = read(_GIFT + "More than $400,000 will be directed toward school repairs.")
    added = [a for a in find_gifts(doc, find_money(doc)).amounts if a.value == 400000]
    assert [(a.rule, a.confidence, a.bound, doc.text[a.start : a.end]) for a in added] == [
        ("gift.stated_sum", 0.6, "at_least", "$400,000")
    ]


RECORDS = [
    Row(
        "a_receiver_named_with_the_sole_giver",
        _GIFT + "More than $400,000 will be directed toward the Harbor Relief Fund's new kitchen.",
        (400000,),
    ),
    Row(
        "no_receiver_named",
        _GIFT + "More than $400,000 will be directed toward school repairs.",
        (),
        (400000,),
    ),
]


@pytest.mark.parametrize("row", RECORDS, ids=lambda r: r.id)
def test_added_sums_get_records_only_with_their_parties_named(row: Row) -> None:
    """An added sum gets a gift record only where its sentence names a receiver (and its giver)."""
    doc = read(row.text)
    gifts = find_gifts(doc, find_money(doc)).gifts
    stated = {
        (g.donor, g.recipient, g.amount.value)
        for g in gifts
        if g.rule == "gift.stated_sum" and g.amount is not None
    }
    assert stated == {("Orvik Bank", "Harbor Relief Fund", float(v)) for v in row.given}
    assert not any(g.amount is not None and g.amount.value in row.not_given for g in gifts)


def test_a_fundraiser_s_sum_gets_a_record_for_its_one_receiver() -> None:
    """A sum raised for the frame's one receiver, named beside it with no giver, gets a record without a giver."""
    text = (
        "Walk Sets a Record\n\nThis year's walk was held in May. All money raised will go to "
        "the Harbor Children's Hospital. The walk raised $61,000 after expenses; the Harbor "
        "Children's Hospital will use it on its new wing."
    )
    doc = read(text)
    frame = find_gifts(doc, find_money(doc))
    assert [a.value for a in frame.amounts] == [61000.0]
    assert [(g.donor, g.recipient, g.amount) for g in frame.gifts] == [
        (None, "Harbor Children's Hospital", GiftAmount(61000.0, "USD", "exact"))
    ]


def test_a_fundraiser_s_sum_without_its_receiver_beside_it_gets_no_record() -> None:
    """A sum raised with the receiver named only in another sentence is an amount without a record."""
    text = (
        "Walk Sets a Record\n\nThis year's walk was held in May and raised $61,000 after "
        "expenses. All money raised will go to the Harbor Children's Hospital."
    )
    doc = read(text)
    frame = find_gifts(doc, find_money(doc))
    assert [a.value for a in frame.amounts] == [61000.0]
    assert frame.gifts == ()


GROUP_GIVERS = [
    Row(
        "group_companies_and_their_employees",
        "Pell Rubber reports relief work\n\nPell Rubber said that as of May 2 Pell group companies "
        "and their employees had donated a total of about 30,000,000 yen (US$270,000) to the "
        "relief effort.",
        (30000000,),
        (270000,),
    ),
    Row(
        "subsidiaries_and_their_staff",
        "Vale Steel reports flood aid\n\nVale Steel subsidiaries and their staff have donated "
        "4,000,000 yen (US$36,000) to flood relief in the north.",
        (4000000,),
        (36000,),
    ),
]


@pytest.mark.parametrize("row", GROUP_GIVERS, ids=lambda r: r.id)
def test_a_group_s_companies_and_staff_give_the_sum_not_its_conversion(row: Row) -> None:
    """A group's companies and their staff give the sum; its conversion in parentheses is not another."""
    found = amounts_of(row.text)
    assert set(map(float, row.given)) == found
    assert not (set(map(float, row.not_given)) & found)


def test_cash_per_share_held_in_a_takeover_is_no_gift() -> None:
    """Cash a shareholder receives for each share held in a takeover is no gift amount."""
    text = _GIFT + (
        "Under a separate deal, each shareholder of Vale Packs will receive 310 pence in cash "
        "for each Vale share held."
    )
    assert amounts_of(text) == {900000.0}
