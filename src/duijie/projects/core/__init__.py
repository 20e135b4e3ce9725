"""Pure investment-project rules (no Django): the stage pipeline and site–project scoring."""
