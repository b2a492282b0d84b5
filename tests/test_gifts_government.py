"""Gifts in government releases: the agency that pays gives, the officials who announce never do.

Senators' and representatives' offices announcing federal grants, agencies announcing
their awards and fact sheets listing them: one row per construction, with a row of the
same words where they state no government grant. News items that report a gift in their
own words have a table of their own.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_gifts import (  # the same case shape and frame helper as the main table
    Case,
    expected_roles,
    frame_of,
    roles_of,
)

CASES = [
    # An agency awards its receivers first and the sum after them: "a total of" marks the sum.
    Case(
        "agency_awards_receivers_a_total_of",
        "Senators Ann Holt and Ray Dunn announced the U.S. Department of Labor has awarded "
        "community health centers across northern Vermont a total of $1.35 million.",
        ("U.S. Department of Labor",),
        (),
        (1350000,),
    ),
    Case(
        "agency_awards_receivers_more_than_a_sum",
        "The Department of Justice has awarded police departments in Orvik County and Elm "
        "Falls more than $2.4 million to hire officers.",
        ("Department of Justice",),
        (),
        (2400000,),
    ),
    Case(
        "receivers_then_a_total_without_a_giving_verb",
        "Senators Ann Holt and Ray Dunn visited community health centers across northern "
        "Vermont with a total of 140 staff.",
        (),
        (),
        (),
    ),
    # Officials named together under one title announce; none of them receives.
    Case(
        "senators_joined_announce_agency_funding",
        "U.S. Senators Ann Holt and Ray Dunn today announced $640,000 in federal funding from "
        "the Department of Health and Human Services for four rural clinics in the state.",
        ("Department of Health and Human Services",),
        (),
        (640000,),
    ),
    Case(
        "representatives_listed_with_party",
        "Reps. Lena Ford (D-OR), Paul Ness and Kim Soto announced that the Orvik County Library "
        "will receive a $90,000 grant from the Institute of Museum and Library Services.",
        ("Institute of Museum and Library Services",),
        ("Orvik County Library",),
        (90000,),
    ),
    Case(
        "title_read_into_the_name_is_still_an_official",
        "Congresswoman Ada Lund (D-NY) today announced $1 million in federal funding for the "
        "Elm Public Library.",
        (),
        ("Elm Public Library",),
        (1000000,),
    ),
    Case(
        "official_reports_the_grant_after_the_agency",
        "The Pine County School District received a $750,000 grant from the U.S. Department of "
        "Education, Congressman Tom Ness announced Monday.",
        ("U.S. Department of Education",),
        ("Pine County School District",),
        (750000,),
    ),
    Case(
        "minister_in_apposition_is_still_an_official",
        "The Harbor Food Bank received $5,000 from Ada Lund, Minister of Health, on Friday.",
        (),
        ("Harbor Food Bank",),
        (5000,),
    ),
    Case(
        "firm_that_announces_a_grant_from_a_funder_receives_it",
        "Bayview Bakery announced a $20,000 grant from the Harbor Foundation for its "
        "job-training kitchen.",
        ("Harbor Foundation",),
        ("Bayview Bakery",),
        (20000,),
    ),
    # "a grant from the Department's Administration": the office that awards it gives.
    Case(
        "department_office_behind_a_possessive",
        "Senator Mia Cole said the Lakeport Transit District will receive a $1.8 million grant "
        "from the U.S. Department of Transportation's Federal Transit Administration.",
        ("Federal Transit Administration",),
        ("Lakeport Transit District",),
        (1800000,),
    ),
    Case(
        "department_service_behind_a_curly_possessive",
        "The Tall Pines Clinic will receive $310,000 from the Department of Health and Human "
        "Services’ Indian Health Service to hire two nurses.",
        ("Indian Health Service",),
        ("Tall Pines Clinic",),
        (310000,),
    ),
    Case(
        "company_fund_behind_a_possessive_stays_the_company",
        "The Harbor Food Bank received a $5,000 cheque from Orvik Bank's Lee Fund last week.",
        ("Orvik Bank",),
        ("Harbor Food Bank",),
        (5000,),
    ),
    # A public body that announces grants gives them.
    Case(
        "agency_announces_grants_on_a_day",
        "The Environmental Protection Agency on Monday announced more than $12 million in grants "
        "to 40 towns to clean up old mill sites.",
        ("Environmental Protection Agency",),
        (),
        (12000000,),
    ),
    Case(
        "union_body_announces_aid_in_euros",
        "The European Commission on Monday announced €30 million in humanitarian aid to people "
        "hit by the floods.",
        ("European Commission",),
        (),
        (30000000,),
    ),
    Case(
        "un_agency_and_its_acronym_are_one_receiver",
        "The United Nations World Food Program has received $20 million from the Government of "
        "Norway.\n\n"
        "Norway is contributing $5 million to WFP for school meals in Chad.",
        ("Government of Norway",),
        ("United Nations World Food Program",),
        (20000000, 5000000),
    ),
    Case(
        "agency_announces_a_selection_receiving_grants",
        "Today, the U.S. Department of Energy (DOE) announced the selection of nine colleges "
        "receiving $3 million in Clean Campus (CC) grants to cut their power bills.",
        ("U.S. Department of Energy",),
        (),
        (3000000,),
    ),
    Case(
        "agency_announces_funding_without_a_named_receiver",
        "The Department of Energy (DOE) announced $18 million in funding for seven projects "
        "that will bring new labs to rural regions.",
        ("Department of Energy",),
        (),
        (18000000,),
    ),
    Case(
        "agency_selects_projects_to_receive",
        "The National Science Foundation has selected 12 projects to receive $40 million in "
        "total funding for coastal research.",
        ("National Science Foundation",),
        (),
        (40000000,),
    ),
    Case(
        "administration_invests_through_a_department",
        "Today, the Lund-Ness Administration, through the U.S. Department of Agriculture, is "
        "investing $400 million in 120 rural water projects.",
        ("U.S. Department of Agriculture",),
        (),
        (400000000,),
    ),
    # A fact sheet or agency release listing its awards after "The funding includes:".
    Case(
        "projects_include_list_with_places_and_shares",
        "The Department of Energy (DOE) announced $9 million in funding for four projects.\n\n"
        "The projects include:\n"
        "  • Elm State University, Elm, ID ($2,000,000): Testing new battery parts.\n"
        "  • Vale Technical College, Vale, MT ($1,250,000): Studying wind turbine wear.",
        ("Department of Energy",),
        ("Elm State University", "Vale Technical College"),
        (9000000, 2000000, 1250000),
    ),
    Case(
        "funding_includes_list",
        "The U.S. Department of Housing and Urban Development has awarded $9 million to housing "
        "authorities in Oregon, officials said.\n\n"
        "The Oregon funding includes:\n\n"
        "- Salem Housing Authority, $2,100,000\n\n"
        "- Bend Housing Authority, $950,000",
        ("U.S. Department of Housing and Urban Development",),
        ("Salem Housing Authority", "Bend Housing Authority"),
        (9000000, 2100000, 950000),
    ),
    Case(
        "list_item_opens_on_a_towns_possessive",
        "The Department of Labor has awarded $2 million to job centers in the region.\n\n"
        "The funding includes:\n\n"
        "• Elmwood’s Northside Job Center ($400,000);\n\n"
        "• Lakeport’s The Harbor Skills Academy ($250,000).",
        ("Department of Labor",),
        ("Northside Job Center", "Harbor Skills Academy"),
        (2000000, 400000, 250000),
    ),
    Case(
        "fact_sheet_award_lines_open_on_their_sums",
        "FACT SHEET: New Grants to Rebuild Rural Roads\n\n"
        "Today, the Department of Transportation is announcing $900 million in grants to 80 "
        "towns.\n\n"
        "Awards include:\n\n"
        "- $25 million to the Town of Elm to replace its river bridge.\n"
        "- $8 million for the Pine Ridge Transit Authority to buy electric buses.",
        ("Department of Transportation",),
        ("Town of Elm", "Pine Ridge Transit Authority"),
        (900000000, 25000000, 8000000),
    ),
    Case(
        "awards_were_made_to_list_of_sums",
        "U.S. Senator Ada Lund today announced $2.1 million in federal grants from the "
        "Department of Justice for police departments across the state.\n\n"
        "Awards were made to:\n\n"
        "- $1,200,000 for the Elm City Police Department\n"
        "- $900,000 for the Pine County Sheriff’s Office",
        ("Department of Justice",),
        ("Elm City Police Department", "Pine County Sheriff’s Office"),
        (2100000, 1200000, 900000),
    ),
    Case(
        "receiving_funding_today_list_of_sums",
        "The Federal Aviation Administration is awarding $30 million for 20 grants to modernize "
        "airports.\n\n"
        "Airports receiving funding today include:\n\n"
        "$4.5 million to Elm Valley Regional Airport in Texas to rebuild its main runway and "
        "improve drainage across the whole of the airfield.\n\n"
        "$1.2 million to Pine Lake Airport in Ohio to buy a snow plow.",
        ("Federal Aviation Administration",),
        ("Elm Valley Regional Airport", "Pine Lake Airport"),
        (30000000, 4500000, 1200000),
    ),
    # A programme named after "through" is the channel of the body the release names.
    Case(
        "programme_channel_gives_way_to_the_department",
        "The Department of Education has awarded $3 million in grants to rural school "
        "districts.\n\n"
        "The Millbrook School District has been given $400,000 through the Rural Schools "
        "Program.",
        ("Department of Education",),
        ("Millbrook School District",),
        (3000000, 400000),
    ),
    Case(
        "programme_channel_alone_stays_the_giver",
        "The Millbrook School District has been given $400,000 through the Orvik Rural Schools "
        "Program.",
        ("Orvik Rural Schools Program",),
        ("Millbrook School District",),
        (400000,),
    ),
    # A share of the stated gift, in the next sentence.
    Case(
        "share_of_the_funding_next_sentence",
        "The European Commission is allocating 30 million euros of humanitarian aid to people "
        "hit by the floods.\n\n"
        "Some 20 million euros (about $21.6 million) of the funding is set aside for shelters, "
        "and 10 million euros for clean water.",
        ("European Commission",),
        (),
        (30000000, 20000000, 10000000),
    ),
    Case(
        "unnamed_receivers_take_their_shares_next_sentence",
        "The National Science Foundation awards $60 million in funding to support five new "
        "research centers.\n\n"
        "Each awardee will receive up to $12 million over five years.",
        ("National Science Foundation",),
        (),
        (60000000, 12000000),
    ),
    # An agency that welcomes a government's contribution receives it.
    Case(
        "agency_welcomes_a_contribution_from_a_government",
        "The World Food Programme (WFP) welcomes a US$12 million contribution from the "
        "Government of Norway to provide food aid in Chad.",
        ("Government of Norway",),
        ("World Food Programme",),
        (12000000,),
    ),
    Case(
        "firm_welcomes_a_grant_to_someone_else",
        "Orvik Bank welcomed a grant of $2 million from the Lee Trust to the Harbor Food Bank.",
        ("Lee Trust",),
        ("Harbor Food Bank",),
        (2000000,),
    ),
    # An official awards through an office: the office gives.
    Case(
        "mayor_awards_through_an_office",
        "Today, Mayor Ada Lund awarded over $1.4 million to 90 community-based groups through "
        "the Mayor’s Office of Neighborhood Services.",
        ("Mayor’s Office of Neighborhood Services",),  # the office is named with its title
        (),
        (1400000,),
    ),
    Case(
        "list_item_name_ends_in_a_short_word_before_its_share",
        "The Department of Labor has awarded $1 million to job centers in the region.\n\n"
        "The funding includes:\n\n"
        "• Harbor Skills Hub ($250,000);\n\n"
        "• Orvik Training Inc ($150,000).",
        ("Department of Labor",),
        ("Harbor Skills Hub", "Orvik Training Inc"),
        (1000000, 250000, 150000),
    ),
    Case(
        "sum_converted_from_a_currency_code_is_one_gift",
        "The European Union gave EUR 85 million (US$92 million) to the Red Cross for flood relief.",
        ("European Union",),
        ("Red Cross",),
        (85000000,),
    ),
    Case(
        "each_center_list_names_the_centers",
        "The National Science Foundation will provide $40 million to four new research centers "
        "over five years.\n\n"
        "NSF will provide about $10 million to each center, with each center focusing on one "
        "area:\n\n"
        "- Center for Coastal Resilience (CCR), based at Elm State University, will study storm "
        "surges.\n"
        "- Center for Soil Carbon, based at Pine Valley College, will study farm soils.",
        ("National Science Foundation",),
        ("Center for Coastal Resilience", "Center for Soil Carbon"),
        (40000000, 10000000),
    ),
    Case(
        "county_government_named_by_the_common_noun",
        "Needy students from Elm County on Friday received over $300,000 in bursaries from the "
        "county government.",
        ("county government",),
        (),
        (300000,),
    ),
    # A governor announces; the state gives.
    Case(
        "governor_presents_awards_state_gives",
        "OREGON (KXTV) – Governor Ada Lund presented more than $2.5 million in awards to 40 "
        "nonprofits in Lane County on Monday.",
        ("OREGON",),
        (),
        (2500000,),
    ),
    # A department and its usual acronym are one donor.
    Case(
        "department_acronym_in_the_headline",
        "HUD awards $5M to Idaho housing authorities\n\n"
        "The U.S. Department of Housing and Urban Development has awarded $5 million to the "
        "Boise Housing Authority, federal officials said.",
        ("U.S. Department of Housing and Urban Development",),
        ("Boise Housing Authority",),
        (5000000,),
    ),
    Case(
        "us_prefixed_acronym_and_a_named_grant",
        "The town of Alder will benefit from a U.S. Department of Agriculture grant announced "
        "Friday.\n\n"
        "The Alder Water Cooperative, Inc., is receiving a $96,500 Rural Business Development "
        "Grant from the USDA.",
        ("U.S. Department of Agriculture",),
        ("Alder Water Cooperative, Inc.",),
        (96500,),
    ),
    # "announced over $N": a hedge before the sum keeps the governor an official.
    Case(
        "governor_announces_over_a_sum_state_gives",
        "SALEM (AP) - Governor Ada Lund has announced over $4.1 million in grants to help "
        "farms and food pantries across the state.\n\n"
        "The money comes from the Commonwealth's Farm Resilience Program.",
        ("Commonwealth",),
        (),
        (4100000,),
    ),
    # "Local recipients include A; B and C": a list of receivers after a qualifier.
    Case(
        "local_recipients_include_a_list",
        "Governor Ada Lund has announced $2 million in grants from the Commonwealth for food "
        "security.\n\n"
        "Local recipients include Elm Valley Growers; Pine Lake Public Schools and Harbor "
        "Fishing Cooperative.",
        ("Commonwealth",),
        ("Elm Valley Growers", "Pine Lake Public Schools", "Harbor Fishing Cooperative"),
        (2000000,),
    ),
    # A sum no one is named giving, in a release that opens on a minister's portfolio: her
    # department gives.
    Case(
        "minister_for_portfolio_department_gives_a_passive_sum",
        "€2.4 million in funding has been awarded to rural primary schools.\n\n"
        "Minister for Education Ada Lund has confirmed that the grants will be paid this week.",
        ("Department of Education",),
        (),
        (2400000,),
    ),
    Case(
        "portfolio_before_minister_title",
        "New grants for community halls\n\n"
        "Health and Social Services Minister Ada Lund said $80,000 in grants will be shared by "
        "twelve rural communities this year.",
        ("Department of Health and Social Services",),
        (),
        (80000,),
    ),
    # "The food banks receiving the funds are: A; B and C": receivers after a colon.
    Case(
        "bodies_receiving_the_funds_are_listed",
        "Governor Ada Lund announced a $300,000 grant from the Elm State Relief Fund for hunger "
        "relief.\n\n"
        "The food banks receiving the funds are: Pine Valley Food Bank; Harbor Pantry Network "
        "and Lake County Food Bank.",
        ("Elm State Relief Fund",),
        ("Pine Valley Food Bank", "Harbor Pantry Network", "Lake County Food Bank"),
        (300000,),
    ),
    # A state that gives stays apart from the bodies it funds that carry its name.
    Case(
        "governor_state_not_merged_into_a_grantee_named_after_it",
        "In one of her last acts as governor, Ada Lund has allocated $12.5 million in state "
        "grants to 40 nonprofit organizations.\n\n"
        "Vermont's nonprofits serve every town, Lund said.\n\n"
        "The nonprofits receiving funding are: Hospice of Vermont; Elm Valley Shelter.",
        ("Vermont",),
        ("Hospice of Vermont", "Elm Valley Shelter"),
        (12500000,),
    ),
    # "HARTFORD, Conn. (AP) - Gov. Ann Roe announced Wednesday ...": the dateline's state.
    Case(
        "governor_announced_on_a_weekday_dateline_state_gives",
        "MONTPELIER, Vt. (AP) - Gov. Ada Lund announced Wednesday her administration is "
        "awarding $2.2 million in grants to 60 food pantries.",
        ("Vermont",),
        (),
        (2200000,),
    ),
    # Rupees and a sanction: an Indian government body gives.
    Case(
        "ministry_provides_rupees_to_a_trust",
        "The Ministry of Culture will provide Rs 4 crore to the Pine Valley Heritage Trust for "
        "the restoration of the fort.",
        ("Ministry of Culture",),
        ("Pine Valley Heritage Trust",),
        (40000000,),
    ),
    Case(
        "state_government_sanctions_a_sum",
        "The State Government has sanctioned Rs 12 crore for the Harbor District Hospital.",
        ("State Government",),
        ("Harbor District Hospital",),
        (120000000,),
    ),
    # "The Welsh Government has announced £N for Y": a government's announcement is its gift.
    Case(
        "government_announces_a_sum_for_a_body",
        "The Welsh Government has announced £1.5 million for the Harbor Valley Food Network.",
        ("Welsh Government",),
        ("Harbor Valley Food Network",),
        (1500000,),
    ),
    # "..., the Department of Health announced": the body reporting the grant gives it, the
    # programme it runs is only the channel.
    Case(
        "department_reports_a_grant_at_the_sentence_end",
        "Dental care grant\n\n"
        "The Elm Valley Clinic will receive $320,000 through the Rural Smiles Program, the "
        "Department of Health announced Tuesday.",
        ("Department of Health",),
        ("Elm Valley Clinic",),
        (320000,),
    ),
    # "the council has allocated": a public body in lower case funds what it allocates to.
    Case(
        "council_in_lower_case_allocates",
        "Arts funding\n\n"
        "The council has allocated £40,000 to the Harbor Arts Trust for a new gallery.",
        (),
        ("Harbor Arts Trust",),
        (40000,),
    ),
    # A minister announces "funding of €N": her department gives.
    Case(
        "minister_announces_funding_of_a_sum",
        "The Minister for Rural Affairs, Ada Lund, today announced funding of €380,000 for 14 "
        "village halls.",
        ("Department of Rural Affairs",),
        (),
        (380000,),
    ),
    # "Senator X secured $N for Y": Y receives, the senator does not.
    Case(
        "senator_secures_funding_for_a_body",
        "Clinic funding\n\n"
        "Senator Ada Lund secured $2 million in federal funding for the Elm River Health Center "
        "in the spending bill.",
        (),
        ("Elm River Health Center",),
        (2000000,),
    ),
    # Lists of grantees with their sums after "The successful applicants are:" or "The
    # allocations include:", each line a receiver and its share.
    Case(
        "successful_applicants_listed_with_dashed_sums",
        "Community grants announced\n\n"
        "The Vale Shire Council has awarded $31,000 in community grants to three local groups.\n\n"
        "The successful applicants are:\n\n"
        "Elm Valley Men's Shed – $9,000\n\n"
        "Harbor Riding Club – $12,000\n\n"
        "Pine Lake Landcare Group – $10,000",
        ("Vale Shire Council",),
        ("Elm Valley Men's Shed", "Harbor Riding Club", "Pine Lake Landcare Group"),
        (31000, 9000, 12000, 10000),
    ),
    Case(
        "allocations_listed_with_sums_after_a_colon",
        "Grants for heritage\n\n"
        "The Department of Culture has announced €600,000 for heritage projects.\n\n"
        "The allocations include:\n\n"
        "• Elm Abbey Trust: €300,000\n\n"
        "• Harbor Museum Society: €200,000",
        ("Department of Culture",),
        ("Elm Abbey Trust", "Harbor Museum Society"),
        (600000, 300000, 200000),
    ),
    # "X welcomes Y's contribution": a headline naming both, the body stating the sums.
    Case(
        "agency_welcomes_a_country_contribution_in_the_headline",
        "UNICEF welcomes Norway's new contribution for schools in crisis\n\n"
        "A US$6 million contribution will support classrooms in the Sahel.\n\n"
        "Norway has long backed the work of UNICEF in the region.",
        ("Norway",),
        ("UNICEF",),
        (6000000,),
    ),
    # A non-repayable contribution is a grant.
    Case(
        "non_repayable_contribution_is_a_grant",
        "Funding for the firm\n\n"
        "The Government of Canada is investing $900,000 in Orvik Robotics through a "
        "non-repayable contribution.",
        ("Government of Canada",),
        ("Orvik Robotics",),
        (900000,),
    ),
    # Officials announce; the body the grants were awarded through gives.
    Case(
        "grants_awarded_through_an_agency",
        "Senators announce fire grants\n\n"
        "U.S. Senators Ada Lund and Tom Hale announced $1.8 million in firefighter grants for "
        "nine fire departments. The grants were awarded through the Federal Emergency "
        "Management Agency.",
        ("Federal Emergency Management Agency",),
        (),
        (1800000,),
    ),
    Case(
        "premier_announces_a_sum_through_a_public_foundation",
        "Premier announces grants\n\n"
        "Premier Ada Lund today announced $2.2 million for 30 community groups through the "
        "Harbor Province Trillium Foundation.",
        ("Harbor Province Trillium Foundation",),
        (),
        (2200000,),
    ),
    # "the Administration is announcing $N from the Department of X": the department gives.
    Case(
        "administration_announces_a_sum_from_a_department",
        "FACT SHEET: New Actions on the Grid\n\n"
        "Today, the Administration is announcing $400 million from the Department of Energy to "
        "11 states to upgrade power lines.",
        ("Department of Energy",),
        (),
        (400000000,),
    ),
    # A department that confirms a sum for a body gives it.
    Case(
        "department_confirms_funding_for_a_trust",
        "Funding boost\n\n"
        "The Department for Education has confirmed £1.9 million of funding for the Harbor "
        "Academy Trust to rebuild its school.",
        ("Department for Education",),
        ("Harbor Academy Trust",),
        (1900000,),
    ),
    # "€N has been allocated to groups ..., Minister for X has announced": her department gives.
    Case(
        "allocated_passive_minister_announces_after",
        "Rural grants\n\n"
        "Over €900,000 in funding has been allocated to 28 community groups under the Town "
        "Renewal scheme, Minister for Rural Affairs Ada Lund has announced.",
        ("Department of Rural Affairs",),
        (),
        (900000,),
    ),
    # "is delivering $N to Y", "has released Rs N to Y": a government's verbs of giving.
    Case(
        "government_delivers_a_sum_to_a_club",
        "Club grant\n\n"
        "The Albanese Government is delivering $1.1 million to the Harbor Surf Club to rebuild "
        "its clubhouse.",
        ("Albanese Government",),
        ("Harbor Surf Club",),
        (1100000,),
    ),
    Case(
        "state_government_releases_rupees_to_a_body",
        "Water scheme\n\n"
        "The state government has released Rs 40 lakh to the Elm Valley Water Board for new "
        "pipes.",
        ("state government",),
        ("Elm Valley Water Board",),
        (4000000,),
    ),
    # A government's list of receivers, each line "Name (project): $N": the whole name,
    # an opening with a digit or lower-case particles included; a receiver named after the
    # country stays apart from the government.
    Case(
        "listed_names_with_projects_and_sums_after_a_colon",
        "Youth exchanges funded\n\n"
        "The Government of Canada is providing $1.2 million to youth groups. This announcement "
        "confirms funding to the following organizations:\n\n"
        "4-H Canada (Rural Exchanges): $300,000\n\n"
        "Association de la jeunesse acadienne (Forum 2025): $200,000\n\n"
        "Institute for the Study of Government in Canada (Youth Forum): $700,000",
        ("Government of Canada",),
        (
            "4-H Canada",
            "Association de la jeunesse acadienne",
            "Institute for the Study of Government in Canada",
        ),
        (1200000, 300000, 200000, 700000),
    ),
    # A sum no one is named giving, in a release where the department's spokesperson speaks.
    Case(
        "department_spokesperson_speaks_for_a_passive_sum",
        "Sports grants\n\n"
        "Funding of €120 million for local sports clubs has been announced.\n\n"
        "A Department spokesperson said each grant application was scored on need.",
        ("Department",),
        (),
        (120000000,),
    ),
    # "from the Scheme": the scheme named in full before; "communities throughout Elmland"
    # are not the place.
    Case(
        "scheme_named_again_by_its_last_word",
        "Community projects funded\n\n"
        "Minister Ada Lund is pleased to announce the outcome of the Rural Futures Scheme "
        "funding round.\n\n"
        "Nine communities throughout Elmland will receive $60,000 each year from the Scheme.",
        ("Rural Futures Scheme",),
        (),
        (60000,),
    ),
    # "The United States, through USAID, is providing $N to Y": the agency pays.
    Case(
        "country_through_its_agency_provides_aid",
        "Aid for Chad\n\n"
        "The United States, through the U.S. Agency for International Development (USAID), is "
        "providing an additional $15 million in humanitarian assistance to Chad.",
        ("U.S. Agency for International Development",),
        ("Chad",),
        (15000000,),
    ),
    # "The department awarded ...", "from the federal agency": the body named before.
    Case(
        "the_department_named_again_by_its_noun",
        "Clinic grants\n\n"
        "The Department of Health and Human Services announced new rural grants on Monday.\n\n"
        "The department awarded $1.4 million to the Elm Valley Clinic.",
        ("Department of Health and Human Services",),
        ("Elm Valley Clinic",),
        (1400000,),
    ),
    Case(
        "in_kind_gift_from_the_federal_agency",
        "Donated gear\n\n"
        "The Bureau of Land Records no longer needs its old computers.\n\n"
        "The Elm Valley School Board accepted the donation of 40 laptops from the federal "
        "agency.",
        ("Bureau of Land Records",),
        ("Elm Valley School Board",),
        (),
    ),
    # Irish counties named bare are the places funding goes to, not receivers.
    Case(
        "irish_counties_receiving_allocations_are_places",
        "€2.1 million in funding has been awarded to rural schools.\n\n"
        "Minister for Education Ada Lund has confirmed the grants.\n\n"
        "€31 million was awarded nationally to schools, with Mayo, Sligo, and Kerry receiving "
        "the largest allocations.",
        ("Department of Education",),
        (),
        (2100000, 31000000),
    ),
    # A premier named with her province announces the province's money, as a governor does
    # her state's; a premier's visit gives nothing.
    Case(
        "provincial_premier_announces_funding",
        "Ontario Premier Ada Lund announced $2 million in funding for the Elm Food Bank.",
        ("Ontario",),
        ("Elm Food Bank",),
        (2000000,),
    ),
    Case(
        "premier_of_a_state_in_apposition_announces_funding",
        "Ada Lund, Premier of Queensland, announced $2 million in funding for the Elm Food Bank.",
        ("Queensland",),
        ("Elm Food Bank",),
        (2000000,),
    ),
    Case(
        "state_chief_minister_announces_grants",
        "Karnataka Chief Minister Ada Lund announced Rs 10 crore in grants for the Elm Hospital.",
        ("Karnataka",),
        ("Elm Hospital",),
        (100000000,),
    ),
    Case(
        "chief_minister_of_a_state_in_apposition_is_no_giver",
        "Ada Lund, Chief Minister of Kerala, announced a grant of Rs 10 crore for the Elm "
        "Hospital.",
        ("Kerala",),
        ("Elm Hospital",),
        (100000000,),
    ),
    Case(
        "provincial_premier_visits_no_gift",
        "Ontario Premier Ada Lund visited the Elm Food Bank on Monday.",
        (),
        (),
        (),
    ),
    # A two-word portfolio names the whole department; a title that is no portfolio names none.
    Case(
        "minister_for_social_protection_names_her_department",
        "Minister for Social Protection Ada Lund today announced €1 million in funding for the "
        "Vale Society, Elm Aid and Pell Care.",
        ("Department of Social Protection",),
        ("Vale Society", "Elm Aid", "Pell Care"),
        (1000000,),
    ),
    # "Successful applicants include A, B and C", "Groups to benefit include ...".
    Case(
        "successful_applicants_include_a_list",
        "Grants\n\n"
        "The Vale Council has awarded $70,000 in community grants.\n\n"
        "Successful applicants include the Elm Valley Scouts, Harbor Youth Theatre and the Pine "
        "Lake Garden Club.",
        ("Vale Council",),
        ("Elm Valley Scouts", "Harbor Youth Theatre", "Pine Lake Garden Club"),
        (70000,),
    ),
    Case(
        "groups_to_benefit_include_a_list",
        "Grants\n\n"
        "The Vale Council has awarded $70,000 in community grants.\n\n"
        "Groups to benefit include the Elm Valley Scouts and Harbor Youth Theatre.",
        ("Vale Council",),
        ("Elm Valley Scouts", "Harbor Youth Theatre"),
        (70000,),
    ),
    # A grant round read into the council's name: the council gives.
    Case(
        "round_of_a_council_programme_council_gives",
        "A total of $92,500 has been shared by 14 clubs in Round 3 of Elm Vale Council's "
        "Small Grants program.\n\n"
        "Mayor Ada Lund said the Council has awarded the grants to projects across the city.",
        ("Elm Vale Council",),
        (),
        (92500,),
    ),
    # An official announces funding in a release headed by her government's name.
    Case(
        "official_announces_funding_government_of_country_gives",
        "The Government of Canada supports community radio in Manitoba\n\n"
        "WINNIPEG, May 3, 2024 - The Honourable Ada Lund, Minister of Seniors, announced today "
        "more than $2.3 million in funding for community radio projects.",
        ("Government of Canada",),
        (),
        (2300000,),
    ),
    # Listed receivers each with a participle and its sum: "X, receiving $500,000; Y, awarded
    # $1,035,000"; a participle without a sum names no receiver.
    Case(
        "listed_receivers_with_receiving_and_awarded",
        "Senator Ann Roe secured $3 million for 14 projects.\n\nOther recipients include the Elm "
        "Fire Company, receiving $500,000 to build a new station; Vale Area College, awarded "
        "$1,035,000 for new labs; and the City of Ash, receiving $959,752 for roads.",
        (),
        ("Elm Fire Company", "Vale Area College", "City of Ash"),
        (500000, 1035000, 959752),
    ),
    # What the money pays for, capitalised in a list, is no receiver (a firm named so is one).
    Case(
        "capitalised_purposes_are_no_receivers",
        "Senator Ann Roe secured $3 million for 14 projects.\n\nVale Area College, awarded "
        "$1,035,000 for Capital Improvements and Repairs, will build new labs.",
        (),
        ("Vale Area College",),
        (1035000,),
    ),
    Case(
        "firm_named_for_its_trade_receives",
        "Orvik Bank gave $5,000 to Elm Equipment and Repairs Ltd.",
        ("Orvik Bank",),
        ("Elm Equipment and Repairs Ltd.",),
        (5000,),
    ),
    Case(
        "receiving_without_a_sum_names_no_receiver",
        "Senator Ann Roe secured $3 million for 14 projects.\n\nThe Elm Fire Company, receiving "
        "calls every day, asked the county for $500,000 to build a new station.",
        (),
        (),
        (),
    ),
    # A loan and a grant stated apart: the grant is the gift, the loan is not.
    Case(
        "loan_and_grant_keeps_the_grant",
        "The Birch Hollow Water District will receive a $2.2 million loan and $60,000 grant from "
        "the U.S. Department of Agriculture to replace its old mains.",
        ("U.S. Department of Agriculture",),
        ("Birch Hollow Water District",),
        (60000,),
    ),
]

NO_GIFT = [
    Case(
        "sum_offered_for_a_bank_is_a_price",
        "Orvik Bank offered $25 million for Vale Credit Union.",
    ),
    Case(
        "sum_offered_to_two_banks_for_their_branches_is_a_price",
        "Orvik Bank has offered Vale Credit Union and Elm Savings $25 million for their branch "
        "networks.",
    ),
    Case(
        "offer_of_money_off_is_a_discount",
        "Orvik Stores offers shoppers $50 off their first order at Vale Mall.",
    ),
    Case(
        "spending_to_build_a_plant_at_a_park_is_no_gift",
        "Orvik Corp will spend $20 million to build a plant at the Elm Industrial Park.",
    ),
    Case(
        "land_sold_to_a_body_introduced_as_an_ngo_is_no_gift",
        "Nashik: A local textile trader on Monday sold land worth Rs 75 crore to the "
        "self-funded NGO ‘Seva Sadan’ to build a hostel for girls.",
    ),
    Case(
        "loan_from_a_body_introduced_as_an_ngo_is_no_gift",
        "Nashik: A local textile trader on Monday took a loan of Rs 75 crore from the NGO "
        "‘Seva Sadan’ to build a hostel.",
    ),
    Case(
        "loan_alone_is_no_gift",
        "The Birch Hollow Water District will receive a $2.2 million loan from the U.S. "
        "Department of Agriculture to replace its old mains.",
    ),
    Case(
        "two_loans_are_no_gift",
        "The Birch Hollow Water District will receive a $2.2 million loan and $400,000 in loans "
        "from Orvik Bank to replace its old mains.",
    ),
    Case(
        "firm_announces_results_not_grants",
        "Orvik Labs on Monday announced $18 million in quarterly revenue from its seven projects.",
    ),
    Case(
        "sums_listed_after_a_plain_heading_are_no_gifts",
        "Orvik Motors reported its results for the year.\n\n"
        "Highlights include:\n\n"
        "$4.5 million to Elm Valley Dealers in sales commissions.\n\n"
        "$1.2 million to Pine Lake Leasing in fees.",
    ),
    Case(
        "share_of_a_total_after_results_is_no_gift",
        "Orvik Group reported sales of 30 million euros for the year.\n\n"
        "Some 20 million euros of the total came from its shops in Asia.",
    ),
    Case(
        "winners_share_a_prize_pool_is_no_gift",
        "Orvik Games announced the results of its spring tournament.\n\n"
        "The winning teams will share $50,000 in prize money.",
    ),
    Case(
        "central_bank_governor_is_no_state",
        "Bank of England Governor Ada Lund presented $4 million in grants to 20 charities in "
        "New York.",
    ),
    Case(
        "county_government_budget_is_no_gift",
        "The county government approved a $300 million budget for roads and schools on Friday.",
    ),
    Case(
        "governor_signs_a_bill_no_gift",
        "OREGON (KXTV) – Governor Ada Lund signed a bill on Monday that limits rent increases "
        "for 40,000 households.",
    ),
    Case(
        "schools_receiving_the_funds_without_a_gift_are_no_list",
        "The state budget was passed on Monday.\n\n"
        "The schools receiving the funds are: Pine Valley High School and Elm Middle School.",
    ),
    Case(
        "sanctions_imposed_are_no_gift",
        "The State Government sanctioned Orvik Mining for dumping waste worth Rs 12 crore in "
        "the river.",
    ),
    Case(
        "firm_announces_a_sum_for_its_plant_is_no_gift",
        "Orvik Foods has announced £1.5 million for the Harbor Valley bakery it is building.",
    ),
    Case(
        "firm_allocates_budget_to_its_unit_is_no_gift",
        "Capital plan\n\n"
        "The firm has allocated £40,000 to the Harbor Works Division for new lathes.",
    ),
    Case(
        "allocations_of_a_budget_are_no_gift_list",
        "Budget day\n\n"
        "The city council approved its budget for the year.\n\n"
        "The allocations include:\n\n"
        "• Roads Department: €300,000\n\n"
        "• Parks Department: €200,000",
    ),
    Case(
        "agency_welcomes_a_country_decision_is_no_gift",
        "UNICEF welcomes Norway's new decision on schools\n\n"
        "A US$6 million budget will run the schools ministry in the Sahel.\n\n"
        "Norway has long backed the work of UNICEF in the region.",
    ),
    Case(
        "loan_from_a_collection_is_no_gift",
        "The Vale Art Museum will show 14 landscape paintings this spring.\n\n"
        "The exhibition borrows from the collection of Ada Lund, a shipping heiress.",
    ),
    Case(
        "repayable_contribution_is_a_loan",
        "Funding for the firm\n\n"
        "The Government of Canada is investing $900,000 in Orvik Robotics through a repayable "
        "contribution.",
    ),
    Case(
        "firm_delivers_revenue_is_no_gift",
        "Results\n\n"
        "Orvik Foods is delivering $1.1 million in quarterly sales to the Harbor Surf Club chain.",
    ),
    Case(
        "firm_releases_a_product_priced_is_no_gift",
        "Launch\n\nOrvik Labs has released a $1,200 scanner to the Elm Valley Clinic network.",
    ),
    Case(
        "department_spokesperson_beside_a_budget_figure_is_no_gift",
        "Hospital costs\n\n"
        "The new hospital will cost €120 million to build.\n\n"
        "A Department spokesperson said the tender would open in May.",
    ),
    Case(
        "government_releases_a_report_with_a_sum_is_no_gift",
        "Flood report\n\n"
        "The Government has released a report showing $2 billion in losses from the floods in "
        "the Elm Valley.",
    ),
    Case(
        "the_department_said_about_a_cost_is_no_gift",
        "Road plans\n\n"
        "The Department of Transportation published its plans on Monday.\n\n"
        "The department said the new bridge will cost $40 million.",
    ),
    Case(
        "successful_applicants_of_a_job_scheme_are_no_receivers",
        "Apprenticeships\n\n"
        "The Vale Council has opened its apprenticeship scheme for the year.\n\n"
        "Successful applicants include graduates of Elm Valley College and Harbor Tech.",
    ),
    Case(
        "contract_bid_awarded_is_no_gift",
        "The Elm Transportation Commission awarded a $4.2 million bid to Pine Paving Inc. for "
        "resurfacing 6 miles of Route 9.",
    ),
    Case(
        "minister_beside_an_economic_estimate_is_no_gift",
        "Minister for Finance Ada Lund approved the Elm Mine, which will contribute about "
        "$7 billion to the national economy.",
    ),
    Case(
        "prime_minister_is_no_portfolio",
        "€3 million in funding has been awarded to rural schools, Prime Minister Ada Lund said.",
    ),
    Case(
        "agency_announces_rules_not_grants",
        "The Environmental Protection Agency on Monday announced new limits on soot from "
        "power plants.",
    ),
]


# News items: a reporter's wording of a gift.
NEWS_CASES = [
    # "X and her husband Y made the largest donation": the couple gives.
    Case(
        "couple_made_the_largest_donation",
        "Elm College alumna Ada Lund and her husband Tom Hale made the largest donation in the "
        "college's history, totaling $4 million.",
        ("Ada Lund", "Tom Hale"),
        ("Elm College",),
        (4000000,),
    ),
    # "X, 88, and his wife Y have committed to donating the money": the couple gives.
    Case(
        "couple_with_an_age_committed_to_donating",
        "Vale University has announced a $3 million gift from a graduate.\n\n"
        "The university said that Tom Hale, 88, and his wife Ada Hale have committed to "
        "donating the money to its law school.",
        ("Tom Hale", "Ada Hale"),
        ("Vale University",),
        (3000000,),
    ),
    # "The donation comes from the collection of X": the collector gives.
    Case(
        "donation_comes_from_a_collection",
        "The Vale Art Museum has received 14 landscape paintings.\n\n"
        "The donation comes from the collection of Ada Lund, a shipping heiress who has long "
        "supported the museum.",
        ("Ada Lund",),
        ("Vale Art Museum",),  # the body that has received the paintings
        (),
    ),
    Case(
        "hospital_confirms_the_donation_it_receives",
        "Harbor Hospital confirmed the $20 million donation from the Orvik Foundation in a news "
        "release on Tuesday.",
        ("Orvik Foundation",),
        ("Harbor Hospital",),
        (20000000,),
    ),
    Case(
        "couple_said_the_donation_is_no_giver",
        "Elm College president Ada Lund said the donation in the college's history, totaling "
        "$4 million, came from the Harbor Trust.",
        ("Harbor Trust",),
        (),
        (4000000,),
    ),
    # "a donation of Rs 75 crore to the self-funded NGO 'X'": the body the noun introduces
    # receives, though the giver goes unnamed.
    Case(
        "unnamed_giver_to_a_body_introduced_as_an_ngo",
        "Nashik: A local textile trader on Monday announced a donation of Rs 75 crore to the "
        "self-funded NGO ‘Seva Sadan’ to build a hostel for girls.",
        (),
        ("Seva Sadan",),
        (750000000,),
    ),
    # "a donation to build a centre ... at X", "to fund a chair ... at X": X receives.
    Case(
        "donation_to_build_a_centre_at_a_university",
        "Ann Roe announced a $20 million donation to build a centre for project leadership at "
        "the University of Elm.",
        ("Ann Roe",),
        ("University of Elm",),
        (20000000,),
    ),
    Case(
        "donation_to_build_a_playground_at_a_park_names_no_receiver",
        "Ann Roe announced a $20,000 donation to build a playground at Elm Park.",
        ("Ann Roe",),
        (),
        (20000,),
    ),
    Case(
        "donation_to_fund_a_chair_at_a_college",
        "Ann Roe announced a $2 million donation to fund a chair in economics at Vale College.",
        ("Ann Roe",),
        ("Vale College",),
        (2000000,),
    ),
    # "X has offered A and B $25m": an offer of a sum to named receivers is a pledge.
    Case(
        "offered_two_receivers_a_sum",
        "Businessman offers $25m to Vale institutes\n\nRetired trader Ann Roe has offered "
        "Elm's Royal Hospital and the Vale Research Institute (VRI) $AUD25 million to build new "
        "laboratories.",
        ("Ann Roe",),
        ("Royal Hospital", "Vale Research Institute"),
        (25000000,),
    ),
    Case(
        "given_two_receivers_a_sum",
        "Tom Hale has given Vale Hospital and the Elm Research Institute $4 million to build labs.",
        ("Tom Hale",),
        ("Vale Hospital", "Elm Research Institute"),
        (4000000,),
    ),
    # "to both the X and the Y": both receive; "to both schools" names none.
    Case(
        "donated_to_both_named_bodies",
        "Orvik Telecom donated over R100 000 to both the Elm School and the Vale House of Refuge.",
        ("Orvik Telecom",),
        ("Elm School", "Vale House of Refuge"),
        (100000,),
    ),
    Case(
        "donated_to_both_unnamed_schools",
        "Orvik Telecom donated over R100 000 to both schools in the town.",
        ("Orvik Telecom",),
        (),
        (100000,),
    ),
    # "has set aside Kshs 50 million to go towards the rehabilitation of X": a gift to X;
    # "aside from" and a sum still "to go to reach" a goal are none.
    Case(
        "set_aside_a_sum_to_go_towards_a_hospital",
        "Orvik Foundation commits Kshs 50 million to Vale ward\n\nThe Orvik Foundation "
        "has set aside Kshs 50 million to go towards the rehabilitation of the Vale National "
        "Hospital’s New Born Unit.",
        ("Orvik Foundation",),
        ("Vale National Hospital",),
        (50000000,),
    ),
    Case(
        "a_funds_own_yearly_set_aside_is_no_gift_of_it",
        "Orvik Bank donated $50,000 to the Elm Care Fund. Since 2001, the Elm Care Fund has set "
        "aside $2 million a year for families.",
        ("Orvik Bank",),
        ("Elm Care Fund",),
        (50000,),
    ),
    Case(
        "aside_from_a_sum_is_no_cue",
        "Aside from the $50 million, the Orvik Foundation helped the Vale National Hospital.",
        (),
        (),
        (),
    ),
    Case(
        "sum_still_to_go_to_reach_a_goal_is_no_gift",
        "The Orvik Foundation has donated $50 million, with $2 million to go to reach the goal "
        "of the Vale National Hospital.",
        ("Orvik Foundation",),
        (),
        (50000000,),
    ),
    # A sum in shillings, rand or pesos after a weak giving verb names its giver as "$" does.
    Case(
        "committed_shillings_names_the_giver",
        "The Orvik Foundation has committed Kshs 20 million to the Elm Hospital.",
        ("Orvik Foundation",),
        ("Elm Hospital",),
        (20000000,),
    ),
    Case(
        "committed_to_a_plan_without_a_sum_is_no_gift",
        "The Orvik Foundation has committed to the Elm Hospital's plan for a new ward.",
        (),
        (),
        (),
    ),
    # "to the country’s Vale University": the body after the place's possessive receives.
    Case(
        "gift_to_the_countrys_university",
        "Record gift\n\nA couple has given C$200 million to the country’s Vale University, the "
        "largest gift in its history.",
        (),
        ("Vale University",),
        (200000000,),
    ),
    Case(
        "gift_to_the_countrys_poorest_names_no_receiver",
        "Record gift\n\nA couple has given C$200 million to the country’s poorest families.",
        (),
        (),
        (),
    ),
    # "from the President of Acme Systems, Jo Lee": the person named after her office gives.
    Case(
        "received_from_a_firms_president_named_after",
        "For instance, Vale Institute of Technology recently received Rs 75 crore from the "
        "President of US-based Orvik Systems, Ravi Orvik. The donation is for its School of AI.",
        ("Ravi Orvik",),
        ("Vale Institute of Technology",),
        (750000000,),
    ),
    Case(
        "received_from_a_clubs_president_is_no_personal_gift",
        "Vale Hospital received $5,000 from the president of the Elm Lions Club, Jo Lee, on "
        "Monday.",
        (),
        ("Vale Hospital",),
        (5000,),
    ),
    # "in association with X" names a partner in the giving, as "in partnership with" does.
    Case(
        "giver_in_association_with_a_trust",
        "Orvik Bank, in association with the Elm Trust, donated Rs 10 lakh to the Vale Hospital.",
        ("Orvik Bank", "Elm Trust"),
        ("Vale Hospital",),
        (1000000,),
    ),
    Case(
        "receiver_a_member_of_an_association_is_no_partner",
        "Orvik Bank donated Rs 10 lakh to the Vale Hospital, a member of the Elm Hospitals "
        "Association.",
        ("Orvik Bank",),
        ("Vale Hospital",),
        (1000000,),
    ),
    # "donations from the fund": the fund of that kind named before gives (not a body of
    # another kind).
    Case(
        "donations_from_the_foundation_named_before",
        "Groups to benefit\n\nThe Vale Foundation has issued its first round of grants. 29 "
        "local groups will share in almost $400,000 of donations from the foundation.",
        ("Vale Foundation",),
        (),
        (400000,),
    ),
    Case(
        "donations_from_the_fund_after_a_trust_name_no_giver",
        "Groups to benefit\n\nThe Vale Trust has issued its first round of grants. 29 local "
        "groups will share in almost $400,000 of donations from the fund.",
        (),
        (),
        (),
    ),
    # A head of government's relief fund is read whole, its words partly in lower case.
    Case(
        "chief_ministers_flood_relief_fund_in_lower_case",
        "Orvik Bank on Saturday said it has donated Rs one crore to the Chief Minister's Flood "
        "relief fund.",
        ("Orvik Bank",),
        ("Chief Minister's Flood relief fund",),
        (10000000,),
    ),
    Case(
        "cms_relief_fund_abbreviated",
        "Orvik Bank has donated Rs 5 crore to the CM's relief fund for flood victims.",
        ("Orvik Bank",),
        ("CM's relief fund",),
        (50000000,),
    ),
    Case(
        "relief_fund_officers_met_is_no_gift",
        "Orvik Bank staff met the Chief Minister's relief fund officers on Monday.",
        (),
        (),
        (),
    ),
    # A mayor or a councillor who donates gives from her own budget or charity fund; one who
    # announces a grant only announces it.
    Case(
        "deputy_mayor_donates_from_her_charity_fund",
        "Deputy Mayor Ann Roe has donated £2,000 from her charity fund to the Vale Food Bank.",
        ("Ann Roe",),
        ("Vale Food Bank",),
        (2000,),
    ),
    Case(
        "lord_mayor_will_donate_his_budget",
        "Elm Lord Mayor Tom Hale will donate what is left of his mayoral budget to the Elm "
        "Night Shelter, some £31,000.",
        ("Tom Hale",),
        ("Elm Night Shelter",),
        (31000,),
    ),
    # "X in the Lower Vale Valley": the region is where the body is, not a party.
    Case(
        "giver_in_a_named_valley_makes_a_donation",
        "Food bank gets gift\n\nThe Vale Food Bank announced that Orvik Bank in the Lower Vale "
        "Valley has made a $10,000 donation to assist families.",
        ("Orvik Bank",),
        ("Vale Food Bank",),
        (10000,),
    ),
    Case(
        "receiver_in_a_named_valley_received",
        "The Vale Food Bank in the Lower Vale Valley received $10,000 from Orvik Bank.",
        ("Orvik Bank",),
        ("Vale Food Bank",),
        (10000,),
    ),
    Case(
        "a_body_after_in_the_is_no_region",
        "Volunteers in the Vale Hospital Trust donated $10,000 to the Vale Food Bank.",
        ("Vale Hospital Trust",),
        ("Vale Food Bank",),
        (10000,),
    ),
    Case(
        "councillor_donates_his_ward_budget_of_a_sum",
        "Councillor Tom Hale will donate his ward budget of £1,500 to the Elm Scouts.",
        ("Councillor Tom Hale",),
        ("Elm Scouts",),
        (1500,),
    ),
    Case(
        "a_ward_budget_set_is_no_gift",
        "The council has set a ward budget of £1,500 for each councillor.",
        (),
        (),
        (),
    ),
    Case(
        "deputy_mayor_announces_a_grant_is_no_giver",
        "Deputy Mayor Ann Roe has announced a £2,000 grant from the council to the Vale Food Bank.",
        (),
        ("Vale Food Bank",),
        (2000,),
    ),
]


@pytest.mark.parametrize("case", NEWS_CASES, ids=lambda c: c.id)
def test_news_item_gift_roles_and_amounts(case: Case) -> None:
    """A news item's wording of a gift names its giver, receiver and sum."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_government_gift_roles_and_amounts(case: Case) -> None:
    """Each government construction names the paying body, the receiver and the grant."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)


@pytest.mark.parametrize("case", NO_GIFT, ids=lambda c: c.id)
def test_no_government_gift_no_facts(case: Case) -> None:
    """The same words stating a loan or no money give no donors, recipients or amounts."""
    frame = frame_of(case.text)

    got = (frame.donors, frame.recipients, frame.amounts)

    assert got == ((), (), ())


def test_loan_and_grant_record_pairs_the_receiver_with_the_grant() -> None:
    """A receiver of a loan and a grant is paired in the gift record with the grant, not the loan."""
    frame = frame_of(
        "The Birch Hollow Water District will receive a $2.2 million loan and $60,000 grant "
        "from the U.S. Department of Agriculture to replace its old mains."
    )

    got = [(g.recipient, g.amount.value if g.amount else None) for g in frame.gifts]

    assert got == [("Birch Hollow Water District", 60000.0)]


def test_a_person_of_a_place_is_not_read_as_a_suffix() -> None:
    """Only a company suffix's comma is passed over: "of Fernie, B.C., is receiving" names no place."""
    frame = frame_of(
        "Harbor Youth Fund honours three teens\n\n"
        "Ada Lund, of Fernie, B.C., is receiving a $2,000 bursary from the Harbor Youth Fund "
        "for her reading club."
    )

    got = [e.name for e in frame.recipients]

    assert "B.C." not in got


@pytest.mark.parametrize("case", CASES + NO_GIFT, ids=lambda c: c.id)
def test_government_spans_point_into_the_text(case: Case) -> None:
    """Every donor, recipient, amount and gift record spans exactly its text."""
    frame = frame_of(case.text)
    facts: list[Any] = [*frame.donors, *frame.recipients, *frame.amounts, *frame.gifts]

    bad = [f for f in facts if case.text[f.start : f.end] != f.text]

    assert bad == []
