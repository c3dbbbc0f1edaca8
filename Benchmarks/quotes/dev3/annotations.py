# Hand annotations for the dev3 quote set; same format as ../gold/annotations.py:
# (prefix, kind, speaker[, suffix[, 'unterminated']])
A = {}

A['business/035'] = [
    ('very favourable', 'partial', 'WPP'),
]
A['business/131'] = [
    ('Obtaining majority control', 'direct', 'Alexei Miller'),
    ('This is positive news', 'direct', 'David Smith'),
    ('The majority of investors', 'direct', 'David Smith'),
    ('Yugansk is a heavy cashflow', 'direct', 'Adam Landes'),
    ('Ultimately and industrially', 'direct', 'Adam Landes'),
]
A['business/304'] = [
    ("I understand the board's concern", 'direct', 'Paul Tellier'),
]
A['business/383'] = [
    ('The markets are starting', 'direct', 'Richard Yamarone'),
    ('might be contributing', 'partial', 'Federal Open Markets Committee'),
    ("You can't rule out", 'direct', 'Jason Daw'),
    ('Nothing fundamental has changed', 'direct', 'Jason Daw'),
]
A['business/386'] = [
    ('There are many more questions', 'direct', 'John Ivankoe'),
]
A['entertainment/024'] = [
    ('The urge to ban', 'direct', 'Judy Blume'),
    ('I would hope that our caring', 'direct', "Stewart O'Nan"),
]
A['entertainment/131'] = [
    ('For any cultural output', 'direct', 'Alex Kapranos'),
    ('I think the role of musicians', 'direct', 'Alex Kapranos'),
    ('There are elements of our musical', 'direct', 'Alex Kapranos'),
    ('But so-called commercial music', 'direct', 'Alex Kapranos'),
    ("I don't know if having tea", 'direct', 'Alex Kapranos'),
    ("We say 'I like this'", 'direct', 'Alex Kapranos'),
    ('hostility', 'partial', 'Alex Kapranos'),
    ('There is very little done', 'direct', 'Alex Kapranos'),
    ('We define ourselves', 'direct', 'Alex Kapranos'),
    ('We need to rediscover', 'direct', 'James MacMillan'),
    ('more daunting by a long way', 'partial', 'Alex Kapranos'),
    ("I don't really care about the Brits", 'direct', 'Alex Kapranos'),
    ("It's going to be great", 'direct', 'Alex Kapranos'),
    # readers' comments below the article
    ('new deal', 'other', None),
    ('fund', 'other', None),
    ('invest', 'other', None),
    ('pollution', 'other', None),
]
A['entertainment/163'] = [
    ('pre-masters', 'other', None),
    ("We've had them for a lot of years", 'direct', 'Stephen Nogar'),
    ('And frankly, we could use', 'direct', 'Stephen Nogar'),
    ('He called them his ass-saver', 'direct', 'Stephen Nogar'),
    ('personal enjoyment', 'other', None),
]
A['entertainment/165'] = [
    ('cool', 'other', None),
    ('a character-driven comedy', 'partial', 'Charlie Brooker'),
    ('webmaster, guerrilla film-maker', 'partial', 'Charlie Brooker'),
    ('cool', 'other', None),
]
A['entertainment/171'] = [
    ('to raise TV indecency fines', 'partial', 'US politicians', 'fines'),
    ('more of a cost of doing business', 'partial', 'Fred Upton'),
    ('wardrobe malfunction', 'other', None, 'malfunction'),
]
A['politics/138'] = [
    ('Member states still do not report', 'block', 'National Audit Office', 'EU resources.'),
    ('Any fraud in other member states', 'direct', 'Edward Leigh'),
    ('Departments responsible for administering', 'block', 'Edward Leigh', 'financial management.'),
    ('The quality of reporting', 'direct', 'Jorg Wojahn'),
    ('good overview for planning', 'partial', 'Jorg Wojahn'),
]
A['politics/315'] = [
    ('quit', 'other', None, 'quit'),
    ('failing', 'partial', 'Commons Work and Pensions Committee'),
    ('resignation', 'other', None),
    ('failing', 'partial', 'Commons Work and Pensions Committee'),
    ('has now left', 'partial', 'Commons Work and Pensions Committee'),
    ('the new leadership will bring', 'partial', 'Commons Work and Pensions Committee'),
    ('The chief executive decided', 'direct', 'Alan Johnson'),
    ('No date was ever given', 'direct', 'Department for Work and Pensions spokeswoman'),
    ('unrecoverable', 'other', None),
    ('nowhere near being fully functional', 'partial', 'Commons Work and Pensions Committee'),
    ('I should tell you that Doug', 'block', 'Alan Johnson', 'hand over the reins.'),
    ('clear impression', 'partial', 'Archy Kirkwood'),
    ('duty bound', 'partial', 'Archy Kirkwood'),
    ('premature', 'partial', 'Archy Kirkwood'),
    ('amazed', 'partial', 'Nigel Waterson'),
    ('When Mr Smith and the secretary', 'direct', 'Nigel Waterson'),
    ('Even if he was working out', 'direct', 'Nigel Waterson'),
    ('non-story', 'partial', 'Alan Johnson'),
    ('different thing', 'partial', 'Alan Johnson'),
    ('The major issue is', 'direct', 'Alan Johnson'),
]
A['politics/321'] = [
    ('essential', 'partial', 'Stephen Twigg'),
    ('Young people who are engaged', 'block', 'Stephen Twigg', 'take part in the future.'),
    ('The Y Vote Mock Elections for schools', 'direct', 'Michael Raftery'),
]
A['politics/323'] = [
    ('pent up passion', 'partial', 'Charles Kennedy'),
    ('pager politics', 'partial', 'Robin Cook'),
    ('more interested in politics', 'partial', 'Robin Cook'),
    ('They are turned off', 'direct', 'Robin Cook'),
    ('speak more from the heart', 'partial', 'Robin Cook'),
    ('We should be not so afraid', 'direct', 'Robin Cook'),
    ("There's far too much interest", 'block', 'Robin Cook', 'celebrity industry.'),
]
A['politics/332'] = [
    ('sly anti-Semitism', 'partial', 'Julian Lewis'),
    ('what they were was anti-Tory', 'partial', 'Alan Milburn'),
    ('not in any way, shape or form', 'partial', 'Alan Milburn'),
    ('big misjudgement', 'partial', 'Conservatives'),
    ('first shot in the election', 'partial', 'Conservatives'),
    ('21st Century Fagin', 'partial', 'Ian McCartney'),
    ('Given the outrage', 'direct', 'Julian Lewis'),
    ('What they were was anti-Tory', 'direct', 'Alan Milburn'),
    ('I fully understand', 'direct', 'Alan Milburn'),
]
A['sport/035'] = [
    ('The USADA has proved', 'direct', 'North American Court of Arbitration for Sport'),
    ('Collins used these substances', 'direct', 'North American Court of Arbitration for Sport'),
    ("The CAS panel's decision", 'direct', 'Terry Madden'),
]
# sport/131 marks its quotes with doubled apostrophes (''...''), not straight double quotes.
A['sport/131'] = [
    ('A law firm will put', 'direct', 'Roy McCreadie', 'all this is are,'),
    ('This is a big issue', 'direct', 'Roy McCreadie', 'appeal pending,'),
    ('fresh evidence', 'partial', 'Newry City'),
    ('Even to this day', 'direct', 'Roy McCreadie', 'kept in the dark,'),
    ('We want an explanation', 'block', 'Roy McCreadie', 'Bangor playing Portadown.'),
]
A['sport/305'] = [
    ('Our goal is to match', 'direct', 'John Kirwan'),
    ('But the most important thing', 'direct', 'John Kirwan'),
    ('I was very happy with Troncon', 'block', 'John Kirwan', 'capability to do well.'),
]
A['sport/355'] = [
    ('He will have tests', 'direct', 'Mark Davies'),
    ('It has been frustrating', 'direct', 'Mark Davies'),
    ('outside chance', 'partial', 'Mark Davies'),
    ("Sonny's injury is still", 'direct', 'Mark Davies'),
    ('It is still painful', 'direct', 'Mark Davies'),
]
A['sport/387'] = [
    ("I don't think you can ever say never", 'direct', 'Clive Woodward'),
    ('But I would have to have', 'direct', 'Clive Woodward'),
    ('The key thing that I want to stress', 'block', 'Clive Woodward', 'the four countries.'),
    ('It is an open book', 'direct', 'Clive Woodward'),
    ('There are some outstanding candidates', 'direct', 'Clive Woodward'),
    ('Their performance in particular', 'direct', 'Clive Woodward'),
    ('Certain things have been suggested', 'direct', 'Clive Woodward'),
    ("Scotland's recent results", 'block', 'Clive Woodward', 'their opinions.'),
    ('I took lessons from 2001', 'block', 'Clive Woodward', 'in the same boat.'),
]
A['tech/024'] = [
    ('cast', 'other', None, 'cast'),
    ('a wide variety of people', 'partial', 'Bioware'),
    ('There are hundreds and hundreds', 'direct', 'Shauna Perry'),
    ('Those people live in any city', 'direct', 'Shauna Perry'),
    ('Not everyone is a model', 'direct', 'Shauna Perry'),
    ('The 3D model will look', 'direct', 'Shauna Perry'),
    ('We cannot give people any control', 'block', 'Shauna Perry', 'merchant in a third.'),
]
A['tech/166'] = [
    ('Brainwave', 'other', None, 'Brainwave'),
    ('The results show that people', 'direct', 'Jonathan Wolpaw and Dennis McFarlane'),
    ('The impressive non-invasive', 'direct',
     'New York State Department of Health and State University of New York researchers'),
]
A['tech/260'] = [
    ('Mac mini', 'other', None, 'Mac mini'),
    ('most important Mac', 'partial', 'Steve Jobs'),
    ('BYODKM', 'partial', 'Steve Jobs'),
    ('People who are thinking of switching', 'direct', 'Steve Jobs'),
    ("It's the newest and most affordable", 'direct', 'Steve Jobs'),
    ('They want a further taste', 'direct', 'Ian Harris'),
    ('Everybody thought that Apple', 'block', 'Ian Harris', "'no fuss' computer."),
]
A['tech/328'] = [
    ('We expect these figures', 'direct', 'Tim Danton'),
    ('We discovered a huge variety', 'direct', 'Tim Danton'),
    ('This breaks the code of practice', 'direct', 'Tim Danton'),
    ('If you just stick', 'direct', 'Tim Danton'),
]
A['tech/374'] = [
    ('worldwide entertainment concept', 'partial', 'Yeahronimo Media Ventures'),
]
