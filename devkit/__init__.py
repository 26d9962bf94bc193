"""Developer kit: test-fixture builders and the network guard. Not part of the wheel (see pyproject)."""
