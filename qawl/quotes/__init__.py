"""Quotation extraction and speaker attribution behind one small interface:
`extract_quotes(text, sentences, entities) -> list[Quote]`."""
