"""Word files are made in each test's own folder, at test time."""
