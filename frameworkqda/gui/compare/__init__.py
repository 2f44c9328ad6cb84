"""The Compare coders view: coding agreement of two coders, and their passages side by side."""
