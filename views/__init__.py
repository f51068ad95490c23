"""Streamlit page scripts of the dashboard (run by app.py through st.navigation) and the
helpers they share (state.py)."""
