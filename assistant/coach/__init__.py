"""Coaching: the offline coach and language models through LangChain. No Textual here.

Import the public API from `assistant.coach.base`; LangChain is imported on first use only.
"""
