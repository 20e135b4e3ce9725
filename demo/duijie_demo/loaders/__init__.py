"""One module per area; `duijie_demo.seed` finds them all and runs them by `ORDER`."""
