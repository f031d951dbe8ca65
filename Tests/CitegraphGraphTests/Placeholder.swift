// Tests for CitegraphGraph arrive with its implementation.
