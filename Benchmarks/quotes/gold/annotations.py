# Hand annotations for the quote gold set; see build_gold.py for the format.
# (prefix, kind, speaker[, suffix])
A = {}

A['business/052'] = [
    ('Action Plan for the', 'other', None),
    ('brain-drain', 'other', None),
    ('opening up markets', 'partial', 'Il Sole 24 Ore'),
]
A['business/064'] = [
    ('We are doing research', 'direct', 'Michael Lamberty'),
    ('We are checking', 'direct', 'Michael Lamberty'),
]
A['business/083'] = [
    ('It gives us a kind', 'direct', 'Steven Theede'),
]
A['business/087'] = [
    ('left books alone', 'partial', 'David Myers', 'alone'),
    ('make an accounting decision?', 'partial', 'Reid Weingarten'),
    ('Not that I am aware', 'direct', 'David Myers'),
    ('Did you ever know', 'direct', 'Reid Weingarten'),
    ('No,', 'direct', 'David Myers'),
]
A['business/169'] = []
A['business/245'] = [
    ('ticking budget', 'other', None, 'budget'),
    ('waste, fraud and abuse', 'other', None),
]
A['business/282'] = [
    ('defies Beijing', 'partial', 'Beijing News', 'Beijing'),
    ('The Three Gorges Corporation has', 'direct', 'China Three Gorges Project Corp'),
    ('river of golden sand', 'other', None),
]
A['business/322'] = [
    ('controlled', 'partial', 'Japanese government', 'controlled'),
    ('We are attempting', 'direct', 'Heizo Takenaka'),
]
A['business/414'] = [
    ('The settlement is very', 'direct', 'William Lerach'),
    ('Hopefully, this will', 'direct', 'William Lerach'),
    ('massive insider trading', 'partial', 'University of California'),
]
A['entertainment/046'] = []
A['entertainment/117'] = [
    ('LA', 'other', None),
    ('I can think of no-one', 'direct', 'Antonio Reid'),
    ('move the company into', 'partial', 'Antonio Reid'),
    ('I have inherited two', 'block', 'Jay-Z', 'entire artist community.'),
]
A['entertainment/201'] = [
    ("It's a great honour", 'direct', 'Matt Lucas'),
    ('It was a real shock', 'direct', 'David Walliams'),
    ('The show has won', 'direct', 'Ricky Gervais'),
]
A['entertainment/220'] = [
    ("This year's nominees", 'direct', 'Grant Dean'),
]
A['entertainment/244'] = [
    ("I'd just like to say", 'direct', 'Rachel Edwards'),
]
A['entertainment/257'] = [
    ('The mayor is going', 'direct', 'Ray Rae Marshall'),
    ('We never said', 'direct', 'John Franklin', "property,'"),
    ('From our perspective', 'direct', 'John Franklin'),
    ("That's something my father", 'direct', 'Janie Hendrix'),
    ('It would be nice', 'direct', 'Janie Hendrix'),
]
A['entertainment/272'] = [
    ('very early stages', 'partial', 'spokeswoman'),
]
A['entertainment/310'] = [
    ('more keen than', 'partial', 'Tony Robinson'),
    ('love', 'partial', 'Tony Robinson'),
]
A['entertainment/354'] = [
    ('unlike anything', 'partial', 'Leonardo DiCaprio'),
    ('Never in a million', 'block', 'Imelda Staunton', 'the film as well.'),
    ("It's tight but", 'direct', 'Cate Blanchett'),
    ('intense, nerve-wracking', 'partial', 'Sienna Miller'),
    ('they are probably', 'partial', 'Emma Watson'),
    ('Christian, Christian', 'partial', 'crowd'),
    ('exciting', 'partial', 'Keanu Reeves'),
    ('It is always surreal', 'direct', 'Keanu Reeves'),
    ('I am a great admirer', 'block', 'Martin Scorsese', 'a great honour.'),
    ('meant a lot', 'partial', 'Clive Owen'),
    ('Just to be here', 'direct', 'Clive Owen'),
]
A['politics/080'] = [
    ('More to do', 'partial', 'National Audit Office', 'do'),
    ('creative', 'partial', 'National Audit Office'),
    ('more than half', 'partial', 'National Audit Office'),
    ('adults', 'other', None),
    ('rising slowly', 'partial', 'National Audit Office'),
    ('Higher levels of literacy', 'block', 'John Bourn', 'richer lives.'),
    ('substantial progress', 'partial', 'John Bourn'),
    ('only the beginning', 'partial', 'John Bourn'),
    ('need to be creative', 'partial', 'John Bourn'),
    ('enthusiasm, commitment', 'partial', 'National Audit Office'),
    ('personalised learning', 'partial', 'National Audit Office'),
    ('at frequent intervals', 'partial', 'National Audit Office'),
    ('only the start of', 'partial', 'Tony Blair'),
    ('We will continue to use', 'direct', 'Ivan Lewis'),
    ('This is the third report', 'block', 'Tim Collins', 'more talk.'),
    ('Far too little', 'direct', 'Phil Willis'),
]
A['politics/110'] = [
    ('Britain is heading', 'direct', 'Michael Howard'),
    ('bossy, interfering', 'partial', 'Michael Howard'),
    ('Britain is working, don', 'direct', 'Fraser Kemp'),
    ('We watched the scenes', 'block', 'Michael Howard', 'strong as ever.'),
    ('most Britons hold dear', 'partial', 'Michael Howard'),
    ('turn these beliefs', 'partial', 'Michael Howard'),
    ('How much tax', 'block', 'Michael Howard', 'immigration system?'),
    ('wrong solution', 'partial', 'Michael Howard'),
    ('The result is big', 'block', 'Michael Howard', 'families face today.'),
    ('We can have progress', 'block', 'Michael Howard', 'the chance to change.'),
    ('It would be more appropriate', 'direct', 'Fraser Kemp'),
    ('Let us never forget', 'block', 'Fraser Kemp', 'upon the country.'),
]
A['politics/153'] = [
    ('magic bullet', 'partial', 'Tony Blair'),
    ('evolving', 'partial', 'ministers'),
    ('toughened up', 'partial', 'Tony Blair'),
    ('arbitrary figure', 'partial', 'Tony Blair'),
    ('We should cut the number', 'block', 'Tony Blair', 'asylum system.'),
    ('We will not be...', 'direct', 'Tony Blair'),
    ('shambles', 'partial', 'David Davis'),
    ('What we are seeing today', 'direct', 'David Davis'),
    ('a fair and efficient', 'partial', 'Mark Oaten'),
]
A['politics/249'] = [
    ('We answer this', 'direct', 'Tony Blair'),
]
A['politics/269'] = [
    ('know little', 'partial', 'Ofsted', 'little'),
]
A['politics/314'] = [
    ('confront it', 'partial', 'Tony Blair'),
    ('forcing', 'partial', 'Tony Blair'),
    ("You've just got to", 'direct', 'Tony Blair', "on this.'"),
    ('worst thing in politics', 'partial', 'Tony Blair'),
    ('little snatches', 'partial', 'Tony Blair'),
    ('get out of the 30', 'partial', 'Tony Blair'),
    ('Sometimes people say', 'direct', 'Tony Blair'),
    ('peaceful resolution', 'partial', 'Tony Blair'),
]
A['politics/358'] = [
    ('UK will stand firm', 'direct', 'Jack Straw', 'EU rebate'),
    ('entirely justified', 'partial', 'Jack Straw'),
    ('see the light', 'partial', 'Jack Straw'),
    ('Our position is very', 'direct', 'Jack Straw'),
    ("I don't know of any", 'direct', 'Jack Straw'),
]
# politics/367 is a re-headlined copy of politics/110
A['politics/367'] = list(A['politics/110'])
A['politics/406'] = [
    ('those who fail', 'partial', 'Gordon Brown'),
    ('politics, politics', 'partial', 'Marguerite of Romania'),
    ('Old Labour', 'other', None),
    ('serve a full third', 'partial', 'Tony Blair'),
]
A['sport/048'] = [
    ('We refute both', 'block', 'Gregory Ioannidis', 'has been persecuted.'),
    ('One of the important', 'direct', 'Gregory Ioannidis'),
    ('unacceptable', 'partial', 'IAAF'),
]
A['sport/126'] = [
    ("We're in a difficult", 'direct', 'Eddie Thompson'),
    ('Ian McCall and I', 'direct', 'Eddie Thompson'),
    ('However, the continuing', 'block', 'Eddie Thompson', 'results being achieved.'),
    ('We want the boss', 'direct', 'Jim McIntyre'),
    ('Hopefully now he', 'direct', 'Jim McIntyre'),
    ('I think all the boys', 'direct', 'Tony Bullock'),
    ('At the moment it is', 'direct', 'Tony Bullock'),
    ("I've only been here", 'direct', 'Paul Sturrock'),
    ('I can appreciate', 'block', 'Paul Sturrock', 'to finish it.'),
]
A['sport/145'] = [
    ('Stewart has tweaked', 'block', 'Steve McClaren', 'we certainly did.'),
    ('To be fair to Graz', 'block', 'Steve McClaren', 'back in it.'),
    ('Sporting are technically', 'block', 'Steve McClaren', 'look forward to it.'),
    ("It wasn't a particularly", 'block', 'Jimmy Floyd Hasselbaink', 'at Boavista.'),
]
A['sport/168'] = [
    ('I can assure you that', 'block', 'Gilmar Rinaldi', 'for some time.'),
    ('just practising my', 'partial', 'Jose Mourinho'),
    ('I have to say that', 'block', 'Gilmar Rinaldi', 'make an offer.'),
    ('I cannot give you', 'direct', 'Gilmar Rinaldi'),
]
A['sport/257'] = [
    ('I never intended', 'direct', 'Luis Aragones'),
    ("I'm obliged to motivate", 'block', 'Luis Aragones', 'football world. '),
    ('Everyone who has a public', 'direct', 'Jaime Lissavetzky'),
    ('We are going to have zero', 'direct', 'Jaime Lissavetzky'),
]
A['sport/357'] = [
    ('We have had an approach', 'direct', 'Saints spokesman'),
    ("It's in the very early", 'direct', 'Saints spokesman'),
]
A['sport/361'] = [
    ('Realising I would', 'direct', 'Dave Hodges'),
    ('It allows me to move', 'direct', 'Dave Hodges'),
    ('We have a deliberate', 'direct', 'Stuart Gallacher'),
    ("I'm positive about", 'direct', 'Stuart Gallacher'),
    ('David has been a highly', 'direct', 'Stuart Gallacher'),
    ('He is a real professional', 'block', 'Stuart Gallacher', 'family well.'),
    ('the best time of my life.', 'partial', 'Dave Hodges'),
]
A['sport/413'] = [
    ("I don't know what I'll do", 'direct', 'Gareth Llewellyn'),
    ('Narbonne are really keen', 'block', 'Gareth Llewellyn', 'chance somewhere.'),
    ('If I do get on the field', 'direct', 'Gareth Llewellyn'),
    ("We've had some really tough", 'block', 'Gareth Llewellyn', 'as much as I can.'),
    ("There's been lots of highs", 'direct', 'Gareth Llewellyn'),
    ('But I think the best thing', 'block', 'Gareth Llewellyn', 'handicap down!'),
]
A['sport/506'] = []
A['tech/071'] = [
    ('Games teach life skills', 'direct', 'Martin Owen'),
    ('Learning games were', 'direct', 'Carl Gavin'),
    ('We are keen to find out', 'direct', 'Martin Owen'),
    ('Pupils used the statistics', 'direct', 'Ben Williamson'),
    ('Games in the classroom need', 'direct', 'Carl Gavin'),
    ('It is perhaps in a compromise', 'direct', 'Angela MacFarlane'),
    ('Lite', 'other', None, 'Lite'),
    ('Even in Grand Theft Auto', 'direct', 'Martin Owen'),
]
A['tech/079'] = [
    ('That is not the case', 'direct', 'Tim Ellsmore'),
    ('It is not about replacing', 'direct', 'Tim Ellsmore'),
    ('People need to recognise', 'direct', 'Tim Ellsmore'),
]
A['tech/134'] = [
    ('We predicted at the', 'block', 'Bill Gates', 'excited about it.'),
    ('seamless', 'partial', 'Bill Gates'),
    ('Gaming is becoming', 'block', 'Bill Gates', 'quite phenomenal.'),
    ('It is the way all', 'direct', 'Bill Gates'),
    ('People are online', 'direct', 'Bill Gates'),
    ('ecosystem of technologies', 'partial', 'Bill Gates'),
]
A['tech/151'] = [
    ('Blog', 'other', None, 'Blog'),
    ('blog', 'other', None),
    ('blog', 'other', None),
    ('a Web site that', 'partial', 'Merriam-Webster'),
    ('affect', 'other', None),
    ('effect', 'other', None),
    ('blog', 'other', None),
    ('I think it was the word', 'direct', 'Oxford University Press spokesman'),
    ("Now we're getting words", 'direct', 'Oxford University Press spokesman'),
    ('But,', 'direct', 'Oxford University Press spokesman'),
    ("it's a pretty recent", 'direct', 'Oxford University Press spokesman'),
    ('hurricane', 'other', None),
    ('incumbent', 'other', None),
    ('electoral', 'other', None),
    ('partisan', 'other', None),
]
A['tech/168'] = [
    ('Roughly 80%', 'direct', 'Jakob Nielsen'),
    ('Some have gone away', 'direct', 'Jakob Nielsen'),
    ("But there's great stability", 'direct', 'Jakob Nielsen'),
    ("It's necessary to be aware", 'direct', 'Jakob Nielsen'),
    ('A lot of people thought', 'direct', 'Jakob Nielsen'),
    ('But there are a very small', 'direct', 'Jakob Nielsen'),
    ('Those four sites', 'direct', 'Jakob Nielsen'),
    ('All are based on user', 'direct', 'Jakob Nielsen'),
    ('They are making simple', 'block', 'Jakob Nielsen', 'glamorous look,'),
    ('They are becoming like', 'direct', 'Jakob Nielsen'),
    ("I think it's amazing", 'direct', 'Jakob Nielsen'),
]
A['tech/196'] = [
    ('It seems that people', 'direct', 'Niels Brinkman'),
    ('We certainly respect', 'block', 'Paul Randle', 'for Internet Explorer.'),
]
A['tech/213'] = [
    ('The future is all about', 'direct', 'Tony Macklin'),
    ('Each time you go back', 'direct', 'Tony Macklin'),
    ('save', 'other', None),
    ("It's about finding again", 'direct', 'Tony Macklin'),
    ('The competition has validated', 'direct', 'Suranga Chandratillake'),
    ('Blinkx users do not', 'direct', 'Suranga Chandratillake'),
    ('They might use Google', 'direct', 'Suranga Chandratillake'),
    ('The classic thing', 'direct', 'Suranga Chandratillake'),
]
A['tech/254'] = [
    ('The take-up rate', 'direct', 'Ben Verwaayen'),
    ('We will be in a very', 'direct', 'Ben Verwaayen'),
]
A['tech/307'] = [
    ('knocking', 'other', None, 'knocking'),
]
A['business/184'] = [
    ('In spite of the snow', 'direct', 'Dresdner Kleinwort Wasserstein'),
    ('We are bringing in ranges', 'direct', 'Marks & Spencer'),
    ('step change in pricing', 'partial', 'Dresdner Kleinwort Wasserstein'),
    ('Either way, this cannot', 'direct', 'Dresdner Kleinwort Wasserstein'),
    ('We have brought in quite', 'direct', 'M&S spokesman'),
]
A['entertainment/315'] = [
    ('in the craphouse', 'partial', 'Dustin Hoffman'),
    ('spark', 'partial', 'Dustin Hoffman'),
    ('You go to the cinema', 'block', 'Dustin Hoffman', 'good time culturally.'),
    ('I just lost that spark', 'block', 'Dustin Hoffman', 'that set in.'),
]
A['politics/389'] = [
    ("won't stop UK spending", 'partial', 'Gordon Brown', 'UK spending'),
    ('make it difficult for a low', 'partial', 'Gordon Brown'),
    ('sustainable investment', 'other', None),
    ('impugning the integrity', 'partial', 'Gordon Brown'),
    ('rigid', 'partial', 'Ken Clarke'),
    ('The essential point here', 'direct', 'David Heathcoat-Amory'),
    ('The warning is about', 'direct', 'David Heathcoat-Amory'),
    ('The conditions for euro', 'direct', 'Gordon Brown'),
]
A['sport/484'] = [
    ('I had a message relayed', 'direct', 'Craig Watson', '(2004) final.', 'unterminated'),
]
A['tech/064'] = [
    ('All the markets grew', 'direct', 'Carolina Milanesi'),
    ('Japan is where north', 'block', 'Carolina Milanesi', 'replacement phones.'),
    ('At the end of the day', 'direct', 'Carolina Milanesi'),
    ("women's thing", 'partial', 'Carolina Milanesi'),
    ('Western Europe has always', 'direct', 'Carolina Milanesi'),
    ('People are after something', 'block', 'Carolina Milanesi', 'part to play in this.'),
]
