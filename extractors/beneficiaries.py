"""Beneficiaries: who a gift is meant to help, phrased as the release phrases it.

Reads the release model and the gift frame. A beneficiary is a noun phrase
whose head names people or places helped (``HEADS``: children, students,
families, veterans, patients, residents, communities, women, countries ...),
introduced by a word of help (``CUES``: help, support, serve, benefit, reach,
empower, treat, impact, educate; "for", "to", "the well-being of") and kept
with its qualifiers before and after the head:

    "... which helps thousands of girls and their families displaced by the
    floods in the valley." -> "girls and their families displaced by the floods in the valley"
    "... grants for low-income first-time homebuyers in Colorado" -> "low-income first-time homebuyers in Colorado"
    "... to empower adults facing barriers to work by ..." -> "adults facing barriers to work"

Cues also found by the walk back from the head: "open to" (who may apply for a
scholarship, ranked with gift sentences), "for"/"to" after a noun of help or a sum
("programs for X", "$5,000 for X"), "so that X can", "its work with X", "awarded X"
(an amount after the group is what it got), "in support of X", "which works with X",
"hunger among X", "the digital divide in X", "keep X safe", "means X can", "X need our help",
and "the growth of X" (ranked last). "causes" count only when described
("charitable causes", never "root causes"). General
heads ("people", "individuals", "community") need words that tell them apart.
A count just before the group stays in its text, with the words that say how
rough it is ("serves more than 5,000 residents" -> "more than 5,000 residents");
the phrase is chosen and ranked by its words without the count.

Organisations a programme funds as a class are a group when told apart by their kind, a
count or their plight ("small local charities", "591 sports clubs", "charities hit by the
crisis"); they rank below any people named, and counted ones are the recipients then.

Where: the headline (its group keeps a qualifier of place or plight, "Families
Affected by the Floods"), the first body paragraphs, the sentences that state a
gift (the gift frame's ``gifts``) and, past the lead, the sentence after each. A bare
news paragraph, read with its first sentence as title, has no headline: a title that ends
with a full stop and has lower-case words is read as body. Candidates are ranked (gift
sentences and strong cue words first) and the main group comes first; a few others follow.
A release that states no gift has no beneficiaries; a headline about giving itself
("Expands Philanthropic Efforts", "Nonprofit Hosts ...", "Accepting Coat Donations")
states one without a sum. Not beneficiaries: the
recipient organisation itself, and the donor's employees, customers, members
or volunteers (``NOT_HEADS``).

A release in German (told by its small words) is read on its own: its group is the first
after "für" or a verb of help, or before a verb put last, kept with a word before it and a
phrase after it ("für benachteiligte Kinder in der Region", "Betroffenen der Flut helfen"),
when the release names giving ("Spende", "spendet", "unterstützt").

Output: ``Beneficiary(text, start, end, rule, confidence)``.

    >>> from .document import read
    >>> from .gifts import GiftFrame
    >>> doc = read("Acme Donates $5,000 to Food Bank\\n\\nAcme donated $5,000 to the Food Bank to help local families in need.")
    >>> [b.text for b in find_beneficiaries(doc, GiftFrame())]
    ['local families in need']
"""

from __future__ import annotations

import regex

from .document import Document, Span, deferred_pattern
from .gifts import GiftFrame
from .model import Beneficiary
from .patterns import alternation, compile_pattern, finditer, trie

# Head nouns of groups helped. Plurals mostly: a release helps "students", not "a student".
HEADS = (
    frozenset(
        """
    children child kids students learners pupils scholars families youth youths teens teenagers
    adolescents patients veterans refugees survivors residents communities women girls boys men
    seniors elders elderly teachers educators people individuals persons households homebuyers
    homeowners renters tenants nations countries economies audience athletes student-athletes
    mothers moms fathers parents infants babies newborns toddlers adults citizens neighbors
    neighbours victims caregivers orphans grandmothers grandparents populations responders
    first-responders heroes servicemembers spouses entrepreneurs farmers artists musicians
    workers job-seekers jobseekers immigrants migrants newcomers minorities
    owners generation generations aviators nurses student businesses nonprofits non-profits
    startups start-ups villages manufacturers producers growers retailers restaurants makers
    creators innovators leaders professionals animals pets wildlife community
    beneficiaries fishermen fisherfolk pensioners widows retirees trainees apprentices evacuees
    dependents dependants carers smallholders causes builders founders
    fighters villagers inmates prisoners homeless poor needy disabled unemployed
    seekers family those humans
    hungry sick vulnerable underprivileged underserved disadvantaged marginalized marginalised
    fortunate buyers leavers sleepers senior undergraduate dogs cats horses projects
    kindergartners kindergarteners preschoolers schoolchildren schoolgirls schoolboys youngsters
    undergraduates freshmen campers cadets amputees dads mums ranchers
    artisans homemakers fishers graders first-graders second-graders third-graders fourth-graders
    fifth-graders sixth-graders seventh-graders eighth-graders enterprises firms smes msmes
    sufferers destitute aged blind deaf invalids wounded injured bereaved infirm afflicted jobless
    uninsured underinsured homebound warriors majors sophomores juniors charities organisations
    organizations groups clubs hospices everyone schools firefighters impaired others
    museums seminarians schoolers areas regions banks pantries departments earners developers
    soldiers sailors servicemen servicewomen
    """.split()
    )
    | frozenset()
)  # (DEMONYMS are added below)
# Peoples named by where they live: "help Canadians living with diabetes". Written with a
# capital, they are heads all the same, not words of a name.
DEMONYMS = frozenset(
    """
    americans canadians australians britons africans europeans asians latinos latinas hispanics
    ukrainians afghans syrians palestinians israelis haitians mexicans filipinos indians kenyans
    nigerians ghanaians ugandans rwandans somalis ethiopians yemenis iraqis venezuelans
    pakistanis bangladeshis nepalis indonesians koreans zimbabweans malawians zambians
    hawaiians alaskans texans californians floridians ohioans marylanders virginians georgians
    queenslanders victorians tasmanians albertans ontarians manitobans islanders scots
    yorkers zealanders jerseyans angelenos chicagoans bostonians londoners torontonians
    michiganders coloradans minnesotans oregonians washingtonians kentuckians tennesseans
    louisianans arizonans nevadans iowans kansans nebraskans missourians hoosiers pennsylvanians
    carolinians alabamians mississippians arkansans oklahomans montanans idahoans vermonters
    mainers wisconsinites coloradoans utahns ricans quebecers albertans saskatchewanians
    brazilians colombians guatemalans hondurans salvadorans peruvians cubans jamaicans
    dominicans egyptians moroccans tanzanians cameroonians liberians mozambicans lankans
    iranians gazans lebanese sudanese rohingya appalachians midwesterners
    """.split()
)
HEADS = HEADS | DEMONYMS
# Groups that are not the ones a gift helps, even after "for" or "to".
NOT_HEADS = frozenset(
    "employees associates customers shareholders investors partners staff volunteers donors "
    "members sponsors attendees guests participants fans viewers readers subscribers clients "
    "consumers users traders researchers scientists physicians doctors".split()
)
# Words right before a phrase that say it is helped. Strong cues rank higher.
STRONG_CUES = frozenset(
    """
    help helps helped helping support supports supported supporting serve serves served serving
    benefit benefits benefited benefiting benefitting empower empowers empowering empowered
    reach reaches reaching assist assists assisting enable enables enabling uplift uplifts
    uplifting educate educates educating treat treats treating impact impacts impacting protect
    protects protecting feed feeds feeding equip equips equipping aids aiding houses
    caring mentor mentors mentoring train trains aid aiding provide
    provides providing target targets targeting aimed targeted directed open available award
    awards awarding awarded fund funding backs backing sponsor sponsors sponsoring
    cultivate cultivates cultivating nurture nurtures nurturing allow allows allowing matches matched pairs paired
    house rescue rescues rescuing teach teaches tutor tutors counsel counsels clothe nourish nourishes
    save saves rebuild rebuilds vaccinate vaccinates
    """.split()
)
WEAK_CUES = frozenset({"for", "to"})
# Words after "a difference" that make their object the group helped: "a difference for X".
DIFFERENCE_WORDS = frozenset({"in", "within", "for", "to", "among"})
# A verb right after "to", told by its ending: "to revitalize communities", "to mobilise youth"
# (not "precise", "concise", "wise", "otherwise").
INFINITIVE_AFTER_TO = deferred_pattern(
    r"(?!(?:precise|concise|wise|otherwise)\b)\p{L}\p{Ll}{1,19}(?:ize|ise|yze|yse|ify)[ \u00a0]"
)
# Verbs before "by" or "with" that make its object the group supported: "stand by X".
STAND_WORDS = frozenset("stand stands standing stood".split())
# Moving people before "to": its object is where they go ("fled to neighbouring countries").
DESTINATION_BEFORE = deferred_pattern(
    r"\b(?:fled|flee|flees|fleeing|crossed|crossing|travel(?:l?ed|l?ing|s)?|moved|relocated|"
    r"migrated|emigrated|returned|returning|evacuated)\b(?:[ \u00a0]+[\p{L}\-]+){0,4}[ \u00a0]+to[ \u00a0]+"
    r"(?:[\p{L}\-]+[ \u00a0]+){0,3}$",
    regex.IGNORECASE,
)
# Speaking or promoting before "to": its object is who hears, not who is helped
# ("as I keep talking to nurses across the state", "spoke to the builders' community").
SPOKEN_TO = deferred_pattern(
    r"\b(?:talk|talks|talked|talking|spoke|speak|speaks|speaking|spoken|chatted|chatting|"  # speech
    r"promotion|promoted|promoting|broadcast|broadcasting)\b"  # making known to an audience
    r"(?:[ \u00a0]+[\p{L}\-]+){0,4}[ \u00a0]+to[ \u00a0]+(?:[\p{L}\-]+[ \u00a0]+){0,3}$",
    regex.IGNORECASE,
)
# Words before "on" that make its object the group a study or programme is for.
FOCUS_WORDS = frozenset("focus focuses focused focusing focussed centered centred".split())
# Nouns before "on" that make its object the group a gift helps: "a lasting impact on X" ...
IMPACT_WORDS = frozenset("impact impacts".split())
# ... unless the impact harms it: "the devastating impact on families" names a plight.
HARM_WORDS = frozenset(
    "devastating negative adverse harmful detrimental disproportionate damaging economic".split()
)
# Nouns of help before "for" or "to": "programs for X", "support to X" say more than "for X".
FOR_NOUNS = frozenset(
    """
    program programs programme programmes service services scholarship scholarships grant grants
    award awards opportunity opportunities support care assistance aid relief meals housing
    shelter resources funding camp camps training education treatment therapy supplies kits
    """.split()
)
# Participles before "for" that say whom a thing is made for: "a programme designed for X".
MADE_FOR = frozenset("designed intended created tailored meant geared built reserved".split())
# Things a group is given, never words of the group: "the funds coaches and teachers need".
THINGS_NEEDED = frozenset("funds money tools supplies resources equipment".split())
# Words before "to" that say who may apply: "open to", "available to".
OPEN_TO = frozenset({"open", "available"})
# "the well-being of X", "the lives of X": "of" cues only after these.
OF_CUES = frozenset(
    "well-being wellbeing lives life education health needs future futures benefit care relief "
    "welfare aid recovery rehabilitation reconstruction treatment outcomes safety".split()  # "for the relief of families", "in
    # aid of flood victims", "help with the recovery of critically ill patients"
)
# Nouns before "of" that name whom a programme grows, as a weak cue: "the growth of small
# businesses", "accelerate the development of emerging projects".
GROWTH_OF = frozenset("development growth success".split())
# Words that may come between the cue and the phrase and are not part of it.
SKIP_BEFORE = frozenset(
    """
    the our their these those its his her all every estimated nearly over about approximately
    than least at even a an
    """.split()
)
# Verbs that take the group as object without saying it is helped; they end
# the phrase on the left ("to inspire students" is "students").
OTHER_VERBS = frozenset(
    """
    inspire inspires identify identifies reward rewards encourage encourages strengthen
    strengthens validate validates bring brings connect connects invite invites recognize
    recognizes recognise honor honors honour celebrate celebrates attract attracts engage
    engages motivate motivates prepare prepares recruit recruits welcome welcomes unite unites
    inform informs give gives offer offers keep keeps ensure ensures allow allows let lets affect
    affects get gets add adds champion champions sure
    """.split()
)
# Of those verbs, the ones that honour a group: it is named, not helped.
HONOUR_CUES = frozenset(
    "honor honors honour honours recognize recognizes recognise recognises".split()
)
ING_ADJECTIVES = frozenset(
    """
    struggling working aspiring emerging developing growing aging ageing remaining grieving
    recovering incoming promising rising graduating participating surviving living caring
    underserving deserving hardworking hard-working existing upcoming neighboring neighbouring
    surrounding following leading coming outstanding
    nursing engineering computing accounting marketing banking farming ranching fishing mining
    manufacturing boarding visiting performing hurting sporting
    """.split()
)
# Verbs that ask a group to act: "invites neighbours to give", "encourages firms to invest".
ASKING_CUES = frozenset("encourage encourages invite invites urge urges".split())
# What such a group is asked to do: give, join, take part (not "to pursue", "to learn").
ASKED_TO_ACT = deferred_pattern(
    r",?[ \u00a0]to[ \u00a0](?:donate|give|invest|contribute|join|participate|shop|buy|purchase|"
    r"attend|vote|sign|register|pledge|volunteer|take[ \u00a0]part)\b"
)
# What people helped grow into: "help them become confident leaders", "grow into caring
# citizens" (the group is an aim, not the one helped). Its words run up to the group.
BECOME_BEFORE = deferred_pattern(
    r"\b(?:become|becomes|becoming|grow[ \u00a0]into|grows[ \u00a0]into|growing[ \u00a0]into|"
    r"turn[ \u00a0]into|develop[ \u00a0]into)[ \u00a0]+(?:[\p{L}\-]+,?[ \u00a0]+){0,5}$",
    regex.IGNORECASE,
)
# Verbs in -ing whose object is a body's own staff, not a group it helps.
EMPLOYING = frozenset("employing hiring recruiting staffing".split())
# Adjectives that may stand before a comma in front of a group: "local, underserved families".
LIST_ADJECTIVES = frozenset(
    """
    local underserved under-resourced vulnerable low-income rural urban young older marginalized
    disadvantaged needy deserving talented hardworking hard-working aspiring promising diverse
    eligible qualified deserving homeless uninsured isolated struggling at-risk
    """.split()
)
# Cues after which the group's next word is a verb: "help students move", "allow families to".
VERB_AFTER_CUES = frozenset(
    "help helps helped helping enable enables enabling empower empowers empowering allow "
    "allows let lets so".split()  # "so that X can", "ensures that X eat"
)
# Verbs that follow a helped body before the group it serves: "help the Red Cross [meet]
# affected families' needs" (never words of a group).
BARE_VERBS = frozenset(
    "meet pay buy cover stay find build continue deliver expand purchase".split()
)
# Verbs whose group is followed by what it is given: "awarded 40 farmers $2,000 each".
GIVE_CUES = frozenset(
    "award awards awarding awarded give gives giving offer offers offering".split()
)  # "give 200 women free mammograms"
# An amount right after such a group: "over $2 million", "$500 each", "2,000 euros".
GIVEN_AMOUNT = deferred_pattern(
    r"[ \u00a0](?:(?:over|under|nearly|almost|about|up[ ]to|more[ ]than)[ \u00a0])?[$€£¥₹\d]"
    r"|[ \u00a0]free[ \u00a0]",  # "give 200 women free mammograms": what they got
    regex.IGNORECASE,
)
# Verbs whose group is followed by what it is made to do: "get students moving".
CAUSATIVE = frozenset("get gets keep keeps".split())
ING_AFTER = deferred_pattern(r"[ \u00a0]\p{Ll}{2,20}ing\b")
# A state such a group is kept in: "keep families warm", "keeps children safe and fed".
KEPT_STATE = deferred_pattern(
    r"[ \u00a0](?:safe|safer|healthy|healthier|warm|warmer|fed|housed|clothed|nourished|dry|alive|"
    r"active|connected|informed|protected|in[ \u00a0]school|on[ \u00a0]track|off[ \u00a0]the[ \u00a0]streets)\b"
)
# What the group is kept doing, after its qualifier: "in Peru learning", "in Peru keep learning".
DOING_TAIL = deferred_pattern(
    r"[ \u00a0](?:(keep|stay|continue|go[ \u00a0]on)[ \u00a0])?(\p{Ll}{2,20}ing)$"
)
# Verbs that bring a group together "with" something: the group follows "with".
WITH_VERBS = ("connect", "plac", "pair", "match")
# Heads that name a group helped only with a qualifier before them ("small businesses").
_SMALL_FIRMS = deferred_pattern(
    r"\b(?:small|local|minority|women|black|veteran|family|independent|eligible|rural|"
    r"neighborhood|main[ ]street|\w+-owned)\b|\d",
    regex.IGNORECASE,
)
# People early in a career: "aspiring healthcare professionals", "future tech leaders".
_EARLY_CAREER = deferred_pattern(
    r"\b(?:future|aspiring|young|emerging|next|budding|early-career|new|rising|upcoming|"
    r"student|women|minority|underrepresented)\b",
    regex.IGNORECASE,
)
# Causes a gift goes to, not the causes of a thing: "charitable causes", not "root causes".
_GOOD_CAUSES = deferred_pattern(
    r"\b(?:charitable|worthy|good|global|local|community|noble|meaningful|various|important|"
    r"humanitarian|social|environmental|deserving|urgent|philanthropic|many)\b",
    regex.IGNORECASE,
)
# A family in need: "a deserving family", "a local military family"; not "the Roe family".
_NEEDY_FAMILY = deferred_pattern(
    r"\b(?:deserving|needy|local|grieving|struggling|military|veteran|low-income|homeless|"
    r"refugee|displaced|single-parent|foster|vulnerable|underserved|hardworking|hard-working)\b",
    regex.IGNORECASE,
)
# Organisations a gift programme funds as a class, named by their kind or size: "small local
# charities", "volunteer organisations", "community groups" (not "the organizations" or "groups
# of people": those say no kind).
_KIND_OF_ORG = deferred_pattern(
    r"\b(?:small|local|area|grassroots|grass-roots|community|volunteer|voluntary|frontline|"
    r"front-line|youth|women-led|\w+-led|\w+-based|"
    r"\w+-serving|eligible|rural|regional|arts|sports?|sporting|cultural|heritage|faith|"
    r"underprivileged|under-resourced|underserved|under-served|vulnerable|marginali[sz]ed|"
    r"disadvantaged|low-income|needy|primary|secondary)\b",
    regex.IGNORECASE,
)
# A plight before "groups" that makes them groups of people: "underserved groups".
PLIGHT_GROUPS = deferred_pattern(
    r"\b(?:underserved|under-served|vulnerable|marginali[sz]ed|disadvantaged|underprivileged|"
    r"low-income|at-risk|underrepresented|under-represented)[ \u00a0]$",
    regex.IGNORECASE,
)
# A count before such organisations lists the recipients: "to three local charities", "24
# community groups", "more than 8,700 organizations".
COUNTED_ORGS = deferred_pattern(
    r"(?:(?<![\d$€£¥₹.,])\d[\d,]*\+?"  # a count, not a sum ("$5,000 to local charities")
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|"
    r"several|multiple|numerous|various))[ \u00a0]+"
    r"(?:(?!(?:to|for|of|in|from|with|by|and|or|at)\b)[\p{L}\-]+[ \u00a0]+){0,2}$",
    regex.IGNORECASE,
)
# Heads of organisations a programme funds as a class, told apart by ``_KIND_OF_ORG``.
ORG_CLASS_HEADS = frozenset(
    "charities organisations organizations groups clubs hospices schools".split()
)
_ORG_HEAD_LENGTHS = frozenset(len(w) for w in ORG_CLASS_HEADS)  # a cheap test before the call
# What after such organisations tells them apart: their plight ("charities hit by the
# crisis"; not whom they serve: "charities serving veterans" helps the veterans).
ORG_PLIGHT_AFTER = deferred_pattern(
    r"[ \u00a0](?:\p{Ll}{2,15}ly[ \u00a0])?"  # "badly hit", "severely affected"
    r"(?:hit|affected|impacted|struggling|hardest|facing|battling|recovering)\b"
)
# Places told apart by what befell them or what they lack: "flood-affected areas".
_STRICKEN_PLACES = deferred_pattern(
    r"\b(?:affected|hit|stricken|ravaged|devastated|impacted|\w+-(?:affected|hit|stricken|ravaged|"
    r"prone)|underserved|under-served|under-resourced|deprived|disadvantaged|poorest|remote|"
    r"isolated|neglected|marginali[sz]ed|distressed|low-income)[ \u00a0]$",
    regex.IGNORECASE,
)
# Heads that name bodies or places, not people: ranked below any people named.
ORG_LIKE_HEADS = frozenset("areas regions banks pantries departments".split())
QUALIFIED_HEADS = {
    **dict.fromkeys(ORG_CLASS_HEADS, _KIND_OF_ORG),
    **dict.fromkeys(
        "businesses manufacturers producers growers retailers restaurants makers enterprises "
        "firms".split(),
        _SMALL_FIRMS,
    ),
    **dict.fromkeys("creators innovators leaders professionals".split(), _EARLY_CAREER),
    "causes": _GOOD_CAUSES,
    # "small museums": bodies a programme funds as a class, told by their kind (not "two
    # historic house museums", what a grant is spent on)
    "museums": deferred_pattern(
        r"\b(?:small|smaller|local|rural|community|regional|tribal|independent|underfunded|"
        r"under-resourced|underserved|under-served|struggling)\b",
        regex.IGNORECASE,
    ),
    "family": _NEEDY_FAMILY,
    # "daily wage earners", "low-income earners": not "top earners"
    "earners": deferred_pattern(
        r"\b(?:wage|low-income|low|low-wage|minimum-wage|daily|lower-income|second)\b",
        regex.IGNORECASE,
    ),
    # Places and services named by what befell them or what they lack, not by where they are:
    # "flood-affected areas", "underserved regions" (not "in rural areas", "urban regions")
    **dict.fromkeys(("areas", "regions"), _STRICKEN_PLACES),
    # Bodies a programme funds as a class, only with the word that says which: "local food
    # banks", "food pantries", "volunteer fire departments" (not "banks", "police departments")
    "banks": deferred_pattern(r"\bfood[ \u00a0\-]$", regex.IGNORECASE),
    "pantries": deferred_pattern(r"\bfood[ \u00a0\-]$", regex.IGNORECASE),
    "departments": deferred_pattern(r"\bfire[ \u00a0\-]$", regex.IGNORECASE),
    # "first home buyers", "care leavers", "rough sleepers": these only with their word
    "buyers": deferred_pattern(r"\b(?:home|first|first-time)\b", regex.IGNORECASE),
    "leavers": deferred_pattern(r"\b(?:care|school)\b", regex.IGNORECASE),
    "sleepers": deferred_pattern(r"\brough\b", regex.IGNORECASE),
    # "the visually impaired": people, only with the sense just before, never "impaired driving"
    "impaired": deferred_pattern(
        r"\b(?:visually|hearing|sight|vision|cognitively|physically)[ \u00a0-]$", regex.IGNORECASE
    ),
    # "abandoned dogs and cats": animals in need, not "service dogs" that help
    **dict.fromkeys(
        ("dogs", "cats", "horses"),
        deferred_pattern(
            r"\b(?:abandoned|homeless|stray|shelter|rescued?|sick|injured|neglected|abused|"
            r"unwanted|orphaned|feral|surrendered|adoptable|lost)\b",
            regex.IGNORECASE,
        ),
    ),
    # "emerging projects preparing for launch": the teams a grant programme backs, not
    # "solar projects" or "eligible projects" (what money is spent on)
    "projects": deferred_pattern(
        r"\b(?:emerging|innovative|promising|early-stage|eco-conscious|eco-friendly|"
        r"transformative|forward-thinking|high-potential|ambitious|grassroots|"
        r"student-led|youth-led|community-led)\b",
        regex.IGNORECASE,
    ),
    # "a graduating high school senior": a student, not an older person
    "senior": compile_pattern(r"\b(?:school|graduating|college|university)\b", regex.IGNORECASE),
    # "the next generation", "future generations": people to come, not "distributed generation"
    **dict.fromkeys(
        ("generation", "generations"),
        deferred_pattern(
            r"\b(?:next|new|future|young|younger|rising|emerging|coming|upcoming|first|current"
            r"|\w+-generation|\d+(?:st|nd|rd|th))\b",
            regex.IGNORECASE,
        ),
    ),
}
# Organisations that take part in a programme: "participating businesses" are its members.
PARTICIPANT_HEADS = frozenset(
    "businesses nonprofits non-profits startups start-ups restaurants retailers manufacturers "
    "producers growers makers".split()
)
PARTICIPATING = deferred_pattern(r"\b(?:participating|member|partner|enrolled)\b", regex.IGNORECASE)
# What after a general head ("people", "communities") says who they are.
DESCRIBED = deferred_pattern(
    r"[ \u00a0](?:with|who|whose|living|affected|impacted|experiencing|facing|suffering|"
    r"struggling|in[ ]need|at[ ]risk|battling|recovering|diagnosed|displaced|fleeing|hit|"
    r"devastated|ravaged|stricken|battered|struck|stranded)\b"
    r"|[ \u00a0]of[ \u00a0](?-i:\p{Lu})",  # "the people of Ukraine"
    regex.IGNORECASE,
)
# What after "those" says who they are: "those in need", "those affected by the fires".
THOSE_DESCRIBED = deferred_pattern(
    r"[ \u00a0](?:most[ \u00a0])?(?:in[ \u00a0]need|affected|impacted|experiencing|living|facing|"
    r"suffering|struggling|battling|recovering|displaced|fleeing|transitioning|afflicted|hit|"
    r"devastated|ravaged|stricken|"
    r"trapped|left|caught|threatened|at[ \u00a0]risk|vulnerable|endangered|who[ \u00a0]"
    r"(?:are|were|have|live|suffer|struggle|face|lost|need[ \u00a0](?!it\b)))\b",
    regex.IGNORECASE,
)
# A singular head followed by a noun it modifies: "student learning", "student housing".
SINGULAR_COMPOUND = deferred_pattern(
    r"[ \u00a0](?!pursuing|studying|majoring|attending|seeking|planning|entering)\p{Ll}+ing\b"
)
# A general group told apart by what it cares for or gives: supporters, not a group helped
# ("people who believe in our mission", "individuals who care about the county").
SUPPORTERS_AFTER = deferred_pattern(
    r"(?:[ \u00a0](?:of|in|across|from)[ \u00a0](?:the[ \u00a0])?\p{Lu}[\p{L}\-]*)?"
    r"[ \u00a0](?:who|that)[ \u00a0](?:believe|believes|cares?(?![ \u00a0]for\b)|love|loves|"
    r"give|gives|donate|donates|want[ \u00a0]to[ \u00a0](?:give|help|support|donate))\b"
)
# Heads too general to stand alone: "people" says nothing without a qualifier.
GENERIC = frozenset(
    "people individuals persons communities community populations generation generations "
    "economies beneficiaries".split()
)
QUANTIFIERS = frozenset("millions thousands hundreds dozens tens billions".split())
# Words for a part of a group before "of": "help some of the most isolated families".
PART_OF = frozenset("some many most".split())
# Scale words between a number and the group: "1.2 lakh students", "2 million people".
SCALE_WORDS = frozenset("hundred thousand million billion lakh lakhs crore crores dozen".split())
# Counts written in words, kept with the group, after a scale word too: "nine hundred".
NUMBER_WORDS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    """.split()
)
# Words that end a phrase read backwards from its head (prepositions, verbs, cues).
STOP_BACK = frozenset(
    """
    in at on by with from into through across over under between among after before during
    around about toward towards within throughout against like via per among
    is are was were be been has have had will would can could may might should must do does
    did that which who whose where when while as than so but because if and/or said says say
    will also not what whatever
    """.split()
)

# The head noun, found by one scan over the places a beneficiary is stated.
HEAD = deferred_pattern(
    lambda: rf"(?<![\w’'\-])(?:{trie(HEADS | NOT_HEADS)})(?![\w\-])",
    regex.IGNORECASE,
)
# What may follow the head and belongs to the phrase: coordinated groups and
# qualifiers ("in need", "affected by the crisis in Ukraine", "who identify as ...").
# Each part stops at a clause break; ``_after`` trims at words that start a new clause.
COORD = deferred_pattern(
    lambda: (
        r"""
    (?:,?[ \t\u00a0\n]{1,2}|,[ \t\u00a0\n]?(?:and|or)[ \t\u00a0\n])?   # ", " / " and " / ", and "
    (?:(?:and|or)(?=[ \t\u00a0\n])|&|,)?[ \t\u00a0\n]{0,2}          # (a wrapped line goes on; not "or" of "orphans")
    (?:(?:their|the|other|our|its|local|young)[ \t\u00a0\n])?
    (?P<mods>(?:[\p{L}][\p{L}’'\-]{0,25}[ \t\u00a0\n]){0,3}?)
    """
        + rf"(?P<head>{trie(HEADS - {'those', 'everyone'})})(?![\w\-])"
    ),  # "causes, particularly those"
    regex.VERBOSE | regex.IGNORECASE,
)
# COORD's groups by number (read in a loop; written out, as reading ``groupindex`` would
# compile the pattern: a test checks them).
_MODS, _HEAD = 1, 2  # "mods", "head"
# A group that is not helped on its own, listed between helped ones: "students, staff and
# their communities" (kept only when a helped group follows it).
COORD_OTHER = deferred_pattern(
    lambda: (
        rf",[ \t\u00a0]{{1,2}}(?:{trie(NOT_HEADS)})(?![\w\-])(?=,?[ \t\u00a0]{{1,2}}(?:and|or|&)[ \t\u00a0])"
    ),
    regex.IGNORECASE,
)
POSSESSIVE_NAME = deferred_pattern(r"[’']s?[ \u00a0]\p{Lu}")
POSSESSIVE_TAIL = deferred_pattern(r"[’']s?(?:[ \u00a0][\p{Ll}][\p{L}\-]{0,20}){1,2}")
POST = deferred_pattern(
    r"""
    (?:
        [ \u00a0\n](?:in[ ]need|in[ ]crisis|at[ ]risk|nationwide|worldwide|statewide|locally|globally)\b
      | [ \u00a0\n](?:in|of|at|across|throughout|around|within|along|from|with|without|living|affected|impacted|
                  experiencing|facing|struggling|who|whose|passionate|suffering|battling|recovering|
                  displaced|fleeing|seeking|navigating|coping|dealing|ages|aged|enrolled|attending|
                  impacted|diagnosed|touched|left|most|hardest|disproportionately|hit|harmed|
                  caught|forced|uprooted|orphaned|bereaved|born|under|over|aged|currently|afflicted|trapped|
                  devastated|ravaged|stricken|battered|struck|stranded|
                  dedicated|committed|interested|eligible|eager|keen|ready|willing|
                  owned|led|operated|headed)\b                                     # "firms owned by women"
      | [ \u00a0\n]on[ ](?:(?:a[ ])?(?:low|fixed|limited)[ ]incomes?|the[ ](?:streets|margins|front[ -]?lines?)
                  |benefits|welfare|dialysis|waiting[ ]lists?)\b                   # "families on low incomes"
      | [ \u00a0\n](?![\p{Ll}\-]{1,20}-being\b)\p{Ll}(?:\p{Ll}|-(?=\p{Ll})){1,20}ing\b  # "returning", "re-entering"
      | [ \u00a0]that(?=[ \u00a0](?:lack|need|face|struggle|live|suffer|depend|rely|cannot|can't|can’t|do[ ]not|don't|don’t)\b)  # "towns that lack a clinic"
      | [ \u00a0]not(?=[ \u00a0](?:in|currently|yet|otherwise|eligible|covered|served|reached)\b)  # "young people not in education"
    )
    (?:\b[A-Z]\.(?:[A-Z]\.)+|[^.;:!?\n“”"—–()\[\]]|(?<=\d)\.(?=\d)     # "in the U.S.", "a GPA of 3.0"
       |(?<=[ \u00a0])(?:“[\p{L}\-]{2,20}(?:[ \u00a0][\p{L}\-]{2,20}){0,2}”
                      |"[\p{L}\-]{2,20}(?:[ \u00a0][\p{L}\-]{2,20}){0,2}")(?=[ \u00a0,.;:!?]|$)  # in “food deserts”
       |(?<=[ ]\p{Lu}\p{Ll}{1,20}[ ]\p{Lu})\.(?=[ ]\p{Lu}\p{Ll})        # a middle initial: "Blair E. Batson"
       |\n(?=[ \t]{0,3}\p{Ll})                                          # a wrapped line goes on
       |(?<=[ \u00a0]\p{Lu}\p{Ll}{1,20})\n(?=\p{Lu}\p{Ll}+[ \u00a0,.;:!?’'])   # a place wrapped: "San\nFrancisco"
       |(?<=\b(?:of|the|in|and|to|for|with|by|from|at|on|a|an|across|throughout|around|within|among)[ \t]?)\n(?![ \t]*\n))*+  # "of\nGeorgia"
    (?=[.;:!?\n“”"—–()\[\]]|$)                                      # up to a clause break
    """,
    regex.VERBOSE,
)
# Where a qualifier ends: a new clause, a purpose, a means.
CUT = deferred_pattern(
    r"""
    [ \u00a0]                            # each cut opens at a space (or the comma below), which keeps the scan fast
    (?:
    (?<!(?:\bwho|\bthat|\bwhose[ \u00a0]\p{L}{2,20}|otherwise|never|\bnot|n[’']t|\bare[ \u00a0]and|\bare|\bwere|qualify|qualifies|qualified|apply|applied|struggling|striving|trying|working|seeking|looking|committed|dedicated|preparing|caring|unable|able|eager|keen|ready|willing|struggle|strive|plans?|intends?|hopes?|wants?|wishes|wish|aspires?|aims?|
         potential|ability|opportunity|chance|desire)[ \u00a0])  # "students who are ..."
    (?:(?<!(?:\d|\bK)[ \u00a0])through|through(?![ \u00a0]\d)|thanks|by[ ](?:\p{L}+ing\b|the[ ]end|its|their|our)|so|to[ ](?:help|ensure|support|provide|make|give|pursue|continue|receive|benefit|access|get|build|create|expand|improve|
                 embark|apply|attend|participate|join|learn|explore|develop|achieve|succeed|thrive|become|
                 start|pay|cover|purchase|buy|stay|find|gain|take|complete|enroll|afford|overcome|
                 raise|fund|address|serve|strengthen|advance|enhance|establish|increase|grow|reduce|deliver|
                 assist|protect|assess|clean|hire|launch|conduct|upgrade|repair|install|implement|restore|
                 revitalize|revitalise|redevelop|prevent|combat|respond|recover|rebuild|meet)\b|
              will|would|can|could|may|might|have|has|had|are|is|was|were|receive|received|get|gets|
              while|when|as[ ]part|as[ ]well|in[ ]partnership|including|such[ ]as|like|and[ ](?:to|will|help|provide|provides|support|the[ ]|awards|gives|offers|her|his|its|my|includes|included|
                                                 (?-i:\p{Lu}[\p{L}\-]{1,30})(?=[ ](?:is|are|was|were|has|have|had|will)\b)|  # "and Acme is"
                                                 (?-i:\p{Ll}{2,20}ing[ ](?:they|the|their|that|our|its)))|  # "and ensuring they"
              where|which|that[ ](?!are|have|were|lack|need|face|struggle|live|suffer|depend|rely|experience|identify|
                           cannot|can't|can’t|do[ ]not|don't|don’t|otherwise|
                           (?:struck|hit|devastated|ravaged|swept|battered|destroyed)\b)|  # "the storm that hit Leeds"
              said|says|according|this|these|each|every[ ]year|annually|year-round|
              needs?[ ](?:(?:our|your|more|urgent|immediate)[ ])?(?:help|support|assistance)\b|  # "families in Leeds need our help"
              on[ ](?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*[ ]\d{1,2}  # "on October 21"
                    |(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}’']))|  # "on Monday"
              for|in[ ](?!(?:nurs|engineer|comput|account|market|bank|farm|manufactur|teach|counsel|
                            programm|publish|broadcast|min|fish|ranch|weld|plumb|print|design|
                            consult|lend|advertis|neighbor|neighbour|surround|develop|emerg)ing\b)  # "in nursing",
                                                                                 # "in neighboring towns"
                 (?-i:\p{Ll}{2,20}ing)|after|before|until|since|during|once|
              in[ ](?:(?:approximately|about|nearly|over|more[ ]than|some|almost|around)[ ])?\d+
                   (?![\d,]*[ ](?:countries|states|provinces|counties|cities|towns|villages|districts|regions|nations)\b)|  # "in 900 schools": a count
                                                                                  # ("in 26 countries" says where)
              in[ ](?:the[ ](?:past|future|process|meantime|years[ ]ahead)|recent[ ]years|years[ ]past)\b|  # a time
              within[ ](?:(?:a|an|the[ ]next|\d{1,3}|a[ ]few|two|three|four|five|six)[ ])?(?:hours?|days?|weeks?|months?|years?)\b|  # "within weeks": a time
              in[ ]an?[ ](?:[\p{L}\-]+[ ](?:and[ ])?){1,3}(?:manner|way|fashion)|  # "in a safe manner": how
              in[ ](?:an[ ](?:effort|attempt|bid)|a[ ]bid|order)[ ]to)\b  # "in an effort to": a purpose
    | (?<!(?:struggling|living|coping|dealing|diagnosed|battling|born|grappling|contending)[ \u00a0])  # "people living with HIV"
      with[ ](?<!\bwho[ \u00a0]\p{Ll}{2,20}[ \u00a0]with[ ])                       # "youths who work with mentors"
      (?!(?:a[ ]|an[ ])?(?:disabilit|special|chronic|limited|low|high|intellectual|developmental|
                                  autism|cancer|hiv|aids|diabetes|dementia|mental|serious|severe|
                                  life-|rare|medical|complex|foster|lived|
                                  children|kids|young|babies|infants|newborns|toddlers|teen|dependents|incarcerated|
                                  no[ ]|nowhere|few|little|incomes?|physical|visual|hearing|
                                  learning|cerebral|down[ ]syndrome|spina|epilep|sickle|
                                  alzheimer|parkinson|heart|kidney|lung|brain|spinal|blind|deaf|
                                  type[ ][12]|food[ ]allerg|substance|addiction|opioid|behavio|
                                  emotional|terminal|critical[ ]ill|traumatic|ptsd|unmet|financial[ ]need|
                                  demonstrated|gpa|minimum|mobility|vision|sight|impair|reduced|
                                  at[ ]least|fewer|less[ ]than|
                                  leuka?emia|lymphoma|asthma|arthritis|cystic|muscular|multiple[ ]sclerosis|
                                  hemophilia|haemophilia|lupus|covid|tuberculosis|malaria|depression|anxiety|
                                  schizophrenia|bipolar|eating[ ]disorder|stroke|glaucoma|cataract|injur|
                                  illness|ill\b|disease|disorder|conditions?\b|syndrome|dyslexia|adhd|
                                  tumou?r|hepatitis|thalassa?emia|dementia))              # "students with resources"
    )
    | ,(?!\d)                                                          # "20,000 schools": a number
       (?!(?![ \u00a0]\p{Ll}{2,20}ing[ \u00a0])                               # (", fostering growth": a clause)
          (?:(?:[ \u00a0][\p{Ll}\-]{2,20}){1,2},){0,5}(?:[ \u00a0][\p{Ll}\-]{2,20}){0,2}  # "about art, music(,)
          [ \u00a0](?:and|or)(?:[ \u00a0][\p{Ll}\-]{2,20}){1,2}[ \u00a0]*$)           #  and dance": a list
                                                                      # (items of two words: "public policy")
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A qualifier after a head in a headline, up to the next headline clause.
TITLE_QUALIFIER = deferred_pattern(
    r"""
    [ \u00a0](?:in(?![ \u00a0](?:honou?r|memory|partnership|celebration|support|recognition|time|
                                  addition|response|collaboration|conjunction|observance|light|lieu)\b)
              |across|throughout|affected[ ]by|impacted[ ]by|experiencing|facing|living[ ]with|
              displaced[ ]by|with(?![ \u00a0](?:[$€£\d]|the|its|their|help|support)\b)|  # "Students With Disabilities"
              battling|fleeing|recovering[ ]from|in[ ]need|at[ ]risk
              |of)\b                                                  # "Next Generation of Nurses"
    [^,:;|–—!?()\[\]\n"“”]{0,60}?                                  # "Rural Georgia"
    (?=[ \u00a0](?:to|with|through|for|on|as|this|after|amid|via|and|by|from)[ \u00a0]
      |[ \u00a0]*(?:[,:;|–—!?()\[\]\n"“”]|$))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A capitalised noun after a headline group makes the group its modifier: "Youth Programs",
# "Elderly Loved Ones", "Veterans Day".
TITLE_NOUNS = FOR_NOUNS | frozenset(
    """
    loved ones day month week center centre centers centres hospital clinic club clubs fund
    team teams market league sports ministry initiative initiatives project projects
    """.split()
)
TITLE_NEXT_WORD = deferred_pattern(r"[ \u00a0]+([\p{L}]+)")
# Thanks before "for": the group after it is thanked, not helped ("grateful for the community").
GRATEFUL_FOR = deferred_pattern(
    r"(?:\b(?:grateful|thankful|thanks|thank[ \u00a0]you|appreciative|gratitude)\b"
    r"[^.,;!?\"“”\n]{0,60}?"  # "grateful for their support and for the"
    r"|\b(?:in|on)[ \u00a0]time[ \u00a0]+)"  # "in time for pupils to return": when, not whom
    r"\bfor[ \u00a0]+(?:(?:the|our|their|its|all|this|these|every|any)[ \u00a0]+)?$",
    regex.IGNORECASE,
)
GIFT_TITLE = compile_pattern(
    r"\b(?:donat\w*|gifts?|grants?|pledg\w*|awards?|contribut\w*|raises?|funds?|funding|invests?)\b",
    regex.IGNORECASE,
)

# Ranking: a cue verb 2, "for"/"to" 1; these adjust it. Past the best by more
# than MARGIN, a candidate is left out.
MONEY_SIGN = deferred_pattern(
    r"[$€£¥₹₦₱₩]\s?\d|\d\s?(?:dollars|euros|pounds|rupees|ringgit|rand|shillings|naira)\b"
    r"|\b(?:USD|EUR|GBP|INR|Rs\.?|RM|KSh|Sh|AED|CAD|AUD|NZD|SGD|CHF|ZAR|NGN|KES|PHP|MYR)\s?\d"
)  # "Rs 500 crore", "RM100,000"

# A sentence about what the gift does opens with it: "The money will be used to ...", "The
# grant will help ...", "These funds support ...".
GIFT_SUBJECT = deferred_pattern(
    r"[“\"]?(?:The|This|These|Those|Our|Their|Its|His|Her)[ \u00a0](?:[\p{L}\-]+[ \u00a0]){0,2}?"
    r"(?:money|grant|grants|gift|gifts|donation|donations|funds|funding|contribution|award|proceeds)"
    r"[ \u00a0](?:will|would|helps?|supports?|goes|go|provides?|allows?|enables?)\b"
)

MAX_RESULTS = 3
MARGIN = 2.0
TITLE_BONUS = 0.0
GIFT_BONUS = 2.0
PURPOSE_BONUS = 1.0
PARAGRAPH_PENALTY = 0.1
# Heads that name a group only loosely ("future leaders") rank below any other group.
FALLBACK_PENALTY = MARGIN + 0.1
# Paragraphs after the headline that are read, besides the gift sentences.
LEAD_PARAGRAPHS = 10
# Characters read back from a head for its modifiers and cue: a near window, then a far one.
NEAR_WINDOW = 48
FAR_WINDOW = 160


def find_beneficiaries(doc: Document, frame: GiftFrame) -> list[Beneficiary]:
    """The groups the gift helps, the main one first."""
    if _german(doc.text):
        return _german_groups(doc.text)
    if not _states_a_gift(doc, frame):
        return []
    spans = _places(doc, frame)
    gift_spans = [(g.start, g.end) for g in frame.gifts]
    recipients = [e.name.lower() for e in frame.recipients]
    text = doc.text
    headline = None if _sentence_title(doc) else doc.title  # a lead sentence is read as body
    candidates: list[tuple[float, int, int, str]] = []
    covered_until = -1
    for span, heads in zip(spans, _heads_by_span(text, spans), strict=True):
        for h_start, h_end in heads:
            if h_start < covered_until:
                continue
            if h_end - h_start == 9 and _plain_community(text, h_start, h_end):
                continue  # "the community", "Community Fund": no group named
            if h_end - h_start in (5, 6, 8) and _unqualified_common(text, h_start, h_end):
                continue  # "those", "family" without what says who: checked before the walk
            if h_end - h_start in (4, 6, 7, 8) and _lacks_its_word(text, h_start, h_end):
                continue  # "senior vice president", "service dogs": checked before the walk
            if h_end - h_start in (5, 7, 8, 11) and _untold_place(text, h_start, h_end):
                continue  # "in rural areas", "police departments": checked before the walk
            if (
                text[h_end + 1 : h_end + 3] in _SERVING_OPENERS  # a cheap test first
                and text[h_start:h_end].lower() in _SERVING_BODIES
                and SERVING_AFTER.match(text, h_end)
            ):
                continue  # "food pantries serving rural families": the families are the group
            if h_end - h_start in _ORG_HEAD_LENGTHS and _untold_organisations(text, h_start, h_end):
                continue  # "charities serving veterans": the veterans after them are the group
            found = _phrase(text, h_start, h_end, span)
            if found is None:
                continue
            start, end, cue, head = found
            if cue in CAUSATIVE and KEPT_STATE.match(text, end, span.end):
                cue = "help"  # "to keep Ohioans safe": kept safe is helped
            covered_until = end
            if _is_name(doc, h_start, h_end, headline):
                continue
            in_title = headline is not None and headline.start <= start < headline.end
            if in_title:
                # A headline's qualifiers are kept only when they say where or which:
                # "Families Affected by the Floods", "Students in Rural Georgia".
                c_end = _title_coordinated(text, h_end, span.end)
                t = TITLE_QUALIFIER.match(text, c_end, span.end)
                end = t.end() if t is not None else c_end
                n = TITLE_NEXT_WORD.match(text, end, span.end)
                if n is not None and n.group(1).lower() in TITLE_NOUNS:
                    continue  # "Local Youth Programs": the group only names the programmes
                if (
                    head in SINGULAR_HEADS
                    and end == h_end
                    and n is not None
                    and n.group(1)[:1].isupper()
                    and not n.group(1).endswith("ing")
                ):
                    continue  # "to End Child Hunger": a singular head before a noun modifies it
            phrase = text[start:end]
            low = phrase.lower()
            if (head in NOT_HEADS and not _helped_members(text, head, h_start)) or any(
                r and (low in r or (r in low and _head_named(low, r, h_start - start, phrase)))
                for r in recipients
            ):
                continue  # the recipient itself; a recipient named as a place stays
            if head in GENERIC and SUPPORTERS_AFTER.match(text, h_end):
                continue  # "people who care about the county": givers, not a group helped
            if head in GENERIC and cue in GROWTH_OF:
                continue  # "the growth of the blockchain community": a market, not a group helped
            if head in GENERIC and GOAL_BEFORE.search(text, max(0, h_start - 48), h_start):
                continue  # "support healthier communities": an aim, not a group
            if _bare_generic(low) or (
                head in GENERIC
                and (cue in WEAK_CUES or cue in OTHER_VERBS)  # "bring new people in"
                and not DESCRIBED.match(text, h_end, end)
                and not _names_a_group(low)
                and not _told_apart(text, start, h_start)
            ):
                continue  # "people"; "contributions to surrounding communities"
            if (
                head in GENERIC
                and end == h_end
                and not _told_apart(text, start, h_start)
                and not _names_a_group(low)
            ):
                continue  # "benefitting multiple communities": how many, not who, after any cue
            if (
                end == h_end
                and cue != "for_help"  # "free eye care to over 100 villagers": the gift's group
                and all(w in _ONLY_MORE for w in text[start:h_start].lower().split())
                # ("over 900 conservancy workers" are told by their work)
                and (
                    text[start - 2 : start - 1].isdigit()  # "about 1,100 residents"
                    or text[start - 6 : start] == " more "  # "about 600 more households"
                )
                and ROUGH_COUNT_BEFORE.search(text, max(0, start - 30), start)
            ):
                continue  # "a plant that will serve about 1,100 residents": a count, no group told
            window = text[max(0, h_start - 60) : h_start]
            if ("becom" in window or "into" in window) and BECOME_BEFORE.search(
                text, max(0, h_start - 60), h_start
            ):
                continue  # "help them grow into caring citizens": what they become
            if head in NONPROFITS and _bare_head(text[start:end]):
                continue  # "provide nonprofits with software": no kind told, the recipients
            if text[start : start + 3].lower() == "no ":
                continue  # "so that no child goes hungry": nobody named
            if cue in ASKING_CUES and ASKED_TO_ACT.match(text, end):
                continue  # "encourages business people to invest": asked to act, not helped
            if cue in HONOUR_CUES and not any(s <= start < e for s, e in gift_spans):
                continue  # "to honor the victims and their families": honoured, not helped
            if head in DEMONYMS and (start, end) == (h_start, h_end) and cue not in STRONG_CUES:
                continue  # "a holiday for Americans": a people named bare, without help
            if cue == "for" and GRATEFUL_FOR.search(text, max(0, start - 90), start):
                continue  # "grateful for the RV community": thanked, not helped
            if cue == "to" and DESTINATION_BEFORE.search(text, max(0, start - 40), start):
                continue  # "fled across the border to neighbouring countries": where, not whom
            if cue == "to" and SPOKEN_TO.search(text, max(0, start - 40), start):
                continue  # "as I keep talking to nurses": who hears, not who is helped
            if (
                cue in ("to", "for_help")
                and text[start - 3 : start] == "to "
                and INFINITIVE_AFTER_TO.match(text, start)
            ):
                continue  # "to revitalize communities": a verb's object, no group helped
            if (
                cue in WEAK_CUES
                and end == h_end
                and low.split()[0] in _ONLY_HOW_MANY
                and not any(s <= start < e for s, e in gift_spans)
            ):
                continue  # "a major expense for many families": a group named only by how many
            if (
                head in QUALIFIED_HEADS
                and not QUALIFIED_HEADS[head].search(
                    text, _count_start(text, start) if cue == "subject" else start, h_start
                )  # "the 100 businesses that will receive": those counted get it
                and not (head == "family" and FAMILY_OF.match(text, h_end))
                and not (  # "grants to 591 organisations": counted, they are a class too
                    QUALIFIED_HEADS[head] is _KIND_OF_ORG
                    and (
                        COUNTED_ORGS.search(text, max(0, h_start - 40), h_start)
                        or ORG_PLIGHT_AFTER.match(text, h_end)  # "charities hit by the crisis"
                    )
                )
                and not (  # "areas affected by the cyclone"
                    QUALIFIED_HEADS[head] is _STRICKEN_PLACES
                    and ORG_PLIGHT_AFTER.match(text, h_end)
                )
            ):
                continue  # "serving businesses": customers; "small businesses" are helped
            if head in _SERVICE_HEADS and any(
                _one_of(text, h_start, head) in r for r in recipients
            ):
                continue  # "donations to food banks" beside the Valley Food Bank: its kind
            if head in PARTICIPANT_HEADS and PARTICIPATING.search(text, start, h_start):
                continue  # "giving to participating nonprofits": a programme's members
            if text[h_end : h_end + 1] in _APOSTROPHES and _owns_a_thing(text, h_end, cue):
                continue  # "Celebrating Women’s Leadership": what the group has, not the group
            if head in _THOSE and not THOSE_DESCRIBED.match(text, h_end, end):
                continue  # "those": only with what they face ("those in need"), not "those who may"
            if head in _GENERATION and _of_things(low):
                continue  # "a new generation of token projects": no people named
            if head == "student" and SINGULAR_COMPOUND.match(text, h_end, end):
                continue  # "student learning": a noun compound, not a student
            if head in SINGULAR_HEADS and end == h_end and SHARED_MODIFIER.match(text, h_end):
                continue  # "student and faculty recruitment": both modify the noun after them
            if head in SINGULAR_HEADS and EACH_BEFORE.search(text, max(0, h_start - 24), h_start):
                continue  # "the needs of each individual student": one at a time, not a group
            if _names_an_organisation(text, h_start, h_end if in_title else end, span.end):
                continue  # "Boys & Girls Clubs", "Children's Hospital": a name
            score = 2.0 if cue in STRONG_CUES or cue in OF_CUES or cue in _PURPOSE_CUES else 1.0
            if cue in CAUSATIVE and ING_AFTER.match(text, end):
                score = 2.0  # "a platform that keeps children learning": it helps them
            if in_title:
                score += TITLE_BONUS
            elif cue in OPEN_TO or any(s <= start < e for s, e in gift_spans):
                score += GIFT_BONUS  # a gift sentence, or who may apply for it
            elif " " in phrase and GIFT_SUBJECT.match(text, doc.sentence_at(start).start):
                score += PURPOSE_BONUS  # a group told apart in a sentence on what the gift does
            if QUALIFIED_HEADS.get(head) is _EARLY_CAREER and (in_title or end <= h_end):
                score -= FALLBACK_PENALTY  # "future leaders": only when no plainer group is named
            if cue in GROWTH_OF:
                score -= 1.5  # "the growth of small businesses": after plainer groups
            if QUALIFIED_HEADS.get(head) is _KIND_OF_ORG:
                if COUNTED_ORGS.search(text, max(0, h_start - 40), h_start):
                    score -= MARGIN  # "to three local charities": the recipients, counted
                if not (
                    head == "groups" and PLIGHT_GROUPS.search(text, max(0, h_start - 30), h_start)
                ):
                    score -= FALLBACK_PENALTY  # "local charities": only when no people are named
                # ("underserved groups" are people: they rank as people do)
            elif head in ORG_LIKE_HEADS:
                score -= FALLBACK_PENALTY  # "flood-affected areas": only when no people are named
            elif head in NONPROFITS and COUNTED_ORGS.search(text, max(0, h_start - 40), h_start):
                score -= MARGIN + FALLBACK_PENALTY  # "Seven Nonprofits": the recipients, counted
            score -= PARAGRAPH_PENALTY * min(12, doc.paragraph_index(start))
            score += min(0.6, 0.1 * len(phrase.split()))
            candidates.append((score, start, end, cue))
    if not candidates:
        return []
    candidates.sort(key=lambda c: (-c[0], c[1]))
    best = candidates[0][0]
    out: list[Beneficiary] = []
    seen: list[tuple[int, int, str]] = []  # (start, end, words) of each group reported
    repeated = 0  # groups left out as said before in other words: they take their place
    qualified = False  # a group told apart by its words is reported: bare heads add nothing
    for score, start, end, cue in candidates:
        if len(out) + repeated >= MAX_RESULTS or score < best - MARGIN:
            break
        said = text[start:end].lower()
        if any((start < e and s < end) or core == said for s, e, core in seen):
            continue  # overlapping, or the same words said again (a count before them or not)
        if any(_said_within(said, core) for _, _, core in seen):
            repeated += 1  # "students" after "students, staff and their communities"
            continue
        counted = _count_start(text, start)  # "[more than 5,000] residents": as the release says
        if qualified and _bare_head(text[counted:end]):
            repeated += 1  # "children" after "parents new to the country": nothing told apart
            continue
        qualified = qualified or not _bare_head(text[counted:end])
        seen.append((start, end, said))
        out.append(
            Beneficiary(
                text[counted:end], counted, end, f"beneficiaries.{_rule(cue)}", _conf(score)
            )
        )
    return out


# Words that leave a group bare: "the children", "more families", "our students".
_BARE_WORDS = frozenset("the a an more other our their these its all".split())


def _bare_head(phrase: str) -> bool:
    """True for a head alone or after a word of no kind: "children", "more families"."""
    words = phrase.split()
    return len(words) <= 2 and all(w.lower() in _BARE_WORDS for w in words[:-1])


# --- releases in German ---------------------------------------------------------------
# A release in German names its groups with capitalised nouns and puts its verb last:
# "für benachteiligte Kinder", "Familien mit kranken Kindern", "Betroffenen der Flut helfen".
GERMAN_WORDS = deferred_pattern(r"\b(?:und|der|die|das|mit|für|nicht|ist|den|von|sich|dem|auf)\b")
GERMAN_MIN_WORDS = 12  # in the first ``GERMAN_PROBE`` characters: a release in German
GERMAN_PROBE = 1500
# Words of giving in German: "Spende", "spendet", "gespendet", "überreicht", "unterstützt".
GERMAN_GIFT = deferred_pattern(
    r"\b(?:\p{L}*[Ss]pende(?:n|t|te|ten)?|gespendet|überreicht|unterstütz\p{L}*|\p{L}*[Ff]örder\p{L}*)\b"
)
GERMAN_HEADS = (
    "Kinder Kindern Familien Menschen Jugendliche Jugendlichen Senioren Seniorinnen Patienten "
    "Patientinnen Betroffene Betroffenen Bedürftige Bedürftigen Geflüchtete Geflüchteten "
    "Flüchtlinge Flüchtlingen Schüler Schülerinnen Schülern Studierende Studierenden Frauen "
    "Mädchen Obdachlose Obdachlosen Waisen Waisenkinder Kranke Kranken Tiere Tieren Mütter "
    "Müttern Väter Vätern Eltern Opfer Opfern Hinterbliebene Hinterbliebenen Bewohner Bewohnern"
).split()
GERMAN_GROUP = deferred_pattern(
    lambda: (
        rf"""
    (?P<cue>\b[Ff]ür[ \u00a0]+(?:(?:die|den|alle|viele)[ \u00a0]+)?    # "für die", "für viele"
          |\b(?:unterstützt|unterstützen|hilft|helfen)[ \u00a0]+(?:(?:die|den)[ \u00a0]+)?)?  # "hilft den"
    (?P<group>
      (?:\p{{Ll}}[\p{{Ll}}\-]{{2,25}}(?:e|en|er)[ \u00a0]+                # "benachteiligte"
        |\p{{Ll}}{{3,20}}-[ \u00a0]+und[ \u00a0]+){{0,3}}                    # "schwer- und unheilbar"
      (?P<head>{alternation(GERMAN_HEADS)})(?![\p{{L}}\-])
      (?:[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+(?:\p{{Ll}}[\p{{Ll}}\-]{{2,25}}(?:e|en|er)[ \u00a0]+){{0,2}}
         (?:{alternation(GERMAN_HEADS)})(?![\p{{L}}\-]))?                     # "Kinder und Jugendliche"
      (?P<post>[ \u00a0]+(?:in|aus|mit|ohne)[ \u00a0]+(?:[\p{{Ll}}\-]+[ \u00a0]+){{0,5}}\p{{Lu}}[\p{{L}}\-]+  # "in der Not"
        |[ \u00a0]+(?:der|des)[ \u00a0]+(?:[\p{{Ll}}\-]+[ \u00a0]+){{0,3}}\p{{Lu}}[\p{{L}}\-]+  # "der Flutkatastrophe"
        |,[ \u00a0]+die[ \u00a0]+[^.;:!?\n,„“”"]{{3,80}}?[ \u00a0]  # ", die vom Krieg betroffen sind"
         (?:betroffen|bedroht|erkrankt|angewiesen|geflüchtet)[ \u00a0]+(?:sind|waren|wurden)\b)?
    )
    (?P<verb>[ \u00a0]+(?:(?:zu[ \u00a0]+)?(?:helfen|unterstützen)|zugute)\b)?  # "... Betroffenen helfen"
    (?![„“”"‘’])                                                            # "„Ein Herz für Kinder“": a name
    """
    ),
    regex.VERBOSE,
)


def _german(text: str) -> bool:
    """Whether a release is written in German: its common small words, early and often."""
    probe = text[:GERMAN_PROBE]
    if " und " not in probe:
        return False
    return len(GERMAN_WORDS.findall(probe)) >= GERMAN_MIN_WORDS


def _german_groups(text: str) -> list[Beneficiary]:
    """The group a release in German helps: the first told apart by its words (a word before
    it, a phrase after it) after "für" or a verb of help, else the first bare one."""
    if GERMAN_GIFT.search(text) is None:
        return []  # no giving named: no group helped
    bare: Beneficiary | None = None
    for m in finditer(GERMAN_GROUP, text):
        post = m.group("post") or ""
        if not (m.group("cue") or m.group("verb") or post.startswith(",")):
            continue  # "die geflüchteten Menschen in der Stadt": no help said
        start, end = m.span("group")
        if start < m.start("head") or post:
            return [Beneficiary(text[start:end], start, end, "beneficiaries.german", 0.6)]
        if bare is None:
            bare = Beneficiary(text[start:end], start, end, "beneficiaries.german", 0.4)
    return [bare] if bare is not None else []


# The count just before a group, with the words that say how rough it is:
# "serves [more than 5,000] residents", "[a dozen] farmers", "[1.2 lakh] students"
# (its words may be wrapped over line ends).
COUNT_BEFORE = deferred_pattern(
    r"""
    (?:\b(?:(?:more|less|fewer)[ \u00a0\n]than|at[ \u00a0\n]least|up[ \u00a0\n]to|nearly|almost|
        approximately|an[ \u00a0\n]estimated|about|around|over|roughly|some)(?:[ \u00a0]+|\n))?   # more than
    (?:
        (?<![\w$€£.,\-])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])                          # 1 300 (spaced thousands)
      | (?<![\w$€£.,\-])(?!(?:19|20)\d\d[ \u00a0\n])\d[\d,.]*\+?                     # 5,000  40+  (not 2024)
        (?:(?:[ \u00a0]+|\n)(?:hundred|thousand|million|billion|lakh|lakhs|crore|crores))?     # 1.2 lakh
      | \b(?:a(?:[ \u00a0]+|\n))?dozen                                                      # a dozen
    )
    (?:[ \u00a0]+|\n)$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _count_start(text: str, start: int) -> int:
    """Where a group's phrase starts with the count before it, or ``start`` without one."""
    gap = text[start - 2 : start - 1]
    if not gap or not (gap.isdigit() or gap in "+ndhes"):
        return start  # the last character of a count: a digit, "+" or a scale word's
    m = COUNT_BEFORE.search(text, max(0, start - 40), start)
    return m.start() if m else start


def _said_within(said: str, core: str) -> bool:
    """Whether a group's words are all among a group's reported before: "students" after
    "students, staff and their communities" says nothing new."""
    if said == core:
        return True
    words = _CONTENT.findall(said)
    return bool(words) and set(words) <= set(_CONTENT.findall(core))


# Words between a rough count and its group that tell nothing: "about 600 more households".
_ONLY_MORE = frozenset("more additional new extra other".split())
# Words that say only how many of a group there are: "many families", "more students".
_ONLY_HOW_MANY = frozenset("many more most some several numerous countless".split())
_CONTENT = deferred_pattern(r"[\p{L}\d][\p{L}\d’'\-]*")
_FILLER = frozenset("the our their these those its more many most too all other local so".split())


# "service members", "family members": members helped, not the donor's own members.
HELPED_MEMBERS = deferred_pattern(
    r"(?:service|military|tribal|family|household"
    r"|(?:poorest|poor|vulnerable|needy|low-income|disadvantaged|marginali[sz]ed|underserved"
    r"|struggling|food-insecure|at-risk)(?:[ \u00a0]community)?)[ \u00a0-]$",  # "the poorest members"
    regex.IGNORECASE,
)


# "struggling readers", "young readers": children learning to read, not a paper's readers.
LEARNING_READERS = deferred_pattern(
    r"\b(?:struggling|young|early|beginning|emerging|reluctant|striving|developing)[ \u00a0]$",
    regex.IGNORECASE,
)
# "early career researchers", "young scientists": people a fellowship or grant is for.
EARLY_CAREER_HEADS = frozenset("researchers scientists physicians doctors".split())
EARLY_CAREER_BEFORE = deferred_pattern(
    r"\b(?:early[ \u00a0-]career|young|emerging|aspiring|future|junior|budding|student)"
    r"[ \u00a0-](?:\p{L}[\p{L}\-]{1,20}[ \u00a0]){0,2}$",
    regex.IGNORECASE,
)


# A plight before customers or clients that makes them a group helped: "affected customers".
STRICKEN_BEFORE = deferred_pattern(
    r"\b(?:affected|impacted|struggling|vulnerable|low-income|[\p{L}]+-(?:affected|hit|impacted))"
    r"[ \u00a0]$",
    regex.IGNORECASE,
)


def _helped_members(text: str, head: str, start: int) -> bool:
    """Whether a "members" head names a group helped: "service members", "family members";
    a researchers head one early in a career: "early career researchers"; readers who
    struggle: "struggling readers"."""
    if head in EARLY_CAREER_HEADS:
        return EARLY_CAREER_BEFORE.search(text, max(0, start - 40), start) is not None
    if head == "readers":
        return LEARNING_READERS.search(text, max(0, start - 24), start) is not None
    if head in ("customers", "clients"):  # "grants to affected customers": hit by a disaster
        return STRICKEN_BEFORE.search(text, max(0, start - 24), start) is not None
    return head == "members" and HELPED_MEMBERS.search(text, max(0, start - 30), start) is not None


# "the community", "our local community": a community not said to be whose.
_PLAIN_BEFORE = deferred_pattern(
    r"(?:\b(?:the|our|their|your|its|this|a|local|wider|whole|entire|broader|surrounding)[ \u00a0])$",
    regex.IGNORECASE,
)


# "urgent community need": a need; "community policing", "community development": a kind of work
_COMMUNITY_NEED = deferred_pattern(
    r"[ \u00a0](?:needs?|policing|development|engagement|outreach|building|investment|"
    r"programs?|programmes?|projects?|initiatives?|service|centers?|centres?|health)\b"
)


def _plain_community(text: str, start: int, end: int) -> bool:
    """Whether a "community" head (``text[start:end]``) is a name's word or has no qualifier before it."""
    word = text[start:end]
    if word.lower() != "community":
        return False
    return (
        word[0] == "C"
        or (
            _PLAIN_BEFORE.search(text, max(0, start - 12), start) is not None
            and not (text[end : end + 2] == ", " and COORD_OTHER.match(text, end))
        )  # "the community, staff and patients": the first of a list of groups
        or _COMMUNITY_NEED.match(text, end) is not None
    )


# Heads that need their word close before them ("graduating senior", "stray dogs").
_NEEDS_ITS_WORD = frozenset("senior dogs cats horses buyers leavers sleepers impaired".split())


def _lacks_its_word(text: str, start: int, end: int) -> bool:
    """Whether a head of ``_NEEDS_ITS_WORD`` lacks the word before it that makes it a group."""
    word = text[start:end].lower()
    return word in _NEEDS_ITS_WORD and not QUALIFIED_HEADS[word].search(
        text, max(0, start - 40), start
    )


_PLACE_WORDS = frozenset("areas regions banks pantries departments museums".split())


def _untold_place(text: str, start: int, end: int) -> bool:
    """Whether a head of ``_PLACE_WORDS`` lacks the word before it or the plight after it
    that makes it a group helped ("flood-affected areas", "food banks")."""
    word = text[start:end].lower()
    return (
        word in _PLACE_WORDS
        and not QUALIFIED_HEADS[word].search(text, max(0, start - 40), start)
        and not ORG_PLIGHT_AFTER.match(text, end)
    )


# Words after bodies that name whom they serve: "pantries serving", "banks that serve".
SERVING_AFTER = deferred_pattern(
    r"[ \u00a0](?:(?:that|which|who)[ \u00a0])?"
    r"(?:serv(?:e|es|ing)|provid(?:e|es|ing)(?:[ \u00a0][\p{L}\-]{1,20}){1,3}?[ \u00a0](?:to|for))"
    r"[ \u00a0](?!(?:on|in|as|at|over|more|up)\b)"  # "serving on the frontlines": where, not whom
)
_SERVING_OPENERS = frozenset({"se", "pr", "th", "wh"})  # how SERVING_AFTER's words open
_SERVING_BODIES = ORG_LIKE_HEADS | ORG_CLASS_HEADS
_SERVICE_HEADS = frozenset("banks pantries departments".split())


def _one_of(text: str, h_start: int, head: str) -> str:
    """One body of a kind named by its word and a plural head: "food bank" for "food banks"."""
    one = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return text[h_start - 5 : h_start].lower() + one


def _untold_organisations(text: str, start: int, end: int) -> bool:
    """Whether organisations funded as a class ("charities", "groups") lack what tells them
    apart: their kind or a count close before them, or their plight after them."""
    if text[start:end].lower() not in ORG_CLASS_HEADS:
        return False
    return not (
        _KIND_OF_ORG.search(text, max(0, start - 30), start)
        or COUNTED_ORGS.search(text, max(0, start - 40), start)
        or ORG_PLIGHT_AFTER.match(text, end)
    )


_THOSE = frozenset({"those", "everyone", "others"})  # "others in need"


def _unqualified_common(text: str, start: int, end: int) -> bool:
    """Whether a "those" or "family" head lacks the words that make it a group: "those in need"
    after it, "a deserving family" before it (the cheap test before the walk back)."""
    word = text[start:end].lower()
    if word in _THOSE:  # "those in need", "everyone living in the valley"
        return THOSE_DESCRIBED.match(text, end, end + 40) is None
    if word == "family":  # "a deserving family", "the family of a fallen firefighter"
        return _NEEDY_FAMILY.search(
            text, max(0, start - 40), start
        ) is None and not FAMILY_OF.match(text, end)
    return False


# Words before a general head that do not say who is meant: "surrounding communities".
VAGUE_MODIFIERS = frozenset(
    """
    surrounding local many more other all these our their nearby neighboring neighbouring various
    different several diverse wider broader whole entire same such countless numerous new
    additional extra multiple international grateful lucky happy proud
    """.split()
)


# Adjectives before a general head that make it an aim: "build stronger communities".
GOAL_BEFORE = deferred_pattern(
    r"\b(?:healthier|healthy|stronger|strong|safer|better|thriving|vibrant|resilient|sustainable|"
    r"more[ \u00a0]resilient|prosperous|inclusive|livable|liveable)"
    r"(?:,?[ \u00a0](?:and|&)[ \u00a0](?:more[ \u00a0])?\p{L}{2,20}|,[ \u00a0]\p{L}{2,20})?"  # "strong and engaged"
    r"[ \u00a0]$",
    regex.IGNORECASE,
)


def _head_named(low: str, recipient: str, head_at: int, phrase: str) -> bool:
    """Whether the head (at ``head_at`` in the lower-cased phrase ``low``) is a word of the
    recipient's name written in it ("Global Causes"), not a group before the name ("the
    children at Batson Children’s Hospital")."""
    at = low.find(recipient)
    return at <= head_at < at + len(recipient) and _named(phrase, at)


def _named(phrase: str, at: int) -> bool:
    """Whether a recipient's name inside a phrase is written as a name: "Global Causes", not
    "various global causes" (a group that a headline's capitals made a recipient)."""
    return phrase[at : at + 1].isupper()


def _told_apart(text: str, start: int, head_start: int) -> bool:
    """Whether words before a general head say who is meant: "displaced persons", "low-income people"."""
    words = text[start:head_start].lower().split()
    return any(w not in VAGUE_MODIFIERS and not w[:1].isdigit() for w in words)


def _names_a_group(phrase: str) -> bool:
    """Whether a phrase holds a head that is not general: "individuals and families"."""
    return any(w in HEADS and w not in GENERIC for w in phrase.split())


# The word after a group's possessive: "women’s leadership", "children’s lives".
POSSESSED = deferred_pattern(
    r"[’']s?[ \u00a0]+(\p{L}[\p{L}\-]{0,25})(?:[ \u00a0]+(\p{L}[\p{L}\-]{0,25}))?"
)  # "veterans' mental health": the second word may be the thing of help


# Places of care a group's possessive may name: "the children’s hospital" is a hospital.
INSTITUTIONS = frozenset(
    """
    hospital hospitals ward wards unit units clinic clinics center centre centers centres
    museum museums charity charities home homes hospice hospices shelter shelters
    """.split()
)


def _owns_a_thing(text: str, h_end: int, cue: str) -> bool:
    """Whether a group's possessive names a thing it has ("people’s recovery efforts") after a
    cue that does not help it, or a place of care after any cue ("support the children’s
    hospital"); "supporting children’s education" and "children’s lives" stay."""
    m = POSSESSED.match(text, h_end, h_end + 60)
    if m is not None and m.group(1).lower() in INSTITUTIONS:
        return True
    if cue in STRONG_CUES:
        return False
    return (
        m is not None
        and m.group(1).lower() not in _HELP_OWNED
        and (m.group(2) or "").lower() not in _HELP_OWNED
    )


# What of a group's is helped when named after its possessive: "children’s lives" ("people’s
# recovery" names efforts more often than a group).
_HELP_OWNED = OF_CUES - {"recovery", "rehabilitation", "treatment"}


_GENERATION = frozenset({"generation", "generations"})


def _of_things(phrase: str) -> bool:
    """Whether "generation(s) of" in a phrase goes on without a group of people: "of solutions"."""
    at = phrase.find(" of ", phrase.find("generation"))
    if at < 0:
        return False
    words = phrase[at + 4 :].split()[:3]  # "of token projects", "of innovation leaders"
    # ("projects" is a head only with its word of promise: here it is a thing)
    return any(w.endswith(_THING_ENDINGS) for w in words) and not any(
        w in HEADS and w != "projects" for w in words
    )


# Endings of nouns of things: "solutions", "projects", "products", "technologies", "tools".
_THING_ENDINGS = ("tion", "tions", "ment", "ments", "ogy", "ogies", "ware", "ucts", "jects", "ools")


def _bare_generic(phrase: str) -> bool:
    """Whether a phrase is only a general head ("people", "more people", "communities")."""
    words = [w for w in _CONTENT.findall(phrase) if w not in _FILLER]
    return len(words) == 1 and words[0] in GENERIC


_HEAD_BYTES = frozenset(w.encode("ascii") for w in HEADS | NOT_HEADS)
# Letters, digits and the hyphen of "student-athletes" stay; the rest becomes space.
_SEPARATORS = bytes(
    c if (0x61 <= c <= 0x7A or 0x30 <= c <= 0x39 or c == 0x2D) else 0x20 for c in range(256)
)


def _heads_by_span(text: str, spans: list[Span]) -> list[list[tuple[int, int]]]:
    """The head words of each span, in order, as (start, end).

    Spans with only spaces between them (the headline and the lead paragraphs) are
    read in one go: no head lies in the spaces, and a space next to a head reads
    the same as the edge of a span.
    """
    out: list[list[tuple[int, int]]] = []
    k = 0
    while k < len(spans):
        j = k + 1
        while j < len(spans) and not text[spans[j - 1].end : spans[j].start].strip():
            j += 1
        hits = (
            _heads(text, Span(spans[k].start, spans[j - 1].end), exact=False) if j > k + 1 else None
        )
        if hits is None:  # one span, or text the fast reading does not take
            out.extend(_heads(text, spans[x]) or [] for x in range(k, j))
        else:
            at = 0
            for x in range(k, j):
                end = spans[x].end
                first = at
                while at < len(hits) and hits[at][0] < end:
                    at += 1
                out.append(hits[first:at])
        k = j
    return out


def _heads(text: str, span: Span, exact: bool = True) -> list[tuple[int, int]] | None:
    """The head words in a span, in order, as (start, end).

    Which heads occur at all is a set lookup over the span's lower-cased words
    (``str`` and ``bytes`` methods, at C speed); only those are then located.
    A span with a character whose lower case is longer is scanned by pattern
    instead, or, when not ``exact``, left to the caller (None).
    """
    chunk = text[span.start : span.end]
    low = chunk.lower()
    if len(low) != len(chunk):  # a rare character whose lower case is longer
        if not exact:
            return None
        return [m.span() for m in finditer(HEAD, text, span.start, span.end)]
    present = _HEAD_BYTES.intersection(
        low.encode("ascii", "replace").translate(_SEPARATORS).split()
    )
    hits: list[tuple[int, int]] = []
    for raw in present:
        word = raw.decode("ascii")
        n = len(word)
        i = low.find(word)
        while i >= 0:
            before = low[i - 1] if i else " "
            after = low[i + n] if i + n < len(low) else " "
            if not (before.isalnum() or before in "’'-") and not (after.isalnum() or after == "-"):
                hits.append((span.start + i, span.start + i + n))
            i = low.find(word, i + n)
    hits.sort()
    return hits


# Words after a capitalised group that make it an organisation's name.
ORG_AFTER = deferred_pattern(
    r"""
    (?:[’']s?)?(?:[ \u00a0](?:&(?:amp;)?|and|\p{Lu}[\p{L}’'\-]{0,20})){0,3}?      # "Boys & Girls", "Children's"
    [ \u00a0](?:Clubs?|Foundations?|Fund|Funds|Hospitals?|Association|Society|Center|Centre|
              Council|Network|Alliance|Home|Homes|Academy|School|Schools|Inc|Charities|
              Coalition|Institute|Trust|League|Services|Museum|Choir|Orchestra)\b
    """,
    regex.VERBOSE,
)


def _names_an_organisation(text: str, head_start: int, end: int, limit: int) -> bool:
    """Whether a capitalised group is the start of a name ("Boys & Girls Clubs")."""
    if not text[head_start : head_start + 1].isupper():
        return False
    head_end = head_start + len(text[head_start : head_start + 30].split(None, 1)[0])
    return any(ORG_AFTER.match(text, at, min(limit, at + 60)) for at in (head_end, end))


def _is_name(doc: Document, start: int, end: int, headline: Span | None) -> bool:
    """Whether a head word is part of a name: "Speedway Children's Charities", "Women in Tech"
    (a headline's capitals, ``headline``, name nothing)."""
    text = doc.text
    if not text[start].isupper():
        return False
    if headline is not None and headline.start <= start < headline.end:
        return False
    if text[start:end].lower() in DEMONYMS:
        return bool(POSSESSIVE_NAME.match(text, end, end + 4))  # "Canadians", not "Texans' Fund"
    if POSSESSIVE_NAME.match(text, end, end + 4):
        return True
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0")
    return not (not before or before[-1] in '.!?:\n\r"“”•*')


def _rule(cue: str) -> str:
    """The rule name for a cue word."""
    if cue in WEAK_CUES:
        return f"cue_{cue}"
    if cue == "for_help":
        return "cue_for"
    if cue in OF_CUES:
        return "cue_of"
    return "cue_verb"


def _conf(score: float) -> float:
    """A confidence in [0, 1] from a ranking score."""
    return round(max(0.1, min(0.95, 0.3 + score / 8)), 2)


# A title that is a sentence of news: it ends with a full stop and at least three of its
# longer words are in lower case ("The bank gave $5,000 to the shelter for women fleeing
# abuse."). A bare news paragraph is read with its first sentence as title; its groups keep
# all their qualifiers.
# (A closing quotation mark may follow the full stop.)
_CLOSING_QUOTES = "”\"’'"


def _sentence_title(doc: Document) -> bool:
    """Whether the release's title is a sentence of news, not a headline."""
    if doc.title is None:
        return False
    title = doc.text[doc.title.start : doc.title.end].rstrip(" \t\u00a0")
    if not title.rstrip(_CLOSING_QUOTES).endswith((".", "!")):
        return False
    words = title.split()
    lower = sum(1 for w in words if w[:1].islower() and len(w) > 4)  # "provided", not "on"
    return len(words) >= 8 and lower >= 3


def _states_a_gift(doc: Document, frame: GiftFrame) -> bool:
    """Whether the release states a gift: the frame found one, or (without a frame) the headline says so."""
    if frame.gifts or frame.amounts:
        return True
    if doc.title is None:
        return _lead_states_a_gift(doc)  # a bare news paragraph: its lead says it or nothing does
    if PROGRAMME_TITLE.search(doc.text, doc.title.start, doc.title.end):
        return True  # "Launches College Fund", "Stipend for Families": money for people
    if CHARITY_TITLE.search(doc.text, doc.title.start, doc.title.end):
        return True  # "Philanthropic Efforts", "Nonprofit Holds ...": giving without a sum
    if not GIFT_TITLE.search(doc.text, doc.title.start, doc.title.end):
        return _lead_states_a_gift(doc)
    if GRANT_TITLE.search(doc.text, doc.title.start, doc.title.end):
        return (
            True  # "Receives Grant to Study ...", "Ecosystem Grant Program": a grant without a sum
        )
    # Without a frame, the headline's gift word must come with money near the top:
    # "Grant Smith Receives Lifetime Award" names no gift.
    lead_end = _lead_end(doc)
    lead_end = max(lead_end, doc.title.end)  # (a title that is the whole text is its own lead)
    if MONEY_SIGN.search(doc.text, doc.title.start, lead_end):
        return True
    # or with giving named as such: "Honored for Community Contributions" and "philanthropy",
    # or a lead that states a gift by itself ("We made the donation ...")
    return (
        not AWARD_TITLE.search(doc.text, doc.title.start, doc.title.end)
        and PHILANTHROPY.search(doc.text, doc.title.end, lead_end) is not None
    ) or _lead_states_a_gift(doc)


# An award a person receives: honours for giving are no gift ("Lifetime Achievement Award").
AWARD_TITLE = deferred_pattern(r"\bawards?\b", regex.IGNORECASE)
# Giving named as such (not "philanthropist", a person honoured for it).
PHILANTHROPY = deferred_pattern(r"\bphilanthrop(?:y|ic)\b", regex.IGNORECASE)
# Headlines that state a programme paying people, with or without a sum:
# "Scholarship for Nursing Students", "Launches Relief Fund", "Monthly Stipend".
PROGRAMME_TITLE = compile_pattern(
    r"""
    \b(?:scholarships?|stipends?|bursar(?:y|ies)|fellowships?|donates|donated  # "Club Donates 900 Books"
       |(?:offers|awards|awarded|announces)[ \u00a0](?:\p{L}[\p{L}\-]{0,20}[ \u00a0]){0,4}?grants?  # "Offers Grants for"
       |(?:launch|establish|creat|unveil|introduc)\w{0,3}[ \u00a0](?:\p{L}[\p{L}\-]{0,20}[ \u00a0]){0,4}?
        (?:fund|grant[ \u00a0]program(?:me)?))\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Headline words of a gift that needs no sum: "Donation of 270,000 Pounds of Food",
# "Opens Grant Program", "Receives Grant Funding" (not "Grant Park", "Amy Grant").
GRANT_TITLE = deferred_pattern(
    r"\b(?:donation|grants?[ \u00a0](?:programs?|programmes?|funding|recipients)"
    r"|gift[ \u00a0]to(?![ \u00a0](?:give|yourself|your|celebrate|treat)))\b",  # "Gift to 30 Food Banks"
    regex.IGNORECASE,
)
# Headlines about giving itself, which a release may state without a sum:
# "Expands Philanthropic Efforts", "Charity Drive", "Nonprofit Hosts ...", "Accepting Donations".
CHARITY_TITLE = compile_pattern(
    r"\b(?:philanthrop(?:y|ic|ies)|charit(?:y|ies|able)|non-?profits?|donations|foundation"
    r"|radiothon|telethon|fundrais(?:er|ers|ing)"  # an event that raises money for a cause
    r"|(?-i:CSR))\b",  # a company's social responsibility work: "CSR: Free Eye Camp Held"
    regex.IGNORECASE,
)
# Words of a gift a lead sentence may state with its sum when the headline does not:
# "The foundation awards bursaries of $1,000 to $5,000" under "Youths Honoured for Projects".
LEAD_GIFT = deferred_pattern(
    r"\b(?:donat(?:es|ed|ing|ion|ions)|bursar(?:y|ies)|scholarships?|pledg(?:es|ed)|grants?|granted"
    r"|(?<=[ \u00a0]in[ \u00a0])contributions"  # "surpassing $2 million in contributions"
    r"|relief|assistance|(?:humanitarian|emergency|disaster|food)[ \u00a0]aid)\b",  # "Rs 2,000 crore
    # in relief for farmers", "85 million euros in humanitarian aid"
    regex.IGNORECASE,
)

_LEAD_GIFT_STEMS = (
    "donat",
    "Donat",
    "bursar",
    "Bursar",
    "scholarship",
    "Scholarship",
    "grant",
    "Grant",
    "pledg",
    "Pledg",
    "relief",
    "Relief",
    "assistance",
    "Assistance",
    " aid",
    "in contributions",
)


#: The fewest characters a release's lead holds: its first four paragraphs, or more of them
#: when those are short lines (a by-line, a minister's title, a date), up to ``LEAD_MOST``.
LEAD_CHARS = 600
LEAD_MOST = 8


def _lead_end(doc: Document) -> int:
    """Where the lead of a release (with at least one paragraph) ends: four paragraphs, or
    as many as make ``LEAD_CHARS`` characters when the first are short lines."""
    paragraphs = doc.paragraphs
    k = min(3, len(paragraphs) - 1)
    while (
        k + 1 < min(len(paragraphs), LEAD_MOST)
        and paragraphs[k].end - paragraphs[0].start < LEAD_CHARS
    ):
        k += 1
    return paragraphs[k].end


def _lead_states_a_gift(doc: Document) -> bool:
    """Whether a sentence of the first paragraphs names a gift together with its sum."""
    if not doc.paragraphs:
        return False
    lead_end = min(_lead_end(doc), doc.body_end)
    text = doc.text
    # (a title that is the release's first sentence is read with the lead; a bare
    # paragraph with no headline is all lead)
    body = doc.title.end if doc.title is not None else 0
    first = doc.title.start if doc.title is not None and _sentence_title(doc) else body
    lead = text[first:lead_end]  # (one slice: the stems below are looked for with ``in``)
    if any(w in lead for w in _GIVING_STEMS) and (
        GIVING_ACT.search(text, first, lead_end) is not None
    ):
        return True  # "donated 195,000 meals", "a fundraiser supporting ...": no sum needed
    if not any(w in lead for w in _LEAD_GIFT_STEMS):
        return False
    for m in finditer(LEAD_GIFT, text, first, lead_end):
        title = doc.title
        sent = title if title is not None and m.start() < title.end else doc.sentence_at(m.start())
        if MONEY_SIGN.search(text, sent.start, sent.end):
            return True
    return False


# Giving stated without a sum: things counted and donated, funds raised for a cause, proceeds given.
GIVING_ACT = deferred_pattern(
    r"""
    \b(?:(?:donat(?:e|es|ed|ing)|handed[ \u00a0]over|distributed)[ \u00a0]  # "handed over 500 sets"
         (?:(?:another|over|more[ ]than|nearly|about|some|a[ ]total[ ]of)[ \u00a0])?
         \d[\d,.]*(?:[ \u00a0](?:million|thousand))?[ \u00a0]\p{L}+      # "donated 195,000 meals"
      | rais(?:e|es|ed|ing)[ \u00a0](?:\p{L}+[ \u00a0]){0,2}(?:funds|money)[ \u00a0]for  # "raise critical funds for"
      | donat(?:ed|ing)[ \u00a0]to[ \u00a0]                                # "meals are being donated to"
      | (?:made[ \u00a0](?:a|an|the|this|its|their|our)                 # "we made the donation"
        |(?:make|makes|making)[ \u00a0](?:the|this|its|their|our))      # (not an appeal: "make a donation")
        [ \u00a0](?:\p{L}+[ \u00a0]){0,2}?donation\b
      | charit(?:y|able)[ \u00a0](?:distributions?|contributions|donations|gifts)\b  # "the charity distribution"
      | rais(?:e|es|ed|ing)[ \u00a0](?:(?:over|more[ ]than|nearly|almost|about)[ \u00a0])?
        [$€£]\d[\d,.]*(?:[ \u00a0](?:million|billion|thousand))?   # "raised $625,000
        (?:[ \u00a0]\([\p{L} ]{1,12}\))?[ \u00a0]for\b              #  (net) for the hospital"
      | fundrais(?:er|ing)[ \u00a0](?:supporting|benefiting|benefitting|for|to[ ]benefit)\b
      | proceeds[ \u00a0](?:will[ \u00a0])?(?:benefit|go[ ]to|support|be[ ]donated)\b
      | (?:provid|donat|distribut|deliver|present|hand)(?:e|es|ed|ing)[ \u00a0]
        (?:\p{L}+[ \u00a0]){0,2}?relief[ \u00a0](?:materials|items|supplies|packages|kits)\b  # "provided
      | relief[ \u00a0](?:materials|items|supplies|packages|kits)[ \u00a0]donated\b  # relief materials to"
      | (?:dispatch|send|sent|deliver|provid|ship|airlift)\w{0,4}[ \u00a0](?:of[ \u00a0])?
        (?:urgent|emergency|humanitarian|disaster)[ \u00a0](?:aid|assistance|relief|supplies)\b)  # "ordered
        # the dispatch of urgent aid to"
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_GIVING_STEMS = (
    "onat",
    "funds for",
    "money for",
    "harit",
    "undrais",
    "roceeds",
    "aised $",  # (the sum raised for a cause, in dollars: "raised $625,000 for")
    "aise $",
    "elief",
    "mergency",
    "umanitarian",
    "rgent",
    "isaster",
    "anded over",
    "istributed",
)


def _places(doc: Document, frame: GiftFrame) -> list[Span]:
    """Where beneficiaries are looked for, in order, not overlapping: headline, lead, gift sentences."""
    spans: list[Span] = []
    if doc.title is not None:
        spans.append(doc.title)
    body = [p for p in doc.paragraphs if p.start >= (doc.title.end if doc.title else 0)]
    lead = [p for p in body if p.start < doc.body_end][:LEAD_PARAGRAPHS]
    spans.extend(lead)
    lead_end = lead[-1].end if lead else 0
    for g in frame.gifts:
        if g.start >= lead_end and not doc.is_boilerplate(g.start):
            spans.append(Span(g.start, g.end))
            # The sentence after a gift often says whom it helps: "The money will help ...".
            k = doc.sentence_index(g.end) + 1
            if k < len(doc.sentences) and not doc.is_boilerplate(doc.sentences[k].start):
                nxt = doc.sentences[k]
                if nxt.start >= g.end and doc.paragraph_index(nxt.start) == doc.paragraph_index(
                    g.start
                ):
                    spans.append(nxt)
    spans.sort(key=lambda s: s.start)
    merged: list[Span] = []
    for s in spans:
        if merged and s.start < merged[-1].end:
            if s.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, s.end)
            continue
        merged.append(s)
    return merged


# A word and the gap after it, up to the next word: a word opens at every letter or
# digit, so the gap is the run of other characters (empty after "1,234" in "1,2345").
_WORD_GAP = deferred_pattern(
    r"([\p{L}\d][\p{L}\d’'\-]*(?:[.,]\d{1,3})*(?:/\d{1,4})?\+?)([^\p{L}\d]*)"
)  # "LGBTQ+", "post-9/11"
# The same over a window that is all ASCII and has no slash, where it reads the same
# words: narrow classes and no slash branch make the common case faster.
_ASCII_WORD_GAP = deferred_pattern(
    r"([A-Za-z0-9][A-Za-z0-9'\-]*(?:[.,][0-9]{1,3})*\+?)([^A-Za-z0-9]*)"
)
_GAP = deferred_pattern(r",?\s+")


def _words_before(text: str, floor: int, end: int) -> list[tuple[int, str, bool]]:
    """The words in ``text[floor:end]`` as (start, lower-cased word, comma after it).

    Only the run of words that reaches ``end`` through plain gaps (spaces, or a
    comma and spaces) is kept: anything else ("(", a full stop) ends the phrase.
    Plain words with single spaces (the common case) are split at C speed; else
    only what follows the last mark that ends a phrase is read, split if it is
    plain, else by one ``findall`` (no match objects). Positions are counted back
    from ``end``.
    """
    window = text[floor:end]
    if _plain_words(window):
        return _split_words(window, end)
    q = max(window.rfind(' "'), window.rfind(" “"))
    if q >= 0 and text[floor + q + 2 : floor + q + 3].isalpha():
        # 'benefits "students who ...': a quotation opened inside the phrase is read past
        # (a space for the mark keeps the positions)
        window = window[: q + 1] + " " + window[q + 2 :]
    cut = max(
        window.rfind(". "),  # (a full stop only before a space: "1.5" is one word)
        window.rfind("("),
        window.rfind(")"),
        window.rfind(":"),
        window.rfind(";"),
        window.rfind('"'),
        window.rfind("“"),
        window.rfind("”"),
    )
    if cut >= 0:
        window = window[cut + 1 :]
        if _plain_words(window):
            return _split_words(window, end)
    out: list[tuple[int, str, bool]] = []
    pos = end
    if window.isascii() and "/" not in window:
        pairs = _ASCII_WORD_GAP.findall(window)
    else:
        pairs = _WORD_GAP.findall(window)
    for word, gap in reversed(pairs):
        if gap != " " and gap != ", " and not _GAP.fullmatch(gap):  # common gaps first
            break
        pos -= len(gap) + len(word)
        out.append((pos, word.lower(), gap[:1] == ","))
    out.reverse()
    return out


def _plain_words(window: str) -> bool:
    """Whether ``window`` holds only ASCII words (letters and digits, with inner or final
    apostrophes and hyphens) and single spaces, some after a comma: there the words
    ``_WORD_GAP`` reads are those ``split`` gives, each gap a space or a comma and a space."""
    return (
        window.isascii()
        and "  " not in window
        and " ," not in window
        and " '" not in window  # an apostrophe or hyphen opening a word is a gap's
        and " -" not in window
        and window[:1] not in ",'-"
        and window.count(",") == window.count(", ")  # a comma is always a gap's, before a space
        and window.replace(" ", "").replace(",", "").replace("'", "").replace("-", "").isalnum()
    )


def _split_words(window: str, end: int) -> list[tuple[int, str, bool]]:
    """``_words_before`` over a window ``_plain_words`` accepts, ending at ``end``."""
    if window[-1] != " ":
        return []  # the last word runs into the head: no gap, no phrase
    pos = end
    out: list[tuple[int, str, bool]] = []
    for word in reversed(window.lower().split()):
        pos -= len(word) + 1  # its gap: " ", or ", " after a word that ends with ","
        out.append((pos, word[:-1], True) if word[-1] == "," else (pos, word, False))
    out.reverse()
    return out


# Words before "that" whose clause names who is helped: "so that X can", "ensures that X have".
SO_THAT = frozenset("so ensure ensures ensuring ensured".split())
# A group followed by "can" or "will be able to" within a few words: what "means" it can do.
CAN_AFTER = deferred_pattern(
    r"[\p{L}\-]+(?:[ \u00a0][\p{L}\-,]+){0,6}?[ \u00a0](?:can|could|will[ \u00a0]be[ \u00a0]able|now[ \u00a0]have)\b"
)
# "the family of a fallen firefighter": a family told apart by whose it is.
FAMILY_OF = deferred_pattern(r"[ \u00a0]of[ \u00a0](?:a|an|the|late)[ \u00a0]", regex.IGNORECASE)
# Words before a count that say it is rough: "about 300 children", "over 2,000 families".
APPROX_WORDS = frozenset("about around over under upwards roughly".split())
ROUGH_COUNT_BEFORE = deferred_pattern(
    r"\b(?:about|around|over|under|upwards[ \u00a0]of|roughly)[ \u00a0]+\d[\d,.]*"
    r"(?:[ \u00a0]+(?:more|additional|new))?[ \u00a0]+$",
    regex.IGNORECASE,
)
# Needs before "among": the group after it is the one helped ("homelessness among veterans").
NEED_AMONG = frozenset(
    "hunger poverty homelessness illiteracy literacy unemployment isolation loneliness obesity "
    "malnutrition suicide addiction violence disparities inequities".split()
)
# Nouns of a lack or a service before "in" that make the group after it the one helped:
# "the digital divide in rural communities", "healthcare in under-served communities".
NEED_IN = frozenset("divide gap gaps healthcare care services education development".split())
# Verbs of sharing before "among": the group after it gets the shares.
SHARED_AMONG = frozenset("distributed shared divided split allocated spread".split())
# Those a gift goes to, named as such, and the verbs that then name who they are.
RECIPIENT_NOUNS = frozenset(
    "recipients beneficiaries applicants grantees awardees candidates honorees".split()
)
COPULAS = frozenset("include includes included are were be is will".split())


def _helps_before(word: str) -> bool:
    """Whether the word before "for"/"to" makes it a cue of help: "programs for", "$5,000 for"."""
    return word in FOR_NOUNS or word[:1].isdigit() or word in SCALE_WORDS or word in MADE_FOR


def _walk(text: str, head_start: int, floor: int) -> tuple[str, int, bool]:
    """Back from a head over its modifiers to its cue word: (cue, phrase start, whether
    the first word read was reached, so that a wider window might find more)."""
    start = head_start
    # Back over the modifiers to the cue: "for [the] [one-in-five] youth". The
    # words before the head are read once, left to right, then walked back.
    back = _words_before(text, floor, head_start)
    cue = ""
    i = len(back) - 1
    steps = 0
    passed_determiner = False
    listed = False  # an "and" or "or" passed: commas before it may list modifiers
    while i >= 0 and steps < 10:
        w_start, word, comma = back[i]
        steps += 1
        if (word in STRONG_CUES or word in WEAK_CUES or word in OTHER_VERBS) and not comma:
            # (a cue word before a comma is a noun in a list: "swept away houses, buildings")
            cue = word
            if word in WEAK_CUES and i > 0 and back[i - 1][1] in OPEN_TO:  # "available for"
                cue = back[i - 1][1]  # "open to undergraduate students": who may apply
            elif word in WEAK_CUES and i > 0 and _helps_before(back[i - 1][1]):
                cue = "for_help"  # "programs for girls", "financial support to nurses"
            break
        if (
            word.endswith("ing")
            and len(word) > 5
            and word not in ING_ADJECTIVES
            and not word.endswith("thing")  # "something", "nothing": no verb
        ):
            if word not in EMPLOYING:  # "a company employing 900 workers": its staff
                cue = word  # "inviting students", "connecting families": a verb
            break
        prev_word = back[i - 1][1] if i > 0 else ""
        if word == "with":
            # "connects authors with students", "placing dogs with veterans"
            lead = [x[1] for x in back[max(0, i - 5) : i]]
            if (
                any(x.startswith(WITH_VERBS) for x in lead[:-1])  # "connecting with X": meets X
                or lead[-2:] in _WORK_WITH
                or lead[-2:] in _WORKS_WITH
                or lead[-3:-1] in _WORKS_WITH  # "which works directly with"
                or lead[-1:] == ["works"]  # "the charity works with young carers"
            ):
                cue = "with"  # "... with students"; "its work with youth": a mission
            break
        if word in DIFFERENCE_WORDS and prev_word in ("difference", "differences"):
            cue = "difference"  # "make a lasting difference within rural communities"
            break
        if word in ("by", "with") and prev_word in STAND_WORDS:
            cue = "support"  # "to stand by the most vulnerable": to support them
            break
        if word == "on" and prev_word in FOCUS_WORDS:
            cue = "focus"  # "the study focuses on patients with ...": whom the research is for
            break
        if (
            word == "on"
            and prev_word in IMPACT_WORDS
            and (i < 2 or back[i - 2][1] not in HARM_WORDS)
        ):
            cue = "difference"  # "a real impact on our neighbours who ...": whom it helps
            break
        if word == "that" and prev_word in SO_THAT:
            cue = "so"  # "so that foster children can ...": the purpose names who is helped
            break
        if word == "means" and CAN_AFTER.match(text, head_start) and not comma:
            cue = "so"  # "the grant means more seniors can stay at home": they are helped
            break
        if word in ("than", "at"):
            if prev_word in ("more", "less", "fewer", "over"):
                i -= 2  # "benefit more than 5,000 residents"
                passed_determiner = True
                continue
            if word == "at" and i + 1 < len(back) and back[i + 1][1] == "least":
                i -= 1  # "help at least 50 seniors"
                passed_determiner = True
                continue
            if prev_word in ("aimed", "targeted", "directed"):
                cue = prev_word  # "aimed at young people"
                break
        if word == "of":
            if prev_word in OF_CUES or prev_word in GROWTH_OF:
                cue = prev_word
                break
            if prev_word == "support" and i > 1 and back[i - 2][1] == "in":
                cue = "support"  # "in support of children battling cancer"
                break
            if prev_word in QUANTIFIERS or prev_word in PART_OF:
                i -= 2  # "helps thousands of girls", "reach some of the poorest villages"
                passed_determiner = True
                continue
            if (
                i > 0
                and i + 1 < len(back)
                and not passed_determiner
                and text[back[i + 1][0]].isupper()
                and text[back[i - 1][0]].isupper()
                and prev_word not in STOP_BACK
            ):
                i -= 1  # "Diocese of Knoxville seminarians": "of" inside a name before the group
                continue
            break
        if word == "in" and (prev_word in NEED_AMONG or prev_word in NEED_IN):
            cue = "for_help"  # "the digital divide in underserved communities": whom it is for
            break
        if word == "among" and prev_word in NEED_AMONG:
            cue = "for_help"  # "to end hunger among seniors": those the gift is for
            break
        if word == "among" and prev_word in SHARED_AMONG:
            cue = "for_help"  # "distributed among 500 families"
            break
        if word in COPULAS and any(x[1] in RECIPIENT_NOUNS for x in back[max(0, i - 4) : i]):
            cue = "recipients"  # "Recipients include ...", "Applicants must be ..."
            break
        if word in APPROX_WORDS and i + 1 < len(back) and back[i + 1][1][:1].isdigit():
            i -= 1  # "serves about 300 children": a count's word, not a place's
            passed_determiner = True
            continue
        if word in BARE_VERBS:
            if any(x[1] in VERB_AFTER_CUES for x in back[max(0, i - 6) : i]):
                cue = "help"  # "help the Red Cross meet affected families’ needs": they are helped
            break  # the verb's object starts after it, not with the words before it
        if word in STOP_BACK or word in THINGS_NEEDED:
            break  # "the funds coaches need": what the group needs, not a modifier
        if word[:1].isdigit() and word.endswith(_ORDINAL_ENDS) and not passed_determiner:
            start = w_start  # "fifth graders", "9th graders": the grade is their word
        elif word in NUMBER_WORDS:
            start = w_start  # "nine hundred organizations", "twelve communities": a count in words
        elif word in SKIP_BEFORE or word[:1].isdigit() or word in SCALE_WORDS:
            passed_determiner = True
        elif comma and word not in LIST_ADJECTIVES:
            first = _modifier_list(back, i) if listed else -1
            if first < 0:
                if listed and i < 6 and all(x[2] for x in back[1 : i + 1]):  # (0: maybe cut)
                    i = 0  # the list runs on before the window: a wider one may read it
                break  # a list read from its end: its first head starts the phrase
            start = back[first][0]  # "college, university, and graduate students"
            i = first - 1
            continue
        elif word in ("and", "or"):
            listed = True  # "current and future residents": kept once a modifier precedes it
        elif passed_determiner:
            break  # "the" closes the phrase on the left
        else:
            start = w_start
        i -= 1
    return cue, start, i <= 0


_ORDINAL_ENDS = ("st", "nd", "rd", "th")  # "9th", "21st"


def _modifier_list(back: list[tuple[int, str, bool]], i: int) -> int:
    """The index of the first word of a list of modifiers that ends with ``back[i]`` (a word
    with a comma after it), or -1: "open to [college, university,] and graduate students".

    A list needs a cue or a determiner before it; a head in it makes it a list of groups.
    """
    j = i
    while j >= 0 and back[j][2] and i - j < 5:
        word = back[j][1]
        if word in HEADS or word in NOT_HEADS or (not word.isalpha() and "-" not in word):
            return -1
        if word in STRONG_CUES or word in WEAK_CUES or word in SKIP_BEFORE or word in STOP_BACK:
            return -1
        j -= 1
    if j < 0 or (i - j < 2 and i + 1 < len(back) and back[i + 1][1] in ("and", "or")):
        return -1  # "to the program, and local students": one item before ", and" lists nothing
    word = back[j][1]
    if word in SKIP_BEFORE or word in STRONG_CUES or word in WEAK_CUES or word in OPEN_TO:
        return j + 1
    if len(word) > 5 and word.endswith("ing") and word not in ING_ADJECTIVES:
        return j + 1  # "loving [broken, sad,] and hurting people": a verb before the list
    return -1


def _phrase(text: str, h_start: int, h_end: int, span: Span) -> tuple[int, int, str, str] | None:
    """The phrase around the head noun ``text[h_start:h_end]``, its cue word and its head, or None without a cue."""
    # A near window first; a wider one only when the walk reached its edge.
    near = max(span.start, h_start - NEAR_WINDOW)
    cue, start, reached = _walk(text, h_start, near)
    far = max(span.start, h_start - FAR_WINDOW)
    if reached and far < near:
        cue, start, _ = _walk(text, h_start, far)
    if not cue:
        return _subject(text, h_start, h_end, span, start)
    end = _after(text, h_end, span.end, cue in VERB_AFTER_CUES, cue in CAUSATIVE, cue in GIVE_CUES)
    if end is None:
        return None
    if start > h_start:
        start = h_start
    return start, end, cue, text[h_start:h_end].lower()


# A verb after a group that says it gets the gift: "Residents of 1,500 homes will benefit",
# "Each year, 25 students will receive ...", "Selected households receive ...".
SUBJECT_VERB = deferred_pattern(
    r"""
    (?P<own>(?:[ \u00a0](?!(?:will|would|can|could|may|have|has|had|is|are|was|were|and|to)\b)
                [^ \u00a0.;:!?\n“”"()—–]{1,25}){0,8}?)     # the group's own words: "in about 1,500 homes"
    [ \u00a0]
    (?:(?:will|would|can|could|may|shall|stand[ ]to|are[ ](?:expected|set|slated|likely)[ ]to|
          also|each|directly|all|now|then|have|has|
          are[ ](?:invited|encouraged|welcome|eligible)[ ]to)[ \u00a0]){0,3}     # "have received", "are invited to"
    (?:(?<!\b(?:the|a|an|of|about|its|their|our|his|her|for|to|from|and|or)[ \u00a0])|(?=apply\b)|  # "about the benefit": a noun
       (?<=\b(?:set|expected|slated|likely)[ ]to[ ]))   # "are set to benefit": a verb after all
    (?:benefit|benefits|benefited|benefitted|receive|receives|received|qualify|
       (?:be|been|are|were)[ ](?:eligible|awarded|selected|chosen|served|supported|helped|receiving)|
       (?:be|are|were)[ ]the[ ](?:\p{L}+[ ])?beneficiaries|           # "will be the main beneficiaries"
       be[ ]able[ ]to|have[ ](?:access|the[ ](?:opportunity|chance))|      # "will be able to stay"
       needs?[ ](?:(?:our|your|the|more|urgent|immediate)[ ])?(?:help|support|assistance)|  # "families hit by the storm need our help"
       (?<=(?:will|can|would|could)[ ](?:now[ ])?)(?:get|gain)(?![ ]to\b)|    # "children with rare diseases will get"
       (?<=(?:can|may|must|are[ ](?:invited|encouraged|welcome|eligible)[ ]to)[ ])apply)\b  # "can apply"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# What may stand between a clause's start and a group that is its subject: "Each year, [25] students".
SUBJECT_LEFT = deferred_pattern(
    r"(?:[“\"‘'](?!our[ \u00a0]))?"  # a quotation opening with the group's words: "“Twelve towns will receive ..."
    r"(?:(?:the|all|an?|these|those|our|its|their|each|every|both|some|many|more|than|over|up|to|"
    r"about|nearly|approximately|estimated|roughly|around|at|least|and|\d[\d,.]*\+?|hundred|"
    r"thousand|million|lakh|crore|dozens|hundreds|thousands|millions|of)[ \u00a0]+)*",
    regex.IGNORECASE,
)
# The start of the clause a group may open: after a sentence's end, a colon, a comma, a dash.
CLAUSE_START = deferred_pattern(r"(?:^|[.!?:;,—–\n][ \u00a0]*)([^.!?:;,—–\n]*)$")


def _subject(
    text: str, h_start: int, h_end: int, span: Span, start: int
) -> tuple[int, int, str, str] | None:
    """A group without a cue before it that opens its clause and is said to get the gift
    ("Residents in 1,500 homes will benefit"): the phrase, the cue "subject" and its head, or None."""
    window = text[h_end : h_end + 80]
    for hint in SUBJECT_HINTS:
        if hint in window:
            break
    else:
        return None  # cheap test: no verb of getting in reach
    m = SUBJECT_VERB.match(text, h_end, span.end)
    own_start = h_end
    if m is None and text[h_end : h_end + 5] == " and ":
        # "Humans and pets hit by the fires have received": the verb after the whole group
        e = _after(text, h_end, span.end)
        if e is not None and e > h_end:
            m, own_start = SUBJECT_VERB.match(text, e, span.end), e
    if m is None or text[h_start:h_end].lower() in SINGULAR_HEADS:
        return None  # "Each student will ...": one of them, not the group
    own = text[own_start : m.end("own")].rstrip(", \u00a0")
    rel = RELATIVE_END.search(own)  # "announced the 100 firms in Leeds that will receive"
    if rel is not None:
        own = own[: rel.start()]
        if not THE_COUNT_BEFORE.search(text, max(0, min(start, h_start) - 16), h_start):
            return None  # only "the 100 firms that will receive": the ones named get it
    else:
        floor = max(span.start, start - 50)
        c = CLAUSE_START.search(text[floor:start])  # a short slice: "^" is its start
        if c is None or (floor > span.start and c.group(0) == c.group(1)):
            return None  # no clause start in reach: the group is not the subject
        if not SUBJECT_LEFT.fullmatch(c.group(1)):
            return None  # "Families of [students] will benefit": the group is part of another
    end = _after(text, h_end, span.end)
    if end is None:
        return None
    end = max(
        end, _trim(text, h_end, own_start + len(own))
    )  # up to its verb: "in about 1,500 homes"
    if rel is not None:
        end = _trim(text, h_end, own_start + len(own))  # "in Kent who will receive": up to "who"
    return min(start, h_start), end, "subject", text[h_start:h_end].lower()


SINGULAR_HEADS = frozenset("student child family".split())
# A bare singular head and another noun before a shared noun: "student and faculty recruitment".
SHARED_MODIFIER = deferred_pattern(
    r"[ \u00a0](?:and|&|or)[ \u00a0](?!(?:his|her|their|its|a|an|the|our|my|your)\b)"
    r"\p{Ll}[\p{Ll}\-]+[ \u00a0]\p{Ll}[\p{Ll}\-]+"
)
# Heads of charities counted as a number of recipients: "Seven Nonprofits".
NONPROFITS = frozenset("nonprofits non-profits".split())
# "each" or "every" before a singular head: "each individual student", "every child".
EACH_BEFORE = deferred_pattern(
    r"\b(?:each|every)[ \u00a0]+(?:[\p{L}\-]+[ \u00a0]+)?$", regex.IGNORECASE
)
# A relative word that ends a group's own words before its verb: "firms in Leeds that".
RELATIVE_END = deferred_pattern(r"[ \u00a0](?:that|who)$")
# "the 100" just before such a group: the ones a release lists as getting the gift.
THE_COUNT_BEFORE = deferred_pattern(
    r"\bthe[ \u00a0]+\d[\d,]*[ \u00a0]+(?:[\p{L}\-]+[ \u00a0]+){0,2}$", regex.IGNORECASE
)
# Parts of the verbs SUBJECT_VERB reads, found before it is tried: a few substring tests
# over a short window cost far less than any pattern there (called for most heads).
SUBJECT_HINTS = (
    *"enefi eceive eceiving ualify eligible awarded selected chosen served access pportunity chance".split(),
    " able ",
    " apply",
    " need",
    " get ",
    " gain ",
)


def _after(
    text: str,
    pos: int,
    limit: int,
    verb_may_follow: bool = False,
    causative: bool = False,
    given: bool = False,
) -> int | None:
    """The end of the phrase after its head: possessive, coordinated heads, qualifiers.

    None when the head is only a modifier of a noun after it ("the boys and
    girls teams", "student programs"): the group helped is then not named.
    """
    end = pos
    # (each pattern below is tried only when the character it opens with is there)
    p = POSSESSIVE_TAIL.match(text, end, limit) if text[end : end + 1] in _APOSTROPHES else None
    if p is not None:
        end = _trim(text, end, p.end())
    # Coordinated groups: "children and their families", "women and girls, grandmothers, ...".
    for _ in range(6):
        # the glue before another head ("and", "&", a comma) lies in the next 17 characters
        near = text[end : end + _GLUE_REACH]
        if "," not in near and "&" not in near and "and" not in near and "or" not in near:
            break
        # ", staff and their communities": a group not helped alone, inside a list of helped ones
        o = COORD_OTHER.match(text, end, limit) if text[end : end + 1] == "," else None
        c = COORD.match(text, o.end(), limit) if o is not None else None
        if c is not None and c.group(_MODS).strip():
            c = None  # ", staff and tired leaders": not a list ending with a group helped
        if (
            c is not None
            and (n := NEXT_WORD.match(text, c.end(), limit))
            and n.group(1) not in STOP_AFTER
        ):
            c = None  # ", staff, and community members": the last one only names a kind
        if c is None:
            c = COORD.match(text, end, limit)
        if c is None:
            break
        glue = text[end : c.start(_MODS)]
        if not _GLUE.search(glue):
            break
        mods = c.group(_MODS).split()
        if any(w.lower() in _CLAUSE_WORDS for w in mods):
            break  # "animals, and helping people": a new clause, not another group
        if any(w.lower() in _MID_DETERMINERS for w in mods[1:]):
            break  # "communities and train the next generation": a verb and its object
        if any(_ING_VERB.fullmatch(w) and w.lower() not in ING_ADJECTIVES for w in mods):
            break  # "sick animals, and adopting homeless animals": a new clause
        c_head = c.group(_HEAD)
        if c_head[:1].isupper() and not text[pos - len(c_head) : pos][:1].isupper():
            break  # "adults, and Menard County Youth Soccer": a name, not another group
        glue_words = text[end : c.start(_HEAD)].lower().split()
        if "a" in glue_words or "an" in glue_words:
            n = NEXT_WORD.match(text, c.end(), limit)
            if (
                n is not None
                and n.group(1) not in STOP_AFTER
                and not POST.match(text, c.end(), limit)
            ):
                break  # "patients and a family residence": the second names a thing
        end = c.end()
        for _ in range(2):  # "disadvantaged families": a head word that qualifies the next one
            n = NEXT_HEAD.match(text, end, limit) if text[end : end + 1] == " " else None
            if n is None:
                break
            end = n.end()
        p = POSSESSIVE_TAIL.match(text, end, limit) if text[end : end + 1] in _APOSTROPHES else None
        if p is not None:
            end = _trim(text, end, p.end())
    if causative and ING_AFTER.match(text, end, limit):
        return end  # "keeps children reading": the -ing word is what they are made to do
    if causative and KEPT_STATE.match(text, end, limit):
        return end  # "keep families warm": the state they are kept in
    if given and GIVEN_AMOUNT.match(text, end, limit):
        return end  # "awarded 40 farmers over $2 million": what follows is what they got
    spaced = text[end : end + 1] in _SPACES  # POST and NEXT_WORD open with a space
    q = POST.match(text, end, limit) if spaced else None
    if q is None and spaced:
        nxt = NEXT_WORD.match(text, end, limit)
        if (
            nxt is not None
            and nxt.group(1) not in STOP_AFTER
            and not verb_may_follow
            and not _adverb(nxt.group(1))
        ):
            return None
        if nxt is not None and verb_may_follow and NEXT_HEAD.match(text, end, limit):
            return None  # "helping community organisations provide": the group's head comes next
        if nxt is not None and _adverb(nxt.group(1)):
            q = POST.match(text, nxt.end(), limit)  # "patients annually from the region"
    if q is not None:
        cut = CUT.search(text, q.start(), q.end())
        end = cut.start() if cut is not None else q.end()
        if cut is not None and text[end] == "," and "and" in text[end : q.end()]:
            end = _listed_on(text, q.start(), end, q.end())
        elif cut is not None and "whose" in text[q.start() : end] and WHOSE_VERB.match(text, end):
            end = _whose_verb_on(text, end, q.end())  # "whose access to water was cut off"
        if verb_may_follow:
            v = PLACE_THEN_VERB.match(text, q.start(), end)
            if v is None and ING_OR_ED_FIRST.match(text, q.start()):
                v = PLACE_THEN_VERB.search(text, q.start(), end)  # "affected by the fires in
                # Maui rebuild": the place comes after the participle's words
            if (
                v is not None
                and v.group(1) not in PLACE_GOES_ON
                and not _participle(v.group(1))  # "in the towns impacted by": no verb
            ):
                end = v.end(0) - len(v.group(1)) - 1  # "help students across the country achieve"
        end = _trim(text, q.start(), end)
        if causative or verb_may_follow:
            d = DOING_TAIL.search(text, q.start(), end)
            if d is not None and (causative or d.group(1)) and d.group(2) not in ING_ADJECTIVES:
                end = d.start()  # "keeps children in Peru learning", "helps X keep learning"
    return end


# Nouns that end like adverbs: "student assembly", "family", "a youth rally".
_LY_NOUNS = frozenset(
    "family supply assembly rally ally anomaly monopoly belly bully jelly lily".split()
)
# Adverbs without "-ly" that may follow a group: "feeds families weekly", "serves them free".
_ADVERBS = frozenset("free there here today tonight year-round nationwide worldwide".split())


def _adverb(word: str) -> bool:
    """Whether a word after a group is an adverb ("weekly", "directly", "free"), not a noun the
    group modifies: the group then ends before it."""
    return (word.endswith("ly") and word not in _LY_NOUNS) or word in _ADVERBS


def _title_coordinated(text: str, h_end: int, limit: int) -> int:
    """The end of the groups coordinated with a headline's head ("Cancer Patients and Their
    Families", "Veterans, Seniors and Youth"), or ``h_end`` without any."""
    end = h_end
    for _ in range(4):
        c = COORD.match(text, end, limit)
        if c is None or not _GLUE.search(text[end : c.start(_MODS)]):
            break
        if any(w.lower() in _CLAUSE_WORDS for w in c.group(_MODS).split()):
            break
        end = c.end()
    return end


# A verb's -ing form among a coordinated group's words: "adopting" (not "sing", "king").
_ING_VERB = deferred_pattern(r"\p{Ll}{3,20}ing")
# A head right after a coordinated head, which it qualifies: "disadvantaged families".
NEXT_HEAD = deferred_pattern(
    lambda: rf"[ ](?:{trie(HEADS - {'those', 'everyone'})})(?![\w\-’'])", regex.IGNORECASE
)
# A relative word that opens a clause about the group: "children whose ...", "who ...".
RELATIVE = deferred_pattern(r"[ \u00a0](?:who|whose|that)\b")
# The verb of a "whose" clause: cut there, the clause says only what of theirs it is about.
WHOSE_VERB = deferred_pattern(r"[ \u00a0](?:is|are|was|were|has|have|had)\b")
# A list that runs on past a comma: "food, shelter, health care and schooling".
LIST_RUNS_ON = deferred_pattern(r"[ \u00a0](?:and|or|and/or)[ \u00a0]")


def _listed_on(text: str, floor: int, comma: int, end: int) -> int:
    """Where a qualifier cut at a list's comma ends ("who shows skill, grit, and a will to win").

    A relative clause whose list runs on past the comma is kept whole to the clause
    end (a "whose" clause with its verb: "whose access to food, shelter and schooling
    was cut off"), or dropped when a new clause follows the list; any other comma
    cut stays.
    """
    rel = RELATIVE.search(text, floor, comma)
    if rel is None:
        return comma
    nxt = CUT.search(text, comma + 1, end)
    while nxt is not None and text[nxt.start()] == ",":
        nxt = CUT.search(text, nxt.end(), end)
    stop = end if nxt is None else nxt.start()
    runs = LIST_RUNS_ON.search(text, comma, stop)
    if runs is None or runs.start() <= comma + 1:
        return comma  # ", and Harbor Playgrounds": another item, not a list inside the clause
    if nxt is None:
        return end
    if text[rel.start() + 1 : rel.end()] == "whose" and WHOSE_VERB.match(text, nxt.start()):
        return _whose_verb_on(
            text, nxt.start(), end
        )  # "whose access to food, shelter and ... was cut off"
    return rel.start()


def _whose_verb_on(text: str, verb: int, end: int) -> int:
    """The end of a "whose" clause cut at its own verb: the next cut after the verb, or the clause end."""
    nxt = CUT.search(text, WHOSE_VERB.match(text, verb).end(), end)  # type: ignore[union-attr]
    return _trim(text, verb, end if nxt is None else nxt.start())


def _participle(word: str) -> bool:
    """Whether a word after a place is a participle ("impacted", "living"), not the bare verb
    of a helped group ("succeed", "bring", "achieve")."""
    return (word.endswith("ed") and not word.endswith("eed")) or (
        word.endswith("ing") and len(word) > 5
    )


# A qualifier that opens with a participle ("affected by", "living in"), whose place may
# come later: "families affected by the fires in Maui rebuild".
ING_OR_ED_FIRST = deferred_pattern(r"[ \u00a0]\p{Ll}{2,20}(?:ing|ed)\b")
# Words that carry a place phrase on ("across the state and beyond", "in Ohio who ...").
PLACE_GOES_ON = frozenset(
    """and or of in on at by with from to for who that which whose where when while as than
    the a an through across around within throughout into nationwide worldwide statewide
    countrywide locally globally everywhere
    city cities area areas region regions county counties state states country countries world
    nation district districts town towns suburbs coast valley province provinces territory
    territories""".split()  # "in the inner city": a place's own noun, not a verb
)
# A place after the group, then the verb a helping cue expects: "across the country achieve".
PLACE_THEN_VERB = deferred_pattern(
    lambda: (
        r"(?:[ \u00a0](?:across|in|throughout|around)[ \u00a0]"
        r"(?:the[ \u00a0](?:\p{Ll}+|\p{Lu}[\p{L}.\-]*)|need|crisis"  # "across the Lowcountry"
        r"|(?:(?:northern|southern|eastern|western|central|rural|regional|remote|coastal|"
        r"downtown|metro|greater|north|south|east|west)[ \u00a0])?"  # "in northern Ontario"
        r"\p{Lu}[\p{L}.\-]*(?:[ \u00a0]\p{Lu}[\p{L}.\-]*){0,2})"
        r"|[ \u00a0]\p{Ll}{2,20}ing[ \u00a0](?:from|with|into)[ \u00a0]\p{Ll}+"  # "moving from shelters"
        r"|[ \u00a0](?:nationwide|worldwide|statewide|countrywide|locally|globally)"  # "nationwide bring"
        rf"|[ \u00a0]of[ \u00a0](?:[\p{{Ll}}\-]+[ \u00a0]){{0,2}}(?:{trie(HEADS)})"  # "a generation of nurses"
        r"|[ \u00a0](?:aged|ages)[ \u00a0]\d{1,2}(?:[ \u00a0](?:to|and)[ \u00a0]\d{1,2}|\+)?)"  # "aged 18 to 24"
        r"[ \u00a0](\p{Ll}+)\b"
    )
)


_GLUE = deferred_pattern(r"and|or|&|,")
_APOSTROPHES = ("’", "'")
_SPACES = (" ", "\u00a0", "\n")  # (POST opens at a line's end too: a wrapped line goes on)
# How far after a head the glue of ``COORD`` can reach: ", and " then "&", two spaces, "their ".
_GLUE_REACH = 17
# Cues named by the walk itself: "so that X", "programs for X".
_PURPOSE_CUES = frozenset({"so", "for_help", "difference", "subject", "recipients"})
# "its work with X": the charity's work names who it helps.
_WORK_WITH = [[p, "work"] for p in ("its", "their", "our", "his", "her")]
# "which works with girls", "who work directly with refugees": a charity's work names whom it helps.
_WORKS_WITH = [[p, w] for p in ("which", "that", "who") for w in ("work", "works", "worked")]
# Words that start a new clause, not another group: "animals, and helping people".
_CLAUSE_WORDS = STRONG_CUES | OTHER_VERBS | STOP_BACK | WEAK_CUES  # "donors, the fund pays for X"
# Determiners that, after another word of a coordinated group, show that word to be a verb.
_MID_DETERMINERS = frozenset("the a an their our its his her these those".split())
# A lower-case word right after the head: a noun it modifies, unless a function word.
NEXT_WORD = deferred_pattern(r"[ \u00a0]([\p{Ll}][\p{Ll}\-]*)\b")
STOP_AFTER = frozenset(
    """
    and or to for in on at by with from who that which whose where when while as than through
    across around within throughout into of the a an is are was were will would can could may
    might have has had be been being do does did get gets got receive receives received so but
    not also now today yet each every this these those their its our who've whom what while
    during since after before until because if said says say gain need needs rely face facing
    deserve deserves continue continues learn thrive succeed live access benefit attend
    qualify based afterwards afterward later soon again instead first directly alike
    """.split()
)
_TRAIL_WORDS = (
    "and",
    "or",
    "the",
    "a",
    "an",
    "of",
    "in",
    "to",
    "for",
    "with",
    "who",
    "their",
    "our",
    "its",
    "those",  # "infants in care and those": the rest of the sentence says who
    "have",  # "veterans who have": the clause was cut after its auxiliary
    "has",
    "are",
    "is",
    "were",
    "was",
    "monday",  # "students from Kirinyaga County Wednesday": when, said after the group
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_TRAIL = deferred_pattern(rf"(?:[ \t\u00a0]+(?:{'|'.join(_TRAIL_WORDS)}))+$", regex.IGNORECASE)


def _trim(text: str, floor: int, end: int) -> int:
    """Drop dangling function words and spaces from a phrase's end."""
    seg = text[floor:end].rstrip(" \t\u00a0")
    tail = seg[-10:]  # (the longest of ``_TRAIL_WORDS`` and the space before it)
    # _TRAIL ends with one of its words (or before a last line end): an ASCII end without one
    # cannot match
    plain = tail.isascii() and tail[-1:] != "\n"
    t = _TRAIL.search(seg) if not plain or tail.lower().endswith(_TRAIL_WORDS) else None
    if t is not None:
        seg = seg[: t.start()]
    return floor + len(seg)
