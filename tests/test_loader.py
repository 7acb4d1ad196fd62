"""Text is decoded from the bytes, whatever the file is called; offsets use universal newlines."""
import codecs

import pytest

from extractor.loader import LoadError, load_bytes

SAMPLE = "关于某区2022年国民经济和社会发展计划执行情况的报告\n地区生产总值增长2.7%，一般公共预算收入下降15.9%。\n"


@pytest.mark.parametrize("data, encoding", [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8"),
    (SAMPLE.encode("gbk"), "gb18030"),
    (SAMPLE.encode("gb18030"), "gb18030"),
    (SAMPLE.encode("utf-16"), "utf-16"),          # with BOM
    (SAMPLE.encode("utf-16-le"), "utf-16"),       # without BOM
    (SAMPLE.encode("utf-16-be"), "utf-16"),
])
def test_encodings_detected_from_bytes(data, encoding):
    loaded = load_bytes(data)
    assert loaded.text == SAMPLE
    assert loaded.encoding == encoding


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_universal_newlines(newline):
    loaded = load_bytes(SAMPLE.replace("\n", newline).encode("utf-8"))
    assert loaded.text == SAMPLE


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b" \n\t ", "empty"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary"),
    (bytes([0x80, 0xFF, 0xFE, 0x81, 0xFF]) * 20, "not decodable"),
])
def test_unreadable_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(LoadError, match=reason):
        load_bytes(data)


def test_sha256_is_of_the_bytes():
    import hashlib
    data = SAMPLE.encode("gbk")
    assert load_bytes(data).sha256 == hashlib.sha256(data).hexdigest()
