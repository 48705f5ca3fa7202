"""Schemathesis hooks for `cargo xtask conformance`.

The spec names three string formats that JSON Schema does not know:
`cron`, `time-zone` and `filter`. Without help schemathesis would generate
arbitrary strings for them in its positive phase, which the API rightly
answers with 400 (it parses them). These strategies generate values the API
documents as valid, so "schema-valid request rejected" failures mean what
they say.
"""

import schemathesis
from hypothesis import strategies as st

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]


def field(low, high, names=None):
    """One cron field: `*`, a value, a range, a step or a list of values."""
    value = st.integers(low, high).map(str)
    if names:
        value = value | st.sampled_from(names)
    pair = st.tuples(st.integers(low, high), st.integers(low, high)).filter(lambda p: p[0] < p[1])
    return st.one_of(
        st.just("*"),
        value,
        pair.map(lambda p: f"{p[0]}-{p[1]}"),
        st.integers(1, high).map(lambda n: f"*/{n}"),
        st.lists(st.integers(low, high), min_size=2, max_size=4, unique=True).map(lambda v: ",".join(map(str, v))),
    )


# Day of month stops at 28 so that every specification matches some date.
CRON = st.tuples(field(0, 59), field(0, 23), field(1, 28), field(1, 12, MONTHS), field(0, 7, DAYS)).map(" ".join)

TIME_ZONES = st.sampled_from(
    [
        "UTC",
        "Europe/London",
        "Europe/Paris",
        "America/New_York",
        "America/Sao_Paulo",
        "Asia/Tokyo",
        "Asia/Kolkata",
        "Australia/Sydney",
        "Africa/Cairo",
        "Pacific/Auckland",
    ]
)

FILTER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-.", min_size=1, max_size=24).map(
    lambda value: f"eq(external_ref,{value})"
)

schemathesis.openapi.format("cron", CRON)
schemathesis.openapi.format("time-zone", TIME_ZONES)
schemathesis.openapi.format("filter", FILTER)
