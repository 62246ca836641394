"""The Qt user interface (PySide6): the only benchapp package that imports Qt."""
