"""Advisor coaching: comments, sessions, versions, feedback reports and the portfolio.

Nothing here imports Textual; the screens in `assistant.tui.screens` are a face over it.
"""
