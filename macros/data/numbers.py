"""Counts in plain English, GOV.UK style: "no commitments", "one commitment", "nine
commitments", "12 commitments" (words for one to nine, digits from 10).

`counted` is the one way the site writes a count of something, in templates (the `counted`
filter, render/jinja.py) and in Python, so a count never reads "1 commitments" or "No have".
It lives in the data layer because the data layer's own sentences (progress, error
messages) count things too.
"""

from __future__ import annotations

NUMBER_WORDS = ("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number_in_words(number: int) -> str:
    """A number standing on its own ("none", "one", ... "nine", 10, 11, ...), as in "two delayed"."""
    if number < 0:
        raise ValueError(f"a count cannot be negative: {number}")
    return NUMBER_WORDS[number] if number < len(NUMBER_WORDS) else str(number)


def sentence_start(text: str) -> str:
    """The first letter in capitals and the rest as it was (Jinja's `capitalize` lowers the rest)."""
    return text[:1].upper() + text[1:]


def counted(
    number: int,
    singular: str,
    plural: str | None = None,
    *,
    verb: tuple[str, str] | None = None,
    none: bool = False,
    start: bool = False,
) -> str:
    """A count of things as English words.

    plural: given where adding "s" is wrong ("priority", "priorities").
    verb: (singular, plural) forms of the verb that follows, agreeing with the count:
        ("has", "have") gives "one commitment has", "no commitments have".
    none: zero as "none" rather than "no <things>", where the sentence has already named them.
    start: the count starts a sentence, so its first letter is a capital.
    """
    noun = singular if number == 1 else plural or f"{singular}s"
    text = "none" if number == 0 and none else f"{'no' if number == 0 else number_in_words(number)} {noun}"
    if verb:
        text += " " + (verb[0] if number == 1 else verb[1])
    return sentence_start(text) if start else text
