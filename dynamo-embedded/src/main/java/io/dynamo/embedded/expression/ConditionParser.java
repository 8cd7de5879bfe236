/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.ValueOrder;

/**
 * A recursive-descent parser of condition expressions (also used for filter and key
 * condition expressions). It reads the text into a tree, then validates the tree in
 * source order as DynamoDB does, and finally compiles it into a {@link Condition}.
 *
 * <p>
 * Grammar, by precedence: {@code OR} below {@code AND} below {@code NOT} below
 * comparisons, {@code BETWEEN}, {@code IN} and functions; parentheses group conditions
 * and operands. Operands are document paths, {@code :values} and {@code size(path)}.
 */
final class ConditionParser {

	private static final String[] KEYWORDS = { "BETWEEN", "IN", "AND", "OR", "NOT" };

	private static final Set<String> COMPARATORS = Set.of("=", "<>", "<", "<=", ">", ">=");

	private static final Map<String, Integer> FUNCTIONS = Map.of("attribute_exists", 1, "attribute_not_exists", 1,
			"attribute_type", 2, "begins_with", 2, "contains", 2, "size", 1);

	private static final Set<String> TYPES = Set.of("S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M");

	static final int MAX_IN_OPERANDS = 100;

	/** A node of the parsed tree. */
	sealed interface Node {

	}

	static final class PathNode implements Node {

		final RawPath raw;

		PathNode(RawPath raw) {
			this.raw = raw;
		}

	}

	static final class ValueNode implements Node {

		final String placeholder;

		AttributeValue value;

		ValueNode(String placeholder) {
			this.placeholder = placeholder;
		}

	}

	static final class FunctionNode implements Node {

		final String name;

		final List<Node> args;

		String type;

		FunctionNode(String name, List<Node> args) {
			this.name = name;
			this.args = args;
		}

	}

	record Compare(String operator, Node left, Node right) implements Node {
	}

	record Between(Node value, Node lower, Node upper) implements Node {
	}

	record In(Node value, List<Node> list) implements Node {
	}

	record And(Node left, Node right) implements Node {
	}

	record Or(Node left, Node right) implements Node {
	}

	record Not(Node operand) implements Node {
	}

	private final Tokens tokens;

	private final ExpressionAttributes attributes;

	private final Errors errors = new Errors();

	private ConditionParser(Tokens tokens, ExpressionAttributes attributes) {
		this.tokens = tokens;
		this.attributes = attributes;
	}

	/**
	 * Parses and validates a condition.
	 * @param expressionName the request member, named in error messages
	 * @return the validated tree
	 */
	static Node parse(String expressionName, String text, ExpressionAttributes attributes) {
		ConditionParser parser = new ConditionParser(Tokens.of(expressionName, text), attributes);
		Node root = parser.parseOr(null);
		parser.tokens.expectEnd();
		parser.validateCondition(root);
		parser.misusedSize(root);
		parser.errors.throwFirst(expressionName, Errors.Kind.PARENS, Errors.Kind.UNKNOWN_FUNCTION,
				Errors.Kind.MISUSED_FUNCTION, Errors.Kind.RESERVED, Errors.Kind.CONDITION);
		return root;
	}

	// ---- syntax

	private Node parseOr(Node first) {
		Node left = parseAnd(first);
		while (this.tokens.peek().isWord("OR")) {
			this.tokens.next();
			left = new Or(left, parseAnd(null));
		}
		return left;
	}

	private Node parseAnd(Node first) {
		Node left = (first != null) ? first : parseNot(false);
		while (this.tokens.peek().isWord("AND")) {
			this.tokens.next();
			left = new And(left, parseNot(false));
		}
		return left;
	}

	private Node parseNot(boolean inGroup) {
		if (this.tokens.peek().isWord("NOT")) {
			this.tokens.next();
			return new Not(parseNot(false));
		}
		return parsePrimary(inGroup);
	}

	/**
	 * A comparison, BETWEEN, IN, function or parenthesized condition; inside parentheses
	 * also a bare operand (the group then is an operand).
	 */
	private Node parsePrimary(boolean inGroup) {
		Node unit = parseUnit();
		Tokens.Token token = this.tokens.peek();
		boolean condition = isCondition(unit);
		if (token.kind() == Tokens.Kind.SYMBOL && COMPARATORS.contains(token.text())) {
			if (condition) {
				throw this.tokens.syntaxError();
			}
			this.tokens.next();
			return new Compare(token.text(), unit, parseOperandUnit());
		}
		if (token.isWord("BETWEEN")) {
			if (condition) {
				throw this.tokens.syntaxError();
			}
			this.tokens.next();
			Node lower = parseOperandUnit();
			if (!this.tokens.peek().isWord("AND")) {
				throw this.tokens.syntaxError();
			}
			this.tokens.next();
			return new Between(unit, lower, parseOperandUnit());
		}
		if (token.isWord("IN")) {
			if (condition) {
				throw this.tokens.syntaxError();
			}
			this.tokens.next();
			this.tokens.expect("(");
			List<Node> list = parseArguments();
			this.tokens.expect(")");
			return new In(unit, list);
		}
		if (condition || unit instanceof FunctionNode) {
			return unit;
		}
		if (inGroup && token.is(")")) {
			return unit;
		}
		throw this.tokens.syntaxError();
	}

	/** A parenthesized group (of a condition or an operand) or an operand. */
	private Node parseUnit() {
		if (!this.tokens.peek().is("(")) {
			return parseOperand();
		}
		int open = this.tokens.position();
		this.tokens.next();
		Node first = parseNot(true);
		Node inner = (first instanceof PathNode || first instanceof ValueNode) ? first : parseOr(first);
		this.tokens.expect(")");
		checkRedundant(open);
		return pathTail(inner);
	}

	/** An operand, possibly in parentheses. */
	private Node parseOperandUnit() {
		if (!this.tokens.peek().is("(")) {
			return parseOperand();
		}
		int open = this.tokens.position();
		this.tokens.next();
		Node inner = parseOperandUnit();
		this.tokens.expect(")");
		checkRedundant(open);
		return pathTail(inner);
	}

	private Node pathTail(Node inner) {
		if (inner instanceof PathNode path && (this.tokens.peek().is(".") || this.tokens.peek().is("["))) {
			RawPath.tail(this.tokens, path.raw, KEYWORDS);
		}
		return inner;
	}

	private void checkRedundant(int open) {
		int close = this.tokens.position() - 1;
		if (this.tokens.token(open + 1).is("(") && this.tokens.matchingParen(open + 1) == close - 1) {
			this.errors.add(Errors.Kind.PARENS, "The expression has redundant parentheses;");
		}
	}

	private Node parseOperand() {
		Tokens.Token token = this.tokens.peek();
		if (token.kind() == Tokens.Kind.ATTR_VALUE) {
			this.tokens.next();
			return new ValueNode(token.text());
		}
		if (token.kind() == Tokens.Kind.NAME && !RawPath.isKeyword(token, KEYWORDS) && this.tokens.peek(1).is("(")) {
			this.tokens.next();
			this.tokens.next();
			List<Node> args = parseArguments();
			this.tokens.expect(")");
			return new FunctionNode(token.text(), args);
		}
		return new PathNode(RawPath.parse(this.tokens, KEYWORDS));
	}

	private List<Node> parseArguments() {
		List<Node> args = new ArrayList<>();
		args.add(parseOperandUnit());
		while (this.tokens.accept(",")) {
			args.add(parseOperandUnit());
		}
		return args;
	}

	static boolean isCondition(Node node) {
		return node instanceof Compare || node instanceof Between || node instanceof In || node instanceof And
				|| node instanceof Or || node instanceof Not;
	}

	// ---- validation, in source order

	private void validateCondition(Node node) {
		if (node instanceof And and) {
			validateCondition(and.left());
			validateCondition(and.right());
			misusedSize(and.left());
			misusedSize(and.right());
		}
		else if (node instanceof Or or) {
			validateCondition(or.left());
			validateCondition(or.right());
			misusedSize(or.left());
			misusedSize(or.right());
		}
		else if (node instanceof Not not) {
			validateCondition(not.operand());
			misusedSize(not.operand());
		}
		else if (node instanceof Compare compare) {
			validateOperand(compare.left());
			validateOperand(compare.right());
			misusedFunction(List.of(compare.left(), compare.right()));
			distinct(compare.operator(), List.of(compare.left(), compare.right()));
			promote();
		}
		else if (node instanceof Between between) {
			validateOperand(between.value());
			validateOperand(between.lower());
			validateOperand(between.upper());
			misusedFunction(List.of(between.value(), between.lower(), between.upper()));
			betweenBounds(between.lower(), between.upper());
			promote();
		}
		else if (node instanceof In in) {
			validateOperand(in.value());
			for (Node element : in.list()) {
				validateOperand(element);
			}
			List<Node> all = new ArrayList<>();
			all.add(in.value());
			all.addAll(in.list());
			misusedFunction(all);
			if (in.list().size() > MAX_IN_OPERANDS) {
				this.errors.add(Errors.Kind.FUNCTION,
						"The IN operator is provided with too many operands; number of operands: " + in.list().size());
			}
			promote();
		}
		else {
			validateOperand(node);
			promote();
		}
	}

	private void validateOperand(Node node) {
		if (node instanceof PathNode path) {
			path.raw.resolve(this.attributes, this.errors, Errors.Kind.ATTR_NAME);
		}
		else if (node instanceof ValueNode value) {
			if (!this.errors.has(Errors.Kind.ATTR_NAME)) {
				value.value = this.attributes.value(value.placeholder);
				if (value.value == null) {
					this.errors.add(Errors.Kind.ATTR_NAME, Errors.undefinedValue(value.placeholder));
				}
			}
		}
		else if (node instanceof FunctionNode function) {
			for (Node arg : function.args) {
				validateOperand(arg);
			}
			misusedFunction(function.args);
			function.type = checkFunction(function);
		}
	}

	/** The condition errors of one comparison or function, the first kind present. */
	private void promote() {
		if (!this.errors.has(Errors.Kind.CONDITION)) {
			String message = this.errors.first(Errors.Kind.ATTR_NAME, Errors.Kind.OPERAND, Errors.Kind.DISTINCT,
					Errors.Kind.FUNCTION);
			if (message != null) {
				this.errors.add(Errors.Kind.CONDITION, message);
			}
		}
	}

	private void misusedFunction(List<Node> operands) {
		if (this.errors.has(Errors.Kind.MISUSED_FUNCTION)) {
			return;
		}
		for (Node operand : operands) {
			if (operand instanceof FunctionNode function && !function.name.equals("size")) {
				this.errors.add(Errors.Kind.MISUSED_FUNCTION, misused(function.name));
				return;
			}
		}
	}

	private void misusedSize(Node node) {
		if (node instanceof FunctionNode function && function.name.equals("size")) {
			this.errors.add(Errors.Kind.MISUSED_FUNCTION, misused("size"));
		}
	}

	private static String misused(String name) {
		return "The function is not allowed to be used this way in an expression; function: " + name;
	}

	private void distinct(String operator, List<Node> args) {
		if (args.size() != 2 || !(args.get(0) instanceof PathNode first) || !(args.get(1) instanceof PathNode second)
				|| first.raw.path == null || !first.raw.path.equals(second.raw.path)) {
			return;
		}
		this.errors.add(Errors.Kind.DISTINCT,
				"The first operand must be distinct from the remaining operands for this operator or function; operator: "
						+ operator + ", first operand: " + first.raw.path.describe());
	}

	private void betweenBounds(Node lower, Node upper) {
		if (this.errors.has(Errors.Kind.FUNCTION) || !(lower instanceof ValueNode low) || low.value == null
				|| !(upper instanceof ValueNode high) || high.value == null) {
			return;
		}
		String bounds = "lower bound operand: " + Values.describe(low.value) + ", upper bound operand: "
				+ Values.describe(high.value);
		if (!low.value.type().equals(high.value.type())) {
			this.errors.add(Errors.Kind.FUNCTION,
					"The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
		}
		else if (ValueOrder.comparable(low.value, high.value) && ValueOrder.compare(low.value, high.value) > 0) {
			this.errors.add(Errors.Kind.FUNCTION,
					"The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds);
		}
	}

	/** Checks a function's name, arity and operand types; returns its result type. */
	private String checkFunction(FunctionNode function) {
		if (this.errors.has(Errors.Kind.UNKNOWN_FUNCTION)) {
			return null;
		}
		Integer arity = FUNCTIONS.get(function.name);
		if (arity == null) {
			this.errors.add(Errors.Kind.UNKNOWN_FUNCTION,
					(function.name.equals("if_not_exists") || function.name.equals("list_append"))
							? "The function is not allowed in a condition expression; function: " + function.name
							: "Invalid function name; function: " + function.name);
			return null;
		}
		if (this.errors.has(Errors.Kind.OPERAND)) {
			return null;
		}
		if (arity != function.args.size()) {
			this.errors.add(Errors.Kind.OPERAND,
					"Incorrect number of operands for operator or function; operator or function: " + function.name
							+ ", number of operands: " + function.args.size());
			return null;
		}
		distinct(function.name, function.args);
		if (this.errors.has(Errors.Kind.FUNCTION)) {
			return null;
		}
		switch (function.name) {
			case "attribute_exists", "attribute_not_exists" -> {
				if (!(function.args.get(0) instanceof PathNode)) {
					this.errors.add(Errors.Kind.FUNCTION,
							"Operator or function requires a document path; operator or function: " + function.name);
				}
				return null;
			}
			case "begins_with" -> {
				for (Node arg : function.args) {
					String type = type(arg);
					if (type != null && !type.equals("S") && !type.equals("B")) {
						this.errors.add(Errors.Kind.FUNCTION, operandType(function.name, type));
						return null;
					}
				}
				return "BOOL";
			}
			case "attribute_type" -> {
				String type = type(function.args.get(1));
				if (!"S".equals(type)) {
					this.errors.add(Errors.Kind.FUNCTION,
							operandType(function.name, (type != null) ? type : "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}"));
					return null;
				}
				String name = ((AttributeValue.S) ((ValueNode) function.args.get(1)).value).value();
				if (!TYPES.contains(name)) {
					this.errors.add(Errors.Kind.FUNCTION, "Invalid attribute type name found; type: " + name
							+ ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
					return null;
				}
				return "BOOL";
			}
			case "size" -> {
				String type = type(function.args.get(0));
				if ("N".equals(type) || "BOOL".equals(type) || "NULL".equals(type)) {
					this.errors.add(Errors.Kind.FUNCTION, operandType(function.name, type));
					return null;
				}
				return "N";
			}
			default -> {
				return "BOOL";
			}
		}
	}

	private static String operandType(String function, String type) {
		return "Incorrect operand type for operator or function; operator or function: " + function + ", operand type: "
				+ type;
	}

	private static String type(Node node) {
		if (node instanceof FunctionNode function) {
			return function.type;
		}
		if (node instanceof ValueNode value && value.value != null) {
			return value.value.type();
		}
		return null;
	}

	/** The document paths of a validated tree, in source order. */
	static List<AttributePath> paths(Node node) {
		List<AttributePath> paths = new ArrayList<>();
		collect(node, paths);
		return paths;
	}

	private static void collect(Node node, List<AttributePath> paths) {
		if (node instanceof PathNode path) {
			paths.add(path.raw.path);
		}
		else if (node instanceof FunctionNode function) {
			function.args.forEach((arg) -> collect(arg, paths));
		}
		else if (node instanceof Compare compare) {
			collect(compare.left(), paths);
			collect(compare.right(), paths);
		}
		else if (node instanceof Between between) {
			collect(between.value(), paths);
			collect(between.lower(), paths);
			collect(between.upper(), paths);
		}
		else if (node instanceof In in) {
			collect(in.value(), paths);
			in.list().forEach((element) -> collect(element, paths));
		}
		else if (node instanceof And and) {
			collect(and.left(), paths);
			collect(and.right(), paths);
		}
		else if (node instanceof Or or) {
			collect(or.left(), paths);
			collect(or.right(), paths);
		}
		else if (node instanceof Not not) {
			collect(not.operand(), paths);
		}
	}

	// ---- compilation

	/** Compiles a validated tree into an evaluable condition. */
	static Condition compile(Node node) {
		if (node instanceof And and) {
			Condition left = compile(and.left());
			Condition right = compile(and.right());
			return (item) -> left.test(item) && right.test(item);
		}
		if (node instanceof Or or) {
			Condition left = compile(or.left());
			Condition right = compile(or.right());
			return (item) -> left.test(item) || right.test(item);
		}
		if (node instanceof Not not) {
			Condition operand = compile(not.operand());
			return (item) -> !operand.test(item);
		}
		if (node instanceof Compare compare) {
			return Conditions.compare(compare.operator(), operand(compare.left()), operand(compare.right()));
		}
		if (node instanceof Between between) {
			return Conditions.between(operand(between.value()), operand(between.lower()), operand(between.upper()));
		}
		if (node instanceof In in) {
			List<Operand> list = new ArrayList<>();
			for (Node element : in.list()) {
				list.add(operand(element));
			}
			return Conditions.in(operand(in.value()), list);
		}
		FunctionNode function = (FunctionNode) node;
		Operand first = operand(function.args.get(0));
		return switch (function.name) {
			case "attribute_exists" -> (item) -> first.value(item) != null;
			case "attribute_not_exists" -> (item) -> first.value(item) == null;
			case "attribute_type" -> {
				String type = ((AttributeValue.S) ((ValueNode) function.args.get(1)).value).value();
				yield (item) -> {
					AttributeValue value = first.value(item);
					return value != null && value.type().equals(type);
				};
			}
			case "begins_with" -> {
				Operand second = operand(function.args.get(1));
				yield (item) -> Values.beginsWith(first.value(item), second.value(item));
			}
			case "contains" -> {
				Operand second = operand(function.args.get(1));
				yield (item) -> Values.contains(first.value(item), second.value(item));
			}
			default -> throw new IllegalStateException("Not a condition: " + function.name);
		};
	}

	static Operand operand(Node node) {
		if (node instanceof PathNode path) {
			return new Operand.Path(path.raw.path);
		}
		if (node instanceof ValueNode value) {
			return new Operand.Constant(value.value);
		}
		FunctionNode function = (FunctionNode) node;
		return new Operand.Size(operand(function.args.get(0)));
	}

}
