"""``python -m twelvelabs_analyze``: the command-line tool."""

from twelvelabs_analyze.cli import main

if __name__ == "__main__":
    main()
