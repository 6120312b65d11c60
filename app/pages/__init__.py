"""The dashboard's Streamlit pages (run by st.navigation from dashboard.py) and what they share."""
