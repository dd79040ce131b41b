"""Evaluating briefings against gold annotations (`briefing eval`).

- `scoring/`: counts (`Counts`, every P/R/F1), the measures registry, the gold,
  matching to it, per-article tallies, source-type slices, bootstrap statistics,
  labeller agreement;
- `running/`: suite files, the briefing cache, running a suite, scoring its runs;
- `reporting/`: `RunResult` (result.json), tables, the HTML report page, JUnit,
  paired comparison, CI gates, repeats, prices;
- `polnear/`: the PolNeAR corpus reader, item and span scoring against it;
- `folders.py`: where gold, suites and runs live. The commands are in `briefing.cli`
  (`eval`, `eval_compare`); the errors are `briefing.errors.EvalError`.

Imports go one way: `scoring` needs no other package; `running` uses `scoring`;
`reporting` uses both; `polnear` uses `scoring` (its `run` and `report` modules also
`running` and `reporting`); only the commands import `polnear`.
"""
