"""The cache of derived data (timeline/cache.py): read when intact and current, rebuilt otherwise, never fatal."""

from __future__ import annotations

import pickle

import pytest

from timeline import cache


def _entry(tmp_path, key="k1", value=None, builds=None):
    builds = [] if builds is None else builds

    def build():
        builds.append(1)
        return value if value is not None else {"built": len(builds)}

    return cache.load_or_build("thing", key, build, directory=tmp_path), builds


def test_first_use_builds_and_writes_then_reads(tmp_path):
    first, builds = _entry(tmp_path)
    assert first == {"built": 1} and builds == [1]
    path = cache.entry_path("thing", "k1", tmp_path)
    assert path.exists() and path.read_bytes().startswith(b"TLCACHE1")
    again, builds2 = _entry(tmp_path)
    assert again == {"built": 1} and builds2 == []


@pytest.mark.parametrize("damage", [
    lambda data: data[:-10],                                   # truncated
    lambda data: data[:40] + bytes([data[40] ^ 1]) + data[41:],  # one bit of the payload flipped
    lambda data: b"not a cache file",
    lambda data: b"",
])
def test_a_damaged_entry_is_rebuilt(tmp_path, damage):
    _entry(tmp_path)
    path = cache.entry_path("thing", "k1", tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    value, builds = _entry(tmp_path)
    assert builds == [1] and value == {"built": 1}
    assert pickle.loads(path.read_bytes()[40:]) == {"built": 1}  # written anew, intact


def test_a_payload_the_decoder_refuses_is_rebuilt(tmp_path):
    cache.load_or_build("thing", "k", lambda: "old", directory=tmp_path)
    value = cache.load_or_build("thing", "k", lambda: "new", decode=lambda data: None, directory=tmp_path)
    assert value == "new"


def test_new_keys_keep_only_the_most_recently_used_entries(tmp_path):
    import os

    (tmp_path / "other-file.txt").write_text("kept", encoding="utf-8")
    for n in range(cache.KEEP):  # k0 … k3, last used one second apart, long ago
        _entry(tmp_path, f"k{n}")
        os.utime(cache.entry_path("thing", f"k{n}", tmp_path), (1_000_000 + n, 1_000_000 + n))
    value, builds = _entry(tmp_path, "k0")  # read again (not rebuilt): used now
    assert builds == []
    _entry(tmp_path, "k8")  # one more: the least recently used goes (k1)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["other-file.txt", "thing-k0.cache", "thing-k2.cache", "thing-k3.cache", "thing-k8.cache"]


def test_an_unwritable_cache_builds_in_memory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    value = cache.load_or_build("thing", "k", lambda: [1, 2], directory=blocker / "cache")
    assert value == [1, 2]


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("TIMELINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "timeline"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "own"))
    assert cache.cache_dir() == tmp_path / "own"


def test_fingerprint_separates_its_parts():
    assert cache.fingerprint("ab", "c") != cache.fingerprint("a", "bc")
    assert cache.fingerprint(b"x") == cache.fingerprint("x")
