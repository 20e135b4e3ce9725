"""Investment-project pages (pipeline.py) and carrier-site pages (sites.py)."""
