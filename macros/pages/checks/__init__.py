"""Checks of everything the build reads besides data/: pages and their front matter, their macro
calls, updates, theme and partner pages. check_project() (project.py) runs every check, data
included; the build, validate-data and pr-summary all call it. It imports as pages/ does."""
