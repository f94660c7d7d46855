"""The Care map & plans section: community care map, support resources and plans."""
