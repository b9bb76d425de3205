"""python -m docxsift: the command line."""

from docxsift.cli import main

raise SystemExit(main())
