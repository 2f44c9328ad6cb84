"""Sizes in messages: a file one byte over a limit must not read as the same size."""

from frameworkqda.core.sizes import describe_size


def test_one_byte_over_the_limit_shows() -> None:
    limit = 200 * 1024 * 1024
    assert describe_size(limit) == "200.0 MiB (209,715,200 bytes)"
    assert describe_size(limit + 1) == "200.0 MiB (209,715,201 bytes)"
    assert describe_size(512) == "512 bytes"
    assert describe_size(3 * 2**30) == "3.0 GiB (3,221,225,472 bytes)"
