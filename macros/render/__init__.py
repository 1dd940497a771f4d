"""From records to HTML and Markdown: the Jinja templates (templates/) and their renderer, the
HTML stash, the sources each page shows, the timeline's measures, status shapes, relative
addresses, numbers in words and the strategy's notice.

It may import data/ and history/, and nothing of the site builder."""
