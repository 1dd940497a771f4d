"""Numbers in words, GOV.UK style: words for one to nine, digits from 10."""

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def number_in_words(number: int) -> str:
    return NUMBER_WORDS[number] if number < 10 else str(number)
