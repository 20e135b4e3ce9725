"""Inputs and outputs of the common area: forms shared by the pages and the API."""
