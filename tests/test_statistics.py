"""Statistics: counts with their nouns, shares, ratios, ranks and non-gift money; what is not one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.document import read
from extractors.gifts import GiftFrame
from extractors.model import Amount
from extractors.money import find_money
from extractors.statistics import (
    MULTIPLE,
    NOT_AFTER,
    SUPERLATIVE_AFTER,
    _may_be_not_after,
    _may_be_superlative,
    _multiple_matches,
    _overlaps,
    _span_index,
    find_statistics,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
ROOT = Path(__file__).resolve().parents[1]


def _stats(body: str, frame: GiftFrame | None = None) -> list[tuple]:
    """(text, value, unit, bound) of each statistic in a release with this body."""
    doc = read("Headline For The Test\n\n" + body)
    found = find_statistics(doc, find_money(doc), frame or GiftFrame())
    return [(s.text, s.value, s.unit, s.bound) for s in found]


# (body sentence, expected [(text, value, unit, bound)])
STATISTIC_CASES = [
    # counts with the noun they count, modifiers included
    (
        "Floods closed schools for 4.1 million school-aged children.",
        [("4.1 million school-aged children", 4100000, None, "exact")],
    ),
    (
        "The course now reaches more than 1.6 million learners.",
        [("more than 1.6 million learners", 1600000, None, "at_least")],
    ),
    (
        "The charity works in 31 countries and territories.",
        [("31 countries and territories", 31, None, "exact")],
    ),
    ("Scouts assembled 800 first aid kits.", [("800 first aid kits", 800, None, "exact")]),
    # a count whose noun came before it: "N in total", "N in all"
    (
        "Each county picks twenty farms, 140 in total, for the pilot.",
        [("twenty farms", 20, None, "exact"), ("140 in total", 140, None, "exact")],
    ),
    ("Volunteers planted oaks and elms, 900 in all.", [("900 in all", 900, None, "exact")]),
    ("The mill has run for four decades.", [("four decades", 4, None, "exact")]),
    (
        "The lot holds 60,000 square feet of retail space.",
        [("60,000 square feet of retail space", 60000, None, "exact")],
    ),
    ("Nurses logged 1,940 service hours.", [("1,940 service hours", 1940, None, "exact")]),
    # number words and scales
    ("The drive trained two million teachers.", [("two million teachers", 2000000, None, "exact")]),
    ("A neighbour knitted a dozen blankets.", [("a dozen blankets", 12, None, "exact")]),
    ("The plant bottled 1.2bn litres.", [("1.2bn litres", 1200000000, None, "exact")]),
    ("Fans bought 3,000+ tickets.", [("3,000+ tickets", 3000, None, "at_least")]),
    (
        "The race drew 10K runners in gold shirts.",
        [("10K runners", 10000, None, "exact")],
    ),  # no carat
    ("Her team took first place in the state.", [("first place", 1, "rank", "exact")]),
    ("Analysts size the pet market at $40+ billion.", [("$40+ billion", 4e10, "USD", "at_least")]),
    ("Tickets cost $40+ for adults.", [("$40", 40, "USD", "at_least")]),  # no scale after the plus
    (
        "According to the State Library, 1 in 4 adults.",
        [("1 in 4 adults", 0.25, "ratio", "exact")],
    ),
    (
        "Per the Harbor Authority, 3,200 vessels docked.",
        [("3,200 vessels", 3200, None, "exact")],
    ),
    (
        "The league scouts players over 30 countries.",
        [("over 30 countries", 30, None, "at_least")],
    ),
    ("Adults over 65 make up over 20 clubs.", [("over 20 clubs", 20, None, "at_least")]),
    (
        "The fair hosted 40 to 60 vendors from 9 a.m. on.",
        [("40 to 60 vendors", 40, None, "exact"), ("60 vendors", 60, None, "exact")],
    ),
    ("The game has 12+ million players.", [("12+ million players", 12000000, None, "at_least")]),
    ("Readers opened 7 million+ letters.", [("7 million+ letters", 7000000, None, "at_least")]),
    ("Millions of riders use the line.", []),  # a vague plural claims no count
    # bounds before the number
    ("Up to 300 pupils will get tablets.", [("Up to 300 pupils", 300, None, "up_to")]),
    ("Fewer than 40 seats remain.", [("Fewer than 40 seats", 40, None, "up_to")]),
    ("Nearly 900 families applied.", [("Nearly 900 families", 900, None, "approx")]),
    # shares
    (
        "About 35% of participants finished.",
        [("About 35% of participants", 35, "percent", "approx")],
    ),
    ("Turnout was 35 percent higher.", [("35 percent", 35, "percent", "exact")]),
    ("Turnout was 35 per cent higher.", [("35 per cent", 35, "percent", "exact")]),
    (
        "Roughly thirty percent of homes lack broadband.",
        [("Roughly thirty percent of homes", 30, "percent", "approx")],
    ),
    (
        "Fewer than half of adults know the signs.",
        [("Fewer than half of adults", 50, "percent", "up_to")],
    ),
    # ratios and ranks
    ("Today 1 in 6 children go hungry.", [("1 in 6 children", 1 / 6, "ratio", "exact")]),
    (
        "Heart disease is the No. 2 cause of death in the county.",
        [("No. 2 cause of death", 2, "rank", "exact")],
    ),
    (
        "It is the #1 ranked cancer hospital in the region.",
        [("#1 ranked cancer hospital", 1, "rank", "exact")],
    ),
    (
        "The grocer is the fourth largest privately held company in the state.",
        [("fourth largest privately held company", 4, "rank", "exact")],
    ),
    (  # hard-wrapped: the superlative on the next line
        "The grocer is the fourth\nlargest privately held company in the state.",
        [("fourth\nlargest privately held company", 4, "rank", "exact")],
    ),
    (
        "The state climbed from ninth to fifth in the nation.",
        [("fifth in the nation", 5, "rank", "exact")],
    ),
    (
        "The design was named one of the top 50 products of the year.",
        [("top 50 products of the year", 50, "rank", "exact")],
    ),
    (
        "The region is second only to the capital in exports.",
        [("second only to", 2, "rank", "exact")],
    ),
    ("The county ranked 4th for broadband access.", [("4th", 4, "rank", "exact")]),
    ("The crew finished second overall.", [("second overall", 2, "rank", "exact")]),
    # money that is not the gift
    (
        "The trust paid out $212 million in grants in the first half.",
        [("$212 million", 212000000, "USD", "exact")],
    ),
    ("It has grown into a $12 billion company.", [("$12 billion", 12000000000, "USD", "exact")]),
    # one number counting what the next one counts
    (
        "Its plants employ 450 and 1,200 workers.",
        [("450 and 1,200 workers", 450, None, "exact"), ("1,200 workers", 1200, None, "exact")],
    ),
    ("Membership grew eight-fold.", [("eight-fold", 8, None, "exact")]),
    # a partitive count: "N of the X" counts the Xs
    (
        "Six of the partner clinics reopened.",
        [("Six of the partner clinics", 6, None, "exact")],
    ),
    ("They said 12 of our volunteers came.", [("12 of our volunteers", 12, None, "exact")]),
    ("She wrote to 300 of her donors.", [("300 of her donors", 300, None, "exact")]),
    # "one of N chosen": the number chosen from, its noun said before
    ("The clinic was one of nine selected this spring.", [("nine selected", 9, None, "exact")]),
    (
        "In all, 45 of the 60 clinics took part.",
        [("45 of the 60 clinics", 45, None, "exact"), ("60 clinics", 60, None, "exact")],
    ),
    # a count with a hyphenated unit before its noun
    (
        "Crews laid a new 1,200-kilometre water pipeline.",
        [("1,200-kilometre water pipeline", 1200, None, "exact")],
    ),
    ("The owner bought a 300-unit block.", [("300-unit block", 300, None, "exact")]),
    ("The shop sells a 12-piece tool kit.", [("12-piece tool kit", 12, None, "exact")]),
    ("They play an 18-hole course.", [("18-hole course", 18, None, "exact")]),
    # multiples written with "x"
    ("Orders saw a 3.5x jump this spring.", [("3.5x", 3.5, "times", "exact")]),
    ("Backers earned more than 20x their stake.", [("more than 20x", 20, "times", "at_least")]),
    # multiples written in words: a comparison, not a frequency
    (
        "Smokers were three times more likely to relapse.",
        [("three times more likely", 3, "times", "exact")],
    ),
    (
        "Its drills run up to 40 times faster than hand tools.",
        [("up to 40 times faster", 40, "times", "up_to")],
    ),
    ("Stock turns climbed to 2.4 times, a record.", [("2.4 times", 2.4, "times", "exact")]),
    # a partitive count over a demonstrative: "N of these X"
    (
        "Today over 90 of these parent circles are active.",
        [("over 90 of these parent circles", 90, None, "at_least")],
    ),
    # a bare count after "a total of": the noun was named before
    (
        "The trial enrolled 80 adults; it aims for a total of 150.",
        [("80 adults", 80, None, "exact"), ("a total of 150", 150, None, "exact")],
    ),
    # a grouped count closing a clause: its noun came before it
    (
        "Bookings at the lodge rose to 12,480, a record.",
        [("12,480", 12480, None, "exact")],
    ),
    (
        "Its roster grew to more than 4,200, up from 3,050.",
        [("more than 4,200", 4200, None, "at_least"), ("3,050", 3050, None, "exact")],
    ),
    (
        "The firm expects shipments of 4,100 to 4,600 and steady prices.",
        [("4,100", 4100, None, "exact"), ("4,600", 4600, None, "exact")],
    ),
    # after "by", "reaching", "a record"; before "as of" or a year
    ("Seasonal jobs in the valley grew by 2,750.", [("2,750", 2750, None, "exact")]),
    (
        "Clinic visits kept climbing, reaching 8,340 in 2023.",
        [("8,340", 8340, None, "exact")],
    ),
    ("Turnout at the fair hit a record 61,200.", [("61,200", 61200, None, "exact")]),
    (
        "Its library holdings rose to 3,915 as of June, the board said.",
        [("3,915", 3915, None, "exact")],
    ),
    # a range written with an en dash: both ends, the noun counted by the second
    (
        "The trust will buy 12–15 farms next year.",
        [("12–15 farms", 12, None, "exact"), ("15 farms", 15, None, "exact")],
    ),
    (
        "Yields fell 20–30% in the drought.",
        [("20–30%", 20, "percent", "exact"), ("30%", 30, "percent", "exact")],
    ),
    # the first end of a range takes the scale word written after the second
    (
        "The mine expects 1.7 to 1.8 million tonnes.",
        [
            ("1.7 to 1.8 million tonnes", 1700000, None, "exact"),
            ("1.8 million tonnes", 1800000, None, "exact"),
        ],
    ),
    (
        "The mine expects 2 million to 3 million tonnes.",
        [
            ("2 million to 3 million tonnes", 2000000, None, "exact"),
            ("3 million tonnes", 3000000, None, "exact"),
        ],
    ),
    (
        "Fees rose 2 to 3 percent.",
        [("2 to 3 percent", 2, "percent", "exact"), ("3 percent", 3, "percent", "exact")],
    ),
    # a sentence that ends with a capitalised word before a count
    (
        "Awards go to towns in northern Vermont. 40 awards per town are planned.",
        [("40 awards", 40, None, "exact")],
    ),
    # "N of the most ...": a superlative after "of the" is no stop
    (
        "The list names 50 of the most promising young chemists.",
        [("50 of the most promising young chemists", 50, None, "exact")],
    ),
    ("The shop runs 120 open stores abroad.", [("120 open stores", 120, None, "exact")]),
    (
        "Divers found more than 9,000 coins near the wreck.",
        [("more than 9,000 coins", 9000, None, "at_least")],
    ),
    (
        "About 20,000 falls occur at home each year.",
        [("About 20,000 falls", 20000, None, "approx")],
    ),
    # a capitalised number word in a line in title case, after a verb of the headline
    (
        "Gala Drew a Crowd, Named Twelve Young Scientists, and Raised Funds",
        [("Twelve Young Scientists", 12, None, "exact")],
    ),
    # a number with a scale that closes a clause counts what came before it
    ("Visitor numbers topped 2.4 million.", [("2.4 million", 2400000, None, "exact")]),
    ("The herd is now 3,150, a record.", [("3,150", 3150, None, "exact")]),
    (
        "The waiting list grew to 4,200 last year.",
        [("4,200", 4200, None, "exact")],
    ),
    # digits that could be a year or a code, after a bound and before a plural noun
    ("The app is used by over 1900 clinics.", [("over 1900 clinics", 1900, None, "at_least")]),
    (
        "Nearly 25000 people signed the petition.",
        [("Nearly 25000 people", 25000, None, "approx")],
    ),
    # a count that opens a paragraph after a line that ends with a capitalised word
    (
        "Key Facts\n\n3.1 million homes lack broadband.",
        [("3.1 million homes", 3100000, None, "exact")],
    ),
    (
        "Key Facts\n\nA quarter of pupils walk.",
        [("A quarter of pupils walk", 25, "percent", "exact")],
    ),
    ("A crew of 14 carpenters built the hall.", [("14 carpenters", 14, None, "exact")]),
    (
        "The deal pays the Vendor 40,000 common shares.",
        [("40,000 common shares", 40000, None, "exact")],
    ),
    ("Output rose 100% in a year.", [("100%", 100, "percent", "exact")]),
    # the base of a rate is no count: "per 100,000", "for every 1,000"
    (
        "The county logged 31 cases per 100,000 residents.",
        [("31 cases", 31, None, "exact")],
    ),
    (
        "Eight out of every 10 nurses agree.",
        [("Eight out of every 10 nurses", 0.8, "ratio", "exact")],
    ),
    ("Nine pupils win book prizes.", [("Nine pupils", 9, None, "exact")]),
    # a pledge or commitment of money is a gift's size; money put into a plant is a claim
    ("The bank keeps its $300 million commitment to rural schools.", []),
    ("Her $2 million matching pledge opens the drive.", []),
    (
        "Mills committed $300 million in new plants.",
        [("$300 million", 300000000, "USD", "exact")],
    ),
    # a contest's prize pool is money on offer, not a gift's size
    ("Players share a $1 million prize pool.", [("$1 million", 1000000, "USD", "exact")]),
    # money a shopper or a past winner got is no gift to come: it stays a statistic
    ("Members will receive $5 off their next order.", [("$5", 5, "USD", "exact")]),
    ("Last year each winner received $2,500.", [("$2,500", 2500, "USD", "exact")]),
    # a pair without "the" is a count; a firm's name after a count is not its noun
    ("They merged two firms.", [("two firms", 2, None, "exact")]),
    (
        "It serves over 500 Microsoft Partners.",
        [("over 500 Microsoft Partners", 500, None, "at_least")],
    ),
    # "No." after a possessive or a verb ranks; after a numbered document it does not
    ("It is the state's No. 2 clinic.", [("No. 2 clinic", 2, "rank", "exact")]),
    ("The firm is No. 358 on the list.", [("No. 358 on the list", 358, "rank", "exact")]),
    # a share of a counted group: both the share and the count
    (
        "Two-thirds of the 1,500 respondents said yes.",
        [
            ("Two-thirds of the 1,500 respondents", 66.6667, "percent", "exact"),
            ("1,500 respondents", 1500, None, "exact"),
        ],
    ),
    # a count with a plus, not an age group's community
    ("Over 60+ residents signed.", [("Over 60+ residents", 60, None, "at_least")]),
    # thousands written with a "K" count, unless a resolution or a race is meant
    (
        "The page has over 4K members and 40K readers.",
        [("over 4K members", 4000, None, "at_least"), ("40K readers", 40000, None, "exact")],
    ),
    # a range written with a hyphen gives both ends, like one with an en dash
    (
        "Results arrive in 4-6 weeks.",
        [("4-6 weeks", 4, None, "exact"), ("6 weeks", 6, None, "exact")],
    ),
    (
        "About 200-300 families attend.",
        [("About 200-300 families", 200, None, "approx"), ("300 families", 300, None, "exact")],
    ),
    (
        "An estimated 10-15% of patients respond.",
        [
            ("An estimated 10-15%", 10, "percent", "approx"),
            ("15% of patients respond", 15, "percent", "exact"),
        ],
    ),
    (
        "An estimated 10–15% of patients respond.",
        [
            ("An estimated 10–15%", 10, "percent", "approx"),
            ("15% of patients respond", 15, "percent", "exact"),
        ],
    ),
    # a large figure that ends a line after its label counts what the label names
    (
        "Key figures\n\n- Total supply: 300 million\n- Holders:45,000\n",
        [("300 million", 300000000, None, "exact"), ("45,000", 45000, None, "exact")],
    ),
    # a capitalised word that opens a paragraph, before a count
    ("Serving 40 rural counties, the clinic grew.", [("40 rural counties", 40, None, "exact")]),
    ("Ranked 3rd out of 50 states.", [("3rd out of 50", 3, "rank", "exact")]),
    # a share of a group counted in grouped digits: "2,000 of its 5,000"
    (
        "Roughly 1,500 of its 6,000 members voted.",
        [
            ("Roughly 1,500 of its 6,000 members", 1500, None, "approx"),
            ("6,000 members", 6000, None, "exact"),
        ],
    ),
    # the noun phrase ends before a verb that follows it
    (
        "Four of the nine trustees resigned in May.",
        [("Four of the nine trustees", 4, None, "exact"), ("nine trustees", 9, None, "exact")],
    ),
    ("In all, 14 bakeries joined the drive.", [("14 bakeries", 14, None, "exact")]),
    ("Only 3 crews held drills.", [("3 crews", 3, None, "exact")]),
    ("Over 2.4 lakh homes got power.", [("Over 2.4 lakh homes", 240000, None, "at_least")]),
    (
        "Of the gifts, 100% of its pooled funds stayed local.",
        [("100% of its pooled funds", 100, "percent", "exact")],
    ),
    (
        "She brings 12 years of experience running clinics.",
        [("12 years of experience", 12, None, "exact")],
    ),
    ("It ships to 30 states directly.", [("30 states", 30, None, "exact")]),
    ("It acquires 9,000 shares pursuant to the deal.", [("9,000 shares", 9000, None, "exact")]),
    # a list of adjectives before the noun it counts, the first one before a comma
    (
        "It funds 40 rural, suburban and urban clinics.",
        [("40 rural, suburban and urban clinics", 40, None, "exact")],
    ),
    (
        "She wrote 25 published, peer-reviewed papers.",
        [("25 published, peer-reviewed papers", 25, None, "exact")],
    ),
    ("It hired 300 staff, many of them local.", [("300 staff", 300, None, "exact")]),
    (
        "It runs 9 regional, and 2 national desks.",
        [("9 regional", 9, None, "exact"), ("2 national desks", 2, None, "exact")],
    ),
    ("It ships 80 models primarily to Asia.", [("80 models", 80, None, "exact")]),
    # a range of multiples: both ends ("We met 2 or 3 times." is a frequency, no claim)
    (
        "Smokers face 2-4 times the risk.",
        [("2-4 times the", 2, "times", "exact"), ("4 times the", 4, "times", "exact")],
    ),
    (
        "Girls were three to five times more likely to finish.",
        [
            ("three to five times more likely", 3, "times", "exact"),
            ("five times more likely", 5, "times", "exact"),
        ],
    ),
    ("We met 2 or 3 times.", []),
    # a range with a decimal low end and a scale word after the high end
    (
        "The scheme reaches 2.5-3 million households.",
        [
            ("2.5-3 million households", 2500000, None, "exact"),
            ("3 million households", 3000000, None, "exact"),
        ],
    ),
    (
        "The line carries 1-2 million riders.",
        [
            ("1-2 million riders", 1000000, None, "exact"),
            ("2 million riders", 2000000, None, "exact"),
        ],
    ),
    (
        "Fees rose 1.5-2.5% this year.",
        [("1.5-2.5%", 1.5, "percent", "exact"), ("2.5%", 2.5, "percent", "exact")],
    ),
    # bounds that deny the other side: "no more than" is a ceiling, "not less than" a floor
    ("The hall seats no more than 800 guests.", [("no more than 800 guests", 800, None, "up_to")]),
    (
        "Crews need not less than 40 volunteers.",
        [("not less than 40 volunteers", 40, None, "at_least")],
    ),
    ("Yields were greater than 9% in May.", [("greater than 9%", 9, "percent", "at_least")]),
    # a word that is also a verb naming what the counted things are for
    ("The crew cleared two access roads.", [("two access roads", 2, None, "exact")]),
    ("The charity runs 30 support groups.", [("30 support groups", 30, None, "exact")]),
    ("About 200 work in the plant.", []),
    ("Some 5,000 support the plan.", []),
    # multiples written with a capital X before a word of comparison
    ("The new chip runs 30X faster than the old one.", [("30X", 30, "times", "exact")]),
    ("Backers hope for up to 12X returns.", [("up to 12X", 12, "times", "up_to")]),
    ("She sold the Pixel 3X and a Model 15X Pro.", []),
    # a rank by a superlative of length or height
    (
        "The bridge is the third-longest span in the state.",
        [("third-longest span", 3, "rank", "exact")],
    ),
    ("It is the second tallest tower here.", [("second tallest tower", 2, "rank", "exact")]),
    # what a thing is made of, as a share
    ("The rugs are woven from 100% wool.", [("100%", 100, "percent", "exact")]),
    # a measure written against its unit: a distance, an area, energy, basis points
    ("The trail is a 12km loop through the hills.", [("12km", 12, None, "exact")]),
    ("The farm spans about 3,200ha of pasture.", [("about 3,200ha", 3200, None, "approx")]),
    ("Margins widened 15bps over the quarter.", [("15bps", 15, None, "exact")]),
    ("The new array adds 4.5MW to the grid.", [("4.5MW", 4.5, None, "exact")]),
    # losses in accounting brackets
    ("Net loss was $(12.4)M for the year.", [("$(12.4)M", 12400000, "USD", "exact")]),
    ("The loss narrowed to €(3.1) million.", [("€(3.1) million", 3100000, "EUR", "exact")]),
    # how often a thing happens, "every" with a time unit, is a rate
    ("The comet returns every 76 years.", [("76 years", 76, None, "exact")]),
    ("The shuttle leaves every 20 minutes.", [("20 minutes", 20, None, "exact")]),
    # stars counted, not a grade, are a claim
    ("The guide gave the inn 3 stars.", [("3 stars", 3, None, "exact")]),
    # pages and words counted as a fact, not set as an entry's limit
    (
        "The archive holds 40,000 pages of diaries.",
        [("40,000 pages of diaries", 40000, None, "exact")],
    ),
    (
        "Judges read 2,500 pages of entries this spring.",
        [("2,500 pages of entries", 2500, None, "exact")],
    ),
    ("Her memoir, 90,000 words long, sold out.", [("90,000 words long", 90000, None, "exact")]),
    # a duration whose noun is itself a stretch of time: how long something lasted
    ("Our lab ran the assay over a 12-hour period.", [("12-hour period", 12, None, "exact")]),
    ("He retired after a 38-year career.", [("38-year career", 38, None, "exact")]),
    ("The studio marked its 120-year history.", [("120-year history", 120, None, "exact")]),
    # a rank given as a plain number after "ranking of" or "ranked"
    (
        "The mill earned a ranking of 3,150 on the national list.",
        [("ranking of 3,150", 3150, "rank", "exact")],
    ),
    ("The county ranked 14 among its peers.", [("ranked 14", 14, "rank", "exact")]),
    # ... but a count of what a ranking covers stays a count
    ("The guide ranked 40 schools by cost.", [("40 schools", 40, None, "exact")]),
    # both ends of a range of multiples
    (
        "Early backers saw 5-8x returns on the token.",
        [("5-8x", 8, "times", "exact"), ("5-8x", 5, "times", "exact")],
    ),
    # "worldwide", "nationwide" before a plural noun qualify it; after one they end it
    ("The lab now holds 31 worldwide patents.", [("31 worldwide patents", 31, None, "exact")]),
    ("The app runs in 31 countries worldwide.", [("31 countries", 31, None, "exact")]),
    ("The chain has 31 nationwide stores.", [("31 nationwide stores", 31, None, "exact")]),
    # "Top N" before capitalised words ranks (an award's list); another word before names a thing
    ("It was named a Top 10 Rural Hospital.", [("Top 10 Rural Hospital", 10, "rank", "exact")]),
    ("The town runs the Summit 10 Rural Shuttle.", []),
    # a full stop glued to a capitalised word ends the counted noun (text scraped without spaces)
    ("Clubs meet in 14 towns.Each one is run by parents.", [("14 towns", 14, None, "exact")]),
    ("Clubs meet in 14 U.S. towns.", [("14 U.S. towns", 14, None, "exact")]),
    # after a semicolon a capitalised word no longer names what the number belongs to
    (
        "The block holds a Grand Hotel; 120 flats; and a park.",
        [("120 flats", 120, None, "exact")],
    ),
    # a whole and a fraction count what follows
    (
        "Trial patients drank 1 1/2 cups of juice each day.",
        [("1 1/2 cups of juice", 1.5, None, "exact")],
    ),
]

# Numbers that are not statistics, alone and in surroundings.
NOT_STATISTICS = [
    "She is a partner at 48 Studio, a design firm.",
    "The gala is on June 1, 2024 at 7:30 p.m.",
    "The 2023-2024 season opens soon.",
    "Songs from the ’80s and the 1990s played all night.",
    "Call 1-800-555-0142 or (312) 555-0199 to register.",
    "Write to 1200 Elm Street, Suite 300, Springfield, IL 62704.",
    # an honours list named by a count and an age
    "She joins the 40 Under 40 class of young leaders.",
    "Forty Under 40 honorees met in June.",
    "Its shares trade as NYSE: ACME and HKEX: 0388.",
    "1. Fill in the form.",
    "(2) Send it back.",
    "The charity is a 501(c)(3) that fought COVID-19 in K-12 schools.",
    "Install version 3.1.4 of the app on Windows 11.",
    "John Smith, 52, chairs the board.",
    "Revenue for the nine months ended September 30 rose.",
    "The depot is on Route 66 near Highway 101.",
    "Bring one of your friends.",
    "Hundreds of volunteers turned out.",
    "The fourth quarter of fiscal 2025 closed well.",
    "Results for Phase 2 are due.",
    "Visit booth #31 in the hall.",
    "Her 12-year-old son attended.",
    "Revenue for the twelve months ending December 31 grew.",
    "Its 2.0 platform shipped.",
    "The 340B pharmacy program grew.",
    "Carriers rolled out 5G coverage and tested 6G radios.",
    "The ring is cast in 18k gold with a 14K white gold band.",
    "The pendant comes in 10K yellow and white gold.",
    "Tour the 55+ community and its 55+ Lakeside lifestyle.",
    "Among 18–24 year olds and 25-34 year-olds, most agree.",
    "The car keeps its inline-four engine.",
    "Find us at Suite #120 Sarasota.",
    "Screens run at 1920x1080 and codes like 0x1F are hex.",
    "The study enrolled adults with type 2 diabetes.",
    "El anuncio se hizo el 14 de abril de 2025.",
    "The fund backed 30 of the.",
    "Common stock, par value $0.01, is listed.",
    "The arena is at 4100 W 95th St and 800 N Elm Road.",
    "The club meets three times a week.",
    "She called the office five times.",
    "Each fellow starts a two-year research post in May.",
    "Families get a six-month membership and a 24-hour helpline.",
    "Each fellow gets a $40,000 one-year fellowship.",
    "The $1,500 award per pupil covers books.",
    "Doors open at 9, and close at 5.",
    "Pick a number from 1 to 100.",
    "The market runs from 4 to 9 p.m. on Fridays.",
    "The clinic offers free shots to adults over 65 this fall.",
    "Ask why the pipe leaked in the first place.",
    "The lab holds a Tier-based, 3-year accreditation.",
    "It runs on Windows 11 and Office 365 machines.",
    "The share of residents under 18 fell again.",
    "Wrap the cord around the wrist two or three times.",
    "The clinic is one of the most selected in the state.",
    "Camp runs November 6–12 for kids ages 5–12.",
    "The raffle prize is an iPhone 15 Pro in blue.",
    "They toured the Seven Sisters cliffs.",
    "The code is 450 and the gate is 12.",
    "The studio is at 215 east 57th street.",
    "Since 2015 clinics have opened downtown.",
    "Pupils from PS 173 Bronx ran the relay.",
    "It cites Patent 11,204,377 with care.",
    "One tree is planted for every 500 visitors and a meal given for every 3 tickets.",
    "The clinic moved to 212 N FM-1960 last spring.",
    "The survey met 12 of the most.",
    "Over 300 open their doors on Sunday.",
    "They merged the two firms, and these two brands now share a shop.",
    "Each winner will receive $2,500 in May.",
    "Each startup will be awarded with up to $40,000 next spring.",
    "The memoir is published by 9 Ravens Press in May.",
    "The study was run by 3 Rivers Labs.",
    "Pupils rode the\nRoute 9 bus.",
    "It holds U.S. Patent No. 11,204,377 and Application No. 17/120,965.",
    "Executive Order No. 14,110 and Case #52 were cited.",
    "Ref:12,345 is on file and Lot:1,200 ships today.",
    "The team won 7-3 in overtime and the vote was 5-4.",
    "Phase 1-3 trials and the November 6-12 camp for ages 5-12 ran.",
    "The firm wrote a 43-101 report.",
    "The shop sells 4K cameras and 8K screens before the 5K run.",
    "Call 630-468-7075 or 555-1212 soon.",
    "He bought a 7-Eleven store.",
    # the issue of a volume: a masthead or a citation
    "The Valley Gazette, Vol. 12, No. 48, ran the story.",
    "It is cited in the Bulletin (Volume 3, No. 7) this year.",
    # the units of a product's specification, written against the digits
    "The kit ships with a 58mm filter and a 750cc tank.",
    # a list or an index named by a number
    "The firm made the Inc. 5000 again and sits in the S&P 500 and the FTSE 100.",
    # the grade of a rating, and a number that opens the adjective of a count before it
    "Diners praise the 5-star service and the 5 Star Rated kitchen.",
    # the length an entry must keep to: a rule for applicants, no claim
    "Entrants submit a personal essay of 600 words or fewer.",
    "Write 400 to 650 words in answer to the prompt below.",
    "Budgets must not exceed two pages; letters beyond four pages are set aside.",
    "Open with a one or two sentence pitch that summarizes the plan.",
    # a period that sets a term, not how long something lasted
    "The option may be exercised within a three-year period from signing.",
    "Shares may be sold for a 24-month period, as needed.",
    # a year after "ranking of"
    "The ranking of 2023, issued in May, named the mill.",
    # a blockchain's layer is named by a number
    "Fees fell on layer 2 networks and the Layer 1 chain.",
    # a financial table flattened to one line: a cell, then the next row's label
    "Inventory, net 2,114,870 1,904,112 Deferred revenue 88,410 90,002",
    # a recipe's ingredient list: quantities that make no claim
    "Whisk 2 tablespoons olive oil, 1 teaspoon salt and 1 small handful basil.",
]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Acme Launches Atlas 5 Warehouse Platform", []),
        ("Acme Serves 12 Families", ["12 Families"]),
        ("Acme Gives Laptops To 12 Schools", ["12 Schools"]),
        ("Schools Win ACME PLAY 60 grants for recess", []),
        ("Schools Win ACME PLAY 60 Grants", []),
        ("ACME FEEDS 500 FAMILIES", ["500 FAMILIES"]),
        # the years a headline celebrates are an anniversary, no claim
        ("Diner Celebrates 40 Years With A Gala", []),
        ("Diner Marks 25 Years, Feeds 300 Families", ["300 Families"]),
        ("Jane Roe Named to 30 Under 30 List", []),
        ("Acme Named to Inc. 5000 List Of Fast Growers", []),
        # a Markdown heading's mark before a count is no "#" rank
        ("# 12 nurses honoured for their care", ["12 nurses"]),
        # a year before an ordinal is no fraction ("2024 fourths")
        ("Acme Reports 2024 Fourth Quarter Results", []),
    ],
)
def test_headline_counts_and_product_names(headline: str, expected: list[str]) -> None:
    """In a title-case headline a count after a verb or preposition is kept, a model number is not."""
    doc = read(headline + "\n\nNothing more.")

    assert [s.text for s in find_statistics(doc, [], GiftFrame())] == expected


@pytest.mark.parametrize(
    ("release", "expected"),
    [
        # the body states the headline's figure again: reported once, in the body
        (
            "Bakery Feeds 40 Families\n\nThe bakery fed 40 families this winter.",
            ["40 families"],
        ),
        (
            "Clinic Holds $2 Million In Reserve\n\nThe clinic keeps $2 million for its wards.",
            ["$2 million"],
        ),
        # a headline figure the body does not repeat is kept
        (
            "Bakery Feeds 40 Families\n\nThe bakery fed 55 families this winter.",
            ["40 Families", "55 families"],
        ),
        # the same number counting something else in the body: both kept
        ("Mill Marks 100 Years\n\nThe mill now supplies 100 schools.", ["100 schools"]),
        (
            "Mill Supplies 100 Schools\n\nThe mill has run for 100 years.",
            ["100 Schools", "100 years"],
        ),
    ],
)
def test_headline_figure_repeated_in_the_body_is_reported_once(
    release: str, expected: list[str]
) -> None:
    """A headline's figure that the body states again is the body's claim, reported there only."""
    doc = read(release)

    assert [s.text for s in find_statistics(doc, find_money(doc), GiftFrame())] == expected


@pytest.mark.parametrize(
    ("body", "expected"), STATISTIC_CASES, ids=[c[0][:40] for c in STATISTIC_CASES]
)
def test_statistics_with_value_unit_and_bound(body: str, expected: list) -> None:
    """Each quantitative claim is found with its text, value, unit and bound."""
    got = _stats(body)

    assert [(t, u, b) for t, _, u, b in got] == [(t, u, b) for t, _, u, b in expected]
    assert [v for _, v, _, _ in got] == pytest.approx([v for _, v, _, _ in expected])


@pytest.mark.parametrize(
    ("body", "adjective"),
    [
        ("Guests left 300 5-star reviews.", 5),
        ("The trust funds 40 2-bedroom homes.", 2),
        ("Crews fixed 12 3-room flats.", 3),
    ],
)
def test_number_in_a_count_adjective_is_no_count(body: str, adjective: float) -> None:
    """A number that opens the compound adjective after another number is not a count."""
    assert adjective not in [v for _, v, _, _ in _stats(body)]


@pytest.mark.parametrize("body", NOT_STATISTICS)
def test_not_statistics(body: str) -> None:
    """Dates, years, times, phones, addresses, codes, list numbers and names are left out."""
    assert _stats(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "They fed 250 families.",
        "(They fed 250 families.)",
        "“We fed 250 families,” she said.",
        "Last year:\n250 families were fed.",
        "They fed\u00a0250 families.",
    ],
)
def test_same_count_in_any_surroundings(body: str) -> None:
    """A count reads the same in brackets, quotes, after a line end or a non-breaking space."""
    got = [(t, v) for t, v, _, _ in _stats(body)]

    assert got == [("250 families", 250.0)]


def test_subject_is_the_counted_noun_phrase() -> None:
    """The subject names what is counted, with its modifiers."""
    doc = read("Headline\n\nThe fund reaches 3.2 million school-aged children.")

    got = [s.subject for s in find_statistics(doc, [], GiftFrame())]

    assert got == ["school-aged children"]


def test_gift_amount_is_not_a_statistic() -> None:
    """Money the gift frame calls the gift is left out, by span and wherever the same sum recurs."""
    doc = read(
        "Acme Gives $2 Million\n\nAcme gave $2 million. The $2 million gift adds to $90 million raised."
    )
    money = find_money(doc)
    gift = money[1]
    frame = GiftFrame(
        amounts=(
            Amount(
                gift.text, gift.value, gift.currency, gift.bound, gift.start, gift.end, "test", 1.0
            ),
        )
    )

    got = [(s.text, s.unit) for s in find_statistics(doc, money, frame)]

    assert got == [("$90 million", "USD")]


def test_headline_gift_is_not_a_statistic_when_the_frame_found_another() -> None:
    """A gift headline's sum stays out even when the frame only found a sum given earlier."""
    doc = read(
        "Cafe Raises $8,000 For Scouts\n\nThe cafe raised $8,000. It has given $40,000 since 2010."
        " Its rent is $3,000."
    )
    money = find_money(doc)
    earlier = next(m for m in money if m.value == 40000)
    frame = GiftFrame(
        amounts=(
            Amount(
                earlier.text,
                earlier.value,
                earlier.currency,
                earlier.bound,
                earlier.start,
                earlier.end,
                "test",
                1.0,
            ),
        )
    )

    got = [s.text for s in find_statistics(doc, money, frame)]

    assert got == ["$3,000"]


def test_without_a_frame_the_headline_gift_is_not_a_statistic() -> None:
    """With no gift frame, the money in a gift headline is taken for the gift."""
    doc = read(
        "Acme Donates $5,000 to Food Bank\n\nAcme donated $5,000. The bank spends $3 million a year."
    )

    got = [s.text for s in find_statistics(doc, find_money(doc), GiftFrame())]

    assert got == ["$3 million"]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # a headline that raises money: its sum and the sentence that gave it are the gift
        (
            "Cafe Raises $12,000 For Youth Clubs",
            "The cafe raised $12,000 in May. It has donated $80,000 since 2015. Rent is $4,000.",
            ["$4,000"],
        ),
        # "a £X from <Giver>": money received, in a release headed by a grant
        (
            "Lab Wins Government Grant",
            "The lab gets a £90,500 from the Ministry. Its budget is £2 million.",
            ["£2 million"],
        ),
        # an investment round is not a gift: its money is a statistic
        (
            "Startup Raises $3 Million In Seed Round",
            "The startup raised $3 million from its backers.",
            ["$3 million"],
        ),
        (
            "Acme Grants Inducement Stock Options To New CEO",
            "The grant lets her buy 10,000 shares at an exercise price of $2.15 each.",
            ["10,000 shares", "$2.15"],
        ),
        # "gift card", "gift sets" are goods for sale: their prices are statistics
        (
            "Retailer Expands Its Gift Card Range",
            "The gift card market may reach $900 billion. Gift sets start at $25.",
            ["$900 billion", "$25"],
        ),
        (
            "Shop Gives Gift Cards To Nurses",
            "The shop will donate $5,000 in gift cards.",
            [],
        ),
        # a fee waived by a regulator is no gift: its money is a statistic
        (
            "Biotech Granted Agency Waiver For $2.1 Million Review Fee",
            "The agency waived a $2.1 million review fee.",
            ["$2.1 million"],
        ),
        # holiday gifts and a free gift with an order are goods for sale: prices stay
        (
            "Shop Unveils Holiday Gifts And A Free Gift Bonus",
            "The shop sells olive oil at $25 a bottle. Orders over $80 ship free.",
            ["$25", "$80"],
        ),
        # a round of contributions or a token pre-sale raises capital, no gift
        (
            "Protocol Raises $5.2M In Contribution Round",
            "The protocol raised $5.2 million from its backers.",
            ["$5.2 million"],
        ),
        (
            "Exchange Raises $1 Million In Pre-sale",
            "The exchange raised $1 million in its token pre-sale.",
            ["$1 million"],
        ),
        # the lead of a gift headline states the gift, with or without a word of giving
        (
            "City Hall Welcomes A Gift Of Art",
            "The council accepted a $250,000 bronze statue this week. Upkeep costs $9,000 a year.",
            ["$9,000"],
        ),
        # a scholarship's value is the gift's size
        (
            "Law Firm Opens Scholarship For Nurses",
            "Entries open today. The scholarship is worth $2,000 to one student. "
            "Tuition averages $11,000.",
            ["$11,000"],
        ),
        # an extension or a patent "granted" is no gift: its money is a statistic
        (
            "Acme Granted Extension To Regain Listing Compliance",
            "Acme now has 180 days to keep its bid price at $1.00 or more.",
            ["180 days", "$1.00"],
        ),
        (
            "Startup Raises $3 Million For Its Scouts",
            "The startup raised $3 million from its backers.",
            [],
        ),
    ],
)
def test_gift_money_found_without_a_frame(headline: str, body: str, expected: list[str]) -> None:
    """Without a frame, raised sums and money "from" a giver are the gift, investments are not."""
    doc = read(f"{headline}\n\n{body}")

    got = [s.text for s in find_statistics(doc, find_money(doc), GiftFrame())]

    assert got == expected


def test_boilerplate_statistics_are_marked() -> None:
    """Statistics in an About section carry section="boilerplate"."""
    doc = read(
        "Acme Helps\n\nAcme helped 40 towns.\n\nAbout Acme\nAcme has 900 employees in 12 countries."
    )

    got = [(s.text, s.section) for s in find_statistics(doc, [], GiftFrame())]

    assert got == [
        ("40 towns", "body"),
        ("900 employees", "boilerplate"),
        ("12 countries", "boilerplate"),
    ]


def test_spans_point_into_the_release() -> None:
    """Every statistic's text is the release between its start and end."""
    doc = read("Headline\n\nOver 2,000 riders (about 15%) raised $40,000 for 3 clinics.")

    found = find_statistics(doc, find_money(doc), GiftFrame())

    assert found
    assert all(doc.text[s.start : s.end] == s.text for s in found)


def test_hostile_input_is_safe() -> None:
    """A megabyte of digits and commas yields a bounded list without error."""
    doc = read("1," * 500_000)

    found = find_statistics(doc, [], GiftFrame())

    assert len(found) <= 3000


@pytest.mark.skipif(not DEV.exists(), reason=f"{DEV} is absent")
def test_dev_corpus_statistics_and_beneficiaries_scores() -> None:
    """On the dev corpus, statistics F1 is at least 0.85 and beneficiaries F1 at least 0.75."""
    lines = []
    from extractors import extract

    for path in sorted(DEV.glob("*.txt")):
        release = extract(
            path.read_text(encoding="utf-8-sig"), str(path), ("statistics", "beneficiaries")
        )
        lines.append(json.dumps(release.to_dict()))
    pred = ROOT / ".pytest_cache" / "dev_stats_pred.jsonl"
    pred.parent.mkdir(exist_ok=True)
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")

    run = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--gold",
            str(DEV),
            "--pred",
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(run.stdout)["scores"]

    assert scores["statistics"]["f1"] >= 0.85
    assert scores["beneficiaries"]["f1"] >= 0.75


def test_module_examples_hold() -> None:
    """The examples in the module docstring run and give what they show."""
    import doctest

    from extractors import statistics as module

    assert doctest.testmod(module).failed == 0


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789 ,.-%$#()/abcdehilmnoprstuyNoJ\u00a0\n", max_size=120))
def test_any_text_gives_valid_statistics(body: str) -> None:
    """On any text, statistics come out without error and with spans that match their text."""
    doc = read("Headline\n\n" + body)

    found = find_statistics(doc, find_money(doc), GiftFrame())

    assert all(doc.text[s.start : s.end] == s.text for s in found)


# Pieces of what may follow a number, for the cheap tests in front of patterns.
_AFTER_PIECES = st.lists(
    st.sampled_from(
        [
            " ",
            "\u00a0",
            "\n",
            "-",
            ".",
            ":",
            "(",
            "/",
            "’s",
            "'s",
            "5",
            "a.m.",
            "pm",
            "AM",
            "x",
            "times",
            "years old",
            "years",
            "year",
            " of age",
            "old",
            "y",
            "yr",
            "June",
            "jAN",
            "ſept",
            "Main Street",
            "St.",
            "\u00c9lan Ave",
            "largest",
            "Top",
            "in the nation",
            "among",
            "only to",
            "fewer",
            "people",
            "é",
            "\t",
            "K",
        ]
    ),
    max_size=5,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_AFTER_PIECES)
def test_cheap_not_after_test_never_rules_out_a_match(after: str) -> None:
    """When the cheap test says no date, time or address can follow, ``NOT_AFTER`` agrees."""
    if not _may_be_not_after(after):
        assert NOT_AFTER.match(after) is None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "3",
                "12",
                "4.5",
                "x",
                "X",
                " ",
                ".",
                ",",
                "/",
                "-",
                "_",
                "a",
                "é",
                "\u0663",
                "\n",
                " faster",
                " the",
                " fold",
                "0x",
                "1920",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_multiples_found_from_their_marks_match_a_full_scan(text: str) -> None:
    """Trying ``MULTIPLE`` only before each "x" or "X" after a digit finds what a full scan finds."""
    assert [m.span() for m in _multiple_matches(text)] == [
        m.span() for m in MULTIPLE.finditer(text)
    ]


_SPAN = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN, max_size=8), _SPAN)
def test_span_index_finds_an_overlap_as_a_full_reading_does(
    spans: list[tuple[int, int]], probe: tuple[int, int]
) -> None:
    """The sorted index of the gift spans says a sum overlaps one exactly when one of them does."""
    start, end = probe
    expected = any(start < e and s < end for s, e in spans)

    assert _overlaps(_span_index(spans), start, end) == expected


@settings(max_examples=300, deadline=None)
@given(_AFTER_PIECES)
def test_cheap_superlative_test_never_rules_out_a_match(after: str) -> None:
    """When the cheap test says no superlative can follow, ``SUPERLATIVE_AFTER`` agrees."""
    text = "7" + after
    if not _may_be_superlative(text, 1):
        assert SUPERLATIVE_AFTER.match(text, 1, 41) is None


# (what follows a number, whether the cheap test lets the pattern run, whether it matches)
NOT_AFTER_CASES = [
    (" a.m. on Friday", True, True),
    (" June 2", True, True),
    (" Main Street", True, True),
    ("-year-old", True, True),
    (" times a week", True, True),
    (" jam jars", True, False),
    (" people", False, False),
    (" jobs", False, False),
    (", said", False, False),
    (" years old", True, True),
    ("\u00a0years of age", True, True),
    (" years of service", False, False),
    (" yards", False, False),
    ("-7075", True, True),
    ("- year old", True, True),
    ("-based", False, False),
    ("-K", False, False),
    # a line break of wrapped text where the space was
    ("\nMaple Avenue, Unit 2", True, True),
    ("\np.m. sharp", True, True),
    ("\nyears old", True, True),
    ("\nbicycles", False, False),
    ("\r\nElm Street", True, True),
    ("\r\nbicycles", False, False),
]

# (a sentence written on one line, the same sentence hard-wrapped as a mail client would)
WRAPPED_CASES = [
    ("Members logged more than 12,500 hours.", "Members logged more than\n12,500 hours."),
    ("Members logged more than 12,500 hours.", "Members logged more\nthan 12,500 hours."),
    ("The clinic saw 35 percent more patients.", "The clinic saw 35\npercent more patients."),
    ("Nearly 40% of the crews are new.", "Nearly 40% of\nthe crews are new."),
    ("Riders are 3 times more likely to return.", "Riders are 3 times\nmore likely to return."),
    ("Riders are 3 times more likely to return.", "Riders are 3 times more\nlikely to return."),
    ("It offers a 14-day trial.", "It offers a 14-\nday trial."),
    ("The depot is at 4410 Harbor Road.", "The depot is at 4410\nHarbor Road."),
    ("Doors open at 9 a.m. daily.", "Doors open at 9\na.m. daily."),
    ("Entrants must be 21 years old.", "Entrants must be 21\nyears old."),
    ("The shop is one of the top 50 bakeries.", "The shop is one of the top\n50 bakeries."),
    ("Both are 100% recycled paper.", "Both are 100%\nrecycled paper."),
    ("Crews built five to eight bridges.", "Crews built five\nto eight bridges."),
    ("Orders arrive in 3-5 business days.", "Orders arrive in 3-5\nbusiness days."),
    ("Output fell to nearly 2.4 million, a low.", "Output fell to nearly\n2.4 million, a low."),
    ("She joined the 30 Under 30 cohort.", "She joined the 30\nUnder 30 cohort."),
    ("Of the two depots, one closed.", "Of the\ntwo depots, one closed."),
    ("The port is the third busiest in Asia.", "The port is the third\nbusiest in Asia."),
    ("Staff serve 1.8 million meals a year.", "Staff serve 1.8\nmillion meals a year."),
    ("The lender took 40,000 common shares.", "The lender took 40,000\ncommon shares."),
]


@pytest.mark.parametrize(("line", "wrapped"), WRAPPED_CASES, ids=[c[1][:30] for c in WRAPPED_CASES])
def test_wrapped_line_gives_the_same_statistics(line: str, wrapped: str) -> None:
    """A line break where a space was (hard-wrapped text) changes no statistic's value, unit or bound."""
    one = [(v, u, b) for _, v, u, b in _stats(line)]
    two = [(v, u, b) for _, v, u, b in _stats(wrapped)]

    assert two == one
    assert [t.replace("\n", " ") for t, _, _, _ in _stats(wrapped)] == [
        t for t, _, _, _ in _stats(line)
    ]


@pytest.mark.parametrize(("line", "wrapped"), WRAPPED_CASES, ids=[c[1][:30] for c in WRAPPED_CASES])
def test_windows_line_ends_read_like_a_wrapped_line(line: str, wrapped: str) -> None:
    """A Windows line end ("\\r\\n") where a space was changes no statistic's value, unit or bound."""
    one = [(v, u, b) for _, v, u, b in _stats(line)]
    two = [(v, u, b) for _, v, u, b in _stats(wrapped.replace("\n", "\r\n"))]

    assert two == one


@pytest.mark.parametrize(("after", "cheap", "matches"), NOT_AFTER_CASES)
def test_cheap_not_after_test_lets_dates_and_times_through(
    after: str, cheap: bool, matches: bool
) -> None:
    """Dates, times, ages and addresses pass the cheap test; most words after a count do not."""
    assert _may_be_not_after(after) is cheap
    assert (NOT_AFTER.match(after) is not None) is matches
