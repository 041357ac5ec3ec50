"""`python -m imr` runs the imr command."""

from imr.cli import main

main()
