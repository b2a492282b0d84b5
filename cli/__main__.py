"""``python -m cli``: the same as the ``pressfacts`` command."""

from cli.app import main

main()
