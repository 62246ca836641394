"""Barcode scanners and test fixtures over serial ports (pyserial; no Qt, no database)."""
