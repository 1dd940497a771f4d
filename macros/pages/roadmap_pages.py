"""Where each milestone is listed: one roadmap page while the roadmap is short, a page a year
once it is long.

At today's size the roadmap reads best as one page. At a hundred times as many milestones,
one page would be a megabyte of HTML: slow on a phone, and a resident looking for this
year's work would scroll past years of it. So past a limit every year gets a page of its
own (roadmap/2022/), the roadmap page shows this year's milestones and links to each year,
and a theme page shows its milestones for this year and a line for each other year. Every
year keeps its page as the years pass, so a link to a milestone never moves.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import PurePosixPath

from macros.data.models import Milestone
from macros.data.progress import Progress

ROADMAP_PAGE = "roadmap.md"
YEARS_FOLDER = "roadmap"


def year_of(milestone: Milestone) -> int:
    """The year a milestone is listed under: the year it starts (or is due by)."""
    return milestone.first_day.year


def year_page_path(year: int) -> str:
    return f"{YEARS_FOLDER}/{year}.md"


def year_of_page(src_path: str) -> int | None:
    path = PurePosixPath(src_path)
    if path.parent == PurePosixPath(YEARS_FOLDER) and path.stem.isdigit():
        return int(path.stem)
    return None


@dataclass(frozen=True)
class Year:
    year: int
    milestones: list[Milestone]  # in timeline order
    progress: Progress

    @property
    def page(self) -> str:
        return year_page_path(self.year)


def by_year(milestones: list[Milestone], today: datetime.date) -> list[Year]:
    """Milestones grouped by the year they are listed under, each year in timeline order."""
    grouped: dict[int, list[Milestone]] = {}
    for milestone in milestones:
        grouped.setdefault(year_of(milestone), []).append(milestone)
    return [Year(year, listed, Progress.of(listed, today)) for year, listed in sorted(grouped.items())]


@dataclass(frozen=True)
class RoadmapLayout:
    by_year: bool
    years: list[Year]  # in order, only years with milestones

    @classmethod
    def of(cls, milestones: list[Milestone], today: datetime.date, one_page_up_to: int) -> "RoadmapLayout":
        """A page a year past `one_page_up_to` milestones (the plugin's roadmap_one_page_up_to)."""
        return cls(len(milestones) > one_page_up_to, by_year(milestones, today))

    def page_of(self, milestone: Milestone) -> str:
        """The page that lists the milestone in full, with the anchor milestone-<id>."""
        return year_page_path(year_of(milestone)) if self.by_year else ROADMAP_PAGE

    def year(self, year: int) -> Year | None:
        return next((listed for listed in self.years if listed.year == year), None)

    def current(self, today: datetime.date) -> Year | None:
        """This year's milestones; in a year without any, the next year's, else the last year's."""
        if not self.years:
            return None
        return self.year(today.year) or next((year for year in self.years if year.year > today.year), self.years[-1])
