"""An invented article and a party helper shared by the clean-up tests."""

from collections.abc import Sequence

from briefing.schema import Party

TEXT = (
    "Harbor City's mayor, Ana Ruiz, said on Monday that the new bridge \"is safe and will open "
    'in May." Many residents have raised concerns about its cost, according to the Daily Post. '
    "The U.S. Transport Agency denied that the vote on the bridge was rushed. Traffic is heavy.\n\n"
    "Bridge photo. Jo Lee | Getty Images"
)


def party(pid: str, name: str, kind: str = "person", aliases: Sequence[str] = ()) -> Party:
    return Party(id=pid, name=name, kind=kind, role=None, affiliation=None, aliases=list(aliases))
