"""Output names and paths: any text becomes one plain file name, and no path leads outside its folder."""

from __future__ import annotations

import os

import pytest

from timeline.fileio import MAX_NAME_BYTES, UnsafePathError, atomic_write, path_inside, safe_name


@pytest.mark.parametrize(
    "text, name",
    [
        ("convention", "convention"),
        ("../../x", "x"),
        ("..", "timeline"),
        (".", "timeline"),
        ("", "timeline"),
        ("   ", "timeline"),
        ("/etc/passwd", "etc-passwd"),
        ("..\\..\\windows\\x", "windows-x"),
        (".hidden", "hidden"),
        ("-rf", "rf"),
        ("a\x00b", "a b"),
        ("line\nbreak\ttab", "line break tab"),
        ("right\u202eto\u2066left", "right to left"),  # bidi controls would disguise the name
        ("what? <now>: \"yes\" | no*", "what- -now- -yes- - no-"),
        ("trailing dots...", "trailing dots"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Hà Nội / 2025", "Hà Nội - 2025"),
        ("Ha\u0300 No\u0323\u0302i", "Hà Nội"),  # typed with combining marks: composed
        ("هانوي", "هانوي"),
        ("河内会议", "河内会议"),
    ],
)
def test_safe_name(text, name):
    assert safe_name(text) == name


def test_safe_name_keeps_at_most_200_bytes_without_splitting_a_character():
    assert MAX_NAME_BYTES == 200
    assert safe_name("x" * 300) == "x" * 200
    assert safe_name("é" * 150) == "é" * 100  # two bytes each
    assert safe_name("a" + "é" * 150) == "a" + "é" * 99  # 199 bytes: half an é is dropped


def test_safe_name_fallback():
    assert safe_name("../", fallback="merged") == "merged"


@pytest.mark.parametrize("name", ["x.json", "sub/x.json", "a/../x.json"])
def test_path_inside_accepts_names_that_stay_inside(tmp_path, name):
    assert path_inside(tmp_path, name) == tmp_path / name


@pytest.mark.parametrize("name", ["../x.json", "../../x.json", "/tmp/x.json", "a/../../x.json", ".", ""])
def test_path_inside_refuses_names_that_leave(tmp_path, name):
    with pytest.raises(UnsafePathError, match="leads outside"):
        path_inside(tmp_path / "out", name)


def test_path_inside_follows_a_symlinked_file_out(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "x.json").symlink_to(elsewhere / "victim.json")
    with pytest.raises(UnsafePathError) as caught:
        path_inside(out, "x.json")
    assert str(caught.value) == f"{out / 'x.json'}: leads outside {out} (to {elsewhere / 'victim.json'}); nothing written"


def test_path_inside_follows_a_symlinked_folder_out(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UnsafePathError):
        path_inside(out, "sub/x.json")


def test_path_inside_accepts_a_symlink_that_stays_inside(tmp_path):
    (tmp_path / "real.json").write_text("{}")
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    assert path_inside(tmp_path, "link.json") == tmp_path / "link.json"


def test_path_inside_a_folder_that_is_itself_a_symlink(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "out").symlink_to(real, target_is_directory=True)
    assert path_inside(tmp_path / "out", "x.json") == tmp_path / "out" / "x.json"


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    atomic_write(tmp_path / "a" / "x.txt", "é\n")
    assert (tmp_path / "a" / "x.txt").read_bytes() == "é\n".encode()
    assert os.listdir(tmp_path / "a") == ["x.txt"]
