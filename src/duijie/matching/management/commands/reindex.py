"""`duijie reindex`: encode every published listing's vector into the database, resumably."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from duijie.listings.domain.queries import published_listings
from duijie.matching.domain.documents import with_relations
from duijie.matching.domain.index import (
    current_engine,
    reset_engine,
    save_index,
    store_vectors,
)


class Command(BaseCommand):
    help = (
        "Encode published listings' vectors (skipping those already current, so a killed run "
        "resumes where it stopped) and rebuild this process's index from the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=64, help="listings encoded per batch")
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, batch: int, quiet: bool, **options):
        ids = list(published_listings().order_by("pk").values_list("pk", flat=True))
        encoded = 0
        # Each batch is saved on its own, so killing the command loses at most one batch.
        with tqdm(total=len(ids), unit="listing", disable=quiet, file=self.stderr) as bar:
            for start in range(0, len(ids), batch):
                chunk = with_relations(
                    published_listings().filter(pk__in=ids[start : start + batch])
                )
                encoded += store_vectors(list(chunk))
                bar.update(min(batch, len(ids) - start))
        reset_engine(forget_saved=True)
        size = len(current_engine())
        directory = save_index()
        self.stdout.write(
            f"{len(ids)} published listings, {encoded} encoded, {size} in the index ({directory})"
        )
