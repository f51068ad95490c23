"""Who may correct the data: everyone on a local app; on a hosted one only an editor (who
entered the editor password set in the app's secrets, or who signed in with `st.login` and
is listed among the editors). Viewers never see edit controls. Pure: the app passes in
what it knows."""
from __future__ import annotations

import hmac
import os
from pathlib import Path
from typing import Mapping, Sequence

CLOUD_MOUNT = Path("/mount/src")   # where Streamlit Community Cloud checks a repository out


def is_hosted(app_dir: Path, environ: Mapping[str, str] = os.environ) -> bool:
    """True on a shared deployment: $QAWL_HOSTED=1, or the app runs from Community Cloud's
    checkout folder."""
    if environ.get("QAWL_HOSTED") in ("0", "1"):
        return environ["QAWL_HOSTED"] == "1"
    return CLOUD_MOUNT in app_dir.resolve().parents


def may_edit(*, hosted: bool, password: str = "", entered: str = "", user_email: str = "",
             editors: Sequence[str] = ()) -> bool:
    """Editing rights. A configured password must be entered (hosted or not); a signed-in
    user listed in `editors` may edit; otherwise only a local app is open to editing."""
    if user_email and user_email.lower() in {e.lower() for e in editors}:
        return True
    if password:
        return bool(entered) and hmac.compare_digest(entered.encode(), password.encode())
    return not hosted
