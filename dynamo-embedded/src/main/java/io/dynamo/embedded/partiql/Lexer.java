/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a statement into tokens. Strings are single-quoted (a quote doubled inside),
 * identifiers bare or double-quoted, comments ({@code --} to the end of the line) are
 * skipped outside literals.
 */
final class Lexer {

	private static final String[] SYMBOLS = { "<<", ">>", "<>", "!=", "<=", ">=", "=", "<", ">", "(", ")", "[", "]",
			"{", "}", ",", ".", ":", "*", "+", "-" };

	private Lexer() {
	}

	static List<Token> tokens(String statement) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = statement.length();
		while (i < length) {
			char c = statement.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && i + 1 < length && statement.charAt(i + 1) == '-') {
				while (i < length && statement.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '\'' || c == '"') {
				StringBuilder text = new StringBuilder();
				int start = i++;
				while (true) {
					if (i >= length) {
						throw Errors.syntax("unterminated " + ((c == '\'') ? "string literal" : "quoted identifier")
								+ " at position " + start);
					}
					char d = statement.charAt(i);
					if (d == c) {
						if (i + 1 < length && statement.charAt(i + 1) == c) {
							text.append(c);
							i += 2;
							continue;
						}
						i++;
						break;
					}
					text.append(d);
					i++;
				}
				tokens.add(new Token((c == '\'') ? Token.Kind.STRING : Token.Kind.QUOTED, text.toString(), start));
			}
			else if (Character.isDigit(c)
					|| (c == '.' && i + 1 < length && Character.isDigit(statement.charAt(i + 1)))) {
				int start = i;
				while (i < length && (Character.isDigit(statement.charAt(i)) || statement.charAt(i) == '.')) {
					i++;
				}
				if (i < length && (statement.charAt(i) == 'e' || statement.charAt(i) == 'E')) {
					int mark = i++;
					if (i < length && (statement.charAt(i) == '+' || statement.charAt(i) == '-')) {
						i++;
					}
					if (i < length && Character.isDigit(statement.charAt(i))) {
						while (i < length && Character.isDigit(statement.charAt(i))) {
							i++;
						}
					}
					else {
						i = mark;
					}
				}
				tokens.add(new Token(Token.Kind.NUMBER, statement.substring(start, i), start));
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < length && (Character.isLetterOrDigit(statement.charAt(i)) || statement.charAt(i) == '_')) {
					i++;
				}
				tokens.add(new Token(Token.Kind.WORD, statement.substring(start, i), start));
			}
			else if (c == '?') {
				tokens.add(new Token(Token.Kind.PARAMETER, "?", i++));
			}
			else {
				String symbol = symbolAt(statement, i);
				if (symbol == null) {
					throw Errors.syntax("unexpected character '" + c + "' at position " + i);
				}
				tokens.add(new Token(Token.Kind.SYMBOL, symbol, i));
				i += symbol.length();
			}
		}
		tokens.add(new Token(Token.Kind.END, "", length));
		return tokens;
	}

	private static String symbolAt(String statement, int i) {
		for (String symbol : SYMBOLS) {
			if (statement.startsWith(symbol, i)) {
				return symbol;
			}
		}
		return null;
	}

}
