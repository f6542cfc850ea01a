"""The sketch as pages: the Typst renderer and its page count (`pages.PageInfo`), the PDF,
Word and Markdown exports. Imports `files`, `sketch` and `data` below it."""
