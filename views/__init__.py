"""Streamlit page scripts of the dashboard (run by dashboard.py through st.navigation) and the
helpers they share (state.py)."""
