# Hand annotations for the dev2 quote set; same format as ../gold/annotations.py:
# (prefix, kind, speaker[, suffix[, 'unterminated']])
A = {}

A['business/100'] = [
    ('made accounting decisions', 'partial', 'Bernie Ebbers'),
    ('a keen command of the numbers', 'partial', 'Bernie Ebbers'),
    ('In a lot of weeks', 'direct', 'Bernie Ebbers'),
    ('group of people', 'partial', 'Bernie Ebbers'),
    ("I wasn't advised by Scott Sullivan", 'direct', 'Bernie Ebbers'),
    ("He's never told me", 'direct', 'Bernie Ebbers'),
]
A['business/150'] = [
    ('The companies will work', 'direct', 'Elan and Biogen Idec'),
    ('The outcome of these evaluations', 'direct', 'Elan and Biogen Idec'),
    ('Most of the value', 'direct', 'Ian Hunter'),
    ("Now there's a question mark", 'direct', 'Ian Hunter'),
]
A['business/232'] = [
    ('The FSA should change', 'direct', 'Prettejohn'),
    ('disclosure on request', 'partial', 'Prettejohn'),
    ('The FSA should not bide', 'direct', 'Prettejohn'),
]
A['business/438'] = [
    ("Today's no change decision", 'direct', 'David Frost'),
    ('But, if there are clear signs', 'block', 'David Frost', 'spending.'),
    ('The housing market outlook', 'block', 'David Frost', 'considerably.'),
    ('slowed in recent months', 'partial', 'Ian McCafferty'),
    ('The Bank is having to juggle', 'direct', 'Ian McCafferty'),
    ('Interest rates are likely', 'direct', 'Ian McCafferty'),
    ('So far the evidence', 'direct', 'Steve Radley'),
    ('However, should the business', 'direct', 'Steve Radley'),
]
A['entertainment/045'] = [
    ('tops French actor league', 'partial', 'Le Figaro', 'league'),
    ('His name [Depardieu]', 'direct', 'Le Figaro'),
]
A['entertainment/072'] = [
    ('Though the battles', 'direct', 'Rolling Stone reviewer'),
    ('a combination of Mata Hari', 'partial', 'Variety'),
    ('barrier-breaking', 'partial', 'Gore Vidal'),
    ('One of the reasons', 'direct', 'Oliver Stone'),
    ('was not an easy movie', 'partial', 'Oliver Stone'),
]
A['entertainment/185'] = [
    ("I've been on TV", 'direct', 'Chris Rock'),
    ('As far as content', 'direct', 'Chris Rock'),
    ('idiotic', 'partial', 'Chris Rock'),
    ('humorous digs', 'partial', "show's producers"),
]
A['entertainment/329'] = [
    ('The festival reflects', 'direct', 'Sandra den Hamer'),
]
A['politics/117'] = [
    ('Now we have to take care', 'direct', 'Betty Boothroyd'),
    ('I think we need to look', 'direct', 'Falconer'),
    ('How it interacts', 'block', 'Falconer', 'manifesto comes.'),
    ('I would really like', 'direct', 'Betty Boothroyd'),
    ("I don't go for the idea", 'block', 'Betty Boothroyd', 'do a job there.'),
]
A['politics/282'] = [
    ('ludicrous improbability', 'partial', 'Tony Blair'),
    ('wasteful', 'partial', 'Michael Howard'),
    ('inefficiencies', 'partial', 'David Davis'),
    ('burgeoned', 'partial', 'David Davis'),
    ('The Conservative tax and spending', 'block', 'Tony Blair', 'possible to imagine,'),
    ("It's a recipe", 'direct', 'Tony Blair'),
    ('They, the Conservatives', 'direct', 'Tony Blair'),
    ('So now we have a choice', 'direct', 'Tony Blair'),
    ('Everybody knows', 'direct', 'David Davis'),
    ('huge waste', 'partial', 'David Davis'),
    ('The public face a choice', 'direct', 'David Davis'),
    ('distracted or diverted', 'partial', 'Gordon Brown'),
    ('We must all show', 'direct', 'Gordon Brown'),
    ('the biggest cuts ever', 'partial', 'Gordon Brown'),
    ('misrepresenting', 'partial', 'Oliver Letwin'),
    ('He still cannot accept', 'direct', 'Oliver Letwin'),
    ('Once again Mr Blair', 'direct', 'Oliver Letwin'),
]
