"""Figures as people read them; shared by the CLI and the assistant's wording."""


def money(value):
    """$61,860"""
    return f"${value:,.0f}"


def hourly(value):
    """$29.74/hour"""
    return f"${value:,.2f}/hour"


def percent(value, signed=True):
    """+3.1% (a change) or 51% (a share)"""
    return f"{value:+.1f}%" if signed else f"{value:.1f}%".replace(".0%", "%")


def jobs(thousands):
    """BLS projections count in thousands: 729.5 -> '729,500'."""
    return f"{thousands * 1000:,.0f}"
