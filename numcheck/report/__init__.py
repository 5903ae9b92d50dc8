"""Output formats; each is an ordinary plugin implementing ``numcheck_formatters``."""
