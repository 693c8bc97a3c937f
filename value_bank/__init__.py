"""value_bank: offline side of VAS Composer (rewards, sampling, value models, TD(lambda), the bank)."""

__version__ = "0.1.0"
