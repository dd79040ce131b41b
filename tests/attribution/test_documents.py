"""A document speaks for whoever the article said issued it."""

from briefing.attribution import read


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_the_statement_is_its_issuers():
    text = (
        "Days after its report came out, the Harbor Museum issued a statement of concern about "
        "the new rules. The statement urged the council to keep the shelter open."
    )
    assert speakers(text)[-1] == "Harbor Museum"


def test_the_paper_is_the_words_of_who_wrote_in_it():
    text = (
        '"Today, the union is one of the leading voices for safety," the Teamsters wrote in '
        "the white paper. For instance, the paper notes the company monitors 200 of its 700 "
        "depots."
    )
    assert speakers(text)[-1] == "Teamsters"


def test_a_document_no_one_issued_speaks_for_no_one():
    text = "Ana Ruiz spoke on Monday. The letter says the plant will close in May."
    assert speakers(text) in ([], [None])


def test_the_suit_of_a_staffer_the_article_names_in_passing():
    text = (
        "The lawsuit filed by a former aide named Dana Whitfield, an army reservist, names "
        'the mayor. "The mayor knew about the fraud and did nothing," the suit says.'
    )
    assert speakers(text)[-1] == "Dana Whitfield"


def test_the_suit_is_the_words_of_who_filed_it():
    text = (
        '"The council understands that a lawsuit has been filed by Bradley Hollis," council '
        'spokesman Jamal Reed said in a statement. "Ultimately, the plaintiff was the only one '
        'of the four to be reprimanded by the staff," the suit says.'
    )
    assert speakers(text)[-1] == "Bradley Hollis"


def test_it_continues_the_document_that_spoke_before():
    text = (
        '"Today, the union is one of the leading voices for safety," the Teamsters wrote in '
        "the white paper. For instance, the paper notes the company monitors 200 of its 700 "
        "depots, and it says the drivers have blocked nearly 400 unsafe trucks this year."
    )
    assert speakers(text)[-1] == "Teamsters"


def test_a_cable_is_the_words_of_who_reported_in_it():
    text = (
        'In the July 9, 2012, cable, Ana Ruiz reported, "Overall security conditions continue '
        'to be unpredictable." The cable indicated 13 guards would be the minimum needed.'
    )
    assert speakers(text)[-1] == "Ana Ruiz"


def test_a_statement_is_its_issuers_as_the_source_who_made_it_was_resolved():
    text = (
        "Colin Harper's office said in a statement that the senator could not recall the "
        "dinner. The statement added that Harper never used his personal email for secret work."
    )
    assert speakers(text)[-1] == speakers(text)[0] == "Colin Harper office"


def test_a_statement_issued_by_a_persons_campaign_is_the_campaigns():
    text = (
        "Late on Tuesday, a statement was issued by the Kessler campaign. Later, the statement "
        "said that voters deserve a choice."
    )
    assert speakers(text)[-1] == "Kessler campaign"


def test_a_report_from_a_bodys_inspector_is_the_inspectors():
    text = (
        "A report from the Harbor Authority's inspector general was leaked on Monday. The "
        "report found that the board had ignored the safety rules."
    )
    assert speakers(text)[-1] == "the Harbor Authority's inspector general"


def test_the_email_is_its_senders():
    text = (
        "Nora Whitcombe, the mayor's chief of staff, emailed volunteers on Friday night. "
        'The email goes on to say: "The council wants to close every shelter in the city."'
    )
    assert speakers(text)[-1] == "Nora Whitcombe"


def test_the_ad_is_the_words_of_who_aired_it():
    text = (
        "The Harbor Alliance aired a new ad on Monday about the port deal. The ad claims "
        "that the mayor took money from the shipping firms."
    )
    assert speakers(text)[-1] == "Harbor Alliance"


def test_a_video_is_the_words_of_who_released_it():
    text = 'Dana Pruitt released a video that said, "We are going to hire the best teachers."'
    assert "Dana Pruitt" in speakers(text)


def test_it_reads_continues_a_letter_sent_the_paragraph_before():
    text = (
        "The Ferris Coalition sent a letter this week urging the council to fund the clinics. "
        "Nearly 40 groups signed it.\n\n"
        '"The delay shows an appalling indifference to the lives of patients," it read.'
    )
    assert speakers(text)[-1] == "Ferris Coalition"


def test_it_continues_an_it_that_read_a_document():
    text = (
        "The memo was written by Colin Varga on the night of the storm.\n\n"
        '"The levee will not hold past midnight," it reads.\n\n'
        '"Move the trucks to the north gate before the road floods," it said.'
    )
    assert speakers(text)[-2:] == ["Colin Varga", "Colin Varga"]


def test_the_website_is_its_makers():
    text = (
        "Rhea Lindqvist, a baker in Halden, has created a website for the town's festival.\n\n"
        '"The town is on an unsustainable path," the website explains.'
    )
    assert speakers(text)[-1] == "Rhea Lindqvist"
