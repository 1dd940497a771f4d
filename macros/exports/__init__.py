"""What the build writes besides pages: open data (CSV, JSON, iCalendar), the feed, and the PDF.

It may import data/, history/ and render/, and nothing of the site builder."""
