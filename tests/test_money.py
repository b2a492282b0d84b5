"""The money finder: every sum with its value, ISO 4217 currency, bound and exact span."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.document import read
from extractors.money import MAX_READ, find_money

M = 1_000_000

# (sentence, [(text, value, currency, bound), ...]) -- positive rows first, then
# rows where nothing, or less than it seems, is money.
CASES = [
    # a sign or code before the number
    ("The trust gave $250,000 to the shelter.", [("$250,000", 250_000, "USD", "exact")]),
    ("It pledged US$3.5 million over two years.", [("US$3.5 million", 3.5 * M, "USD", "exact")]),
    ("Donors pooled $US12 million for the appeal.", [("$US12 million", 12 * M, "USD", "exact")]),
    ("A grant of $A2,000,000 was approved.", [("$A2,000,000", 2 * M, "AUD", "exact")]),
    (
        "The bank lent A$40,000 and AU$ 2m.",
        [("A$40,000", 40_000, "AUD", "exact"), ("AU$ 2m", 2 * M, "AUD", "exact")],
    ),
    (
        "A C$15,000 prize and CA$1.2 million.",
        [("C$15,000", 15_000, "CAD", "exact"), ("CA$1.2 million", 1.2 * M, "CAD", "exact")],
    ),
    (
        "Gifts of NZ$600,000, HK$8 million and S$25,000.",
        [
            ("NZ$600,000", 600_000, "NZD", "exact"),
            ("HK$8 million", 8 * M, "HKD", "exact"),
            ("S$25,000", 25_000, "SGD", "exact"),
        ],
    ),
    ("The club raised €2.5m for the clinic.", [("€2.5m", 2.5 * M, "EUR", "exact")]),
    # a country's short name before "dollars"
    (
        "The chain gave 2 million AU dollars and 300,000 NZ dollars.",
        [
            ("2 million AU dollars", 2 * M, "AUD", "exact"),
            ("300,000 NZ dollars", 300_000, "NZD", "exact"),
        ],
    ),
    ("It sent 40,000 Cdn dollars north.", [("40,000 Cdn dollars", 40_000, "CAD", "exact")]),
    # Swiss grouping with apostrophes, straight or curly
    ("Die Stiftung gab CHF 50'000 weiter.", [("CHF 50'000", 50_000, "CHF", "exact")]),
    ("A gift of CHF 1’250’000.50 came in.", [("CHF 1’250’000.50", 1_250_000.5, "CHF", "exact")]),
    ("In the 1990's they gave $50.", [("$50", 50, "USD", "exact")]),
    # East African shillings: "Sh" with a separator or a size, which one by the country named
    (
        "Pupils got over Sh2 million in bursaries, Sh4,000 each.",
        [("Sh2 million", 2 * M, "KES", "at_least"), ("Sh4,000", 4_000, "KES", "exact")],
    ),
    (
        "The Kampala council paid Shs 3 billion and 90,000 shillings.",
        [("Shs 3 billion", 3e9, "UGX", "exact"), ("90,000 shillings", 90_000, "UGX", "exact")],
    ),
    ("A Dodoma firm gave Sh 20 million.", [("Sh 20 million", 20 * M, "TZS", "exact")]),
    (
        "The county in Nakuru gave 400,000 shillings.",
        [("400,000 shillings", 400_000, "KES", "exact")],
    ),
    ("Sh. Anil Rao gave 5 books. Sh 5 is nothing.", []),
    ("A tip of 20 shillings.", [("20 shillings", 20, None, "exact")]),
    # pesos take the country named; none named, none known
    (
        "A 50-million-peso gift came from a Manila bank.",
        [("50-million-peso", 50 * M, "PHP", "exact")],
    ),
    ("A Bogotá school got 90 million pesos.", [("90 million pesos", 90 * M, "COP", "exact")]),
    ("A gift of 3 million pesos.", [("3 million pesos", 3 * M, None, "exact")]),
    # a ceiling said at length
    ("Gifts are matched up to a total of $250,000.", [("$250,000", 250_000, "USD", "up_to")]),
    # kronor after a word that is no currency still take the country named
    ("The club in Sweden got 900 kr.", [("900 kr", 900, "SEK", "exact")]),
    ("Sales reached EUR 4 million.", [("EUR 4 million", 4 * M, "EUR", "exact")]),
    (
        "The trust holds £1.2bn and GBP 300,000 in cash.",
        [("£1.2bn", 1.2e9, "GBP", "exact"), ("GBP 300,000", 300_000, "GBP", "exact")],
    ),
    (
        "It sent ¥50 million and JPY 3 billion.",
        [("¥50 million", 50 * M, "JPY", "exact"), ("JPY 3 billion", 3e9, "JPY", "exact")],
    ),
    ("The state set aside ₹10 crore.", [("₹10 crore", 1e8, "INR", "exact")]),
    (
        "Rs 40 lakh went to the school and Rs. 5 crore to the hospital.",
        [("Rs 40 lakh", 4e6, "INR", "exact"), ("Rs. 5 crore", 5e7, "INR", "exact")],
    ),
    ("A loan of INR 2,00,000 was waived.", [("INR 2,00,000", 200_000, "INR", "exact")]),
    ("The canton paid CHF 750,000.", [("CHF 750,000", 750_000, "CHF", "exact")]),
    ("A budget of MSEK 120 was set.", [("MSEK 120", 120 * M, "SEK", "exact")]),
    ("The hospital received R5 million.", [("R5 million", 5 * M, "ZAR", "exact")]),
    # letter signs of pesos, naira, taka, riyals, cedis and baht, sized like "R5 million"
    (
        "The province got P2.5 billion and PHP 40,000 went to each town.",
        [("P2.5 billion", 2.5e9, "PHP", "exact"), ("PHP 40,000", 40_000, "PHP", "exact")],
    ),
    ("The state released N3 billion for clinics.", [("N3 billion", 3e9, "NGN", "exact")]),
    (
        "Tk 5 crore and QR2 million were pledged.",
        [("Tk 5 crore", 5e7, "BDT", "exact"), ("QR2 million", 2 * M, "QAR", "exact")],
    ),
    (
        "It sent GH¢1.5 million and ฿8 million.",
        [("GH¢1.5 million", 1.5 * M, "GHS", "exact"), ("฿8 million", 8 * M, "THB", "exact")],
    ),
    ("The site runs PHP 8 and sells N95 masks at P2 outlets.", []),
    ("Leaders met at COP28 and COP 29, and PEN 15 aired.", []),
    (
        "It paid COP 250,000 and PEN 2 million.",
        [("COP 250,000", 250_000, "COP", "exact"), ("PEN 2 million", 2 * M, "PEN", "exact")],
    ),
    # Portuguese and Spanish scale words after a sign: "R$ 2 milhões" is two million reais
    (
        "O fundo doou R$ 2,5 milhões e US$ 3 millones.",
        [("R$ 2,5 milhões", 2.5 * M, "BRL", "exact"), ("US$ 3 millones", 3 * M, "USD", "exact")],
    ),
    # the number first
    ("Tickets cost 10 € each.", [("10 €", 10, "EUR", "exact")]),
    ("The fee is 500 CHF.", [("500 CHF", 500, "CHF", "exact")]),
    ("It gave 2 million euros to the museum.", [("2 million euros", 2 * M, "EUR", "exact")]),
    (
        "It gave 1.5 million U.S. dollars to the museum.",
        [("1.5 million U.S. dollars", 1.5 * M, "USD", "exact")],
    ),
    ("A prize of 5,000 Swiss francs was awarded.", [("5,000 Swiss francs", 5000, "CHF", "exact")]),
    ("The mill paid 120 million rupees.", [("120 million rupees", 1.2e8, "INR", "exact")]),
    (
        "They raised 80 million Canadian dollars.",
        [("80 million Canadian dollars", 80 * M, "CAD", "exact")],
    ),
    ("Each cup sells for 50 cents.", [("50 cents", 0.5, "USD", "exact")]),
    ("The fund committed 30 MUSD.", [("30 MUSD", 30 * M, "USD", "exact")]),
    ("A reserve of 25 million USD was kept.", [("25 million USD", 25 * M, "USD", "exact")]),
    # number words
    ("The family gave one million dollars.", [("one million dollars", 1 * M, "USD", "exact")]),
    # number words with a lower scale after a higher one, a half after the scale, and a
    # higher scale after a lower one (Indian "thousand crore", "lakh crore")
    (
        "The will left one million four hundred thousand dollars to the hall.",
        [("one million four hundred thousand dollars", 1.4 * M, "USD", "exact")],
    ),
    (
        "Alumni raised a million and a half dollars.",
        [("a million and a half dollars", 1.5 * M, "USD", "exact")],
    ),
    (
        "The state set aside Rs three thousand crore. Its plan costs two lakh crore rupees.",
        [
            ("Rs three thousand crore", 3e10, "INR", "exact"),
            ("two lakh crore rupees", 2e12, "INR", "exact"),
        ],
    ),
    (
        "The board approved one thousand million euros.",
        [("one thousand million euros", 1e9, "EUR", "exact")],
    ),
    # "Rs" and "rupees" are the rupee of the first country of a rupee named; "₹" is India's
    (
        "A Lahore trust gave Rs 12 million and 3 million rupees.",
        [("Rs 12 million", 12 * M, "PKR", "exact"), ("3 million rupees", 3 * M, "PKR", "exact")],
    ),
    ("The Colombo firm gave Rs. 900,000.", [("Rs. 900,000", 900_000, "LKR", "exact")]),
    ("A Pune firm sent ₹4 lakh to Nepal.", [("₹4 lakh", 400_000, "INR", "exact")]),
    ("The Chennai trust gave Rs 4 lakh to Nepal.", [("Rs 4 lakh", 400_000, "INR", "exact")]),
    # a decimal comma before a glued "m"
    ("The trust pledged R3,4m to clinics.", [("R3,4m", 3.4 * M, "ZAR", "exact")]),
    # groups of three split by spaces, with cents after a point or a comma
    ("The fund paid out R64 500.00 in bursaries.", [("R64 500.00", 64_500, "ZAR", "exact")]),
    ("Le club a remis 12 400,50 € au refuge.", [("12 400,50 €", 12_400.5, "EUR", "exact")]),
    ("Scores were 12 400.5 and 300 250.", []),
    # a letter sign with neither a separator nor a scale is money only after a word of giving
    ("The club made a donation of R7500 to the shelter.", [("R7500", 7_500, "ZAR", "exact")]),
    ("Pupils raised N900 for the clinic.", [("N900", 900, "NGN", "exact")]),
    ("Fans of the R100 coupe gave R5 each.", []),
    ("The track sold R250 posters.", []),
    # the rupee written out before digits
    ("The temple trust gave Rupees 75,000.", [("Rupees 75,000", 75_000, "INR", "exact")]),
    ("Rupees and paise are counted in 100s.", []),
    ("Congress approved two billion dollars.", [("two billion dollars", 2e9, "USD", "exact")]),
    (
        "She left half a million dollars to the library.",
        [("half a million dollars", 0.5 * M, "USD", "exact")],
    ),
    (
        "Alumni raised a quarter of a million dollars.",
        [("a quarter of a million dollars", 250_000, "USD", "exact")],
    ),
    (
        "The city pledged three quarters of a billion euros.",
        [("three quarters of a billion euros", 7.5e8, "EUR", "exact")],
    ),
    (
        "A donor gave a half-million-dollar gift.",
        [("a half-million-dollar", 0.5 * M, "USD", "exact")],
    ),
    (
        "It cost thirteen dollars and forty-five cents.",
        [("thirteen dollars and forty-five cents", 13.45, "USD", "exact")],
    ),
    # scales and separators
    ("A $1.2-million grant.", [("$1.2-million", 1.2 * M, "USD", "exact")]),
    (
        "Seed rounds of $5m, $2.5B, $10K and $3MM.",
        [
            ("$5m", 5 * M, "USD", "exact"),
            ("$2.5B", 2.5e9, "USD", "exact"),
            ("$10K", 10_000, "USD", "exact"),
            ("$3MM", 3 * M, "USD", "exact"),
        ],
    ),
    ("Lenders offered €4mn.", [("€4mn", 4 * M, "EUR", "exact")]),
    ("Markets lost $1 trillion.", [("$1 trillion", 1e12, "USD", "exact")]),
    ("A $.5 million match.", [("$.5 million", 0.5 * M, "USD", "exact")]),
    ("The board approved $1 000 000.", [("$1 000 000", 1 * M, "USD", "exact")]),
    ("The estate left €1.000.000,50.", [("€1.000.000,50", 1_000_000.5, "EUR", "exact")]),
    ("A grant of €2,5 Mio. was paid.", [("€2,5 Mio.", 2.5 * M, "EUR", "exact")]),
    ("The scanned ledger shows $250/000 paid.", [("$250/000", 250_000, "USD", "exact")]),
    ("The old report lists $US75,ooo for the fund.", [("$US75,ooo", 75_000, "USD", "exact")]),
    ("A second page shows $200 000 more.", [("$200 000", 200_000, "USD", "exact")]),
    (
        "A third page shows $250.000 and a fee of $3.499.",
        [("$250.000", 250_000, "USD", "exact"), ("$3.499", 3.499, "USD", "exact")],
    ),
    ("The gift was $338,384.01 in all.", [("$338,384.01", 338_384.01, "USD", "exact")]),
    ("A pledge of $5,000 CAD was made.", [("$5,000 CAD", 5000, "CAD", "exact")]),
    (
        "The board set aside $5\r\nmillion and $2\u00a0billion.",
        [("$5\r\nmillion", 5 * M, "USD", "exact"), ("$2\u00a0billion", 2e9, "USD", "exact")],
    ),
    # bounds stay out of the span
    ("It will give up to $5,000 per school.", [("$5,000", 5000, "USD", "up_to")]),
    # a bound wrapped over a line end is the same bound
    ("It will give up\nto $5,000 per school.", [("$5,000", 5000, "USD", "up_to")]),
    ("It gave no more\nthan $5,000 per school.", [("$5,000", 5000, "USD", "up_to")]),
    ("It could cost as much as $2 million.", [("$2 million", 2 * M, "USD", "up_to")]),
    ("The fund raised more than $400,000.", [("$400,000", 400_000, "USD", "at_least")]),
    ("The firm gave over $1 million last year.", [("$1 million", 1 * M, "USD", "at_least")]),
    ("The match is at least $50,000.", [("$50,000", 50_000, "USD", "at_least")]),
    ("Claims in excess of $3 million were paid.", [("$3 million", 3 * M, "USD", "at_least")]),
    ("Upwards of $20,000 was collected.", [("$20,000", 20_000, "USD", "at_least")]),
    ("The drive raised nearly $90,000.", [("$90,000", 90_000, "USD", "approx")]),
    ("Almost €1 million was spent.", [("€1 million", 1 * M, "EUR", "approx")]),
    ("The cost was approximately $281 million.", [("$281 million", 281 * M, "USD", "approx")]),
    ("It spent about $7,500 on meals.", [("$7,500", 7500, "USD", "approx")]),
    ("Around £40,000 was raised.", [("£40,000", 40_000, "GBP", "approx")]),
    ("Roughly $12 million went to parks.", [("$12 million", 12 * M, "USD", "approx")]),
    ("Some $600,000 remains.", [("$600,000", 600_000, "USD", "approx")]),
    ("An estimated $2.1 billion was lost.", [("$2.1 billion", 2.1e9, "USD", "approx")]),
    ("Gifts of $5 million or more are rare.", [("$5 million", 5 * M, "USD", "at_least")]),
    ("The club raised $10K+ this spring.", [("$10K", 10_000, "USD", "at_least")]),
    # ranges: two sums, the scale shared
    (
        "Awards of $1–2 million each.",
        [("$1", 1 * M, "USD", "at_least"), ("2 million", 2 * M, "USD", "up_to")],
    ),
    (
        "Grants between $5,000 and $10,000 are open.",
        [("$5,000", 5000, "USD", "at_least"), ("$10,000", 10_000, "USD", "up_to")],
    ),
    ("Projects win €5-10m.", [("€5", 5 * M, "EUR", "at_least"), ("10m", 10 * M, "EUR", "up_to")]),
    (
        "Grants of $2,500 to $25,000 are offered.",
        [("$2,500", 2500, "USD", "at_least"), ("$25,000", 25_000, "USD", "up_to")],
    ),
    (
        "Bursaries ranging from $1,000 to $5,000 are given.",
        [("$1,000", 1000, "USD", "at_least"), ("$5,000", 5000, "USD", "up_to")],
    ),
    (
        "Each region gets 5-10 million euros.",
        [("5", 5 * M, "EUR", "at_least"), ("10 million euros", 10 * M, "EUR", "up_to")],
    ),
    (
        "Prizes run $1 to 2 billion.",
        [("$1", 1e9, "USD", "at_least"), ("2 billion", 2e9, "USD", "up_to")],
    ),
    # not money, or not what it seems
    ("Shares of $AAPL rose 3%.", []),
    ("The USDA inspected 40 farms.", []),
    ("One in 5 families struggles.", []),
    ("The RS-232 port and model X200 ship today.", []),
    ("Call 1-800-555-0100 to donate.", []),
    # archived news's "Eur" before the number
    ("Mobile firm to give Eur 400,000 to charities", [("Eur 400,000", 400_000, "EUR", "exact")]),
    ("The Europa and Eurostar lines run 5 trains.", []),
    # German number words before a scale and the currency
    (
        "Bis heute kamen so etwa drei Millionen Euro zusammen.",
        [("drei Millionen Euro", 3 * M, "EUR", "exact")],
    ),
    (
        "Der Verein erhielt eine Million Euro und anderthalb Milliarden US-Dollar.",
        [
            ("eine Million Euro", M, "EUR", "exact"),
            ("anderthalb Milliarden US-Dollar", 1.5e9, "USD", "exact"),
        ],
    ),
    ("Drei Millionen Besucher zahlten in Euro.", []),
    # an adjective joined to the currency word by a hyphen, as German and compounds write it
    ("Die Stiftung spendete 250.000 US-Dollar.", [("250.000 US-Dollar", 250_000, "USD", "exact")]),
    (
        "A 3 million Canadian-dollar fund opened.",
        [("3 million Canadian-dollar", 3 * M, "CAD", "exact")],
    ),
    ("The US-dollar rate rose by 5 points.", []),
    ("It delivered 10,000 pounds of food.", []),
    ("The drive collected 36,500 pounds (about 18 tons) of canned goods.", []),
    # "pounds" written out weigh in a release whose money is in dollars and never in pounds
    (
        "Scouts gathered 4,800 pounds, or 4,000 meals, and $600 in cash.",
        [("$600", 600, "USD", "exact")],
    ),
    (
        "The club sent 4,800 pounds ($6,100) and a $600 cheque.",
        [
            ("4,800 pounds", 4_800, "GBP", "exact"),
            ("$6,100", 6_100, "USD", "exact"),
            ("$600", 600, "USD", "exact"),
        ],
    ),
    (
        "It gave 3 million British pounds and $4 million.",
        [
            ("3 million British pounds", 3 * M, "GBP", "exact"),
            ("$4 million", 4 * M, "USD", "exact"),
        ],
    ),
    ("The club raised 4,800 pounds for the hospice.", [("4,800 pounds", 4_800, "GBP", "exact")]),
    (
        "The gala raised 36,500 pounds ($46,000) of which a third funds the ward.",
        [("36,500 pounds", 36_500, "GBP", "exact"), ("$46,000", 46_000, "USD", "exact")],
    ),
    ("Each family got a 10-pound bag of rice.", []),
    ("Costs are given in 2020 dollars.", []),
    ("A scan could cost them several hundred dollars.", []),
    ("The university earned Carnegie R1 status.", []),
    # Kenyan shillings as the Nairobi press abbreviates them, with or without a full stop
    (
        "The trust handed Ksh. 2 million to the ward and Kshs 40,000 to each nurse.",
        [("Ksh. 2 million", 2 * M, "KES", "exact"), ("Kshs 40,000", 40_000, "KES", "exact")],
    ),
    # number words after a sign or code, with a scale; without one they say no sum
    (
        "The mill gave Rs one crore and its parent USD five million.",
        [("Rs one crore", 10 * M, "INR", "exact"), ("USD five million", 5 * M, "USD", "exact")],
    ),
    ("Its bursary of Rs. two lakh is paid yearly.", [("Rs. two lakh", 200_000, "INR", "exact")]),
    (
        "The bank sent Rupees Five Crore for relief.",
        [("Rupees Five Crore", 50 * M, "INR", "exact")],
    ),
    ("The board rated the USD one of its two hedges.", []),
    ("Tell Mrs one thousand times.", []),
    # the Manila press glues a scale letter with a hyphen; Tanzanian and Ugandan shillings
    (
        "The bank gave P5-M and its parent ₱1.2-B to the relief fund.",
        [("P5-M", 5 * M, "PHP", "exact"), ("₱1.2-B", 1.2e9, "PHP", "exact")],
    ),
    ("Aged 5-M, the trees grew.", []),
    (
        "Pupils got Tsh 5 million and Ush 900,000.",
        [("Tsh 5 million", 5 * M, "TZS", "exact"), ("Ush 900,000", 900_000, "UGX", "exact")],
    ),
    # a dollar sum that lost a zero of its last group; a euro price with a decimal comma is
    # not read as one, nor a dollar with one digit
    (
        "The club handed over a $25,00 cheque, then US$40,00.",
        [("$25,00", 25_000, "USD", "exact"), ("US$40,00", 40_000, "USD", "exact")],
    ),
    ("Coffee costs $5,00 or €10,00 there.", []),
    # German scale words
    ("Die Stiftung spendet 3 Millionen Euro.", [("3 Millionen Euro", 3 * M, "EUR", "exact")]),
    ("The COVID19 fund closed.", []),
    ("Our CAD 3D tools run 5x faster.", []),
    ("She won the $1st prize draw.", []),
    ("The entry fee is $0.", []),
    ("The exchange rate was 1.08 EUR/USD.", []),
    ("A grant pool of 5 $Meme opened.", []),
    ("Shares of $AAPL rose 3% to 190.", []),
    ("See https://example.org/news/acme-2m-dollars-gift for more.", []),
    ("In 2024 $5 million went to parks.", [("$5 million", 5 * M, "USD", "exact")]),
    # a sum of a crypto token, written with its ticker: the ticker is the currency
    ("A 210 million $MERL token pool opened.", [("210 million $MERL", 210 * M, "MERL", "exact")]),
    ("Each team may win up to 50,000 $ABC.", [("50,000 $ABC", 50_000, "ABC", "up_to")]),
    # the two largest stablecoins are held at one US dollar a token: read as dollars
    ("Orvik pledged 20 million USDT to the fund.", [("20 million USDT", 20 * M, "USD", "exact")]),
    ("It gave USDC 500,000 to builders.", [("USDC 500,000", 500_000, "USD", "exact")]),
    ("Trade the BTC/USDT pair on the USDTX index.", []),
    (
        "Revenue rose from $5 million to $8 million.",
        [("$5 million", 5 * M, "USD", "exact"), ("$8 million", 8 * M, "USD", "exact")],
    ),
    (
        "Deposits increased $3 million to $9 million.",
        [("$3 million", 3 * M, "USD", "exact"), ("$9 million", 9 * M, "USD", "exact")],
    ),
    ("The firm handed over $5 million.", [("$5 million", 5 * M, "USD", "exact")]),
    ("It will cost us $40,000.", [("$40,000", 40_000, "USD", "exact")]),
    ("A $5 million gift arrived.", [("$5 million", 5 * M, "USD", "exact")]),
    ("The team 8 won the cup.", []),
    # odd writing that once raised: a long s in a bound word, two points in a number
    ("It gave almo\u017ft $5 million.", [("$5 million", 5 * M, "USD", "approx")]),
    ("It gave le\u017fs than $5 million.", [("$5 million", 5 * M, "USD", "up_to")]),
    ("A fee of $.1.00 was paid.", [("$.1.00", 0.1, "USD", "exact")]),
    # a plus sign between the number and its scale: more than the scaled sum
    (
        "The fund has given $12+ billion since 1990.",
        [("$12+ billion", 12 * 10**9, "USD", "at_least")],
    ),
    ("It gave $4+ million to clinics.", [("$4+ million", 4 * M, "USD", "at_least")]),
    ("Tickets are $25+ each.", [("$25", 25, "USD", "at_least")]),
    ("It gave $4 million+ to clinics.", [("$4 million", 4 * M, "USD", "at_least")]),
    # a dollar marked at the first sum holds for the bare sums after it, unless a US dollar
    # is written too or the mark comes after a bare sum
    (
        "A $40M CAD gift came in; $30M of it goes to care.",
        [("$40M CAD", 40 * M, "CAD", "exact"), ("$30M", 30 * M, "CAD", "exact")],
    ),
    (
        "The C$2 million grant comes with a $500,000 match.",
        [("C$2 million", 2 * M, "CAD", "exact"), ("$500,000", 500_000, "CAD", "exact")],
    ),
    # ... but a bare sum in brackets right after a marked one converts it into US dollars
    (
        "The pair gave C$80 million ($58.2 million) to the college; a US tycoon gave $900 million.",
        [
            ("C$80 million", 80 * M, "CAD", "exact"),
            ("$58.2 million", 58.2 * M, "USD", "exact"),
            ("$900 million", 900 * M, "USD", "exact"),
        ],
    ),
    (
        "The board gave A$3 million (roughly $2 million) to the lab.",
        [("A$3 million", 3 * M, "AUD", "exact"), ("$2 million", 2 * M, "USD", "approx")],
    ),
    (
        "The board gave A$3 million (the first tranche); $2 million follows.",
        [("A$3 million", 3 * M, "AUD", "exact"), ("$2 million", 2 * M, "AUD", "exact")],
    ),
    (
        "A $3 million grant and a C$400,000 top-up.",
        [("$3 million", 3 * M, "USD", "exact"), ("C$400,000", 400_000, "CAD", "exact")],
    ),
    (
        "The A$1 million gift, US$600,000 of it in kind, and $50,000 more.",
        [
            ("A$1 million", M, "AUD", "exact"),
            ("US$600,000", 600_000, "USD", "exact"),
            ("$50,000", 50_000, "USD", "exact"),
        ],
    ),
    # number words before "cents" or "pence"; "per cent" is no money
    ("The chain gives fifty cents per bag sold.", [("fifty cents", 0.5, "USD", "exact")]),
    ("Each cup adds twenty-five pence.", [("twenty-five pence", 0.25, "GBP", "exact")]),
    ("Fifty per cent of it went to care.", []),
    # a scale letter glued to the next word where scraped text lost a space
    ("Over €28mbeing spent on roofs.", [("€28m", 28 * M, "EUR", "at_least")]),
    ("The £3bnfor schools was cut.", [("£3bn", 3e9, "GBP", "exact")]),
    ("The fee is €5max and $5min.", []),
    # a pound or euro sign that a wrong encoding turned into U+FFFD, before the number only
    (
        "Almost \ufffd4,000 went out, with a \ufffd750 grant to the club.",
        [("\ufffd4,000", 4_000, "GBP", "approx"), ("\ufffd750", 750, "GBP", "exact")],
    ),
    ("The euro fund gave \ufffd900 to the club.", [("\ufffd900", 900, "EUR", "exact")]),
    ("The club\ufffds 40 members met in 2019\ufffd2020; 5\ufffd came.", []),
    ("The \ufffd2019 season was long.", []),
]


def _found(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(m.text, m.value, m.currency, m.bound) for m in find_money(read(text))]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The bank holds US$16.9 trillion.", 16_900_000_000_000.0),
        ("The fund gave $16.4 million.", 16_400_000.0),
        ("The fee is $0.125 a share.", 0.125),
    ],
)
def test_values_are_the_decimals_written(sentence: str, value: float) -> None:
    """A decimal sum times a scale is the sum written, without a binary rounding error."""
    assert [m.value for m in find_money(read(sentence))] == [value]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_money_table(sentence: str, expected: list) -> None:
    """Each sentence yields exactly its sums, with value, currency, bound and span."""
    found = find_money(read(sentence))
    actual = [(m.text, m.value, m.currency, m.bound) for m in found]

    assert [(t, pytest.approx(v), c, b) for t, v, c, b in expected] == actual
    assert all(sentence[m.start : m.end] == m.text for m in found)


# The same sum in different surroundings: the span is the same words each time.
PHRASES = [
    ("$1.5 million", 1.5 * M, "USD"),
    ("US$250,000", 250_000, "USD"),
    ("€2,5 Mio.", 2.5 * M, "EUR"),
    ("half a million dollars", 0.5 * M, "USD"),
    ("35 lakh rupees", 3.5 * M, "INR"),
    ("HK$ 3 million", 3 * M, "HKD"),
]
SURROUNDINGS = [
    "{}",
    "{} was given.",
    "A short line\n{} was given.",
    "The gift ({}) arrived.",
    "They gave {}.",
    "“{}” was the sum.",
    "She said ‘{}’ twice.",
    "\u00a0{}\u00a0",
]


@pytest.mark.parametrize(("phrase", "value", "currency"), PHRASES)
@pytest.mark.parametrize("template", SURROUNDINGS)
def test_money_in_surroundings(template: str, phrase: str, value: float, currency: str) -> None:
    """A sum is found with the same span at the start, after a line end, in brackets and quotes."""
    text = template.format(phrase)
    found = find_money(read(text))
    start = text.index(phrase)

    assert [(m.text, m.start, m.end, m.value, m.currency) for m in found] == [
        (phrase, start, start + len(phrase), pytest.approx(value), currency)
    ]


# Which dollar a bare "$" is: the dateline's country, strong cues in the text, else USD.
DOLLAR_CASES = [
    ("SYDNEY, Australia, March 3, 2025 – The council will provide $2 million.", "AUD"),
    ("TORONTO, ON, May 2, 2024 /CNW/ - The foundation gave $500,000.", "CAD"),
    ("AUCKLAND, New Zealand, June 1, 2024 – The trust gave $80,000.", "NZD"),
    ("SINGAPORE, July 9, 2024 – The agency granted $1 million.", "SGD"),
    ("KELOWNA, BC, April 4, 2024 – The mill paid $30,000.", "CAD"),
    ("The Albanese Government will invest $5 million in rural clinics.", "AUD"),
    ("The Government of Canada announced $3 million for housing.", "CAD"),
    ("DENVER, CO, May 2, 2024 – Acme gave $5 million to the Australian Red Cross.", "USD"),
    ("Acme gave $5 million to a Canadian charity.", "USD"),
    ("Grants help Canadians. More Canadians apply. $5 million goes to Canadians.", "CAD"),
    ("We gave $5,000 to help Canadians.", "USD"),
    ("Funding of $2 million will help whānau across Aotearoa.", "NZD"),
    ("SYDNEY, Australia, March 3, 2025 – The bank lent US$5 million.", "USD"),
    ("SYDNEY, Australia, March 3, 2025 – The trust gave 5 million dollars.", "AUD"),
    ("Funding of $4 million is provided by Manitoba's Department of Families.", "CAD"),
    ("The Queensland Department of Health gave $90,000 to the clinic.", "AUD"),
    # Australia's own big banks give in its dollar; a US bank of a like name does not
    ("National Australia Bank lifted its flood relief to $3 million.", "AUD"),
    ("Westpac staff raised $80,000 for the rescue service.", "AUD"),
    ("The Commonwealth Bank of Kentucky gave $5,000 to a Louisville pantry.", "USD"),
    ("PHOENIX, AZ, May 2, 2024 – Westpac and Acme gave $2 million.", "USD"),
    ("The Ohio Department of Health gave $90,000 to the clinic.", "USD"),
    ("The New Jersey Department of Labor paid $2 million.", "USD"),
    ("PERTH, WA, May 2, 2024 – The miner gave $40,000 to the clinic.", "AUD"),
    ("DARWIN, NT, May 2, 2024 – The council gave $40,000 to the clinic.", "AUD"),
    ("SEATTLE, WA, May 2, 2024 – The firm gave $40,000 to the clinic.", "USD"),
    ("PERTH AMBOY, NJ, May 2, 2024 – The firm gave $40,000 to the clinic.", "USD"),
    # a town with its province as the Canadian press writes it
    ("A clinic in Brandon Hills, Ont. received $3 million from a Canada-wide trust.", "CAD"),
    ("The rink in Port Alder, B.C., got $40,000 from the mill, Canada's oldest.", "CAD"),
    ("Our plan, Ont. and all, got $40,000 from the mill.", "USD"),
    ("The firm gave $40,000 to the clinic in ONT. county.", "USD"),
    # a capitals dateline with a dash, no comma; New South Wales and bushfires
    ("SINGAPORE - The trust gave $350,000 to the clinic.", "SGD"),
    ("SYDNEY (AAP) – The bank gave $5 million to the appeal.", "AUD"),
    ("NEW YORK - The bank gave $5 million to the appeal.", "USD"),
    ("The miner gave $1 million to the NSW Rural Fire Service for bushfire relief.", "AUD"),
    ("The miner gave $1 million to fight wildfires in California.", "USD"),
    # three mentions of a province or city of one country only make the country
    (
        "The Ontario trust gave $2 million to clinics in Toronto, Ottawa and Niagara, Canada.",
        "CAD",
    ),
    # with no dateline, one country named twice and the US never is the release's country
    ("The miner gave $1 million to a clinic in Brisbane and one in Queensland's north.", "AUD"),
    ("The US miner gave $1 million to a clinic in Brisbane and one in Queensland's north.", "USD"),
    ("The firm, with offices in Toronto, gave $1 million to a clinic in Ohio.", "USD"),
    # the country that acts, three times, is the one giving
    (
        "Australia has answered the call. Australia's help arrives today: Australia is"
        " providing $5 million.",
        "AUD",
    ),
    ("Acme gave $5 million; Australia has many such firms.", "USD"),
    # an Australian council's word for its district; capitalised, a Nigerian district's name
    ("The shire paid $9,000 to sports clubs in its local government area.", "AUD"),
    ("Funds of $9,000 reached the Kano Local Government Area.", "USD"),
    # a minister's release that names one country of a dollar, and not the United States
    ("The Minister said nine towns across New Zealand will get $80,000.", "NZD"),
    ("The Minister of Canada met US officials, and $5,000 went to the fund.", "USD"),
    # local news: a Commonwealth spelling and a city of one dollar country, no word of the US
    ("The club handed over a cheque for $9,000 after its Brisbane dinner.", "AUD"),
    ("The Toronto hospital, North America's oldest, is at 85 per cent of $9,000.", "CAD"),
    ("The Melbourne lodge gave $9,000 to the county food bank.", "USD"),
    ("A cheque for $9,000 went to clubs in Toronto and Sydney.", "USD"),
    ("The lodge's cheque for $4,500 will help the Saskatoon food centre.", "CAD"),
    ("Anglers in Bendigo presented a cheque for $2,000 to the rescue centre.", "AUD"),
    ("The Tauranga club's cheque for $900 went to the hospice.", "NZD"),
    ("The lodge's check for $4,500 will help the Saskatoon food center.", "USD"),
    ("A cheque for $9,000 went to the Brisbane club of a United States charity.", "USD"),
    ("Bermuda clubs ran for Bermuda's charities and Bermudians gave $9,000.", "BMD"),
    ("The Bermuda reinsurer (NYSE: XYZ) gave $9,000 to Bermuda's clubs in Bermuda.", "USD"),
]


@pytest.mark.parametrize(("text", "currency"), DOLLAR_CASES)
def test_which_dollar(text: str, currency: str) -> None:
    """A bare dollar takes the release's country; a written qualifier wins over it."""
    found = find_money(read(text))

    assert [m.currency for m in found] == [currency]


def test_range_ends_carry_both_values() -> None:
    """Both ends of a range know the range's low and high values."""
    found = find_money(read("Awards of $1–2 million each."))

    assert [(m.low, m.high) for m in found] == [(1 * M, 2 * M), (1 * M, 2 * M)]
    assert [m.rule for m in found] == ["money.range_low", "money.range_high"]


def test_single_sum_has_no_range() -> None:
    """A sum outside a range has no low or high value."""
    found = find_money(read("It gave $5,000."))

    assert [(m.low, m.high) for m in found] == [(None, None)]


def test_accounting_figures_need_money_elsewhere() -> None:
    """Figures like "1,000.00" are money in a release that writes sums with a sign, and only there."""
    with_signs = "Gifts this year: a $2,500 grant • Food Bank 1,000.00 • Shelter 750.00"
    without = "Scores this year: Food Bank 1,000.00 • Shelter 750.00"

    assert [m.text for m in find_money(read(with_signs))] == ["$2,500", "1,000.00", "750.00"]
    assert find_money(read(without)) == []


HOSTILE = {
    "signs": "$" * 200_000,
    "digits and commas": "1234567890," * 20_000,
    "ones and commas": "1," * 100_000,
    "sums": "$1," * 70_000,
    "spaced groups": "1 000 " * 35_000,
    "currency words": "dollars " * 25_000,
    "number words": "one million and a half " * 9_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_read_and_capped(name: str) -> None:
    """200 KB of signs, digits or currency words is read without error, the sums found capped.

    (How long it takes, against ordinary prose, is measured by ``benchmarks/run.py``.)
    """
    text = HOSTILE[name]

    found = find_money(read(text))

    assert len(found) <= MAX_READ
    assert all(text[m.start : m.end] == m.text for m in found)


# Pieces that money is written with, for property tests.
PIECES = [
    *"""$ US$ € £ Rs. USD kr ooo / - – , . ( ) “ ” 1 25 000 1,000 million m k""".split(),
    *[" ", "\n", " dollars", " euros", "half a ", "up to ", "between ", " and ", " to "],
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_any_text_gives_valid_spans(text: str) -> None:
    """For any mix of money-like pieces, every span points at its text and values are positive."""
    found = find_money(read(text))

    assert all(text[m.start : m.end] == m.text and m.value > 0 for m in found)
    assert found == find_money(read(text))
