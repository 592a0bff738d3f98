"""Names of places people ask about, mapped to OEWS areas."""

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "Virgin Islands",
}

# Short names people use for places, beyond state names and metro areas' first city.
PLACE_ALIASES = {
    "nyc": "New York-Newark-Jersey City", "new york city": "New York-Newark-Jersey City",
    "la": "Los Angeles-Long Beach-Anaheim", "sf": "San Francisco-Oakland-Fremont",
    "bay area": "San Francisco-Oakland-Fremont", "dc": "Washington-Arlington-Alexandria",
    "washington dc": "Washington-Arlington-Alexandria", "d c": "Washington-Arlington-Alexandria",
    "philly": "Philadelphia-Camden-Wilmington", "vegas": "Las Vegas-Henderson-North Las Vegas",
}
