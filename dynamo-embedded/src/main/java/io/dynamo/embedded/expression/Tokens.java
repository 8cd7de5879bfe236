/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.Sizes;

/**
 * The tokens of one expression with a cursor, shared by the parsers. A syntax error names
 * the offending token and the text from the token before it to the token after it, as
 * DynamoDB words it: {@code Syntax error; token: "b", near: "a b"}.
 */
final class Tokens {

	enum Kind {

		/** An identifier: a letter, then letters, digits and underscores. */
		NAME,
		/** {@code #name}. */
		ATTR_NAME,
		/** {@code :value}. */
		ATTR_VALUE,
		/** Digits (list indices). */
		NUMBER,
		/** Punctuation and comparators. */
		SYMBOL,
		/** A character that starts no token. */
		UNKNOWN,
		/** The end of the text. */
		EOF

	}

	record Token(Kind kind, String text, int start, int end) {

		boolean is(String symbol) {
			return this.kind == Kind.SYMBOL && this.text.equals(symbol);
		}

		boolean isWord(String word) {
			return this.kind == Kind.NAME && this.text.equalsIgnoreCase(word);
		}

	}

	/** The largest expression DynamoDB accepts, in UTF-8 bytes. */
	static final int MAX_SIZE = 4096;

	private final String expressionName;

	private final String text;

	private final Token[] tokens;

	private final int[] matchingParen;

	private int position;

	private Tokens(String expressionName, String text, Token[] tokens) {
		this.expressionName = expressionName;
		this.text = text;
		this.tokens = tokens;
		this.matchingParen = new int[tokens.length];
		Arrays.fill(this.matchingParen, -1);
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < tokens.length; i++) {
			if (tokens[i].is("(")) {
				open.push(i);
			}
			else if (tokens[i].is(")") && !open.isEmpty()) {
				int start = open.pop();
				this.matchingParen[start] = i;
				this.matchingParen[i] = start;
			}
		}
	}

	/**
	 * Splits an expression into tokens.
	 * @param expressionName the request member, such as {@code ConditionExpression}
	 * @throws DynamoException when the expression is empty
	 */
	static Tokens of(String expressionName, String text) {
		if (text.isBlank()) {
			throw invalid(expressionName, "The expression can not be empty;");
		}
		int size = Sizes.utf8Length(text);
		if (size > MAX_SIZE) {
			throw invalid(expressionName,
					"Expression size has exceeded the maximum allowed size; expression size: " + size);
		}
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				i++;
				continue;
			}
			int start = i;
			if (isNameStart(c)) {
				i = nameEnd(text, i + 1);
				tokens.add(new Token(Kind.NAME, text.substring(start, i), start, i));
			}
			else if ((c == '#' || c == ':') && i + 1 < length && isNamePart(text.charAt(i + 1))) {
				i = nameEnd(text, i + 1);
				tokens
					.add(new Token((c == '#') ? Kind.ATTR_NAME : Kind.ATTR_VALUE, text.substring(start, i), start, i));
			}
			else if (c >= '0' && c <= '9') {
				while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
					i++;
				}
				tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start, i));
			}
			else if ((c == '<' || c == '>') && i + 1 < length && text.charAt(i + 1) == '=') {
				i += 2;
				tokens.add(new Token(Kind.SYMBOL, text.substring(start, i), start, i));
			}
			else if (c == '<' && i + 1 < length && text.charAt(i + 1) == '>') {
				i += 2;
				tokens.add(new Token(Kind.SYMBOL, "<>", start, i));
			}
			else if ("()[],.=<>+-".indexOf(c) >= 0) {
				i++;
				tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), start, i));
			}
			else {
				i += Character.charCount(text.codePointAt(i));
				tokens.add(new Token(Kind.UNKNOWN, text.substring(start, i), start, i));
			}
		}
		tokens.add(new Token(Kind.EOF, "<EOF>", length, length));
		return new Tokens(expressionName, text, tokens.toArray(new Token[0]));
	}

	// the live service starts a bare name with a letter only ("_a" is a syntax error at
	// "_"), while placeholders may continue with any letter, digit or underscore
	private static boolean isNameStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isNamePart(char c) {
		return isNameStart(c) || (c >= '0' && c <= '9') || c == '_';
	}

	private static int nameEnd(String text, int from) {
		int i = from;
		while (i < text.length() && isNamePart(text.charAt(i))) {
			i++;
		}
		return i;
	}

	String expressionName() {
		return this.expressionName;
	}

	Token peek() {
		return this.tokens[this.position];
	}

	Token peek(int ahead) {
		return this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)];
	}

	int position() {
		return this.position;
	}

	Token next() {
		Token token = this.tokens[this.position];
		if (token.kind() != Kind.EOF) {
			this.position++;
		}
		return token;
	}

	boolean accept(String symbol) {
		if (peek().is(symbol)) {
			this.position++;
			return true;
		}
		return false;
	}

	void expect(String symbol) {
		if (!accept(symbol)) {
			throw syntaxError();
		}
	}

	void expectEnd() {
		if (peek().kind() != Kind.EOF) {
			throw syntaxError();
		}
	}

	/** The index of the parenthesis matching the one at {@code index}, or -1. */
	int matchingParen(int index) {
		return this.matchingParen[index];
	}

	Token token(int index) {
		return this.tokens[index];
	}

	/** A syntax error at the current token. */
	DynamoException syntaxError() {
		return syntaxError(this.position);
	}

	DynamoException syntaxError(int index) {
		Token token = this.tokens[index];
		int from = (index > 0) ? this.tokens[index - 1].start() : token.start();
		int to;
		if (token.kind() == Kind.EOF) {
			to = this.text.length();
		}
		else if (this.tokens[index + 1].kind() != Kind.EOF) {
			to = this.tokens[index + 1].end();
		}
		else {
			to = token.end();
		}
		return invalid(this.expressionName,
				"Syntax error; token: \"" + token.text() + "\", near: \"" + this.text.substring(from, to) + "\"");
	}

	/** {@code Invalid <expression>: <detail>} as a ValidationException. */
	static DynamoException invalid(String expressionName, String detail) {
		return DynamoException.validation("Invalid " + expressionName + ": " + detail);
	}

	static String upper(String word) {
		return word.toUpperCase(Locale.ROOT);
	}

}
