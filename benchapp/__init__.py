"""benchapp: the after-sales repair bench of an SMT/PCBA factory."""

__version__ = "0.1.0"
