"""Barcode scanners and test fixtures over serial ports (pyserial; no Qt, no database)."""

import logging

# A library stays quiet unless the application configures logging; without this, Python's
# last-resort handler would print the drivers' warnings under the CLI's own messages.
logging.getLogger(__name__).addHandler(logging.NullHandler())
