"""`python -m coach` is the same program as `coach`."""

import sys

from coach.cli import main

sys.exit(main())
