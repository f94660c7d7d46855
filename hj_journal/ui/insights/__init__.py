"""The Insights section: what a person's own history shows, gathered in the background."""
