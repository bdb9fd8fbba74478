"""provlint.jsontext writes exactly what json.dumps(..., indent=n) writes."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.jsontext import dumps

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.characters(max_codepoint=0x2FFF), max_size=8)
)
KEYS = st.text(max_size=5) | st.integers() | st.booleans() | st.none() | st.floats()
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(KEYS, inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(VALUES, st.sampled_from([1, 2, 4]))
def test_same_text_as_the_standard_encoder(value, indent):
    assert dumps(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_a_report_shape():
    report = {
        "summary": {"files": 2, "findings": 1, "by": {}},
        "documents": [{"path": "a “b”.md", "findings": [{"line": 1, "message": "x\ny"}]}, []],
    }
    assert dumps(report) == json.dumps(report, ensure_ascii=False, indent=2)
