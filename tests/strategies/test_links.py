"""Links the rules fill: a demand's addressee, the concern a denial answers (invented
sentences; issue 21)."""

from briefing import strategies
from tests.conftest import FakeBackend
from tests.strategies.helpers import context_for

TEXT = (
    "Harbor bridge row\n\n"
    "Mayor Ann Cole urged Governor Tom Berg to close the old bridge before the winter. "
    "Governor Tom Berg said on Monday that the bridge was safe. "
    "Union leader Paul Kim said he was worried that the bridge could collapse under the "
    "weight of the trucks. "
    "Governor Tom Berg dismissed those fears as exaggerated, and denied that the bridge "
    "was unsafe."
)


def _run():
    context, _ = context_for("rules", TEXT, FakeBackend())
    return strategies.get("rules").run(context)


def test_a_demand_is_a_concern_addressed_to_the_party_it_names():
    result = _run()
    demand = next(k for k in result.concerns if "urged" in k.quote or "close" in k.quote)
    assert demand.actor == "ann-cole"
    assert demand.addressed_to == "tom-berg"


def test_a_denial_of_fears_responds_to_the_last_concern_of_another_party():
    result = _run()
    worry = next(k for k in result.concerns if k.actor == "paul-kim")
    denial = next(d for d in result.denials if d.actor == "tom-berg")
    assert denial.responds_to == worry.id
