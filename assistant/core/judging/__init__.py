"""The verdict: the text analysis, the checks, the engine and `checkup`, the one road from a
text to its report. The top of the core: it may import every other part of it."""
