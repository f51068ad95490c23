"""Who may edit: local apps are open, hosted ones need the editor password or a listed login."""
from pathlib import Path

from qawl.access import is_hosted, may_edit


def test_a_local_app_is_open_and_a_hosted_one_closed_without_a_password():
    assert may_edit(hosted=False) is True
    assert may_edit(hosted=True) is False


def test_a_configured_password_must_be_entered_exactly():
    assert may_edit(hosted=True, password="s3cret", entered="s3cret") is True
    assert may_edit(hosted=True, password="s3cret", entered="S3cret") is False
    assert may_edit(hosted=False, password="s3cret") is False   # set locally too: asked for


def test_a_signed_in_editor_may_edit_and_another_user_may_not():
    assert may_edit(hosted=True, user_email="Mona@example.org", editors=["mona@example.org"]) is True
    assert may_edit(hosted=True, user_email="sam@example.org", editors=["mona@example.org"]) is False


def test_hosted_is_community_clouds_folder_or_the_environment(tmp_path):
    assert is_hosted(Path("/mount/src/qawl"), {}) is True
    assert is_hosted(tmp_path, {}) is False
    assert is_hosted(tmp_path, {"QAWL_HOSTED": "1"}) is True
    assert is_hosted(Path("/mount/src/qawl"), {"QAWL_HOSTED": "0"}) is False
