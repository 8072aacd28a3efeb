"""Text preparation that keeps offsets into the original text."""
