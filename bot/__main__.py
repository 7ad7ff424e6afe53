"""`python -m bot` is the same as the `clerk` command."""

import sys

from .cli import main

sys.exit(main())
