"""Offline search: search.html and its index, a classic script beside the pages (works from file://)."""

from __future__ import annotations

import os

from dossier.buildstate import actor_graph, on_initialized, speaker_book
from dossier.progress import progress
from dossier.search import INDEX_FILE, build_index, index_script
from pelican import signals
from pelican.generators import Generator

SEARCH_SAVE_AS = "search.html"


class SearchGenerator(Generator):
    def generate_context(self) -> None:
        book = speaker_book(self.context)
        if book is None:
            raise RuntimeError("the search page needs the speakers plugin's speaker_book")
        index = build_index(list(book.reports.values()), book, actor_graph(self.context))
        self.script = index_script(index)
        progress(f"search index: {len(index['paragraphs'])} passages, {len(index['actors'])} actors, {len(self.script.encode()) / 1024:.0f} KB")

    def generate_output(self, writer) -> None:
        with open(os.path.join(self.output_path, INDEX_FILE), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(self.script)
        writer.write_file(SEARCH_SAVE_AS, self.get_template("search"), self.context, self.settings["RELATIVE_URLS"], search_index=INDEX_FILE)


def get_generators(pelican):
    return SearchGenerator


def register() -> None:
    signals.initialized.connect(on_initialized)
    signals.get_generators.connect(get_generators)
