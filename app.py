"""Qawl dashboard server: `streamlit run app.py` serves dashboard.py (the script each visit
runs) after warming up, so that the first visitor does not pay for it: the modules the
pages use imported, the archive opened, the default article stored and read, the entity
model loaded (for uploads)."""
import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import streamlit as st


@asynccontextmanager
async def warm_up(_app: st.App) -> AsyncIterator[None]:
    from views import state

    await asyncio.to_thread(state.warm_up)
    yield


app = st.App("dashboard.py", lifespan=warm_up)
