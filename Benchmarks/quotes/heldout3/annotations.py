# Hand annotations for the third held-out (heldout3) quote set; same format as
# ../gold/annotations.py: (prefix, kind, speaker[, suffix[, 'unterminated']])
A = {}

# Direct quotes whose quote-in-a-quote is marked with straight double quotes (the gold rule
# keeps it inside the outer span), so the span holds an internal " without being a block:
# (article id, prefix). build_heldout3.py checks them like blocks (the internal mark must be
# there) instead of failing them.
NESTED_DIRECT = {('tech/401', 'You lie;')}

A['business/163'] = [
    ('The PPI would argue', 'direct', 'Joe Quinlan'),
    ('But this Michigan survey', 'direct', 'Joe Quinlan'),
    ('The concern is that traders', 'direct', 'Paul Cherney'),
    ('much less alarming', 'partial', 'Ian Shepherdson'),
    ('are no indication of broad', 'partial', 'Ian Shepherdson'),
    ('it is a good bet', 'partial', 'Ian Shepherdson'),
]
A['business/174'] = [
    ('river of golden sand', 'other', None),
]
A['business/189'] = [
    ('principal focus', 'partial', 'Sergio Marchionne'),
    ('I have made the decision', 'direct', 'Sergio Marchionne'),
    ('A profound cultural transformation', 'direct', 'Sergio Marchionne'),
]
A['business/404'] = [
    ('may run out of cash', 'partial', 'Continental Airlines', 'cash'),
    ('inadequate liquidity', 'partial', 'Continental Airlines'),
    ('hundreds of millions of dollars', 'partial', 'Continental Airlines'),
    ('Without the reduction in wage', 'direct', 'Continental Airlines'),
]
A['business/462'] = [
    ('despite a tough competitive', 'partial', 'General Motors'),
    ("We're following a roadmap", 'direct', 'Rick Waggoner'),
    ('reduced financial losses', 'partial', 'General Motors'),
    ('Attaining earnings of $10', 'direct', 'General Motors'),
]
A['entertainment/010'] = [
    ('expunge all the offending parts', 'partial', 'Ugandan Media Council'),
    ('The play promotes illegal', 'direct', 'Ugandan Media Council'),
    ('The play is obscene', 'direct', 'Kefa Ssempgani'),
    ('There is obviously some fear', 'direct', 'Eve Ensler'),
    ("It's not a slang word", 'direct', 'Eve Ensler'),
    ("I'm extremely outraged", 'direct', 'Sarah Mukasa'),
    ("I'm amazed that this country", 'direct', 'Sarah Mukasa'),
]
A['entertainment/115'] = [
    ('rape', 'partial', 'make-up artist', 'rape'),
    ('untrue', 'partial', "rapper's spokesman"),
    ('misusing the legal system', 'partial', "rapper's spokesman"),
    ('no merit', 'partial', 'ABC'),
    ('Snoop will have the opportunity', 'block', "rapper's spokesperson", 'will be rejected.'),
    ('failed to provide a safe', 'partial', 'Perry Wander'),
]
A['entertainment/304'] = [
    ('thrilled', 'partial', 'Ridley Scott'),
    ('Wolf Brother is an enchanting', 'direct', 'Ridley Scott'),
    ('Michelle Paver lives and breathes', 'direct', 'author spokesman'),
    ("I've told her about the film", 'direct', 'author spokesman'),
]
A['entertainment/317'] = [
    ('I want to touch on all aspects', 'direct', 'Patti Smith'),
    ('material, exploitative', 'partial', 'Patti Smith'),
    ('It is important we explore', 'direct', 'Patti Smith'),
]
A['entertainment/330'] = [
    ('preferred choice', 'partial', 'Indian studio'),
    ('angadias', 'other', None, 'angadias'),
    ('a lot of India', 'partial', 'Shailendra Singh'),
    ('The train will be a crucial', 'direct', 'Shailendra Singh'),
]
A['politics/014'] = [
    ('control orders', 'other', None),
    ('recruiting sergeant', 'partial', 'David Davis'),
    ("If we don't get the amendments", 'direct', 'David Davis'),
    ('far better if the whole', 'partial', 'Howard'),
    ('an eminent and independent person', 'other', None),
    ('I believe (the new powers)', 'direct', 'Tony Blair'),
    ("There's a lot of talking left", 'direct', 'Mark Oaten'),
    ('basic principle', 'partial', 'Human Rights Watch spokeswoman'),
    ('Having a judge impose', 'direct', 'Human Rights Watch spokeswoman'),
]
A['politics/189'] = [
    ('fractured, divided and uncertain', 'partial', 'Tony Blair'),
    ('military might alone', 'partial', 'Tony Blair'),
    ('pressing political challenge', 'partial', 'Tony Blair'),
    ('build anew their alliance', 'partial', 'Tony Blair'),
    ('All of us in positions', 'direct', 'Tony Blair'),
    ('a true celebration', 'partial', 'Tony Blair'),
    ('warmest congratulations', 'partial', 'Michael Howard'),
    ('We look to the president', 'direct', 'Michael Howard'),
    ('rebuild a sense of domestic', 'partial', 'Charles Kennedy'),
    ('Internationally, it is to be hoped', 'direct', 'Charles Kennedy'),
    ('umbilical cord', 'partial', 'Menzies Campbell'),
    ('Europeans must hope', 'block', 'Menzies Campbell', 'some time to come.'),
]
A['politics/311'] = [
    ('less painful', 'partial', 'ministers'),
    ('For a government that lectures', 'direct', 'Mark Serwotka'),
    ('If you want the pension', 'block', 'Mark Serwotka', 'completely unacceptable.'),
]
A['politics/316'] = [
    ('never, ever, ever', 'partial', 'Tony Blair'),
    ('If you look at what I do', 'direct', 'Tony Blair'),
    ('anti-Semitic', 'partial', 'critics'),
    ('not intended to cause any offence', 'partial', 'Tony Blair'),
    ("I've been a very strong supporter", 'direct', 'Tony Blair'),
    ('The idea that I would allow', 'block', 'Tony Blair', 'on that basis.'),
    ('should have withdrawn the comment', 'partial', 'Tony Blair'),
    ("I'm sure that is what in truth", 'direct', 'Tony Blair'),
]
A['politics/400'] = [
    ('giant', 'partial', 'Tony Blair'),
    ('mourned throughout the world', 'partial', 'Gordon Brown'),
    ('It was a commitment to public', 'direct', 'Gordon Brown'),
    ('immense sadness', 'partial', 'Hattersley'),
    ('It was not a major surprise', 'direct', 'Hattersley'),
    ('He was a decent kindly man', 'block', 'Hattersley', 'poorer without him.'),
    ("You don't get to the premiership", 'direct', 'Heseltine'),
    ('But I saw the other side', 'direct', 'Heseltine'),
    ('affection and respect', 'partial', 'Michael Howard'),
    ('When I was first elected', 'block', 'Charles Kennedy', 'warmth and wisdom.'),
    ('I am not going to resign', 'direct', 'Jim Callaghan'),
    ('Winter of Discontent', 'other', None),
]
A['sport/189'] = [
    ('in dialogue', 'partial', 'John Williams'),
    ('We are in dialogue with Glasgow', 'direct', 'John Williams'),
    ('unlikely', 'partial', 'John Williams'),
    ('We have no comment to make', 'direct', 'John Williams'),
    ('The way things are looking', 'block', 'John Williams', 'at this moment.'),
    ('emotional and difficult time', 'partial', 'Mark Hughes'),
]
A['sport/251'] = [
    ("I'm delighted to be stepping up", 'block', 'Ken Bates', 'everything we can.'),
    ("It's going to be a tough", 'direct', 'Ken Bates'),
    ('But there is light at the end', 'direct', 'Ken Bates'),
    ('This deal ensures the medium', 'block', 'Gerald Krasner', 'ongoing success.'),
    ('I am not going into the figures', 'block', 'Gerald Krasner', 'internal arrangements.'),
]
A['sport/265'] = [
    ('We will meet with the player', 'direct', 'Toni Munoz'),
    ("I'm not going to say the decision", 'block', 'Steve Bruce', 'most of what we spent.'),
]
A['sport/404'] = [
    ('errors', 'other', None, 'errors'),
    ('blazers', 'other', None),
]
A['sport/463'] = [
    ('This is my first win', 'block', 'Gael Monfils', 'attacking game,'),
    ('Of course I was a bit tired', 'direct', 'Gael Monfils'),
]
A['tech/027'] = [
    ('Urgent Tsunami Earthquake Appeal', 'other', None),
]
A['tech/193'] = [
    ('to grow in 2005', 'partial', 'Consumer Electronics Association', '2005'),
    ('Everything is going digital', 'direct', 'Kirsten Pfeifer'),
    ('Consumers are controlling', 'block', 'Kirsten Pfeifer', 'of the industry.'),
    ('wow factor', 'partial', 'delegates'),
    ('time and place shifting', 'other', None),
    ('generation X-ers', 'other', None),
    ('A lot of this is driven', 'direct', 'Stephen Baker'),
    ('Some of these functions', 'direct', 'Stephen Baker'),
    ('consumer technology', 'partial', 'Sony representative'),
]
A['tech/282'] = [
    ('In the end, it was too deep', 'direct', 'Simon Jones'),
    ('real shame', 'partial', 'Ian Pearson'),
    ('There were a lot of very talented', 'block', 'Ian Pearson', 'will be lost.'),
    ('very committed', 'partial', 'Noel Dempsey'),
    ('He is, I know, very disappointed', 'direct', 'Noel Dempsey'),
    ('Unfortunately the model', 'direct', 'Noel Dempsey'),
]
A['tech/343'] = [
    ('Consumer electronics companies want', 'direct', 'Jeff Ravencraft'),
    ('Thirty percent of consumer', 'direct', 'Jeff Ravencraft'),
]
A['tech/401'] = [
    ('An addiction to a game like this', 'direct', 'Travis Anderson'),
    ('This game is so good', 'direct', 'Charles MacIntyre'),
    ("'You need to get out more'", 'direct', 'Stuart Stanton-Davies'),
    ('addictive video games', 'other', None),
    ('problem', 'other', None),
    ('I used to play the online', 'block', 'E Hayot', 'or 40 hours.'),
    ("wasn't that unusual", 'partial', 'E Hayot'),
    ('You lie;', 'direct', 'E Hayot', 'presumably),'),
    ('I am actually convinced', 'direct', 'Jane'),
    ('On the rare nights', 'block', 'correspondent', 'him a question.'),
    ('Gaming widows', 'other', None),
    ('I believe that he is addicted', 'direct', 'correspondent'),
    ('Today our son was five days old.', 'block', 'correspondent', 'waiting online.'),
    # the readers' comments appended to the article: only their marked words
    ('needed', 'other', None, 'needed'),
    ('rewards', 'other', None),
    ("if you can't beat", 'other', None, "join 'em"),
    ('reality', 'other', None),
    ('real', 'other', None),
    ('hardcore gaming', 'other', None),
    ('ultimate', 'other', None),
    ('easier', 'other', None),
    ('frag', 'other', None, 'frag'),
    ('real', 'other', None, 'real'),
    ('online universe', 'other', None),
]
