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
A['politics/317'] = [
    ('fundamentally flawed', 'partial', 'Audit Commission'),
    ('radical reform', 'partial', 'John Prescott'),
    ('government waste', 'partial', 'Tories'),
    ('ceiling', 'partial', 'Liberal Democrats'),
]
A['politics/336'] = [
    ('back', 'partial', 'Tony Blair'),
    ('The electorate are keener', 'direct', 'Graham Lane'),
    ('I have a new slogan', 'direct', 'Graham Lane'),
    ('You cannot underestimate', 'direct', 'Saxon Spence'),
    ('There was real passion', 'direct', 'Saxon Spence'),
    ("If he hadn't have walked", 'direct', 'Graham Lane'),
    ('I think it was a bit', 'direct', 'Stephen Douglas'),
    ('He is the first leader', 'direct', 'Tony Martin'),
    ('as if he is coming round', 'partial', 'Malcolm Shipley'),
    ('I think if every voter', 'direct', 'Katrina Bull'),
    ('The biggest problem we have', 'block', 'Brian Parbutt', 'greater problem than Iraq,'),
    ('It is no good having', 'direct', 'Terry Telford'),
    ('brilliant', 'partial', 'Swan Hunter shop stewards'),
    ('If you are not fired up', 'direct', 'Richie Porterhouse'),
    ('What has Labour done', 'direct', 'people'),
    ('I have had doors slammed', 'direct', 'Terry Telford'),
    ('secret weapon', 'partial', 'activist'),
]
A['sport/021'] = [
    ('We have banned her', 'direct', 'Isaiah Kiplagat'),
    ('We shall communicate', 'direct', 'Isaiah Kiplagat'),
    ('We are taking this action', 'direct', 'Isaiah Kiplagat'),
    ('We have been accused', 'direct', 'Isaiah Kiplagat'),
]
A['sport/101'] = [
    ('We had a great chance', 'block', 'Kevin Keegan', 'Wayne Rooney scored from.'),
    ("It wasn't our best performance", 'block', 'Alex Ferguson', 'maybe like that.'),
]
A['sport/182'] = [
    ('Things will be totally different', 'direct', 'Marcel Desailly'),
    ('Now everyone knows about Chelsea', 'direct', 'Marcel Desailly'),
    ('Mentally they are much stronger', 'direct', 'Marcel Desailly'),
    ('We made some mistakes', 'block', 'Marcel Desailly', 'a different mentality.'),
    ('The whole of Chelsea is different', 'direct', 'Marcel Desailly'),
    ('Everything is new', 'block', 'Marcel Desailly', 'final last season.'),
    ("I'm happy that they", 'direct', 'Marcel Desailly'),
    ('I made a vow to Costacurta', 'block', 'Marcel Desailly', 'for such a long time.'),
]
A['sport/233'] = [
    ('I will not go down the road', 'direct', 'Harry Redknapp'),
    ('disappointed', 'partial', 'Milan Mandaric'),
    ('some time', 'partial', 'Milan Mandaric'),
    ('It would appear that negotiations', 'direct', 'Milan Mandaric'),
    ('I am surprised', 'direct', 'Milan Mandaric'),
    ('I said to Harry', 'direct', 'Milan Mandaric'),
    ("I'm wouldn't say", 'direct', 'Milan Mandaric'),
]
A['tech/025'] = [
    ('It has gaming at its core', 'direct', 'Kaz Hirai'),
]
A['tech/205'] = [
    ('big leap forward', 'partial', 'Chris Stening'),
    ('The service is twice as fast', 'direct', 'Chris Stening'),
    ('It takes a big leap', 'direct', 'Chris Stening'),
    ('A typical family', 'direct', 'Chris Stening'),
]
A['tech/357'] = [
    ('honey pots', 'other', None),
    ('Leveraging the power', 'direct', 'Honeynet Project researchers'),
    ('Even in unskilled hands', 'direct', 'Honeynet Project researchers'),
]
A['tech/366'] = [
    ('In a sense, we have hardly', 'direct', 'Brian Carpenter'),
    ('I think VoIP', 'direct', 'Brian Carpenter'),
    ('Second, it challenges', 'direct', 'Brian Carpenter'),
    ("We've seen some interesting", 'direct', 'Brian Carpenter'),
    ('The net was growing', 'block', 'Brian Carpenter', 'consolidation and renewed growth.'),
    ('The challenges we face', 'direct', 'Brian Carpenter'),
    ('Given it [the net]', 'direct', 'Brian Carpenter'),
    ('The actual number of addresses', 'block', 'Brian Carpenter', 'no practical limits,'),
    ('Our first goal', 'block', 'Brian Carpenter', 'without knowing it.'),
    ('sensible behaviour', 'partial', 'Brian Carpenter'),
    ("I don't think it is going", 'block', 'Brian Carpenter', 'battle in a sense.'),
    ('Even if security has improved', 'direct', 'Brian Carpenter'),
]
