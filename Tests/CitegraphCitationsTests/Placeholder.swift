// Tests for CitegraphCitations arrive with its implementation.
