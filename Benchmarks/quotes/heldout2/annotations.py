# Hand annotations for the second held-out (heldout2) quote set; same format as
# ../gold/annotations.py: (prefix, kind, speaker[, suffix[, 'unterminated']])
A = {}

A['business/086'] = [
    ('slowing', 'partial', 'analysts', 'slowing'),
    ('It appears that the UK', 'direct', 'Lena Komileva'),
    ('You have weakness in manufacturing', 'direct', 'Lena Komileva'),
]
A['business/271'] = [
    ('may seek full share listing', 'partial', 'David Dein', 'listing'),
    ('one of the options', 'partial', 'David Dein'),
    ('When the new stadium opens', 'direct', 'David Dein'),
    ('Listing would be one option', 'block', 'David Dein', 'have been a success.'),
    ('Television has been the driving force', 'block', 'David Dein', 'less is more.'),
    ('We have two executives', 'block', 'David Dein', 'on the case.'),
]
A['business/289'] = [
    ('major risks', 'partial', 'British Chamber of Commerce', 'risks'),
    ('serious challenges', 'partial', 'British Chamber of Commerce'),
    ('major risks', 'partial', 'British Chamber of Commerce'),
    ('Despite some positive news', 'direct', 'British Chamber of Commerce'),
    ('These results reinforce', 'direct', 'British Chamber of Commerce'),
    ('uncertain', 'partial', 'British Chamber of Commerce'),
    ('The pressure on costs', 'direct', 'David Frost'),
    ('While consumer spending', 'direct', 'David Frost'),
]
A['business/459'] = [
    ('Golden economic period', 'partial', 'Deloitte', 'period'),
    ('golden', 'partial', 'Deloitte'),
    ('golden period', 'partial', 'Deloitte'),
    ('imbalances', 'partial', 'Deloitte'),
    ('The biggest hit of all', 'block', 'Roger Bootle', 'gathers pace.'),
    ('aggressive', 'partial', 'Deloitte'),
    ('Although 2005 may not be', 'direct', 'Roger Bootle'),
]
A['business/475'] = [
    ('no legal basis', 'partial', 'Vivendi Universal'),
    ('privileged information', 'partial', 'AMF'),
    ('no more than a possibility', 'partial', 'Vivendi Universal'),
]
A['entertainment/104'] = [
    ('I think we were all affected', 'block', 'Colin MacIntyre', 'something like this.'),
]
A['entertainment/136'] = [
    ('Christmas song formula', 'other', None, 'formula'),
    ('There are common musical elements', 'direct', 'David Roberts'),
    ('Everybody says that Christmas', 'direct', 'David Roberts'),
    ("Surprisingly, there's no Santa", 'direct', 'David Roberts'),
]
A['entertainment/235'] = [
    ('take a break', 'partial', 'Busted', 'break'),
    ('take a break', 'partial', 'Busted'),
    ('reconvene in due course', 'partial', 'Universal'),
]
A['entertainment/250'] = [
    ('top music earner', 'partial', 'Rolling Stone', 'earner'),
    ('Prince returned to centre stage', 'direct', 'Rolling Stone'),
    ('monumental', 'partial', 'Rolling Stone'),
]
A['entertainment/255'] = [
    ('British music needs a kick', 'direct', 'Tom Meighan'),
    ("No-one's doing it", 'block', 'Tom Meighan', 'pirates away!'),
    ('We saw his long sideburns', 'direct', 'Tom Meighan'),
    ('We got a computer', 'direct', 'Tom Meighan'),
    ("It's all about new ideas", 'direct', 'Tom Meighan'),
    ('butcher', 'other', None),
    ('guerilla gigs', 'other', None),
    ('both a fiery assertion', 'partial', 'NME'),
    ('We take our music seriously', 'direct', 'Sergio Pizzorno'),
    ('This is not a job to us', 'direct', 'Tom Meighan'),
    ('This is the best life', 'direct', 'Tom Meighan'),
]
A['politics/040'] = [
    ('most important liberty', 'partial', 'Jack Straw'),
    ('simply wrong', 'partial', 'Jack Straw'),
    ('constitutional crisis', 'partial', 'Jack Straw'),
    ('The law lords are simply wrong', 'direct', 'Jack Straw'),
    ('embarrassment', 'partial', 'Carlile'),
    ('I will be asking Parliament', 'block', 'Charles Clarke', 'House of Lords.'),
    ('in a way that discriminates', 'partial', 'Bingham'),
    # no closing mark: the next paragraph is narration
    ('Indefinite imprisonment', 'direct', 'Nicholls of Birkenhead', 'rule of law.', 'unterminated'),
    ('A', 'other', None, 'A'),
    ('I hope now that the government', 'direct', 'detainee A'),
    ('madness', 'partial', 'Gareth Pierce'),
]
A['politics/072'] = [
    ('No more concessions', 'partial', 'Charles Clarke', 'concessions'),
    ('no desire', 'partial', 'Charles Clarke'),
    ('substantially re-written', 'partial', 'Strathclyde'),
    ('control orders', 'other', None),
    ('prepare themselves', 'partial', 'Strathclyde'),
    ('They should consider far more', 'direct', 'Strathclyde'),
    ('No Bill goes through Parliament', 'direct', 'Charles Clarke'),
    ('I have no desire', 'direct', 'Charles Clarke'),
    ('clearly very badly drawn-up', 'partial', 'David Davies'),
    ('rescue', 'partial', 'David Davies'),
    ('tolerable', 'partial', 'David Davies'),
    ('The scope for miscarriages', 'direct', 'David Davies'),
    ('lost the confidence', 'partial', 'Mark Oaten'),
    ('They need to rethink', 'block', 'Mark Oaten', 'doomed to fail.'),
    ('I think that this is a bill', 'direct', 'Andrew Marr'),
]
A['politics/257'] = [
    ('I know from everyone here', 'direct', 'Tony Blair'),
    ('scorching', 'partial', 'Paul Flynn'),
    ('It was a Parliamentary Labour Party', 'direct', 'Paul Flynn'),
    ('stop this nonsense', 'partial', 'Stephen Pound'),
    ('They told us very clearly', 'direct', 'John Prescott'),
    ('Of course as a waiter', 'direct', 'John Prescott'),
    ('gossip', 'partial', 'Gordon Brown'),
]
A['politics/343'] = [
    ('cabinet enforcer', 'other', None),
    ('huge figure', 'partial', 'Tony Blair'),
    ('valued, personal friend', 'partial', 'Tony Blair'),
]
A['politics/390'] = [
    ('there is a recognition', 'partial', 'Falconer'),
    ('nuclear option', 'partial', 'spokesman'),
    ('medium range', 'partial', 'spokesman'),
    ('Tagging may be going too far', 'direct', 'Falconer'),
    ('in the next two weeks', 'partial', 'spokesman'),
    ('It is very disappointing', 'direct', 'John Ison'),
    ('lacked compulsion', 'partial', 'Jim Parton'),
    ('We would like to see couples', 'block', 'Jim Parton', 'then fall apart.'),
    ('inadequate', 'partial', 'Theresa May'),
    ('papering over the cracks', 'partial', 'Theresa May'),
    ('radical reform', 'partial', 'Theresa May'),
    ('legal presumption of co-parenting', 'partial', 'Theresa May'),
    ('We want to make courts', 'direct', 'Theresa May'),
    ('like property', 'partial', 'government'),
    ('rigid targets', 'partial', 'Liberal Democrats'),
]
A['sport/063'] = [
    ('There is never an easy race', 'block', 'Jolanda Ceplak', 'best out of everyone.'),
    ('I like running against her', 'block', 'Jolanda Ceplak', 'of my career.'),
]
A['sport/105'] = [
    ('I am bitterly disappointed', 'block', 'Sam Allardyce', 'we cracked.'),
    ('We deserved the win', 'block', 'Graeme Souness', 'one or two more goals.'),
]
A['sport/279'] = [
    ('All I can tell you', 'block', 'Graeme Souness', 'in the coming weeks.'),
]
A['sport/370'] = [
    ('Beating the Aussies', 'direct', 'Jason Robinson'),
    ('They have a great opportunity', 'direct', 'Jason Robinson'),
    ('I know the boys can do it', 'direct', 'Jason Robinson'),
    ("For us, we've played two", 'direct', 'Jason Robinson'),
    # no closing mark: narration resumes with "Robinson also revealed ..."
    ('If we beat Australia', 'direct', 'Jason Robinson', 'a few regrets.', 'unterminated'),
    ('We signed a card', 'direct', 'Jason Robinson'),
    ('Everyone has signed the card', 'block', 'Jason Robinson', "we'll both do well."),
]
A['sport/423'] = [
    ("I don't know when", 'direct', 'Juan Carlos Ferrero'),
    ('But I have a lot of confidence', 'direct', 'Juan Carlos Ferrero'),
    ("Because I'm no longer seeded", 'direct', 'Juan Carlos Ferrero'),
    ('I had to play against Joachim', 'block', 'Juan Carlos Ferrero', 'higher in the rankings.'),
    ('Physically I am 100%', 'direct', 'Juan Carlos Ferrero'),
    ('I was working very hard', 'block', 'Juan Carlos Ferrero', 'pretty difficult for me.'),
    ('It was difficult because', 'direct', 'Juan Carlos Ferrero'),
    ('But then I had some problems', 'block', 'Juan Carlos Ferrero', 'had to make it.'),
]
A['tech/005'] = [
    ('21st Century model', 'partial', 'BT'),
    ('We are hoping to understand', 'direct', 'Frank Stone'),
    ('centres of excellence', 'other', None),
    ('The river was integral', 'direct', 'Langlands & Bell'),
    ('We hope that by uncovering', 'direct', 'Langlands & Bell'),
    ('fantastically rich', 'partial', 'Frank Stone'),
    ('This is not just about', 'direct', 'Frank Stone'),
    ('It is about how can everyone', 'direct', 'Frank Stone'),
    ('What we are trying to do', 'block', 'Frank Stone', 'drive for the economy,'),
]
A['tech/033'] = [
    ('narrowing', 'partial', 'World Bank', 'narrowing'),
    ('digital divide', 'other', None),
    ('People in the developing world', 'direct', 'World Bank'),
    ('The digital divide is rapidly closing', 'direct', 'World Bank'),
    ('Developing countries are catching up', 'direct', 'World Bank'),
    ('Africa is part of a worldwide trend', 'direct', 'World Bank'),
    ('The digital divide is very much real', 'block',
     'World Summit on the Information Society spokesman', 'help narrow the divide.'),
    ('The fund is voluntary', 'direct', 'World Summit on the Information Society spokesman'),
]
A['tech/207'] = [
    ('Data can disappear', 'direct', 'Adrian Palmer'),
    ('Nevertheless, victims soon calm down', 'direct', 'Adrian Palmer'),
    ('Data can be recovered', 'direct', 'Adrian Palmer'),
    ('However, individuals and companies', 'direct', 'Adrian Palmer'),
]
A['tech/253'] = [
    ('ear popping', 'other', None),
    ('The certification of our elevators', 'direct', 'Masayuki Shimono'),
    ('As such, it is an interesting', 'direct', 'Hein Le Roux'),
]
A['tech/396'] = [
    ('next generation', 'other', None),
    ('like a lucid dream', 'partial', 'James Cameron'),
    ("If you're a start-up", 'direct', 'Robert Walsh'),
    ("I don't want to put the player", 'direct', 'Will Wright'),
    ('The thing I am coming away with', 'direct', 'Will Wright'),
    ("I'd like to offer an alternative", 'direct', 'Will Wright'),
    ('virtual actor', 'other', None, 'virtual actor'),
    ('The last time you checked', 'direct', 'John Batter'),
]
