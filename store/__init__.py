"""The corpus folder and what is kept in it: articles and corpus.json (ingest), corrections,
atomic writes, and the extraction of a folder into records (loader, extraction).

Below briefing/ (timeline, charts, exports) and app/ (the screen); above extract/ (text →
records). Builds no text to show: labels are made where they are shown.
"""
