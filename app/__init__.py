"""What the dashboard shows, without Streamlit: view helpers (cards, evidence, tables, labels
of points) and the forms' actions (adding articles, correcting figures). dashboard.py is the
only module that draws them with Streamlit; these are tested without a server."""
