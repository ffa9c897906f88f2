import pytest

from cinder_files.sandbox import resolve, set_roots


def test_path_outside_roots_is_refused(tmp_path):
    set_roots([str(tmp_path)])
    with pytest.raises(PermissionError):
        resolve("/etc/passwd")


def test_relative_path_is_resolved_under_first_root(tmp_path):
    set_roots([str(tmp_path)])
    assert resolve("notes.txt") == tmp_path / "notes.txt"
