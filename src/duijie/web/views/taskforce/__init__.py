"""Task-force pages: boards and work items (items.py), proposals and replies (proposals.py,
replies.py), and the public page of disclosed replies (public.py)."""
