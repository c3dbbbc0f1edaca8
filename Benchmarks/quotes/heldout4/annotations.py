# Hand annotations for the fourth held-out (heldout4) quote set; same format as
# ../gold/annotations.py: (prefix, kind, speaker[, suffix[, 'unterminated']])
A = {}

# Direct quotes whose quote-in-a-quote is marked with straight double quotes (the gold rule
# keeps it inside the outer span), so the span holds an internal " without being a block:
# (article id, prefix). build_heldout4.py checks them like blocks. There are none here.
NESTED_DIRECT = set()

A['business/115'] = [
    ('difficult year', 'partial', 'Jean-Pierre Garnier'),
    ('The continuing success of our key', 'direct', 'Jean-Pierre Garnier'),
    ('2005 will also be an important', 'direct', 'Jean-Pierre Garnier'),
]
A['business/179'] = [
    ('long-term investors', 'partial', 'John Magnier and JP McManus'),
]
A['business/358'] = [
    ('This blatant attempt', 'direct', 'Deutsche Bank'),
    ('we are prepared to be back', 'partial', 'Mike Lake'),
    ('a jurisdiction in which Yukos', 'partial', 'Deutsche Bank'),
    ('a tax dispute between the Federation', 'partial', 'Deutsche Bank'),
]
A['business/400'] = [
    ('consulting fees', 'other', None),
    ('Companies cannot bribe', 'direct', 'Christopher Wray'),
    ('remedial actions to address', 'partial', 'Monsanto'),
    ('fully co-operative', 'partial', 'Monsanto'),
]
A['business/421'] = [
    ('sets date for takeover deal', 'partial', 'Sunday Telegraph', 'takeover deal'),
    ('increasingly frustrated', 'partial', 'Sunday Telegraph'),
]
A['entertainment/025'] = [
    ('The fact that the book', 'direct', 'Robin Terrell'),
    ('to tinker with the manuscript', 'partial', 'JK Rowling'),
]
A['entertainment/029'] = [
    ('Baghdad Blogger', 'other', None),
    ("Saddam's regime was hell", 'direct', 'Oday Rasheed'),
]
A['entertainment/122'] = [
    ('fallow patch', 'partial', 'Norman Cook'),
    ('superclubs,', 'other', None),
    ('dance music is no longer', 'partial', 'Brits committee'),
    ('Every week when I was making', 'direct', 'Norman Cook'),
    ("I personally don't believe", 'block', 'Norman Cook', "scrub that track then'."),
    ('With a crowd that big', 'direct', 'Norman Cook'),
    ("I'm always really really nervous", 'block', 'Norman Cook', "play 'up' records."),
    ("We're having to widen", 'direct', 'Norman Cook'),
    ("We're doing Rio", 'direct', 'Norman Cook'),
    ('The tabloid thing', 'direct', 'Norman Cook'),
    ('Especially the me-and-Zoe-Gate', 'direct', 'Norman Cook'),
    ('determined', 'partial', 'Norman Cook'),
    ('At first I was doing', 'direct', 'Norman Cook'),
    ('Then I thought', 'direct', 'Norman Cook'),
    ('I said to Zoe', 'direct', 'Norman Cook'),
    ('She said,', 'direct', 'Norman Cook'),
    ("It's almost like prisoners", 'direct', 'Norman Cook'),
    ("If there's a pap", 'direct', 'Norman Cook'),
]
A['entertainment/366'] = [
    ('one of the biggest Bollywood pirates', 'partial', 'judge'),
    ('a heavy penalty was called for', 'partial', 'judge'),
    ('a major boost', 'partial', 'Bollywood film distributors'),
    ('The problem simply will not', 'direct', 'David Martin'),
]
A['entertainment/384'] = [
    ('We certainly had higher', 'direct', 'Rob Schwartz'),
    ('We were trying to get the film', 'direct', 'Rob Schwartz'),
]
A['politics/049'] = [
    ('pause for thought', 'partial', 'Charles Kennedy'),
    ('good opportunity', 'partial', 'Charles Kennedy'),
    ('ID cards are a means', 'direct', 'Charles Clarke'),
    ('significantly influenced', 'partial', 'Charles Clarke'),
    ('deeply flawed', 'partial', 'Lib Dems'),
    ("Wouldn't this be a good", 'direct', 'Charles Kennedy'),
    ('margins of society', 'partial', 'Guy Mansfield'),
    ('What is going to happen', 'direct', 'Guy Mansfield'),
]
A['politics/303'] = [
    ('friendly and easy', 'partial', 'documents'),
    ('Jeremy said he was encountering', 'direct', 'telephone memo'),
    ('They feel they could not agree', 'block', 'telephone memo', 'being difficult.'),
    ('I am sorry this is obviously hell', 'block', 'Jeremy Thorpe', 'work something out.'),
    ('The PM said he was bound', 'direct', 'minutes'),
]
A['politics/307'] = [
    ('dangerous', 'partial', 'Robert Jackson'),
    ('delighted', 'partial', 'Tony Blair'),
    ("It is in the country's best", 'direct', 'Robert Jackson'),
    ('courageous', 'partial', 'Robert Jackson'),
    ("The Conservative Party's hostility", 'direct', 'Robert Jackson'),
    ('decent, fair-minded', 'partial', 'Tony Blair'),
    ('As he rightly says', 'direct', 'Tony Blair'),
    ('very different', 'partial', 'Michael Howard spokesman'),
    ('He believes students should pay', 'direct', 'Michael Howard spokesman'),
]
A['politics/326'] = [
    ('ramming', 'partial', 'Michael Howard'),
    ('in principle', 'partial', 'Tony Blair'),
]
A['politics/356'] = [
    ('pre-election budget', 'other', None, 'budget'),
    ('No politician should make the mistake', 'block', 'Gordon Brown', 'responsible to do.'),
    ('affordable', 'partial', 'Gordon Brown'),
    ('cornerstone', 'partial', 'Tony Blair'),
    ('a rich agenda for future policy', 'partial', 'Tony Blair'),
    ('In every area of work', 'direct', 'Tony Blair'),
    ('He thinks everything will come out', 'direct', 'Carl Emmerson'),
    ('His forecast that he will meet', 'block', 'David Page', 'these targets.'),
    ("I can't find a single economic", 'block', 'Oliver Letwin', 'general election.'),
    ('fancy statistics', 'partial', 'Oliver Letwin'),
    ('golden rule', 'other', None),
    ('It is very clear that', 'direct', 'Vincent Cable'),
]
A['sport/096'] = [
    ('There is a chance he could', 'direct', 'Alex Ferguson'),
    ('Ruud comes back on Tuesday', 'block', 'Alex Ferguson', 'satisfied with it.'),
]
A['sport/132'] = [
    ('China have made great progress', 'block', 'Brian Kerr', 'qualifiers in the autumn.'),
]
A['sport/193'] = [
    ("I'm here to listen", 'direct', 'John Sivabaek'),
    ('I will be meeting Real', 'direct', 'John Sivabaek'),
    ('I speak to Tommy regularly', 'block', 'David Moyes', 'lose him.'),
]
A['sport/271'] = [
    ('Henry, for me,', 'direct', 'Sepp Blatter'),
]
A['sport/296'] = [
    ('We will go to Twickenham', 'direct', 'Bernard Laporte'),
    ('We are never good enough', 'direct', 'Bernard Laporte'),
    ("It's incredible,", 'direct', 'Jean-Philippe Granclaude'),
    ('I was not expecting it', 'block', 'Jean-Philippe Granclaude', 'in the Six Nations.'),
]
A['tech/112'] = [
    ('The product is localised', 'direct', 'Sony'),
    ('Halo 2 is projected', 'direct', 'Peter Moore'),
    ("We've even heard rumours", 'direct', 'Peter Moore'),
]
A['tech/248'] = [
    ('unidentified individual...', 'partial', 'Apple'),
    ('true names or capacities', 'partial', 'Apple'),
    ('Apple has filed a civil complaint', 'direct', 'Apple'),
]
A['tech/263'] = [
    ('Music fans are moving away', 'direct', 'Paul Myers'),
    ('greater value', 'partial', 'Napster'),
    ("We've been offering our unlimited", 'direct', 'Paul Myers'),
    ('Who wants to download', 'direct', 'Paul Myers'),
]
A['tech/365'] = [
    ("It's growing unbelievably fast", 'direct', 'Rudolf Fischer'),
    ('They have adopted it', 'direct', 'Rudolf Fischer'),
    ('They like the possibility', 'direct', 'Rudolf Fischer'),
    ("It's kind of the democratisation", 'direct', 'Rudolf Fischer'),
    ('because none of the bigger', 'direct', 'Rudolf Fischer'),
]
A['tech/400'] = [
    ('Amit Yoran has been a valuable', 'direct', 'Department of Homeland Security spokeswoman'),
]
