"""The gift frame: who gives how much to whom, one row per construction, and releases with no gift."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.document import read
from extractors.gifts import GiftFrame, find_gifts
from extractors.money import find_money


@dataclass(frozen=True)
class Case:
    """A mini-release and the donors, recipients and gift amounts it states."""

    id: str
    text: str
    donors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    amounts: tuple[float, ...] = ()


def frame_of(text: str) -> GiftFrame:
    doc = read(text)
    return find_gifts(doc, find_money(doc))


def roles_of(frame: GiftFrame) -> tuple[tuple[str, ...], tuple[str, ...], tuple[float, ...]]:
    """Donor names, recipient names and gift amounts, as a case states them."""
    return (
        tuple(e.name for e in frame.donors),
        tuple(e.name for e in frame.recipients),
        tuple(a.value for a in frame.amounts),
    )


def expected_roles(case: Case) -> tuple[tuple[str, ...], tuple[str, ...], tuple[float, ...]]:
    """What ``roles_of`` should give for a case."""
    return (case.donors, case.recipients, tuple(float(v) for v in case.amounts))


POSITIVE = [
    Case(
        "active_voice",
        "Brightwater Energy donates $250,000 to Harbor Food Bank\n\n"
        "Brightwater Energy Inc. donated $250,000 to the Harbor Food Bank on Monday. "
        "The money will stock shelves through the winter.",
        ("Brightwater Energy Inc.",),
        ("Harbor Food Bank",),
        (250000,),
    ),
    Case(
        "passive_voice",
        "Literacy council wins new support\n\n"
        "A grant of $40,000 has been awarded to the Millbrook Literacy Council by the "
        "Orchard Family Foundation. Tutors will start in March.",
        ("Orchard Family Foundation",),
        ("Millbrook Literacy Council",),
        (40000,),
    ),
    Case(
        "headline_title_case",
        "Cedar Valley Credit Union Gives $15,000 To Riverside Animal Shelter\n\n"
        "Cedar Valley Credit Union has donated $15,000 to Riverside Animal Shelter to cover "
        "veterinary care for rescued dogs.",
        ("Cedar Valley Credit Union",),
        ("Riverside Animal Shelter",),
        (15000,),
    ),
    Case(
        "headline_all_caps",
        "NORTHWIND LOGISTICS DONATES $75,000 TO LAKESIDE CHILDREN'S HOSPITAL\n\n"
        "Northwind Logistics donated $75,000 to Lakeside Children's Hospital for its new "
        "playroom. Staff delivered the cheque on Friday.",
        ("Northwind Logistics",),
        ("Lakeside Children's Hospital",),
        (75000,),
    ),
    Case(
        "several_donors",
        "Pinecrest Tools and Alder Supply Donate $12,500 to the Veterans Craft Alliance\n\n"
        "Pinecrest Tools and Alder Supply are proud to donate $12,500 to the Veterans Craft "
        "Alliance, which trains former service members in woodworking.",
        ("Pinecrest Tools", "Alder Supply"),
        ("Veterans Craft Alliance",),
        (12500,),
    ),
    Case(
        "split_gift",
        "Halvorsen Trust pledges $3 million to two colleges\n\n"
        "The Halvorsen Trust pledged $3 million on Tuesday, with $2 million to Eastfield "
        "University and $1 million to Westbrook College.",
        ("Halvorsen Trust",),
        ("Eastfield University", "Westbrook College"),
        (3000000, 2000000, 1000000),
    ),
    Case(
        "matching_pledge",
        "Marlowe Bank matches staff giving for storm relief\n\n"
        "Marlowe Bank will match employee donations up to $500,000 for the Coastal Relief Fund. "
        "Employees have already given $120,000.",
        ("Marlowe Bank",),
        ("Coastal Relief Fund",),
        (500000,),
    ),
    Case(
        "per_unit_pledge",
        "Glowfin Games to donate for every pre-order\n\n"
        "Glowfin Games will donate $5 for every pre-order of its new title to the Ocean "
        "Rescue Network.",
        ("Glowfin Games",),
        ("Ocean Rescue Network",),
        (5,),
    ),
    Case(
        "in_kind_with_value",
        "Tessera Medical equips rural clinic\n\n"
        "Tessera Medical donated imaging equipment valued at $1.2 million to the Saint Brigid "
        "Clinic. The scanners arrive next month.",
        ("Tessera Medical",),
        ("Saint Brigid Clinic",),
        (1200000,),
    ),
    Case(
        "government_grant_minister_announces",
        "Nursing institute to train more rural nurses\n\n"
        "SYDNEY, May 2, 2024 - Minister for Health Jane Doe announced a $4 million grant to the "
        "Rural Nursing Institute. The Australian Government grant funds 200 places.",
        ("Australian Government",),
        ("Rural Nursing Institute",),
        (4000000,),
    ),
    Case(
        "grant_from",
        "Arts collective lands foundation grant\n\n"
        "The Kestrel Arts Collective received a $30,000 grant from the Lindqvist Foundation "
        "to run summer workshops.",
        ("Lindqvist Foundation",),
        ("Kestrel Arts Collective",),
        (30000,),
    ),
    Case(
        "possessive_gift",
        "Museum opens a new gallery\n\n"
        "Orion Mutual’s $2 million gift to the Summit Science Museum will fund a new gallery "
        "on flight.",
        ("Orion Mutual",),
        ("Summit Science Museum",),
        (2000000,),
    ),
    Case(
        "receives_from_headline",
        "Greenway Youth Center Receives $10,000 Donation from Harlow Hardware\n\n"
        "The Greenway Youth Center received a $10,000 donation from Harlow Hardware to repair "
        "its gym floor.",
        ("Harlow Hardware",),
        ("Greenway Youth Center",),
        (10000,),
    ),
    Case(
        "list_of_recipients",
        "Fernhill Foundation awards $90,000 to three charities\n\n"
        "The Fernhill Foundation awarded $90,000 in grants this spring. The grant recipients are:\n\n"
        "1. Brookside Shelter ($30,000)\n2. Lantern Arts Project ($30,000)\n"
        "3. Tidewater Youth League ($30,000)\n",
        ("Fernhill Foundation",),
        ("Brookside Shelter", "Lantern Arts Project", "Tidewater Youth League"),
        (90000, 30000),
    ),
]

MORE_POSITIVE = [
    Case(
        "ocr_hyphen_and_estate",
        "HOSPITAL RECEIVES GIFT\n\nSPRINGFIELD, May 4, 1998 - The Mercy General Hospi-\ntal received a gift "
        "of $500,000 from the estate of the late Harold Greene, hospital officials said Tuesday.",
        ("Harold Greene",),
        ("Mercy General Hospital",),
        (500000,),
    ),
    Case(
        "thanks_to_a_gift_from",
        "Shelter to open second site\n\nThanks to a $150,000 gift from the Rivera Family Foundation, "
        "Hope House will open a second shelter this fall.",
        ("Rivera Family Foundation",),
        ("Hope House",),
        (150000,),
    ),
    Case(
        "including_recipients",
        "Hartwell Foundation backs research\n\nThe Hartwell Foundation announced today that it has awarded "
        "$1.5 million in research grants to five universities, including Duke University and Rice University.",
        ("Hartwell Foundation",),
        ("Duke University", "Rice University"),
        (1500000,),
    ),
    Case(
        "country_donor_minister_announces",
        "Funding for relief\n\nCANBERRA, 12 May 2024 - The Minister for Foreign Affairs, Senator Jane Holt, "
        "today announced Australia will provide $10 million in humanitarian assistance to UNICEF.",
        ("Australia",),
        ("UNICEF",),
        (10000000,),
    ),
    Case(
        "company_and_its_foundation",
        "Relief gift\n\nAllstate and The Allstate Foundation donated $2 million to the American Red Cross "
        "for disaster relief.",
        ("Allstate", "Allstate Foundation"),
        ("American Red Cross",),
        (2000000,),
    ),
    Case(
        "employees_raise_company_matches",
        "Bank staff give\n\nEmployees of Zenith Bank raised $80,000 for the Children's Miracle Network, and "
        "Zenith Bank matched the amount dollar for dollar.",
        ("Zenith Bank",),
        ("Children's Miracle Network",),
        (80000,),
    ),
    Case(
        "government_will_provide",
        "Youth hubs funded\n\nSYDNEY, 14 August 2024 - The NSW Government will provide $4.2 million over "
        "four years to the Riverina Youth Network to open three new hubs.",
        ("NSW Government",),
        ("Riverina Youth Network",),
        (4200000,),
    ),
    Case(
        "land_beside_a_place_is_no_recipient",
        "Land given\n\nThe Ortega Family Trust donated four acres of land adjacent to Cedar Lake "
        "to the Hillside Hospice.",
        ("Ortega Family Trust",),
        ("Hillside Hospice",),
        (),
    ),
    Case(
        "acronym_with_long_spelled_out_name_announces_grant",
        "New grant for rural clinics\n\nOn March 3, RCPN (Rural Clinic Preparedness & Readiness Training "
        "Network Center) announced a grant of $12.5 million for small clinics. Clinics may apply now.",
        ("RCPN",),
        (),
        (12500000,),
    ),
    Case(
        "anonymous_gift_to_the_organisation_the_release_opens_on",
        "Harbor Food Bank Opens Warehouse\n\nDENVER, May 2, 2025 -- Harbor Food Bank this week opened "
        "its new warehouse, paid for in part by a $4 million anonymous donation.",
        (),
        ("Harbor Food Bank",),
        (4000000,),
    ),
    Case(
        "dashed_shares_run_on_after_a_list_intro",
        "Acme Names Grant Winners\n\nRALEIGH, NC, May 1, 2024 -- Acme Housing has awarded $500,000 so far. "
        "We are proud to name the recipients of this year's Home Grant:  Cedar Housing Partners - $20,000 "
        "Founded in 1990, the group builds homes.  Habitat for Humanity Wake - $15,000 For 30 years, "
        "it has built porches.",
        ("Acme Housing",),
        ("Cedar Housing Partners", "Habitat for Humanity Wake"),
        (500000, 20000, 15000),
    ),
    Case(
        "joint_givers_with_an_appositive_and_an_aside_before_the_sum",
        "Schools win grants\n\nThe Lakeshore Wellness Alliance, devoted to active kids, and the National "
        "Rowing League (NRL) are awarding 20 schools, two in each county, with $500 grants for gear.",
        ("Lakeshore Wellness Alliance", "National Rowing League"),
        (),
        (500,),
    ),
    Case(
        "labelled_list_gives_to_the_name_after_each_dash",
        "Winners named\n\nThe Acme Fund awarded $500 grants to schools. The grant recipients are:\n\n"
        "* Ohio Owls - Dr. Lena Ruiz Academy, Akron, Ohio\n"
        "* Utah Hawks -Mary B. Hill School 12, Provo, Utah\n"
        "* Iowa Bears - PS 44 Ames, Ames, Iowa\n"
        "* Texas 76ers - Stone Middle School, Waco, Texas\n",
        ("Acme Fund",),
        ("Dr. Lena Ruiz Academy", "Mary B. Hill School", "Stone Middle School"),
        (500,),
    ),
    Case(
        "dashed_description_keeps_the_listed_name",
        "Gifts made\n\nThe Acme Fund donated $9,000 in 2024. The grant recipients are:\n\n"
        "* Cedar Youth Theatre – First of two yearly grants\n"
        "* Harbor House Shelter – A grant for beds\n",
        ("Acme Fund",),
        ("Cedar Youth Theatre", "Harbor House Shelter"),
        (9000,),
    ),
    Case(
        "headline_subject_launches_with_gift_from_donor",
        "Harbor YMCA Opens ‘Swim Fund’ with Donation from Acme Markets Charities\n\n"
        "The Harbor YMCA has opened a Swim Fund for local families. The fund pays for lessons.\n\n"
        "“We thank Acme Markets Charities,” said Jo Lee, chief executive of the Harbor YMCA.",
        ("Acme Markets Charities",),
        ("Harbor YMCA",),
        (),
    ),
    Case(
        "state_agency_awards_grants_a_governor_announces_sum_next",
        "Governor Announces Oven Grants\n\nCOLUMBUS, Ohio (May 1, 2025) - Governor Jane Roe today announced "
        "that the Ohio Department of Commerce has awarded fourteen family bakeries with grants to buy ovens. "
        "The $90,000 in funding comes through the Ohio BAKE program.",
        ("Ohio Department of Commerce",),
        (),
        (90000,),
    ),
    Case(
        "tool_integrated_with_is_no_recipient",
        "Acme gives\n\nAcme Coin donated $40,000 to the Hill Library. Members can donate to their own "
        "causes through an integration with GiveHub.",
        ("Acme Coin",),
        ("Hill Library",),
        (40000,),
    ),
    Case(
        "giver_together_with_a_partner",
        "Acme gives\n\nAcme Coin donated $40,000 together with Zenith Bank to the Hill Library.",
        ("Acme Coin",),
        ("Hill Library",),
        (40000,),
    ),
    Case(
        "listed_recipients_each_receive_from_a_giver",
        "Acme funds schools\n\nIn May, the Hill School, the Oak Academy, and Pine Elementary each received "
        "$1,000 grants from Acme Corp.",
        ("Acme Corp.",),
        ("Hill School", "Oak Academy", "Pine Elementary"),
        (1000,),
    ),
    Case(
        "announcer_of_what_listed_recipients_receive_gives",
        "Acme funds schools\n\nAcme Corp announced that Hill School, Oak Academy and Pine Elementary "
        "will each receive $1,000 grants for playground gear.",
        ("Acme Corp",),
        ("Hill School", "Oak Academy", "Pine Elementary"),
        (1000,),
    ),
    Case(
        "official_announcing_what_schools_receive_is_no_giver",
        "Schools funded\n\nGovernor Jane Roe today announced that Hill School and Oak Academy will each "
        "receive $1,000 grants.",
        (),
        ("Hill School", "Oak Academy"),
        (1000,),
    ),
    Case(
        "cumulative_total_after_an_adverb",
        "Acme grants open\n\nNow in its fifth year, the Acme Relief Fund has quietly awarded 9,000 shops "
        "over $80 million in cash and marketing grants.",
        ("Acme Relief Fund",),
        (),
        (80000000,),
    ),
    Case(
        "title_case_headline_raises_for",
        "Cedar Grill Raises $12,000 For Hill Food Bank\n\nOn Friday, Cedar Grill donated the money to "
        "the Hill Food Bank.",
        ("Cedar Grill",),
        ("Hill Food Bank",),
        (12000,),
    ),
    Case(
        "a_sum_still_hoped_for_is_no_gift",
        "Cedar Grill gives\n\nCedar Grill donated $12,000 to the Hill Food Bank and hopes to raise $30,000 "
        "more by June.",
        ("Cedar Grill",),
        ("Hill Food Bank",),
        (12000,),
    ),
    Case(
        "anonymous_sum_before_the_money",
        "Harbor Food Bank Opens Warehouse\n\nThe Harbor Food Bank opened its new warehouse on Monday. "
        "An anonymous $2 million gift covered the roof, with $300,000 left to raise.",
        (),
        ("Harbor Food Bank",),
        (2000000,),
    ),
    Case(
        "grant_offer_apply_for_up_to",
        "Reading grants open\n\nThe Pine Valley Foundation has donated $80,000 for reading grants to "
        "public libraries this year. "
        "Each library can apply for up to $3,000 to provide reading kits.",
        ("Pine Valley Foundation",),
        (),
        (80000, 3000),
    ),
    Case(
        "grant_offer_eligible_for_up_to",
        "Reading grants open\n\nThe Pine Valley Foundation has donated $80,000 for reading grants to "
        "public libraries this year. "
        "Rural libraries are eligible for up to $5,000 to support reading camps.",
        ("Pine Valley Foundation",),
        (),
        (80000, 5000),
    ),
    Case(
        "grant_offer_may_receive_as_much_as",
        "Reading grants open\n\nThe Pine Valley Foundation has donated $80,000 for reading grants to "
        "public libraries this year. "
        "Each library may also receive as much as $2,500 to provide laptops.",
        ("Pine Valley Foundation",),
        (),
        (80000, 2500),
    ),
    Case(
        "grant_offer_provides_grants_of_up_to",
        "Reading grants open\n\nThe Pine Valley Foundation has donated $80,000 for reading grants to "
        "public libraries this year. "
        "The programme provides small grants of up to $2,000 to support reading clubs.",
        ("Pine Valley Foundation",),
        (),
        (80000, 2000),
    ),
    Case(
        "what_the_stated_grants_include_far_from_the_gift",
        "Library news\n\nThe Pine Valley Foundation has donated $80,000 for reading grants to "
        "public libraries this year. The libraries will open in March. Staff will train in April. "
        "Readers will meet weekly. "
        "Ten rural grants include books for story hours and $600 to train volunteers.",
        ("Pine Valley Foundation",),
        (),
        (80000, 600),
    ),
    Case(
        "a_budget_including_a_sum_is_no_part_of_the_gift",
        "Library news\n\nThe Pine Valley Foundation has donated $80,000 for reading grants to "
        "public libraries this year. The libraries will open in March. Staff will train in April. "
        "Readers will meet weekly. "
        "The town budget includes $600 to repaint the library.",
        ("Pine Valley Foundation",),
        (),
        (80000,),
    ),
    Case(
        "a_capped_price_is_no_grant_offer",
        "Reading grants open\n\nThe Pine Valley Foundation has donated $80,000 for reading grants to "
        "public libraries this year. "
        "Libraries can provide tablets that cost up to $3,000 to patrons.",
        ("Pine Valley Foundation",),
        (),
        (80000,),
    ),
    Case(
        "an_offer_without_a_cap_stays_weak",
        "Reading grants open\n\nThe Pine Valley Foundation has donated $80,000 for reading grants to "
        "public libraries this year. "
        "Each library can apply for $3,000 to provide reading kits.",
        ("Pine Valley Foundation",),
        (),
        (80000,),
    ),
    Case(
        "a_recipient_named_in_curly_quotes",
        "Bank aids flood relief\n\nOrvik Bank has donated $50,000 to \u2018Delta Flood Relief "
        "Trust\u2019 to help families rebuild.",
        ("Orvik Bank",),
        ("Delta Flood Relief Trust",),
        (50000,),
    ),
    Case(
        "a_recipient_named_in_straight_double_quotes",
        'Bank aids flood relief\n\nOrvik Bank has donated $50,000 to "Delta Flood Relief Trust" '
        "to help families rebuild.",
        ("Orvik Bank",),
        ("Delta Flood Relief Trust",),
        (50000,),
    ),
    Case(
        "a_giver_with_an_appositive_between_spaced_hyphens",
        "Bank aids flood relief\n\nOrvik Bank - the largest co-operative lender in the state - "
        "has donated $50,000 to the Delta Relief Fund.",
        ("Orvik Bank",),
        ("Delta Relief Fund",),
        (50000,),
    ),
    Case(
        "a_giver_with_an_appositive_between_em_dashes",
        "Shelter gets help\n\nOrvik Bank \u2014 a family firm since 1920 \u2014 gave $5,000 to "
        "the Harbor Shelter.",
        ("Orvik Bank",),
        ("Harbor Shelter",),
        (5000,),
    ),
    Case(
        "a_dash_clause_that_names_the_receiver_first",
        "Shelter gets help\n\nThe Harbor Shelter - which houses forty families - received $5,000 "
        "from Orvik Bank.",
        ("Orvik Bank",),
        ("Harbor Shelter",),
        (5000,),
    ),
    Case(
        "a_receiver_named_before_a_relative_clause",
        "Orvik Bank awards $50,000 in grants\n\nOrvik Bank awarded $50,000 in grants to local "
        "groups this week. Among them is the Harbor Food Bank, which received $5,000 to buy a van.",
        ("Orvik Bank",),
        ("Harbor Food Bank",),
        (50000, 5000),
    ),
    Case(
        "two_receivers_before_a_passive_relative_clause",
        "Orvik Bank awards $50,000 in grants\n\nOrvik Bank awarded $50,000 in grants to local "
        "groups this week. Among them, the Harbor Food Bank and the Lake Shelter, which were "
        "granted $5,000 apiece, will buy vans.",
        ("Orvik Bank",),
        ("Harbor Food Bank", "Lake Shelter"),
        (50000, 5000),
    ),
    Case(
        "a_relative_clause_that_is_no_receiving",
        "Orvik Bank awards $50,000 in grants\n\nOrvik Bank awarded $50,000 in grants to the "
        "Harbor Food Bank this week. The money will go to Lake County, which was hit by floods.",
        ("Orvik Bank",),
        ("Harbor Food Bank",),
        (50000,),
    ),
    Case(
        "a_receiver_that_plans_to_use_a_gift",
        "Clinic plans new wing\n\nLakeside Clinic plans to use a $2 million gift from the Orvik "
        "Foundation to build a wing.",
        ("Orvik Foundation",),
        ("Lakeside Clinic",),
        (2000000,),
    ),
    Case(
        "a_giver_that_announced_described_grants_totaling_a_sum",
        "Museums get help\n\nThe Orvik Foundation has announced emergency relief grants totaling "
        "$2 million for small museums.",
        ("Orvik Foundation",),
        (),
        (2000000,),
    ),
    Case(
        "recipients_listed_with_semicolons_and_places_in_brackets",
        "Orvik Foundation awards $3 million to museums\n\nThe Orvik Foundation has awarded grants "
        "totaling $3 million to nine museums. The grant recipients are the Lark Museum (Salem, "
        "Oregon); the Print Gallery at the Vale Arts Center (Dover, Delaware); and Pine Museum of "
        "Art (Reno, Nevada).",
        ("Orvik Foundation",),
        ("Lark Museum", "Print Gallery", "Pine Museum of Art"),
        (3000000,),
    ),
    Case(
        "a_recipient_after_a_kind_of_charity",
        "Gift for mental health\n\nOrvik LLP is providing a $90,000 gift to national charity Harbor "
        "Minds, in support of its helpline.",
        ("Orvik LLP",),
        ("Harbor Minds",),
        (90000,),
    ),
    Case(
        "a_recipient_after_the_local_nonprofit",
        "Gift for mental health\n\nOrvik LLP donated $5,000 to the local nonprofit Harbor Minds.",
        ("Orvik LLP",),
        ("Harbor Minds",),
        (5000,),
    ),
    Case(
        "a_gift_that_aids_a_charity_in_its_own_granting",
        "Pet food maker gives\n\nOrvik PetCare has donated $25,000 to Harbor Rescue. The company's "
        "donation will aid Harbor Rescue in providing cash grants for vet care.",
        ("Orvik PetCare",),
        ("Harbor Rescue",),
        (25000,),
    ),
    Case(
        "a_grant_that_will_support_a_named_group",
        "Choir tours\n\nThe $5,000 grant from Orvik Bank will support Lake Youth Choir as it tours.",
        ("Orvik Bank",),
        ("Lake Youth Choir",),
        (5000,),
    ),
    Case(
        "a_giver_after_a_long_description_of_trade",
        "Clinic opens wing\n\nThe wing was made possible by a $4 million gift from retired hedge "
        "fund manager Lena Ostrova.",
        ("Lena Ostrova",),
        (),
        (4000000,),
    ),
    Case(
        "a_giver_after_a_joined_trade",
        "Clinic opens wing\n\nHarbor Clinic received a $4 million gift from oil and gas magnate "
        "Tom Reed.",
        ("Tom Reed",),
        ("Harbor Clinic",),
        (4000000,),
    ),
    Case(
        "a_quoted_song_after_to_is_no_recipient",
        "Gala night\n\nGuests danced to 'Summer Nights' after Orvik Bank donated $5,000 to the "
        "Harbor Shelter.",
        ("Orvik Bank",),
        ("Harbor Shelter",),
        (5000,),
    ),
    Case(
        "alma_mater_named_after_it",
        "Alumnus gives back\n\nTech founder Ravi Menon made a large donation to his alma mater, "
        "Vale Institute of Science. Menon gave $2 million for a new lab.",
        ("Ravi Menon",),
        ("Vale Institute of Science",),
        (2000000,),
    ),
    Case(
        "alma_mater_the_giver_is_an_alumnus_of",
        "New trend in giving\n\nAn alumnus of Larch State University has donated $1 million to his "
        "alma mater in company shares. The donor, Omar Reyes, studied there in 1990.",
        (),
        ("Larch State University",),
        (1000000,),
    ),
    Case(
        "alma_mater_the_school_the_sentence_opens_on",
        "Business school renamed\n\nPine Valley College is renaming its business school to honor a "
        "graduate who donated $5 million to her alma mater. The gift came from Dana Holt.",
        ("Dana Holt",),
        ("Pine Valley College",),
        (5000000,),
    ),
    Case(
        "a_firm_described_by_its_town_then_named",
        "Hospice thanks firm\n\nHarbor Hospice has received a £4,000 donation from Vale "
        "Green builders, Orvik. Staff ran a quiz night.",
        ("Orvik",),
        ("Harbor Hospice",),
        (4000,),
    ),
    Case(
        "subject_with_a_decimal_sum_gift_from",
        "New clinic\n\nHarbor Museum will open a clinic with a $2.7 million donation from the "
        "Orvik Foundation.",
        ("Orvik Foundation",),
        ("Harbor Museum",),
        (2700000,),
    ),
    Case(
        "subject_based_in_a_town_thanks_to_a_gift_from",
        "At-home care\n\nSalem, Ore.-based Harbor Health launched a care program thanks to a $1.5 "
        "million donation from the Vale Hospital Foundation.",
        ("Vale Hospital Foundation",),
        ("Harbor Health",),
        (1500000,),
    ),
    Case(
        "coordinated_receivers_got_a_sum_each",
        "Colleges share gift\n\nThe Orvik Foundation donated $20 million to eight colleges. Lee "
        "College, the Vale Institute and Oak University got $6 million each.",
        ("Orvik Foundation",),
        ("Lee College", "Vale Institute", "Oak University"),
        (20000000, 6000000),
    ),
    Case(
        "user_of_a_decimal_sum_grant_receives",
        "Nurses hired\n\nOrvik Bank donated funds this week. Harbor House will use the $2.5 million "
        "grant to hire nurses.",
        ("Orvik Bank",),
        ("Harbor House",),
        (2500000,),
    ),
    Case(
        "announcer_of_a_decimal_sum_grant_from_receives",
        "Hospital news\n\nVale Hospital announced a $1.5 million grant from the Orvik Foundation.",
        ("Orvik Foundation",),
        ("Vale Hospital",),
        (1500000,),
    ),
    Case(
        "welcomer_of_a_decimal_sum_contribution_receives",
        "Aid news\n\nThe Lakeside Relief Agency welcomes a US$12.5 million contribution from the "
        "Orvik Foundation.",
        ("Orvik Foundation",),
        ("Lakeside Relief Agency",),
        (12500000,),
    ),
    Case(
        "bequest_of_a_decimal_sum",
        "Library bequest\n\nAnn Roe, who died in 2009, left $1.5 million to the Vale Library.",
        ("Ann Roe",),
        ("Vale Library",),
        (1500000,),
    ),
    Case(
        "among_the_bodies_being_helped_are_a_list_with_shares",
        "Arts grants\n\nThe Orvik Arts Council has awarded £9 million in grants to 300 venues. "
        "Among theatres being helped are the Lee Playhouse in Dover (£96,000), Vale Opera "
        "(£61,000) and the Harbor Theatre in Exeter (£50,000).",
        ("Orvik Arts Council",),
        ("Lee Playhouse", "Vale Opera", "Harbor Theatre"),
        (9000000, 96000, 61000, 50000),
    ),
    Case(
        "a_storm_named_after_to_is_no_receiver",
        "Storm relief\n\nOrvik Corp. announced it is donating $1 million toward relief efforts in "
        "response to Hurricane Delia.",
        ("Orvik Corp.",),
        (),
        (1000000,),
    ),
    Case(
        "the_college_received_stands_for_the_college_named_before",
        "Hall named\n\nLee Valley College has named its new science hall. The college received a "
        "$25 million donation from Ann Roe.",
        ("Ann Roe",),
        ("Lee Valley College",),
        (25000000,),
    ),
    Case(
        "the_institution_received_stands_for_the_school_named_before",
        "Record gift\n\nCalling it the largest gift in its history, the president of Oak Ridge "
        "University said the institution received a $5 million donation from the Vale Family "
        "Foundation.",
        ("Vale Family Foundation",),
        ("Oak Ridge University",),
        (5000000,),
    ),
    Case(
        "other_beneficiaries_include_after_a_colon",
        "Golf gives to charities\n\nThe Vale Golf Foundation distributed $100,000 raised at its "
        "tournament to 12 charities on Tuesday.\n\nOther beneficiaries include: All Saints "
        "Preschool, Oak Self Help, Citizens Opposed to Domestic Abuse and the Harbor House.",
        ("Vale Golf Foundation",),
        (
            "All Saints Preschool",
            "Oak Self Help",
            "Citizens Opposed to Domestic Abuse",
            "Harbor House",
        ),
        (100000,),
    ),
    Case(
        "organizations_awarded_grants_include_after_a_colon",
        "Grants awarded\n\nThe Orvik Foundation awarded more than $450,000 in grants to 115 "
        "nonprofit organizations.\nOrganizations awarded grants include: Lee County Food Bank, "
        "First Vale Day School, Harbor Symphony Orchestra.",
        ("Orvik Foundation",),
        ("Lee County Food Bank", "First Vale Day School", "Harbor Symphony Orchestra"),
        (450000,),
    ),
    Case(
        "subject_used_its_event_to_donate",
        "Restaurant opening\n\nOrvik Grill used a one-night opening party at its newest "
        "restaurant in Lee Harbor, Fla., to donate $25,000 to the Vale Boys Club.",
        ("Orvik Grill",),
        ("Vale Boys Club",),
        (25000,),
    ),
    Case(
        "subject_after_a_date_used_a_grant_to_donate",
        "Lodge gives\n\nOn Oct. 5, Harbor Elks Lodge #1744 used a national foundation grant to "
        "donate $8,000 to the Lee County Food Bank.",
        ("Harbor Elks Lodge",),
        ("Lee County Food Bank",),
        (8000,),
    ),
    Case(
        "checks_presented_by_a_club_officer_to_a_list",
        "Parade of checks\n\nThe Vale Host Lions Club held its first Parade of Checks on Monday. "
        "Checks and certificates were presented by Ann Roe, club president, to Toys for Tots, "
        "Harbor House and the Lee Clinic.",
        ("Vale Host Lions Club",),
        ("Toys for Tots", "Harbor House", "Lee Clinic"),
        (),
    ),
    Case(
        "a_club_presented_checks_to_a_list",
        "Club gives\n\nThe Oak Rotary Club presented checks to Harbor House, Vale Food Bank and "
        "the Lee Clinic on Monday.",
        ("Oak Rotary Club",),
        ("Harbor House", "Vale Food Bank", "Lee Clinic"),
        (),
    ),
    Case(
        "subject_handing_out_a_sum_after_a_dash",
        "Trust gives out millions\n\nThe Vale Telethon Trust has emptied its bank account - "
        "handing out $6.8 million to grateful charities today.\n\nThe lucky organisations "
        "included the Harbor Hospital for Children, Youth Focus and the Lee Hearing Centre.",
        ("Vale Telethon Trust",),
        ("Harbor Hospital for Children", "Youth Focus", "Lee Hearing Centre"),
        (6800000,),
    ),
    Case(
        "user_of_its_million_dollar_share_receives",
        "Grants to charities\n\nThe Orvik Trust awarded $12 million in grants to 71 charities. "
        "Most grants are unrestricted, and Vale State University will use its $7 million share "
        "to improve water research.",
        ("Orvik Trust",),
        ("Vale State University",),
        (12000000, 7000000),
    ),
    Case(
        "receivers_between_semicolons_with_their_descriptions",
        "Prize money shared\n\nAnn Roe will donate $1 million to charities. Gifts of $125,000 "
        "will be awarded to Vale Summit, which partners with high schools; the Harbor "
        "Foundation, which funds scholarships; the Lee College Fund; and the Oak Scholarship Fund.",
        ("Ann Roe",),
        ("Vale Summit", "Harbor Foundation", "Lee College Fund", "Oak Scholarship Fund"),
        (1000000, 125000),
    ),
    Case(
        "receiver_named_after_its_description",
        "Bank gives\n\nOrvik Bank donated $5,000 to the local food bank, Harbor Pantry, on Monday.",
        ("Orvik Bank",),
        ("Harbor Pantry",),
        (5000,),
    ),
    Case(
        "a_speaker_after_a_described_receiver_is_no_receiver",
        "Bank gives\n\nOrvik Bank donated $5,000 to the Vale Hospital. The money went to the "
        "hospital, Ann Roe said on Monday.",
        ("Orvik Bank",),
        ("Vale Hospital",),
        (5000,),
    ),
    Case(
        "groups_which_received_funding_include",
        "Sports grants\n\nThe Vale Sports Council awarded €3 million to 64 clubs in the county. "
        "Other local groups which received funding include the Lee Boat Club, Oak Community "
        "Centre and Harbor Football Club.",
        ("Vale Sports Council",),
        ("Lee Boat Club", "Oak Community Centre", "Harbor Football Club"),
        (3000000,),
    ),
    Case(
        "donated_by_our_friends_at",
        "New lounge\n\nThe new teen lounge at Harbor Hospital was donated by our friends at Lee "
        "Markets.",
        ("Lee Markets",),
        (),
        (),
    ),
    Case(
        "possessive_commitment_to_a_receiver_that_will_fund",
        "College gift\n\nThe Orvik Foundation's $3 million commitment to Vale College will fund "
        "scholarships.",
        ("Orvik Foundation",),
        ("Vale College",),
        (3000000,),
    ),
    Case(
        "raised_a_sum_benefiting_receivers",
        "Club raises money\n\nThe Vale Rotary Club raised $20,000 benefiting the Lee Cancer Center.",
        ("Vale Rotary Club",),
        ("Lee Cancer Center",),
        (20000,),
    ),
    Case(
        "presenter_on_behalf_of_a_body",
        "Check presented\n\nAnn Roe presented a $10,000 check on behalf of the Orvik Foundation "
        "to the Harbor Food Bank.",
        ("Orvik Foundation",),
        ("Harbor Food Bank",),
        (10000,),
    ),
    Case(
        "receiver_announces_a_gift_from_a_described_giver",
        "University gift\n\nVale University has announced a $5 million gift from alumna Ann Roe.",
        ("Ann Roe",),
        ("Vale University",),
        (5000000,),
    ),
    Case(
        "a_fortune_from_building_a_firm_is_no_gift_received",
        "Leaders give\n\nAnn Roe, whose fortune came from building engineering firm Orvik Works, "
        "announced a $20 million donation to Vale University.",
        ("Ann Roe",),
        ("Vale University",),
        (20000000,),
    ),
    Case(
        "gift_from_longtime_supporters",
        "University gift\n\nVale University received a $5 million gift from longtime supporters "
        "Ann Roe and Tom Lee.",
        ("Ann Roe", "Tom Lee"),
        ("Vale University",),
        (5000000,),
    ),
    Case(
        "thanks_to_the_generosity_of_a_giver",
        "New shelter\n\nThanks to the generosity of the Orvik Foundation, Harbor House will open a "
        "new shelter this spring with a $300,000 grant.",
        ("Orvik Foundation",),
        ("Harbor House",),
        (300000,),
    ),
    Case(
        "committed_to_establish_a_centre_at_a_receiver",
        "New centre\n\nThe Roe Family Foundation has committed $5 million to establish the Roe "
        "Center at Vale University.",
        ("Roe Family Foundation",),
        ("Vale University",),
        (5000000,),
    ),
    Case(
        "a_playground_built_at_a_park_names_no_receiver",
        "New playground\n\nOrvik Bank donated $50,000 to build a new playground at Lee Park.",
        ("Orvik Bank",),
        (),
        (50000,),
    ),
    Case(
        "largest_in_the_schools_history_names_the_school",
        "Hall named\n\nLee Valley College has named its science hall for Ann Roe. Her $10 million "
        "gift is the largest single donation in the school’s 120-year history.",
        (),
        ("Lee Valley College",),
        (10000000,),
    ),
    Case(
        "largest_in_a_named_bodys_history",
        "Record gift\n\nThe gift from Ann Roe, a 1975 graduate, is the largest in Vale "
        "University history.",
        ("Ann Roe",),
        ("Vale University",),
        (),
    ),
    Case(
        "a_charitys_appeal_names_the_charity",
        "Appeal gift\n\nOrvik Group has contributed €1 million to the Irish Red Cross appeal.",
        ("Orvik Group",),
        ("Irish Red Cross",),
        (1000000,),
    ),
    Case(
        "a_body_announcing_a_persons_gift_receives_it",
        "Cancer center gift\n\nVale Hospital Foundation today announced that Ann Roe has made a $2 "
        "million gift to support the cancer center.",
        ("Ann Roe",),
        ("Vale Hospital Foundation",),
        (2000000,),
    ),
    Case(
        "a_governor_announcing_a_foundations_grant_is_no_receiver",
        "Grant news\n\nGovernor Ann Roe announced that the Orvik Foundation has awarded $2 "
        "million to Vale schools.",
        ("Orvik Foundation",),
        ("Vale schools",),
        (2000000,),
    ),
    Case(
        "a_national_banks_suffix_is_no_giver",
        "Bank gives\n\nOrvik Bank, N.A. today announced it has donated $250,000 to Feeding Lee.",
        ("Orvik Bank",),
        ("Feeding Lee",),
        (250000,),
    ),
    Case(
        "food_banks_including_named_ones",
        "Staff give\n\nOrvik Inc. and its employees donated more than $300,000 to local food "
        "banks, including the Vale Food Bank and Lee Pantry.",
        ("Orvik Inc.",),
        ("Vale Food Bank", "Lee Pantry"),
        (300000,),
    ),
    Case(
        "a_giving_arm_named_in_apposition_gives",
        "Relief gift\n\nOrvik Corp. announced today that its charitable arm, the Orvik Foundation, "
        "will donate $500,000 to the Vale Red Cross.",
        ("Orvik Foundation",),
        ("Vale Red Cross",),
        (500000,),
    ),
    Case(
        "match_gifts_to_a_charity_dollar_for_dollar",
        "Match offered\n\nOrvik Inc. will match employee donations to the Vale Red Cross dollar for "
        "dollar, up to $100,000.",
        ("Orvik Inc.",),
        ("Vale Red Cross",),
        (100000,),
    ),
    Case(
        "a_familys_possessive_gift",
        "Scholarships\n\nThe Roe family's $2 million gift to Vale University will create 20 "
        "scholarships.",
        ("Roe family",),
        ("Vale University",),
        (2000000,),
    ),
    Case(
        "a_chief_ministers_relief_fund_after_its_state",
        "Relief gift\n\nOrvik Foundation on Tuesday contributed Rs 10 crore towards the Vale Chief "
        "Minister's Relief Fund.",
        ("Orvik Foundation",),
        ("Vale Chief Minister's Relief Fund",),
        (100000000,),
    ),
    Case(
        "the_company_named_only_in_its_about_section",
        "Company Donates $50,000 to Harbor House\n\nThe company donated $50,000 to Harbor House on "
        'Monday. "We are proud to help," said chief executive Ann Roe.\n\nAbout Orvik Bank\n'
        "Orvik Bank is a regional bank serving Vale County.",
        ("Orvik Bank",),
        ("Harbor House",),
        (50000,),
    ),
    Case(
        "aid_channelled_through_agencies_goes_to_them",
        "Aid announced\n\nThe Vale Commission has announced €10 million in humanitarian aid, "
        "channelled through UNICEF and the Lee Food Programme.",
        ("Vale Commission",),
        ("UNICEF", "Lee Food Programme"),
        (10000000,),
    ),
    Case(
        "another_body_also_received_a_check",
        "Bank gives\n\nOrvik Bank gave $100,000 to the Lee Food Bank this week. Feeding Vale also "
        "received a check which they will use to fix a food truck.",
        ("Orvik Bank",),
        ("Lee Food Bank", "Feeding Vale"),
        (100000,),
    ),
    Case(
        "a_colon_list_item_opening_on_an_ordinal",
        "Technology grants\n\nOrvik Software donated $6 million in software to charities. Four "
        "non-profit organizations received the Orvik Technology Grants: Harbor House Charities; "
        "The Nature Trust; Second Harvest; and the Lee Housing Fund.",
        ("Orvik Software",),
        ("Harbor House Charities", "Nature Trust", "Second Harvest", "Lee Housing Fund"),
        (6000000,),
    ),
    Case(
        "among_a_listed_kind_of_bodies_to_receive",
        "Match funding\n\nThe Vale Aid Trust and the Lee Emergencies Fund are among 19 "
        "philanthropists, funders and foundations to receive a share of £85m from the Orvik "
        "Foundation.",
        ("Orvik Foundation",),
        ("Vale Aid Trust", "Lee Emergencies Fund"),
        (85000000,),
    ),
    Case(
        "a_note_in_brackets_between_two_receivers",
        "Hospital gift\n\nAnn Roe donated $1 million to support the needs at Vale River Hospital "
        "(both of its sites) and Lee General Hospital.",
        ("Ann Roe",),
        ("Vale River Hospital", "Lee General Hospital"),
        (1000000,),
    ),
    Case(
        "the_company_made_its_largest_commitment",
        "Orvik Bank gives to Vale Hospital\n\nOrvik Bank has supported the Vale Hospital for years. "
        "In 2015 the company made its largest commitment ever, designating $5 million to the Vale "
        "Hospital cancer center.",
        ("Orvik Bank",),
        ("Vale Hospital",),
        (5000000,),
    ),
    Case(
        "plural_acronyms_are_no_receivers",
        "Grants\n\nOrvik Bank awarded $100,000 to the Harbor Youth Society, which will use its "
        "grant to help students get ready for the SATs and ACTs.",
        ("Orvik Bank",),
        ("Harbor Youth Society",),
        (100000,),
    ),
    Case(
        "a_donation_of_a_sum_with_a_comma_will_help",
        "Beds bought\n\nThe Orvik Bank donation of $5,000 will help Harbor House buy beds.",
        ("Orvik Bank",),
        ("Harbor House",),
        (5000,),
    ),
    Case(
        "thanked_for_a_gift",
        "Shelter thanks bank\n\nHarbor House thanked Orvik Bank for a $5,000 gift.",
        ("Orvik Bank",),
        ("Harbor House",),
        (5000,),
    ),
    Case(
        "receiver_named_only_in_the_givers_appositive",
        "Bank gives\n\nOrvik Bank, a longtime supporter of Harbor House, donated $5,000 to the "
        "shelter on Monday.",
        ("Orvik Bank",),
        ("Harbor House",),
        (5000,),
    ),
    Case(
        "degrees_after_a_giver_are_no_givers",
        "Estate gift\n\nHarbor Health received a $3 million donation from the estate of Maria Lind, "
        "MD, PhD, to fund research.",
        ("Maria Lind",),
        ("Harbor Health",),
        (3000000,),
    ),
    Case(
        "receivers_listed_after_a_colon_with_their_towns",
        "Bank gives laptops\n\nLee Bank announced that it donated 30 laptops to local schools. The "
        "three schools in Vale County that will receive ten laptops each are: Lee High School "
        "(Salem), Oak Elementary (Dover), and Pine Middle School (Avon).",
        ("Lee Bank",),
        ("Lee High School", "Oak Elementary", "Pine Middle School"),
        (),
    ),
    Case(
        "cheques_presented_each_with_its_sum",
        "Lodge gives to seminary\n\nThe Pine Ridge Lodge donated $10,000 to the Valley Seminary "
        "Fund on Sunday. The first check presented totaled $4,250.50 and will pay for books. The "
        "second check, for $5,749.50, came from a spring raffle.",
        ("Pine Ridge Lodge",),
        ("Valley Seminary Fund",),
        (10000, 4250.50, 5749.50),
    ),
    Case(
        "goods_donated_at_their_stated_worth",
        "Clinics get equipment\n\nOrvik Telecom has donated ventilators worth $120,000 to the "
        "Harbor District Hospital. It also gave tablets worth about $15,000 to the Harbor Library.",
        ("Orvik Telecom",),
        ("Harbor District Hospital", "Harbor Library"),
        (120000, 15000),
    ),
    Case(
        "a_giving_day_total_raised_since_its_start",
        "Giving day record\n\nDonors gave $2 million to the Harbor Community Fund during "
        "Tuesday's giving day, bringing the total raised since the first giving day to nearly "
        "$19 million.",
        (),
        ("Harbor Community Fund",),
        (2000000, 19000000),
    ),
    Case(
        "receivers_listed_with_their_shares_and_no_giver_named",
        "Over £40 million in grants for 300 venues\n\nThe first venues to be awarded a grant "
        "from the recovery fund were named on Monday. Among the venues receiving grants are Vale "
        "Players (£240,000), Orvik Rep (£85,000), Larch Opera (£120,000) and Harbor Ballet "
        "(£60,000).",
        (),
        ("Vale Players", "Orvik Rep", "Larch Opera", "Harbor Ballet"),
        (40000000, 240000, 85000, 120000, 60000),
    ),
    Case(
        "a_giver_far_from_its_sum_past_a_long_list_of_receivers",
        "Agency awards grants\n\nOrvik Corps, the national volunteer agency, awarded state "
        "commissions and 120 nonprofit, faith and community-based groups more than $80 million in "
        "federal funding. Grants totaling more than $60 million will support 9,000 members.",
        ("Orvik Corps",),
        (),
        (80000000, 60000000),
    ),
    Case(
        "grant_requests_totaling_a_sum_are_not_given",
        "Agency awards grants\n\nOrvik Corps awarded $80 million to 120 community groups. "
        "Grant requests totaling more than $300 million were received.",
        ("Orvik Corps",),
        (),
        (80000000,),
    ),
    Case(
        "receivers_that_got_a_share_each",
        "Anonymous gift for five colleges\n\nAn anonymous donor has given $20 million to five "
        "colleges. Vale College and Larch College got $6 million each, and three smaller colleges "
        "shared the rest.",
        ("anonymous donor",),
        ("Vale College", "Larch College"),
        (20000000, 6000000),
    ),
    Case(
        "a_loan_a_receiver_got_is_no_share",
        "Anonymous gift for five colleges\n\nAn anonymous donor has given $20 million to five "
        "colleges. Vale College got $6 million in new state loans last year.",
        ("anonymous donor",),
        (),
        (20000000,),
    ),
    Case(
        "a_sum_handed_to_a_charity_unnamed",
        "Charity of the year named\n\nThe Orvik Foundation has donated $2,000 to the Harbor Food "
        "Bank. The foundation has also handed a £50,000 cash boost to a youth mental health charity.",
        ("Orvik Foundation",),
        ("Harbor Food Bank",),
        (2000, 50000),
    ),
    Case(
        "a_giver_called_by_its_kind_after_its_name",
        "Foundation marks ten years\n\nThe Orvik Foundation was founded in 2011 to fund "
        "children's research. Since its founding, the foundation has awarded more than $60 million "
        "in grants to Harbor Hospital.",
        ("Orvik Foundation",),
        ("Harbor Hospital",),
        (60000000,),
    ),
    Case(
        "a_lodge_called_by_its_kind_gives",
        "Lodge gives to shelter\n\nMembers of the Vale Elks Lodge met on Monday at the hall. The "
        "lodge has donated $2,500 to the Harbor Shelter for winter beds.",
        ("Vale Elks Lodge",),
        ("Harbor Shelter",),
        (2500,),
    ),
    Case(
        "a_kind_that_receives_is_no_giver",
        "Foundation news\n\nThe Orvik Foundation was founded in 2011. The foundation received "
        "$60,000 from the Vale Trust.",
        ("Vale Trust",),
        (),
        (60000,),
    ),
    Case(
        "a_department_releasing_more_than_a_sum",
        "Health centers get aid\n\nSen. Ann Roe announced that the U.S. Department of Health and "
        "Human Services will be releasing more than $3.2 million to help Ohio community health "
        "centers.",
        ("U.S. Department of Health and Human Services",),
        (),
        (3200000,),
    ),
    Case(
        "a_giver_after_its_trade_from_local_manufacturer",
        "Door makers raise £5,800 for hospice\n\nVale Hospice Care has recently received a £5,800 "
        "donation from local manufacturer Orvik Doors.",
        ("Orvik Doors",),
        ("Vale Hospice Care",),
        (5800,),
    ),
    Case(
        "has_given_a_body_a_sum",
        "Hospital gift\n\nJane Roe has given the Vale Children's Hospital $25 million for its "
        "research wing.",
        ("Jane Roe",),
        ("Vale Children's Hospital",),
        (25000000,),
    ),
    Case(
        "received_misspelt",
        "Lottery grants\n\nThe Vale Lottery Fund awarded £2m to 80 projects. Lee Garden Trust "
        "recieved the largest grant, £90,000.",
        ("Vale Lottery Fund",),
        ("Lee Garden Trust",),
        (2000000, 90000),
    ),
    Case(
        "what_a_receiver_needs_to_raise_is_no_gift",
        "Gift for hospice\n\nA supporter has donated £400,000 to Vale Hospice. The hospice needs to "
        "raise over £5m each year to keep its doors open.",
        (),
        ("Vale Hospice",),
        (400000,),
    ),
    Case(
        "the_donors_home_town_is_no_giver",
        "Gift for hospice\n\nAn anonymous donor has given £90,000 to Vale Hospice. The donor, from "
        "Leyton, asked that the gift fund night nurses.",
        ("anonymous donor",),
        ("Vale Hospice",),
        (90000,),
    ),
    Case(
        "a_mystery_donor_is_the_giver_as_called",
        "Legacy for hospice\n\nStaff were delighted after a mystery donor gave £900,000 to Vale "
        "Hospice.",
        ("mystery donor",),
        ("Vale Hospice",),
        (900000,),
    ),
    Case(
        "receivers_that_share_a_grant",
        "Colleges share grant\n\nVale College, Lee University, and Ash Tech will share a $900,000 "
        "grant from the Orvik Foundation.",
        ("Orvik Foundation",),
        ("Vale College", "Lee University", "Ash Tech"),
        (900000,),
    ),
    Case(
        "receivers_that_split_a_sum",
        "Schools split gift\n\nVale High School and Lee Academy split $40,000 from the Orvik Trust.",
        ("Orvik Trust",),
        ("Vale High School", "Lee Academy"),
        (40000,),
    ),
    Case(
        "sharing_news_is_no_receiving",
        "Bank gives\n\nLee Bank donated $5,000 to Vale House on Monday, said the Ash Club, which "
        "will share photos of the event.",
        ("Lee Bank",),
        ("Vale House",),
        (5000,),
    ),
    Case(
        "a_count_of_bodies_is_a_group",
        "Agency funds housing\n\nThe Vale Housing Agency awarded $9 million to housing bodies. In "
        "Ohio, 338 Housing Authorities shared $2,450,000.",
        ("Vale Housing Agency",),
        (),
        (9000000, 2450000),
    ),
    Case(
        "business_wire_dateline_glued_to_the_giver",
        "Bank gives\n\nCHICAGO--(BUSINESS WIRE)--Orvik Bank today announced it has donated "
        "$250,000 to Feeding Lee.",
        ("Orvik Bank",),
        ("Feeding Lee",),
        (250000,),
    ),
    Case(
        "a_giver_after_a_leading_trade",
        "Bakers give to shelter\n\nThe Lee Shelter has received a $4,000 donation from leading "
        "bakery Orvik Breads.",
        ("Orvik Breads",),
        ("Lee Shelter",),
        (4000,),
    ),
    Case(
        "a_giver_after_its_trade_and_a_comma",
        "Door makers raise £5,800 for hospice\n\nVale Hospice Care has recently received a £5,800 "
        "donation from door manufacturers, Orvik.",
        ("Orvik",),
        ("Vale Hospice Care",),
        (5800,),
    ),
    Case(
        "a_giver_after_its_home_town_and_trade",
        "Door makers raise £5,800 for hospice\n\nVale Hospice Care has recently received a £5,800 "
        "donation from Hemel Hempstead manufacturers, Orvik.",
        ("Orvik",),
        ("Vale Hospice Care",),
        (5800,),
    ),
    Case(
        "a_trust_handing_out_a_sum",
        "Orvik Trust hands out $2.4m to charities\n\nThe Orvik Trust has closed its books for the "
        "year, handing out $2.4 million to the Harbor Hospital and other causes.",
        ("Orvik Trust",),
        ("Harbor Hospital",),
        (2400000,),
    ),
    Case(
        "a_giver_in_conjunction_with_another_both_give",
        "Exchange fund grows\n\nThe Orvik Foundation, in conjunction with Vale Bank, has donated "
        "$3.65 million to the exchange programme.",
        ("Orvik Foundation", "Vale Bank"),
        (),
        (3650000,),
    ),
    Case(
        "a_giver_who_made_the_million_dollar_donation",
        "College gets stock gift\n\nAn alumnus has donated $1 million to Vale College in company "
        "stock. Alumnus Ann Roe made the million dollar donation last November.",
        ("Ann Roe",),
        ("Vale College",),
        (1000000,),
    ),
    Case(
        "a_plan_to_raise_and_an_endowment_held_are_not_given",
        "College gets gift\n\nOrvik Corp has given $2 million to Vale College. The college is "
        "planning to raise $50 million by 2030. With an endowment of about $900 million, the "
        "college donated $5,000 to the Harbor Food Bank.",
        ("Orvik Corp",),
        ("Vale College", "Harbor Food Bank"),
        (2000000, 5000),
    ),
    Case(
        "a_fortune_a_sale_price_and_a_campaign_goal_are_not_given",
        "Hospital gets gift\n\nAnn Roe, whose fortune of more than $700 million came from "
        "shipping, has given $20 million to Vale Hospital. Her husband sold his printing company "
        "for $98 million in 2006. The hospital's campaign to raise $70 million continues.",
        ("Ann Roe",),
        ("Vale Hospital",),
        (20000000,),
    ),
    Case(
        "a_ticket_price_beside_a_donation_is_not_given",
        "Hospital gets gift\n\nThe Orvik Foundation sold tickets for $50 and donated $20,000 to "
        "Vale Hospital.",
        (),
        ("Vale Hospital",),
        (20000,),
    ),
    Case(
        "organisations_awarded_grants_listed_after_a_colon",
        "Orvik Foundation awards grants\n\nThe Orvik Foundation awarded more than $450,000 in "
        "grants to 115 nonprofit organizations. Organizations awarded grants include: American "
        "Red Cross, Harbor Food Bank, Vale Arts Council, Girl Scouts of Leeds.",
        ("Orvik Foundation",),
        ("American Red Cross", "Harbor Food Bank", "Vale Arts Council", "Girl Scouts of Leeds"),
        (450000,),
    ),
    Case(
        "past_grants_that_include_support_name_no_receiver",
        "Orvik Foundation awards grants\n\nThe Orvik Foundation awarded $450,000 in grants. Past "
        "grants include support for Harbor Food Bank.",
        ("Orvik Foundation",),
        (),
        (450000,),
    ),
    Case(
        "a_gift_in_conjunction_with_an_event_keeps_its_receiver",
        "Exchange fund grows\n\nThe Orvik Foundation has donated $3.65 million to the Harbor "
        "Exchange in conjunction with its spring gala.",
        ("Orvik Foundation",),
        ("Harbor Exchange",),
        (3650000,),
    ),
]

CORPORATE = [
    Case(
        "made_a_donation",
        "Bank gives to zoo\n\nHarbor Bank made a $25,000 donation to the Riverside Zoo on Tuesday. "
        "Harbor Bank has supported the zoo since 2010.",
        ("Harbor Bank",),
        ("Riverside Zoo",),
        (25000,),
    ),
    Case(
        "recipient_of_a_grant_from",
        "Clinic grant\n\nThe Lakeside Clinic was the recipient of a $40,000 grant from the Morgan Family "
        "Foundation.",
        ("Morgan Family Foundation",),
        ("Lakeside Clinic",),
        (40000,),
    ),
    Case(
        "scholarship_fund_at",
        "New scholarship\n\nThe Patel Family Foundation established the $2 million Patel Scholarship Fund at "
        "Westbrook University.",
        ("Patel Family Foundation",),
        ("Westbrook University",),
        (2000000,),
    ),
    Case(
        "match_up_to",
        "Match for meals\n\nThe Redwood Foundation will match every dollar donated to Meals on Wheels up to "
        "$50,000.",
        ("Redwood Foundation",),
        ("Meals on Wheels",),
        (50000,),
    ),
    Case(
        "gift_from_described_people",
        "Museum wing funded\n\nThe Harbor Museum will build a new wing with a $3 million gift from longtime "
        "Harbor Museum trustees and philanthropists Maria Castillo and John Castillo.",
        ("Maria Castillo", "John Castillo"),
        ("Harbor Museum",),
        (3000000,),
    ),
    Case(
        "list_with_shares_in_parentheses",
        "Grants list\n\nThe Dunmore Foundation awarded grants to the following organizations: Habitat for "
        "Humanity ($10,000), Boys & Girls Club of Tampa ($7,500) and the Tampa Food Pantry ($5,000).",
        ("Dunmore Foundation",),
        ("Habitat for Humanity", "Boys & Girls Club of Tampa", "Tampa Food Pantry"),
        (10000, 7500, 5000),
    ),
]

ARCHIVE = [
    Case(
        "all_caps_release",
        "THE JONES FOUNDATION AWARDS $50,000 TO LOCAL FOOD PANTRY\n\nTHE JONES FOUNDATION HAS AWARDED A "
        "$50,000 GRANT TO THE EASTSIDE FOOD PANTRY TO PURCHASE A NEW REFRIGERATED TRUCK.",
        ("JONES FOUNDATION",),
        ("EASTSIDE FOOD PANTRY",),
        (50000,),
    ),
    Case(
        "headline_after_release_line",
        "FOR IMMEDIATE RELEASE\n\nKELLERMAN TRUST GIVES $1.5 MILLION TO MERCY VALLEY HOSPITAL\n\n"
        "DAYTON, Ohio, Oct. 3, 1987 -- The Kellerman Charitable Trust has given $1.5 million to Mercy "
        "Valley Hospital for a new cardiac unit.",
        ("Kellerman Charitable Trust",),
        ("Mercy Valley Hospital",),
        (1500000,),
    ),
    Case(
        "in_kind_from_collector",
        "Museum gift\n\nThe Harbor Art Museum received a donation of 200 paintings valued at $3 million "
        "from collector Maria Lopez.",
        ("Maria Lopez",),
        ("Harbor Art Museum",),
        (3000000,),
    ),
]

GOVERNMENT = [
    Case(
        "canada_investing_in",
        "Canada funds youth housing\n\nHALIFAX, NS, June 4, 2024 - The Government of Canada is investing "
        "$3.2 million in the Harbourview Youth Housing Society to build 24 affordable units, the "
        "Honourable Jane Roe announced today.",
        ("Government of Canada",),
        ("Harbourview Youth Housing Society",),
        (3200000,),
    ),
    Case(
        "australia_providing_to",
        "Bushfire recovery funded\n\nHOBART, 3 March 2024 - The Australian Government is providing $12.5 "
        "million to the Tasmanian Bushfire Recovery Fund to help communities rebuild.",
        ("Australian Government",),
        ("Tasmanian Bushfire Recovery Fund",),
        (12500000,),
    ),
    Case(
        "uk_department_boost",
        "£2m boost for rural buses\n\nLONDON, 12 April 2024 - The Harrow Valley Bus Trust will receive a "
        "£2 million boost from the Department for Transport, Roads Minister John Doe announced today.",
        ("Department for Transport",),
        ("Harrow Valley Bus Trust",),
        (2000000,),
    ),
    Case(
        "us_agency_program",
        "Levee upgrade funded\n\nThe City of Springfield has been awarded $1.8 million through the Federal "
        "Emergency Management Agency's resilience program to upgrade its levee.",
        ("Federal Emergency Management Agency",),
        ("City of Springfield",),
        (1800000,),
    ),
]

GOVERNMENT += [
    Case(
        "lottery_funding_awarded_to",
        "Cranes restored\n\nLONDON, 2 May 2024 - £1.2 million of National Lottery funding has been awarded "
        "to the Bristol Harbour Trust to restore its historic cranes.",
        ("National Lottery",),
        ("Bristol Harbour Trust",),
        (1200000,),
    ),
    Case(
        "humanitarian_aid_allocated",
        "Aid for Sudan\n\nBRUSSELS, 5 March 2024 - The European Commission has allocated €25 million in "
        "humanitarian aid to UNICEF.",
        ("European Commission",),
        ("UNICEF",),
        (25000000,),
    ),
    Case(
        "mou_to_donate_crore",
        "Research block funded\n\nMUMBAI, India, 3 Feb 2024 - Infosys Foundation has signed an MoU to donate Rs 50 crore "
        "to the Indian Institute of Science for a new research block.",
        ("Infosys Foundation",),
        ("Indian Institute of Science",),
        (500000000,),
    ),
]

NEGATIVE = [
    Case(
        "thanked_for_a_year_of_service_is_no_gift",
        "Volunteers honoured\n\nHarbor House thanked Orvik Bank for a great year of service.",
    ),
    Case(
        "a_clinic_that_received_a_check_up_is_no_receiver",
        "Inspection\n\nVale Clinic received a check-up from state inspectors this week.",
    ),
    Case(
        "a_familys_gift_shop_is_no_gift",
        "Shop opens\n\nThe Roe family's gift shop on Main Street reopened on Monday after repairs.",
    ),
    Case(
        "a_funding_round_that_benefits_research_is_no_gift",
        "Funding round\n\nOrvik Labs raised $20 million in its Series B round, which benefits its "
        "research.",
    ),
    Case(
        "a_check_presented_as_proof_of_address_is_no_gift",
        "New accounts\n\nOrvik Bank said checks are presented for payment within two days at its "
        "Vale branch.",
    ),
    Case(
        "a_firm_that_used_a_loan_to_buy_gives_nothing",
        "Expansion\n\nOrvik Grill used a $2 million bank loan to buy a second restaurant in Lee "
        "Harbor.",
    ),
    Case(
        "dividends_distributed_to_shareholders_are_no_gift",
        "Quarter news\n\nOrvik Corp distributed $2 million in dividends to its shareholders in the "
        "third quarter. The firm expects growth.",
    ),
    Case(
        "a_fund_distributing_to_its_investors_gives_nothing",
        "Fund closes\n\nThe fund distributed $40 million to investors after selling its stake in "
        "Lee Labs.",
    ),
    Case(
        "among_the_guests_are_no_receivers",
        "Gala night\n\nThe Vale Arts Club held its spring dinner on Friday. Among the guests "
        "were Ann Roe of Lee Bank (a longtime member) and Tom Reed.",
    ),
    Case(
        "a_firm_that_got_revenue_gives_nothing",
        "Quarter results\n\nOrvik Labs got $6 million in revenue from its cloud unit in the "
        "third quarter, up from $4 million.",
    ),
    Case(
        "announced_grant_winners_without_a_sum_give_nothing",
        "Museums get help\n\nThe Orvik Foundation announced new grant winners on Monday.",
    ),
    Case(
        "funding_that_includes_a_sum_without_a_gift",
        "Budget news\n\nThe council met on Monday. The new funding includes $2 million to repave roads.",
    ),
    Case(
        "a_rebate_offer_without_a_giver",
        "Solar rebates\n\nThe state energy office said homeowners can receive up to $2,000 in "
        "rebates to provide solar panels for their homes.",
    ),
    Case(
        "the_sum_in_funding_with_no_gift_before",
        "Budget news\n\nThe city council met on Tuesday to review roads. "
        "The $90,000 in funding comes from parking fees.",
    ),
    Case(
        "offer_far_from_a_sum_across_asides",
        "Club news\n\nThe Lakeshore Rowing Club offers lessons, open to all ages, in the spring, and "
        "its boathouse, built in 1990, was sold last year for $2 million to a developer.",
    ),
    Case(
        "dashed_prices_without_a_list_intro",
        "Spring menu\n\nOur spring menu is here.  Cedar Plank Salmon - $20 Served with greens.  "
        "Harbor Chowder - $12 A local favourite.",
    ),
    Case(
        "anonymous_gift_to_a_person_opening_the_release",
        "Mayor Opens Warehouse\n\nMayor Jane Okafor opened the warehouse, built with a $5 million "
        "anonymous donation.",
    ),
    Case(
        "earnings",
        "Quillon Reports Third Quarter Results\n\n"
        "Quillon Inc. reported revenue of $45 million for the quarter and net income of $3 million. "
        "The company remains committed to growth.",
    ),
    Case(
        "product_launch",
        "Acme Launches the Nimbus Router\n\n"
        "Acme today launched the Nimbus router, priced at $199, with support for the latest "
        "wireless standard.",
    ),
    Case(
        "person_named_grant",
        "Vexa Corp Names Grant Holloway Chief Financial Officer\n\n"
        "Vexa Corp named Grant Holloway its chief financial officer. Grant Holloway previously "
        "managed $2 billion in assets at Redwood Capital.",
    ),
    Case(
        "jury_awarded_damages",
        "Jury Rules Against Stellar Motors\n\n"
        "A jury awarded $12 million in damages to the plaintiff in the suit against Stellar "
        "Motors on Thursday.",
    ),
    Case(
        "supplier_commitment",
        "Brightline Retail Expands Supplier Program\n\n"
        "Brightline Retail announced a commitment to spend $500 million with diverse suppliers "
        "by 2030.",
    ),
    Case(
        "gift_card_promotion",
        "Pantry Plus Holiday Offer\n\n"
        "Customers who spend $100 at Pantry Plus receive a $20 gift card for their next visit.",
    ),
    Case(
        "investment_round",
        "Zenlytics Raises $15 Million Series A\n\n"
        "Zenlytics raised $15 million in a Series A round led by Northstar Ventures to grow its "
        "sales team.",
    ),
    Case(
        "award_without_money",
        "Dr. Maya Chen Receives Lifetime Achievement Award\n\n"
        "Dr. Maya Chen received the Lifetime Achievement Award from the Society of Surgeons for "
        "her work in trauma care.",
    ),
    Case(
        "company_invests",
        "NovaBio Closes Financing\n\nNovaBio received a $20 million investment from Horizon Ventures to "
        "advance its lead drug candidate.",
    ),
    Case(
        "defence_contract",
        "Apex Dynamics Wins Radar Work\n\nThe Department of Defense awarded Apex Dynamics a $45 million "
        "contract to supply radar systems.",
    ),
    Case(
        "loan",
        "Bakery Expands\n\nThe Small Business Administration approved a $2 million loan to Riverside Bakery "
        "to expand production.",
    ),
    Case(
        "two_receivers_listed_with_shares_and_no_giver_are_too_few",
        "Over £40 million in grants for 300 venues\n\nThe first venues to be awarded a grant "
        "from the recovery fund were named on Monday. Among the venues receiving grants are Vale "
        "Players (£240,000) and Larch Opera (£85,000).",
    ),
    Case(
        "a_kind_with_no_name_before_it_gives_nothing",
        "Foundation news\n\nHarbor Shelter opened its doors in 1990. The foundation has provided "
        "$60,000 to local shelters.",
    ),
    Case(
        "releasing_over_a_count_of_things_is_no_gift",
        "Report out\n\nThe Harbor Institute is releasing over 300 pages of findings on the $4 billion "
        "grant system.",
    ),
    Case(
        "a_hands_on_workshop_with_a_price_is_no_gift",
        "Workshop\n\nThe Orvik Trust runs a hands-on workshop for $40 a seat at the Harbor Hospital.",
    ),
    Case(
        "goods_sold_at_their_worth_are_no_gift",
        "Supplier\n\nOrvik Telecom sold ventilators worth $120,000 to the Harbor District Hospital.",
    ),
    Case(
        "a_contract_given_at_its_worth_is_no_gift",
        "Deal signed\n\nOrvik Telecom was given a contract worth $2 million by the Harbor District.",
    ),
    Case(
        "gift_only_in_boilerplate",
        "Orbital Tech Opens New Office in Denver\n\n"
        "Orbital Tech opened a new office in Denver this week to serve clients in the region.\n\n"
        "About Orbital Tech\n\nOrbital Tech has donated $5 million to local schools since 1998.",
    ),
]


@pytest.mark.parametrize(
    "case", POSITIVE + MORE_POSITIVE + CORPORATE + ARCHIVE + GOVERNMENT, ids=lambda c: c.id
)
def test_gift_roles_and_amounts(case: Case) -> None:
    """Each construction names its donors, recipients and gift amounts."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)


@pytest.mark.parametrize("case", NEGATIVE, ids=lambda c: c.id)
def test_no_gift_no_facts(case: Case) -> None:
    """A release that announces no gift gives no donors, recipients or amounts."""
    frame = frame_of(case.text)

    got = (frame.donors, frame.recipients, frame.amounts)

    assert got == ((), (), ())


@pytest.mark.parametrize(
    "case", POSITIVE + MORE_POSITIVE + ARCHIVE + GOVERNMENT + NEGATIVE, ids=lambda c: c.id
)
def test_spans_point_into_the_text(case: Case) -> None:
    """Every donor, recipient, amount and gift record spans exactly its text."""
    frame = frame_of(case.text)
    facts = [*frame.donors, *frame.recipients, *frame.amounts, *frame.gifts]

    bad = [f for f in facts if case.text[f.start : f.end] != f.text]

    assert bad == []


def test_split_gift_records() -> None:
    """A split gift gives one record per part, with its recipient, and the total with none."""
    case = next(c for c in POSITIVE if c.id == "split_gift")
    frame = frame_of(case.text)

    got = {(g.donor, g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert got == {
        ("Halvorsen Trust", "Eastfield University", 2000000.0),
        ("Halvorsen Trust", "Westbrook College", 1000000.0),
        ("Halvorsen Trust", None, 3000000.0),
    }


@pytest.mark.parametrize(
    ("sum_phrase", "each"),
    [
        ("$500 grants", True),
        ("$500 travel scholarships", True),
        ("$500 in grants", False),
    ],
)
def test_a_sum_of_plural_gifts_goes_to_every_listed_recipient(sum_phrase: str, each: bool) -> None:
    """'$500 grants' is the size of each gift, so every listed recipient gets it; '$500 in grants' is a total."""
    text = (
        "Schools win grants\n\nThe Lakeshore Fund is awarding three schools with "
        f"{sum_phrase} for gym gear. The grant recipients are:\n\n"
        "* Hill School, Akron, Ohio\n* Oak Academy, Provo, Utah\n* Pine Elementary, Waco, Texas\n"
    )
    frame = frame_of(text)

    got = {(g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    listed = {"Hill School", "Oak Academy", "Pine Elementary"}
    assert ({(r, 500.0) for r in listed} <= got) is each


def test_a_giver_alone_gets_one_record() -> None:
    """A gift naming only its giver, with no sum or recipient, is one record with the giver alone."""
    text = (
        "Schools get support\n\nThe Lakeshore Heart Society is awarding financial grants to nearly "
        "60 schools this fall. The grants will buy fitness gear."
    )
    frame = frame_of(text)

    got = [(g.donor, g.recipient, g.amount) for g in frame.gifts]

    assert got == [("Lakeshore Heart Society", None, None)]


def test_gift_record_spans_the_sentence() -> None:
    """A gift record spans the whole sentence that states the gift."""
    text = (
        "Acme gives to Food Bank\n\nAcme Inc. donated $5,000 to the City Food Bank. It was sunny."
    )
    frame = frame_of(text)

    got = [g.text for g in frame.gifts]

    assert got == ["Acme Inc. donated $5,000 to the City Food Bank."]


@pytest.mark.parametrize(
    ("headline", "body_sum"),
    [
        ("$12.5M Grant Set for Clinics", "$12.5 million"),
        ("Orchard Trust Gives $40K to Riverside Library", "$40,000"),
    ],
)
def test_body_wording_of_a_headline_sum_is_the_amount(headline: str, body_sum: str) -> None:
    """A sum the headline abbreviates is reported in the body's wording."""
    text = f"{headline}\n\nThe Orchard Trust donated {body_sum} to the Riverside Library this week."
    frame = frame_of(text)

    got = [a.text for a in frame.amounts]

    assert got == [body_sum]


def test_government_currency_follows_the_dateline() -> None:
    """A bare dollar sign in an Australian release is Australian dollars."""
    case = next(c for c in POSITIVE if c.id == "government_grant_minister_announces")
    frame = frame_of(case.text)

    got = [a.currency for a in frame.amounts]

    assert got == ["AUD"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbor Books donated $8,000 to the Westside Reading Room.",
        "(Harbor Books donated $8,000 to the Westside Reading Room.)",
        "“Harbor Books donated $8,000 to the Westside Reading Room,” she said.",
        "Harbor Books donated $8,000\nto the Westside Reading Room.",
        "Harbor Books donated $8,000 to the Westside\u00a0Reading Room.",
    ],
)
def test_same_gift_in_different_surroundings(sentence: str) -> None:
    """Brackets, quotes, line ends and non-breaking spaces do not change who gives to whom."""
    frame = frame_of("Bookshop gives to reading room\n\n" + sentence + " Readers cheered.")

    got = ([e.name for e in frame.donors], [e.name for e in frame.recipients])

    assert got == (["Harbor Books"], ["Westside Reading Room"])


ALPHABET = (
    "Acme Food Bank donated gave grant to from the $5,000 £2m million Foundation's ()“”.,\n  "
)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_any_text_gives_valid_deterministic_frames(text: str) -> None:
    """Any text gives a frame without error, with valid spans, the same each time."""
    first = frame_of(text)
    second = frame_of(text)
    facts = [*first.donors, *first.recipients, *first.amounts, *first.gifts]

    bad = [f for f in facts if text[f.start : f.end] != f.text]

    assert (bad, first) == ([], second)


@pytest.mark.parametrize(
    "case", POSITIVE + MORE_POSITIVE + ARCHIVE + GOVERNMENT, ids=lambda c: c.id
)
def test_gift_records_name_listed_entities(case: Case) -> None:
    """Every gift record names a listed donor and recipient (or none) and a listed amount."""
    frame = frame_of(case.text)
    donors = {e.name for e in frame.donors} | {None}
    recipients = {e.name for e in frame.recipients} | {None}
    values = {a.value for a in frame.amounts}

    stray = [
        g
        for g in frame.gifts
        if g.donor not in donors
        or g.recipient not in recipients
        or (g.amount is not None and g.amount.value not in values)
    ]

    assert (stray, bool(frame.gifts)) == ([], True)


def test_docstring_examples() -> None:
    """The examples in the module docstring hold."""
    import doctest

    from extractors import gifts

    assert doctest.testmod(gifts).failed == 0


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _one_line(text: str) -> str:
    return text.replace("\n\n", "   ").replace("\n", "  ")


def _layout_cases() -> list:
    cases = []
    for layout, name in ((_crlf, "crlf"), (_one_line, "one_line")):
        for case in POSITIVE + MORE_POSITIVE + GOVERNMENT:
            marks = []
            if name == "one_line" and case.id == "ocr_hyphen_and_estate":
                marks.append(
                    pytest.mark.xfail(
                        reason="a word hyphenated at a line end reads as two words once the line end is spaces",
                        strict=True,
                    )
                )
            cases.append(pytest.param(case, layout, id=f"{case.id}-{name}", marks=marks))
    return cases


@pytest.mark.parametrize(("case", "layout"), _layout_cases())
def test_line_ends_do_not_change_the_frame(case: Case, layout) -> None:
    """CRLF line ends and releases scraped onto one line give the same donors, recipients and amounts."""
    frame = frame_of(layout(case.text))

    got = (
        tuple(e.name for e in frame.donors),
        tuple(e.name for e in frame.recipients),
        tuple(a.value for a in frame.amounts),
    )

    assert got == (case.donors, case.recipients, tuple(float(v) for v in case.amounts))


@pytest.mark.parametrize(
    "text",
    [
        "Gift\n\n" + "A" * 50000 + " donated $5 to " + "B " * 2000,
        "Gift\n\n" + "x" * 100000 + " donated $5 to Acme Food Bank.",
        "Gift\n\n"
        + "Acme Foundation, a family foundation, has donated $5,000 to the Harbor Food Bank. "
        * 300,
    ],
    ids=["run_of_capitals", "run_of_letters", "many_gift_sentences"],
)
def test_long_releases_give_valid_spans(text: str) -> None:
    """Long or degenerate releases are read without error, every role inside the text.

    (How long they take is measured by ``benchmarks/run.py``: one unbroken line,
    capitalised words, one unbroken word.)
    """
    frame = frame_of(text)

    for entity in (*frame.donors, *frame.recipients):
        assert text[entity.start : entity.end] == entity.text


# Sponsorships a release announces: the sponsor gives, the body or event it backs receives.
SPONSORSHIPS = [
    Case(
        "sponsorship_told_only_in_a_headline_with_a_dateline",
        "Keller Mills Named Title Sponsor of Dunmore Film Festival\n\n"
        "DENVER, April 2, 2026 /PRNewswire/ -- The Dunmore Film Festival will screen 80 films "
        "this year, Keller Mills said. Tickets go on sale in May.",
        ("Keller Mills",),
        ("Dunmore Film Festival",),
    ),
    Case(
        "announced_its_sponsorship_with_an_adverb_before",
        "Tessa Labs backs rowers\n\n"
        "LONDON, March 3, 2026 /PRNewswire/ -- Tessa Labs today announced its sponsorship of "
        "the Pell Rowing Club for the 2026 season. The club trains on the Thames.",
        ("Tessa Labs",),
        ("Pell Rowing Club",),
    ),
    Case(
        "has_officially_extended_its_title_sponsorship",
        "Orvik Bank stays on\n\n"
        "Orvik Bank has officially extended its title sponsorship of the Marlow Open through 2029. "
        "The tournament draws 40,000 fans.",
        ("Orvik Bank",),
        ("Marlow Open",),
    ),
    Case(
        "joins_an_event_as_a_gold_sponsor",
        "Pell Capital at the summit\n\n"
        "MIAMI, May 4, 2026 /PRNewswire/ -- Pell Capital joins the Lune Ledger Summit as a Gold "
        "sponsor. The summit meets in June.",
        ("Pell Capital",),
        ("Lune Ledger Summit",),
    ),
    Case(
        "joins_a_hackathon_as_its_title_sponsor_with_prizes",
        "Orvik Chain backs students\n\n"
        "AUSTIN, May 4, 2026 /PRNewswire/ -- Orvik Chain has officially joined the Dunmore "
        "Hackathon as its title sponsor, with $30,000 in prizes for student teams.",
        ("Orvik Chain",),
        ("Dunmore Hackathon",),
        (30000,),
    ),
    Case(
        "a_club_welcomes_its_official_partner",
        "New partner for the club\n\n"
        "LEEDS, May 4, 2026 /PRNewswire/ -- Marlow Athletic FC welcomes Keller Mills as its "
        "official partner for the coming season. The club plays in the Northern League.",
        ("Keller Mills",),
        ("Marlow Athletic FC",),
    ),
    Case(
        "partners_with_a_league_to_sponsor_its_finals",
        "Tessa Labs and the robotics league\n\n"
        "PARIS, May 4, 2026 /PRNewswire/ -- Tessa Labs partners with the Lune Robotics League to "
        "sponsor its national finals. The league counts 300 school teams.",
        ("Tessa Labs",),
        ("Lune Robotics League",),
    ),
    Case(
        "will_sponsor_a_hackathon_with_a_sum",
        "Orvik backs coders\n\n"
        "AUSTIN, May 4, 2026 /PRNewswire/ -- Orvik will sponsor the Dunmore Hackathon with "
        "$25,000 in prizes. The event draws 500 students.",
        ("Orvik",),
        ("Dunmore Hackathon",),
        (25000,),
    ),
    Case(
        "one_capitalised_word_opening_the_sentence_is_the_sponsor",
        "Title sponsor for the summit\n\n"
        "Zendra is proud to be the title sponsor of the Marlow Data Summit 2026. The summit "
        "brings together 4,000 engineers.",
        ("Zendra",),
        ("Marlow Data Summit",),
    ),
    Case(
        "announced_it_will_serve_as_presenting_sponsor",
        "Summit backer\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Zendra today announced it will serve as presenting "
        "sponsor of the Marlow Data Summit. The summit brings together 4,000 engineers.",
        ("Zendra",),
        ("Marlow Data Summit",),
    ),
    Case(
        "named_the_official_sponsor_of_a_league_is_no_award_won",
        "League deal\n\n"
        "LONDON, May 4, 2026 /PRNewswire/ -- Orvik Bank has been named the official sponsor of "
        "the Lune Premier League.",
        ("Orvik Bank",),
        ("Lune Premier League",),
    ),
    Case(
        "sponsor_of_a_named_award",
        "Writers award\n\n"
        "LONDON, May 4, 2026 /PRNewswire/ -- Orvik Bank is the sponsor of the Marlow Young "
        "Writers Award. The judges meet in June.",
        ("Orvik Bank",),
        ("Marlow Young Writers Award",),
    ),
    Case(
        "a_sponsorship_deal_with_an_athlete",
        "Athlete deal\n\n"
        "LONDON, May 4, 2026 /PRNewswire/ -- Orvik Chain has signed a sponsorship deal with "
        "sprinter Ann Roe. She will wear the Orvik Chain logo at the Games.",
        ("Orvik Chain",),
        ("Ann Roe",),
    ),
    Case(
        "a_headline_verb_after_a_short_name_ends_it",
        "ZMX Participates as Sponsor in Lune Ledger Week 2026\n\n"
        "ZMX, a crypto exchange, met 3,000 traders at Lune Ledger Week in Dubai.",
        ("ZMX",),
        ("Lune Ledger Week 2026",),
    ),
    Case(
        "a_headline_announcing_a_title_sponsorship",
        "Zendra Announces Title Sponsorship of Marlow Marathon\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The Marlow Marathon starts at the harbor on May 9, "
        "Zendra said. More than 20,000 runners are expected.",
        ("Zendra",),
        ("Marlow Marathon",),
    ),
    Case(
        "a_headline_to_sponsor",
        "Zendra to Sponsor Marlow Marathon\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The Marlow Marathon starts at the harbor on May 9, "
        "Zendra said. More than 20,000 runners are expected.",
        ("Zendra",),
        ("Marlow Marathon",),
    ),
    Case(
        "a_possessive_sponsorship_of",
        "Marathon news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank's title sponsorship of the Marlow "
        "Marathon will pay for medical tents along the course.",
        ("Orvik Bank",),
        ("Marlow Marathon",),
    ),
    Case(
        "a_named_event_presented_by_its_sponsor",
        "Marathon news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The 2026 Marlow Marathon, presented by Orvik Bank, "
        "starts at the harbor on May 9. More than 20,000 runners are expected.",
        ("Orvik Bank",),
        ("Marlow Marathon",),
    ),
    Case(
        "a_named_summit_sponsored_by_a_company",
        "Summit news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The Dunmore Data Summit, sponsored by Tessa Labs, "
        "opens on May 9 with 4,000 guests.",
        ("Tessa Labs",),
        ("Dunmore Data Summit",),
    ),
    Case(
        "announced_a_sum_of_sponsorship_of",
        "Marathon deal\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank announced a $3 million sponsorship of "
        "the Marlow Marathon over three years.",
        ("Orvik Bank",),
        ("Marlow Marathon",),
        (3000000,),
    ),
    Case(
        "a_sum_provided_as_the_presenting_sponsor_of",
        "Marathon deal\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank will provide $250,000 over three years "
        "as the presenting sponsor of the Marlow Marathon.",
        ("Orvik Bank",),
        ("Marlow Marathon",),
        (250000,),
    ),
    Case(
        "a_sum_committed_to_sponsor_an_event",
        "Marathon deal\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank has committed $250,000 to sponsor the "
        "Marlow Marathon for three years.",
        ("Orvik Bank",),
        ("Marlow Marathon",),
        (250000,),
    ),
    Case(
        "a_sponsorship_agreement_with_a_club",
        "Club deal\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank signed a three-year sponsorship agreement "
        "with the Lune Rowing Club for its youth crews.",
        ("Orvik Bank",),
        ("Lune Rowing Club",),
    ),
    Case(
        "a_title_sponsor_and_the_event_named_for_it_are_two_parties",
        "Golf deal\n\n"
        "OAKVILLE, May 4, 2026 /CNW/ - Zendra Bank has extended its title sponsorship of the "
        "Zendra Bank Lune Open through 2030.",
        ("Zendra Bank",),
        ("Zendra Bank Lune Open",),
    ),
    Case(
        "a_ticker_and_proud_to_announce_before_its_sponsorship",
        "Youth soccer backer\n\n"
        "DALLAS, May 4, 2026 /PRNewswire/ -- Zendra Inc. (NASDAQ: ZDRA) is proud to announce its "
        "sponsorship of the Marlow Youth Soccer League for the 2026 season.",
        ("Zendra Inc.",),
        ("Marlow Youth Soccer League",),
    ),
    Case(
        "excited_to_announce_that_it_will_be_the_title_sponsor",
        "Hackathon backer\n\n"
        "SAN FRANCISCO, May 4, 2026 /PRNewswire/ -- Orvik Chain is excited to announce that it "
        "will be the title sponsor of ETHLune 2026, the largest hackathon in the region.",
        ("Orvik Chain",),
        ("ETHLune 2026",),
    ),
    Case(
        "a_description_and_announced_today_that_it_signed_on_as_sponsor_for",
        "Blockchain week backer\n\n"
        "AUSTIN, May 4, 2026 /PRNewswire/ -- Orvik Labs, a blockchain developer, announced today "
        "that it has signed on as a Gold Sponsor for the Lune Blockchain Week, held June 4-8.",
        ("Orvik Labs",),
        ("Lune Blockchain Week",),
    ),
    Case(
        "sponsoring_a_professional_golfer",
        "Golfer backed\n\n"
        "MIAMI, May 4, 2026 /PRNewswire/ -- Orvik Chain today announced that it is sponsoring "
        "professional golfer Ann Roe for the 2026 season.",
        ("Orvik Chain",),
        ("Ann Roe",),
    ),
    Case(
        "a_brand_in_capitals_keeps_its_full_name",
        "ZEPH DAO Backs Security Talks\n\n"
        "GENEVA, May 4, 2026 -- ZEPH DAO participated as a Platinum Sponsor in the Marlow "
        "Security Summit in Lisbon. ZEPH engineers gave three talks.",
        ("ZEPH DAO",),
        ("Marlow Security Summit",),
    ),
    Case(
        "a_named_event_is_sponsored_by_two_companies",
        "Summit news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The Dunmore Data Summit is sponsored by Orvik Bank "
        "and Tessa Labs. The summit opens on May 9 with 4,000 guests.",
        ("Orvik Bank", "Tessa Labs"),
        ("Dunmore Data Summit",),
    ),
    Case(
        "three_companies_are_the_lead_sponsors_of",
        "Summit news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank, Tessa Labs and Keller Mills are the lead "
        "sponsors of the Dunmore Data Summit, which opens on May 9.",
        ("Orvik Bank", "Tessa Labs", "Keller Mills"),
        ("Dunmore Data Summit",),
    ),
    Case(
        "a_sum_in_a_sponsorship_agreement_with_a_club",
        "Club deal\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank signed a three-year, $3 million "
        "sponsorship agreement with the Lune Rowing Club.",
        ("Orvik Bank",),
        ("Lune Rowing Club",),
        (3000000,),
    ),
    Case(
        "a_possessive_sum_of_sponsorship_of",
        "Marathon deal\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank's $3 million sponsorship of the Marlow "
        "Marathon runs through 2029.",
        ("Orvik Bank",),
        ("Marlow Marathon",),
        (3000000,),
    ),
    Case(
        "sponsors_of_a_named_summit_include",
        "Summit news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The summit opens on May 9 with 4,000 guests. Sponsors "
        "of the Dunmore Data Summit include Orvik Bank, Tessa Labs and Keller Mills.",
        ("Orvik Bank", "Tessa Labs", "Keller Mills"),
        ("Dunmore Data Summit",),
    ),
    Case(
        "a_named_marathons_presenting_sponsors_are",
        "Marathon news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The 2026 Marlow Marathon's presenting sponsors are "
        "Orvik Bank and Tessa Labs. More than 20,000 runners are expected.",
        ("Orvik Bank", "Tessa Labs"),
        ("Marlow Marathon",),
    ),
    Case(
        "the_official_sponsor_of_a_team_named_without_a_kind",
        "Team deal\n\n"
        "DALLAS, May 4, 2026 /PRNewswire/ -- Orvik Bank has become the official sponsor of the "
        "Marlow Comets for three seasons.",
        ("Orvik Bank",),
        ("Marlow Comets",),
    ),
    Case(
        "a_headline_returns_as_title_sponsor",
        "Orvik Bank Returns as Title Sponsor of Marlow Marathon\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The Marlow Marathon starts at the harbor on May 9. "
        "Orvik Bank staff will run.",
        ("Orvik Bank",),
        ("Marlow Marathon",),
    ),
    Case(
        "a_headline_joins_an_event_as_presenting_sponsor",
        "Orvik Bank Joins Marlow Jazz Festival as Presenting Sponsor\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The Marlow Jazz Festival runs for three days in "
        "June. Orvik Bank staff will attend.",
        ("Orvik Bank",),
        ("Marlow Jazz Festival",),
    ),
    Case(
        "a_headline_event_welcomes_its_title_sponsor",
        "Marlow Jazz Festival Welcomes Orvik Bank as Title Sponsor\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- The Marlow Jazz Festival runs for three days in "
        "June. Orvik Bank staff will attend.",
        ("Orvik Bank",),
        ("Marlow Jazz Festival",),
    ),
    Case(
        "agreed_a_deal_to_sponsor_a_club",
        "Club news\n\n"
        "LEEDS -- Orvik Bank has agreed a three-year deal to sponsor Marlow Rugby Club.",
        ("Orvik Bank",),
        ("Marlow Rugby Club",),
    ),
    Case(
        "unveiled_as_the_new_shirt_sponsor",
        "Club news\n\n"
        "LEEDS -- Orvik Bank has been unveiled as the new shirt sponsor of Marlow Town FC.",
        ("Orvik Bank",),
        ("Marlow Town FC",),
    ),
    Case(
        "confirmed_as_title_sponsor_of_a_championship",
        "Club news\n\n"
        "DUBLIN -- Orvik Insurance has been confirmed as the title sponsor of the Marlow Senior "
        "Football Championship for 2026.",
        ("Orvik Insurance",),
        ("Marlow Senior Football Championship",),
    ),
    Case(
        "a_club_after_a_place_and_a_double_hyphen_receives",
        "Club news\n\n"
        "LEEDS -- Marlow Town FC have announced a new partnership with Orvik Bank, who will "
        "become the club's principal sponsor.",
        ("Orvik Bank",),
        ("Marlow Town FC",),
    ),
    Case(
        "a_headline_sponsor_of_an_event_with_its_year_first",
        "Zendra Named Official Sponsor of the 2026 Marlow Robotics Championship\n\n"
        "Partnership will support 4,000 students competing in regional qualifiers\n\n"
        "AUSTIN, Texas, May 4, 2026 /PRNewswire/ -- Zendra and the Marlow Robotics League today "
        "announced a multi-year partnership. The championship brings together 300 schools.",
        ("Zendra",),
        ("Marlow Robotics Championship",),
    ),
    Case(
        "presenting_sponsor_of_a_gala_benefiting_a_charity",
        "Gala news\n\n"
        "DENVER, May 4, 2026 /PRNewswire/ -- Orvik Bank has been named the presenting sponsor of "
        "the 2026 Marlow Spring Gala benefiting the Lune Children's Fund.",
        ("Orvik Bank",),
        ("Lune Children's Fund",),
    ),
    Case(
        "title_sponsor_of_a_golf_classic_which_benefits_a_charity",
        "Golf news\n\n"
        "DENVER, May 4, 2026 /PRNewswire/ -- Orvik Bank is the title sponsor of the Marlow Golf "
        "Classic, which benefits the Lune Children's Fund.",
        ("Orvik Bank",),
        ("Lune Children's Fund",),
    ),
    Case(
        "presenting_sponsor_of_a_5k_with_proceeds_to_a_charity",
        "Race news\n\n"
        "DENVER, May 4, 2026 /PRNewswire/ -- Orvik Bank will serve as presenting sponsor of the "
        "Marlow 5K, with all proceeds going to the Lune Children's Fund.",
        ("Orvik Bank",),
        ("Lune Children's Fund",),
    ),
    Case(
        "sponsorship_of_a_named_scholarship_at_a_university",
        "Scholarship news\n\n"
        "AUSTIN, May 4, 2026 /PRNewswire/ -- Orvik Bank announced its sponsorship of the Marlow "
        "Scholarship at Lune University, which will support ten engineering students a year.",
        ("Orvik Bank",),
        ("Lune University",),
    ),
    Case(
        "will_sponsor_scholarships_for_students_at_a_college",
        "Scholarship news\n\n"
        "AUSTIN, May 4, 2026 /PRNewswire/ -- Orvik Bank will sponsor five $5,000 scholarships for "
        "students at Lune Community College.",
        ("Orvik Bank",),
        ("Lune Community College",),
        (5000,),
    ),
    Case(
        "partnered_with_a_council_to_become_the_presenting_sponsor",
        "Festival news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank has partnered with the Lune Arts Council "
        "to become the presenting sponsor of the Marlow Jazz Festival.",
        ("Orvik Bank",),
        ("Marlow Jazz Festival",),
    ),
    Case(
        "a_partnership_becoming_the_festivals_title_sponsor",
        "Festival news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank today announced a partnership with the "
        "Marlow Jazz Festival, becoming the festival's title sponsor for three years.",
        ("Orvik Bank",),
        ("Marlow Jazz Festival",),
    ),
    Case(
        "a_partnership_as_the_official_banking_sponsor",
        "Festival news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank is proud to announce its partnership with "
        "the Marlow Jazz Festival as the Official Banking Sponsor.",
        ("Orvik Bank",),
        ("Marlow Jazz Festival",),
    ),
]

# A headline that holds "sponsor" without a sponsorship given.
SPONSORSHIP_NEGATIVE = [
    Case(
        "a_headline_sponsor_of_a_bill",
        "Senator Roe Named Sponsor of Harbor Clean Water Act\n\n"
        "WASHINGTON, March 3, 2026 -- Senator Ann Roe will steer the Harbor Clean Water Act "
        "through committee. The bill would replace old pipes.",
    ),
    Case(
        "a_tier_in_a_partner_network_is_no_sponsorship",
        "Orvik in the network\n\n"
        "LEEDS, May 4, 2026 /PRNewswire/ -- Orvik Systems joins the Pell Partner Network as a "
        "Gold partner. The network lists 300 firms.",
    ),
    Case(
        "a_sponsor_of_a_clinical_study_is_no_giver",
        "Trial news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Pharma joins the Lune Cancer Study as a "
        "sponsor of the phase 2 trial. The study enrols 300 patients.",
    ),
    Case(
        "a_senator_who_will_sponsor_a_bill",
        "Bill filed\n\n"
        "WASHINGTON, May 4, 2026 -- Senator Ann Roe will sponsor the Harbor Water Act in the "
        "Senate. The bill would fund new pipes.",
    ),
    Case(
        "a_company_welcomes_a_new_chief_executive",
        "New chief\n\n"
        "LEEDS, May 4, 2026 /PRNewswire/ -- Orvik Bank welcomes Ann Roe as its new chief "
        "executive. She starts in June.",
    ),
    Case(
        "a_sponsorship_deal_with_a_trial_site",
        "Trial news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Pharma signed a sponsorship agreement with "
        "Lune Research for the phase 2 trial of its drug.",
    ),
    Case(
        "a_lone_word_opening_a_sentence_without_a_sponsorship",
        "Club news\n\n"
        "LONDON, May 4, 2026 /PRNewswire/ -- Membership is proud to grow. The Lune Rowing Club "
        "now counts 300 members.",
    ),
    Case(
        "an_award_presented_by_a_company_is_handed_over",
        "Writers honoured\n\n"
        "LONDON, May 4, 2026 -- The Marlow Writers Award, presented by Orvik Bank, went to Ann "
        "Roe on Friday.",
    ),
    Case(
        "an_event_sponsored_by_the_public_body_that_runs_it",
        "Teens race karts\n\n"
        "CHICAGO, May 4, 2026 -- The Lune Kart Derby, sponsored by the Lune Park District, "
        "returns on June 8 with 100 students.",
    ),
    Case(
        "an_investor_conference_sponsored_by_a_transfer_agent",
        "Conference\n\n"
        "MIAMI, May 4, 2026 /PRNewswire/ -- Pell Capital's Annual Investor Conference, sponsored "
        "by Orvik Transfer, opens May 9 with 40 presenting companies.",
    ),
    Case(
        "another_name_between_is_no_sponsor",
        "Summit news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank said Pell Capital is the gold sponsor of "
        "Pell Capital's investor conference in June.",
    ),
    Case(
        "a_named_event_run_by_a_public_body",
        "Derby news\n\n"
        "CHICAGO, May 4, 2026 -- The Lune Kart Derby is sponsored by the Lune Park District and "
        "returns on June 8 with 100 students.",
    ),
    Case(
        "sponsors_of_a_bill_include_senators",
        "Bill news\n\n"
        "WASHINGTON, May 4, 2026 -- Sponsors of the Harbor Clean Water Act include Senator Ann Roe "
        "and Senator Tom Poe.",
    ),
    Case(
        "sponsors_of_an_investor_conference",
        "Conference\n\n"
        "MIAMI, May 4, 2026 /PRNewswire/ -- Sponsors of the Pell Capital Investor Conference "
        "include Orvik Transfer and Tessa Bank. The conference hosts 40 companies.",
    ),
    Case(
        "the_official_sponsor_of_a_bill",
        "Bill news\n\n"
        "WASHINGTON, May 4, 2026 -- Senator Ann Roe is the official sponsor of the Harbor Clean "
        "Water Act.",
    ),
    Case(
        "confirmed_as_the_new_sponsor_of_a_bill",
        "Bill news\n\n"
        "WASHINGTON -- Senator Ann Roe has been confirmed as the new sponsor of the Harbor Clean "
        "Water Act.",
    ),
    Case(
        "a_representative_who_will_sponsor_a_bill_with_a_sum",
        "Bill news\n\n"
        "WASHINGTON, May 4, 2026 -- Rep. Ann Roe will sponsor the Marlow Veterans Act, which "
        "would provide $50 million for clinics.",
    ),
    Case(
        "the_sponsor_of_a_phase_3_trial",
        "Trial news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Pharma, the sponsor of the Phase 3 LUNE trial, "
        "today announced positive results. The study enrolled 900 patients.",
    ),
    Case(
        "a_spac_sponsored_by_a_fund",
        "Offering priced\n\n"
        "NEW YORK, May 4, 2026 /PRNewswire/ -- Orvik Acquisition Corp., sponsored by Pell "
        "Capital, announced the pricing of its $200 million initial public offering.",
    ),
    Case(
        "a_partnership_to_build_software_is_no_sponsorship",
        "Software news\n\n"
        "BOSTON, May 4, 2026 /PRNewswire/ -- Orvik Bank today announced a partnership with Tessa "
        "Labs to build payment software for 5,000 merchants.",
    ),
    Case(
        "a_headline_sponsored_post",
        "Sponsored: Ten Ways to Save on Energy\n\n"
        "NEW YORK, March 3, 2026 /PRNewswire/ -- Homeowners can cut bills by sealing windows, "
        "Orvik Energy said.",
    ),
]


KNOWN_MISSES = [
    (
        Case(
            "goods_handed_over_without_a_sum",
            "Aid handed over\n\nOrvik Motors handed over 500 food kits to the Vale Red Cross on "
            "Friday.",
            ("Orvik Motors",),
            ("Vale Red Cross",),
        ),
        "a giver of goods without a sum or a gift word is not read by the agent verbs",
    ),
]


@pytest.mark.parametrize("case", SPONSORSHIPS, ids=lambda c: c.id)
def test_sponsorship_roles(case: Case) -> None:
    """A sponsorship names its sponsor as giver and what it backs as receiver."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)


@pytest.mark.parametrize("case", SPONSORSHIP_NEGATIVE, ids=lambda c: c.id)
def test_sponsor_without_a_sponsorship_gives_nothing(case: Case) -> None:
    """A sponsor of a bill, or a sponsored post, is no gift."""
    frame = frame_of(case.text)

    assert (frame.donors, frame.recipients, frame.amounts) == ((), (), ())


# Gifts in crypto-currency tokens: a token is no ISO 4217 currency, so a gift stated with
# its value in money counts at that value.
TOKEN_GIFTS = [
    Case(
        "tokens_with_their_worth_after_a_comma",
        "Foundation backs research\n\n"
        "ZUG, May 4, 2026 /PRNewswire/ -- The Lune Foundation has pledged 1,000,000 LUNE tokens, "
        "worth about $2 million, to Marlow University to fund research on ledgers.",
        ("Lune Foundation",),
        ("Marlow University",),
        (2000000,),
    ),
    Case(
        "tokens_with_their_worth_in_parentheses",
        "Lab grant\n\n"
        "ZUG, May 4, 2026 /PRNewswire/ -- Orvik DAO approved a grant of 2 million ORV "
        "(approximately $1.2 million) to the Dunmore Institute for its cryptography lab.",
        ("Orvik DAO",),
        ("Dunmore Institute",),
        (1200000,),
    ),
    Case(
        "bitcoin_valued_at_counts_at_its_value",
        "Hospital gift\n\n"
        "ZUG, May 4, 2026 /PRNewswire/ -- Orvik Exchange donated 10 BTC, valued at $650,000, to "
        "the Marlow Children's Hospital.",
        ("Orvik Exchange",),
        ("Marlow Children's Hospital",),
        (650000,),
    ),
    Case(
        "ether_with_its_value_after_a_tilde",
        "Hospital gift\n\n"
        "ZUG, May 4, 2026 /PRNewswire/ -- Orvik Exchange donated 100 ETH (~$350,000) to the "
        "Marlow Children's Hospital.",
        ("Orvik Exchange",),
        ("Marlow Children's Hospital",),
        (350000,),
    ),
    Case(
        "a_stablecoin_code_inside_the_sum_is_no_giver",
        "Research grant\n\n"
        "ZUG, May 4, 2026 /PRNewswire/ -- The Orvik Foundation announced a 500,000 USDC grant to "
        "the Dunmore Institute for research on proofs.",
        ("Orvik Foundation",),
        ("Dunmore Institute",),
        (500000,),
    ),
    Case(
        "a_price_worth_of_tokens_is_no_gift_value",
        "Hospital gift\n\n"
        "ZUG, May 4, 2026 /PRNewswire/ -- Orvik Exchange donated $40,000 to the Marlow Children's "
        "Hospital. Its token traded at $1.20 on Monday.",
        ("Orvik Exchange",),
        ("Marlow Children's Hospital",),
        (40000,),
    ),
    Case(
        "a_dao_named_in_capitals_in_running_text_gives",
        "Club backed\n\n"
        "GENEVA, May 4, 2026 /PRNewswire/ -- ZEPH DAO has donated $50,000 to the Marlow "
        "University Blockchain Club to fund student research.",
        ("ZEPH DAO",),
        ("Marlow University Blockchain Club",),
        (50000,),
    ),
    Case(
        "a_programme_in_capitals_before_its_grants_is_no_giver",
        "Schools win\n\n"
        "The Marlow Heart Society said three schools received $1,000 LUNE PLAY 60 grants for "
        "new gym equipment.",
    ),
]


@pytest.mark.parametrize("case", TOKEN_GIFTS, ids=lambda c: c.id)
def test_token_gifts_count_at_their_stated_value(case: Case) -> None:
    """A gift of tokens with a stated value in money has that value as its amount."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)


# A fund or a fundraiser handing its money on: "distributed", "is handing out".
HANDED_ON = [
    Case(
        "a_foundation_distributed_a_sum_to_a_charity",
        "Golf money handed on\n\n"
        "The Lune Golf Foundation distributed $100,000 to the Marlow Children's Center on "
        "Tuesday night.",
        ("Lune Golf Foundation",),
        ("Marlow Children's Center",),
        (100000,),
    ),
    Case(
        "a_trust_handing_out_a_sum",
        "Telethon money handed on\n\n"
        "The Lune Telethon Trust is handing out $6.8 million to the Marlow Children's Hospital "
        "this week.",
        ("Lune Telethon Trust",),
        ("Marlow Children's Hospital",),
        (6800000,),
    ),
    Case(
        "cheques_presented_at_a_place_to_two_charities",
        "Festival gives\n\n"
        "The Lune Credit Union said the festival raised $24,000 for charity. Two checks of "
        "$12,000 each were presented at Clinton Square to Marlow Refuge and the Dunmore "
        "Children's Fund.",
        (),
        ("Marlow Refuge", "Dunmore Children's Fund"),
        (24000, 12000),
    ),
    Case(
        "a_schools_team_received_donations",
        "Team gets gifts\n\n"
        "The Lune Valley High School robotics program received a $2,500 donation from Orvik "
        "Corp. at its dinner last week.",
        ("Orvik Corp.",),
        ("Lune Valley High School",),
        (2500,),
    ),
    Case(
        "a_sum_was_distributed_to_a_charity_by_a_fund",
        "Fund gives\n\n"
        "More than $50,000 was distributed to the Marlow Food Bank by the Lune Community Fund "
        "this week.",
        ("Lune Community Fund",),
        ("Marlow Food Bank",),
        (50000,),
    ),
]

# "Distributed" without a gift: dividends, products, a film.
HANDED_ON_NEGATIVE = [
    Case(
        "dividends_distributed_to_shareholders",
        "Quarterly results\n\n"
        "Orvik Holdings distributed $12 million in dividends to its shareholders in May.",
    ),
    Case(
        "a_film_distributed_by_a_studio_after_a_sum",
        "Film deal\n\n"
        "After $3 million was spent on the rights, the film was distributed by Lune Pictures in "
        "40 countries.",
    ),
    Case(
        "a_film_distributed_for_a_sum",
        "Film deal\n\n"
        "Lune Pictures distributed the film in 40 countries after paying $3 million for the rights.",
    ),
]


@pytest.mark.parametrize("case", HANDED_ON, ids=lambda c: c.id)
def test_money_handed_on_is_a_gift(case: Case) -> None:
    """A fund that distributes or hands out a sum to a named body gives it."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)


@pytest.mark.parametrize("case", HANDED_ON_NEGATIVE, ids=lambda c: c.id)
def test_distributed_without_a_gift_gives_nothing(case: Case) -> None:
    """Dividends or goods distributed are no gift."""
    frame = frame_of(case.text)

    assert (frame.donors, frame.recipients, frame.amounts) == ((), (), ())


@pytest.mark.parametrize("case", SPONSORSHIPS + TOKEN_GIFTS, ids=lambda c: c.id)
@pytest.mark.parametrize("layout", [_crlf, _one_line], ids=["crlf", "one_line"])
def test_sponsorships_survive_line_ends(case: Case, layout) -> None:
    """CRLF line ends and one-line scraped releases give the same sponsorship roles."""
    got = roles_of(frame_of(layout(case.text)))

    assert got == expected_roles(case)


# The receivers of a stated gift, listed in the next sentence.
LISTED_RECEIVERS = [
    Case(
        "organisations_awarded_grants_include_a_colon_list",
        "Foundation grants\n\n"
        "The Lune Foundation awarded $450,000 in grants to 80 nonprofit organizations. "
        "Organizations awarded grants include: Marlow Food Bank, Dunmore Arts Council, Pell "
        "River Trust.",
        ("Lune Foundation",),
        ("Marlow Food Bank", "Dunmore Arts Council", "Pell River Trust"),
        (450000,),
    ),
    Case(
        "other_beneficiaries_include_a_colon_list",
        "Golf money handed on\n\n"
        "The Lune Golf Foundation distributed $100,000 to 20 children's charities on Tuesday. "
        "Other beneficiaries include: Pell Preschool, Marlow Youth Club and Dunmore Day School.",
        ("Lune Golf Foundation",),
        ("Pell Preschool", "Marlow Youth Club", "Dunmore Day School"),
        (100000,),
    ),
    Case(
        "the_lucky_organisations_included",
        "Telethon money handed on\n\n"
        "The Lune Telethon Trust is handing out $6.8 million to charities this week. The lucky "
        "organisations included the Marlow Children's Hospital, Dunmore Youth Focus and the Pell "
        "Speech Centre.",
        ("Lune Telethon Trust",),
        ("Marlow Children's Hospital", "Dunmore Youth Focus", "Pell Speech Centre"),
        (6800000,),
    ),
    # A listed body's possessive before its programme: the body receives (a town's
    # possessive before a trust still gives the trust).
    Case(
        "listed_body_owns_its_programme_and_a_town_owns_a_trust",
        "Grants for local groups\n\n"
        "The Lune Foundation awarded $60,000 in grants to 9 local groups, which include:\n\n"
        "  • Pell Valley Care’s Youth Outreach Program: evening sessions for teenagers.\n"
        "  • Marlow Women’s Shelter: a new kitchen.\n"
        "  • Dunmore’s Harbor Aid Trust: winter coats.",
        ("Lune Foundation",),
        ("Pell Valley Care", "Marlow Women’s Shelter", "Harbor Aid Trust"),
        (60000,),
    ),
    # A listed body whose name opens on an "-ing" word is a body when it owns a project.
    Case(
        "listed_body_opening_on_an_ing_word_owns_its_hub",
        "Grants for local groups\n\n"
        "The Lune Foundation awarded $60,000 in grants to 9 local groups, which include:\n\n"
        "  • Recovering Minds’ Peer Support Hub: weekly meetings.\n"
        "  • Marlow Women’s Shelter: a new kitchen.",
        ("Lune Foundation",),
        ("Recovering Minds", "Marlow Women’s Shelter"),
        (60000,),
    ),
    # The last two items of a list split when the first is a single word: "Aware and St
    # Ann’s School" (a two-word tail after one word stays one firm: "Smith and Wesson").
    Case(
        "list_ends_on_a_one_word_item_and_a_longer_one",
        "Cheques for local groups\n\n"
        "Orvik Bank gave €2,000 each to Elm Street Hospital, Pell Shelter, Aware and St Ann’s "
        "School.",
        ("Orvik Bank",),
        ("Elm Street Hospital", "Pell Shelter", "Aware", "St Ann’s School"),
        (2000,),
    ),
    # ... but after one-word items the places make one body's name
    Case(
        "places_listed_before_one_club_make_its_name",
        "Members of Ashby, Elmton and Vale Rotary Club have donated £1,200 to Pell Hospice.",
        ("Elmton and Vale Rotary Club",),  # not split (names keep no comma: the last two places)
        ("Pell Hospice",),
        (1200,),
    ),
    Case(
        "list_ends_on_two_one_word_names_joined",
        "Cheques for local groups\n\n"
        "Orvik Bank gave €2,000 each to Elm Street Hospital, Pell Shelter, Smith and Wesson.",
        ("Orvik Bank",),
        ("Elm Street Hospital", "Pell Shelter", "Smith and Wesson"),
        (2000,),
    ),
    # Places listed with commas that the acronym after them spells are one body's name; a
    # list whose initials the acronym does not spell stays a list.
    Case(
        "places_an_acronym_spells_are_one_body",
        "Orvik Dairy today announced the donation of 900 cans of formula to United Way Elm, "
        "Pell, Ash and Marlow (EPAM), valued at $90,000.",
        ("Orvik Dairy",),
        ("United Way Elm, Pell, Ash and Marlow",),
        (90000,),
    ),
    Case(
        "second_body_with_its_own_acronym_stays_apart",
        "Orvik Bank gave $9,000 to UNICEF, Vale Sans Frontieres (VSF) and the Elm Committee.",
        ("Orvik Bank",),
        ("UNICEF", "Vale Sans Frontieres", "Elm Committee"),
        (9000,),
    ),
    Case(
        "bodies_an_acronym_does_not_spell_stay_a_list",
        "Orvik Dairy gave $9,000 to Elm Shelter, Pell House and Ash Trust (EPAT).",
        ("Orvik Dairy",),
        ("Elm Shelter", "Pell House", "Ash Trust"),
        (9000,),
    ),
    # A receiver whose name opens on a capital "A" mid-sentence keeps it.
    Case(
        "receiver_named_a_something_mid_sentence",
        "Gift\n\nThe charitable foundation of accounting firm Orvik LLP is providing a $365,000 "
        "gift to national charity A Dollar A Week Fund, in support of its mission.",
        ("Orvik LLP",),
        ("A Dollar A Week Fund",),
        (365000,),
    ),
    # Features listed after a gift, each opening on an "-ing" word, are no receivers.
    Case(
        "features_opening_on_ing_words_are_no_receivers",
        "New grant portal\n\n"
        "The Lune Foundation awarded $60,000 in grants to 9 local groups, and its new portal "
        "offers:\n\n"
        "  • Tracking Tools: see each grant.\n"
        "  • Reporting Forms: send results.",
        ("Lune Foundation",),
        (),
        (60000,),
    ),
]

# Lists that name no receivers of the gift.
LISTED_RECEIVERS_NEGATIVE = [
    Case(
        "past_beneficiaries_of_a_fund_with_no_gift_stated",
        "Fund history\n\n"
        "The Lune Fund was set up in 1990. Past beneficiaries include: Marlow Food Bank and "
        "Dunmore Arts Council.",
    ),
]


@pytest.mark.parametrize("case", LISTED_RECEIVERS, ids=lambda c: c.id)
def test_receivers_listed_after_a_gift(case: Case) -> None:
    """A list of beneficiaries or awarded organisations after a stated gift names its receivers."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)


@pytest.mark.parametrize("case", LISTED_RECEIVERS_NEGATIVE, ids=lambda c: c.id)
def test_a_list_without_a_gift_names_no_receivers(case: Case) -> None:
    """Past beneficiaries of a fund, with no gift announced, are no receivers."""
    frame = frame_of(case.text)

    assert (frame.donors, frame.recipients, frame.amounts) == ((), (), ())


ALL_SAINTS = (
    "Golf money handed on\n\n"
    "The Lune Golf Foundation distributed $100,000 to 20 children's charities on Tuesday. "
    "Other beneficiaries include: All Saints Preschool, Marlow Youth Club and Dunmore Day School."
)


def test_a_list_goes_on_past_a_first_item_missing_its_small_word() -> None:
    """A first item whose small opening word the name finder leaves out still opens the list."""
    got = [e.name for e in frame_of(ALL_SAINTS).recipients]

    assert got[1:] == ["Marlow Youth Club", "Dunmore Day School"]


def test_a_first_item_keeps_its_small_opening_word() -> None:
    """The first item of the list keeps its whole name."""
    got = [e.name for e in frame_of(ALL_SAINTS).recipients]

    assert got[0] == "All Saints Preschool"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=case.id, marks=pytest.mark.xfail(reason=reason, strict=True))
        for case, reason in KNOWN_MISSES
    ],
)
def test_known_misses(case: Case) -> None:
    """Constructions not read yet: each row states the parties it should give."""
    assert roles_of(frame_of(case.text)) == expected_roles(case)
