/// Titles, roles and organisation words: what is stripped from a name and what tells a person from a firm.
enum PersonTitles {
    /// Titles and roles that stand before a name (`Venezuelan President Nicolas Maduro`); everything up
    /// to the last of them in a run of capitalized words is stripped.
    static let titles: WordSet = WordSet([
        "president", "minister", "chancellor", "secretary", "chairman", "chairwoman", "chair", "ceo",
        "director", "manager", "coach", "captain", "spokesman", "spokeswoman", "spokesperson", "senator",
        "governor", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope",
        "ambassador", "general", "colonel", "commissioner", "leader", "mp", "mep", "msp", "attorney",
        "lawyer", "analyst", "economist", "boss", "founder", "head", "officer", "presenter", "singer",
        "actor", "actress", "star", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
        "player", "champion", "pundit", "editor", "producer", "writer", "author", "critic", "official",
        "professor", "prof", "prof.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir",
        "dame", "lord", "lady", "rev", "rev.", "reverend", "archbishop", "bishop", "cardinal", "sheikh",
        "sen", "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "lt", "lt.", "col", "col.", "sgt",
        "sgt.", "capt", "capt.", "inspector", "superintendent", "detective", "constable", "premier", "goalscorer", "scorer", "hero", "winner", "tory", "fellow", "conservative", "labour", "liberal",
        "democrat", "republican", "snp", "ukip",
        "chief", "executive", "vice-president", "deputy", "envoy", "commander", "chancellor", "speaker",
        "trainer", "manager", "boss", "skipper", "coach", "chairman", "candidate", "hopeful", "rival",
        "comedian", "musician", "rapper", "guitarist", "drummer", "director-general", "governor-general",
        "secretary-general", "prime", "emir", "sultan", "ayatollah", "mullah", "imam", "rabbi", "father",
        "brother", "sister", "uncle", "aunt", "marshal", "admiral", "major", "sergeant", "lieutenant",
        "corporal", "dj", "mc", "veteran", "full-back",
        "fly-half", "scrum-half", "flanker", "batsman", "bowler",
        "all-rounder", "sprinter", "hurdler", "jumper", "runner", "swimmer", "cyclist",
        "driver", "rider", "jockey", "boxer", "golfer", "no.", "baroness", "baron", "viscount", "earl",
        "countess", "duke", "duchess", "novelist", "councillor", "backbencher", "referee", "umpire", "spaniard", "frenchman", "briton", "scot", "welshman",
        "irishman", "englishman", "dane", "swede", "kiwi",
    ] as [String])

    /// Titles of peers and royals, whose name may go on with a territory (`Lord Nicholls of
    /// Birkenhead`, `Princess Marguerite of Romania`).
    static let peerages: Set<String> = Set([
        "lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "duke", "duchess",
        "marquess", "prince", "princess",
    ] as [String])

    /// Offices a definite description names one holder of (`the chancellor` → the person introduced as
    /// `Chancellor Gordon Brown`); generic roles (`the actress`) are left to pronoun-like resolution.
    static let offices: WordSet = WordSet([
        "president", "minister", "chancellor", "secretary", "chairman", "chairwoman", "premier", "governor",
        "mayor", "senator", "judge", "speaker", "ceo", "boss", "coach", "manager", "captain", "commissioner",
        "ambassador", "envoy", "director-general", "secretary-general", "governor-general", "leader", "king",
        "queen", "pope", "prince", "princess", "chief", "executive", "prime minister", "foreign secretary",
        "home secretary", "chief executive", "foreign minister", "finance minister", "defence secretary",
        "health secretary", "education secretary", "culture secretary", "trade secretary", "shadow chancellor",
        "deputy prime minister", "party leader", "opposition leader",
    ] as [String])

    /// Offices one person holds in a whole report (`the chancellor`, `the prime minister`), found
    /// however far back the holder was introduced; other roles (`the coach`: every club has one)
    /// only when introduced in the last few sentences.
    static let uniqueOffices: WordSet = WordSet([
        "president", "chancellor", "premier", "pope", "king", "queen", "prime minister", "foreign secretary",
        "home secretary", "foreign minister", "finance minister", "defence secretary", "health secretary",
        "education secretary", "culture secretary", "trade secretary", "shadow chancellor", "deputy prime minister",
        "secretary-general", "director-general", "governor-general", "opposition leader", "mayor", "speaker",
    ] as [String])

    /// Nouns of a description that refers to a person (`the actor`, `the 45-year-old`).
    static let personNouns: WordSet = titles.union([
        "man", "woman", "boy", "girl", "teenager", "father", "mother", "son", "daughter", "wife",
        "husband", "businessman", "businesswoman", "scot", "welshman", "irishman", "englishman",
        "frenchman", "american", "briton", "youngster", "newcomer", "film-maker", "filmmaker", "artist",
        "entrepreneur", "tycoon", "billionaire", "millionaire", "campaigner", "activist", "politician",
        "tory", "mp", "peer", "spokesman", "spokeswoman", "spokesperson", "head", "businessman",
        "pianist", "dancer", "chef", "designer", "novelist", "poet", "playwright", "broadcaster",
        "journalist", "columnist", "blogger", "scientist", "researcher", "doctor", "surgeon", "nurse",
        "teacher", "student", "worker", "engineer", "expert", "consultant", "partner", "owner", "investor",
        "trader", "banker", "strategist", "forecaster", "observer", "commentator", "historian",
        "reviewer", "councillor", "activist", "supporter", "fan", "pensioner", "resident", "voter",
        "physiotherapist", "physio", "psychologist", "lecturer", "photographer", "singer-songwriter",
        "composer", "conductor", "presenter", "host", "agent", "promoter", "chancellor", "judge", "lawyer",
        "solicitor", "barrister", "prosecutor", "detective", "sprinter", "athlete", "champion",
        "cousin", "nephew", "niece", "grandson", "granddaughter", "widow", "brother", "sister", "uncle", "aunt",
    ])

    /// Members of a group, in the singular, that are no person nouns of their own (`shop stewards`).
    static let groupMembers: WordSet = WordSet([
        "steward", "scientist", "member", "employee", "official", "delegate", "protester", "demonstrator",
        "striker", "campaigner", "lawmaker", "legislator", "academic", "economist", "volunteer", "organiser",
        "organizer", "judge", "juror", "regulator", "negotiator",
    ] as [String])

    /// Plural nouns for bodies that a definite description (`the two firms`) refers back to.
    static let pluralBodies: WordSet = WordSet([
        "firms", "companies", "groups", "banks", "clubs", "parties", "sides", "airlines", "carriers",
        "governments", "countries", "organisations", "organizations", "unions", "makers", "partners",
    ] as [String])

    /// Nouns for a body that `the …` refers back to (`the firm said` → the company named last).
    static let singularBodies: WordSet = WordSet([
        "firm", "company", "group", "bank", "club", "party", "airline", "carrier", "retailer", "manufacturer",
        "maker", "insurer", "lender", "broadcaster", "operator", "watchdog", "regulator", "union", "body",
        "organisation", "organization", "charity", "agency", "giant", "chain", "corporation", "consultancy",
        "brewer", "publisher", "supermarket", "conglomerate", "broker",
    ] as [String])

    /// Nouns that make the name before them a publication or broadcaster (`Le Figaro newspaper`,
    /// `Rolling Stone magazine`): the name speaks, and it is not a person's.
    static let outletNouns: WordSet = WordSet([
        "newspaper", "magazine", "paper", "daily", "weekly", "tabloid", "journal", "website", "channel",
        "broadcaster", "network", "station", "agency",
    ] as [String])

    /// Roles of people a report leaves unnamed: `the M&S spokesman` is not the person named before.
    static let unnamedRoles: WordSet = WordSet([
        "spokesman", "spokeswoman", "spokesperson", "source", "sources", "insider", "insiders",
        "analyst", "analysts", "official", "officials", "aide", "aides", "crowd", "fans", "critics",
        "people", "voters", "residents", "supporters", "campaigners", "protesters", "members",
        "experts", "observers", "witnesses", "witness", "residents", "report", "statement", "survey",
        "study", "poll", "figures", "research",
    ] as [String])

    /// Documents that speak for the body that wrote them (`the report says`).
    static let documents: WordSet = WordSet([
        "report", "study", "survey", "statement", "review", "audit", "inquiry", "paper", "document",
        "analysis", "research", "poll", "figures", "ruling", "judgement", "judgment", "letter",
    ] as [String])

    /// Words of a capitalized run that make it an organisation, place or work rather than a person.
    static let nonPersonWords: WordSet = WordSet([
        "party", "council", "bank", "group", "ltd", "inc", "plc", "corp", "company", "parliament",
        "assembly", "commission", "association", "union", "club", "united", "city", "fc", "office",
        "ministry", "department", "committee", "court", "university", "school", "college", "institute",
        "foundation", "agency", "service", "services", "reporter", "news", "times", "post", "theatre",
        "street", "road", "house", "hall", "centre", "center", "stadium", "airlines", "airways", "motors",
        "international", "industries", "systems", "records", "studios", "pictures", "entertainment",
        "awards", "festival", "league", "cup", "championship", "championships", "open", "games",
        "olympics", "federation", "board", "authority", "trust", "society", "fund", "organisation",
        "organization", "network", "channel", "radio", "tv", "magazine", "journal", "press", "exchange",
        "market", "markets", "securities", "capital", "partners", "holdings", "bros", "brothers",
        "labour", "conservative", "conservatives", "tory", "tories", "democrats", "republicans", "senate",
        "congress", "executive", "government", "police", "army", "navy", "force", "forces", "republic",
        "kingdom", "states", "europe", "america", "africa", "asia", "york", "london", "world", "day",
        "week", "year", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "christmas", "easter", "online", "digital", "software",
        "microsoft", "google", "apple", "sony", "nintendo", "bbc", "itv", "cnn", "nasa", "eu", "uk", "us",
        "un", "nato", "fifa", "uefa", "rfu", "wru", "sru", "irfu", "fa", "ioc", "iaaf", "wto", "imf", "fed",
        "reserve", "treasury", "cabinet", "commons", "lords", "whitehall", "downing", "westminster",
        "show", "film", "album", "series", "prize", "award", "oscar", "oscars", "grammy", "baftas",
        "airport", "station", "hospital", "museum", "gallery", "arts", "council", "agency", "ltd.",
        "inc.", "co", "co.", "corporation", "limited", "enterprises", "technologies", "communications",
        "telecom", "energy", "oil", "gas", "motor", "airline", "electronics", "computer", "computers",
        "media", "music", "games", "pictures", "broadcasting", "sport", "sports", "athletics", "rugby",
        "football", "cricket", "tennis", "golf", "lions", "rovers", "wanderers", "athletic", "town",
        "county", "villa", "albion", "rangers", "celtic", "arsenal", "chelsea", "liverpool", "everton",
        "vegas", "globe", "live", "xbox", "razr", "questions", "scotland", "england", "wales", "ireland", "france", "italy", "spain", "germany", "china", "japan",
        "india", "russia", "iraq", "iran", "israel", "venezuela", "brazil", "australia", "canada",
        "dems", "ventures", "associates", "labs", "laboratories", "solutions", "networks", "project", "productions",
        "publishing", "publishers", "pharmaceuticals", "consulting", "institution", "alliance", "coalition",
        "chamber",
    ] as [String])

    /// Words before a name that make it the object of a verb or preposition, not a likely antecedent
    /// (`which stars Robert De Niro and Ben Stiller`, `asked Mr Myers`).
    static let objectMarkers: WordSet = WordSet([
        "and", "or", "nor", "stars", "starring", "featuring", "including", "asked", "told", "met", "beat",
        "defeated", "replaced", "replace", "joined", "plays", "played", "named", "called", "alongside",
        "than", "like", "as", "via", "versus", "vs", "against", "with", "by", "to", "for", "of", "from",
        "about", "behind", "under", "after", "before", "between", "among", "at", "in", "on", "into",
        "thank", "thanked", "praised", "criticised",
        "criticized", "attacked", "blamed", "backed", "support", "supported", "sacked", "signed", "sign",
        "face", "faces", "faced", "meet", "meets",
    ] as [String])

    /// Whether a capitalized word names a person by nationality or origin (`the American`,
    /// `the Spaniard`) rather than a name.
    static func isDemonym(_ key: String) -> Bool {
        personNouns.contains(key) || key.hasSuffix("ian") || key.hasSuffix("an") || key.hasSuffix("ese")
            || key.hasSuffix("ard") || key.hasSuffix("ish") || ["scot", "briton", "dane", "swede", "finn", "pole", "swiss", "czech", "frenchman", "welshman", "irishman", "englishman", "kiwi", "aussie", "brazilian"].contains(key)
    }

    /// The gender a title gives the name after it.
    static let genderOfTitle: WordMap<PronounGender> = [
        "mr": .male, "mr.": .male, "sir": .male, "lord": .male, "baroness": .female, "baron": .male,
        "countess": .female, "duchess": .female, "duke": .male, "earl": .male, "king": .male, "prince": .male,
        "chairman": .male, "spokesman": .male, "businessman": .male, "actor": .male, "father": .male,
        "brother": .male, "uncle": .male, "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female,
        "miss": .female, "dame": .female, "lady": .female, "queen": .female, "princess": .female,
        "chairwoman": .female, "spokeswoman": .female, "businesswoman": .female, "actress": .female,
        "mother": .female, "sister": .female, "aunt": .female, "wife": .female, "husband": .male,
        "son": .male, "daughter": .female, "man": .male, "woman": .female, "boy": .male, "girl": .female,
    ]
}
