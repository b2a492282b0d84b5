"""``python -m cli``: the same as the ``pressfacts`` command."""

from cli.app import main

if __name__ == "__main__":  # worker processes may import this module; only a real run starts
    main()
