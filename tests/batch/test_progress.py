import pytest
from rich.progress import Progress

from briefing.batch.progress import EtaColumn, RateColumn, Summary
from briefing.schema import Usage


def test_rate_and_eta_columns_use_the_average_so_far():
    progress = Progress()
    task_id = progress.add_task("x", total=10)
    task = progress.tasks[0]
    assert str(RateColumn().render(task)) == "-/min"
    progress.update(task_id, completed=4)
    task.start_time = task.get_time() - 120  # 4 articles in 2 minutes
    assert str(RateColumn().render(task)) == "2.0/min"
    assert str(EtaColumn().render(task)) == "ETA 0:03:00"


@pytest.mark.parametrize(
    ("done", "skipped", "failed", "interrupted", "code"),
    [
        (2, 0, 0, False, 0),
        (0, 2, 0, False, 0),
        (0, 0, 0, False, 0),
        (1, 0, 1, False, 3),
        (0, 1, 1, False, 3),
        (0, 0, 2, False, 1),
        (1, 0, 0, True, 130),
    ],
)
def test_exit_codes(done, skipped, failed, interrupted, code):
    summary = Summary(done=done, skipped=skipped, failed=failed, interrupted=interrupted)
    assert summary.exit_code == code


def test_summary_lines():
    summary = Summary(
        done=3, skipped=1, failed=12, usage=Usage(prompt_tokens=9, completion_tokens=4)
    )
    summary.seconds = 30.0
    summary.failures = [f"f{n}.txt: no such file" for n in range(12)]
    lines = summary.report(limit=2)
    assert lines == [
        "3 done, 1 skipped, 12 failed in 30.0 s, 6.0 articles/min; tokens: 9 prompt, 4 completion",
        "failed (12):",
        "  f0.txt: no such file",
        "  f1.txt: no such file",
        "  … and 10 more",
    ]
