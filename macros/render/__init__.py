"""From records to HTML and Markdown: Jinja templates, the HTML stash, the timeline's drawing.

It may import data/ and history/, and nothing of the site builder."""
