/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;

/**
 * Parses update expressions: {@code SET} (with {@code +}, {@code -}, {@code list_append}
 * and {@code if_not_exists}), {@code REMOVE}, {@code ADD} and {@code DELETE} clauses,
 * each at most once, over nested paths and list indices, with DynamoDB's checks for
 * overlapping and conflicting paths and operand types.
 */
public final class UpdateExpression {

	static final String NAME = "UpdateExpression";

	private static final String[] KEYWORDS = { "SET", "REMOVE", "ADD", "DELETE" };

	private static final Map<String, Integer> FUNCTIONS = Map.of("if_not_exists", 2, "list_append", 2, "+", 2, "-", 2);

	private static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
			"attribute_type", "begins_with", "contains", "size");

	private final Tokens tokens;

	private final ExpressionAttributes attributes;

	private final Errors errors = new Errors();

	private final PathChecks paths = new PathChecks(this.errors);

	private final Set<String> sections = new HashSet<>();

	private final List<Update.Action> actions = new ArrayList<>();

	/** The static type of the value last parsed, as DynamoDB infers it, or null. */
	private record Typed(UpdateValue value, String type, boolean immediate, boolean path) {
	}

	private UpdateExpression(Tokens tokens, ExpressionAttributes attributes) {
		this.tokens = tokens;
		this.attributes = attributes;
	}

	/**
	 * Parses an {@code UpdateExpression}.
	 * @throws DynamoException a {@code ValidationException} worded as DynamoDB's
	 */
	public static Update parse(String text, ExpressionAttributes attributes) {
		UpdateExpression parser = new UpdateExpression(Tokens.of(NAME, text), attributes);
		do {
			parser.parseSection();
		}
		while (parser.tokens.peek().kind() != Tokens.Kind.EOF);
		parser.errors.throwFirst(NAME, Errors.Kind.RESERVED, Errors.Kind.UNKNOWN_FUNCTION, Errors.Kind.SECTION,
				Errors.Kind.ATTR_NAME, Errors.Kind.ATTR_VALUE, Errors.Kind.PATH_OVERLAP, Errors.Kind.PATH_CONFLICT,
				Errors.Kind.OPERAND, Errors.Kind.FUNCTION);
		return new Update(parser.actions);
	}

	private void parseSection() {
		Tokens.Token keyword = this.tokens.peek();
		String section = null;
		for (String candidate : KEYWORDS) {
			if (keyword.isWord(candidate)) {
				section = candidate;
			}
		}
		if (section == null) {
			throw this.tokens.syntaxError();
		}
		this.tokens.next();
		do {
			switch (section) {
				case "SET" -> parseSet();
				case "REMOVE" -> parseRemove();
				default -> parseAddOrDelete(section);
			}
		}
		while (this.tokens.accept(","));
		if (!this.sections.add(section)) {
			this.errors.add(Errors.Kind.SECTION,
					"The \"" + section + "\" section can only be used once in an update expression;");
		}
	}

	private AttributePath parsePath() {
		RawPath raw = RawPath.parse(this.tokens, KEYWORDS);
		raw.resolve(this.attributes, this.errors, Errors.Kind.ATTR_NAME);
		return raw.path;
	}

	private void parseSet() {
		AttributePath path = parsePath();
		this.tokens.expect("=");
		Typed value = parseSetValue();
		this.paths.check(path);
		this.actions.add(new Update.SetAction(path, value.value(), value.type()));
	}

	private void parseRemove() {
		AttributePath path = parsePath();
		this.paths.check(path);
		this.actions.add(new Update.RemoveAction(path));
	}

	private void parseAddOrDelete(String section) {
		AttributePath path = parsePath();
		if (this.tokens.peek().kind() != Tokens.Kind.ATTR_VALUE) {
			throw this.tokens.syntaxError();
		}
		AttributeValue value = value(this.tokens.next().text());
		this.paths.check(path);
		if (value != null && !this.errors.has(Errors.Kind.OPERAND) && !Values.isSet(value)
				&& !(section.equals("ADD") && value instanceof AttributeValue.N)) {
			this.errors.add(Errors.Kind.OPERAND, "Incorrect operand type for operator or function; operator: " + section
					+ ", operand type: " + Values.longTypeName(value.type()));
		}
		this.actions.add(section.equals("ADD") ? new Update.AddAction(path, value, false)
				: new Update.DeleteAction(path, value, false));
	}

	private AttributeValue value(String placeholder) {
		if (this.errors.has(Errors.Kind.ATTR_VALUE)) {
			return null;
		}
		AttributeValue value = this.attributes.value(placeholder);
		if (value == null) {
			this.errors.add(Errors.Kind.ATTR_VALUE, Errors.undefinedValue(placeholder));
		}
		return value;
	}

	/** {@code operand}, {@code operand + operand} or either in parentheses. */
	private Typed parseSetValue() {
		if (this.tokens.peek().is("(")) {
			this.tokens.next();
			boolean bare = !this.tokens.peek().is("(");
			Typed inner = parseArithmetic();
			this.tokens.expect(")");
			if (bare && !(inner.value() instanceof UpdateValue.Arithmetic) && isArithmetic(this.tokens.peek())) {
				return arithmetic(inner);
			}
			return inner;
		}
		return parseArithmetic();
	}

	private Typed parseArithmetic() {
		Typed first = parseOperandParens();
		return isArithmetic(this.tokens.peek()) ? arithmetic(first) : first;
	}

	private Typed arithmetic(Typed first) {
		String operator = this.tokens.next().text();
		Typed second = parseOperandParens();
		String type = checkFunction(operator, List.of(first, second));
		return new Typed(new UpdateValue.Arithmetic(operator.equals("+"), first.value(), second.value()), type, false,
				false);
	}

	private static boolean isArithmetic(Tokens.Token token) {
		return token.is("+") || token.is("-");
	}

	private Typed parseOperandParens() {
		if (this.tokens.accept("(")) {
			Typed operand = parseOperand();
			this.tokens.expect(")");
			return operand;
		}
		return parseOperand();
	}

	private Typed parseOperand() {
		Tokens.Token token = this.tokens.peek();
		if (token.kind() == Tokens.Kind.ATTR_VALUE) {
			this.tokens.next();
			AttributeValue value = value(token.text());
			return new Typed(new UpdateValue.Constant(value), (value != null) ? value.type() : null, true, false);
		}
		if (token.kind() == Tokens.Kind.NAME && !RawPath.isKeyword(token, KEYWORDS) && this.tokens.peek(1).is("(")) {
			this.tokens.next();
			this.tokens.next();
			List<Typed> args = new ArrayList<>();
			args.add(parseOperandParens());
			while (this.tokens.accept(",")) {
				args.add(parseOperandParens());
			}
			this.tokens.expect(")");
			String type = checkFunction(token.text(), args);
			if (token.text().equals("list_append")) {
				for (Typed arg : args) {
					if (arg.value() instanceof UpdateValue.ListAppend) {
						// the live service refuses a list_append inside another
						this.errors.add(Errors.Kind.FUNCTION,
								"The function is not allowed to be used this way in an expression; function: list_append");
					}
				}
			}
			UpdateValue value = null;
			if (args.size() == 2 && token.text().equals("if_not_exists")
					&& args.get(0).value() instanceof UpdateValue.PathRef path) {
				value = new UpdateValue.IfNotExists(path.path(), args.get(1).value());
			}
			else if (args.size() == 2 && token.text().equals("list_append")) {
				value = new UpdateValue.ListAppend(args.get(0).value(), args.get(1).value());
			}
			return new Typed(value, type, false, false);
		}
		AttributePath path = parsePath();
		return new Typed(new UpdateValue.PathRef(path), null, false, true);
	}

	private String checkFunction(String name, List<Typed> args) {
		if (this.errors.has(Errors.Kind.UNKNOWN_FUNCTION)) {
			return null;
		}
		Integer arity = FUNCTIONS.get(name);
		if (arity == null) {
			this.errors.add(Errors.Kind.UNKNOWN_FUNCTION,
					CONDITION_FUNCTIONS.contains(name)
							? "The function is not allowed in an update expression; function: " + name
							: "Invalid function name; function: " + name);
			return null;
		}
		if (this.errors.has(Errors.Kind.FUNCTION)) {
			return null;
		}
		if (arity != args.size()) {
			this.errors.add(Errors.Kind.FUNCTION,
					"Incorrect number of operands for operator or function; operator or function: " + name
							+ ", number of operands: " + args.size());
			return null;
		}
		switch (name) {
			case "if_not_exists" -> {
				if (!args.get(0).path()) {
					this.errors.add(Errors.Kind.FUNCTION,
							"Operator or function requires a document path; operator or function: " + name);
					return null;
				}
				return args.get(1).type();
			}
			case "list_append" -> {
				return requireImmediate(name, args, "L");
			}
			default -> {
				return requireImmediate(name, args, "N");
			}
		}
	}

	private String requireImmediate(String name, List<Typed> args, String required) {
		for (Typed arg : args) {
			if (arg.immediate() && arg.type() != null && !arg.type().equals(required)) {
				this.errors.add(Errors.Kind.FUNCTION,
						"Incorrect operand type for operator or function; operator or function: " + name
								+ ", operand type: " + arg.type());
				return null;
			}
		}
		return required;
	}

}
