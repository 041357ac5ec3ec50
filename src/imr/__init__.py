"""imr: Independent Medical Review engine for California workers' compensation."""

__version__ = "0.1.0"


def review(case):
    """Decide every disputed item of ``case`` (an :class:`imr.model.Case` or a dict of its
    shape) and return the :class:`imr.model.Determination`."""
    from imr.engine import review_case
    from imr.model import Case

    return review_case(case if isinstance(case, Case) else Case.model_validate(case))
