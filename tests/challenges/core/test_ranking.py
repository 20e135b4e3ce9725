from duijie.challenges.core.ranking import Criterion, Entry, rank_applications

CRITERIA = [Criterion(1, 50), Criterion(2, 30), Criterion(3, 20)]


def sheet(a, b, c):
    return {1: a, 2: b, 3: c}


def test_weighted_mean_of_expert_totals_and_spread():
    [result] = rank_applications([Entry(10, (sheet(8, 6, 10), sheet(6, 6, 4)))], CRITERIA)
    # Expert totals: 4 + 1.8 + 2 = 7.8 and 3 + 1.8 + 0.8 = 5.6.
    assert result.expert_totals == (7.8, 5.6)
    assert result.score == 6.7
    assert result.spread == 2.2
    assert result.criterion_means == {1: 7.0, 2: 6.0, 3: 7.0}
    assert result.rank == 1 and result.tie is None


def test_higher_score_ranks_first_and_unscored_come_last():
    entries = [Entry(1, (sheet(5, 5, 5),)), Entry(2, ()), Entry(3, (sheet(9, 9, 9),))]
    results = rank_applications(entries, CRITERIA)
    assert [(r.application, r.rank, r.score) for r in results] == [
        (3, 1, 9.0),
        (1, 2, 5.0),
        (2, None, None),
    ]


def test_tie_on_score_is_settled_by_the_heaviest_criterion_and_explained():
    # Applications 1 and 3 both total 6.8; 2 totals 7.0.
    a = sheet(8, 6, 5)  # 4.0 + 1.8 + 1.0 = 6.8
    b = sheet(6, 8, 8)  # 3.0 + 2.4 + 1.6 = 7.0
    c = sheet(8, 4, 8)  # 4.0 + 1.2 + 1.6 = 6.8
    results = rank_applications([Entry(1, (a,)), Entry(2, (b,)), Entry(3, (c,))], CRITERIA)
    assert [r.application for r in results] == [2, 1, 3]
    first_tied, second_tied = results[1], results[2]
    assert (first_tied.rank, second_tied.rank) == (2, 3)
    # Equal on criterion 1 (8 vs 8), so the 30% criterion decides: 6 against 4.
    assert first_tied.tie.others == (3,)
    assert (first_tied.tie.criterion, first_tied.tie.own_mean, first_tied.tie.other_mean) == (
        2,
        6.0,
        4.0,
    )
    assert (second_tied.tie.own_mean, second_tied.tie.other_mean) == (4.0, 6.0)
    assert results[0].tie is None


def test_applications_equal_on_every_criterion_share_the_rank():
    results = rank_applications(
        [Entry(7, (sheet(6, 6, 6),)), Entry(4, (sheet(6, 6, 6),)), Entry(9, (sheet(1, 1, 1),))],
        CRITERIA,
    )
    assert [(r.application, r.rank) for r in results] == [(4, 1), (7, 1), (9, 3)]
    assert results[0].tie.shared and results[0].tie.others == (7,)


def test_exact_arithmetic_keeps_ties_that_floats_would_break():
    criteria = [Criterion(1, 33), Criterion(2, 33), Criterion(3, 34)]
    # 0.33·1 + 0.33·2 + 0.34·3 = 2.01 both ways; floats give 2.0100000000000002 vs 2.01.
    first = Entry(1, ({1: 1, 2: 2, 3: 3},))
    second = Entry(2, ({1: 2, 2: 1, 3: 3},))
    results = rank_applications([first, second], criteria)
    assert results[0].score == results[1].score == 2.01
    assert results[0].tie is not None
