/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

/**
 * One lexical token of a statement.
 *
 * @param kind what the token is
 * @param text the identifier (unquoted), the string's content, the number's digits or the
 * symbol
 * @param position the offset in the statement, for error messages
 */
record Token(Kind kind, String text, int position) {

	enum Kind {

		/** An unquoted identifier or keyword. */
		WORD,
		/** A double-quoted identifier. */
		QUOTED,
		/** A single-quoted string literal. */
		STRING, NUMBER,
		/** A {@code ?} parameter. */
		PARAMETER, SYMBOL, END

	}

	boolean isWord(String word) {
		return this.kind == Kind.WORD && this.text.equalsIgnoreCase(word);
	}

	boolean isSymbol(String symbol) {
		return this.kind == Kind.SYMBOL && this.text.equals(symbol);
	}

}
