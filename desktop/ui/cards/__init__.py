"""Cards: typing, reading, importing and merging the people met."""
