// Tests for CitegraphAnalysis arrive with its implementation.
