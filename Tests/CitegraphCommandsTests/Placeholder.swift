// Tests for CitegraphCommands arrive with its implementation.
