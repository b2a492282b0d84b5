"""The gift frame on constructions beyond the first corpus: programmes, named grants, sums without a cue word."""

from __future__ import annotations

import pytest
from test_gifts import (  # the same case shape and frame helper as the main table
    Case,
    expected_roles,
    frame_of,
    roles_of,
)

from extractors import gifts

GENERAL = [
    Case(
        "a_recipient_of_a_capitalised_foundation_grant_names_the_foundation",
        "Orvik Lab Wins Grant\n\n"
        "Orvik Lab is proud to announce that it is a recipient of the Tessa Foundation Grant. "
        "The grant will fund two new posts.",
        ("Tessa Foundation",),
        ("Orvik Lab",),
        (),
    ),
    Case(
        "the_winner_of_a_foundation_award_is_honoured_not_funded",
        "Ann Roe Wins Poetry Prize\n\n"
        "Ann Roe is the winner of the Tessa Foundation Award for poetry.",
        (),
        (),
        (),
    ),
    Case(
        "a_charity_hosting_its_annual_ball_receives",
        "Harbor Hospice Hosts Winter Ball\n\n"
        "LEEDS, May 2, 2025 -- Harbor Hospice Trust hosts its annual Lantern Ball on Friday at "
        "the old mill.",
        (),
        ("Harbor Hospice Trust",),
        (),
    ),
    Case(
        "a_show_supporting_the_cause_of_a_named_charity",
        "Students Stage Spring Show\n\n"
        "The spring show gathers student designers while supporting the worthy cause of Tessa "
        "Home, a shelter for women.",
        (),
        ("Tessa Home",),
        (),
    ),
    Case(
        "a_company_hosting_its_annual_meeting_receives_nothing",
        "Orvik Holds Yearly Meeting\n\n"
        "LEEDS, May 2, 2025 -- Orvik Group hosts its annual shareholder meeting on Friday.",
        (),
        (),
        (),
    ),
    Case(
        "grant_recipients_include_a_list_of_receivers",
        "Orvik Bank Awards 50 Shops With Grants\n\n"
        "Today, Orvik Bank announced 50 shops that will each receive a $2,000 grant. This year's "
        "grant recipients include Tessa Books in Elm Park, and Vale Bike Works.",
        ("Orvik Bank",),
        ("Tessa Books", "Vale Bike Works"),
        (2000,),
    ),
    Case(
        "past_grant_recipients_are_not_this_gifts_receivers",
        "Orvik Bank Awards 50 Shops With Grants\n\n"
        "Today, Orvik Bank announced 50 shops that will each receive a $2,000 grant. Past "
        "grant recipients include Tessa Books in Elm Park, and Vale Bike Works.",
        ("Orvik Bank",),
        (),
        (2000,),
    ),
    Case(
        "a_common_acronym_before_grant_is_no_party",
        "Orvik Bio Wins Grant\n\n"
        "Orvik Bio announced that it has won a further R&D grant from the Tessa "
        "Innovation Agency.",
        ("Tessa Innovation Agency",),
        ("Orvik Bio",),
        (),
    ),
    Case(
        "the_subjects_own_donation_to_a_receiver_names_it_the_giver",
        "Orvik Mortgage Helps Veterans\n\n"
        "Orvik Mortgage, based in Leeds, today announced that through its training fund and its "
        "spring 2021 donation to Harbor Paws, ten service dogs have been placed.",
        ("Orvik Mortgage",),
        ("Harbor Paws",),
        (),
    ),
    Case(
        "a_receivers_own_donation_named_later_leaves_the_subject_out",
        "Orvik Mortgage Helps Veterans\n\n"
        "Orvik Mortgage said Harbor Paws will use the fund it opened in May for training.",
        (),
        (),
        (),
    ),
    Case(
        "a_charity_announcing_its_own_fundraising_event_receives",
        "Orla Trust Plans Autumn Evening\n\n"
        "LEEDS, May 2, 2025 -- The Orla Chess Trust has announced the launch of its first "
        "fundraising dinner, to be held in June at the town hall.",
        (),
        ("Orla Chess Trust",),
        (),
    ),
    Case(
        "a_council_pleased_to_announce_its_silent_auction_receives",
        "Parents Plan Spring Auction\n\n"
        "The Tessa Parent Council (TPC) is excited to announce its spring silent auction to "
        "raise money for classroom programmes.",
        (),
        ("Tessa Parent Council",),
        (),
    ),
    Case(
        "a_club_hosting_its_outing_for_another_charity_gives",
        "Rotary Tees Off for Shelter\n\n"
        "The Pell Rotary Club will host its 20th annual golf outing on June 3 to raise funds "
        "for Harbor House, a shelter for families.",
        ("Pell Rotary Club",),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_charity_launching_its_holiday_appeal_receives",
        "Harbor House Opens Its Winter Drive\n\n"
        "Harbor House launched its annual holiday appeal on Monday, asking neighbours to help "
        "feed 400 families this winter.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_trust_hosting_its_charity_walk_receives",
        "Lark Trust Plans River Walk\n\n"
        "The Lark Hearing Trust will host its first charity walk along the river on May 3.",
        (),
        ("Lark Hearing Trust",),
        (),
    ),
    Case(
        "a_company_launching_its_appeal_of_a_ruling_receives_nothing",
        "Orvik Bank Contests Ruling\n\n"
        "Orvik Bank has launched its appeal against the court's ruling on Monday.",
        (),
        (),
        (),
    ),
    Case(
        "a_radiothon_raised_a_decimal_sum_for_a_named_hospital",
        "Radiothon Tops Its Goal\n\n"
        "BOSTON, March 3, 2025 -- The annual Lark radiothon raised $1.4 million for the Pell "
        "Children's Hospital over two days.",
        (),
        ("Pell Children's Hospital",),
        (1400000,),
    ),
    Case(
        "a_gala_raised_a_decimal_sum_to_benefit_a_named_charity",
        "Gala Tops Its Goal\n\n"
        "BOSTON, March 3, 2025 -- The spring gala raised $2.3 million to benefit the Lark "
        "Hearing Trust, organisers said.",
        (),
        ("Lark Hearing Trust",),
        (2300000,),
    ),
    Case(
        "proceeds_of_a_walk_with_a_decimal_length_go_to_a_named_charity",
        "River Walk Set for May\n\n"
        "BOSTON, March 3, 2025 -- Proceeds from the 2.5-mile river walk will go to Harbor "
        "House, which shelters families.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_company_attending_someone_elses_gala_receives_nothing",
        "Orvik Sends Team to City Gala\n\n"
        "Orvik Mortgage has announced that its staff will attend the Harbor Gala in June.",
        (),
        (),
        (),
    ),
    Case(
        "a_fundraiser_raises_funds_for_a_named_charity",
        "Chess Stars Join Charity Match\n\n"
        "The annual match pairs grandmasters with club players to raise much-needed funds for "
        "the Orla Chess Trust. The trust teaches chess in schools.",
        (),
        ("Orla Chess Trust",),
        (),
    ),
    Case(
        "a_drive_collects_goods_to_benefit_a_named_charity",
        "Magazine Hosts Winter Party\n\n"
        "The evening included a coat drive to benefit Tessa Warmth, a group that clothes "
        "families in winter. Guests brought 300 coats.",
        (),
        ("Tessa Warmth",),
        (),
    ),
    Case(
        "an_outing_supports_the_mission_of_its_host",
        "Pell Mission Announces Third Bowling Night\n\n"
        "Pell Mission has announced its third bowling night. Guests will enjoy an evening of "
        "bowling while supporting the mission of Pell Mission Inc. in feeding the hungry.",
        (),
        ("Pell Mission Inc.",),
        (),
    ),
    Case(
        "a_call_to_donate_names_the_receiver_alone",
        "Give to the Tessa Library\n\n"
        "The Tessa Library lends books to every town in the valley. To make a donation to the "
        "Tessa Library, readers may visit its website.",
        (),
        ("Tessa Library",),
        (),
    ),
    Case(
        "funds_raised_at_an_event_go_to_a_named_charity",
        "Pell Riders Return\n\n"
        "The Pell Riders meet at the harbour on June 8. All funds raised on the day will go to "
        "the Orla Reading Trust, which runs village libraries.",
        (),
        ("Orla Reading Trust",),
        (),
    ),
    Case(
        "money_collected_will_support_a_named_charity",
        "Choir Sings for Shelter\n\n"
        "The Lark Choir sings at Pell Hall on May 3. Money collected at the door will support "
        "Harbor House and its night shelter.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_benefit_concert_for_a_named_charity",
        "Concert Night at Pell Hall\n\n"
        "A benefit concert for the Tessa Hearing Trust takes place at Pell Hall on May 3, with "
        "three local bands.",
        (),
        ("Tessa Hearing Trust",),
        (),
    ),
    Case(
        "funds_raised_by_selling_notes_support_a_named_company",
        "Orvik Bio Closes Round\n\n"
        "Orvik Bio closed its round on Monday. Funds raised through the sale of notes will "
        "support Kessel Labs in its kidney trials.",
        (),
        (),
        (),
    ),
    Case(
        "a_benefit_plan_for_staff_is_no_fundraiser",
        "Orvik Adds Staff Perks\n\n"
        "Orvik Bank offers a benefit plan for Pell County staff who join before May.",
        (),
        (),
        (),
    ),
    Case(
        "a_company_raising_funds_for_its_own_series_is_no_fundraiser",
        "Orvik Bio Raises Capital\n\n"
        "Orvik Bio raised funds for Series B from Zenith Capital to expand its trials.",
        (),
        (),
        (),
    ),
    Case(
        "a_product_that_benefits_customers_is_no_fundraiser",
        "Orvik Launches New Sale\n\n"
        "The spring sale benefits Orvik Club members with early access to new shoes.",
        (),
        (),
        (),
    ),
    Case(
        "possessive_before_a_sum_with_a_thousands_comma",
        "Shelter Opens New Wing\n\n"
        "MOBILE, AL, May 3, 2025 -- Gulf Coast Credit Union's $40,000 contribution to the Bayside "
        "Shelter paid for the new wing.",
        ("Gulf Coast Credit Union",),
        ("Bayside Shelter",),
        (40000,),
    ),
    Case(
        "possessive_before_a_sum_that_is_no_gift_names_no_giver",
        "Shelter Opens New Wing\n\n"
        "MOBILE, AL, May 3, 2025 -- Gulf Coast Credit Union's $40,000 loan to the Bayside "
        "Shelter paid for the new wing.",
        (),
        (),
        (),
    ),
    Case(
        "giver_named_with_insurance_is_not_an_insurance_sentence",
        "Shelter Opens New Wing\n\n"
        "MOBILE, AL, May 3, 2025 -- The Bayside Shelter received a $40,000 grant from Gulf Mutual "
        "Insurance for its new wing.",
        ("Gulf Mutual Insurance",),
        ("Bayside Shelter",),
        (40000,),
    ),
    Case(
        "insurance_as_a_common_word_still_blocks",
        "Shelter Opens New Wing\n\n"
        "MOBILE, AL, May 3, 2025 -- The Bayside Shelter received a $40,000 insurance payout "
        "after the storm from Gulf Mutual.",
        (),
        (),
        (),
    ),
    Case(
        "unveiled_a_donation_names_the_subject",
        "Shelter Opens New Wing\n\n"
        "MOBILE, AL, May 3, 2025 -- Gulf Coast Credit Union today unveiled a $40,000 donation to "
        "the Bayside Shelter.",
        ("Gulf Coast Credit Union",),
        ("Bayside Shelter",),
        (40000,),
    ),
    Case(
        "subject_marked_an_occasion_by_donating",
        "Library Gets Reading Room\n\n"
        "OMAHA, NE, May 3, 2025 -- Prairie Mutual marked its 75th year by donating $75,000 to "
        "the Omaha Public Library.",
        ("Prairie Mutual",),
        ("Omaha Public Library",),
        (75000,),
    ),
    Case(
        "subject_celebrated_by_giving_after_has",
        "Library Gets Reading Room\n\n"
        "OMAHA, NE, May 3, 2025 -- Prairie Mutual has celebrated the opening of its new office by "
        "giving $10,000 to the Omaha Public Library.",
        ("Prairie Mutual",),
        ("Omaha Public Library",),
        (10000,),
    ),
    Case(
        "double_object_receiver_before_a_sum_and_grant",
        "Shelter Gets New Van\n\n"
        "MOBILE, AL, May 3, 2025 -- Gulf Coast Credit Union awarded the Bayside Shelter a "
        "$30,000 grant for a new van.",
        ("Gulf Coast Credit Union",),
        ("Bayside Shelter",),
        (30000,),
    ),
    Case(
        "double_object_receiver_before_a_donation_in_millions",
        "Shelter Gets New Wing\n\n"
        "MOBILE, AL, May 3, 2025 -- Gulf Coast Credit Union gave Bayside Shelter a $1.5 million "
        "donation for a new wing.",
        ("Gulf Coast Credit Union",),
        ("Bayside Shelter",),
        (1500000,),
    ),
    Case(
        "name_before_its_own_grant_after_a_comma_still_gives",
        "Shelter Gets New Van\n\n"
        "MOBILE, AL, May 3, 2025 -- After a long search, Gulf Coast Credit Union awarded a "
        "$30,000 grant to the Bayside Shelter.",
        ("Gulf Coast Credit Union",),
        ("Bayside Shelter",),
        (30000,),
    ),
    Case(
        "headline_subject_donates_goods_to_an_unnamed_family",
        "Brookside Heating Donates Furnace to Local Family\n\n"
        "OCALA, FL, May 3, 2025 -- Brookside Heating technicians visited the Ortiz home last "
        'week. "We were cold every night," said Rosa Ortiz.',
        ("Brookside Heating",),
        (),
        (),
    ),
    Case(
        "headline_subject_donates_time_names_no_giver",
        "Brookside Heating Donates Time to Local Family\n\n"
        "OCALA, FL, May 3, 2025 -- Brookside Heating technicians visited the Ortiz home last "
        'week. "We were cold every night," said Rosa Ortiz.',
        (),
        (),
        (),
    ),
    Case(
        "headline_receiver_of_unnamed_donations_names_no_giver",
        "Ortiz Family Receives Donations After Fire\n\n"
        "OCALA, FL, May 3, 2025 -- Neighbours rallied around the Ortiz family this week.",
        (),
        (),
        (),
    ),
    Case(
        "relative_clause_names_the_giver",
        "Job Centres Add Two Navigators\n\n"
        "TACOMA, WA, May 8, 2024 -- The council has teamed up with Verdant Telecom, who has "
        "generously donated $40,000, to fund two navigators at its job centres.",
        ("Verdant Telecom",),
        (),
        (40000,),
    ),
    Case(
        "relative_which_pledged_to_a_named_recipient",
        "Museum Wing Takes Shape\n\n"
        "TACOMA, WA, May 8, 2024 -- Harbor Mutual, which pledged $2 million to the Tacoma Art "
        "Museum last year, will also lend staff to the project.",
        ("Harbor Mutual",),
        ("Tacoma Art Museum",),
        (2000000,),
    ),
    Case(
        "relative_which_contributed_to_a_trend_names_no_giver",
        "Harbor Mutual Donates $5,000 to Tacoma Food Bank\n\n"
        "TACOMA, WA, May 8, 2024 -- Harbor Mutual donated $5,000 to the Tacoma Food Bank, "
        "which contributed to a 10% rise in meals served.",
        ("Harbor Mutual",),
        ("Tacoma Food Bank",),
        (5000,),
    ),
    Case(
        "lone_name_written_small_only_in_a_link_slug",
        "Job Centres Add Two Navigators\n\n"
        "TACOMA, WA, May 8, 2024 -- Verdant donated $40,000 to the Tacoma Job Council this "
        "week. Verdant staff will also volunteer.\n\n"
        "[Pickup](https://example.com/r/news/comments/x1/council_and_verdant_team_up/)",
        ("Verdant",),
        ("Tacoma Job Council",),
        (40000,),
    ),
    Case(
        "a_places_grant_recipients_are_not_its_gift",
        "Acme Awards 100 Small Firms With Grants\n\n"
        "Today, Acme Corp announced 100 small firms that will each receive a $5,000 grant. "
        "A sample of Ohio's grant recipients include Red Door Bakery in Dayton.",
        ("Acme Corp",),
        ("Red Door Bakery",),
        (5000,),
    ),
    Case(
        "passive_donated_by_names_the_giver",
        "Relay Tour Wraps Up in Halifax\n\n"
        "HALIFAX, NS, May 3, 2025 -- The tour van was donated by Northgate Motors to Brightpath "
        "Camps. It visited forty towns this summer.",
        ("Northgate Motors",),
        ("Brightpath Camps",),
        (),
    ),
    Case(
        "passive_with_an_adverb_names_the_giver",
        "Relay Tour Wraps Up in Halifax\n\n"
        "HALIFAX, NS, May 3, 2025 -- Twelve laptops were generously donated by Northgate Motors "
        "to the Brightpath Camps learning centre this week.",
        ("Northgate Motors",),
        (),
        (),
    ),
    pytest.param(
        Case(
            "passive_donated_by_inside_an_appositive",
            "Relay Tour Wraps Up in Halifax\n\n"
            "HALIFAX, NS, May 3, 2025 -- Brightpath Camps toured forty towns in a van, generously "
            "donated by Northgate Motors, to meet families.",
            ("Northgate Motors",),
            (),
            (),
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'a van, donated by X,' is read only after 'was/is': in passing it is often "
            "not the gift the release announces",
        ),
        id="passive_donated_by_inside_an_appositive",
    ),
    Case(
        "passive_provided_by_names_no_giver",
        "Relay Tour Wraps Up in Halifax\n\n"
        "HALIFAX, NS, May 3, 2025 -- Meals were provided by Northgate Catering at each stop. "
        "Brightpath Camps thanked the donors who made the tour possible.",
        (),
        (),
        (),
    ),
    Case(
        "headline_firm_offers_grants_without_a_sum",
        "Marlow Injury Lawyers Offers Grants for Youth Coaches\n\n"
        "TULSA, OK, March 4, 2025 -- Marlow Injury Lawyers started its Field Day program to "
        "help local teams. The program works by awarding grants to coaches who need gear.",
        ("Marlow Injury Lawyers",),
        (),
        (),
    ),
    pytest.param(
        Case(
            "headline_firm_announces_its_named_scholarship",
            "Penrose Legal Announces the Courage in Recovery Scholarship\n\n"
            "BOISE, ID, June 2, 2025 -- Penrose Legal invites college students to apply for the "
            "firm's new Courage in Recovery Scholarship. This scholarship provides $2,000 "
            "to one student.",
            ("Penrose Legal",),
            (),
            (2000,),
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the donor is found, but 'This scholarship provides $2,000' is no strong cue",
        ),
        id="headline_firm_announces_its_named_scholarship",
    ),
    Case(
        "headline_firm_announces_the_scholarship_it_gives",
        "Penrose Legal Announces the Courage in Recovery Scholarship\n\n"
        "BOISE, ID, June 2, 2025 -- Penrose Legal invites college students to apply for the "
        "firm's new Courage in Recovery Scholarship. The firm will be awarding scholarships "
        "to two students each year.",
        ("Penrose Legal",),
        (),
        (),
    ),
    Case(
        "headline_announcing_scholarship_winners_names_no_giver",
        "Penrose Legal Announces 2025 Scholarship Winners\n\n"
        "BOISE, ID, June 2, 2025 -- Penrose Legal named three students at a dinner on Friday. "
        "Each scholarship offers $2,000 in support.",
        (),
        (),
        (),
    ),
    Case(
        "headline_offering_gift_cards_is_no_programme",
        "Corner Books Offers Gift Cards for the Holidays\n\n"
        "BOISE, ID, June 2, 2025 -- Corner Books now sells cards worth $25 in four designs.",
        (),
        (),
        (),
    ),
    Case(
        "headline_firm_accepting_applications_for_its_scholarship",
        "Harlan Crash Attorneys Accepting Applications for the Second Chance Scholarship\n\n"
        "DENVER, CO, May 2, 2025 -- Harlan Crash Attorneys wants to help students who have "
        "rebuilt their lives after an injury. The winner is picked in the spring.",
        ("Harlan Crash Attorneys",),
        (),
        (),
    ),
    Case(
        "headline_accepting_applications_for_jobs_is_no_programme",
        "Harlan Crash Attorneys Accepting Applications for Paralegal Positions\n\n"
        "DENVER, CO, May 2, 2025 -- Harlan Crash Attorneys is hiring two paralegals this spring.",
        (),
        (),
        (),
    ),
    Case(
        "headline_announces_a_grants_program_after_an_adjective",
        "Quillnet Announces Comprehensive Grants Program for Open Tools\n\n"
        "Quillnet, a data network, is pleased to reveal a comprehensive grants program. "
        "The effort will back teams that build open tools.",
        ("Quillnet",),
        (),
        (),
    ),
    Case(
        "headline_announces_a_named_grants_and_accelerator_program",
        "Lumora Labs Announces BRIGHT PATH: A Grants & Mentoring Program for Solar Apps\n\n"
        "Lumora Labs, a solar software firm, introduces BRIGHT PATH for young teams. "
        "Teams may apply online.",
        ("Lumora Labs",),
        (),
        (),
    ),
    Case(
        "headline_announces_grant_program_winners_names_no_giver",
        "Lumora Labs Announces Grants Program Winners\n\n"
        "Lumora Labs named four teams on Monday. The teams will present in June.",
        (),
        (),
        (),
    ),
    Case(
        "in_kind_goods_handed_on_after_a_stated_gift",
        "Builder Gives Back\n\n"
        "Over the years, Crestline Homes has helped shelters like Harbor House by donating "
        "spare lumber. In addition to lumber, the company has provided beds and stoves to "
        "Eastside Goodwill, helping families settle into new homes.",
        ("Crestline Homes",),
        ("Harbor House", "Eastside Goodwill"),
        (),
    ),
    Case(
        "services_provided_to_clients_after_a_gift_is_no_gift",
        "Builder Gives Back\n\n"
        "Over the years, Crestline Homes has helped shelters like Harbor House by donating "
        "spare lumber. The firm has also provided design services to Oakridge Realty for "
        "a decade.",
        ("Crestline Homes",),
        ("Harbor House",),
        (),
    ),
    Case(
        "in_kind_goods_far_from_any_gift_are_no_gift",
        "Builder Opens Showroom\n\n"
        "DENVER, CO, May 2, 2025 -- Crestline Homes opened a showroom on Main Street. "
        "It has three floors. It sells tiles. Crestline Homes has provided beds and stoves "
        "to Oakridge Realty.",
        (),
        (),
        (),
    ),
    Case(
        "recipient_of_a_funders_grant_names_the_funder",
        "Kessler Lab Wins Grant\n\n"
        "BOSTON, MA, May 2, 2025 -- The Kessler Lab was named a recipient of the Harbor "
        "Science Foundation grant for its work on sleep.",
        ("Harbor Science Foundation",),
        ("Kessler Lab",),
        (),
    ),
    Case(
        "winner_of_a_named_award_is_no_funder",
        "Kessler Lab Wins Award\n\n"
        "BOSTON, MA, May 2, 2025 -- The winner of the Harbor Science Foundation award will "
        "receive $5,000 from Acme Corp.",
        ("Acme Corp.",),
        (),
        (5000,),
    ),
    Case(
        "sponsors_listed_for_a_charity_event_give_to_its_host",
        "Harbor House Holds Spring Gala\n\n"
        "DENVER, CO, May 2, 2025 -- Harbor House held its spring gala on Saturday. Proceeds "
        "from the evening will support Harbor House and its shelter programs.\n\n"
        "Gala sponsors included:\n\n"
        "* Crestline Homes\n"
        "* Pinewood Credit Union\n"
        "* Alder & Finch Law Group\n\n"
        "Harbor House shelters families in Denver.",
        ("Crestline Homes", "Pinewood Credit Union", "Alder & Finch Law Group"),
        ("Harbor House",),
        (),
    ),
    Case(
        "sponsors_listed_for_a_trade_show_are_no_givers",
        "Crestline Expo Opens Next Week\n\n"
        "DENVER, CO, May 2, 2025 -- The Crestline Expo opens on Monday with 300 exhibitors. "
        "Tickets cost $40.\n\n"
        "Event sponsors included:\n\n"
        "* Pinewood Credit Union\n"
        "* Alder & Finch Law Group\n\n"
        "The expo runs for three days.",
        (),
        (),
        (),
    ),
    Case(
        "a_list_of_honorees_after_a_gift_is_no_sponsor_list",
        "Harbor House Holds Spring Gala\n\n"
        "DENVER, CO, May 2, 2025 -- Harbor House held its spring gala on Saturday. Proceeds "
        "from the evening will support Harbor House and its shelter programs.\n\n"
        "The evening honored:\n\n"
        "* Pinewood Credit Union\n"
        "* Alder & Finch Law Group\n\n"
        "Harbor House shelters families in Denver.",
        (),
        (),
        (),
    ),
    Case(
        "subject_receiving_funds_from_a_funder_without_a_sum",
        "Grant Cuts Slow Campus Research\n\n"
        "BALTIMORE, MD, May 2, 2025 -- A campus lab lost its federal grant in May. The Kessler "
        "Lab is again receiving funds from NIH since the July reversal.",
        ("NIH",),
        ("Kessler Lab",),
        (),
    ),
    Case(
        "subject_not_receiving_funds_from_a_body_is_no_gift",
        "Grant Cuts Slow Campus Research\n\n"
        "BALTIMORE, MD, May 2, 2025 -- A campus lab lost its federal grant in May. The Kessler "
        "Lab does not receive funding from NIH or any state agency.",
        (),
        (),
        (),
    ),
    Case(
        "headline_name_before_donation_is_no_giver_when_the_body_gives_to_it",
        "Orvik Mortgage Helps Veterans Through Service Dogs, Harbor Paws Donation\n\n"
        "SHREWSBURY, NJ, May 2, 2025 -- Orvik Mortgage said today that its 2024 donation to "
        "Harbor Paws helped train ten service dogs.",
        (),
        ("Harbor Paws",),
        (),
    ),
    Case(
        "a_charitys_own_release_names_it_the_receiver_of_an_unaddressed_gift",
        "Lakeview Humane Society Honors Longtime Supporters\n\n"
        "SPRINGFIELD, IL, May 2, 2025 -- Lakeview Humane Society will honor Ann Roe at its spring "
        "dinner. Ann Roe recently donated $2 million to expand care for animals.",
        ("Ann Roe",),
        ("Lakeview Humane Society",),
        (2000000,),
    ),
    Case(
        "a_companys_own_release_is_no_receiver_of_its_gift",
        "Orvik Metals Honors Longtime Staff\n\n"
        "SPRINGFIELD, IL, May 2, 2025 -- Orvik Metals will honor Ann Roe at its spring "
        "dinner. Ann Roe recently donated $2 million to expand care for animals.",
        ("Ann Roe",),
        (),
        (2000000,),
    ),
    Case(
        "a_charity_that_gives_is_no_receiver_of_its_own_gift",
        "Lakeview Community Foundation Backs Animal Care\n\n"
        "SPRINGFIELD, IL, May 2, 2025 -- Lakeview Community Foundation recently donated "
        "$2 million to expand care for animals.",
        ("Lakeview Community Foundation",),
        (),
        (2000000,),
    ),
    Case(
        "charities_a_giver_has_strong_partnerships_with_after_its_gift",
        "Builder Gives Back\n\n"
        "DENVER, CO, May 2, 2025 -- Crestline Homes donated $20,000 to Harbor House this spring. "
        "Crestline Homes also has strong partnerships with Eastside Food Bank and Maple "
        "Street Pantry, two groups that feed families.",
        ("Crestline Homes",),
        ("Harbor House", "Eastside Food Bank", "Maple Street Pantry"),
        (20000,),
    ),
    Case(
        "a_business_partnership_after_a_gift_names_no_receiver",
        "Builder Gives Back\n\n"
        "DENVER, CO, May 2, 2025 -- Crestline Homes donated $20,000 to Harbor House this spring. "
        '"We value our partnership with Orvik Lumber and Delta Tile," the chief said.',
        ("Crestline Homes",),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "strong_partnerships_far_from_a_gift_name_no_receiver",
        "Builder Opens Showroom\n\n"
        "DENVER, CO, May 2, 2025 -- Crestline Homes opened a showroom on Main Street. It has "
        "three floors. Crestline Homes has strong partnerships with Orvik Lumber and Delta Tile.",
        (),
        (),
        (),
    ),
    Case(
        "headline_only_receiver_with_a_proper_word_and_an_org_head",
        "Orvik Metals Donates $5,000 to Harbor House Shelter\n\n"
        "DENVER, CO, May 2, 2025 -- Orvik Metals donated $5,000 this week to a local shelter for "
        "families. The gift will pay for beds.",
        ("Orvik Metals",),
        ("Harbor House Shelter",),
        (5000,),
    ),
    Case(
        "headline_only_parties_of_a_grant_received",
        "Harbor House Receives $5,000 Grant from Lakeview Foundation\n\n"
        "DENVER, CO, May 2, 2025 -- The shelter received a $5,000 grant this week. The gift "
        "will pay for beds.",
        ("Lakeview Foundation",),
        ("Harbor House",),
        (5000,),
    ),
    Case(
        "headline_only_generic_receiver_is_no_name",
        "Orvik Metals Donates $5,000 to Local Food Bank\n\n"
        "DENVER, CO, May 2, 2025 -- Orvik Metals donated $5,000 this week to a food bank for "
        "families. The gift will pay for meals.",
        ("Orvik Metals",),
        (),
        (5000,),
    ),
    Case(
        "presented_a_check_to_a_charity_without_its_sum",
        "Orvik Metals Presents Check to Food Bank\n\n"
        "DENVER, CO, May 2, 2025 -- Orvik Metals presented a check to the Eastside Food Bank "
        "on Monday. Staff will also volunteer there.",
        ("Orvik Metals",),
        ("Eastside Food Bank",),
        (),
    ),
    Case(
        "presented_a_charity_with_an_oversized_cheque",
        "Food Bank Thanks Orvik\n\n"
        "DENVER, CO, May 2, 2025 -- Orvik Metals presented the Eastside Food Bank with an "
        "oversized cheque on Monday. Staff will also volunteer there.",
        ("Orvik Metals",),
        ("Eastside Food Bank",),
        (),
    ),
    Case(
        "presented_check_in_kiosks_is_no_cheque",
        "Orvik at the Fair\n\n"
        "DENVER, CO, May 2, 2025 -- Orvik Metals presented its new check-in kiosks to the "
        "Eastside Library on Monday.",
        (),
        (),
        (),
    ),
    Case(
        "presented_results_then_check_a_site_is_no_cheque",
        "Orvik at the Fair\n\n"
        "DENVER, CO, May 2, 2025 -- Orvik Metals presented the results to the board. Members "
        "should check the Eastside Library site.",
        (),
        (),
        (),
    ),
    Case(
        "charity_receiving_goods_from_an_unnamed_giver",
        "Harbor House Receives Coat Donation\n\n"
        "DENVER, CO, May 2, 2025 -- Harbor House received a donation of 500 winter coats from "
        "a local family this week. The coats will go to residents.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "donation_requests_received_are_no_gift",
        "Orvik Labs News\n\n"
        "DENVER, CO, May 2, 2025 -- Orvik Labs received donation requests from many local clubs "
        "this year. The firm reviews each one.",
        (),
        (),
        (),
    ),
    Case(
        "headline_honours_a_giver_for_its_support_of_a_charity",
        "Lakeview Dealers Association Honoured with Care Award for Support of Harbor Kids "
        "Foundation\n\n"
        "DENVER, CO, May 2, 2025 -- Lakeview Dealers Association was honoured this week by Harbor "
        "Kids Foundation for its year of events. Throughout 2025, the association toured the "
        "state in a van, generously donated by Orvik Motors, raising awareness for Harbor Kids "
        "Foundation.",
        ("Lakeview Dealers Association",),
        ("Harbor Kids Foundation",),
        (),
    ),
    Case(
        "headline_honouring_support_of_a_plan_names_no_receiver",
        "Lakeview Dealers Association Honoured for Support of Clean Roads Plan\n\n"
        "DENVER, CO, May 2, 2025 -- Lakeview Dealers Association was honoured this week for "
        "backing the Clean Roads Plan. Its members donated their time to the campaign.",
        (),
        (),
        (),
    ),
    Case(
        "receiving_thanks_is_no_receiving_of_a_gift",
        "Orvik Salon Receives Thanks from Harbor House for Its Generous Donations\n\n"
        "DENVER, CO, May 2, 2025 -- Stylists from Orvik Salon donated haircuts to Harbor House "
        "residents this spring.",
        ("Orvik Salon",),
        ("Harbor House",),
        (),
    ),
    Case(
        "headline_programme_words_in_the_body_only_need_a_sum",
        "Penrose Legal Hosts Spring Dinner\n\n"
        "BOISE, ID, June 2, 2025 -- Penrose Legal announces the Courage in Recovery Scholarship "
        "at its dinner. Essays are due in December, and the winner gets $2,000 in support.",
        (),
        (),
        (),
    ),
    Case(
        "second_matcher_after_but_also_by_with_an_office",
        "Harbor Trust Doubles Staff Gifts to the Food Pantry\n\n"
        "The $20,000 the team gave to the Eastside Food Pantry was matched not only by Harbor "
        "Trust, but also by Harbor's Founder, President & CEO Lena R. Ostrow.",
        ("Harbor Trust", "Lena R. Ostrow"),
        ("Eastside Food Pantry",),
        (20000,),
    ),
    Case(
        "but_also_by_outside_a_gift_names_no_donor",
        "Shelter Opens New Wing\n\n"
        "The new wing was praised not only by neighbours, but also by Mayor Tom Lindqvist.",
        (),
        (),
        (),
    ),
    Case(
        "company_programme_gives_as_company",
        "Northwind Celebrates Its LIFT Grant Winners\n\n"
        "Northwind hosted a dinner for local owners on Tuesday. "
        "The Northwind LIFT program awarded a total of $250,000 in grants to 50 small "
        "businesses in the valley this year.",
        ("Northwind",),
        (),
        (250000,),
    ),
    Case(
        "grant_named_after_its_founder",
        "Dr. Helena Vasquez Grant for Nursing Studies Opens Applications\n\n"
        "The Dr. Helena Vasquez Grant for Nursing Studies supports students entering the field. "
        "With a grant amount of $2,000, the award helps one student each year.",
        ("Helena Vasquez",),
        (),
        (2000,),
    ),
    Case(
        "plain_name_grant_named_after_a_person",
        "Marcus Oyelaran Grant for Young Coders Invites Essays\n\n"
        "This $1,500 grant, named after Marcus Oyelaran, rewards a student who builds software "
        "for public good. The Marcus Oyelaran Grant for Young Coders closes in May.",
        ("Marcus Oyelaran",),
        (),
        (1500,),
    ),
    Case(
        "recipients_listed_after_a_dash_with_semicolons",
        "Alliance Funds Four Towns\n\n"
        "The Riverlands Alliance has awarded grants to four rural bodies – the Vale Planning "
        "Council (VPC); Ash County, Ohio; the Town of Linden; and the Hollow Creek Trust. "
        "Every body gets a $40,000 grant for one year.",
        ("Riverlands Alliance",),
        ("Vale Planning Council", "Ash County", "Town of Linden", "Hollow Creek Trust"),
        (40000,),
    ),
    Case(
        "subject_having_given",
        "Pinecrest Bakery Marks Ten Years\n\n"
        "Pinecrest Bakery is proud to keep backing the Maple Youth League, having donated "
        "more than $80,000 to its teams since opening.",
        ("Pinecrest Bakery",),
        (),
        (80000,),
    ),
    Case(
        "headline_alone_names_both_parties",
        "Orion Biolabs Ltd. Secures DoD Grant to Study Burn Healing\n\n"
        "Orion Biolabs, a clinical-stage company, shared an update on its trials with "
        "investors this week. Orion expects first results in the autumn.",
        ("DoD",),
        ("Orion Biolabs Ltd.",),
        (),
    ),
    Case(
        "headline_acronym_joins_the_spelled_out_agency",
        "Tessel Power Wins $12M DOE Grant\n\n"
        "Tessel Power said the U.S. Department of Energy awarded it a $12 million grant for "
        "its storage pilot in Nevada.",
        ("U.S. Department of Energy",),
        ("Tessel Power",),
        (12000000,),
    ),
    Case(
        "the_programme_named_before_gives",
        "Harborline Opens Spring Round\n\n"
        "Today, Harborline said owners in Tacoma can apply to its Harborline BOOST program. "
        "The program will provide a total of $300,000 in grants to local shops.",
        ("Harborline",),
        (),
        (300000,),
    ),
    Case(
        "programme_administered_by_an_agency",
        "Quarry Minerals Gets Federal Support\n\n"
        "Quarry Minerals received a grant of $2 million from the Clean Ores program "
        "administered by Natural Resources Canada in March.",
        ("Natural Resources Canada",),
        ("Quarry Minerals",),
        (2000000,),
    ),
    Case(
        "currency_prefix_is_no_name",
        "Ferrow Receives Provincial Grant\n\n"
        "Ferrow Labs received a grant of CA$1.5 million from the Ministry of Mines.",
        ("Ministry of Mines",),
        ("Ferrow Labs",),
        (1500000,),
    ),
    Case(
        "subject_of_a_sum_named_grant",
        "Kestrel Grid Posts Quarterly Update\n\n"
        "Kestrel Grid (NASDAQ: KGRD) reported quarterly results and progress on its plant, "
        "including closing a $40 million U.S. Department of Energy grant for the site.",
        ("U.S. Department of Energy",),
        ("Kestrel Grid",),
        (40000000,),
    ),
    Case(
        "headline_awarded_grant_to_a_purpose",
        "Lakeview Clinic Awarded Grant to Implement SafeDose Tracking System\n\n"
        "Lakeview Clinic will use the grant to track medicines across its two wards. "
        "Staff training starts in June.",
        (),
        ("Lakeview Clinic",),
        (),
    ),
    Case(
        "headline_lands_grant_and_two_funders",
        "Lumen Robotics Lands Government Grant\n\n"
        "Lumen Robotics CEO Ada Marsh spoke about details of a £120,000 grant from the "
        "Department for Transport (DfT) and Innovate UK for its sensor work.",
        ("Department for Transport", "Innovate UK"),
        ("Lumen Robotics",),
        (120000,),
    ),
    Case(
        "own_cumulative_giving_counts",
        "Kessler Motors Gives $200,000 to Heart Fund\n\n"
        "Kessler Motors donated $200,000 to the Heart Fund this year, bringing its giving to "
        "more than $2.1 million since 2012.",
        ("Kessler Motors",),
        ("Heart Fund",),
        (200000, 2100000),
    ),
    Case(
        "headline_recipient_with_a_place_word_the_body_drops",
        "Summit Roofing Donates New Roof to Oak Hill Little League Field in Dayton\n\n"
        'Summit Roofing finished the roof last week. "We are glad to help Oak Hill Little League '
        'and its players," said owner Lee Park.',
        ("Summit Roofing",),
        ("Oak Hill Little League Field",),
        (),
    ),
    Case(
        "recipient_whose_name_opens_with_a_verb_after_the",
        "Harbor Bank Gives Coats\n\n"
        "On Friday Harbor Bank donated 200 winter coats to The Open Hands Shelter.",
        ("Harbor Bank",),
        ("Open Hands Shelter",),
        (),
    ),
    Case(
        "short_reference_stands_for_the_full_name",
        "Two Chemists Win Research Awards\n\n"
        "Two chemists are the newest Pacific Lung Association Pioneer Award recipients. "
        "Each chemist will receive $400,000 in funding from the Association over four years. "
        "The association was founded in 1950.",
        ("Pacific Lung Association",),
        (),
        (400000,),
    ),
    Case(
        "short_reference_with_no_full_name_before_is_kept_as_written",
        "Lab Gets Funding\n\n"
        "The Harbor Lab will receive $400,000 in funding from the Foundation over four years.",
        ("Foundation",),
        ("Harbor Lab",),
        (400000,),
    ),
    Case(
        "the_foundation_named_by_its_kind_gives",
        "Youths Honoured by Harbor Kin Foundation\n\n"
        "Four teenagers are recognized by the Harbor Kin Foundation for their projects. "
        "The foundation awards each of them a bursary of $2,000 for college.",
        ("Harbor Kin Foundation",),
        (),
        (2000,),
    ),
    Case(
        "the_foundation_with_a_second_verb_that_gives",
        "Youths Honoured by Harbor Kin Foundation\n\n"
        "Four teenagers are recognized by the Harbor Kin Foundation for their projects. "
        "The foundation celebrates youths who help their towns and awards winners bursaries "
        "of $2,000 for college.",
        ("Harbor Kin Foundation",),
        (),
        (2000,),
    ),
    Case(
        "the_foundation_receiving_is_no_giver",
        "Harbor Kin Foundation Thanks Its Donors\n\n"
        "The Harbor Kin Foundation held its gala on Friday. "
        "The foundation received a $2,000 gift from Lee Bank for its camp.",
        ("Lee Bank",),
        ("Harbor Kin Foundation",),  # named by its kind only: the charity the release opens on
        (2000,),
    ),
    Case(
        "a_recipients_grant_named_beside_another_award",
        "Harbor Robotics Awarded Grant from State Energy Fund\n\n"
        "Harbor Robotics has received a $40,000 award from the State Energy Fund for its "
        "buoys. In addition to Harbor Robotics' grant, the Bayside Marine Lab received "
        "$1.2 million to expand its docks.",
        ("State Energy Fund",),
        ("Harbor Robotics", "Bayside Marine Lab"),
        (40000, 1200000),
    ),
    Case(
        "people_listed_as_award_recipients_share_each_sum",
        "Two Chemists Win Research Awards\n\n"
        "Each scientist will receive $300,000 in funding from the Pacific Lung Fund.\n\n"
        "The recipients of this year's award are:\n\n"
        "* Maria Lopez, a professor of chemistry at Harbor University; and\n"
        "* Daniel Okafor, a chemist at the Bayside Institute.\n\n"
        "The fund was founded in 1950.",
        ("Pacific Lung Fund",),
        ("Maria Lopez", "Daniel Okafor"),
        (300000,),
    ),
    Case(
        "people_listed_under_a_gifts_intro_are_no_recipients",
        "Harbor Gala Raises Funds\n\n"
        "Lee Bank donated $5,000 to the Harbor Shelter for its gala.\n\n"
        "Gifts were made by:\n\n"
        "* Maria Lopez\n"
        "* Daniel Okafor\n",
        ("Lee Bank",),
        ("Harbor Shelter",),
        (5000,),
    ),
    Case(
        "sum_from_a_named_body_under_a_grant_headline",
        "Harbor Sensors Says Government Grant Will Speed Soil Research\n\n"
        "Harbor Sensors Ltd chief Ada Marsh joined a podcast with details of a £90,500 from "
        "the Department for Rural Affairs, as part of a £200,000 collaboration with two farms.",
        ("Department for Rural Affairs",),
        ("Harbor Sensors Ltd",),
        (90500,),
    ),
    Case(
        "funder_named_inside_the_grant_won",
        "Corvel Labs Wins Federal Research Grant\n\n"
        "Corvel Labs said it has been awarded a competitive National Marine Foundation Coastal "
        "Sensing (NMF) Phase I grant of $250,000 to test its buoys.",
        ("National Marine Foundation",),
        ("Corvel Labs",),
        (250000,),
    ),
    Case(
        "department_heads_a_longer_programme_name",
        "Ridgeway Minerals Secures $4 Million Grant\n\n"
        "Ridgeway Minerals has been awarded a Department of Energy Critical Materials Pilot "
        "grant of $4 million for its refinery.",
        ("Department of Energy",),
        ("Ridgeway Minerals",),
        (4000000,),
    ),
    Case(
        "funder_named_in_a_passive_without_a_sum",
        "Brightwater Solar Wins $2.5 Million Grant for Rural Arrays\n\n"
        "* Funding is provided by the Ministry of Rural Energy and managed by Grid North.\n"
        "Brightwater Solar has secured $2.5 million in provincial funding to build four arrays.",
        ("Ministry of Rural Energy",),
        ("Brightwater Solar",),
        (2500000,),
    ),
    Case(
        "funded_by_in_a_release_with_a_received_sum",
        "Tidewater Clinic Receives $300,000\n\n"
        "Tidewater Clinic has received $300,000 for its mobile dental van. "
        "The van was funded by the Coastline Health Trust.",
        ("Coastline Health Trust",),
        ("Tidewater Clinic",),
        (300000,),
    ),
    Case(
        "an_appositive_does_not_run_past_a_sentence_end",
        "Harbor Fund Names Winning Schools\n\n"
        "The Lakeside Arts Council, with help from 30 volunteers, held its festival in "
        "Dayton.Two schools, named the winners of the contest, received $1,000 grants from "
        "the Harbor Fund.",
        ("Harbor Fund",),
        (),
        (1000,),
    ),
    Case(
        "headline_subject_confirms_a_gift_it_received",
        "Harbor Food Bank Confirms Lee Family Donation... and thanks all donors\n\n"
        '"Every gift counts, from one dollar to the generous $250,000 gift made by Mr. Lee," '
        "said Ana Ruiz, President, Harbor Food Bank.",
        ("Lee",),
        ("Harbor Food Bank",),
        (250000,),
    ),
    Case(
        "giver_has_now_funded_a_cumulative_sum",
        "Harbor Lung Fund Names Two Fellows\n\n"
        "The Harbor Lung Fund named two fellows on Monday. The Harbor Lung Fund has now "
        "funded more than $40 million of research since 1961.",
        ("Harbor Lung Fund",),
        (),
        (40000000,),
    ),
    Case(
        "subject_with_significant_contributions_to_a_named_body",
        "Harbor Honours Its Givers\n\n"
        "Lee Bank donated $5,000 to the Harbor Shelter this spring. "
        "The Coastline Motor Club backs local schools, with generous contributions to the "
        "Dayton Food Pantry.",
        ("Lee Bank", "Coastline Motor Club"),
        ("Harbor Shelter", "Dayton Food Pantry"),
        (5000,),
    ),
    Case(
        "funding_comes_from_a_named_body",
        "Tidewater Clinic Receives $300,000\n\n"
        "Tidewater Clinic has received $300,000 for its mobile dental van. "
        "Funding for the van comes from the Coastline Health Trust.",
        ("Coastline Health Trust",),
        ("Tidewater Clinic",),
        (300000,),
    ),
    Case(
        "bought_with_funding_from_a_named_body",
        "Tidewater Clinic Receives $300,000\n\n"
        "Tidewater Clinic has received $300,000 for its mobile dental van. "
        "The van was bought with funding from the Coastline Health Trust.",
        ("Coastline Health Trust",),
        ("Tidewater Clinic",),
        (300000,),
    ),
    Case(
        "three_recipients_listed_after_such_as",
        "Token Holders Give Back\n\n"
        "Through donations of $9,000 to groups such as the Harbor Animal Rescue, The River "
        "Literacy Project, and The Maple Youth Choir Foundation, $Orbit has shown its support.",
        (),
        ("Harbor Animal Rescue", "River Literacy Project", "Maple Youth Choir Foundation"),
        (9000,),
    ),
    Case(
        "name_written_with_a_dollar_sign_gives",
        "Empowering Giving: $Orbit's Charitable Gifts Pass $9,000\n\n"
        "Holders of $Orbit have seen the project donate more than $9,000 to the Harbor Animal "
        "Rescue this year.",
        ("$Orbit",),
        ("Harbor Animal Rescue",),
        (9000,),
    ),
    Case(
        "launches_a_grant_programme_gives",
        "Orvik Society Opens Club Grants\n\n"
        "Today the Orvik Society, a health charity, launches a new grant program to equip 30 "
        "student clubs with first-aid kits.",
        ("Orvik Society",),
        (),
        (),
    ),
    Case(
        "dedicates_a_sum_in_grants_gives",
        "Harbor College Backs Student Projects\n\n"
        "Harbor College has dedicated a total of $80,000 in grants to student projects.",
        ("Harbor College",),
        (),
        (80000,),
    ),
    Case(
        "sum_granted_per_student_is_a_gift",
        "Harbor College Backs Student Projects\n\n"
        "Harbor College has dedicated a total of $80,000 in grants to student projects. Up to "
        "80 students will be granted $1,000 each to build their ideas.",
        ("Harbor College",),
        (),
        (80000, 1000),
    ),
    Case(
        "sum_per_project_is_a_gift",
        "Harbor Chain Opens Builder Grants\n\n"
        "Harbor Chain has dedicated $300,000 in grants to new builders. The program will "
        "award $15,000 per project to teams that finish.",
        ("Harbor Chain",),
        (),
        (300000, 15000),
    ),
    Case(
        "awarded_scholarships_named_after_a_person",
        "Two Chemists Win Scholarships\n\n"
        "The Orvik Society has awarded the 2026 Mary Holm Scholarships to two chemists, "
        "Ann Vey and Bo Lind. Each will receive a $40,000 scholarship for lab work.",
        ("Orvik Society",),
        (),
        (40000,),
    ),
    Case(
        "grant_named_after_the_government_that_pays",
        "Orvik Ltd Begins Trials\n\n"
        "Orvik Ltd has begun its field trials, following the company's successful Scottish "
        "Government Grant application.",
        ("Scottish Government",),
        ("Orvik Ltd",),
        (),
    ),
    Case(
        "capitalised_grant_before_program_is_a_grant",
        "Orvik Gears Up for Launch\n\n"
        "To mark the launch, Orvik has announced a $600,000 Builder and Member Grant Program "
        "for its users.",
        ("Orvik",),
        (),
        (600000,),
    ),
    pytest.param(
        Case(
            "company_programme_in_capitals_gives_as_company",
            "Orvik LIFT to Award 50 Small Shops with $3,000 Grants\n\n"
            "Today, Orvik announced 50 shops in the valley will each receive a $3,000 grant. "
            "Orvik said the Orvik LIFT program has run since 2021.",
            ("Orvik",),
            (),
            (3000,),
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the donor is found as Orvik, but the entity keeps its fuller mention's name",
        ),
        id="company_programme_in_capitals_gives_as_company",
    ),
    Case(
        "two_bodies_have_awarded_scholarships_with_an_initial",
        "Two Chemists Win Scholarships\n\n"
        "The Orvik Society and the Delta Trust have awarded the 2026 Mary T. Holm Scholarships "
        "for Soil Science to two chemists. Each will receive a $40,000 scholarship for lab work.",
        ("Orvik Society", "Delta Trust"),
        (),
        (40000,),
    ),
    Case(
        "has_been_awarded_still_receives",
        "Orvik Lab Wins Grant\n\n"
        "Orvik Lab has been awarded a $40,000 grant by the Delta Trust for soil research.",
        ("Delta Trust",),
        ("Orvik Lab",),
        (40000,),
    ),
    Case(
        "fund_powered_by_a_foundation",
        "Delta Foundation Opens a College Fund\n\n"
        "The Teal College Fund is powered by Delta Foundation, a large provider of "
        "scholarships in Ohio. The $3,000 award per selected student may pay for books.",
        ("Delta Foundation",),
        (),
        (3000,),
    ),
    Case(
        "purchase_from_a_seller_names_no_giver",
        "Orvik Lab Wins Grant\n\n"
        "Orvik Lab has been awarded a $40,000 grant by the Delta Trust. The grant will cover "
        "the purchase of the test kits from Teal Medical for the study.",
        ("Delta Trust",),
        ("Orvik Lab",),
        (40000,),
    ),
    Case(
        "sum_after_every_is_a_unit_not_a_gift",
        "Delta Foundation Gives to Teal School\n\n"
        "Delta Foundation has donated $5,000 to Teal School. For every $500 bursary a "
        "pupil wins, the odds of finishing school rise by 4%.",
        ("Delta Foundation",),
        ("Teal School",),
        (5000,),
    ),
    Case(
        "bursaries_awarded_without_a_sum",
        "Teal Foundation Honours Students\n\n"
        "The Teal Foundation has awarded bursaries to 12 students at Orvik College.",
        ("Teal Foundation",),
        (),
        (),
    ),
    Case(
        "sum_naming_its_bursary",
        "Teal Foundation Helps Students\n\n"
        "The Teal Foundation opened its doors in May. Twelve local students will "
        "each get a $2,000 bursary from the Teal Foundation.",
        ("Teal Foundation",),
        (),
        (2000,),
    ),
    Case(
        "place_of_a_group_is_no_recipient",
        "Orvik to Award 40 Shops in Teal County with $5,000 Grants\n\n"
        "Today, Orvik announced 40 businesses in Teal County will receive a $5,000 grant.",
        ("Orvik",),
        (),
        (5000,),
    ),
    Case(
        "counted_people_named_after_a_comma",
        "Two Chemists Win Scholarships\n\n"
        "The Orvik Society has awarded the 2026 Holm Scholarships to three scholars, Al Roe, "
        "Cy Dow and Ed Fox.",
        ("Orvik Society",),
        ("Al Roe", "Cy Dow", "Ed Fox"),
        (),
    ),
    Case(
        "company_grant_programme_gives",
        "Orvik Bank Backs Shops\n\n"
        "The Orvik Bank grant program will give $10,000 to five small shops.",
        ("Orvik Bank",),
        (),
        (10000,),
    ),
    Case(
        "funded_by_a_city_before_the_sum",
        "City Backs Shops\n\n"
        "The program is funded by the City of Dayton and will give $10,000 to five small shops.",
        ("City of Dayton",),
        (),
        (10000,),
    ),
    Case(
        "sum_per_project_in_grants_is_a_gift",
        "Harbor Chain Opens Builder Grants\n\n"
        "Harbor Chain has dedicated $300,000 in grants to new builders. The program will "
        "provide up to $15,000 per project in grants to teams that finish.",
        ("Harbor Chain",),
        (),
        (300000, 15000),
    ),
    Case(
        "launch_with_a_gift_from_another_names_the_giver",
        "Harbor YMCA Launches Summer Camp\n\n"
        "The Harbor YMCA has launched its summer camp with a $9,000 donation from Bay Markets.",
        ("Bay Markets",),
        ("Harbor YMCA",),
        (9000,),
    ),
    Case(
        "gift_that_will_help_a_named_body_makes_it_the_receiver",
        "Shelter Adds Beds\n\n"
        "A $12,000 grant from the Larkspur Trust will help the Elm Ridge Shelter add ten beds.",
        ("Larkspur Trust",),
        ("Elm Ridge Shelter",),
        (12000,),
    ),
    Case(
        "gift_that_will_enable_a_named_body_makes_it_the_receiver",
        "Shelter Adds Beds\n\n"
        "Larkspur Trust's $12,000 gift will enable Elm Ridge Shelter to add ten beds.",
        ("Larkspur Trust",),
        ("Elm Ridge Shelter",),
        (12000,),
    ),
    Case(
        "gift_that_will_help_a_country_names_no_receiver",
        "Lab Opens\n\nLarkspur Trust's $12,000 gift will help Canada lead in battery research.",
        ("Larkspur Trust",),
        (),
        (12000,),
    ),
    Case(
        "body_that_will_use_the_gift_is_the_receiver",
        "Shelter Adds Beds\n\n"
        "The Elm Ridge Shelter will use the $12,000 donation from the Larkspur Trust to add "
        "ten beds.",
        ("Larkspur Trust",),
        ("Elm Ridge Shelter",),
        (12000,),
    ),
    Case(
        "body_that_will_use_its_own_software_is_no_receiver",
        "Shelter Adds Beds\n\n"
        "The Elm Ridge Shelter will use the new booking software that Larkspur Trust donated.",
        ("Larkspur Trust",),
        (),
        (),
    ),
    Case(
        "two_people_listed_with_degrees_and_home_towns",
        "Trust Names Scholars\n\n"
        "The Larkspur Trust awarded scholarships to two researchers, Edda Morrow, Ph.D., of "
        "Leeds and Pavel Dunst, Ph.D., of Bristol.",
        ("Larkspur Trust",),
        ("Edda Morrow", "Pavel Dunst"),
        (),
    ),
    Case(
        "two_people_listed_with_home_towns_only",
        "Trust Names Scholars\n\n"
        "The Larkspur Trust awarded scholarships to Edda Morrow, of Leeds, and Pavel "
        "Dunst, of Bristol.",
        ("Larkspur Trust",),
        ("Edda Morrow", "Pavel Dunst"),
        (),
    ),
    Case(
        "a_person_beside_a_town_after_and_is_not_listed",
        "Trust Names Scholars\n\n"
        "The Larkspur Trust awarded scholarships to Edda Morrow, who works in Leeds and "
        "Bristol.",
        ("Larkspur Trust",),
        ("Edda Morrow",),
        (),
    ),
    Case(
        "the_company_awarded_a_funder_grant_is_the_headline_company",
        "Tarnwell Alloys Expands Smelter Research\n\n"
        "Tarnwell Alloys said on Monday that the company has been awarded a National Science "
        "Foundation grant of $900,000 for its smelter study.",
        ("National Science Foundation",),
        ("Tarnwell Alloys",),
        (900000,),
    ),
    Case(
        "the_company_possessive_government_grant_is_the_headline_company",
        "Pellworth Drones Ltd. Begins Field Trials\n\n"
        "Pellworth Drones Ltd. (the \u201cCompany\u201d) started field trials after the "
        "Company\u2019s successful Canadian Government Grant application.",
        ("Canadian Government",),
        ("Pellworth Drones Ltd.",),
        (),
    ),
    Case(
        "the_company_beside_a_named_receiver_adds_none",
        "Tarnwell Alloys Expands Smelter Research\n\n"
        "Harlow Bank gave $9,000 to the Elm Ridge Food Pantry after the company received a "
        "civic award.",
        ("Harlow Bank",),
        ("Elm Ridge Food Pantry",),
        (9000,),
    ),
    Case(
        "the_company_awarded_with_a_headline_opening_on_no_name",
        "New Smelter Research Grant Announced\n\n"
        "Officials said the company has been awarded a National Science Foundation grant of "
        "$900,000 for its smelter study.",
        ("National Science Foundation",),
        (),
        (900000,),
    ),
    Case(
        "the_company_contributed_is_the_headline_company",
        "Marrow Gas Reports Strong Safety Year\n\n"
        "Marrow Gas cut its leaks by a third, its report says. The company has also contributed "
        "over $3 million to county programs.",
        ("Marrow Gas",),
        (),
        (3000000,),
    ),
    Case(
        "the_brand_donated_to_a_named_charity",
        "Tillery Foods Opens Its Tenth Store\n\n"
        "Tillery Foods opened its tenth store on Main Street. The brand donated $5,000 to the "
        "Elm Ridge Food Pantry at the opening.",
        ("Tillery Foods",),
        ("Elm Ridge Food Pantry",),
        (5000,),
    ),
    Case(
        "the_company_named_most_when_the_headline_opens_on_a_person",
        "Ann Varga Honored for Her Giving\n\n"
        "Ann Varga, wife of Tom Varga, helps Varga Homes. Varga Homes builds houses. The company "
        "donated $8,000 to the Harbor Shelter.",
        ("Varga Homes",),
        ("Harbor Shelter",),
        (8000,),
    ),
    Case(
        "subject_gives_by_donating_to_charities_like_one_named",
        "Varga Homes Marks Ten Years\n\n"
        "Over the years, Varga Homes has deepened its ties with charities like Harbor House by "
        "donating spare lumber to new shelters.",
        ("Varga Homes",),
        ("Harbor House",),
        (),
    ),
    Case(
        "partnerships_for_a_companys_philanthropy_make_it_no_recipient",
        "Varga Homes Marks Ten Years\n\n"
        "Her advice has helped to support partnerships for Varga Homes' philanthropy. Over the "
        "years, Varga Homes has deepened its ties with charities like Harbor House by donating "
        "spare lumber to new shelters.",
        ("Varga Homes",),
        ("Harbor House",),
        (),
    ),
    Case(
        "coordinated_recipients_with_an_of_split",
        "Keller Bank Gives to Two Charities\n\n"
        "Keller Bank donated $20,000 to the United Way of Pine County and Lake State College.",
        ("Keller Bank",),
        ("United Way of Pine County", "Lake State College"),
        (20000,),
    ),
    Case(
        "sum_in_assets_beside_grants_is_a_holding",
        "Orvik Hub Closes First Round\n\n"
        "With $96,000 in grants awarded by Orvik Hub, the startups grew fast, tokenizing $2.4 "
        "million in real-world assets.",
        ("Orvik Hub",),
        (),
        (96000,),
    ),
    Case(
        "named_award_received_by_a_person_after_a_stated_gift",
        "Larch Trust Honours Two Students\n\n"
        "The Larch Trust awards students bursaries of $2,000 for their studies. Ann Roe, of "
        "Leeds, is receiving the 2025 Larch Merit Award for her reading club. A Larch Bursary is "
        "being awarded to Tom Pell for his river survey.",
        ("Larch Trust",),
        ("Ann Roe", "Tom Pell"),
        (2000,),
    ),
    Case(
        "proceeds_donated_to_a_charity_come_from_the_seller",
        "Marlow Jewelry Unveils Its Spring Line\n\n"
        "Marlow Jewelry opened its spring line on Friday. A portion of the proceeds from each "
        "piece sold will be donated to The Harbor Shelter in Leeds.",
        ("Marlow Jewelry",),
        ("Harbor Shelter",),
        (),
    ),
    Case(
        "proceeds_benefit_a_charity_without_a_cue_word",
        "Marlow Jewelry Hosts Spring Gala\n\n"
        "Marlow Jewelry hosted its spring gala on Friday. Proceeds from the gala will directly "
        "benefit the Harbor Shelter of Leeds.",
        ("Marlow Jewelry",),
        ("Harbor Shelter of Leeds",),
        (),
    ),
    Case(
        "proceeds_of_an_event_go_to_a_charity_with_no_organiser_named",
        "Lakeside Charity Ride Returns\n\n"
        "The fifth annual Lakeside Charity Ride starts at the pier on June 8. All proceeds from "
        "the ride will go to Harbor House, a shelter for families.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "proceeds_benefit_a_foundation_in_the_lead_sentence",
        "Spring Concert Set for May\n\n"
        "Proceeds from the spring concert at Pell Hall will benefit the Tessa Reading "
        "Foundation. Tickets go on sale next week.",
        (),
        ("Tessa Reading Foundation",),
        (),
    ),
    Case(
        "presenting_sponsor_of_a_charitys_gala_gives_to_the_charity",
        "Orvik Bank Backs Spring Gala\n\n"
        "Orvik Bank is the presenting sponsor of Harbor House's annual spring gala, which "
        "takes place on May 9 in Leeds.",
        ("Orvik Bank",),
        ("Harbor House",),
        (),
    ),
    Case(
        "title_sponsor_of_a_foundations_golf_classic",
        "Tessa Labs Returns to the Course\n\n"
        "Tessa Labs will serve as title sponsor of the Pell Foundation’s ninth annual golf "
        "classic at Lake Hills.",
        ("Tessa Labs",),
        ("Pell Foundation",),
        (),
    ),
    Case(
        "proud_to_sponsor_a_charitys_run",
        "Keller Mills Laces Up\n\n"
        "Keller Mills is proud to sponsor the Lark Children's Trust's Family 5K for the third "
        "year running.",
        ("Keller Mills",),
        ("Lark Children's Trust",),
        (),
    ),
    Case(
        "presenting_sponsor_of_a_gala_named_for_its_charity",
        "Orvik Bank Backs Spring Gala\n\n"
        "Orvik Bank is the presenting sponsor of the Harbor House Spring Gala, which takes "
        "place on May 9 in Leeds.",
        ("Orvik Bank",),
        ("Harbor House",),
        (),
    ),
    Case(
        "title_sponsor_of_a_foundation_golf_classic_names_the_foundation",
        "Tessa Labs Returns to the Course\n\n"
        "Tessa Labs will serve as title sponsor of the Pell Foundation Golf Classic at Lake "
        "Hills in June.",
        ("Tessa Labs",),
        ("Pell Foundation",),
        (),
    ),
    Case(
        "a_gala_sponsored_by_a_company_names_both",
        "Winter Gala Returns\n\n"
        "The Harbor House Winter Gala, sponsored by Orvik Bank, takes place on May 9 at the "
        "Pell Hotel.",
        ("Orvik Bank",),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_golf_classic_presented_by_a_company_names_both",
        "Golf Classic Set for June\n\n"
        "The Lark Hospice Golf Classic, presented by Tessa Labs, tees off at Lake Hills on "
        "June 4.",
        ("Tessa Labs",),
        ("Lark Hospice",),
        (),
    ),
    Case(
        "a_sponsor_named_while_sponsoring_a_charitys_gala_gives_to_it",
        "Orvik Bank Backs Winter Gala\n\n"
        "Orvik Bank sponsored Harbor House's winter gala, which raised $90,000 for the shelter.",
        ("Orvik Bank",),
        ("Harbor House",),
        (90000,),
    ),
    Case(
        "an_award_presented_by_a_company_is_no_sponsorship",
        "Lark Hospice Honours Nurse\n\n"
        "The Lark Hospice Nurse of the Year award, presented by Tessa Labs, went to Ann Roe on "
        "Friday.",
        (),
        (),
        (),
    ),
    Case(
        "a_headline_naming_a_presenting_sponsor_of_a_charitys_gala",
        "Orvik Bank Named Presenting Sponsor of Harbor House's Spring Gala\n\n"
        "The bank has backed the shelter since 2019. Orvik Bank and Harbor House expect 300 "
        "guests on May 9.",
        ("Orvik Bank",),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_headline_naming_a_sponsor_of_an_investor_conference_is_no_gift",
        "Orvik Transfer to Serve as Gold Sponsor of Pell Capital's Annual Investor Forum\n\n"
        "Orvik Transfer will meet Pell Capital's guests in Leeds on May 9.",
        (),
        (),
        (),
    ),
    Case(
        "sponsor_of_a_chamber_dinner_is_no_gift",
        "Orvik Bank Backs Chamber Night\n\n"
        "Orvik Bank is the title sponsor of the Pell Chamber Annual Dinner in Leeds this May.",
        (),
        (),
        (),
    ),
    Case(
        "sponsor_of_an_investor_conference_is_no_gift",
        "Orvik Transfer to Sponsor Summit\n\n"
        "Orvik Transfer will serve as a gold sponsor of Pell Capital's annual investor "
        "conference in Leeds.",
        (),
        (),
        (),
    ),
    Case(
        "sponsor_of_a_gala_with_no_owner_named_is_no_gift",
        "Orvik Bank at the Gala\n\n"
        "Orvik Bank was a sponsor of the gala. Its staff later toured Harbor House's new "
        "shelter in Leeds.",
        (),
        (),
        (),
    ),
    Case(
        "official_partner_of_a_football_club_gives_to_the_club",
        "Orvik Bank Becomes Official Partner of Harbor United FC\n\n"
        "LEEDS -- Orvik Bank is now the official partner of Harbor United FC, the city's "
        "women's side.",
        ("Orvik Bank",),
        ("Harbor United FC",),
        (),
    ),
    Case(
        "a_dao_taking_part_as_platinum_sponsor_in_a_named_summit",
        "Orvik DAO Backs Security Talks\n\n"
        "GENEVA -- Orvik DAO participated as a Platinum Sponsor in the Tessa Security Summit "
        "held in Lisbon last week.",
        ("Orvik DAO",),
        ("Tessa Security Summit",),
        (),
    ),
    Case(
        "a_proud_sponsor_of_a_student_conference_with_its_year",
        "Orvik Labs at Student Conference\n\n"
        "Orvik Labs is a proud Gold Sponsor of the Vale Ledger Conference 2026, a student-run "
        "event in Leeds.",
        ("Orvik Labs",),
        ("Vale Ledger Conference",),
        (),
    ),
    Case(
        "a_convention_named_for_its_host_gives_to_the_host",
        "Tessa Media Backs Editors\n\n"
        "Tessa Media is the lead sponsor of the PEWA Convention in Leeds this spring.",
        ("Tessa Media",),
        ("PEWA",),
        (),
    ),
    Case(
        "title_sponsor_of_a_colleges_hackathon_gives_to_the_college",
        "Keller Mills Named Title Sponsor of Vale College's Spring Hackathon\n\n"
        "Keller Mills will serve as title sponsor of Vale College's spring hackathon in May.",
        ("Keller Mills",),
        ("Vale College",),
        (),
    ),
    Case(
        "a_company_that_has_sponsored_a_bodys_convention_gives_to_the_body",
        "Tessa Media Backs Editors Again\n\n"
        "For the fourth year running, Tessa Media has sponsored the PEWA convention in Leeds.",
        ("Tessa Media",),
        ("PEWA",),
        (),
    ),
    Case(
        "an_extended_title_sponsorship_of_an_open_names_the_tournament",
        "Orvik Bank Stays On\n\n"
        "LEEDS -- Orvik Bank has extended its title sponsorship of the Vale Lakes Open for three "
        "more years.",
        ("Orvik Bank",),
        ("Vale Lakes Open",),
        (),
    ),
    Case(
        "givers_credited_through_their_generosity_give_to_the_subject",
        "Three Firms Back Editors' Meeting\n\n"
        "PEWA's spring meeting is brought to members through the generosity of Orvik Bank, "
        "Tessa Labs and Keller Mills.",
        ("Orvik Bank", "Tessa Labs", "Keller Mills"),
        ("PEWA",),
        (),
    ),
    Case(
        "the_generosity_of_people_in_general_names_no_giver",
        "Harbor House Thanks Its Town\n\n"
        "Harbor House runs through the generosity of people across Leeds who give each winter.",
        (),
        (),
        (),
    ),
    Case(
        "a_diner_providing_free_meals_to_families_displaced_by_a_fire_gives",
        "Orvik Grill Feeds Families\n\n"
        "LEEDS -- Orvik Grill, a family diner on Vale Road, will provide free meals to families "
        "displaced by the Kell Street fire this week.",
        ("Orvik Grill",),
        (),
        (),
    ),
    Case(
        "a_conference_offering_free_tickets_to_owners_hit_by_floods_gives",
        "Tessa Summit Opens Its Doors\n\n"
        "LEEDS -- Tessa Summit is offering free tickets to shop owners hit by the spring floods.",
        ("Tessa Summit",),
        (),
        (),
    ),
    Case(
        "free_coffee_for_the_first_guests_is_a_promotion",
        "Orvik Grill Opens on Vale Road\n\n"
        "LEEDS -- Orvik Grill will offer free coffee to the first 100 guests on Friday.",
        (),
        (),
        (),
    ),
    Case(
        "a_tournament_naming_its_national_charity_partner_gives_to_it",
        "Vale Open Names Charity Partner\n\n"
        "LEEDS -- The Vale Lakes Open named the Tessa Trust as its national charity partner for "
        "2026.",
        ("Vale Lakes Open",),
        ("Tessa Trust",),
        (),
    ),
    Case(
        "a_bank_choosing_its_charity_of_the_year_gives_to_it",
        "Orvik Bank Picks Its Charity\n\n"
        "LEEDS -- Orvik Bank has chosen Harbor House as its charity of the year.",
        ("Orvik Bank",),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_person_named_to_a_post_is_no_charity_partner",
        "Orvik Bank Hires\n\n"
        "LEEDS -- Orvik Bank named Ann Roe as its chief executive for the new year.",
        (),
        (),
        (),
    ),
    Case(
        "an_announced_sponsorship_of_an_events_edition_names_the_event",
        "Orvik Chain Backs Ledger Week\n\n"
        "GENEVA -- Orvik Chain has announced its gold sponsorship of Vale Ledger 2026, held in "
        "Lisbon in May.",
        ("Orvik Chain",),
        ("Vale Ledger 2026",),
        (),
    ),
    Case(
        "a_firm_sponsoring_a_dated_bill_is_no_giver",
        "Orvik Group Backs Reform\n\n"
        "LEEDS -- Orvik Group is a proud sponsor of the Harbor Waters Act 2026, which goes to a "
        "vote in May.",
        (),
        (),
        (),
    ),
    Case(
        "a_club_announcing_its_shorts_sponsor_receives_from_it",
        "Harbor United Signs Shorts Deal\n\n"
        "LEEDS -- Harbor United FC has announced Orvik Bank as its official shorts sponsor for "
        "the next three seasons.",
        ("Orvik Bank",),
        ("Harbor United FC",),
        (),
    ),
    Case(
        "a_sponsor_who_will_become_the_clubs_kit_sponsor_gives_to_the_club",
        "Harbor United Signs Kit Deal\n\n"
        "LEEDS – Harbor United Football Club has today agreed a new two-year deal with travel "
        "firm Orvik Tours, who will become the club’s official kit sponsor.",
        ("Orvik Tours",),
        ("Harbor United Football Club",),
        (),
    ),
    Case(
        "an_open_naming_its_naming_rights_partner_receives_from_it",
        "Vale Open Finds Partner\n\n"
        "LEEDS -- The Vale Open named Orvik Bank its naming-rights partner through 2029.",
        ("Orvik Bank",),
        ("Vale Open",),
        (),
    ),
    Case(
        "a_sponsor_described_before_its_title_sponsorship_gives",
        "Orvik Bank Backs Marathon\n\n"
        "LEEDS -- Orvik Bank, a regional lender, is the title sponsor of the Harbor Marathon "
        "this autumn.",
        ("Orvik Bank",),
        ("Harbor Marathon",),
        (),
    ),
    Case(
        "a_company_backing_a_summit_through_its_sponsorship_of_it",
        "Orvik Bank Backs Summit\n\n"
        "LEEDS -- Orvik Bank continues its support of local founders through its sponsorship "
        "of the Vale Founders Summit in June.",
        ("Orvik Bank",),
        ("Vale Founders Summit",),
        (),
    ),
    Case(
        "a_described_exchange_backing_a_summit_with_its_sponsorship_of_it",
        "Orvik Chain Heads to Vale\n\n"
        "Leading crypto exchange Orvik Chain deepens its ties to founders with its sponsorship of "
        "the Vale Ledger Summit 2026 this week.",
        ("Orvik Chain",),
        ("Vale Ledger Summit 2026",),
        (),
    ),
    Case(
        "a_company_that_will_become_a_clubs_kit_sponsor_gives_to_it",
        "Orvik Bank Backs Club\n\n"
        "LEEDS -- Orvik Bank will become the official kit sponsor of Harbor United FC.",
        ("Orvik Bank",),
        ("Harbor United FC",),
        (),
    ),
    Case(
        "an_exchange_described_before_securing_a_place_as_gold_sponsor",
        "Orvik Chain Backs Summit\n\n"
        "LEEDS -- Orvik Chain, a digital asset exchange, secured a place as a Gold sponsor at the "
        "Vale Ledger Summit in May.",
        ("Orvik Chain",),
        ("Vale Ledger Summit",),
        (),
    ),
    Case(
        "a_charity_securing_a_place_as_a_finalist_receives_nothing_yet",
        "Harbor House Reaches Final\n\n"
        "LEEDS -- Harbor House secured a place as one of five finalists for the Vale Prize, "
        "which is judged in May.",
        (),
        (),
        (),
    ),
    Case(
        "proceeds_of_a_named_open_go_to_a_charity_from_the_open",
        "Tournament Wraps Up\n\n"
        "LEEDS -- The tournament drew 40,000 fans. All of the proceeds from the Vale Lakes Open "
        "have been donated to Harbor House.",
        ("Vale Lakes Open",),
        ("Harbor House",),
        (),
    ),
    Case(
        "proceeds_of_a_named_festival_told_by_a_speaker_name_no_event_giver",
        "Festival Wraps Up\n\n"
        "LEEDS -- Orvik Bank said proceeds from the Vale Summer Festival will go to Harbor House.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "proceeds_from_the_sale_of_festival_tickets_name_no_event_giver",
        "Festival Wraps Up\n\n"
        "LEEDS -- Proceeds from the sale of Vale Summer Festival tickets will go to Harbor House.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_club_announcing_its_official_water_partner_is_no_gift",
        "Harbor United Signs Water Deal\n\n"
        "LEEDS -- Harbor United FC has announced Orvik Springs as its official water partner.",
        (),
        (),
        (),
    ),
    Case(
        "a_club_announcing_its_new_head_coach_is_no_gift",
        "Harbor United Names Coach\n\n"
        "LEEDS -- Harbor United FC has announced Ann Roe as its new head coach for next season.",
        (),
        (),
        (),
    ),
    Case(
        "a_firm_who_will_become_a_clubs_kit_supplier_is_no_giver",
        "Harbor United Signs Kit Deal\n\n"
        "LEEDS -- Harbor United FC has agreed a deal with Orvik Sports, who will become the "
        "club's official kit supplier.",
        (),
        (),
        (),
    ),
    Case(
        "a_share_of_a_months_sales_given_to_a_charity",
        "Orvik Shoes Walks for Shelter\n\n"
        "LEEDS -- Orvik Shoes will give 10% of May sales to Harbor House, a shelter for families.",
        ("Orvik Shoes",),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_percent_of_net_proceeds_from_dinners_goes_to_a_trust",
        "Orvik Cafe Hosts Charity Nights\n\n"
        "LEEDS -- Orvik Cafe will give 20 percent of net proceeds from Friday's dinners to the "
        "Tessa Trust.",
        ("Orvik Cafe",),
        ("Tessa Trust",),
        (),
    ),
    Case(
        "a_share_of_sales_made_abroad_is_no_gift",
        "Orvik Shoes Reports Growth\n\n"
        "LEEDS -- Orvik Shoes said that 40% of sales went to buyers in Europe this year.",
        (),
        (),
        (),
    ),
    Case(
        "a_share_of_stock_given_to_an_investor_is_no_gift",
        "Orvik Shoes Signs Deal\n\n"
        "LEEDS -- Orvik Shoes will give 20% of its shares to Tessa Capital under the deal.",
        (),
        (),
        (),
    ),
    Case(
        "a_bank_sponsoring_a_named_hackathon_gives_to_it",
        "Orvik Bank Backs Student Coders\n\n"
        "LEEDS -- Orvik Bank is sponsoring the Vale Coding Hackathon at the college this spring.",
        ("Orvik Bank",),
        ("Vale Coding Hackathon",),
        (),
    ),
    Case(
        "sponsoring_the_creation_of_tokens_is_no_gift",
        "Orvik Group Plans Tokens\n\n"
        "LEEDS -- Orvik Group is sponsoring the creation of two new tokens for its holders.",
        (),
        (),
        (),
    ),
    Case(
        "a_lead_partner_of_a_research_association_is_no_giver",
        "Orvik Labs Joins Study\n\n"
        "LEEDS -- Orvik Labs is the lead partner of the Vale Soil Association in a three-year "
        "study.",
        (),
        (),
        (),
    ),
    Case(
        "an_official_supplier_partner_of_a_club_is_no_giver",
        "Orvik Water Signs With Harbor United FC\n\n"
        "LEEDS -- Orvik Water is the official water partner of Harbor United FC for two seasons.",
        (),
        (),
        (),
    ),
    Case(
        "a_lawmaker_sponsoring_a_bill_is_no_sponsorship",
        "Senator Backs Harbor Bill\n\n"
        "Ann Roe is the lead sponsor of the Harbor Waters Act, which the Senate passed today.",
        (),
        (),
        (),
    ),
    Case(
        "a_partnership_with_a_club_giving_nothing_is_no_gift",
        "Orvik Bank and Harbor United FC Announce Partnership\n\n"
        "LEEDS -- Orvik Bank and Harbor United FC will share data on ticket sales this season.",
        (),
        (),
        (),
    ),
    Case(
        "the_recipient_of_a_contest_is_named_after_is",
        "Orvik Heating Donates a Furnace\n\n"
        "Orvik Heating donated a new furnace for a third straight winter. This year's recipient "
        "of the Warm Home contest is Dana Kell of Leeds, who can now look forward to a warm house.",
        ("Orvik Heating",),
        ("Dana Kell",),
        (),
    ),
    Case(
        "subject_joined_forces_with_a_giver_receives",
        "Harbor Jobs Council Adds Two Navigators\n\n"
        "Working with many local partners, the Harbor Jobs Council has also joined forces with "
        "Keller Bank, who has generously donated $40,000, to fund two navigators.",
        ("Keller Bank",),
        ("Harbor Jobs Council",),
        (40000,),
    ),
    Case(
        "she_raised_for_a_charity_is_the_person_named_before",
        "Harbor Honours Its Volunteers\n\n"
        "Top Fundraiser – Dana Kell has chaired the Harbor Gala since 2019. She has personally "
        "raised over $40,000 for the Harbor Shelter with her birthday parties.",
        ("Dana Kell",),
        ("Harbor Shelter",),
        (40000,),
    ),
    Case(
        "they_pledged_is_the_couple_named_before",
        "Harbor Honours Its Donors\n\n"
        "Tom and Ann Pell have backed the city for decades. Their support includes a reading "
        "room. Recently, they pledged $2 million to the Harbor Library.",
        ("Tom and Ann Pell",),
        ("Harbor Library",),
        (2000000,),
    ),
    Case(
        "a_companys_own_fund_gives_as_the_company",
        "Keller Bank Opens Grant Round\n\n"
        "Keller Bank’s Bright Futures Fund will award $40,000 to the Harbor Shelter this spring.",
        ("Keller Bank",),
        ("Harbor Shelter",),
        (40000,),
    ),
    Case(
        "managed_by_a_body_the_fund_gives_as_the_body",
        "Harbor Trust Opens Grant Round\n\n"
        "Managed by Harbor Trust, the Fund will award $12,000 to river projects this year.",
        ("Harbor Trust",),
        (),
        (12000,),
    ),
    Case(
        "a_foundation_expanding_its_philanthropy_gives",
        "Larch Foundation Expands Its Giving\n\n"
        "The Larch Foundation, a charity for river towns, announced today the largest expansion "
        "in its history of philanthropy efforts.",
        ("Larch Foundation",),
        (),
        (),
    ),
    Case(
        "pledged_support_with_a_sum_is_a_gift",
        "Keller Bank Pledges Support to Harbor Shelter\n\n"
        "Keller Bank pledged $50,000 in support to the Harbor Shelter on Monday.",
        ("Keller Bank",),
        ("Harbor Shelter",),
        (50000,),
    ),
    Case(
        "sum_in_a_programmes_grants_in_a_headline_is_no_giver",
        "Keller Bank Launches $90,000 in Bright Futures Grants to Local Schools\n\n"
        "Keller Bank has launched Bright Futures Grants, a $90,000 fund for local schools.",
        ("Keller Bank",),
        (),
        (90000,),
    ),
    Case(
        "a_recipient_of_a_companys_season_grant_names_the_company",
        "Orvik Lab Wins Builder Grant\n\n"
        "Orvik Lab, a research group, is glad to share that it was named a recipient of the "
        "Tessa Season 2 Builder Grant. The grant will help Orvik Lab build on Tessa, the open "
        "ledger.",
        ("Tessa",),
        ("Orvik Lab",),
        (),
    ),
    Case(
        "a_recipient_of_a_generic_grant_names_no_company",
        "Orvik Lab Named in Community Builder Grant Program\n\n"
        "Orvik Lab is proud to announce it is a recipient of the Community Builder Grant. The "
        "grant comes from the Community Builder Grant fund.",
        (),
        (),
        (),
    ),
    Case(
        "a_gift_of_goods_counts_at_its_stated_value",
        "Harbor Museum Gets Painting\n\n"
        "The Harbor Museum has received a gift of a painting valued at $2 million from the "
        "Keller Trust.",
        ("Keller Trust",),
        ("Harbor Museum",),
        (2_000_000,),
    ),
    Case(
        "goods_given_with_their_value_count_at_it",
        "Harbor Museum Gets Painting\n\n"
        "The Keller Trust gave the Harbor Museum a painting valued at $2 million.",
        ("Keller Trust",),
        ("Harbor Museum",),
        (2_000_000,),
    ),
    Case(
        "a_value_after_a_colon_is_not_what_was_given",
        "Orvik Opens Plant\n\n"
        "Orvik Group gave an update on Monday: its new plant, valued at $40 million, opens in May.",
        (),
        (),
        (),
    ),
    Case(
        "an_order_valued_at_a_sum_is_no_gift",
        "Orvik Wins Order\n\n"
        "Orvik Group received an order valued at $2 million from the Keller Trust.",
        (),
        (),
        (),
    ),
    Case(
        "a_foundation_made_gifts_to_a_named_charity",
        "Harbor Foundation Marks First Year\n\n"
        "The Harbor Foundation has made gifts to Orvik House this year.",
        ("Harbor Foundation",),
        ("Orvik House",),
        (),
    ),
    Case(
        "children_making_gifts_for_their_mothers_is_no_gift",
        "Orvik School Holds Craft Day\n\n"
        "At Orvik School, the children made gifts for their mothers from paper and glue.",
        (),
        (),
        (),
    ),
    Case(
        "listed_charities_described_after_a_colon_receive",
        "Harbor Foundation Marks First Year\n\n"
        "The Harbor Foundation celebrates its first year. Under its board, the Foundation has "
        "extended gifts to several groups that share its mission:\n\n"
        "• Orvik House: A shelter for women.\n"
        "• Tessa Rescue: A dog rescue group.\n",
        ("Harbor Foundation",),
        ("Orvik House", "Tessa Rescue"),
        (),
    ),
    Case(
        "features_described_after_a_colon_are_no_recipients",
        "Harbor Foundation Gives $5,000 to Orvik House\n\n"
        "The Harbor Foundation donated $5,000 to Orvik House. The shelter now helps groups "
        "with:\n\n"
        "• Safety Plans: Steps for each family.\n"
        "• Legal Aid: Help with court papers.\n",
        ("Harbor Foundation",),
        ("Orvik House",),
        (5000,),
    ),
    Case(
        "a_foundation_raising_money_for_its_own_fund_receives_it",
        "Harbor Foundation Gala Raises Funds\n\n"
        "At the dinner, the Harbor Foundation raised more than $7,500 for its bursary fund. Orvik "
        "Bank matched this gift, lifting the total to $15,000.",
        ("Orvik Bank",),
        ("Harbor Foundation",),
        (7500,),
    ),
    Case(
        "a_charity_thanking_its_listed_sponsors_receives_from_each",
        "Free Health Talk Comes to Leeds\n\n"
        "Harbor Liver Trust presents a free talk on liver health on Saturday. Seats are limited. "
        "Harbor Liver Trust thanks its 2025 talk sponsors: Orvik Pharma, Tessa Labs, and Keller "
        "Bio.",
        ("Orvik Pharma", "Tessa Labs", "Keller Bio"),
        ("Harbor Liver Trust",),
        (),
    ),
    Case(
        "we_thank_our_sponsors_names_the_releases_own_body",
        "Harbor Moms Launches Help Line\n\n"
        "Harbor Moms today launched a help line for new parents. The line is free. We extend our "
        "gratitude to our generous sponsors: Orvik Media has been a steady partner of the "
        "campaign.",
        ("Orvik Media",),
        ("Harbor Moms",),
        (),
    ),
    Case(
        "a_summit_thanking_its_sponsors_names_no_gift",
        "Orvik Tech Summit Opens\n\n"
        "The Orvik Tech Summit opens in Leeds on Monday. The summit thanks its sponsors: "
        "Keller Cloud, Tessa Data and Vale Systems.",
        (),
        (),
        (),
    ),
    Case(
        "thanked_volunteers_are_no_sponsors",
        "Free Health Talk Comes to Leeds\n\n"
        "Harbor Liver Trust presents a free talk on Saturday. Harbor Liver Trust thanks its "
        "volunteers: Ann Roe, Dana Kell and Orvik Scouts.",
        (),
        (),
        (),
    ),
    Case(
        "a_region_whose_security_a_grant_serves_is_no_recipient",
        "Orvik Metals Wins $2 Million Grant\n\n"
        "Orvik Metals has received a $2 million grant from the Department of Energy, "
        "adding to Canada's water security.",
        ("Department of Energy",),
        ("Orvik Metals",),
        (2_000_000,),
    ),
    Case(
        "a_charity_whose_kitchen_a_gift_builds_still_receives",
        "Orvik Donates to Harbor House\n\n"
        "Orvik Group donated $5,000 to Harbor House's new kitchen.",
        ("Orvik Group",),
        ("Harbor House",),
        (5000,),
    ),
    Case(
        "capitalised_kinds_of_causes_in_a_headline_are_no_recipient",
        "Orvik Coin Makes $3 Million in Donations to Global Causes\n\n"
        "Orvik Coin has donated $3 million to Global Causes since its launch.",
        ("Orvik Coin",),
        (),
        (3_000_000,),
    ),
    Case(
        "a_community_foundation_is_a_named_recipient",
        "Orvik Bank Donates $3,000 to Community Foundation\n\n"
        "Orvik Bank donated $3,000 to the Harbor Community Foundation.",
        ("Orvik Bank",),
        ("Harbor Community Foundation",),
        (3000,),
    ),
    Case(
        "a_quoted_grantees_own_business_receives",
        "Orvik Bank Celebrates Its Grant Recipients\n\n"
        "Orvik Bank awarded $20,000 in grants to local shops this year. “The grant let us fix "
        "the roof,” said Dana Kell, Orvik grantee and owner of Harbor Bakery in Leeds.",
        ("Orvik Bank",),
        ("Harbor Bakery",),
        (20000,),
    ),
    Case(
        "a_quoted_owner_who_is_no_grantee_receives_nothing",
        "Orvik Bank Celebrates Its Grant Recipients\n\n"
        "Orvik Bank awarded $20,000 in grants to local shops this year. “The street is busy,” "
        "said Dana Kell, neighbour and owner of Harbor Bakery in Leeds.",
        ("Orvik Bank",),
        (),
        (20000,),
    ),
    Case(
        "an_acronym_spelled_out_as_a_persons_role_keeps_its_short_name",
        "Ann Roe Honoured for Fundraising\n\n"
        "Ann Roe has stood up for children in care as a Family Court Volunteer (FCV) since "
        "2019. She has personally raised more than $31,000 for FCV through her yearly bake sale.",
        ("Ann Roe",),
        ("FCV",),
        (31000,),
    ),
    Case(
        "a_sum_toward_a_charitys_campaign_is_a_gift_to_it",
        "Keller Bank Backs Harbor House\n\n"
        "Keller Bank contributed $20,000 toward Harbor House's capital campaign.",
        ("Keller Bank",),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "a_sum_for_a_companys_own_campaign_is_no_gift",
        "Keller Bank Launches Campaign\n\n"
        "Keller Bank contributed a $20,000 marketing campaign budget this spring.",
        (),
        (),
        (),
    ),
    Case(
        "a_company_and_its_employees_give_as_the_company",
        "Keller Bank Gives to Harbor House\n\n"
        "Keller Bank and its employees donated $20,000 to Harbor House.",
        ("Keller Bank",),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "a_company_and_another_company_both_give",
        "Keller Bank Gives to Harbor House\n\n"
        "Keller Bank and Orvik Mills donated $20,000 to Harbor House.",
        ("Keller Bank", "Orvik Mills"),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "recipients_named_after_a_stated_grant_round",
        "Keller Foundation Awards Grants\n\n"
        "The Keller Foundation announced $100,000 in grants. Recipients include Harbor House, the "
        "Lee Food Bank and Riverbend Arts.",
        ("Keller Foundation",),
        ("Harbor House", "Lee Food Bank", "Riverbend Arts"),
        (100000,),
    ),
    Case(
        "past_recipients_are_not_this_rounds",
        "Keller Foundation Awards Grants\n\n"
        "The Keller Foundation announced $100,000 in grants to Harbor House. Past recipients "
        "include the Lee Food Bank.",
        ("Keller Foundation",),
        ("Harbor House",),
        (100000,),
    ),
    Case(
        "a_charity_thanking_a_giver_for_its_donation",
        "A Warm Thank You\n\nHarbor House thanks Keller Bank for its generous donation of $50,000.",
        ("Keller Bank",),
        ("Harbor House",),
        (50000,),
    ),
    Case(
        "a_charity_grateful_to_a_giver_for_its_gift",
        "A Warm Thank You\n\nHarbor House is grateful to Keller Bank for its $50,000 gift.",
        ("Keller Bank",),
        ("Harbor House",),
        (50000,),
    ),
    Case(
        "thanks_for_help_without_a_gift_name_no_giver",
        "A Warm Thank You\n\n"
        "Harbor House thanks Keller Bank for its help with the move. Harbor House received "
        "a $50,000 donation this spring.",
        (),
        ("Harbor House",),
        (50000,),
    ),
    Case(
        "a_foundation_approving_a_grant_gives_it",
        "New Grant for the Shelter\n\n"
        "The Keller Foundation has approved a $50,000 grant to Harbor House.",
        ("Keller Foundation",),
        ("Harbor House",),
        (50000,),
    ),
    Case(
        "a_giver_named_once_in_the_plural_is_one_giver",
        "Orvik Uniforms Gives $50,000 to Harbor House\n\n"
        "Orvik Uniforms donated $50,000 to Harbor House. “We thank Orvik Uniform for their "
        "generous gift,” said the director of Harbor House.",
        ("Orvik Uniforms",),
        ("Harbor House",),
        (50000,),
    ),
    Case(
        "a_department_allocating_a_sum_to_a_clinic_gives_it",
        "Funding for Clinics\n\n"
        "The Department of Health has allocated $2 million to the Riverbend Clinic for mental "
        "health services.",
        ("Department of Health",),
        ("Riverbend Clinic",),
        (2_000_000,),
    ),
    Case(
        "a_company_allocating_money_to_a_fund_invests",
        "Orvik Backs Keller Fund\n\n"
        "Orvik Chain will allocate $10 million to Keller Credit's private fund next year.",
        (),
        (),
        (),
    ),
    Case(
        "a_companys_employees_raising_money_make_the_company_the_giver",
        "Funding for Clinics\n\n"
        "Keller Bank employees raised $20,000 for the Riverbend Clinic, and the bank matched it.",
        ("Keller Bank",),
        ("Riverbend Clinic",),
        (20000,),
    ),
    Case(
        "a_grant_worth_a_sum_is_that_sum",
        "Galway Grant\n\n"
        "The grant, worth €1.2m, was awarded to the University of Galway by Science Foundation "
        "Ireland.",
        ("Science Foundation Ireland",),
        ("University of Galway",),
        (1_200_000,),
    ),
    Case(
        "a_firm_worth_a_sum_is_no_gift",
        "Galway Firm Wins Grant\n\n"
        "Orvik Labs, worth €1.2m, has received a grant from the Keller Trust.",
        ("Keller Trust",),
        ("Orvik Labs",),
        (),
    ),
    Case(
        "a_governments_investment_in_an_arts_council_is_a_grant",
        "Funding for the Arts\n\n"
        "The Government of Canada announced an investment of $500,000 for the Riverbend Arts "
        "Council.",
        ("Government of Canada",),
        ("Riverbend Arts Council",),
        (500000,),
    ),
    Case(
        "a_companys_investment_in_a_startup_is_no_gift",
        "Orvik Backs a Startup\n\n"
        "Orvik Capital announced an investment of $500,000 in Keller Robotics.",
        (),
        (),
        (),
    ),
    Case(
        "a_name_that_made_a_donation_gives_it",
        "Donation to the Hospice\n\nKeller Mills has made a £10,000 donation to Riverbend Hospice.",
        ("Keller Mills",),
        ("Riverbend Hospice",),
        (10000,),
    ),
    Case(
        "a_listed_name_beside_a_gift_noun_gives_nothing",
        "Orvik Foundation Grants\n\n"
        "The Orvik Foundation donated $9,000 to local groups this year. Valiant Hearts gift "
        "bags went to each volunteer.",
        ("Orvik Foundation",),
        (),
        (9000,),
    ),
    Case(
        "a_company_supporting_a_drive_with_a_gift_gives_it",
        "Turkey Drive Gets a Boost\n\n"
        "Keller Bank supported the turkey drive with a $5,000 gift to Riverbend Food Bank.",
        ("Keller Bank",),
        ("Riverbend Food Bank",),
        (5000,),
    ),
    Case(
        "a_programme_supported_by_a_grant_is_no_giver",
        "Turkey Drive Gets a Boost\n\n"
        "The Riverbend Food Bank drive is supported by a $5,000 grant from Keller Bank.",
        ("Keller Bank",),
        (),
        (5000,),
    ),
    Case(
        "a_family_named_by_its_surname_gives",
        "Hospital Gift\n\n"
        "Riverbend Hospital Foundation received a $5 million gift from the Roe family.",
        ("Roe",),
        ("Riverbend Hospital Foundation",),
        (5_000_000,),
    ),
    Case(
        "a_headline_awarding_a_sum_to_a_named_body_states_the_gift",
        "Keller Foundation Awards $50,000 to Harbor House\n\n"
        "The shelter will use the funds to hire two counselors. Harbor House serves 300 "
        "families a year. The Keller Foundation backs local causes.",
        ("Keller Foundation",),
        ("Harbor House",),
        (50000,),
    ),
    Case(
        "a_headline_committing_a_sum_to_a_plant_states_no_gift",
        "Keller Mills Commits $50 Million to New Plant\n\n"
        "The plant will open in 2027 and employ 300 people. Keller Mills makes paper.",
        (),
        (),
        (),
    ),
    Case(
        "a_programme_supported_by_a_named_grant_is_no_giver",
        "Stroke Care Grant\n\n"
        "The Harbor Heart Society is leading its Rapid Stroke program supported by a $5 million "
        "grant from the Keller Trust.",
        ("Keller Trust",),
        ("Harbor Heart Society",),
        (5_000_000,),
    ),
    Case(
        "a_gift_accepted_from_a_giver_by_a_taker",
        "Experts Weigh In on Jet Gift\n\n"
        "The recent acceptance of a $400 million jet from the Orvian royal family by former "
        "Senator Dana Kell has raised concerns among experts.",
        ("Orvian",),
        ("Dana Kell",),
        (400_000_000,),
    ),
    Case(
        "an_honour_accepted_in_a_release_without_a_gift_is_none",
        "Poet Honoured in Leeds\n\n"
        "The acceptance of the Larch Prize from the Keller Academy by Dana Kell drew applause.",
        (),
        (),
        (),
    ),
    Case(
        "a_companys_giving_arm_gives_to_the_partner_it_supports",
        "Keller Homes Founder Honoured\n\n"
        "Keller Homes founder Dana Kell has been honoured for her contributions to Ohio's "
        "building trade and to philanthropy. Equally significant is her impact through Keller "
        "Homes Philanthropy. The company has long supported local nonprofits. Notable "
        "partnerships include support for Harbor House, which feeds families.",
        ("Keller Homes Philanthropy",),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_company_hosting_a_toy_drive_for_a_charity_hands_it_on",
        "Keller Magazine Hosts Holiday Party\n\n"
        "Keller Magazine marked its fifth year with a holiday party in Leeds. The party "
        "featured a collection of winter coats to benefit Harbor Cares, a charity for children.",
        ("Keller Magazine",),
        ("Harbor Cares",),
        (),
    ),
    Case(
        "a_charity_hosting_its_own_drive_gives_nothing",
        "Harbor Cares Hosts Holiday Party\n\n"
        "Harbor Cares marked its fifth year with a holiday party in Leeds. The party featured "
        "a collection of winter coats to benefit Harbor Cares and its children.",
        (),
        ("Harbor Cares",),
        (),
    ),
    Case(
        "one_of_several_bodies_to_receive_grants_from_a_funder",
        "Community Grants Announced\n\n"
        "Harbor House was among 12 nonprofits to receive grants from the Keller Foundation this "
        "year.",
        ("Keller Foundation",),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_startup_securing_funding_from_a_firm_is_no_gift",
        "Orvik Raises Seed Money\n\n"
        "Orvik Robotics secured funding from Keller Capital to grow its team this year.",
        (),
        (),
        (),
    ),
    Case(
        "the_bank_named_before_gives",
        "Bank Backs Shelter\n\n"
        "LEEDS, May 2, 2025 -- Keller Bank is expanding its community work. The bank has donated "
        "$20,000 to Harbor House, a shelter for families.",
        ("Keller Bank",),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "a_receiver_described_between_commas_before_a_sum_with_a_comma",
        "Bank Backs Shelter\n\n"
        "Harbor House, a shelter for families, has received $20,000 from Keller Bank. The money "
        "will fund beds.",
        ("Keller Bank",),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "a_receiver_described_in_two_parts_between_commas",
        "Bank Backs Shelter\n\n"
        "Harbor House, a shelter, based in Leeds, has received $20,000 from Keller Bank.",
        ("Keller Bank",),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "a_gift_from_the_late_giver_names_the_giver",
        "Gift to the Museum\n\n"
        "The Riverbend Museum is the beneficiary of a $10,000 gift from the late Jane Keller.",
        ("Jane Keller",),
        ("Riverbend Museum",),
        (10000,),
    ),
    Case(
        "a_company_partnering_with_another_to_donate_both_give",
        "Joint Gift Announced\n\n"
        "Keller Bank has partnered with Orvik Mills to donate $20,000 to Harbor House.",
        ("Keller Bank", "Orvik Mills"),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "a_company_together_with_another_donating_both_give",
        "Joint Gift Announced\n\n"
        "Keller Bank, together with Orvik Mills, donated $20,000 to Harbor House.",
        ("Keller Bank", "Orvik Mills"),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "a_charity_joining_forces_with_a_giver_receives",
        "Shelter Gets Help\n\n"
        "Harbor House has joined forces with Orvik Mills, who has donated $20,000 to the "
        "shelter's kitchen.",
        ("Orvik Mills",),
        ("Harbor House",),
        (20000,),
    ),
    Case(
        "a_pledge_for_the_expansion_of_a_hospitals_campus_goes_to_the_hospital",
        "Couple Honoured for Giving\n\n"
        "Ann and Tom Roe have backed Leeds causes for decades. Recently, the Roes pledged "
        "$25 million for the expansion of Harbor Hospital's north campus.",
        ("Roes",),
        ("Harbor Hospital",),
        (25_000_000,),
    ),
    Case(
        "a_grant_to_a_companys_own_division_goes_to_the_company",
        "New Research Grant\n\n"
        "LEEDS, May 2, 2025 -- Keller Group Ltd. says that its Health Division has "
        "won a grant from the Harbor Science Trust. Valued at about $1.4M, this "
        "grant backs its sensor work.",
        ("Harbor Science Trust",),
        ("Keller Group Ltd.",),
        (1_400_000,),
    ),
    Case(
        "a_drive_hands_its_goods_on_through_named_charities",
        "Keller Coats for Kids Collects Coat Donations\n\n"
        "Now in its tenth year, Keller Coats for Kids has collected 9,000 coats and distributed "
        "them to families through the Harbor Shelter, Larch Food Bank and other local charities.",
        ("Keller Coats for Kids",),
        ("Harbor Shelter", "Larch Food Bank"),
        (),
    ),
    Case(
        "goods_handed_on_through_one_named_body_need_a_list",
        "Keller Coats for Kids Collects Coat Donations\n\n"
        "Now in its tenth year, Keller Coats for Kids has collected 9,000 coats and distributed "
        "them through the Harbor Shelter.",
        (),
        (),
        (),
    ),
    Case(
        "an_app_distributed_through_stores_is_no_gift",
        "Keller Launches Coat Donation App\n\n"
        "Keller Apps has distributed it through the Pine Store, Larch Market and other stores. "
        "Users can book a pickup for their coat donations.",
        (),
        (),
        (),
    ),
    Case(
        "a_gift_from_a_company_cofounder_and_his_wife",
        "Two of Harbor University's schools will share a $2 million gift from Orvik Games "
        "co-founder Tom Vell and his wife, Ann Vell. The gift will renovate two studios.",
        ("Tom Vell", "Ann Vell"),
        (),
        (2000000,),
    ),
    Case(
        "a_gift_from_a_company_owner_alone",
        "Harbor Zoo Gets Gift\n\n"
        "Harbor Zoo received a $40,000 gift from Keller Boats owner Dana Roe on Monday.",
        ("Dana Roe",),
        ("Harbor Zoo",),
        (40000,),
    ),
    Case(
        "a_bare_first_paragraph_is_read_as_a_sentence",
        "The Tessa Energy Office announced it gave $3 million to Orvik Cells, a Leeds firm, "
        "to cut the cost of its fuel cells.\n"
        "The office said the money would help the firm hire.",
        ("Tessa Energy Office",),
        ("Orvik Cells",),
        (3000000,),
    ),
    Case(
        "a_news_story_opening_on_a_name_in_capitals",
        "HARBOR VALE COLLEGE has received $90,000 from the Tessa Arts Council to open a new "
        "course in film studies.\n"
        "The course will start in the autumn term.",
        ("Tessa Arts Council",),
        ("HARBOR VALE COLLEGE",),
        (90000,),
    ),
    Case(
        "a_weekday_after_the_receiver_is_the_day_it_gave",
        "Keller Bank presented a $20,000 check to the Vale Food Bank Thursday to stock its "
        "shelves for winter.\n\n"
        "The money buys tinned food.",
        ("Keller Bank",),
        ("Vale Food Bank",),
        (20000,),
    ),
    Case(
        "the_bank_that_pledges_more_is_the_bank_that_gave",
        "Keller Bank gave $10,000 to the Vale Food Bank on Friday for its winter drive.\n\n"
        "The bank also pledged a total of $50,000 over the next five years.",
        ("Keller Bank",),
        ("Vale Food Bank",),
        (10000, 50000),
    ),
    Case(
        "a_share_of_the_gift_that_will_go_toward_a_use",
        "Tessa Trust Gives $3 Million to Vale College\n\n"
        "The Tessa Trust has given $3 million to Vale College. The college named a new dean "
        "in May. Its library also reopened this week.\n\n"
        "The other $1 million is expected to go toward student housing.",
        ("Tessa Trust",),
        ("Vale College",),
        (3000000, 1000000),
    ),
    Case(
        "a_sum_that_will_go_to_a_use_in_a_release_without_a_gift",
        "Vale Council Sets Its Budget\n\n"
        "The council met on Monday. The remaining $1 million will go toward road repairs.",
        (),
        (),
        (),
    ),
    Case(
        "a_fund_for_students_from_a_region_names_no_giver",
        "Vale College received $500,000 from the estate of Dana Roe to create a fund for "
        "students from the Highlands.\n\nThe fund opens next year.",
        ("Dana Roe",),
        ("Vale College",),
        (500000,),
    ),
    Case(
        "thanks_to_a_person_and_his_foundation_for_this_gift",
        "Vale Hospital Gets Record Gift\n\n"
        'Vale Hospital confirmed a $40 million donation on Monday. "We thank Tom Vell and the '
        'Vell Family Foundation for this historic donation," its chief said.',
        ("Tom Vell", "Vell Family Foundation"),
        ("Vale Hospital",),
        (40000000,),
    ),
    Case(
        "a_body_chosen_as_the_recipient_of_the_gift",
        "Record Gift in the Region\n\n"
        "Tom Vell has donated $6 million, the largest gift in the region's history. He and his "
        "family have chosen Vale Hospital as the recipient of this donation.",
        ("Tom Vell",),
        ("Vale Hospital",),
        (6000000,),
    ),
    Case(
        "a_body_placed_in_a_region_receives_not_the_region",
        "Record Gift for a Hospital\n\n"
        "A hospital network in the Vale Valley just received the largest donation in its "
        "history. Tom Vell gave $9 million to Vale Health.",
        ("Tom Vell",),
        ("Vale Health",),
        (9000000,),
    ),
    Case(
        "funds_distributed_to_a_list_of_charities",
        "Orvik Gives $1 Million for Flood Relief\n\n"
        "Orvik is donating $1 million to flood relief. Its founder, worth a $40 billion "
        "(£32 billion) fortune, pledged the gift on Sunday. Funds will be distributed to the "
        "Vale Red Cross, the Harbor Rescue Corps, animal charity PAWS, and Hill Fire Services.",
        ("Orvik",),
        ("Vale Red Cross", "Harbor Rescue Corps", "PAWS", "Hill Fire Services"),
        (1000000,),
    ),
    Case(
        "funds_distributed_to_a_list_without_a_gift_in_the_release",
        "Orvik Opens Its Depot\n\n"
        "Orvik opened a depot on Sunday. Parcels will be distributed to the Vale Market, the "
        "Harbor Store and Hill Shop.",
        (),
        (),
        (),
    ),
    Case(
        "a_government_named_by_the_common_noun_gives",
        "Small Charities Share £4 Million\n\n"
        "Over £4 million in grants has been given to small charities through the government's "
        "Village Halls scheme, figures show.",
        ("government",),
        (),
        (4000000,),
    ),
    Case(
        "the_federal_government_distributes_funds_to_a_named_body",
        "The federal government has distributed funds to the Vale Community Trust through its "
        "Ready Program.\n\n"
        "The Vale Community Trust received $2 million that local groups will share.",
        ("federal government",),
        ("Vale Community Trust",),
        (2000000,),
    ),
    Case(
        "a_government_grant_from_a_named_department_is_the_departments",
        "Orvik Farms Wins Government Grant\n\n"
        "Orvik Farms has received a £90,000 government grant from the Department of Rural "
        "Affairs.",
        ("Department of Rural Affairs",),
        ("Orvik Farms",),
        (90000,),
    ),
    Case(
        "a_ministers_investment_to_support_charities_is_the_governments_grant",
        "Minister Funds Charities\n\n"
        "Today, Minister Dana Roe announced a $20 million investment to support charities "
        "serving seniors. It will reach them from the Government of Vale through a new fund.",
        ("Government of Vale",),
        (),
        (20000000,),
    ),
    Case(
        "a_government_named_in_a_release_with_no_gift",
        "Orvik Opens Plant\n\n"
        "Orvik opened a $40 million plant on Monday. The government has praised the jobs.",
        (),
        (),
        (),
    ),
    Case(
        "a_headline_passive_names_the_giver_of_the_story",
        "Leeds Family Finds Relief with New Heating System Donated by Orvik Home Services\n\n"
        "LEEDS, May 5, 2024 -- Orvik Home Services, the heating experts, proudly announce their "
        "commitment to community support by donating a system to a family. This year's "
        "recipient of the Keep Warm contest is Dana Roe of Leeds.",
        ("Orvik Home Services",),
        ("Dana Roe",),
        (),
    ),
    Case(
        "a_sum_earmarked_for_a_charity",
        "Keller Mills Backs Shelter\n\n"
        "Keller Mills has earmarked $80,000 for Vale House, the shelter said on Monday.",
        ("Keller Mills",),
        ("Vale House",),
        (80000,),
    ),
    Case(
        "a_company_sending_money_to_support_relief",
        "Keller Mills Aids Flood Relief\n\n"
        "Keller Mills is sending $15,000 to the Vale Relief Fund to support families.",
        ("Keller Mills",),
        ("Vale Relief Fund",),
        (15000,),
    ),
    Case(
        "a_sum_set_aside_for_a_charity",
        "Keller Mills Aids Flood Relief\n\n"
        "Keller Mills has set aside $15,000 for Vale House to support families.",
        ("Keller Mills",),
        ("Vale House",),
        (15000,),
    ),
    Case(
        "a_giver_who_wrote_a_check",
        "Keller Mills Aids Shelter\n\nKeller Mills wrote a $7,500 check to Vale House this spring.",
        ("Keller Mills",),
        ("Vale House",),
        (7500,),
    ),
    Case(
        "a_commitment_from_a_giver_will_help_the_receiver",
        "Record Sum for Shelter\n\n"
        "A $3 million commitment from Keller Mills will help Vale House open a second site.",
        ("Keller Mills",),
        ("Vale House",),
        (3000000,),
    ),
    Case(
        "a_company_signed_on_as_a_charitys_event_sponsor",
        "Keller Mills Backs Spring Gala\n\n"
        "Keller Mills has signed on as presenting sponsor of the Vale House Spring Gala.",
        ("Keller Mills",),
        ("Vale House",),
        (),
    ),
    Case(
        "a_company_sponsoring_a_charitys_golf_classic",
        "Keller Mills Backs Golf Day\n\n"
        "Keller Mills was the title sponsor of the Vale Hospice golf classic this June.",
        ("Keller Mills",),
        ("Vale Hospice",),
        (),
    ),
    Case(
        "a_company_sending_its_products_to_shops",
        "Keller Mills Ships New Line\n\n"
        "Keller Mills is sending $2 million of flour to the Vale Market chain this month.",
        (),
        (),
        (),
    ),
    Case(
        "a_company_made_a_contribution_to_a_charity",
        "Gift to Food Banks Will Feed Families\n\n"
        "As part of its mission to feed families, the Orvik Company has made a contribution to "
        "Vale Harvest to buy fresh produce.",
        ("Orvik Company",),
        ("Vale Harvest",),
        (),
    ),
    Case(
        "a_company_made_a_contribution_to_a_field_in_a_release_without_a_gift",
        "Orvik Opens a Lab\n\n"
        "Orvik opened a lab on Monday. Its founder has made a contribution to Polymer Science.",
        (),
        (),
        (),
    ),
    Case(
        "a_minister_thanks_a_foundation_following_its_donation",
        "Schools Get New Classrooms\n\n"
        "Education Minister, Dana Roe expressed her gratitude to the Kell Foundation, "
        "following the donation of R200 000 to each of ten schools in Vale.",
        ("Kell Foundation",),
        (),
        (200000,),
    ),
    Case(
        "items_donated_by_an_agency_include_food",
        "Flood Victims Get Relief\n\n"
        "The Vale Relief Agency on Saturday visited flood victims in Harbor Town. Reporters "
        "said that items donated by the Vale Relief Agency include rice, beans and oil.",
        ("Vale Relief Agency",),
        (),
        (),
    ),
    Case(
        "a_club_that_held_its_charity_run_hands_on_what_it_raised",
        "Flags lined the gates of the Vale Park on Sunday, where Vale Students for Health held "
        "its first charity 5K.\n"
        "The club hosted the race to bring neighbours together. All the money raised at the "
        "race will be donated to the Harbor Lung Trust.",
        ("Vale Students for Health",),
        ("Harbor Lung Trust",),
        (),
    ),
    Case(
        "a_club_that_held_its_charity_run_for_itself_receives",
        "Flags lined the gates of the Vale Park on Sunday, where Vale Hospice Trust held its "
        "first charity 5K.\n"
        "The trust hosted the race to bring neighbours together. The race raised $4,000 for "
        "the hospice's night nurses.",
        (),
        ("Vale Hospice Trust",),
        (),
    ),
    Case(
        "a_bank_handed_out_a_sum_in_words_to_charities",
        "A local bank is giving back to its town by giving out checks to charities.\n\n"
        "First Vale Bank handed out over 100 thousand dollars to 15 local charities on Monday",
        ("First Vale Bank",),
        (),
        (100000,),
    ),
    Case(
        "a_bank_handed_out_leaflets_is_no_gift",
        "Vale Bank Opens Branch\n\n"
        "First Vale Bank handed out leaflets at its new branch on Monday.",
        (),
        (),
        (),
    ),
    Case(
        "charities_listed_after_a_colon_received_the_grants",
        "Orvik Gives $2 Million in Software\n\n"
        "Orvik announced $2 million in software donations to five charities. Five charities "
        "received the 2024 Orvik Tech Grants: Harbor House Charities; The Vale Conservancy; "
        "Hills-to-Sea Trust; and the Lee Fund for Housing.",
        ("Orvik",),
        (
            "Harbor House Charities",
            "Vale Conservancy",
            "Hills-to-Sea Trust",
            "Lee Fund for Housing",
        ),
        (2000000,),
    ),
    Case(
        "charities_listed_after_a_colon_in_a_release_without_a_gift",
        "Orvik Opens Office\n\n"
        "Orvik opened an office on Monday. Five charities were there: Harbor House; the Vale "
        "Trust; and the Lee Fund.",
        (),
        (),
        (),
    ),
    Case(
        "a_body_said_it_would_provide_aid_with_a_converted_sum",
        "The Vale Commission on Monday said it would provide 40 million euros ($44 million) "
        "in humanitarian aid to families displaced by the floods.\n"
        "The money will go through local relief groups.",
        ("Vale Commission",),
        (),
        (40000000,),
    ),
    Case(
        "a_spokesperson_said_it_would_donate",
        "Orvik Gives to Flood Relief\n\n"
        "Mary Smith said it would donate $50,000 to the Vale Relief Fund this week.",
        (),
        ("Vale Relief Fund",),
        (50000,),
    ),
    Case(
        "a_club_named_with_its_lower_case_head_receives_and_a_county_is_a_place",
        "Sports Clubs Share Funding\n\n"
        "The Vale Sports Fund awarded €2 million to 40 clubs. In Leeds, the Harbor GAA club "
        "received the largest grant of €90,000, followed by €40,000 for Vale Rowing Club, Co "
        "Cork.",
        ("Vale Sports Fund",),
        ("Harbor GAA", "Vale Rowing Club"),
        (2000000, 90000, 40000),
    ),
    Case(
        "a_hospice_was_handed_a_cheque_from_a_towns_hotel",
        "Hospice Gets Gift from Hotel\n\n"
        "Vale Hospice, in Leeds, was handed a £1,000 cheque from Harbor's Orvik Grand Hotel as "
        "the hotel marked its 100th year. The hospice gets little of the £2 million needed to "
        "run it each year.",
        ("Orvik Grand Hotel",),
        ("Vale Hospice",),
        (1000,),
    ),
    Case(
        "a_lead_in_capitals_for_emphasis_names_no_party",
        "THE LARGEST EVER grant round of €50 million for village halls has been announced.\n"
        "Some 900 grants were approved under the Village Halls Fund.",
        (),
        (),
        (),
    ),
    Case(
        "a_foundation_provided_goods_to_a_hospital_after_its_gift",
        "Vale Foundation Donates Scanners to Hospital\n\n"
        "Vale Foundation, the charity arm of Orvik Tech, has donated new scanners to a state "
        "hospital, it said on Tuesday. Vale Foundation provided the equipment to the Harbor "
        "Institute of Medical Sciences in Leeds.",
        ("Vale Foundation",),
        ("Harbor Institute of Medical Sciences",),
        (),
    ),
    Case(
        "a_hospital_in_a_town_received_not_the_town",
        "Orvik Health's Vale Hospital in Harbor City, Calif., received an anonymous $4 million "
        "donation.\nThe gift will renew its heart unit.",
        (),
        ("Vale Hospital",),
        (4000000,),
    ),
    Case(
        "a_gift_to_the_greatest_needs_at_a_saints_hospital",
        "Anonymous Gift to Hospital\n\n"
        "A local donor gave $1 million to support the greatest needs at St. Anne's General "
        "Hospital, the hospital said.",
        (),
        ("St. Anne's General Hospital",),
        (1000000,),
    ),
    Case(
        "a_gift_from_an_anonymous_donor_names_the_donor_as_written",
        "Match Fund Opens for Habitat\n\n"
        "A generous donation of $20,000 from an anonymous donor will match gifts from the "
        "public for Vale Habitat for Humanity.",
        ("anonymous donor",),
        ("Vale Habitat for Humanity",),
        (20000,),
    ),
    Case(
        "an_anonymous_couple_bequeath_a_sum_to_their_college",
        "Couple Plans Gift to College\n\n"
        'A local paper ran the story "Anonymous couple bequeath $1 million to Vale College" '
        "this week. Another scholarship of $500,000 from this same anonymous couple's estate "
        "will help teachers.",
        ("Anonymous couple",),
        ("Vale College",),
        (1000000, 500000),
    ),
    Case(
        "an_anonymous_match_programme_is_no_giver",
        "Vale House Opens Appeal\n\n"
        "Vale House has opened its appeal, and the Anonymous Match program will double gifts "
        "up to $5,000 made to Vale House.",
        (),
        ("Vale House",),
        (5000,),
    ),
    Case(
        "a_unit_of_a_college_received_a_grant_from_a_departments_office",
        "The Vale State University (Ky.) graduate program in nursing received a grant of $40,000 "
        "from the Department of Rural Affairs’ Vale Health Office. The funds pay student "
        "stipends.",
        ("Vale Health Office",),
        ("Vale State University",),
        (40000,),
    ),
    Case(
        "a_firms_managing_director_handed_out_its_donations",
        "Orphans Receive Gifts\n\n"
        "Three firms helped orphans in Vale on Sunday. Orvik Capital managing director Dato "
        "Jo Lee handed out RM90,000 in donations to the children.",
        ("Orvik Capital",),
        (),
        (90000,),
    ),
    Case(
        "a_mayor_after_a_city_handing_out_grants_is_the_citys_official",
        "City Gives Grants\n\n"
        "Vale City mayor Jo Lee handed out $9,000 in grants to the Harbor Youth Club.",
        (),
        ("Harbor Youth Club",),
        (9000,),
    ),
    Case(
        "a_college_in_a_state_announced_a_gift_from_a_graduate",
        "Record Gift for College\n\n"
        "Vale College in Kentucky has announced the largest donation ever given to the school, "
        "a $4 million gift from a graduate.",
        (),
        ("Vale College",),
        (4000000,),
    ),
    Case(
        "a_bank_in_a_town_donated_not_the_town",
        "Bank Backs Shelter\n\nOrvik Bank in Leeds has donated $8,000 to the Vale Night Shelter.",
        ("Orvik Bank",),
        ("Vale Night Shelter",),
        (8000,),
    ),
    Case(
        "a_foundation_that_cut_a_check_gives",
        "Shelter Gets Holiday Boost\n\n"
        "The Orvik Family Foundation cut a check for $40,000 to the Vale Night Shelter.",
        ("Orvik Family Foundation",),
        ("Vale Night Shelter",),
        (40000,),
    ),
    Case(
        "spending_cuts_to_a_charity_are_no_gift",
        "Budget News\n\n"
        "Orvik Labs cut its costs by $40,000 this year and thanked the Vale Night Shelter.",
        (),
        (),
        (),
    ),
    Case(
        "a_bank_with_its_town_and_state_between_commas_gives_not_the_town",
        "Bank Backs Shelter\n\n"
        "Orvik Savings Bank, Millbrook, Ky., gave $6,000 to the Vale Night Shelter.",
        ("Orvik Savings Bank",),
        ("Vale Night Shelter",),
        (6000,),
    ),
    Case(
        "a_firm_with_its_town_and_full_state_name_gives_not_the_town",
        "Roofers Help Chapel\n\n"
        "Tern Roofing LLC, Elm Springs, Texas, donated $12,000 in labor to Grace Chapel School.",
        ("Tern Roofing LLC",),
        ("Grace Chapel School",),
        (12000,),
    ),
    Case(
        "two_givers_joined_by_a_comma_both_give",
        "Firms Back Shelter\n\n"
        "Orvik Bank, Tessa Mills and Vale Foods gave $6,000 to the Harbor Night Shelter.",
        ("Orvik Bank", "Tessa Mills", "Vale Foods"),
        ("Harbor Night Shelter",),
        (6000,),
    ),
    Case(
        "the_company_is_the_firm_named_twice_not_its_town",
        "Roofers Help Chapel\n\n"
        "Tern Roofing Inc., Elm Springs, Texas, fixed the roof of Grace Chapel School, Elm "
        "Springs. Tern Roofing sent a crew of six. The company then donated an estimated "
        "$12,000 in labor.",
        ("Tern Roofing Inc.",),
        (),
        (12000,),
    ),
    Case(
        "a_school_presented_with_a_check_receives_it",
        "Dealer Backs School\n\n"
        "Elmwood Middle School was presented with a check for $4,000 from Vale Ford.",
        ("Vale Ford",),
        ("Elmwood Middle School",),
        (4000,),
    ),
    Case(
        "a_check_presented_on_a_weekday_from_a_dealer",
        "Dealer Backs School\n\n"
        "Elmwood Middle School was presented a check for $4,000 Tuesday from Vale Ford.",
        ("Vale Ford",),
        ("Elmwood Middle School",),
        (4000,),
    ),
    Case(
        "a_prize_presented_by_a_club_is_not_a_receipt_by_the_club",
        "Club Backs School\n\n"
        "A check for $4,000 was presented by the Vale Lions Club to Elmwood Middle School.",
        ("Vale Lions Club",),
        ("Elmwood Middle School",),
        (4000,),
    ),
    Case(
        "a_christmas_gift_presented_by_a_club_is_a_gift_not_merchandise",
        "Club Helps Hospice\n\n"
        "An early Christmas gift was presented by Tessbury Rotary Club to the Vale Hospice in "
        "the form of a £1,200 cheque.",
        ("Tessbury Rotary Club",),
        ("Vale Hospice",),
        (1200,),
    ),
    Case(
        "a_christmas_gift_guide_is_still_merchandise",
        "Shop Picks Presents\n\n"
        "Our Christmas gift guide lists forty presents, from £12 to £90, chosen by Vale Books.",
        (),
        (),
        (),
    ),
    Case(
        "contributions_from_a_list_of_companies",
        "Firms Rally for Flood Relief\n\n"
        "Members have pledged $3 million in cash and in-kind donations to the relief effort.\n"
        "- Cash contributions from Orvik Labs, Zenith, Pell Bank and Lee Foods\n"
        "- Trucks from Vale Haulage",
        ("Orvik Labs", "Zenith", "Pell Bank", "Lee Foods"),
        (),
        (3000000,),
    ),
    Case(
        "contributions_sought_from_the_public_name_no_giver",
        "Appeal Opens\n\n"
        "Harbor House has launched a $50,000 appeal and welcomes contributions from Leeds "
        "residents and firms.",
        (),
        (),
        (),
    ),
    Case(
        "a_list_item_in_its_town_keeps_the_list_going",
        "Grants Announced\n\n"
        "Orvik Bank donated $5,000 each to Vale Hospice in Leeds, Lee Youth Club and the Pell "
        "Simon Community.",
        ("Orvik Bank",),
        ("Vale Hospice", "Lee Youth Club", "Pell Simon Community"),
        (5000,),
    ),
    Case(
        "tier_names_of_a_giving_programme_are_no_parties",
        "Awards Made\n\n"
        "Orvik Labs gave $9,000 to local groups. Silver awards of $2,000 were given to Harbor "
        "House and the Vale Choir.",
        ("Orvik Labs",),
        ("Harbor House", "Vale Choir"),
        (9000, 2000),
    ),
    Case(
        "a_receiver_called_by_its_kind_is_the_one_named_before",
        "Pantry News\n\n"
        "Winter came early for the Vale Valley Food Bank this year. The Orvik Family Foundation "
        "cut a check to the food bank for $25,000.",
        ("Orvik Family Foundation",),
        ("Vale Valley Food Bank",),
        (25000,),
    ),
    Case(
        "a_receiver_called_by_another_kind_is_not_the_one_named_before",
        "Pantry News\n\n"
        "Winter came early for the Vale Valley Food Bank this year. The Orvik Family Foundation "
        "gave $25,000 to the hospital.",
        ("Orvik Family Foundation",),
        (),
        (25000,),
    ),
    Case(
        "a_giver_that_chipped_in_a_sum_gives",
        "Relief Fund Grows\n\n"
        "Corporate gifts for flood victims have passed $9 million. Lee Travel chipped in $2 "
        "million on Monday.",
        ("Lee Travel",),
        (),
        (2000000,),
    ),
    Case(
        "a_giver_that_doubled_its_donation_gives",
        "Relief Fund Grows\n\n"
        "Mining firm Orvik Metals doubled its donation to $4 million on Monday.",
        ("Orvik Metals",),
        (),
        (4000000,),
    ),
    Case(
        "a_firm_that_doubled_its_sales_gives_nothing",
        "Results\n\nOrvik Metals doubled its sales to $4 million on Monday.",
        (),
        (),
        (),
    ),
    Case(
        "a_company_raising_for_its_own_foundation_gives_to_it",
        "Vale Post Raises $2m\n\n"
        "Vale Post has raised more than $2m for the Vale Post Foundation for Literacy this year.",
        ("Vale Post",),
        ("Vale Post Foundation for Literacy",),
        (2000000,),
    ),
    Case(
        "a_foundation_named_short_and_long_is_one_giver",
        "Gift News\n\n"
        "The Vale Post Foundation gave $2m to Lee Library. Vale Post said the gift was its "
        "largest.",
        ("Vale Post Foundation",),
        ("Lee Library",),
        (2000000,),
    ),
    Case(
        "a_couple_committed_to_donating_the_money_both_give",
        "College Gift\n\n"
        "Vale College has announced a $5 million gift from a graduate. The college said Ann "
        "Roe, 88, and her husband Tom have committed to donating the money.",
        ("Ann Roe", "Tom"),
        ("Vale College",),
        (5000000,),
    ),
    Case(
        "money_raised_in_a_share_sale_is_no_gift",
        "Results\n\nOrvik Labs raised money in a $5 million share sale in May.",
        (),
        (),
        (),
    ),
    Case(
        "the_company_that_announced_it_would_donate_is_the_one_named_with_its_kind",
        "Firms have joined the relief effort after the floods.\n\n"
        "Mining company Orvik was the latest to pledge help. On Monday, the company announced "
        "that it would donate $1 million to the Vale Flood Appeal.",
        ("Orvik",),
        ("Vale Flood Appeal",),
        (1000000,),
    ),
    Case(
        "the_company_without_a_company_named_before_names_no_giver",
        "Firms have joined the relief effort after the floods.\n\n"
        "On Monday, the company announced that it would donate $1 million to the Vale Flood "
        "Appeal.",
        (),
        ("Vale Flood Appeal",),
        (1000000,),
    ),
    Case(
        "a_body_named_alone_beside_its_appeal_receives_under_its_own_name",
        "Orvik Bank gives £9,000 to Harbor Hospice Appeal\n\n"
        "Orvik Bank has given £9,000 to Harbor Hospice for its new wing.",
        ("Orvik Bank",),
        ("Harbor Hospice",),
        (9000,),
    ),
    Case(
        "a_person_who_made_the_largest_donation_gives",
        "College News\n\n"
        "Ann Roe made the largest donation in the school's history to Vale College, a gift "
        "of $5 million.",
        ("Ann Roe",),
        ("Vale College",),
        (5000000,),
    ),
    Case(
        "a_person_who_made_the_donor_list_gives_nothing",
        "College News\n\nAnn Roe made the donor list at Vale College, which received $5 million.",
        (),
        ("Vale College",),
        (5000000,),
    ),
    Case(
        "a_foundation_providing_its_own_system_with_a_sum_gives_to_it",
        "Hospital Foundation Makes Grants\n\n"
        "Vale HealthCare System Foundation will provide Vale HealthCare System with $2 million "
        "in 2026. Another $250,000 will support training at VHCS.",
        ("Vale HealthCare System Foundation",),
        ("Vale HealthCare System",),
        (2000000, 250000),
    ),
    Case(
        "providing_a_company_with_an_office_is_no_gift_to_it",
        "Partnership News\n\n"
        "Orvik Labs donated $5,000 to Harbor House and will provide Vale Media with an office.",
        ("Orvik Labs",),
        ("Harbor House",),
        (5000,),
    ),
    Case(
        "the_body_a_receiver_raises_for_is_no_second_receiver",
        "Golf Event Gives Back\n\n"
        "The Vale Open presented a $900,000 donation to Friends of Lee Hospital, the fundraising "
        "arm for Lee Children's Hospital.",
        ("Vale Open",),
        ("Friends of Lee Hospital",),
        (900000,),
    ),
    Case(
        "two_receivers_joined_by_and_both_receive",
        "Golf Event Gives Back\n\n"
        "The Vale Open presented a $900,000 donation to Friends of Lee Hospital and the Ash "
        "Arm Trust.",
        ("Vale Open",),
        ("Friends of Lee Hospital", "Ash Arm Trust"),
        (900000,),
    ),
    Case(
        "the_region_a_receiver_is_in_receives_nothing",
        "Grant News\n\n"
        "The Ash Foundations gave $75,000 to Lee Hospital Foundation, the first nonprofit in "
        "north Carolina to receive a grant from the Ash Foundations.",
        ("Ash Foundations",),
        ("Lee Hospital Foundation",),
        (75000,),
    ),
    Case(
        "a_county_s_students_are_no_receiving_county",
        "Gift News\n\n"
        "The Vale County Foundation gave $10,000 to Lee Health. The foundation has provided "
        "more than $3 million in scholarships for Vale County students.",
        ("Vale County Foundation",),
        ("Lee Health",),
        (10000, 3000000),
    ),
    Case(
        "a_county_council_that_receives_is_a_receiver",
        "Gift News\n\nThe Vale Foundation gave $10,000 to Lee County Council for its parks.",
        ("Vale Foundation",),
        ("Lee County Council",),
        (10000,),
    ),
    Case(
        "a_list_of_receivers_with_their_acronyms",
        "Relief Gift\n\n"
        "The Orvik Foundation is donating €3m to Lee Aid, Vale Doctors Abroad (VDA) and the "
        "International Committee of the Ash Crescent (ICAC).",
        ("Orvik Foundation",),
        ("Lee Aid", "Vale Doctors Abroad", "International Committee of the Ash Crescent"),
        (3000000,),
    ),
    Case(
        "a_list_item_in_a_town_then_more_items",
        "Awards Made\n\n"
        "Orvik Labs gave $9,000 to local groups. Donations of $1,000 were made to Lee Trust, "
        "Vale Hospice in Cork and the Ash Simon Community.",
        ("Orvik Labs",),
        ("Lee Trust", "Vale Hospice", "Ash Simon Community"),
        (9000, 1000),
    ),
    Case(
        "a_list_s_last_two_items_are_two_receivers",
        "Grants Made\n\nOrvik Labs gave $1,000 each to Lee Trust, Vale Choir and Ash House.",
        ("Orvik Labs",),
        ("Lee Trust", "Vale Choir", "Ash House"),
        (1000,),
    ),
    Case(
        "a_company_named_by_two_surnames_in_a_list_stays_one",
        "Relief Gifts\n\n"
        "The Vale Fund received $1 million in donations from Orvik, Zenith, Roe and Lee.",
        ("Orvik", "Zenith", "Roe and Lee"),
        ("Vale Fund",),
        (1000000,),
    ),
    Case(
        "a_school_given_a_sum_by_an_unnamed_group_is_the_college_named_before",
        "College Gets Land\n\n"
        "This spring Vale Valley College hit the jackpot: a local philanthropic group is giving "
        "the school an estimated $30 million. The gift comes from the Lee Foundation.",
        ("Lee Foundation",),
        ("Vale Valley College",),
        (30000000,),
    ),
    Case(
        "the_school_given_a_sum_with_no_school_named_before_names_no_receiver",
        "Land Deal\n\n"
        "A local philanthropic group is giving the school an estimated $30 million. The gift "
        "comes from the Lee Foundation.",
        ("Lee Foundation",),
        (),
        (30000000,),
    ),
    Case(
        "bodies_thanked_with_a_person_before_the_gift_give",
        "Ward Gets New Chair\n\n"
        'The Vale Ward will use the grant to buy a chair. Nurse Ann Roe said: "We are so '
        "grateful to Orvik Group and the Lee Trust and to Jo, who nominated us, for this "
        'generous donation."',
        ("Orvik Group", "Lee Trust"),
        ("Vale Ward",),
        (),
    ),
    Case(
        "bodies_thanked_for_their_help_give_nothing",
        "Ward News\n\n"
        'Vale Ward received a $5,000 grant from Pell Bank. Nurse Ann Roe said: "We are so '
        'grateful to Orvik Group and to Jo for their kind words."',
        ("Pell Bank",),
        ("Vale Ward",),
        (5000,),
    ),
    Case(
        "a_list_of_givers_with_their_acronyms_all_give",
        "Firms Give to Relief Fund\n\n"
        "Other firms, notably Orvik Farm Supply Ltd (OFS), Lee Seed Cooperative (LSC) and "
        "Ash-Agro have also contributed more than $3 million to the Vale Relief Fund.",
        ("Orvik Farm Supply Ltd", "Lee Seed Cooperative", "Ash-Agro"),
        ("Vale Relief Fund",),
        (3000000,),
    ),
    Case(
        "a_list_of_givers_after_a_place_leaves_the_place_out",
        "Firms Give to Relief Fund\n\n"
        "In Leeds, Orvik Labs and Lee Bank have contributed $3 million to the Vale Relief Fund.",
        ("Orvik Labs", "Lee Bank"),
        ("Vale Relief Fund",),
        (3000000,),
    ),
    Case(
        "a_charity_holding_its_gala_after_an_opening_clause_receives",
        "Gala Returns\n\n"
        "After two years without the event, Vale Children's Hospital held its 12th annual gala "
        "on Friday to raise money for young patients. Guests donated to the cause all night.",
        (),
        ("Vale Children's Hospital",),
        (),
    ),
    Case(
        "a_firm_holding_its_annual_meeting_after_an_opening_clause_receives_nothing",
        "Meeting Held\n\n"
        "After two years online, Orvik Labs held its annual meeting on Friday. Staff donated "
        "books to the library.",
        (),
        (),
        (),
    ),
    Case(
        "a_ministry_named_by_its_portfolios_is_one_giver",
        "Lab Wins Funding\n\n"
        "Orvik Labs has won a £90,000 grant from the Department for Culture, Arts and Rural "
        "Affairs and Vale Enterprise.",
        ("Department for Culture, Arts and Rural Affairs", "Vale Enterprise"),
        ("Orvik Labs",),
        (90000,),
    ),
    Case(
        "a_reader_who_died_left_a_sum_to_the_library",
        "Library Gets Legacy\n\n"
        "A retired nurse, Edna Pell, who died last spring, left $400,000 to the Millbrook "
        "Public Library.",
        ("Edna Pell",),
        ("Millbrook Public Library",),
        (400000,),
    ),
    Case(
        "a_bequest_made_by_a_named_reader",
        "Library Gets Legacy\n\n"
        "Edna Pell, a retired nurse, made a $400,000 bequest to the Millbrook Public Library.",
        ("Edna Pell",),
        ("Millbrook Public Library",),
        (400000,),
    ),
    Case(
        "a_man_and_his_wife_give_together",
        "Couple Backs College\n\n"
        "Owen Pell and his wife Ruth gave $60,000 to Ashby College for its nursing lab.",
        ("Owen Pell", "Ruth"),
        ("Ashby College",),
        (60000,),
    ),
    Case(
        "a_man_and_his_wife_named_between_commas_give_together",
        "Couple Backs College\n\n"
        "Owen Pell and his wife, Ruth, gave $60,000 to Ashby College for its nursing lab.",
        ("Owen Pell", "Ruth"),
        ("Ashby College",),
        (60000,),
    ),
    Case(
        "a_man_and_his_daughters_school_is_not_a_couple",
        "Couple Backs College\n\n"
        "Owen Pell and his team at Tern Mills gave $60,000 to Ashby College.",
        ("Tern Mills",),
        ("Ashby College",),
        (60000,),
    ),
    Case(
        "pantries_each_with_its_town_each_receive",
        "Pell Law Group Donates to Pantries\n\n"
        "The firm gave to three pantries. Hope Pantry in Ashby City, Grace Pantry in "
        "Elm Falls, and the Tern Food Shelf each received a donation of $1,000.",
        ("Pell Law Group",),
        ("Hope Pantry", "Grace Pantry", "Tern Food Shelf"),
        (1000,),
    ),
    Case(
        "the_other_donors_were_a_list_of_firms_with_their_towns",
        "Firms Fund Welding Lab\n\n"
        "Four firms pledged $90,000 to Ashby College. The other donors, giving $10,000 each, "
        "were Tern Tools of Elm Falls; Vale Steel Inc. of Oak Ridge; and the Harbor Welders "
        "Union.",
        ("Tern Tools of Elm Falls", "Vale Steel Inc. of Oak Ridge", "Harbor Welders Union"),
        ("Ashby College",),
        (90000, 10000),
    ),
    Case(
        "donors_were_thanked_is_no_list_of_givers",
        "Firms Fund Welding Lab\n\n"
        "Four firms pledged $90,000 to Ashby College. The donors were thanked at a lunch "
        "hosted by Vale Steel.",
        (),
        ("Ashby College",),
        (90000,),
    ),
    Case(
        "a_foundation_giving_a_hospital_the_grant",
        "Hospital Gets Grant\n\n"
        "The Tessa Foundation is giving Vale Coast Hospital the $80,000 grant for its new wing.",
        ("Tessa Foundation",),
        ("Vale Coast Hospital",),
        (80000,),
    ),
    Case(
        "a_foundation_giving_a_mayor_the_credit_is_no_dative_gift",
        "Hospital Gets Grant\n\n"
        "Vale Coast Hospital received $80,000 from the Tessa Foundation. The hospital is giving "
        "Mayor Ann Roe the credit for the idea.",
        ("Tessa Foundation",),
        ("Vale Coast Hospital",),
        (80000,),
    ),
    Case(
        "a_gift_paid_from_a_described_trust_named_after_a_comma",
        "College Gets Gift\n\n"
        "Ashby College received $9 million. The gift will be paid from a family trust, the "
        "Orrin Pell Educational Fund.",
        ("Orrin Pell Educational Fund",),
        ("Ashby College",),
        (9000000,),
    ),
    Case(
        "a_law_group_with_its_suffix_after_a_comma_awards",
        "Firm Funds Scholarships\n\n"
        "The Pell Law Group, LLC has awarded $2,000 in scholarships to Ashby High School.",
        ("Pell Law Group",),
        ("Ashby High School",),
        (2000,),
    ),
    Case(
        "a_professional_corporation_suffix_is_no_second_giver",
        "Firm Backs Pantry\n\nRoe & Pell, P.C. donated $3,000 to the Ashby Food Pantry.",
        ("Roe & Pell",),
        ("Ashby Food Pantry",),
        (3000,),
    ),
    Case(
        "a_family_firm_and_sons_is_one_giver",
        "Tern Builders Backs Shelter\n\n"
        "Tern Builders & Sons donated $7,500 in lumber to the Ashby Night Shelter.",
        ("Tern Builders & Sons",),
        ("Ashby Night Shelter",),
        (7500,),
    ),
    Case(
        "a_heating_and_air_firm_is_one_giver",
        "Vale Heating Gives Furnace\n\n"
        "Vale Heating and Air donated a furnace valued at $6,000 to the Ashby Night Shelter.",
        ("Vale Heating and Air",),
        ("Ashby Night Shelter",),
        (6000,),
    ),
    Case(
        "a_bank_and_a_plumber_are_two_givers",
        "Firms Back Shelter\n\n"
        "Tern Bank and Vale Plumbing donated $6,000 to the Ashby Night Shelter.",
        ("Tern Bank", "Vale Plumbing"),
        ("Ashby Night Shelter",),
        (6000,),
    ),
    Case(
        "furnaces_given_to_families_through_an_agency",
        "Vale Heating Gives Furnaces\n\n"
        "Vale Heating is donating eight furnaces to local families in need through the Ashby "
        "Action Agency.",
        ("Vale Heating",),
        ("Ashby Action Agency",),
        (),
    ),
    Case(
        "a_person_through_whom_goods_go_is_no_receiver",
        "Vale Heating Gives Furnaces\n\n"
        "Vale Heating is donating eight furnaces to local families through Jo Pell, its "
        "founder.",
        ("Vale Heating",),
        (),
        (),
    ),
    Case(
        "a_credit_unions_size_before_its_name_is_no_gift",
        "Credit Union Backs Rescuers\n\n"
        "Staff of the $310 million Tern Valley Credit Union presented a $4,000 check to the "
        "Ashby Rescue Council.",
        ("Tern Valley Credit Union",),
        ("Ashby Rescue Council",),
        (4000,),
    ),
    Case(
        "a_banks_named_scholarship_after_its_sum_is_the_gift",
        "Bank Names Scholar\n\n"
        "Ann Pell won the $4,000 Tern Valley Bank Scholarship, donated by Tern Valley Bank.",
        ("Tern Valley Bank",),
        ("Ann Pell",),
        (4000,),
    ),
    Case(
        "a_body_and_its_branded_agents_give_as_the_body",
        "Agents Back Firefighters\n\n"
        "The Ashby Insurance Agents Guild (AIAG) and its Safe Choice agents are donating "
        "$50,000 to the Vale Firefighters Fund.",
        ("Ashby Insurance Agents Guild",),
        ("Vale Firefighters Fund",),
        (50000,),
    ),
    Case(
        "a_couple_made_the_largest_donation",
        "Record Gift\n\n"
        "Ruth Pell and her husband Owen Pell made the largest donation in the college's history, "
        "$4 million, to Ashby College.",
        ("Ruth Pell", "Owen Pell"),
        ("Ashby College",),
        (4000000,),
    ),
    Case(
        "a_giver_with_his_age_and_his_wife_give_together",
        "Record Gift\n\nOwen Pell, 88, and his wife Ruth have pledged $4 million to Ashby College.",
        ("Owen Pell", "Ruth"),
        ("Ashby College",),
        (4000000,),
    ),
    Case(
        "a_museum_said_on_a_weekday_that_it_has_received",
        "Museum Gets Gift\n\n"
        "The Ashby Art Museum said on Tuesday that it has received a $3 million gift from Owen "
        "Pell.",
        ("Owen Pell",),
        ("Ashby Art Museum",),
        (3000000,),
    ),
    Case(
        "a_gift_from_the_family_of_a_named_man",
        "Museum Gets Gift\n\n"
        "The Ashby Art Museum received a $3 million gift from the family of Owen Pell.",
        ("Owen Pell",),
        ("Ashby Art Museum",),
        (3000000,),
    ),
    Case(
        "paintings_from_the_collection_of_a_named_man",
        "Paintings Donated\n\n"
        "Forty paintings arrived at the gallery this week. The gift comes from the "
        "collection of Owen Pell, a retired banker.",
        ("Owen Pell",),
        (),
        (),
    ),
    Case(
        "support_given_to_the_family_of_a_man_makes_no_giver_of_him",
        "Fund Helps Family\n\n"
        "The Ashby Relief Fund gave $2,000 in support to the family of Owen Pell.",
        ("Ashby Relief Fund",),
        (),
        (2000,),
    ),
    Case(
        "a_club_president_before_his_name_presents_for_the_club",
        "Club Backs Youth Center\n\n"
        "Ashby Lions Club President Owen Pell presented a check for $1,500 to the Vale Youth "
        "Center.",
        ("Ashby Lions Club",),
        ("Vale Youth Center",),
        (1500,),
    ),
    Case(
        "officers_named_with_their_bodies_give_and_receive_for_them",
        "Club Backs Youth Center\n\n"
        "Owen Pell, treasurer of the Ashby Lions Club, presents a $1,500 check to Ruth Lee, "
        "director of the Vale Youth Center.",
        ("Ashby Lions Club",),
        ("Vale Youth Center",),
        (1500,),
    ),
    Case(
        "a_person_described_without_a_body_receives_herself",
        "Club Backs Nurse\n\n"
        "The Ashby Lions Club presented a $1,500 check to Ruth Lee, a nurse who runs night "
        "classes.",
        ("Ashby Lions Club",),
        ("Ruth Lee",),
        (1500,),
    ),
    Case(
        "a_cheque_handed_over_to_a_hospice_by_a_club",
        "Club Backs Hospice\n\n"
        "A cheque for £900 was handed over to the Vale Hospice by the Ashby Round Table.",
        ("Ashby Round Table",),
        ("Vale Hospice",),
        (900,),
    ),
    Case(
        "a_club_voted_to_donate",
        "Club Backs Library\n\n"
        "The Ashby Garden Club voted to donate $600 to the Vale Public Library.",
        ("Ashby Garden Club",),
        ("Vale Public Library",),
        (600,),
    ),
    Case(
        "a_clubs_golf_outing_raised_a_sum_for_a_pantry",
        "Club Backs Pantry\n\n"
        "The Ashby Rotary Club's spring golf outing raised $4,200 for the Vale Food Pantry.",
        ("Ashby Rotary Club",),
        ("Vale Food Pantry",),
        (4200,),
    ),
    Case(
        "a_charitys_own_gala_raised_for_its_programs_names_no_giver",
        "Pantry Gala\n\nThe Vale Food Pantry's spring gala raised $42,000 for its programs.",
        (),
        (),
        (),
    ),
    Case(
        "anonymous_donors_opening_a_paragraph_give",
        "Hospital Gets Gift\n\nAnonymous donors have given $700,000 to Vale General Hospital.",
        ("Anonymous donors",),
        ("Vale General Hospital",),
        (700000,),
    ),
    Case(
        "a_firm_named_anonymous_inside_a_sentence_is_no_anonymous_giver",
        "Hospital Gets Gift\n\n"
        "The gift came as Tessa Anonymous Labs reported sales; Orvik Bank gave $7,000 to Vale "
        "General Hospital.",
        ("Orvik Bank",),
        ("Vale General Hospital",),
        (7000,),
    ),
    Case(
        "a_firm_described_as_the_owner_of_a_brand_gives_itself",
        "Firm Backs Relief\n\n"
        "Among the givers, Tessaco, the owner of Vale Ices, is donating $9,000 to the "
        "Ashby Relief Fund.",
        ("Tessaco",),
        ("Ashby Relief Fund",),
        (9000,),
    ),
    Case(
        "the_first_beneficiary_of_a_grant_named_after_was_receives",
        "Orvik Bank Backs Local Causes\n\n"
        "LEEDS, May 2, 2025 -- Orvik Bank has awarded $8,000 in grants to local causes. "
        "The first beneficiary of the bank's grants was the Pell Night Shelter.",
        ("Orvik Bank",),
        ("Pell Night Shelter",),
        (8000,),
    ),
    Case(
        "another_beneficiary_is_a_body_with_a_possessive_name",
        "Council Shares Out Fund\n\n"
        "Vale Council has handed out £60,000 in community grants. Another notable beneficiary "
        "is Ruth’s Kitchen, with £4,000 set aside for a new cooker.",
        ("Vale Council",),
        ("Ruth’s Kitchen",),
        (60000, 4000),
    ),
    Case(
        "the_charity_picked_to_receive_the_takings_is_named_after_is",
        "Pub Quiz Raises Funds\n\n"
        "The Anchor Inn raised $900 for charity at its quiz night. The charity picked to "
        "receive the takings of the quiz is the Ashby Animal Shelter.",
        ("Anchor Inn",),
        ("Ashby Animal Shelter",),
        (900,),
    ),
    Case(
        "the_charity_is_followed_by_a_place_it_leads_names_no_receiver",
        "Orvik Bank Donates to Hospice\n\n"
        "Orvik Bank gave $5,000 to Tessa Hospice this week. The charity is Britain's oldest "
        "hospice for young adults.",
        ("Orvik Bank",),
        ("Tessa Hospice",),
        (5000,),
    ),
    Case(
        "the_recipient_is_a_person_honoured_names_no_receiving_body",
        "Orvik Bank Names Award Winner\n\n"
        "Orvik Bank gave $2,000 to the Lee Science Club. The recipient of its teaching prize "
        "is Dr. Ann Pell, a chemist.",
        ("Orvik Bank",),
        ("Lee Science Club",),
        (2000,),
    ),
    Case(
        "a_road_race_benefiting_two_charities_names_both",
        "Runners Fill the Park\n\n"
        "Hundreds ran in the eighth annual Lantern Dash 10K, benefiting the Ashby Hospice and "
        "Ruth’s Garden, which grows food for families.",
        (),
        ("Ashby Hospice", "Ruth’s Garden"),
        (),
    ),
    Case(
        "an_event_in_a_capitalised_deck_benefiting_a_charity_names_it",
        "Pier Walk Draws a Crowd\n\n"
        "Over 900 Walkers Joined the Yearly Charity Walk Benefiting Harbor House.\n\n"
        "Walkers met at the pier on Sunday.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_walk_benefiting_a_charity_and_a_bank_that_matches_names_one_receiver",
        "Walk Raises Funds\n\n"
        "The spring walk, benefiting Harbor House and Orvik Bank staff, drew a crowd.",
        (),
        ("Harbor House",),
        (),
    ),
    Case(
        "a_body_that_was_one_of_the_charities_awarded_money_receives",
        "Trust Funds Health Centers\n\n"
        "The Orvik Trust has awarded $2 million in grants to 30 health centers. Lee Valley "
        "Care, Inc. in Ashby was one of the 30 health centers awarded money, with $60,000.",
        ("Orvik Trust",),
        ("Lee Valley Care, Inc.",),
        (2000000, 60000),
    ),
    Case(
        "a_club_among_several_groups_that_benefit_from_a_programme_receives",
        "Open Gives Back\n\n"
        "The Vale Open donated $90,000 to local charities this year. The Ashby Rowing Club is "
        "among several groups that benefit from the tournament's birdie fund.",
        ("Vale Open",),
        ("Ashby Rowing Club",),
        (90000,),
    ),
    Case(
        "one_of_the_charities_that_applied_is_no_receiver",
        "Open Gives Back\n\n"
        "The Vale Open donated $90,000 to local charities this year. The Ashby Rowing Club is "
        "one of the many groups that applied for the money.",
        ("Vale Open",),
        (),
        (90000,),
    ),
    Case(
        "among_the_groups_receiving_grants_this_week_is_names_the_receiver",
        "Relief Fund Makes Grants\n\n"
        "The Ashby Relief Fund has awarded $400,000 in grants to 20 groups. Among the groups "
        "receiving grants this week is Ruth House, which shelters families.",
        ("Ashby Relief Fund",),
        ("Ruth House",),
        (400000,),
    ),
    Case(
        "a_listed_charity_named_with_a_small_word_stays_whole_and_the_list_goes_on",
        "Bank Backs Three Charities\n\n"
        "Orvik Bank donated $3,000 each to Ruth House, Families with Autism and The Lee Heart "
        "Trust.",
        ("Orvik Bank",),
        ("Ruth House", "Families with Autism", "Lee Heart Trust"),
        (3000,),
    ),
    Case(
        "a_listed_charity_named_with_a_lone_a_stays_whole_after_an_intro",
        "Club Shares Out Funds\n\n"
        "The Vale Rotary Club has donated $80,000 to local charities. The lucky charities "
        "included Ruth House, "
        "Plant a Tree Trust and Lee Hospice.",
        ("Vale Rotary Club",),
        ("Ruth House", "Plant a Tree Trust", "Lee Hospice"),
        (80000,),
    ),
    Case(
        "a_person_with_a_body_after_a_comma_is_not_one_name",
        "Bank Backs Shelter\n\n"
        "Orvik Bank donated $3,000 to Ruth House, Ann Roe with Lee Heart Trust and others said.",
        ("Orvik Bank",),
        ("Ruth House",),
        (3000,),
    ),
    Case(
        "food_given_to_food_banks_that_include_named_ones_goes_to_each",
        "Food Drive Fills Pantries\n\n"
        "The Vale Rotary Club donated 9,000 pounds of food to local food banks that include "
        "Ruth Pantry, Ashby Food Bank and the Lee Larder.",
        ("Vale Rotary Club",),
        ("Ruth Pantry", "Ashby Food Bank", "Lee Larder"),
        (),
    ),
    Case(
        "schools_that_include_one_named_in_a_sentence_without_a_gift_receive_nothing",
        "Bank Backs Shelter\n\n"
        "Orvik Bank gave $4,000 to Ruth House. Ruth House works with schools that include "
        "Vale Academy.",
        ("Orvik Bank",),
        ("Ruth House",),
        (4000,),
    ),
    Case(
        "a_founder_who_left_the_firm_leaves_no_bequest",
        "Founder Moves On\n\n"
        "Edna Pell left Orvik Mills in 2019, a year after she bought $400,000 of its stock.",
        (),
        (),
        (),
    ),
]

NOT_A_PATRON = [
    Case(
        "headline_pledge_without_a_party",
        "Corvane Pledges Continued Support for Open Research\n\n"
        "Corvane said it will keep publishing its trial data and meet regulators each quarter.",
    ),
    Case(
        "memorial_scholarship_names_no_donor",
        "Harbor College Opens Applications\n\n"
        "The Ruth Kell Memorial Scholarship of $1,000 is open to students at Harbor College.",
    ),
    Case(
        "an_honour_won_names_no_funder",
        "Corvel Labs Named to Innovators List\n\n"
        "Corvel Labs has won an annual Harbor Design Award for its buoy, its founder said.",
    ),
    Case(
        "sum_from_a_body_without_a_gift_headline",
        "Harbor Sensors Reports First Half\n\n"
        "Harbor Sensors booked a £90,500 from the Department for Rural Affairs contract.",
    ),
    Case(
        "funding_from_a_body_in_a_release_with_no_gift",
        "Harbor Lab Opens New Wing\n\n"
        "The wing was built with funding from the Coastline Health Trust and opens in May.",
    ),
    Case(
        "contributions_to_a_field_are_no_gift",
        "Harbor Lab Honours Its Chemists\n\n"
        "The Harbor Lab thanked its chemists for their significant contributions to Polymer "
        "Science this year.",
    ),
    Case(
        "study_funded_by_a_body_is_no_gift_release",
        "Harbor Lab Finds New Marker for Kidney Disease\n\n"
        "The study of 400 patients was funded by the National Kidney Institute and appears in "
        "a journal this week.",
    ),
    Case(
        "product_launch_is_no_gift",
        "Harbor Sensors Launches New Buoy\n\n"
        "Harbor Sensors launched a buoy on Monday, a product built with a state research grant.",
    ),
    Case(
        "government_named_without_a_grant_gives_nothing",
        "Orvik Ltd Begins Trials\n\n"
        "Orvik Ltd has begun its field trials after a Scottish Government Review of safety.",
    ),
    Case(
        "man_named_grant_is_no_cue",
        "Orvik Hires a Coach\n\nOrvik has hired Grant Holm, who paid $600 for the course himself.",
    ),
    Case(
        "product_powered_by_a_company_is_no_gift",
        "Orvik Opens a Store\n\n"
        "The new store is powered by Delta Cloud and was funded with its own revenue.",
    ),
    Case(
        "programme_with_no_gift",
        "Northwind LIFT Program Expands\n\n"
        "The Northwind LIFT program hired ten coaches for its spring classes.",
    ),
    Case(
        "award_received_with_no_gift_stated_is_an_honour",
        "Ann Roe Honoured by Reading Society\n\n"
        "Ann Roe, of Leeds, is receiving the 2025 Larch Merit Award from the Larch Reading "
        "Society for her reading club.",
    ),
    Case(
        "proceeds_of_an_offering_support_the_company",
        "Orvik Bio Closes Offering\n\n"
        "Orvik Bio closed a $7 million offering. Proceeds from the offering will support the "
        "company's trials into 2026.",
    ),
    Case(
        "winner_of_a_contest_with_no_gift_stated",
        "Dana Kell Wins Photo Prize\n\n"
        "The winner of the Harbor Photo contest is Dana Kell of Leeds, the jury said.",
    ),
    Case(
        "she_gave_a_talk_is_no_gift",
        "Harbor Hosts a Reading Night\n\n"
        "Dana Kell opened the night. She gave a talk on river birds to forty guests.",
    ),
    Case(
        "a_couple_hoping_their_philanthropy_inspires_is_no_new_gift",
        "Harbor Honours Its Donors\n\n"
        "The Pells, who live in Leeds, hope their philanthropy will encourage others to give.",
    ),
    Case(
        "pledged_support_without_money_is_backing",
        "Mayor Pledges Support to Harbor Tech Projects\n\n"
        "During a visit, Mayor Dana Kell pledged strong support for the city's new tech hub.",
    ),
    Case(
        "the_brand_gives_shoppers_a_discount",
        "Tillery Hair Opens Its Holiday Sale\n\n"
        "Tillery Hair offers 20% off. The brand gives shoppers $40 off orders over $200 in its "
        "second week.",
    ),
    Case(
        "the_company_gives_without_a_company_named_twice",
        "New Safety Year Reported\n\n"
        "Officials met on Monday. The company has also contributed over $3 million to county "
        "programs.",
    ),
]


@pytest.mark.parametrize("case", GENERAL, ids=lambda c: c.id)
def test_general_constructions(case: Case) -> None:
    """Each construction names its donors, recipients and gift amounts."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)


@pytest.mark.parametrize("case", NOT_A_PATRON, ids=lambda c: c.id)
def test_no_donor_without_a_giver(case: Case) -> None:
    """A memorial name or a programme that gives nothing names no donor."""
    frame = frame_of(case.text)

    assert frame.donors == ()


FINANCING_PROCEEDS = [
    (
        "Keller Mining Completes Raise\n\n"
        "Keller Mining completed its raise this week. The net proceeds will go to Keller Gold "
        "Corp for drilling at its western site."
    ),
    (
        "Pell Metals Closes Financing\n\n"
        "Proceeds from the sale of the shares will go to Pell Drilling Ltd. for its new rigs."
    ),
    (
        "Orvik Bio Prices Its Placement\n\n"
        "Orvik Bio priced its private placement on Monday. Proceeds from the placement will "
        "support Orvik Labs in its trials."
    ),
]


@pytest.mark.parametrize("text", FINANCING_PROCEEDS)
def test_proceeds_of_a_financing_name_no_recipient(text: str) -> None:
    """The proceeds of an offering or a share sale handed to a named company are no gift."""
    frame = frame_of(text)

    assert frame.recipients == ()


def test_a_sum_in_scholarships_goes_to_no_named_receiver() -> None:
    """A sum given "in scholarships" with no receiver named beside it goes to the students, not to
    the release's one named receiver."""
    frame = frame_of(
        "Gift News\n\nThe Vale Foundation gave $10,000 to Lee Health. The foundation has "
        "provided more than $3 million in scholarships to students since 1979."
    )
    got = {(g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert got == {("Lee Health", 10000.0), (None, 3000000.0)}


def test_a_total_for_a_list_of_receivers_goes_to_none_of_them() -> None:
    """A sum given "to A, B and C" is their total: its record names no single receiver."""
    frame = frame_of(
        "Relief Gift\n\nThe Orvik Foundation is donating €3m to Lee Aid, Vale Doctors Abroad "
        "and the Ash Trust."
    )
    got = {(g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert (None, 3000000.0) in got and ("Lee Aid", 3000000.0) not in got


def test_a_total_for_one_receiver_and_others_goes_to_none() -> None:
    """ "$45M to Vale College, others" is a total over several receivers: no single receiver gets it."""
    frame = frame_of(
        "Unnamed donors give $45M to Vale College, others\n\nAt least eight colleges have "
        "received gifts. Lee University received $7 million."
    )
    got = {(g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert (None, 45000000.0) in got and ("Vale College", 45000000.0) not in got


def test_a_sum_the_following_organizations_receive_goes_to_each_listed_item() -> None:
    """ "The following organizations will receive $200:" then a list: each item receives $200."""
    frame = frame_of(
        "Vale Park donates $600 to wildlife groups\n\n"
        "Vale Park marks Earth Day by donating a total of $600 to three groups.\n\n"
        "The following organizations, chosen by park staff, will receive $200:\n\n"
        "• Lee Bat Trust, Leeds – caring for bats\n\n"
        "• Ash Bee Conservancy, York – protecting bees\n\n"
        "• Pell Otter Haven, Hull – rescuing otters"
    )
    got = {(g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert {
        ("Lee Bat Trust", 200.0),
        ("Ash Bee Conservancy", 200.0),
        ("Pell Otter Haven", 200.0),
    } <= got


def test_the_sum_handed_on_in_the_next_sentence_goes_to_its_receiver() -> None:
    """ "Pets got $25,000 from Acme. Acme donated the sum to Harbor House": one record, the sum
    to Harbor House, and no record of the sum without a receiver."""
    frame = frame_of(
        "Relief for Pets\n\nPets hit by the floods have received $25,000 in relief funding from "
        "Orvik Pet Foods. The pet food maker has donated the sum to Vale Animal Rescue."
    )
    got = {(g.donor, g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert got == {("Orvik Pet Foods", "Vale Animal Rescue", 25000.0)}


def test_a_sum_named_far_before_is_not_the_sum_handed_on() -> None:
    """ "The sum" refers back to the gift sentence just before it only."""
    frame = frame_of(
        "Relief for Pets\n\nPets hit by the floods have received $25,000 in relief funding from "
        "Orvik Pet Foods. The storm hit on Monday. Roads closed. Schools shut. Lee Bank has "
        "donated the money to Vale Animal Rescue."
    )
    got = {(g.donor, g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert ("Lee Bank", "Vale Animal Rescue", 25000.0) not in got


def test_plural_gifts_of_a_sum_go_to_each_listed_receiver() -> None:
    """ "Awards of €4,000 were given to A, B and C": each of them receives the sum."""
    frame = frame_of(
        "Awards Made\n\nOrvik Labs gave $9,000 to local groups. Silver awards of $1,000 were "
        "given to Lee Trust, Vale Choir and Ash House."
    )
    got = {(g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert {("Lee Trust", 1000.0), ("Vale Choir", 1000.0), ("Ash House", 1000.0)} <= got


def test_sum_for_each_recipient_goes_to_every_recipient() -> None:
    """A sum stated for each grantee makes one record per listed recipient, none without one."""
    frame = frame_of(
        "Alliance Funds Three Towns\n\n"
        "The Riverlands Alliance has awarded grants to three rural bodies – the Vale Planning "
        "Council (VPC); the Town of Linden; and the Hollow Creek Trust. "
        "Each grant recipient will get funding of $40,000 for one year."
    )

    got = {(g.donor, g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert got == {
        ("Riverlands Alliance", "Vale Planning Council", 40000.0),
        ("Riverlands Alliance", "Town of Linden", 40000.0),
        ("Riverlands Alliance", "Hollow Creek Trust", 40000.0),
    }


def test_a_package_each_business_receives_goes_to_every_listed_business() -> None:
    """A sum in the package that many businesses will receive is each business's, not a total."""
    frame = frame_of(
        "Keller Bank Names Grant Winners\n\n"
        "Today, Keller Bank announced the 20 businesses in Leeds that will receive grant "
        "packages, which include coaching, a $5,000 monetary grant and a new laptop. This "
        "year's grant recipients include Harbor Bakery in Leeds, and Vale Karate Academy."
    )

    got = {(g.donor, g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert ("Keller Bank", "Harbor Bakery", 5000.0) in got
    assert ("Keller Bank", "Vale Karate Academy", 5000.0) in got


def test_a_total_the_businesses_share_is_no_single_share() -> None:
    """A sum the businesses receive between them (no 'a' before it) goes to no single one."""
    frame = frame_of(
        "Keller Bank Names Grant Winners\n\n"
        "Today, Keller Bank announced the 20 businesses in Leeds that will receive $100,000 in "
        "grants. This year's grant recipients include Harbor Bakery in Leeds, and Vale Karate "
        "Academy."
    )

    got = {(g.donor, g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert ("Keller Bank", "Harbor Bakery", 100000.0) not in got


# A sum stated for each of the recipients one sentence names, and a total for two (one record).
EACH_IN_SENTENCE = [
    (
        "each_after_a_coordinated_subject",
        "Willow Bank Funds Two Shelters\n\n"
        "Pine House and the Cedar Youth Center each received $15,000 from Willow Bank.",
        {("Willow Bank", "Pine House", 15000.0), ("Willow Bank", "Cedar Youth Center", 15000.0)},
    ),
    (
        "plural_gift_noun_after_the_sum",
        "Willow Bank Names Scholars\n\n"
        "Willow Bank awarded $2,500 scholarships to Nora Quist and Felix Aldane.",
        {("Willow Bank", "Nora Quist", 2500.0), ("Willow Bank", "Felix Aldane", 2500.0)},
    ),
    (
        "each_after_the_sum",
        "Willow Bank Funds Two Shelters\n\n"
        "Willow Bank gave $15,000 each to Pine House and the Cedar Youth Center.",
        {("Willow Bank", "Pine House", 15000.0), ("Willow Bank", "Cedar Youth Center", 15000.0)},
    ),
    (
        "each_alone_in_the_next_sentence",
        "Willow Bank Names Scholars\n\n"
        "Willow Bank awarded scholarships to Nora Quist, of Leeds, and Felix Aldane, of York. "
        "Each will receive a $2,500 scholarship for tuition.",
        {("Willow Bank", "Nora Quist", 2500.0), ("Willow Bank", "Felix Aldane", 2500.0)},
    ),
    (
        "each_as_a_determiner_of_a_thing_names_no_receiver",
        "Willow Bank Names Scholars\n\n"
        "Willow Bank awarded scholarships to Nora Quist and to Felix Aldane. "
        "The bank said each semester will cost $2,500 in fees.",
        {("Willow Bank", "Nora Quist", None), ("Willow Bank", "Felix Aldane", None)},
    ),
    (
        "each_received_a_donation_of_the_sum",
        "Willow Bank Funds Two Shelters\n\n"
        "Pine House and the Cedar Youth Center each received a donation of $15,000 from "
        "Willow Bank.",
        {("Willow Bank", "Pine House", 15000.0), ("Willow Bank", "Cedar Youth Center", 15000.0)},
    ),
    (
        "each_cause_with_a_long_phrase_is_one_record",
        "Willow Bank Funds Two Shelters\n\n"
        "Willow Bank gave to Pine House and the Cedar Youth Center, donations to each cause in "
        "excess of $15,000.",
        {("Willow Bank", None, 15000.0)},
    ),
    (
        "two_joined_givers_each_have_a_record",
        "Willow Bank Funds a Shelter\n\n"
        "Willow Bank and Pine Mills gave $15,000 to the Cedar Youth Center.",
        {
            ("Willow Bank", "Cedar Youth Center", 15000.0),
            ("Pine Mills", "Cedar Youth Center", 15000.0),
        },
    ),
    (
        "a_grant_awarded_by_two_givers_is_each_ones",
        "Willow Bank Funds a Shelter\n\n"
        "The Cedar Youth Center received a $15,000 grant from Willow Bank and Pine Mills.",
        {
            ("Willow Bank", "Cedar Youth Center", 15000.0),
            ("Pine Mills", "Cedar Youth Center", 15000.0),
        },
    ),
    (
        "a_running_total_of_the_same_giving_goes_to_its_one_recipient",
        "Willow Bank Funds a Shelter\n\n"
        "Willow Bank has given $500 to the Cedar Youth Center each spring since 2010, for a total "
        "so far of $7,500.",
        {
            ("Willow Bank", "Cedar Youth Center", 500.0),
            ("Willow Bank", "Cedar Youth Center", 7500.0),
        },
    ),
    (
        "a_givers_total_giving_is_no_gift_to_this_recipient",
        "Willow Bank Funds a Shelter\n\n"
        "Willow Bank gave $500 to the Cedar Youth Center, bringing its total giving this year to "
        "$7,500.",
        {("Willow Bank", "Cedar Youth Center", 500.0), ("Willow Bank", None, 7500.0)},
    ),
    (
        "a_total_for_two_stays_one_record",
        "Willow Bank Funds Two Shelters\n\n"
        "Willow Bank gave $15,000 to Pine House and the Cedar Youth Center.",
        {("Willow Bank", None, 15000.0)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in EACH_IN_SENTENCE], ids=[c[0] for c in EACH_IN_SENTENCE]
)
def test_sum_for_each_of_a_sentences_recipients(text: str, expected: set) -> None:
    """A sum stated for each of the recipients a sentence names makes one record per recipient."""
    frame = frame_of(text)

    got = {(g.donor, g.recipient, g.amount.value if g.amount else None) for g in frame.gifts}

    assert got == expected


def test_each_listed_sponsor_gives_to_the_host() -> None:
    """A charity event's listed sponsors each get one record giving to the event's host."""
    case = next(
        c for c in GENERAL if c.id == "sponsors_listed_for_a_charity_event_give_to_its_host"
    )
    records = {(g.donor, g.recipient) for g in frame_of(case.text).gifts}
    assert records == {(d, "Harbor House") for d in case.donors}


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvik Group raised $5 million for its new plant in Leeds.",
        "Orvik Group raised $5,000 for its charity partner Harbor House during a bake sale.",
        "Orvik Group raised $5,000 for their friends at Harbor House.",
    ],
)
def test_raising_for_something_not_its_own_work_makes_no_recipient_of_the_raiser(
    sentence: str,
) -> None:
    """Money raised for a plant or a partner does not make the raiser its own recipient."""
    frame = frame_of("Orvik Group Raises Money\n\n" + sentence)

    assert "Orvik Group" not in [r.name for r in frame.recipients]
    assert "Orvik Group" in [d.name for d in frame.donors]


@pytest.mark.parametrize(
    "event",
    [
        "charity dinner",
        "charity gala",
        "golf outing",
        "silent auction",
        "holiday appeal",
        "walkathon",
    ],
)
def test_every_listed_fundraising_event_is_read_whole(event: str) -> None:
    """Each event of the table is matched, the one written at the end of a source line included."""
    from extractors.gifts import ITS_EVENT, TITLE_FUNDRAISER

    assert ITS_EVENT.fullmatch(f"its annual {event}") is not None
    assert TITLE_FUNDRAISER.fullmatch(event) is not None


AGENT_OR_PASSIVE = [
    (" donated by Keller Motors on Monday.", False),
    (" gifted by the Roe family in May.", False),
    (" donated $5,000 to Harbor House.", True),
    (" has donated a van to Harbor House.", True),
    (", a family firm, has awarded by far the largest grant to Vale College.", True),
    (" awarded grants by lottery to ten schools.", True),
]


@pytest.mark.parametrize(("after", "agent"), AGENT_OR_PASSIVE)
def test_a_participle_followed_by_by_is_passive(after: str, agent: bool) -> None:
    """A name before "donated by X" is what was given, not its giver; "has awarded by far" is active."""
    assert (gifts._agent_verb(after) is not None) is agent


RECEIVING_BODY_AND_ESTATE = [
    Case(
        "a_museum_announcing_a_gift_from_a_collector_receives_it",
        "Harbor Museum Gets Print Collection\n\n"
        "The Harbor Museum announces a major gift of some 300 prints from the collector "
        "Tessa Vane. The prints will be shown next spring.",
        ("Tessa Vane",),
        ("Harbor Museum",),
        (),
    ),
    Case(
        "a_gallery_at_a_college_announcing_a_gift_names_both_bodies",
        "Prints Given to Gallery\n\n"
        "The Orla Print Room and Art Gallery at Vale College announces a gift of 40 etchings "
        "from the painter Tessa Vane.",
        ("Tessa Vane",),
        ("Orla Print Room and Art Gallery", "Vale College"),
        (),
    ),
    Case(
        "a_company_announcing_its_foundations_gift_to_a_charity_gives",
        "Orvik Backs Food Bank\n\n"
        "Orvik Group announces a $5,000 donation from its foundation to the Harbor Food Bank.",
        ("Orvik Group",),
        ("Harbor Food Bank",),
        (5000,),
    ),
    Case(
        "a_giver_announcing_a_gift_from_her_own_collection_gives",
        "Etchings for the Gallery\n\n"
        "Tessa Vane announces a gift of 40 etchings from her own collection to the Vale Gallery.",
        ("Tessa Vane",),
        ("Vale Gallery",),
        (),
    ),
    Case(
        "a_collector_with_several_callings_before_the_name_gives",
        "Prints for the Museum\n\n"
        "The Orla Museum announces a gift of 40 etchings from photographer, curator, and "
        "collector Tessa Vane.",
        ("Tessa Vane",),
        ("Orla Museum",),
        (),
    ),
    Case(
        "a_painting_given_by_the_sitters_grandson_names_him",
        "Portrait Comes Home\n\n"
        "The portrait was donated to the Vale Gallery by the sitter's grandson, Tomas Orla, "
        "last month.",
        ("Tomas Orla",),
        ("Vale Gallery",),
        (),
    ),
    Case(
        "a_portrait_of_a_grandson_given_by_a_firm_names_the_firm",
        "Portrait Comes Home\n\n"
        "A portrait of the sitter's grandson, Tomas Orla, was donated to the Vale Gallery by "
        "Orvik Group last month.",
        ("Orvik Group",),
        ("Vale Gallery",),
        (),
    ),
    Case(
        "the_lawyer_for_an_estate_gives_in_the_dead_womans_name",
        "Shelter Receives Bequest\n\n"
        "Tom Lee represents the estate of Ann Roe, who died last year, but wished to help "
        "the animals by donating $50,000 to the Harbor Animal Shelter.",
        ("Ann Roe",),
        ("Harbor Animal Shelter",),
        (50000,),
    ),
    Case(
        "a_neighbour_who_named_a_dead_woman_is_not_her_estate",
        "Shelter Receives Gift\n\n"
        "Tom Lee, a friend of Ann Roe, who died last year, helped the animals by donating "
        "$50,000 to the Harbor Animal Shelter.",
        ("Tom Lee",),
        ("Harbor Animal Shelter",),
        (50000,),
    ),
    Case(
        "a_father_described_and_his_son_give_together",
        "Roe Family Backs Vale College\n\n"
        "Peter K. Roe, a retired Vale trustee, and his daughter, Nina, who chairs the library "
        "board, are giving $400,000 to Vale College.",
        ("Peter K. Roe", "Nina"),
        ("Vale College",),
        (400000,),
    ),
    Case(
        "a_man_named_before_a_sentence_about_his_son_does_not_give",
        "Roe Family Backs Vale College\n\n"
        "Peter K. Roe, a retired Vale trustee, said his daughter, Nina, who chairs the library "
        "board, is giving $400,000 to Vale College.",
        ("Nina",),
        ("Vale College",),
        (400000,),
    ),
    Case(
        "a_family_with_ties_to_a_college_gives_to_it",
        "Gift for Vale College\n\n"
        "A family with long ties to Vale College has pledged $2 million to Vale for a new "
        "boathouse.",
        (),
        ("Vale College",),
        (2000000,),
    ),
    Case(
        "goods_counted_from_two_firms_and_given_name_both_firms",
        "Food Bank Restocked\n\n"
        "Three tons of rice from Orvik Foods and 400 cases of milk from Tessa Dairy have been "
        "donated to the Harbor Food Bank.",
        ("Orvik Foods", "Tessa Dairy"),
        ("Harbor Food Bank",),
        (),
    ),
    Case(
        "goods_from_a_firm_that_were_sold_name_no_giver",
        "Food Bank Restocked\n\n"
        "Three tons of rice from Orvik Foods have been sold to the Harbor Food Bank at cost, "
        "and a donor paid the bill.",
        (),
        (),
        (),
    ),
    Case(
        "a_town_goods_are_shipped_from_is_a_route_not_a_giver",
        "Beds for Clinics\n\n"
        "Orvik Health is donating $20,000 to cover shipping the beds from Leeds to the "
        "receiving clinics.",
        ("Orvik Health",),
        (),
        (20000,),
    ),
    Case(
        "a_country_sending_money_to_an_agency_gives",
        "Aid for Flood Victims\n\n"
        "A grant of $5 million from Canada to UNICEF will pay for clean water.",
        ("Canada",),
        ("UNICEF",),
        (5000000,),
    ),
    Case(
        "thanks_to_a_donation_by_a_firm_names_the_firm",
        "New Kitchen for Shelter\n\n"
        "Thanks to a donation by Orvik Group, Harbor House will open a second kitchen.",
        ("Orvik Group",),
        ("Harbor House",),
        (),
    ),
    Case(
        "paintings_bequeathed_by_a_collector_name_her",
        "Museum Adds Landscapes\n\n"
        "Six landscapes were bequeathed to the Vale Museum by Ann Roe, who died in May.",
        ("Ann Roe",),
        ("Vale Museum",),
        (),
    ),
    Case(
        "a_hospice_left_a_sum_in_a_womans_will_receives_it_from_her",
        "Hospice Receives Legacy\n\n"
        "Harbor Hospice has been left £90,000 in the will of a retired teacher, Ann Roe.",
        ("Ann Roe",),
        ("Harbor Hospice",),
        (90000,),
    ),
    Case(
        "a_hospice_left_a_sum_by_a_named_woman_receives_it_from_her",
        "Hospice Receives Legacy\n\n"
        "Harbor Hospice has been left £1.2m by Ann Roe, a retired teacher.",
        ("Ann Roe",),
        ("Harbor Hospice",),
        (1200000,),
    ),
    Case(
        "residents_left_out_of_pocket_by_a_firm_get_no_gift",
        "Bills Rise Again\n\n"
        "Residents have been left £500 out of pocket by Orvik Energy, and Harbor Trust is "
        "helping them.",
        (),
        (),
        (),
    ),
    Case(
        "a_giver_described_as_a_teacher_from_a_town_gives_alone",
        "Shelter Gift\n\nTom Lee, a retired teacher from Leeds, donated $5,000 to Harbor House.",
        ("Tom Lee",),
        ("Harbor House",),
        (5000,),
    ),
    Case(
        "a_cheque_from_a_bank_after_its_manager_names_the_bank",
        "Shelter Gift\n\n"
        "Harbor House received $5,000 from Orvik Bank, presented by a manager from the branch.",
        ("Orvik Bank",),
        ("Harbor House",),
        (5000,),
    ),
    Case(
        "a_museum_receiving_paintings_from_a_collection_names_both",
        "Landscapes for the Museum\n\n"
        "The Vale Museum has received 14 paintings from the collection of Ann Roe. The gift "
        "fills a gap in its holdings of coastal scenes.",
        ("Ann Roe",),
        ("Vale Museum",),
        (),
    ),
    Case(
        "a_museum_announcing_on_a_dated_day_that_it_received_works_receives",
        "Landscapes for the Museum\n\n"
        "The Vale Museum announced on Friday, March 7 that it has received 14 paintings by "
        "coastal artists. The donation comes from the collection of Ann Roe.",
        ("Ann Roe",),
        ("Vale Museum",),
        (),
    ),
    Case(
        "a_competition_receiving_entries_is_no_gift",
        "Photo Contest Closes\n\n"
        "The Vale Photo Prize has received 1,200 photographs from 40 countries. Winners get a "
        "gift card.",
        (),
        (),
        (),
    ),
    Case(
        "a_college_saying_how_the_gift_will_serve_it_receives",
        "College Gets $4M\n\n"
        "A college in Leeds says a $4 million gift from an anonymous donor is its largest ever. "
        "Vale College says the gift will support a new library.",
        ("anonymous donor",),
        ("Vale College",),
        (4000000,),
    ),
    Case(
        "a_firm_saying_how_its_own_gift_will_serve_a_charity_still_gives",
        "Orvik Gives $40,000\n\n"
        "Orvik Group donated $40,000 to Harbor House. Orvik Group said the donation will help "
        "pay for a new van.",
        ("Orvik Group",),
        ("Harbor House",),
        (40000,),
    ),
    Case(
        "a_numbered_lodge_gifting_agencies_with_grants_gives",
        "Tessa Lodge No. 88 gifted three local charities with grants for the winter\n\n"
        "The lodge gave $1,000 each to Harbor House, Vale Pantry and Orla Shelter.",
        ("Tessa Lodge No. 88",),
        ("Harbor House", "Vale Pantry", "Orla Shelter"),
        (1000,),
    ),
    Case(
        "an_alumna_who_asks_to_stay_anonymous_is_the_giver_as_called",
        "College Gift\n\n"
        "Vale College received $2 million from an alumna who wishes to remain anonymous.",
        ("alumna",),
        ("Vale College",),
        (2000000,),
    ),
    Case(
        "donors_described_and_unnamed_are_the_givers_as_described",
        "College Gift\n\n"
        "Vale College has received a $2 million gift. The donors, a retired nurse and her "
        "husband, wish to remain anonymous.",
        ("retired nurse and her husband",),
        ("Vale College",),
        (2000000,),
    ),
    Case(
        "an_anonymous_staff_member_praising_a_named_firms_gift_gives_nothing",
        "College Gift\n\n"
        "Orvik Group donated $2 million to Vale College; a staff member who wished to remain "
        "anonymous praised the gift.",
        ("Orvik Group",),
        ("Vale College",),
        (2000000,),
    ),
    Case(
        "the_hospice_left_a_sum_is_the_hospice_named_before",
        "Legacy for Hospice\n\n"
        "Harbor Hospice cares for 300 families a year. The hospice has been left £90,000 by "
        "Ann Roe, a former nurse.",
        ("Ann Roe",),
        ("Harbor Hospice",),
        (90000,),
    ),
    Case(
        "the_shelter_given_a_donation_is_the_shelter_named_before",
        "Beds for Shelter\n\n"
        "Vale Animal Shelter needs new beds. The shelter was given a $2,000 donation from "
        "Orvik Group on Monday.",
        ("Orvik Group",),
        ("Vale Animal Shelter",),
        (2000,),
    ),
    Case(
        "the_school_given_a_name_is_no_gift",
        "School Renamed\n\n"
        "Vale School opened in 1950. The school was given a new name by the council in May.",
        (),
        (),
        (),
    ),
    Case(
        "the_clinic_a_gift_made_possible_belongs_to_the_body_that_opened_it",
        "Clinic Opens\n\n"
        "Leeds-based Vale Health opened a new eye clinic on Monday. The clinic was made "
        "possible by a $5 million gift from Ann Roe.",
        ("Ann Roe",),
        ("Vale Health",),
        (5000000,),
    ),
    Case(
        "the_wing_at_a_hospital_a_gift_made_possible_names_the_hospital",
        "Wing Opens\n\n"
        "The new wing at Vale Hospital was made possible by a $5 million gift from Ann Roe.",
        ("Ann Roe",),
        ("Vale Hospital",),
        (5000000,),
    ),
    Case(
        "a_body_that_hired_someone_before_a_gift_is_not_its_receiver",
        "Clinic Opens\n\n"
        "Vale Health hired a new chief on Monday. The clinic was made possible by a $5 million "
        "gift from Ann Roe.",
        ("Ann Roe",),
        (),
        (5000000,),
    ),
    Case(
        "a_family_named_by_its_town_is_the_giver_as_called",
        "College Gift\n\nVale College received a $2 million gift from a Leeds family.",
        ("a Leeds family",),
        ("Vale College",),
        (2000000,),
    ),
    Case(
        "a_couple_named_after_their_town_are_the_givers_by_name",
        "College Gift\n\nVale College received a $2 million gift from Tom Lee, of Leeds.",
        ("Tom Lee",),
        ("Vale College",),
        (2000000,),
    ),
    Case(
        "a_charity_that_serves_and_has_received_a_donation_receives",
        "Hospice Gift\n\n"
        "Harbor Hospice Care supports adults with long illnesses, and has recently received a "
        "£5,800 donation from Orvik Group.",
        ("Orvik Group",),
        ("Harbor Hospice Care",),
        (5800,),
    ),
    Case(
        "a_person_who_runs_a_cafe_and_received_a_cheque_is_no_receiving_body",
        "Local News\n\n"
        "Ann Roe runs the corner cafe, and has received a £500 cheque from Orvik Group.",
        ("Orvik Group",),
        (),
        (500,),
    ),
    Case(
        "a_campaign_named_in_the_opening_phrase_before_the_gift_gives_nothing",
        "Vale Alumni Give\n\n"
        "The Vale Alumni Club has pledged a gift of $900,000 to support students at Vale "
        "College.\n\n"
        "In support of the college's new fundraising drive, Open Doors: The Campaign for Vale "
        "Students, the gift will establish 18 Vale Alumni Club Trustee Scholarships, each "
        "endowed at $50,000.",
        ("Vale Alumni Club",),
        (),
        (900000, 50000),
    ),
    Case(
        "a_giver_named_in_the_opening_phrase_before_the_gift_gives",
        "Hall for Vale College\n\n"
        "Vale College will add forty scholarships. With a donation from Orvik Group, the gift "
        "will also fund a new hall.",
        ("Orvik Group",),
        (),
        (),
    ),
    Case(
        "a_sum_left_to_a_shelter_named_without_the_article_is_a_bequest",
        "Shelter Legacy\n\nThrough her estate, Ann Roe left $1 million to Harbor Animal Shelter.",
        ("Ann Roe",),
        ("Harbor Animal Shelter",),
        (1000000,),
    ),
    Case(
        "money_left_to_spare_is_no_bequest",
        "Lunch Out\n\nAnn Roe left $5 to spare after buying lunch at Harbor Cafe.",
        (),
        (),
        (),
    ),
    Case(
        "a_sum_from_a_persons_estate_names_the_person",
        "Shelter Legacy\n\nHarbor Animal Shelter received $1 million from the Ann Roe estate.",
        ("Ann Roe",),
        ("Harbor Animal Shelter",),
        (1000000,),
    ),
    Case(
        "an_executor_presenting_a_cheque_gives_in_the_dead_womans_name",
        "Shelter Legacy\n\n"
        "Tom Lee, executor of the estate of Ann Roe, presented a cheque for $1 million to "
        "Harbor Animal Shelter.",
        ("Ann Roe",),
        ("Harbor Animal Shelter",),
        (1000000,),
    ),
    Case(
        "a_friend_presenting_a_cheque_gives_himself",
        "Shelter Gift\n\n"
        "Tom Lee, a friend of Ann Roe, presented a cheque for $1 million to Harbor Animal "
        "Shelter.",
        ("Tom Lee",),
        ("Harbor Animal Shelter",),
        (1000000,),
    ),
    Case(
        "a_campaign_a_grant_is_in_support_of_is_no_giver",
        "Museum Grant\n\n"
        "The Tessa Fund gave $5,000 in support of the Vale Museum's Bright Futures Campaign.",
        ("Tessa Fund",),
        ("Vale Museum",),
        (5000,),
    ),
    Case(
        "the_district_of_a_capital_city_is_no_receiver",
        "Museum Grant\n\n"
        "The Tessa Fund gave $5,000 to the Vale Gallery in Washington, D.C., last year.",
        ("Tessa Fund",),
        ("Vale Gallery",),
        (5000,),
    ),
    Case(
        "a_newspaper_reporting_a_gift_to_the_museum_is_no_receiver",
        "Museum Gift\n\n"
        "Orvik Group gave $30,000 to the museum, the Vale Daily News reported on Friday.",
        ("Orvik Group",),
        (),
        (30000,),
    ),
    Case(
        "a_newspaper_given_a_gift_receives_it",
        "Paper Gift\n\n"
        "The Tessa Foundation gave $5,000 to the Vale Morning Star, which reported the gift.",
        ("Tessa Foundation",),
        ("Vale Morning Star",),
        (5000,),
    ),
    Case(
        "islands_families_were_hurt_on_are_places_not_receivers",
        "Flood Relief\n\n"
        "Families hurt by floods on Vale Island and the Tessa Coast have received $5,000 from "
        "Orvik Group.",
        ("Orvik Group",),
        (),
        (5000,),
    ),
    Case(
        "a_shop_and_its_capitalised_guests_give_as_the_shop",
        "Wings Give Back\n\n"
        "Orvik Wings and their Guests raised and donated $40,000 to Harbor Youth Club.",
        ("Orvik Wings",),
        ("Harbor Youth Club",),
        (40000,),
    ),
    Case(
        "guests_named_as_a_hotel_chain_still_give",
        "Hotel Gives Back\n\nVale Guests, the hotel group, donated $40,000 to Harbor Youth Club.",
        ("Vale Guests",),
        ("Harbor Youth Club",),
        (40000,),
    ),
    Case(
        "a_gift_of_paintings_by_an_artist_names_no_giver",
        "Museum News\n\n"
        "The Vale Museum received the gift of a rare portrait by Tomas Orla, the painter.",
        (),
        ("Vale Museum",),
        (),
    ),
    Case(
        "a_library_receiving_a_bequest_from_an_estate_names_both",
        "Library News\n\nVale Library has received a bequest from the estate of Ann Roe.",
        ("Ann Roe",),
        ("Vale Library",),
        (),
    ),
    Case(
        "a_bequest_someone_chose_a_charity_for_names_no_receiver",
        "Library News\n\nAnn Roe had chosen the library to receive a surprise bequest.",
        (),
        (),
        (),
    ),
    Case(
        "the_most_recent_bank_to_partner_by_donating_gives",
        "Homes Get Land\n\n"
        "Orvik Bank was the most recent bank to partner, donating five lots to Harbor Homes.",
        ("Orvik Bank",),
        ("Harbor Homes",),
        (),
    ),
    Case(
        "the_first_bank_to_open_a_branch_gives_nothing",
        "Homes Get Money\n\n"
        "Orvik Bank was the first bank to open a branch here, and the Tessa Fund gave $5,000 "
        "to Harbor Homes.",
        ("Tessa Fund",),
        ("Harbor Homes",),
        (5000,),
    ),
    Case(
        "a_brand_after_a_count_does_not_cut_the_giver_off_its_gift",
        "Laptops for Schools\n\n"
        "The Vale school board accepted a donation of 30 Orla laptops from the Tessa Center, "
        "valued at $10,500.",
        ("Tessa Center",),
        (),
        (10500,),
    ),
]


@pytest.mark.parametrize("case", RECEIVING_BODY_AND_ESTATE, ids=lambda c: c.id)
def test_receiving_bodies_and_estates(case: Case) -> None:
    """A body announcing a gift from someone receives it; a kin or an estate's agent names the giver."""
    got = roles_of(frame_of(case.text))

    assert got == expected_roles(case)
