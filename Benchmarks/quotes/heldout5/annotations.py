# Hand annotations for the fifth held-out (heldout5) quote set; same format as
# ../gold/annotations.py: (prefix, kind, speaker[, suffix[, 'unterminated']])
A = {}

# Direct quotes whose quote-in-a-quote is marked with straight double quotes (the gold rule
# keeps it inside the outer span), so the span holds an internal " without being a block:
# (article id, prefix). build_heldout5.py checks them like blocks.
NESTED_DIRECT = set()

A['business/042'] = [
    ('operating flaws', 'partial', 'UK Coal'),
    ('significant progress', 'partial', 'UK Coal'),
    ('significantly uplift earnings', 'partial', 'UK Coal'),
    ('transitional year', 'partial', 'UK Coal'),
    ('We have a long journey ahead', 'direct', 'Gerry Spindler'),
]
A['business/213'] = [
    ('genius', 'partial', 'Alan Greenspan'),
    ("the world's greatest economist", 'partial', 'Gordon Brown'),
    ('towering contributor', 'partial', 'Alan Greenspan'),
    ('Kirkcaldy, the birthplace', 'block', 'Alan Greenspan', 'in this area.'),
    ('Smith reached far beyond', 'block', 'Alan Greenspan', 'standards of living.'),
    ('The incredible insights', 'direct', 'Alan Greenspan'),
    ('It is very fitting', 'direct', 'Joyce Johnston'),
]
A['business/252'] = [
    ('real equality of access', 'partial', 'Ofcom'),
    ('Central to the proposals', 'direct', 'BT'),
    ('The United Kingdom has the opportunity', 'direct', 'Ben Verwaayen'),
    ('BT has a critical role', 'direct', 'Ben Verwaayen'),
    ('local loop', 'other', None),
    ('21st Century network', 'partial', 'BT'),
    ('given a lot of ground', 'partial', 'Ovum'),
    ('The big question now', 'direct', 'Tony Lavender'),
    ('we will be entirely happy', 'partial', 'Plus.net'),
    ('BT has been challenged', 'direct', 'Lee Strafford'),
    ("I think it's the first productive", 'direct', 'Chris Panayis'),
    ('This is a reminder to Ofcom', 'direct', 'AOL spokesman'),
    ('Ofcom needs to return', 'direct', 'AOL spokesman'),
]
A['business/311'] = [
    ('2004 reinforces the trend', 'direct', 'Swiss Re'),
]
A['business/374'] = [
    ('There are no dollar buyers', 'direct', 'Paul Mackel'),
    ('absolutely worrying', 'partial', 'Silvio Berlusconi'),
]
A['entertainment/021'] = [
    ('instant decision', 'partial', 'Alicia Markova'),
    ('largely because of a leg injury', 'partial', 'Alicia Markova'),
    ('She gave the illusion', 'direct', 'critic'),
]
A['entertainment/096'] = [
    ('lewd behaviour', 'other', None),
]
A['entertainment/352'] = [
    ('a very good chance', 'partial', 'Dan Jolin'),
    ("I don't think it's going to do", 'direct', 'Dan Jolin'),
    ('A best director prize', 'direct', 'Dan Jolin'),
    ('There is a sense that this film', 'direct', 'Dan Jolin'),
    ('If Mike Leigh is going to win', 'direct', 'Dan Jolin'),
    ('If there is anywhere', 'direct', 'Dan Jolin'),
    ('might well be', 'partial', 'Peter Bradshaw'),
    ('I hope that Bafta voters', 'direct', 'Peter Bradshaw'),
    ('masterpiece', 'partial', 'Peter Bradshaw'),
    ('I will be cheering', 'direct', 'Peter Bradshaw'),
]
A['entertainment/368'] = [
    ("I'm pretty sure this is the year", 'direct', 'Philip French'),
    ('Sideways should win', 'direct', 'Jamie Graham'),
    ('The form going in', 'direct', 'Tim Dams'),
    ('Up until recently', 'direct', 'Angie Errigo'),
    ("But I'm beginning to think", 'direct', 'Angie Errigo'),
    ("I'd be very happy for Mike Leigh", 'direct', 'Charles Gant'),
    ('out-and-out favourite', 'partial', 'Tim Dams'),
    ('Everyone would be incredibly', 'direct', 'Tim Dams'),
    ("If you're a betting man", 'direct', 'Tim Dams'),
    ('If Paul Giamatti', 'direct', 'Jamie Graham'),
    ('But Foxx will and should', 'direct', 'Jamie Graham'),
    ("I'd like Staunton to win", 'direct', 'Charles Gant'),
    ('I think Swank will win', 'direct', 'Philip French'),
    ('Imelda has got as far', 'direct', 'Philip French'),
    ('Everything has the ability', 'direct', 'Steven Gaydos'),
    ("There's not a sense", 'direct', 'Steven Gaydos'),
]
A['entertainment/382'] = [
    ('not for children', 'partial', 'George Lucas'),
    ("I don't think I would take", 'direct', 'George Lucas'),
    ("We're going to watch him", 'direct', 'George Lucas'),
    ('The film is much more dark', 'direct', 'George Lucas'),
]
A['politics/099'] = [
    ('unremittingly New Labour', 'partial', 'Tony Blair'),
    ('personal prosperity for all', 'partial', 'Tony Blair'),
    ('radically improved', 'partial', 'Tony Blair'),
    ('I want to talk about the central', 'block', 'Tony Blair', 'reformed welfare state.'),
    ('How can they fight crime', 'direct', 'Tories'),
    ('There is nothing you could ever say', 'direct', 'Gordon Brown'),
    ('Of course I trust', 'direct', 'Gordon Brown'),
]
A['politics/108'] = [
    ('Super union', 'other', None),
    ('super union', 'other', None),
    ('nobody is denying', 'partial', 'insider'),
]
A['politics/143'] = [
    ('If we get to the other side', 'direct', 'Trevor Phillips'),
    ('It would be terribly disappointing', 'direct', 'Trevor Phillips'),
    ('I do think that there currently', 'direct', 'Shahid Malik'),
    ('painful', 'partial', 'Diane Abbot'),
    ('I am a little older than Shahid', 'direct', 'Diane Abbot'),
    ('The shortlist strategy works', 'direct', 'Diane Abbot'),
    ('ambitious', 'partial', 'Ian McCartney'),
    ("We haven't ruled out", 'direct', 'Ian McCartney'),
]
A['politics/144'] = [
    ('surprised', 'partial', 'police'),
    ('It was a frightening experience', 'block', 'Quentin Davies', 'fight six men'),
    ('Naturally, I was afraid', 'direct', 'Quentin Davies'),
    ('Two of them held me', 'direct', 'Quentin Davies'),
]
A['politics/229'] = [
    ('a historic day for human rights', 'partial', 'Phil Shiner'),
    ('to the total territory', 'partial', 'Rix and Forbes'),
    ('has been timely, open or effective', 'partial', 'Rix and Forbes'),
    ('It is not enough for the military', 'block', 'Carla Ferstman', 'might be responsible.'),
    ('Obviously we will need to study', 'block', 'Tony Blair spokesman', 'whether to appeal.'),
    ('Anyone at the top', 'direct', 'Bob Stewart'),
    ('The Ministry of Defence does everything', 'direct', 'Bob Stewart'),
]
A['sport/042'] = [
    ("It's a good way to end the year", 'direct', 'Paula Radcliffe'),
    ("I'm ready for a good rest now", 'direct', 'Paula Radcliffe'),
]
A['sport/111'] = [
    ("We think it's a big injury", 'direct', 'Jose Mourinho'),
    ('He (Bridge) has no chance', 'direct', 'Jose Mourinho'),
    ('The medical department will try', 'direct', 'Jose Mourinho'),
    ("I don't know what happened.", 'direct', 'Alan Shearer'),
    ('It was just a shame', 'block', 'Alan Shearer', 'all the best.'),
]
A['sport/180'] = [
    ('After conceding eight goals', 'block', 'Martin Allen', 'than it was already.'),
    ('We know they can give us problems', 'block', 'Harry Redknapp', "I think we'll win."),
]
A['sport/442'] = [
    ('As a competitor and athlete', 'direct', 'Martina Hingis'),
    ('You miss being out there', 'direct', 'Martina Hingis'),
    ('I said that because', 'direct', 'Martina Hingis'),
]
A['sport/489'] = [
    ('given up', 'partial', 'Marat Safin'),
    ("I'll play, but with no expectations", 'direct', 'Marat Safin'),
    ('Some people, they cannot play on clay', 'direct', 'Marat Safin'),
    ("It's a relief for me", 'direct', 'Marat Safin'),
    ('Basically, I would love to win', 'block', 'Marat Safin', 'I can make it.'),
    ("I didn't expect that", 'direct', 'Marat Safin'),
    ("After the first final that I didn't win", 'block', 'Marat Safin', "and I didn't."),
    ('I am 25.', 'direct', 'Marat Safin'),
    ("It's like you go there", 'block', 'Marat Safin', 'I get over it.'),
]
A['tech/059'] = [
    ('not media players yet', 'partial', 'Jupiter and Gartner'),
    ('unlikely', 'partial', 'Gartner'),
    ('Mobile phone music services must not', 'direct', 'Thomas Husson'),
    ('Mobile music services should be new', 'direct', 'Thomas Husson'),
]
A['tech/301'] = [
    ('The Mac Mini puts the Macintosh', 'direct', 'Apple spokesman'),
    ('It will bring more customers', 'direct', 'Apple spokesman'),
    ('This machine is for small businesses', 'direct', 'Dell spokesman'),
    ('I think we offer better value', 'direct', 'Dell spokesman'),
    ('superb upgrade potential', 'partial', 'PC Pro'),
    ('Even manufacturers are not going', 'direct', 'Nick Ross'),
    ("they'll emphasise the different", 'direct', 'Nick Ross'),
    ('It will be tough to obtain', 'direct', 'Gavin Cox'),
    ("Performance-wise, it's not", 'direct', 'Gavin Cox'),
]
A['tech/351'] = [
    ('download play', 'other', None),
    ('We know that customers want it', 'direct', 'Robert Quinn'),
]
A['tech/368'] = [
    ('We have seen attacks', 'direct', 'Rob Pollard'),
    ('Attacks of that size', 'direct', 'Rob Pollard'),
    ('What we want to do', 'direct', 'Rob Pollard'),
    ('Attacks are getting more diffuse', 'direct', 'Malcolm Seagrave'),
    ('In the last 12 months', 'direct', 'Malcolm Seagrave'),
]
A['tech/383'] = [
    ('iPod age', 'other', None),
    ('Music downloads on mobiles', 'direct', 'Gilles Babinet'),
    ('definite momentum.', 'partial', 'Gilles Babinet'),
    ('We are working in the hard disk', 'direct', 'Jonas Guest'),
    ('One of the problems we could have', 'direct', 'Gilles Babinet'),
    ("We don't want people to cast aside", 'direct', 'Jonas Guest'),
    ('You must enable people', 'direct', 'Jonas Guest'),
    ('The line between online', 'direct', 'Ted Cohen'),
    ('The market is more regional', 'block', 'Ted Cohen', 'equilibrium in Europe.'),
    ("It's going to be just as important", 'block', 'Ted Cohen', 'be a continuum.'),
    ('Getting music from your PC', 'block', 'Gilles Babinet', 'on a mobile phone.'),
    ('Certainly, we have a problem', 'block', 'Gilles Babinet', 'music on your mobile.'),
    ('I can send you the song', 'block', 'Ted Cohen', 'a social phenomenon.'),
    ('Today you use radio', 'direct', 'Gilles Babinet'),
]
