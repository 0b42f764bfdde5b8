"""The YAML writer builds nodes directly; it must write what PyYAML's representer writes."""
from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sessietool import output

scalars = (st.none() | st.booleans() | st.integers() | st.floats()
           | st.text(max_size=50) | st.sampled_from(["yes", "~", "", "0x1", "a: b", "#", "- x"]))
plain = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=15) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=6),
    max_leaves=40,
)


def _representer(data: object, flow_lists: bool) -> str:
    return yaml.dump(data, Dumper=output._Dumper if flow_lists else output._BASE,
                     sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


@settings(max_examples=300, deadline=None)
@given(data=plain, flow_lists=st.booleans())
def test_direct_nodes_write_what_the_representer_writes(data: object, flow_lists: bool) -> None:
    assert output.dumps(data, flow_lists=flow_lists) == _representer(data, flow_lists)


def test_other_types_go_through_the_representer() -> None:
    data = {"date": dt.date(2020, 10, 6), "lines": [1, 2]}
    assert output.dumps(data) == _representer(data, True)
    assert "date: 2020-10-06\n" in output.dumps(data)
