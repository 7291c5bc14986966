#!/usr/bin/env python3
"""The personal-data detectors of the wish field against independent oracles (issue 11).

Generates, from a seed, lines as a GP might type them in the free-text field "wens van de
patiënt": BSNs (valid and not), Dutch phone numbers, postcodes with house numbers, dates of
birth, e-mail addresses, and ordinary Dutch sentences with none of these. Libraries nobody here
wrote decide what each item is:

  bsn                  stdnum.nl.bsn.is_valid (python-stdnum)
  telefoonnummer       phonenumbers.parse(item, "NL") + is_valid_number, region NL
  postcode_huisnummer  stdnum.nl.postcode.is_valid on the postcode, and a house number present
  geboortedatum        a real calendar date (Python's datetime) with a four-digit year in
                       1900-2099 or a two-digit year; day, month and year all written
  email                the WHATWG (HTML) e-mail syntax, letters with accents allowed in the
                       name, and a top-level domain of two or more letters

An item written as a BSN is written (nine digits, 4-2-3 or 3-3-3) is asked of stdnum whatever
its group, and a BSN candidate that starts with 0 is asked of phonenumbers. All lines go once through `verwijswijzer pii` (the app's own detector code, src/privacy.rs),
and the answers are compared per line and per kind.

  python3 scripts/pii-oracle.py                    # the full run (12,000 lines)
  python3 scripts/pii-oracle.py --sample 1000      # what CI runs
  python3 scripts/pii-oracle.py --show-misses 20   # print disagreements per kind
  python3 scripts/pii-oracle.py --write-fixture tests/fixtures/pii-oracle.tsv
                                                   # the recorded lines tests/privacy.rs reads

Exit 0 when every goal is met, 1 when one is missed, 2 when the detector could not be run.
The pinned libraries are in scripts/requirements-pii.txt; when they cannot be imported, the
script restarts itself with target/pii-venv (made by scripts/test.sh) if that exists.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "target" / "pii-venv"

try:
    import phonenumbers
    from stdnum.nl import bsn as stdnum_bsn
    from stdnum.nl import postcode as stdnum_postcode
except ImportError:
    venv_python = VENV / "bin" / "python3"
    if venv_python.exists() and Path(sys.prefix).resolve() != VENV.resolve():
        os.execv(str(venv_python), [str(venv_python), *sys.argv])
    print(
        "pii-oracle: python-stdnum and phonenumbers are missing; run ./scripts/test.sh once (it\n"
        "makes target/pii-venv), or install them into a venv of your own:\n"
        "  python3 -m pip install --require-hashes -r scripts/requirements-pii.txt",
        file=sys.stderr,
    )
    sys.exit(2)

KINDS = ["bsn", "geboortedatum", "telefoonnummer", "email", "postcode_huisnummer"]
GOALS = {  # the least agreement per kind, in percent
    "bsn": 100.0,  # issue 11
    "telefoonnummer": 99.0,  # issue 11
    "postcode_huisnummer": 99.0,  # issue 11
    "geboortedatum": 99.0,  # our choice: as for the other kinds
    "email": 99.0,  # our choice: as for the other kinds
}
PLAIN_FALSE_ALARM_GOAL = 1.0  # the most plain sentences with any warning, in percent
DEFAULT_SEED = 20261124
DEFAULT_COUNT = 12000
SHARES = {  # how the lines are split over the groups
    "bsn": 0.16,
    "telefoonnummer": 0.20,
    "postcode_huisnummer": 0.16,
    "geboortedatum": 0.16,
    "email": 0.12,
    "plain": 0.20,
}
BARE_SHARE = 0.3  # items on a line of their own; the rest sit in a short Dutch sentence

# Where the detector and an oracle differ on purpose (docs/decisions.md, "Tests that can fail
# (issue 11)"). Such lines are counted apart and do not count against the goal.
DOCUMENTED = {
    "bsn-8-cijfers": "stdnum reads 8 digits as a BSN with a leading 0 left out; the detector "
    "reads only 9 digits (a BSN is written with 9), so '06 12345678' and 8-digit KvK numbers "
    "stay quiet",
    "bsn-som-nul": "stdnum accepts a number whose 11-proef sum is 0 (such as 000000012); the "
    "detector follows the rule that the sum must not be 0",
    "telefoon-dienstnummer": "phonenumbers accepts service numbers (0800, 090x, 14 0xx) that "
    "are shorter than 10 digits; the detector reads 10 digits only, so the crisis line "
    "0800-0113 in a text stays quiet (these numbers belong to organisations)",
    "postcode-zonder-huisnummer": "the detector also warns for a postcode in capitals without "
    "a house number (addresses are written 'Kerkstraat 12, 2611 AB'); the oracle asks for the "
    "number",
}
# Limits we chose and that do count as misses (they are in the FN/FP columns).
KNOWN_LIMITS = [
    "postcode_huisnummer FN: lowercase letters that are a unit ('1000 mg 2 dd') or, after a "
    "space, a short word ('2019 op 3 mei') are not read as postcode letters: '2611 op 12'",
    "postcode_huisnummer FP: a four-digit house number with a two-letter addition before a "
    "number reads as a postcode: 'Hoofdweg 1733 rd, 12'",
]


# ---------------------------------------------------------------------------------------------
# Oracles


def bsn_truth(item: str) -> bool:
    return stdnum_bsn.is_valid(item)


# How a BSN is written: nine digits, 4-2-3 or 3-3-3 with one separator. An item of another
# group written like this (a phone number a digit short: "071 124 718") is also asked of stdnum.
BSN_SHAPE = re.compile(r"\d{9}|\d{4}([ .-])\d{2}\1\d{3}|\d{3}([ .-])\d{3}\2\d{3}")


def phone_truth(item: str) -> bool:
    try:
        number = phonenumbers.parse(item, "NL")
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == "NL"
    )


def is_short_service_number(item: str) -> bool:
    """A valid toll-free, premium-rate, shared-cost or municipal (14 0xx) number that is not
    nine digits after the trunk 0."""
    number = phonenumbers.parse(item, "NL")
    kind = phonenumbers.number_type(number)
    service = {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    }
    return kind in service and len(str(number.national_number)) != 9


def postcode_truth(postcode: str, has_house_number: bool) -> bool:
    return stdnum_postcode.is_valid(postcode) and has_house_number


def date_truth(day: int, month: int, year: str) -> bool:
    if len(year) == 2:
        # A two-digit year is any year; 00-29 are read as 2000-2029, the rest as 19xx. Only
        # 29 February depends on it ('00 is 2000, a leap year).
        full_year = (2000 if int(year) < 30 else 1900) + int(year)
    elif len(year) == 4:
        full_year = int(year)
        if not 1900 <= full_year <= 2099:
            return False
    else:
        return False
    try:
        datetime.date(full_year, month, day)
    except ValueError:
        return False
    return True


# WHATWG: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address, with letters
# such as é in the name (RFC 6531) and a top-level domain of letters only.
_LOCAL = r"[A-Za-z0-9À-ɏ.!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
EMAIL_RE = re.compile(rf"^{_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,}}$")


def email_truth(item: str) -> bool:
    return EMAIL_RE.match(item) is not None


def weighted_sum_is_zero(digits: str) -> bool:
    digits = digits.zfill(9)
    total = sum((9 - i) * int(d) for i, d in enumerate(digits[:8])) - int(digits[8])
    return total == 0


# ---------------------------------------------------------------------------------------------
# Lines


@dataclass
class Line:
    group: str  # a kind, or "plain"
    sub: str  # how the item was made, for the report
    text: str
    item: str = ""
    truth: dict = field(default_factory=dict)
    documented: dict = field(default_factory=dict)  # kind -> key of DOCUMENTED


def digits(rng: random.Random, count: int, first: str = "0123456789") -> str:
    if count <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(count - 1))


def embed(rng: random.Random, item: str, contexts: list[str]) -> str:
    if rng.random() < BARE_SHARE:
        return item
    return rng.choice(contexts).format(item)


# --- BSN ------------------------------------------------------------------------------------

BSN_CONTEXTS = [
    "BSN {}",
    "bsn: {}",
    "BSN van de patiënt is {}",
    "burgerservicenummer {}",
    "Het BSN is {}.",
    "bsn {} graag noteren",
    "Zijn BSN: {}",
    "sofinummer {}",
    "nummer {} staat op haar pas",
    "Pasnummer {} (ID-kaart)",
    "BSN moeder {}, kind volgt",
    "Aanmelden met bsn {} bij de gemeente",
]


def valid_bsn(rng: random.Random) -> str:
    while True:
        first = [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(first, range(9, 1, -1))) % 11
        if check < 10:
            return "".join(map(str, first)) + str(check)


def format_bsn(rng: random.Random, number: str) -> str:
    if len(number) != 9:
        return number
    style = rng.random()
    if style < 0.5:
        return number
    if style < 0.7:
        return f"{number[:4]}.{number[4:6]}.{number[6:]}"
    separator = rng.choice([" ", " ", "-", "."])
    return separator.join([number[:3], number[3:6], number[6:]])


def bsn_line(rng: random.Random) -> Line:
    pick = rng.random()
    if pick < 0.45:
        sub, number = "geldig", valid_bsn(rng)
    elif pick < 0.65:
        sub, number = "willekeurig", digits(rng, 9)
    elif pick < 0.80:
        sub, number = "een cijfer anders", list(valid_bsn(rng))
        position = rng.randrange(9)
        number[position] = str((int(number[position]) + rng.randrange(1, 10)) % 10)
        number = "".join(number)
    elif pick < 0.90:
        sub, number = "twee cijfers omgedraaid", list(valid_bsn(rng))
        position = rng.randrange(8)
        number[position], number[position + 1] = number[position + 1], number[position]
        number = "".join(number)
    elif pick < 0.95:
        sub = "8 cijfers"
        number = valid_bsn(rng)[1:] if rng.random() < 0.5 else digits(rng, 8, "123456789")
    else:
        sub, number = "10 cijfers", valid_bsn(rng) + digits(rng, 1)
    item = format_bsn(rng, number)
    line = Line("bsn", sub, embed(rng, item, BSN_CONTEXTS), item)
    line.truth["bsn"] = bsn_truth(item)
    if item.startswith("0"):
        # A number that starts with 0 may be dialled: let phonenumbers say.
        line.truth["telefoonnummer"] = phone_truth(item)
        if line.truth["telefoonnummer"] and is_short_service_number(item):
            line.documented["telefoonnummer"] = "telefoon-dienstnummer"
    if line.truth["bsn"] and sub == "8 cijfers":
        line.documented["bsn"] = "bsn-8-cijfers"
    elif line.truth["bsn"] and weighted_sum_is_zero(re.sub(r"\D", "", item)):
        line.documented["bsn"] = "bsn-som-nul"
    return line


# --- phone numbers --------------------------------------------------------------------------

# Dutch area codes without the trunk 0 (2 digits: big cities; 3 digits: the rest), and a few
# that are not in use, so the oracle has something to refuse.
AREA_CODES_2 = "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
AREA_CODES_3 = (
    "111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 "
    "222 223 224 226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 "
    "342 343 344 345 346 347 348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 "
    "497 499 511 512 513 514 515 516 517 518 519 521 522 523 524 525 527 528 529 541 543 544 "
    "545 546 547 548 561 562 566 570 571 572 573 575 577 578 591 592 593 594 595 596 597 598 599"
).split()
UNUSED_AREA_CODES = "12 19 21 28 39 42 47 49 56 60 67 69 82 83 92 93 98".split()

PHONE_CONTEXTS = [
    "Bel {}",
    "tel. {}",
    "Telefoon: {}",
    "Mijn nummer is {}",
    "Bereikbaar op {}",
    "mobiel {}",
    "Graag terugbellen op {}.",
    "nummer van de dochter {}",
    "Tel {} (na vijf uur)",
    "Whatsapp naar {}",
    "Patiënt wil gebeld worden op {}, liefst 's ochtends",
    "Contact via de buurvrouw: {}",
    "noodnummer partner {}",
]


def group_subscriber(rng: random.Random, sub: str) -> str:
    """The subscriber digits as people group them."""
    style = rng.random()
    if style < 0.4 or len(sub) < 5:
        return sub
    if style < 0.7:  # in pairs, with a leading three for odd lengths: "123 45 67"
        head = 3 if len(sub) % 2 else 2
        parts = [sub[:head]] + [sub[i : i + 2] for i in range(head, len(sub), 2)]
        return " ".join(parts)
    half = (len(sub) + 1) // 2 if len(sub) != 8 else 4  # "1234 5678", "123 4567"
    if len(sub) == 7:
        half = 3
    return f"{sub[:half]} {sub[half:]}"


def format_phone(rng: random.Random, area: str, sub: str) -> str:
    """A number written as people write it; `area` has no trunk 0 ("6", "10", "591")."""
    grouped = group_subscriber(rng, sub)
    national = [
        lambda: f"0{area}{sub}",
        lambda: f"0{area}-{sub}",
        lambda: f"0{area} {grouped}",
        lambda: f"0{area}-{grouped}",
        lambda: f"0{area} - {grouped}",
        lambda: f"(0{area}) {grouped}",
        lambda: f"(0{area})-{sub}",
        lambda: f"0{area}/{sub}",
    ]
    if area == "6" and len(sub) == 8:
        national.append(lambda: "06." + ".".join(sub[i : i + 2] for i in range(0, 8, 2)))
    international = [
        lambda: f"+31{area}{sub}",
        lambda: f"+31 {area} {grouped}",
        lambda: f"+31-{area}-{sub}",
        lambda: f"+31 (0){area} {grouped}",
        lambda: f"+31(0){area}-{sub}",
        lambda: f"0031{area}{sub}",
        lambda: f"0031 {area} {grouped}",
        lambda: f"0031 (0){area} {grouped}",
        lambda: f"+31 0{area} {grouped}",
    ]
    styles = national if rng.random() < 0.7 else international
    return rng.choice(styles)()


def phone_line(rng: random.Random) -> Line:
    pick = rng.random()
    if pick < 0.40:
        sub_group, area, sub = "mobiel 06", "6", digits(rng, 8)
    elif pick < 0.60:
        sub_group, area = "vast, netnummer van 3", rng.choice(AREA_CODES_2)
        sub = digits(rng, 7, "123456789")
    elif pick < 0.75:
        sub_group, area = "vast, netnummer van 4", rng.choice(AREA_CODES_3)
        sub = digits(rng, 6, "123456789")
    elif pick < 0.85:
        sub_group, area = "netnummer niet in gebruik", rng.choice(UNUSED_AREA_CODES)
        sub = digits(rng, 7)
    else:
        sub_group = "cijfer te veel of te weinig"
        area = rng.choice(["6", rng.choice(AREA_CODES_2), rng.choice(AREA_CODES_3)])
        sub = digits(rng, 9 - len(area), "123456789")
        position = rng.randrange(len(sub) + 1)
        if rng.random() < 0.5:
            sub = sub[:position] + digits(rng, 1) + sub[position:]
        else:
            sub = sub[: max(position - 1, 0)] + sub[max(position, 1) :]
    item = format_phone(rng, area, sub)
    line = Line("telefoonnummer", sub_group, embed(rng, item, PHONE_CONTEXTS), item)
    line.truth["telefoonnummer"] = phone_truth(item)
    if line.truth["telefoonnummer"] and is_short_service_number(item):
        line.documented["telefoonnummer"] = "telefoon-dienstnummer"
    if BSN_SHAPE.fullmatch(item):
        line.truth["bsn"] = bsn_truth(item)
    return line


# --- postcodes ------------------------------------------------------------------------------

STREETS = [
    "Kerkstraat", "Dorpsstraat", "Stationsweg", "Hoofdstraat", "Molenweg", "Julianalaan",
    "Wilhelminastraat", "Beatrixlaan", "Schoolstraat", "Marktplein", "Parallelweg", "Nieuwstraat",
    "Emmalaan", "Prins Hendrikkade", "Lange Voorhout", "Oude Gracht", "Zuidsingel", "Esdoornlaan",
]
CITIES = [
    "Delft", "Eindhoven", "Almere", "Den Haag", "Amsterdam", "Veldhoven", "Lelystad", "Haarlem",
    "Zaandam", "Rotterdam", "Best", "Dronten", "Hoorn", "Den Helder", "Waalre", "Urk",
]
POSTCODE_CONTEXTS = [
    "Woont op {}",
    "adres: {}",
    "Adres {}",
    "Nieuw adres is {}.",
    "Post naar {} sturen",
    "woonadres {}",
    "Verhuisd naar {}",
    "{} (eigen woning)",
    "Ze woont nu bij haar dochter, {}",
    "Bezoek thuis op {} graag",
    "Huisbezoek: {}",
]


def house_number(rng: random.Random) -> str:
    # Numbers of four digits exist on long roads ("Hoofdweg 1234"), but few.
    number = str(rng.randint(1, 300) if rng.random() < 0.98 else rng.randint(1000, 2500))
    addition = rng.random()
    if addition < 0.60:
        return number
    if addition < 0.75:
        return number + rng.choice(["a", "A", "b", "B", "c", " A", " b"])
    if addition < 0.83:
        return number + rng.choice(["-1", "-2", "-3", "-11", "-101"])
    if addition < 0.86:
        return number + rng.choice([" bis", "-bis"])
    if addition < 0.90:
        return number + rng.choice(["-II", " III", "-I"])
    if addition < 0.95:
        return number + rng.choice([" hs", "hs", "-hs", " zw"])
    return number + rng.choice([" bv", " rd", "-H"])


def postcode_line(rng: random.Random) -> Line:
    pick = rng.random()
    if pick < 0.86:
        sub_group, number = "geldige vorm", str(rng.randint(1000, 9999))
    elif pick < 0.91:
        sub_group, number = "begint met 0", "0" + digits(rng, 3)
    else:
        sub_group = "3 of 5 cijfers"
        number = digits(rng, rng.choice([3, 5]), "123456789")
    letters_pick = rng.random()
    if letters_pick < 0.90:
        letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2))
    elif letters_pick < 0.95:
        sub_group, letters = "letters SA, SD of SS", rng.choice(["SA", "SD", "SS"])
    elif letters_pick < 0.97:
        sub_group, letters = "een letter", rng.choice("ABCDEFGHJKLMNPRTVWXZ")
    else:
        sub_group = "drie letters"
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRTVWXZ") for _ in range(3))
    if rng.random() < 0.15:
        letters = letters.lower()
    postcode = number + (" " if rng.random() < 0.65 else "") + letters
    number_text = house_number(rng)
    style = rng.random()
    has_number = True
    if style < 0.40:
        item = f"{postcode} {number_text}"
    elif style < 0.50:
        item = f"{postcode}, {number_text}"
    elif style < 0.70:
        item = f"{rng.choice(STREETS)} {number_text}, {postcode} {rng.choice(CITIES)}"
    elif style < 0.80:
        item = f"{rng.choice(STREETS)} {number_text} {postcode}"
    elif style < 0.88:
        item = f"postcode {postcode} huisnummer {number_text}"
    elif style < 0.93:
        item = f"{postcode} nr. {number_text}"
    else:
        sub_group += ", zonder huisnummer"
        item, has_number = f"{postcode} {rng.choice(CITIES)}", False
    line = Line("postcode_huisnummer", sub_group, embed(rng, item, POSTCODE_CONTEXTS), item)
    line.truth["postcode_huisnummer"] = postcode_truth(postcode, has_number)
    if not has_number and stdnum_postcode.is_valid(postcode):
        line.documented["postcode_huisnummer"] = "postcode-zonder-huisnummer"
    return line


# --- dates ----------------------------------------------------------------------------------

MONTHS = [
    ("januari", "jan"), ("februari", "feb"), ("maart", "mrt"), ("april", "apr"), ("mei", "mei"),
    ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"), ("september", "sep"),
    ("oktober", "okt"), ("november", "nov"), ("december", "dec"),
]
DATE_CONTEXTS = [
    "geboren op {}",
    "geb. {}",
    "Geboortedatum: {}",
    "geb datum {}",
    "geboren {} in Eindhoven",
    "Zij is geboren op {}.",
    "gd {}",
    "datum van geboorte {}",
    "Meneer (geb. {}) woont alleen",
    "Kind geboren {}, nu op de peuterspeelzaal",
]


def date_line(rng: random.Random) -> Line:
    year = rng.randint(1925, 2024)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28) if rng.random() < 0.75 else rng.randint(29, 31)
    pick = rng.random()
    sub_group = "datum"
    if pick < 0.03:
        sub_group, day = "dag 0 of 32", rng.choice([0, 32])
    elif pick < 0.06:
        sub_group, month = "maand 0 of 13", rng.choice([0, 13])
    elif pick < 0.09:
        sub_group, year = "jaar buiten 1900-2099", rng.choice([1850, 1899, 2100, 2150])
    elif pick < 0.12:
        sub_group, day, month = "29 februari", 29, 2
        year = rng.choice([1948, 1950, 1984, 1985, 1900, 2000, 2001, 2004])
    name, short = MONTHS[(month - 1) % 12]
    four = str(year)
    two = four[-2:]
    d, m = str(day), str(month)
    dd, mm = d.zfill(2), m.zfill(2)
    numeric = month in range(1, 13) or sub_group.startswith("maand")
    styles = [
        (f"{d}-{m}-{four}", four), (f"{dd}-{mm}-{four}", four), (f"{dd}/{mm}/{four}", four),
        (f"{d}/{m}/{four}", four), (f"{dd}.{mm}.{four}", four), (f"{dd}-{mm}-{two}", two),
        (f"{dd}/{mm}/{two}", two), (f"{d}.{m}.{two}", two), (f"{four}-{mm}-{dd}", four),
    ]
    if month in range(1, 13):
        styles += [
            (f"{d} {name} {four}", four), (f"{d} {short} {four}", four),
            (f"{d} {short}. {four}", four), (f"{dd}-{short}-{four}", four),
            (f"{d}-{name}-{four}", four), (f"{d} {name} '{two}", two),
            (f"{d} {name} ’{two}", two), (f"{d} {name} {two}", two), (f"{d} {short} {two}", two),
            (f"{d} {name.upper()} {four}", four),
            (f"{d} {name.capitalize()} {four}", four), (f"{d} {short.capitalize()} {four}", four),
        ] * 2  # written months are as common as numbers
    if not numeric:
        styles = styles[9:]
    item, year_text = rng.choice(styles)
    truth = date_truth(day, month, year_text)
    if rng.random() < 0.06 and month in range(1, 13):
        # Not a full date: no year, or no day.
        sub_group, truth = "geen volledige datum", False
        item = rng.choice([f"{d} {name}", f"{mm}-{four}", f"{name} {four}", f"{dd}-{mm}"])
    line = Line("geboortedatum", sub_group, embed(rng, item, DATE_CONTEXTS), item)
    line.truth["geboortedatum"] = truth
    return line


# --- e-mail ---------------------------------------------------------------------------------

NAMES = [
    "jan", "marieke", "p.devries", "j.jansen85", "anne-marie", "fam.bakker", "kees+huisarts",
    "rené", "noor_2003", "Jan.Jansen", "m.el-amrani", "info", "secretariaat", "t.vd.berg",
    "ZOE.SMIT", "a.b.c", "wijkteam-oost", "mevr.dekker", "h.yilmaz", "sanne1990",
]
DOMAINS = [
    "gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
    "planet.nl", "praktijk-oost.nl", "welzijn-delft.nl", "mail.example.org", "student.tue.nl",
    "ggz-nhn.nl", "zorg.amsterdam", "icloud.com", "Gmail.com", "home.nl", "casema.nl",
]
EMAIL_CONTEXTS = [
    "mail naar {}",
    "e-mail: {}",
    "Mailadres {}",
    "stuur het verslag naar {}",
    "contact via {}",
    "Email {} (dochter)",
    "Graag een kopie naar {}.",
    "Haar mail is {} maar ze leest die zelden",
    "bereikbaar via {} of telefonisch",
]


def email_line(rng: random.Random) -> Line:
    name, domain = rng.choice(NAMES), rng.choice(DOMAINS)
    pick = rng.random()
    if pick < 0.75:
        sub_group, item = "adres", f"{name}@{domain}"
    else:
        sub_group = "bijna een adres"
        host = domain.rsplit(".", 1)[0]
        item = rng.choice([
            f"{name}@localhost",
            f"{name}@{host}",
            f"@{host}",
            f"{name}@.nl",
            f"{name}@{host}.n",
            f"{name}.{domain}",
            f"{name}@@{domain}",
            f"{name}@{host}..nl",
            f"{name}@-{domain}",
            f"{name}@{host}-.nl",
            f"{name} @ {domain}",
            f"{name}@{host}.123",
            f"{name}@{host}_x.nl",
        ])
    line = Line("email", sub_group, embed(rng, item, EMAIL_CONTEXTS), item)
    line.truth["email"] = email_truth(item)
    return line


# --- plain sentences ------------------------------------------------------------------------

PLAIN_TEMPLATES = """
Patiënt is al {n} maanden erg moe en slaapt slecht.
Ze voelt zich sinds {y} eenzaam, haar man is toen overleden.
Meneer wil graag {n} keer per week bewegen in een groep.
Mevrouw heeft {n2} kinderen en werkt {nn} uur per week.
Hij slaapt maar {n} uur per nacht en ligt vaak wakker om {h} uur.
Schulden van ongeveer {big} euro, wil hulp bij de administratie.
Is in {n} maanden ongeveer {kg} kilo afgevallen zonder dat te willen.
Wil graag {nn} minuten per dag wandelen met iemand.
Zit sinds {y} in de bijstand en wil weer aan het werk.
Vraagt om hulp bij het invullen van formulieren, {n} brieven liggen open.
Ze loopt {km} km per week maar wil meer doen.
Sinds {d} {mnd} klachten van hoofdpijn en stress op het werk.
Eet {n} keer per dag warm, verder weinig.
Drinkt {n2} tot {n} glazen wijn per avond.
Rookt {nn} sigaretten per dag, wil stoppen.
Gaat om {h} uur naar bed maar slaapt pas om {h} uur.
Werkt {nn} uur per week in de zorg en is op.
Mantelzorger voor moeder van {age} jaar, {n} dagen per week.
Heeft {n2} kleinkinderen en ziet ze {n} keer per maand.
Wil weer naar de sportschool, {n} keer per week {nn} minuten.
Huur is {eur} euro per maand, inkomen past er net niet bij.
Een BMI van {bmi} en wil graag afvallen met begeleiding.
Bloeddruk {sys}/{dia}, verder geen klachten.
PHQ-9 score {score}, geen suïcidale gedachten.
Sinds {y} weduwe, kinderen wonen ver weg.
Doet vrijwilligerswerk op {n2} ochtenden per week.
Wil graag Nederlands leren, is sinds {y} in Nederland.
Zoon van {kid} jaar heeft moeite op school.
Dochter van {kid} blowt dagelijks, ouders maken zich zorgen.
Loopt met een rollator, kan ongeveer {nn} meter lopen.
Wil graag een maatje om {n} keer per week koffie mee te drinken.
Voelt zich sinds de verhuizing in {y} niet meer thuis in de wijk.
Vraagt naar schuldhulp, er zijn {n} schuldeisers.
Sport {n} keer per week, wil dat volhouden.
Is sinds {mnd} {y} werkloos en zoekt structuur.
Heeft {n} jaar geleden een burn-out gehad.
Slaapt overdag {n} uur en is 's nachts wakker.
Valt ongeveer {n} keer per jaar, wil de balans trainen.
Kookt niet meer sinds de partner weg is, eet om {h} uur een boterham.
Wil meedoen met de GLI, gewicht {kg}{kg} kilo.
Gaat {n} keer per week naar de dagbesteding.
Zit {n2} uur per dag achter een scherm.
Heeft een uitkering van {eur} euro per maand.
Loopt {steps} stappen per dag volgens de telefoon.
Eet ongeveer {kcal} kcal per dag, wil gezonder.
Werkt in ploegendienst, van {h} tot {h} uur.
Kinderen zijn {kid} en {kid} jaar, alleenstaande moeder.
Bezoekt {n} keer per maand de voedselbank.
Wil graag een cursus van {n2} weken over omgaan met stress.
Had in {y} en {y} een depressie, nu stabiel.
Moeder is {age} jaar en woont nog zelfstandig.
Hij is {age} jaar en heeft niemand om mee te praten.
Loopt sinds {y} bij de POH-GGZ, {n} gesprekken gehad.
Gebruikt {dose} mg paracetamol {n} dd bij pijn.
Neemt {dose} mg ibuprofen {n2} x per dag.
Kan {n} trappen oplopen zonder te stoppen.
Fietst {km} km naar het werk, {n} dagen per week.
Wil graag zwemmen, {n} baantjes lukt nog.
Zit op groep {n} van de basisschool.
Werkt {n2} dagen in de week als schoonmaker.
Kreeg in {y} een hartinfarct en is sindsdien angstig.
Wil graag met lotgenoten praten, {n} keer per maand.
Het lukt niet om de {eur} euro energierekening te betalen.
Hij heeft {n} weken niet gewerkt door rugpijn.
Ze wil graag {kg} kilo afvallen voor de zomer.
Drinkt {n} blikjes energiedrank per dag.
Voelt zich al {nn} dagen somber.
Heeft een schuld bij de zorgverzekeraar van {eur} euro.
Mevrouw is {age} en wil graag een hobby.
Sinds {y} gescheiden, co-ouderschap om de week.
Er zijn {n2} honden in huis en die moeten uitgelaten worden.
Wil graag tuinieren in de buurttuin, {n} middagen per week.
Gaat om {h}.{mm} uur naar de dagbesteding.
Van {h} tot {h} uur thuis, daarna bereikbaar via de huisarts.
Weegt {kg}{kg} kilo bij een lengte van 1,{n}{n} meter.
Volgde {n} jaar geleden al eens een leefstijlprogramma.
Staat {n} jaar op de wachtlijst voor een woning.
Wil graag {n2} avonden per week iets doen buiten de deur.
Score op de eenzaamheidsschaal is {n} van de {nn}.
Vorig jaar {n} keer op de spoedpost geweest.
Werkt {pct} procent en wil naar {pct} procent.
Loopt {n2} keer per week hard, {km} km per keer.
In week {wk} begint een nieuwe groep bewegen.
Kinderen van {kid}, {kid} en {kid} jaar.
Krijgt {n} uur per week thuiszorg.
Heeft {n2} dagen per week oppas voor de kleinkinderen.
Eet {n} stuks fruit per dag en weinig groente.
Zit sinds {y} in de WW, die stopt over {n} maanden.
Heeft {eur} euro per week leefgeld via bewindvoering.
Rijdt geen auto meer sinds {y}.
Wil graag weer dansen, deed dat tot {y}.
Komt {n} keer per jaar bij de longverpleegkundige.
Woog in {y} nog {kg}{kg} kilo.
Is sinds {y} mantelzorger van haar zus.
Slaapt {n} nachten per week bij haar moeder.
Gaat {n} keer per week naar de moskee en ziet daar vrienden.
Speelde tot {y} voetbal, wil weer in beweging komen.
Werkt {nn} uur als buschauffeur, vaak om {h} uur beginnen.
Heeft {n2} keer een afspraak gemist door angst.
Zegt {n} keer per dag te huilen.
Drinkt {n} koppen koffie per dag en weinig water.
Wil graag om {h} uur 's ochtends wandelen met de buurtcoach.
Krijgt sinds {y} een pensioen van {eur} euro.
Ze heeft {n} jaar voor haar man gezorgd.
Wil graag een budgetcursus van {n2} avonden.
Haar zoon van {kid} speelt {n} uur per dag games.
Gaat {n} dagen per week naar school, de rest thuis.
Loopt {nn} minuten naar de supermarkt en terug.
Heeft {n} keer per week last van paniek.
Sinds {mnd} minder zin in dingen.
Gebruikte vroeger {n} jaar drugs, nu {n} jaar clean.
Heeft {n2} banen gehad in {n} jaar.
Past op {n2} kleinkinderen op woensdag.
Nog {n} maanden tot het pensioen.
Wil stoppen met roken voor {mnd}.
Heeft {n} keer een terugval gehad.
Wil graag {n} keer per week zwemmen met de zwemgroep van {h} uur.
Zit {n2} jaar in de schuldsanering.
Volgt sinds {y} de cursus Nederlands, niveau A{n2}.
Komt uit een gezin van {n2} kinderen.
Werkt sinds {y} als vrijwilliger bij de kringloop.
Doet {n} keer per week boodschappen voor de buurvrouw.
Ligt na het werk om {h} uur al op de bank.
Wil meer ritme: opstaan om {h} uur, naar bed om {h} uur.
Gaat {n} weken op vakantie en ziet daar tegenop.
Sinds {y} geen contact met de familie.
Vraagt om een steunkousen-check, verder {n} klachten minder.
Heeft {n} operaties gehad aan de knie.
Kan {nn} minuten fietsen op de hometrainer.
Score {score} op de GAD-7.
Kind van {kid} maanden huilt veel, moeder is uitgeput.
Moeder van {age} heeft beginnende dementie.
Broer van {age} is verslaafd, patiënt helpt hem.
Heeft een Wajong-uitkering sinds {y}.
Gaat {n} ochtenden naar de inloop in het buurthuis.
Wil hulp bij een aanvraag voor de bijzondere bijstand van {eur} euro.
Zorgt {n2} dagen per week voor de buurman van {age}.
In {y} verhuisd van Turkije naar Nederland.
In {y} overleed haar dochter, rouw speelt nog.
Wil graag weer gaan werken, {nn} uur per week is genoeg.
Slaapt sinds {n} weken beter met een vast ritme.
Doet {n} keer per week yoga.
Wil graag met {n2} andere vaders praten over opvoeden.
Geeft aan {n} van de {nn} dagen goed te voelen.
Verdient {eur} euro netto per maand.
Koopt {n} pakjes tabak per week.
Schulden zijn in {y} ontstaan na een ontslag.
Gebruikt {dose} mg metformine {n2} dd.
Wacht {n} maanden op de GGZ, wil tussentijds steun.
De vorige coach zag ze {n} keer, dat klikte goed.
Wil meer contact, {n} keer per week is al fijn.
Staat {nn} minuten per dag te koken.
Woont {km} km van de dochter.
Gaat sinds {y} niet meer naar de kerk.
Wil weer leren fietsen, heeft het {nn} jaar niet gedaan.
Loopt {n} rondjes om het huis per dag.
Past de broek met maat {n2}{n} niet meer.
Heeft {n} keer per week een kookclub.
Kwam in {y} in de schuldhulp en weer in {y}.
Loopt bij de fysio, {n} behandelingen over.
Eet {n2} repen chocola per dag.
Doet {n} keer per dag oefeningen van de fysiotherapeut.
Heeft sinds {y} diabetes type {n2}.
Speelt {n} keer per week bridge in het buurthuis.
Loopt {n} uur per dag met de hond.
Ze is {age} jaar en voelt zich {age}.
Gaat om de {n} weken naar de kapper, verder komt ze niet buiten.
Kan niet rondkomen: {eur} euro per maand tekort.
Werkt {n2} ochtenden per week in de bibliotheek.
Heeft in {y} de opleiding afgemaakt, sindsdien zonder werk.
Wil een fiets van de kringloop voor {eur} euro.
Tussen {h} en {h} uur is ze het somberst.
Gebruikt {n} keer per dag puffers.
Vraagt om {n} sessies met de buurtcoach.
Bezoekt {n} keer per jaar een cardioloog.
Na {nn} jaar huwelijk gescheiden.
Moet {n2} keer per nacht plassen en is daardoor moe.
Traint op {n} dagen per week voor de 4 mijl.
Loopt in {nn} minuten naar het station.
Heeft {n} ton aan schulden gehad, nu afgelost.
Zit in groep {n2} van het taalcafé.
Gaat {n} keer per jaar met de zonnebloem mee.
Wil graag op woensdag om {h} uur naar de inloop.
Weet niet waar te beginnen met {n2} dozen post.
Wil graag dat de coach {n} keer belt voor een afspraak.
Kreeg in {mnd} een boete van {eur} euro.
Betaalt {eur} euro per maand af aan de belastingdienst.
Gaat {n} keer per week naar het zwembad met de kinderen van {kid} en {kid}.
Tussen de {big} en {big} euro schuld, precies weet ze het niet.
Heeft {plain4} of {plain4} stappen gezet volgens de app.
Neemt {dose} mg paracetamol en daarna {n} uur rust.
Woont sinds {y} in dezelfde flat, {n} hoog zonder lift.
Volgt een cursus van {n2} x {nn} minuten.
Score {n}/10 voor de stemming vandaag.
Zo'n {pct}% van de tijd voelt ze zich alleen.
Hoopt in {y} weer te kunnen werken.
Wil hulp om {n} keer per week gezond te koken.
Drinkt {n} liter cola per dag.
Kan {n2}-{n} keer per week sporten.
Zit {n} tot {nn} uur per week in de auto.
Op {d} {mnd} {nn} minuten gewandeld, dat ging goed.
Sinds {d} {mnd} {n} kilo aangekomen.
Op {d} {mnd} om {h}.{mm} uur een gesprek met de wijkverpleging gehad.
Zat in de schuldhulp tussen {y} en {y}.
Gebruikt {dose}mg {n}x per dag.
Van {y} tm {y} in de schuldsanering gezeten.
Bij crisis: 113 of 0800-0113 bellen, of de huisartsenpost.
Is 24/7 bereikbaar voor haar moeder met dementie.
Kwam in {y} ca {nn} kilo aan.
Wandelt {n}-{n2} dagen per week met de hond.
Staat om {h}:{mm} uur op en gaat om {h}:{mm} naar bed.
Liep {plain4} m in {nn} minuten en was toen op.
""".strip().splitlines()


def plain_fill(rng: random.Random, template: str) -> str:
    values = {
        "n": lambda: str(rng.randint(1, 9)),
        "n2": lambda: str(rng.randint(2, 6)),
        "nn": lambda: str(rng.randint(10, 60)),
        "age": lambda: str(rng.randint(18, 95)),
        "kid": lambda: str(rng.randint(1, 17)),
        "y": lambda: str(rng.randint(1975, 2025)),
        "h": lambda: str(rng.randint(6, 23)),
        "mm": lambda: rng.choice(["00", "15", "30", "45"]),
        "kg": lambda: str(rng.randint(2, 9)),
        "km": lambda: str(rng.randint(1, 40)),
        "eur": lambda: str(rng.choice([rng.randint(20, 999), rng.randint(1000, 2500)])),
        "big": lambda: f"{rng.randint(1, 40)}.{rng.randint(0, 9)}00",
        "pct": lambda: str(rng.choice([20, 25, 40, 50, 60, 75, 80])),
        "wk": lambda: str(rng.randint(1, 52)),
        "mnd": lambda: rng.choice(MONTHS)[0],
        "d": lambda: str(rng.randint(1, 28)),
        "dose": lambda: rng.choice(["250", "400", "500", "850", "1000"]),
        "bmi": lambda: f"{rng.randint(25, 42)},{rng.randint(0, 9)}",
        "sys": lambda: str(rng.randint(110, 180)),
        "dia": lambda: str(rng.randint(60, 110)),
        "score": lambda: str(rng.randint(0, 27)),
        "steps": lambda: str(rng.randint(2000, 12000)),
        "kcal": lambda: str(rng.randint(1200, 3500)),
        "plain4": lambda: str(rng.randint(1000, 9999)),
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)](), template)


def plain_line(rng: random.Random) -> Line:
    template = rng.choice(PLAIN_TEMPLATES)
    text = plain_fill(rng, template)
    if rng.random() < 0.2:  # two sentences on one line, as in a real note
        text += " " + plain_fill(rng, rng.choice(PLAIN_TEMPLATES))
    return Line("plain", "zin", text)


MAKERS = {
    "bsn": bsn_line,
    "telefoonnummer": phone_line,
    "postcode_huisnummer": postcode_line,
    "geboortedatum": date_line,
    "email": email_line,
    "plain": plain_line,
}


def generate(seed: int, count: int) -> list[Line]:
    rng = random.Random(seed)
    lines = []
    for group, share in SHARES.items():
        lines += [MAKERS[group](rng) for _ in range(round(count * share))]
    for line in lines:
        for kind in KINDS:
            line.truth.setdefault(kind, False)
    rng.shuffle(lines)
    return lines


# ---------------------------------------------------------------------------------------------
# Running the detector and comparing


def detector_command(args: argparse.Namespace) -> list[str]:
    if args.bin:
        return [args.bin, "pii"]
    profile = ["--release"] if args.profile == "release" else ["--profile", args.profile]
    return ["cargo", "run", "-q", *profile, "--bin", "verwijswijzer", "--", "pii"]


def cannot_run(message: str) -> None:
    print(f"pii-oracle: {message}", file=sys.stderr)
    sys.exit(2)


def run_detector(command: list[str], texts: list[str]) -> list[set[str]]:
    try:
        result = subprocess.run(
            command, input="\n".join(texts) + "\n", capture_output=True, text=True, cwd=ROOT
        )
    except OSError as error:
        cannot_run(f"cannot start '{' '.join(command)}': {error}")
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        cannot_run(f"'{' '.join(command)}' exited {result.returncode}")
    outputs = result.stdout.splitlines()
    if len(outputs) != len(texts):
        cannot_run(f"{len(texts)} lines in, {len(outputs)} lines out")
    found = []
    for output in outputs:
        try:
            kinds = set(json.loads(output)["kinds"])
        except (ValueError, KeyError, TypeError):
            cannot_run(f"not the expected JSON: {output!r}")
        unknown = kinds - set(KINDS)
        if unknown:
            cannot_run(f"unknown kind(s) {sorted(unknown)} in {output}")
        found.append(kinds)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="lines to generate")
    parser.add_argument("--sample", type=int, help="run on N random lines of the generated set")
    parser.add_argument("--show-misses", type=int, default=0, metavar="K")
    parser.add_argument("--bin", help="the verwijswijzer binary (default: cargo run)")
    parser.add_argument("--profile", default="release", help="cargo profile for cargo run")
    parser.add_argument("--write-lines", metavar="FILE", help="write the lines and truths (JSONL)")
    parser.add_argument("--write-fixture", metavar="FILE",
                        help="write every fifth line and every disagreement, with the oracles' "
                             "verdicts, for the native test in tests/privacy.rs")
    args = parser.parse_args()
    if args.count < 1 or (args.sample is not None and args.sample < 1):
        parser.error("--count and --sample must be at least 1")
    if args.write_fixture and args.sample is not None:
        parser.error("--write-fixture records the whole generated set: leave out --sample")

    started = time.monotonic()
    lines = generate(args.seed, args.count)
    if args.sample is not None and args.sample < len(lines):
        lines = random.Random(args.seed + 1).sample(lines, args.sample)
    if args.write_lines:
        with open(args.write_lines, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line.__dict__, ensure_ascii=False) + "\n")
    generated = time.monotonic()
    found = run_detector(detector_command(args), [line.text for line in lines])
    detected = time.monotonic()

    print(
        f"pii-oracle: {len(lines)} lines (seed {args.seed}"
        + (f", sample of {args.count}" if args.sample else "")
        + f"); python-stdnum {version('python-stdnum')}, phonenumbers {phonenumbers.__version__}"
    )
    print(f"{'kind':<20} {'lines':>6} {'true':>6} {'agree':>8} {'FP':>4} {'FN':>4} "
          f"{'cross':>5} {'doc':>4} {'goal':>7}  ")
    failed = False
    misses: dict[str, list] = {kind: [] for kind in KINDS + ["plain"]}
    documented_seen: dict[str, int] = {}
    for kind in KINDS:
        group = [(line, kinds) for line, kinds in zip(lines, found) if line.group == kind]
        others = [(line, kinds) for line, kinds in zip(lines, found)
                  if line.group not in (kind, "plain")]
        fp = fn = cross = documented = 0
        for line, kinds in group + others:
            says, truth = kind in kinds, line.truth[kind]
            if says == truth:
                continue
            if kind in line.documented:
                documented += 1
                key = line.documented[kind]
                documented_seen[key] = documented_seen.get(key, 0) + 1
                continue
            misses[kind].append((line, kinds))
            if line.group != kind:
                cross += 1
            elif says:
                fp += 1
            else:
                fn += 1
        total = len(group)
        agree = 100.0 * (total - fp - fn - cross) / total if total else 100.0
        ok = agree >= GOALS[kind]
        failed |= not ok
        positives = sum(line.truth[kind] for line, _ in group)
        print(f"{kind:<20} {total:>6} {positives:>6} {agree:>7.2f}% {fp:>4} {fn:>4} {cross:>5} "
              f"{documented:>4} {'>=' + format(GOALS[kind], 'g') + '%':>7}  "
              f"{'ok' if ok else 'MISSED'}")
    plain = [(line, kinds) for line, kinds in zip(lines, found) if line.group == "plain"]
    alarms = [(line, kinds) for line, kinds in plain if kinds]
    misses["plain"] = alarms
    rate = 100.0 * len(alarms) / len(plain) if plain else 0.0
    ok = rate <= PLAIN_FALSE_ALARM_GOAL
    failed |= not ok
    print(f"{'plain sentences':<20} {len(plain):>6} {0:>6} {'':>8} {len(alarms):>4} {'':>4} "
          f"{'':>5} {'':>4} {'':>7}  false alarms {rate:.2f}% (goal <= "
          f"{PLAIN_FALSE_ALARM_GOAL:g}%) {'ok' if ok else 'MISSED'}")
    print("agree: share of the kind's own lines where detector and oracle give the same answer,")
    print("  with errors on other kinds' lines (cross) counted against it; FP/FN on its own lines;")
    print("  doc: differences by decision (docs/decisions.md, 'Tests that can fail (issue 11)'),")
    print("  not counted against the goal:")
    for key, text in DOCUMENTED.items():
        print(f"  - {key} ({documented_seen.get(key, 0)} here): {text}")
    print("known limits, counted as misses:")
    for text in KNOWN_LIMITS:
        print(f"  - {text}")
    print("goals: bsn 100%, telefoonnummer and postcode_huisnummer 99% (issue 11); "
          "geboortedatum and email 99% (our choice); plain sentences at most 1% false alarms")
    print(f"time: generating {generated - started:.1f} s, detector {detected - generated:.1f} s "
          f"(including any cargo build)")

    if args.show_misses:
        for kind, rows in misses.items():
            if not rows:
                continue
            print(f"\n{kind}: {len(rows)} disagreement(s), first {min(len(rows), args.show_misses)}")
            for line, kinds in rows[: args.show_misses]:
                truth = sorted(k for k in KINDS if line.truth[k])
                print(f"  [{line.group}/{line.sub}] {line.text!r}  item={line.item!r}  "
                      f"oracle={truth} detector={sorted(kinds)}")
    if args.write_fixture:
        write_fixture(args.write_fixture, args, lines, found)
    print("result:", "a goal was MISSED" if failed else "every goal met")
    return 1 if failed else 0


FIXTURE_EVERY = 5


def write_fixture(path: str, args, lines: list[Line], found: list[set[str]]) -> None:
    """The oracles' verdicts for the native suite, which has no Python: one line per text,
    `oracle kinds<TAB>differences<TAB>text`. A difference is `kind:reason`, where reason is a
    DOCUMENTED key or `bekende-grens` (a known limit): the test holds the detector to exactly
    these, so any change in what it finds on any recorded line fails `cargo test`."""
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            "# Written by: python3 scripts/pii-oracle.py "
            f"--seed {args.seed} --count {args.count} --write-fixture {path}\n"
            f"# python-stdnum {version('python-stdnum')}, phonenumbers {phonenumbers.__version__}; "
            f"every {FIXTURE_EVERY}th line and every line where the detector differs.\n"
            "# oracle kinds<TAB>differences (kind:reason)<TAB>text; '-' for none.\n"
        )
        for number, (line, kinds) in enumerate(zip(lines, found)):
            differences = [
                f"{kind}:{line.documented.get(kind, 'bekende-grens')}"
                for kind in KINDS
                if (kind in kinds) != bool(line.truth[kind])
            ]
            if number % FIXTURE_EVERY and not differences:
                continue
            if "\t" in line.text or "\n" in line.text:
                sys.exit(f"pii-oracle: a generated text holds a tab or newline: {line.text!r}")
            truth = [kind for kind in KINDS if line.truth[kind]]
            out.write(f"{','.join(truth) or '-'}\t{','.join(differences) or '-'}\t{line.text}\n")
            written += 1
    print(f"fixture: {written} lines in {path}")


def version(distribution: str) -> str:
    try:
        from importlib.metadata import version as distribution_version

        return distribution_version(distribution)
    except Exception:  # noqa: BLE001 - only for the report line
        return "?"


if __name__ == "__main__":
    sys.exit(main())
