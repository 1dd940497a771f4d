"""What git knows about the content: each file's versions on main, and the change notes in them.

It may import data/ only, and nothing of the site builder."""
