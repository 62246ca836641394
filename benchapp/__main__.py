"""python -m benchapp -> the same entry point as the `benchapp` command."""

import sys

from benchapp.cli import main

sys.exit(main())
