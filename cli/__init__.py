"""The pressfacts command line: reads releases, runs the library, prints the facts.

Modules:

- ``app``: the Typer application and its commands (``extract``, ``schema``).
- ``inputs``: files, folders, stdin and JSON Lines corpora, decoded, one
  ``Item`` or ``InputError`` at a time.
- ``render``: the output formats (rich table, JSON Lines, JSON, CSV).
- ``output``: where output goes (stdout, or a file written atomically).
- ``runner``: extraction of a stream of releases, serially or in a process pool,
  results in input order.
- ``progress``: one-line errors and warnings, and the progress display, on stderr.

Nothing here knows what a donor or an amount looks like: that is ``extractors``.
"""
