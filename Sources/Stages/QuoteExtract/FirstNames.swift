/// Common first names with a clear gender, so `she said` does not go back to `Tom Reed` when
/// `Jane Cole` was named with no title. Names that are used for both (`Sam`, `Alex`) are left out.
enum FirstNames {
    static func gender(of firstName: String) -> PronounGender? {
        let key = firstName.lowercased()
        if male.contains(key) { return .male }
        if female.contains(key) { return .female }
        return nil
    }

    static let male: WordSet = WordSet([
        "adam", "alan", "alastair", "albert", "alexander", "andrew", "andy", "angus", "anthony", "antonio",
        "arsene", "arthur", "barry", "ben", "benjamin", "bernard", "bill", "bob", "brian", "bruce", "carl",
        "carlos", "charles", "chris", "christopher", "colin", "craig", "dan", "daniel", "darren", "dave",
        "david", "dennis", "derek", "diego", "dominic", "donald", "douglas", "duncan", "ed", "eddie", "edward",
        "eric", "frank", "fred", "gareth", "gary", "gavin", "geoff", "geoffrey", "george", "gerard", "gordon",
        "graham", "greg", "harry", "henry", "hugh", "ian", "jack", "jacques", "james", "jamie", "jason",
        "jeff", "jeremy", "jim", "joe", "john", "johnny", "jonathan", "jose", "juan", "keith", "ken",
        "kenneth", "kevin", "kieran", "lee", "len", "liam", "luis", "malcolm", "marco", "mark", "martin",
        "matt", "matthew", "michael", "mick", "mike", "neil", "nick", "nicholas", "nigel", "oliver", "owen",
        "patrick", "paul", "pete", "peter", "phil", "philip", "ralph", "ray", "richard", "rob", "robert",
        "robbie", "roger", "ron", "ronald", "roy", "rupert", "ryan", "scott", "sean", "simon", "stephen",
        "steve", "steven", "stuart", "ted", "terry", "thomas", "tim", "timothy", "tom", "tommy", "tony",
        "vladimir", "walter", "wayne", "william", "willie", "gerhard", "jean-pierre", "pierre", "francois",
        "hans", "karl", "kofi", "silvio", "jacob", "joseph", "sven", "rafael", "roman", "boris", "ivan",
    ] as [String])

    static let female: WordSet = WordSet([
        "alice", "alison", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betty", "beverley",
        "carol", "caroline", "catherine", "charlotte", "cherie", "christine", "claire", "clare", "condoleezza",
        "deborah", "debbie", "diana", "diane", "donna", "elaine", "elizabeth", "ellen", "emily", "emma",
        "fiona", "frances", "gillian", "hannah", "harriet", "hazel", "helen", "hillary", "jacqui", "jane",
        "janet", "jennifer", "jenny", "jessica", "jill", "joan", "julia", "julie", "karen", "kate",
        "katherine", "kathryn", "kelly", "kim", "laura", "linda", "lisa", "liz", "louise", "lucy", "margaret",
        "maria", "marie", "mary", "melanie", "michelle", "nancy", "natalie", "nicola", "nicole", "olivia",
        "patricia", "paula", "pauline", "penny", "rachel", "rebecca", "ruth", "sally", "samantha", "sandra",
        "sarah", "sharon", "sheila", "sophie", "stephanie", "sue", "susan", "tessa", "theresa", "tracey",
        "valerie", "victoria", "wendy", "yvonne", "serena", "venus", "kylie", "madonna", "britney",
        "angelina", "keira", "kirsty", "tanni", "jo", "estelle",
    ] as [String])
}
