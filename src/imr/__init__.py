"""imr: Independent Medical Review engine for California workers' compensation."""

__version__ = "0.1.0"
