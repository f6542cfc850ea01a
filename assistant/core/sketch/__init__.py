"""The sketch and its reading: the model, the Markdown parser, sections, budget, parties and
organisations, the call's rubric, and personal data in the text. Imports only `data` below it."""
