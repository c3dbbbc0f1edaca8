# Hand annotations for the held-out quote set; same format as ../gold/annotations.py:
# (prefix, kind, speaker[, suffix[, 'unterminated']])
A = {}

A['business/054'] = [
    ('We desperately need', 'direct', 'Chung Mong-koo'),
]
A['business/070'] = [
    ('Such a transformation', 'direct', 'Highfields Capital Management'),
]
A['business/071'] = [
    ('beer-like', 'other', None),
    ('Shinnama', 'other', None),
    ('new draft', 'other', None),
    ('Draft One', 'other', None),
    ('Super Blue', 'other', None),
    ('third-type', 'other', None),
]
A['business/192'] = [
    ('not US matter', 'partial', 'William Butler', 'matter'),
    ('pretty promptly', 'partial', 'Letitia Clark'),
]
A['entertainment/043'] = [
    ('He would have been', 'direct', 'Bill Clinton'),
    ('Like most of you here', 'direct', 'Bill Clinton'),
    ('Harlem has come', 'direct', 'Attallah Shabazz'),
    ('Ditto.', 'direct', 'Attallah Shabazz'),
    ('Ossie was my hero', 'direct', 'Alan Alda'),
    ('Ossie was a thing', 'direct', 'Alan Alda'),
    ('I want so badly', 'direct', 'Burt Reynolds'),
    ('It is hard to fathom', 'direct', 'Harry Belafonte'),
    ('But how fortunate', 'direct', 'Harry Belafonte'),
]
A['entertainment/066'] = [
    ('Many of the films', 'direct', 'Paul Dergarabedian'),
    ('We had a really diverse', 'direct', 'Jeff Blake'),
]
A['entertainment/078'] = [
    ('If you look at the Oscars', 'direct', "Tom O'Neil"),
    ('It is the most nominated', 'block', "Tom O'Neil", 'Academy voters,'),
    ('heart-wrenching', 'partial', 'Anne Thompson'),
    ("It's very emotional", 'direct', 'Anne Thompson'),
    ('The Aviator is a gorgeous', 'direct', 'Anne Thompson'),
    ('The performance is based', 'direct', "Tom O'Neil"),
    ('He has unstoppable', 'direct', "Tom O'Neil"),
]
A['entertainment/167'] = [
    ('We wanted actors', 'direct', 'Ricky Gervais'),
    ("It's not about the zeitgeist", 'direct', 'Ricky Gervais'),
    ("I didn't want to start", 'block', 'Ricky Gervais', "wouldn't take it anyway."),
    ('twisted', 'partial', 'Ricky Gervais'),
    ('would sail pretty close', 'partial', 'Ricky Gervais'),
    ('A film will happen', 'direct', 'Ricky Gervais'),
]
A['politics/026'] = [
    ("It will be a report", 'block', 'Tony Blair', 'when we publish it.'),
    ('a job of persuading', 'partial', 'Tony Blair'),
]
A['politics/361'] = [
    ('classic Labour stealth tax', 'partial', 'Oliver Letwin'),
    ('Everyone who looks', 'direct', 'George Osborne'),
    ('If Labour is elected', 'direct', 'George Osborne'),
    ("I don't accept", 'direct', 'Ed Balls'),
    ('The chancellor will no doubt', 'direct', 'David Laws'),
    ('But a lot of that', 'direct', 'David Laws'),
]
A['politics/385'] = [
    ('Compassionate rhetoric', 'block', 'John Hilary', 'lifted out of it.'),
]
A['politics/408'] = [
    ('attack mongrel', 'partial', 'Peter Hain'),
    ('rattled', 'partial', 'Michael Howard'),
    ('Something tells me', 'direct', 'Michael Howard'),
    ('attack mongrel', 'partial', 'Peter Hain'),
    ('playing opposition', 'partial', 'Peter Hain'),
    ('do anything, say anything', 'partial', 'Michael Howard'),
    ('So far this year', 'block', 'Michael Howard', 'a little bit rattled.'),
    ('rattled', 'partial', 'Margaret Beckett'),
    ('We have a very real duty', 'direct', 'Margaret Beckett'),
    ('Since the beginning', 'direct', 'Michael Howard'),
    ('playing politics', 'partial', 'Michael Howard'),
    ('human shield', 'partial', 'Labour'),
    ("She's not a human shield", 'direct', 'Michael Howard'),
    ('racist', 'partial', 'Michael Howard'),
    ('common sense', 'partial', 'Michael Howard'),
    ('political correctness', 'partial', 'Michael Howard'),
    ('decent', 'partial', 'Michael Howard'),
    ('I come from an ordinary', 'direct', 'Michael Howard'),
    ('One day you will be able', 'direct', 'Michael Howard'),
    ("Michael Howard's speech today", 'direct', 'Alan Milburn', 'vision for the country.', 'unterminated'),
    ('Michael Howard is perfectly', 'block', 'Alan Milburn', 'from public spending.'),
]
A['sport/054'] = [
    ('After five months', 'direct', 'Katerina Thanou'),
    ('We presented new', 'direct', 'Katerina Thanou'),
    ('We are almost certain', 'direct', 'Grigoris Ioanidis'),
    ('We believe that we', 'direct', 'Grigoris Ioanidis'),
    ('We were asked', 'direct', 'Christos Tzekos'),
    ('We did not leave', 'direct', 'Christos Tzekos'),
    ('Deliberations will start', 'direct', 'Kostas Panagopoulos'),
    ('I estimate that', 'direct', 'Kostas Panagopoulos'),
]
A['sport/071'] = [
    ("It's nothing serious", 'direct', 'Peter Stanley'),
    ('He strained a muscle', 'direct', 'Peter Stanley'),
]
A['sport/192'] = [
    ("I've said before", 'direct', 'Harry Redknapp'),
    ("Maybe I'll be in", 'direct', 'Harry Redknapp'),
    ("I'm still in shock", 'block', 'Steve Bruce', 'give it our best shot.'),
    ('The best thing is', 'direct', 'Martin Allen'),
    ("But it's not about", 'direct', 'Martin Allen'),
]
A['sport/392'] = [
    ('When this opportunity', 'direct', 'Andy Williams'),
    ('He has been playing', 'direct', 'Jack Rowell'),
    ('We are delighted', 'direct', 'Jack Rowell'),
]
A['tech/039'] = [
    ('FBI virus', 'other', None, 'virus'),
    ('Recipients of this', 'direct', 'Federal Bureau of Investigation'),
]
A['tech/114'] = [
    ('When the news about', 'direct', 'Jason Parkinson'),
    ('A lot of people suspected', 'direct', 'Jason Parkinson'),
]
A['tech/230'] = [
    ('They can work in', 'direct', 'Nigel Marson'),
    ('We started with infra-red', 'direct', 'Rachel Harker'),
    ("It's a well established", 'direct', 'Rachel Harker'),
    ('Before we ran a campaign', 'direct', 'Rachel Harker'),
    ('Now we know that', 'direct', 'Rachel Harker'),
]
A['tech/312'] = [
    ("You can't really just", 'direct', 'Manuel Millan'),
    ("It's really hard", 'direct', 'Manuel Millan'),
    ('export quality', 'other', None),
    ('infant stage', 'partial', 'Manuel Millan'),
    ("He's considered the Eminem", 'direct', 'Manuel Millan'),
    ("He really hasn't had", 'direct', 'Manuel Millan'),
    ("Every country's got", 'direct', 'Manuel Millan'),
    ("It's basically him", 'direct', 'Manuel Millan'),
    ("And it's pretty much", 'direct', 'Manuel Millan'),
]
