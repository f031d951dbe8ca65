// Tests for CitegraphRendering arrive with its implementation.
