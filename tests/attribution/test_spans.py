from briefing.attribution.text.spans import sentences_back

SENTENCES = [(0, 10), (11, 20), (21, 30), (31, 40)]


def test_sentences_back_counts_from_the_sentence_holding_the_offset():
    assert sentences_back(SENTENCES, 35, 2) == 11
    assert sentences_back(SENTENCES, 31, 1) == 21
    assert sentences_back(SENTENCES, 25, 0) == 21


def test_sentences_back_is_zero_where_fewer_sentences_come_before():
    assert sentences_back(SENTENCES, 15, 2) == 0
    assert sentences_back([(5, 10), (11, 20)], 15, 1) == 5
