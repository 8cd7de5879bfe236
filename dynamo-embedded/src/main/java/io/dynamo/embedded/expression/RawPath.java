/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * A document path as written: identifiers, {@code #name} placeholders and list indices,
 * read by {@link #parse} and turned into an {@link AttributePath} by {@link #resolve}.
 */
final class RawPath {

	/** The deepest document path DynamoDB accepts, the top-level attribute included. */
	static final int MAX_DEPTH = 32;

	/** Identifier text ({@link String}), placeholder ({@link Tokens.Token}) or index. */
	final List<Object> elements = new ArrayList<>();

	/** The resolved path, or null while unresolved or when a placeholder is undefined. */
	AttributePath path;

	/**
	 * Reads a path at the cursor: an identifier or {@code #name}, then {@code .name} and
	 * {@code [index]} steps.
	 * @param keywords words that are not identifiers in this grammar
	 */
	static RawPath parse(Tokens tokens, String... keywords) {
		RawPath raw = new RawPath();
		raw.elements.add(name(tokens, keywords));
		tail(tokens, raw, keywords);
		return raw;
	}

	static void tail(Tokens tokens, RawPath raw, String... keywords) {
		while (true) {
			if (tokens.accept(".")) {
				raw.elements.add(name(tokens, keywords));
			}
			else if (tokens.peek().is("[")) {
				tokens.next();
				Tokens.Token index = tokens.peek();
				if (index.kind() != Tokens.Kind.NUMBER || index.text().length() > 9) {
					throw tokens.syntaxError();
				}
				tokens.next();
				tokens.expect("]");
				raw.elements.add(Integer.parseInt(index.text()));
			}
			else {
				if (raw.elements.size() > MAX_DEPTH) {
					throw Tokens.invalid(tokens.expressionName(),
							"The document path has too many nesting levels; nesting levels: " + raw.elements.size());
				}
				return;
			}
		}
	}

	private static Object name(Tokens tokens, String... keywords) {
		Tokens.Token token = tokens.peek();
		if (token.kind() == Tokens.Kind.ATTR_NAME) {
			tokens.next();
			return token;
		}
		if (token.kind() == Tokens.Kind.NAME && !isKeyword(token, keywords)) {
			tokens.next();
			return token.text();
		}
		throw tokens.syntaxError();
	}

	static boolean isKeyword(Tokens.Token token, String... keywords) {
		if (token.kind() != Tokens.Kind.NAME) {
			return false;
		}
		for (String keyword : keywords) {
			if (token.text().equalsIgnoreCase(keyword)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks reserved words and resolves placeholders, in order, recording the first
	 * error of each kind.
	 * @param nameKind the kind an undefined placeholder is recorded as
	 */
	void resolve(ExpressionAttributes attributes, Errors errors, Errors.Kind nameKind) {
		List<Object> resolved = new ArrayList<>(this.elements.size());
		boolean complete = true;
		for (Object element : this.elements) {
			if (element instanceof String name) {
				if (ReservedWords.isReserved(name)) {
					errors.add(Errors.Kind.RESERVED, Errors.reserved(name));
				}
				resolved.add(name);
			}
			else if (element instanceof Tokens.Token placeholder) {
				String name = errors.has(nameKind) ? null : attributes.name(placeholder.text());
				if (name == null) {
					errors.add(nameKind, Errors.undefinedName(placeholder.text()));
					complete = false;
					resolved.add("");
				}
				else {
					resolved.add(name);
				}
			}
			else {
				resolved.add(element);
			}
		}
		this.path = complete ? AttributePath.of(resolved) : null;
	}

}
