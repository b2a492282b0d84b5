"""Releases easy to mistake for gifts, and the places, sizes and habits told beside a gift.

Each construction has rows that give nothing (or drop the false party or sum) and rows
where the same words stand in a real gift and are kept.
"""

from __future__ import annotations

import pytest
from test_gifts import Case, expected_roles, frame_of, roles_of

NO_GIFT = [
    Case(
        "an_investment_round_told_by_its_lead",
        "Pixelforge raises $8M to support its studios\n\n"
        "Game maker Pixelforge raised an $8 million round to grow its studios. Harrow Capital, "
        "which contributed $6 million, led the round.",
    ),
    Case(
        "a_round_led_by_a_fund",
        "Tidewell Bio Raises $12 Million\n\n"
        "Tidewell Bio has raised $12 million in a round led by Larkspur Partners to support "
        "its clinical work.",
    ),
    Case(
        "road_contracts_let_by_bid",
        "Highway board lets road work\n\n"
        "The highway board awarded a $4.2 million bid to Granite Paving Co. for resurfacing "
        "12 miles of Route 9. Delta Electric Inc. was awarded a nearly $90,000 bid for signal "
        "work.",
    ),
    Case(
        "a_buyer_pays_holders_for_each_share",
        "Norland to buy Pell Plastics\n\n"
        "Norland agreed to buy Pell Plastics Industries (PPI). Under the terms of the deal, each "
        "shareholder of PPI will receive 310 pence in cash and 0.5 of a new Norland share for "
        "each PPI share held.",
    ),
    Case(
        "a_navy_pays_a_shipyard",
        "Pell Lands $40M Deal\n\n"
        "The Navy has awarded Pell Shipyards $40 million to repair two destroyers.",
    ),
    Case(
        "a_firm_crowdfunds_its_product",
        "Orvik Gadget Funded\n\n"
        "Orvik raised $500,000 on Kickstarter for its new smart lamp in just ten days.",
    ),
    Case(
        "microloans_to_farmers",
        "Microloans for farmers\n\n"
        "The Harbor Fund provided $2 million in microloans to 400 farmers in Kenya.",
    ),
    Case(
        "a_vehicle_maker_lists_buyer_rebates",
        "Voltway Wins Fleet Order\n\n"
        "Voltway won an order for 20 vans. The Voltway Cargo also offers buyers up to $40,000 in "
        "rebates and tax credits, supporting Harbor Freightlines' green goals.",
    ),
    Case(
        "donations_to_political_campaigns",
        "Statehouse Roundup: Lobbyists' Campaign Donations Soar\n\n"
        "LOBBYISTS' POLITICAL DONATIONS SOAR: Lobbyists seeking favour with officials donated "
        "about $3.1 million to the campaigns of state officials since 2022.",
    ),
    Case(
        "a_shareholder_asks_for_political_donations",
        "Orvik Directors Refuse to Disclose Political Donations\n\n"
        "With support from the Harlow Policy Institute, a shareholder asked for disclosure of "
        "directors' political donations.",
    ),
]


@pytest.mark.parametrize("case", NO_GIFT, ids=lambda c: c.id)
def test_no_gift_release_gives_no_facts(case: Case) -> None:
    """A round, a bid, a navy's order, a share price, loans, rebates or political money make no gift."""
    frame = frame_of(case.text)

    assert (frame.donors, frame.recipients, frame.amounts) == ((), (), ())


GIFT_BESIDE = [
    Case(
        "a_town_and_state_after_the_giver",
        "Lakeview Credit Union gives $8,000\n\n"
        "Lakeview Credit Union, Dorset, Vt., recently presented the Dorset Food Shelf with an "
        "$8,000 donation.",
        ("Lakeview Credit Union",),
        ("Dorset Food Shelf",),
        (8000,),
    ),
    Case(
        "a_town_and_state_before_the_giving_verb",
        "Grill gives to youth clubs\n\n"
        "Harbor Grill used the opening night of its restaurant in Cape Coral, Fla., to donate "
        "$12,000 to the Cape Coral Youth League.",
        ("Harbor Grill",),
        ("Cape Coral Youth League",),
        (12000,),
    ),
    Case(
        "a_city_council_named_by_its_town_still_receives",
        "Agency funds sewer line\n\n"
        "The Economic Development Administration is awarding a $900,000 grant to the city of "
        "Marlow, Oklahoma, to build a sewer line.",
        ("Economic Development Administration",),
        ("Marlow",),
        (900000,),
    ),
    Case(
        "the_companys_own_town_is_not_the_company",
        "Roofs for the kids\n\n"
        "Summit Roofing Inc., Tulsa, Okla., stepped in to help St. Anne School. Summit Roofing "
        "inspected the old roof. The company then donated an estimated $30,000 in materials and "
        "labor.",
        ("Summit Roofing Inc.",),
        (),
        (30000,),
    ),
    Case(
        "a_state_after_in_is_no_coordinated_receiver",
        "Insurer funds fire gear\n\n"
        "Marking $1 million in grants awarded by Keystone Mutual to fire departments in Ohio, "
        "the Avon and Lorain Fire Departments are receiving $20,000 for new gear.",
        ("Keystone Mutual",),
        ("Avon", "Lorain Fire Departments"),
        (1000000, 20000),
    ),
    Case(
        "where_receivers_are_based_is_no_receiver",
        "Pet food maker gives\n\n"
        "Orvik Pet Foods gave $15,000 to the Pell Rescue Fund, which will pass it on to "
        "Hawaiian-based animal rescues.",
        ("Orvik Pet Foods",),
        ("Pell Rescue Fund",),
        (15000,),
    ),
    Case(
        "where_the_giver_is_based_leaves_the_giver",
        "Pantry gets $5,000\n\nThe Ozark-based Orvik Foods donated $5,000 to the Lee Food Pantry.",
        ("Orvik Foods",),
        ("Lee Food Pantry",),
        (5000,),
    ),
    Case(
        "a_datelines_town_is_no_receiver_of_an_anonymous_gift",
        "College receives $8M gift from anonymous couple\n\n"
        "HARBOR, Ohio (AP) — A college in Ohio says an $8 million gift from an anonymous couple "
        "is the largest in its history.",
        ("anonymous couple",),
        (),
        (8000000,),
    ),
    Case(
        "the_body_opening_the_release_receives_an_anonymous_gift",
        "College receives $8M gift\n\n"
        "Pell College says an $8 million gift from an anonymous couple is the largest in its "
        "history.",
        ("anonymous couple",),
        ("Pell College",),
        (8000000,),
    ),
    Case(
        "a_lenders_size_before_its_name",
        "Credit union backs rescue team\n\n"
        "Employees from the $520 million Ridgeway Federal Credit Union present a $4,000 check "
        "to the Pine Valley Rescue Squad.",
        ("Ridgeway Federal Credit Union",),
        ("Pine Valley Rescue Squad",),
        (4000,),
    ),
    Case(
        "a_credit_union_foundation_grant_keeps_its_sum",
        "Foundation grant for reading\n\n"
        "The Ridgeway Credit Union Foundation gave a $15,000 Credit Union grant to the Pine "
        "Valley Library.",
        ("Ridgeway Credit Union Foundation",),
        ("Pine Valley Library",),
        (15000,),
    ),
    Case(
        "private_investment_a_grant_draws_in",
        "Grant for an industrial park\n\n"
        "The Economic Development Administration is awarding a $1.2 million grant to the city "
        "of Pell, Iowa, for a water line. The grant is expected to create 200 jobs and generate "
        "$30 million in private investment.",
        ("Economic Development Administration",),
        ("Pell",),
        (1200000,),
    ),
    Case(
        "notes_of_a_cash_gift_are_not_a_sum",
        "Envelope at the library\n\n"
        "An anonymous donor left an envelope for the Oak Hill Library holding a cash donation "
        "of $2,000 in twenty one hundred dollar bills.",
        ("anonymous donor",),
        ("Oak Hill Library",),
        (2000,),
    ),
    Case(
        "a_givers_yearly_range_and_a_campaign_goal",
        "Hospital gets $300,000\n\n"
        "The Birch Foundation gave $300,000 to Lakeside Hospital. The Birch Foundation gives "
        "between $8 million and $12 million each year. With the gift, Lakeside Hospital has "
        "raised $2.1 million of the $4 million it hopes to raise.",
        ("Birch Foundation",),
        ("Lakeside Hospital",),
        (300000, 2100000),
    ),
    Case(
        "a_charitys_capital_campaign_donations_are_gifts",
        "Hospital campaign grows\n\n"
        "The Harbor Hospital capital campaign donations reached $2 million, with a $500,000 "
        "gift from the Lee Family Foundation.",
        ("Lee Family Foundation",),
        ("Harbor Hospital",),
        (2000000, 500000),
    ),
]


@pytest.mark.parametrize("case", GIFT_BESIDE, ids=lambda c: c.id)
def test_gift_keeps_its_parties_without_places_sizes_or_habits(case: Case) -> None:
    """Towns, states, a lender's size, drawn-in investment and yearly ranges are no parties or sums."""
    assert roles_of(frame_of(case.text)) == expected_roles(case)


TIERS_AND_CODES = [
    Case(
        "giving_tiers_are_no_parties",
        "Chip maker gives €50,000\n\n"
        "Orvik Semiconductors gave €50,000 to 12 local charities. Gold donations of €8,000 were "
        "made to Harbor Hospice and Lee Food Bank. Silver awards of €3,000 were given to Vale "
        "Choir and Oak Youth Club. The Bronze recipients, eight in all, received €500 each.",
        ("Orvik Semiconductors",),
        ("Harbor Hospice", "Lee Food Bank", "Vale Choir and Oak Youth Club"),
        (50000, 8000, 3000, 500),
    ),
    Case(
        "a_sum_in_ringgit_is_no_giver",
        "Firms give flood aid\n\n"
        "The aid comprised RM4 million from Orvik Bhd and RM2 million from Lee Holdings Bhd, "
        "handed to the Flood Relief Fund.",
        ("Orvik Bhd", "Lee Holdings Bhd"),
        ("Flood Relief Fund",),
        (4000000, 2000000),
    ),
    Case(
        "a_ledger_code_is_no_receiver",
        "Mayor's grants go to 12 groups\n\n"
        "The Mayor's Matching Grant Program awards grants to neighborhood groups. Funding for "
        "the 12 grant awards, totaling $30,000, will be charged to GRA0042_B Community Grants "
        "& Awards.",
    ),
]


@pytest.mark.parametrize("case", TIERS_AND_CODES, ids=lambda c: c.id)
def test_tiers_sums_and_codes_are_no_parties(case: Case) -> None:
    """A giving tier, a sum in ringgit or a ledger code standing where a party would is none."""
    assert roles_of(frame_of(case.text)) == expected_roles(case)


def test_a_tier_of_unnamed_receivers_gets_no_named_share() -> None:
    """The sum each receiver of an unnamed tier gets is recorded without a receiver."""
    frame = frame_of(TIERS_AND_CODES[0].text)

    shares = [
        (g.recipient, g.amount.value) for g in frame.gifts if g.amount and g.amount.value == 500
    ]

    assert shares == [(None, 500)]


CAUSE_MARKETING = [
    Case(
        "a_roasters_habit_told_in_a_product_launch",
        "Vale Coffee Launches Its Winter Blend\n\n"
        "Vale Coffee launched its winter blend, a dark roast, in stores on Monday. Vale Coffee "
        "donates a portion of its sales to Harbor House, a shelter for women.",
    ),
    Case(
        "a_sponsors_habit_told_in_a_team_deal",
        "Orvik Drinks Becomes Official Partner of Bay City FC\n\n"
        "Orvik Drinks signed a three-year deal as official partner of Bay City FC. Fans will see "
        "Orvik Drinks at every stand. The company donates a portion of proceeds to nonprofits as "
        "part of its partnership with the Clean Seas Trust.",
        ("Orvik Drinks",),  # (the team deal is a sponsorship; the habit beside it no gift)
        ("Bay City FC",),
    ),
    Case(
        "all_of_a_days_proceeds_is_a_gift",
        "Tunehall to Donate 100% of Its Proceeds to Music Relief Fund\n\n"
        "Tunehall will donate 100% of its proceeds from sales on Friday to the Music Relief Fund.",
        ("Tunehall",),
        ("Music Relief Fund",),
    ),
    Case(
        "a_portion_beside_a_stated_sum_is_a_gift",
        "Aster Jewelers gives $5,000\n\n"
        "Aster Jewelers donated $5,000 to Harbor House on Friday. A portion of the proceeds from "
        "its spring collection will also be donated to Harbor House.",
        ("Aster Jewelers",),
        ("Harbor House",),
        (5000,),
    ),
]


@pytest.mark.parametrize("case", CAUSE_MARKETING, ids=lambda c: c.id)
def test_an_unstated_portion_of_sales_alone_is_no_gift(case: Case) -> None:
    """A seller's habit of giving an unstated portion, with no sum, is no gift; all the proceeds, or a sum, is."""
    assert roles_of(frame_of(case.text)) == expected_roles(case)


PROMISES_AND_GOALS = [
    Case(
        "a_pledge_to_test_products",
        "Lumen Labs Names New Director\n\n"
        "Lumen Labs named Ann Roe its director. After launching in May, Lumen Labs pledged to "
        "randomly test its members' products each month for lead.",
    ),
    Case(
        "a_climate_pledge",
        "Retailer sets climate goal\n\n"
        "Orvik Stores pledged to cut its emissions in half by 2030, the company said on Monday.",
    ),
    Case(
        "a_pledged_sum_to_continue_a_programme_is_a_gift",
        "Orvik pledges $20,000\n\n"
        "Orvik Stores pledged $20,000 to Harbor House to continue its meal program.",
        ("Orvik Stores",),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "what_an_appeal_needs_to_raise",
        "Flood appeal grows\n\n"
        "Orvik Bank gave $5 million to the flood appeal. The figures suggest the appeal needs to "
        "raise $2.1 billion to match the last one.",
        ("Orvik Bank",),
        (),
        (5000000,),
    ),
    Case(
        "a_campaign_named_in_quotes",
        "Hospital gets estate gift\n\n"
        'The $30 million gift from the estate of Ann Roe will support the $90 million "Build the '
        'Future" campaign at Harbor Hospital.',
        ("Ann Roe",),
        ("Harbor Hospital",),
        (30000000,),
    ),
]


@pytest.mark.parametrize("case", PROMISES_AND_GOALS, ids=lambda c: c.id)
def test_promises_and_goals_are_no_gifts(case: Case) -> None:
    """A pledge to act, a sum an appeal needs and a campaign's size are no gift; a pledged sum is."""
    assert roles_of(frame_of(case.text)) == expected_roles(case)


INVESTMENTS = [
    Case(
        "a_corporate_fund_invests_in_a_company",
        "Orvik Ventures Invests in Pell Robotics\n\n"
        "Orvik Ventures, the corporate venture fund of Orvik Inc., has invested $5 million in "
        "Pell Robotics to support its growth.",
    ),
    Case(
        "funding_from_investment_firms",
        "Orvik Secures $5 Million to Scale Platform\n\n"
        "Orvik, a logistics startup, has secured $5 million in funding from Pell Capital and "
        "Harbor Ventures to scale its platform.",
    ),
    Case(
        "funding_from_a_foundation_named_capital_gives",
        "Shelter gets grant\n\n"
        "Harbor House received $40,000 in funding from the Sun Capital Foundation to expand its "
        "shelter.",
        ("Sun Capital Foundation",),
        ("Harbor House",),
        (40000,),
    ),
    Case(
        "a_donation_from_an_investment_firm_gives",
        "Camp gets gift\n\n"
        "Harbor Camp received a $10,000 donation from Pell Capital to support summer "
        "scholarships.",
        ("Pell Capital",),
        ("Harbor Camp",),
        (10000,),
    ),
    Case(
        "an_army_research_grant_gives",
        "Army grant\n\n"
        "The U.S. Army has awarded a $1.2 million research grant to Harbor University to study "
        "blast injuries.",
        ("U.S. Army",),
        ("Harbor University",),
        (1200000,),
    ),
    Case(
        "a_government_investing_in_a_food_bank_gives",
        "Minister funds food bank\n\n"
        "The Minister for Communities, Ann Roe, announced the Government will invest $3 million "
        "in the Harbor Food Bank to help families in need.",
        ("Government",),
        ("Harbor Food Bank",),
        (3000000,),
    ),
    Case(
        "an_investment_told_as_a_donation_gives",
        "Orvik gives to food bank\n\n"
        "Orvik Inc. has invested $50,000 in the Harbor Food Bank through a donation to support "
        "families.",
        ("Orvik Inc.",),
        ("Harbor Food Bank",),
        (50000,),
    ),
]


@pytest.mark.parametrize("case", INVESTMENTS, ids=lambda c: c.id)
def test_a_companys_investment_is_no_gift(case: Case) -> None:
    """Money investors put into a company is no gift; a public body's investment or a donation is."""
    assert roles_of(frame_of(case.text)) == expected_roles(case)


PARTIES = [
    Case(
        "money_allocated_to_a_body_that_then_acts",
        "Red Cross appeal\n\n"
        "The Harbor Red Cross launched an appeal for the injured. The funds raised, amounting to "
        "€150,000, have been allocated to the Pell Relief Committee to contribute towards "
        "emergency care.",
        (),
        ("Pell Relief Committee",),
        (150000,),
    ),
    Case(
        "a_university_campus_at_its_town_is_one_receiver",
        "Campus gets $2 million\n\n"
        "The University of Texas at El Paso has received an anonymous gift of $2 million for "
        "scholarships.",
        (),
        ("University of Texas at El Paso",),
        (2000000,),
    ),
    Case(
        "a_charity_at_a_park_stays_the_charity",
        "Shelter gets $2 million\n\n"
        "Orvik Foods gave $2 million to Harbor House at Lee Park, and Orvik Foods thanked its "
        "staff.",
        ("Orvik Foods",),
        ("Harbor House",),
        (2000000,),
    ),
    Case(
        "a_giver_misspelt_with_a_plural_s_is_one_giver",
        "Schools get laptops\n\n"
        "One of the latest donations was that of 25 laptop computers from Orvitronic of "
        "Minneapolis. Both Pell and Lee schools received the laptop grant from Orvitronics.",
        ("Orvitronic of Minneapolis",),
        ("Pell and Lee schools",),  # (the two schools, named together in small letters)
    ),
    Case(
        "the_series_a_gift_co_sponsors_is_no_giver",
        "Gift\n\n"
        "Harbor University received a $300,000 gift from Orvik Books to co-sponsor the Harbor "
        "Forum Speaker Series. The series features leaders.",
        ("Orvik Books",),
        ("Harbor University",),
        (300000,),
    ),
    Case(
        "a_receivers_other_backer_told_in_passing_gives_nothing_here",
        "Gift to shelter\n\n"
        "Harbor House, which is also supported by the United Way, received a $10,000 gift from "
        "Orvik Foods.",
        ("Orvik Foods",),
        ("Harbor House",),
        (10000,),
    ),
    Case(
        "a_backer_who_also_gives_the_sum_gives",
        "Program funded\n\n"
        "The reading program, which is funded by the Pell Foundation, received $8,000 from the "
        "Pell Foundation this year.",
        ("Pell Foundation",),
        (),
        (8000,),
    ),
    Case(
        "who_tells_of_the_gift_is_no_giver",
        "Gift to shelter\n\n"
        "Orvik Foods donated $10,000 to Harbor House, according to a statement from the Harbor "
        "Chamber of Commerce.",
        ("Orvik Foods",),
        ("Harbor House",),
        (10000,),
    ),
    Case(
        "a_programmes_delivery_partner_is_no_giver",
        "Minister announces funding\n\n"
        "The Minister for Health, Tom Lee, today announced $4 million for the Harbor Mental "
        "Health Service. The funding is part of the Government's $200 million Better Minds "
        "package, delivered in partnership with Lifeline.",
        ("Department of Health",),  # (the minister's department gives, Lifeline does not)
        ("Harbor Mental Health Service",),
        (4000000, 200000000),
    ),
    Case(
        "a_gift_made_in_partnership_with_a_bank_is_the_banks",
        "Gift\n\n"
        "The $50,000 gift was made in partnership with Zenith Bank and will go to Harbor House.",
        ("Zenith Bank",),
        ("Harbor House",),
        (50000,),
    ),
    Case(
        "thanks_to_a_giver_who_donated",
        "Pantry opens\n\n"
        "Thanks to Orvik Foods, which donated $5,000 to the pantry, the Lee Food Pantry opened a "
        "second site. Orvik Foods has backed the pantry since 2019.",
        ("Orvik Foods",),
        ("Lee Food Pantry",),
        (5000,),
    ),
]


@pytest.mark.parametrize("case", PARTIES, ids=lambda c: c.id)
def test_the_parties_are_the_ones_named_in_the_gift(case: Case) -> None:
    """Receivers and givers are the parties to the gift, not its tellers, partners or other backers."""
    assert roles_of(frame_of(case.text)) == expected_roles(case)


def test_whom_a_receiver_checks_with_receives_nothing() -> None:
    """Offices a college checks a gift with are not its receivers."""
    frame = frame_of(
        "Mystery gifts\n\nAn unknown donor gave $9 million to six colleges. One college went so "
        "far as to check with the Revenue Office and the State Police just to make sure a $2 "
        "million gift did not come from crime."
    )

    assert [r.name for r in frame.recipients] == []
