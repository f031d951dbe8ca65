// Tests for Graphviz arrive with its implementation.
