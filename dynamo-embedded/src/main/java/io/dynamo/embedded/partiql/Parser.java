/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;

/**
 * A recursive-descent parser of the statements DynamoDB accepts. Parameters are bound as
 * they are met, in order: a {@code ?} is always one value, so no parameter can change the
 * statement's text or shape.
 */
final class Parser {

	private static final Set<String> FUNCTIONS = Set.of("begins_with", "contains", "attribute_exists",
			"attribute_not_exists", "attribute_type", "size", "list_append", "if_not_exists", "set_add", "set_delete");

	private final List<Token> tokens;

	private final List<AttributeValue> parameters;

	private int position;

	private int parameter;

	private Parser(List<Token> tokens, List<AttributeValue> parameters) {
		this.tokens = tokens;
		this.parameters = parameters;
	}

	/**
	 * Parses one statement.
	 * @param text the statement
	 * @param parameters the values of its {@code ?} parameters, in order
	 * @throws DynamoException a ValidationException as DynamoDB sends it
	 */
	static Statement parse(String text, List<AttributeValue> parameters) {
		List<Token> tokens = Lexer.tokens(text);
		long markers = tokens.stream().filter((token) -> token.kind() == Token.Kind.PARAMETER).count();
		if (markers != parameters.size()) {
			throw Errors.parameterCount();
		}
		Parser parser = new Parser(tokens, parameters);
		Statement statement = parser.statement();
		if (parser.peek().kind() != Token.Kind.END) {
			throw parser.unexpected();
		}
		return statement;
	}

	private Statement statement() {
		Token first = peek();
		if (first.isWord("SELECT")) {
			return select();
		}
		if (first.isWord("INSERT")) {
			return insert();
		}
		if (first.isWord("UPDATE")) {
			return update();
		}
		if (first.isWord("DELETE")) {
			return delete();
		}
		if (first.isWord("EXISTS")) {
			next();
			expectSymbol("(");
			Statement.Select select = select();
			expectSymbol(")");
			return new Statement.Exists(select);
		}
		if (first.kind() == Token.Kind.WORD && Set.of("CREATE", "DROP", "ALTER", "REPLACE", "UPSERT", "MERGE")
			.contains(first.text().toUpperCase(Locale.ROOT))) {
			throw Errors.unsupported(first.text().toUpperCase(Locale.ROOT) + " statements are not supported");
		}
		throw unexpected();
	}

	private Statement.Select select() {
		expectWord("SELECT");
		List<Expr.Path> projection = null;
		if (peek().isSymbol("*")) {
			next();
		}
		else {
			if (peek().isWord("COUNT") || peek().isWord("DISTINCT")) {
				throw Errors.unsupported(peek().text().toUpperCase(Locale.ROOT) + " is not supported");
			}
			projection = new ArrayList<>();
			do {
				projection.add(path());
			}
			while (acceptSymbol(","));
		}
		expectWord("FROM");
		String table = name();
		String index = null;
		if (acceptSymbol(".")) {
			index = name();
		}
		Expr where = null;
		if (acceptWord("WHERE")) {
			where = expression();
		}
		String orderBy = null;
		boolean descending = false;
		if (acceptWord("ORDER")) {
			expectWord("BY");
			Expr.Path path = path();
			if (!path.isTopLevel()) {
				throw Errors.unsupported("ORDER BY is supported on the sort key only");
			}
			orderBy = path.head();
			if (acceptWord("DESC")) {
				descending = true;
			}
			else {
				acceptWord("ASC");
			}
		}
		return new Statement.Select(projection, table, index, where, orderBy, descending);
	}

	private Statement.Insert insert() {
		expectWord("INSERT");
		expectWord("INTO");
		String table = name();
		if (peek().isWord("VALUES")) {
			throw Errors.unsupported(
					"Inserting multiple items in a single statement is not supported, use \"INSERT INTO tableName VALUE item\" instead");
		}
		expectWord("VALUE");
		Token at = peek();
		AttributeValue item = value();
		if (!(item instanceof AttributeValue.M map)) {
			throw Errors.syntax("the item of INSERT must be a tuple, at position " + at.position());
		}
		return new Statement.Insert(table, map.values());
	}

	private Statement.Update update() {
		expectWord("UPDATE");
		String table = name();
		List<Statement.SetAction> sets = new ArrayList<>();
		List<Expr.Path> removes = new ArrayList<>();
		while (true) {
			if (acceptWord("SET")) {
				do {
					Expr.Path path = path();
					expectSymbol("=");
					sets.add(new Statement.SetAction(path, additive()));
				}
				while (acceptSymbol(","));
			}
			else if (acceptWord("REMOVE")) {
				do {
					removes.add(path());
				}
				while (acceptSymbol(","));
			}
			else {
				break;
			}
		}
		if (sets.isEmpty() && removes.isEmpty()) {
			throw unexpected();
		}
		expectWord("WHERE");
		Expr where = expression();
		return new Statement.Update(table, sets, removes, where, returning(true));
	}

	private Statement.Delete delete() {
		expectWord("DELETE");
		expectWord("FROM");
		String table = name();
		expectWord("WHERE");
		Expr where = expression();
		return new Statement.Delete(table, where, returning(false));
	}

	private String returning(boolean update) {
		if (!acceptWord("RETURNING")) {
			return null;
		}
		String which = word("ALL", "MODIFIED");
		String when = word("OLD", "NEW");
		expectSymbol("*");
		String returnValues = which.toUpperCase(Locale.ROOT) + "_" + when.toUpperCase(Locale.ROOT);
		if (!update && !returnValues.equals("ALL_OLD")) {
			throw Errors.unsupported("DELETE supports RETURNING ALL OLD * only");
		}
		return ("ALL".equalsIgnoreCase(which)) ? returnValues : "UPDATED_" + when.toUpperCase(Locale.ROOT);
	}

	private String word(String... allowed) {
		Token token = peek();
		for (String word : allowed) {
			if (token.isWord(word)) {
				next();
				return word;
			}
		}
		throw unexpected();
	}

	Expr expression() {
		Expr left = conjunction();
		while (acceptWord("OR")) {
			left = new Expr.Or(left, conjunction());
		}
		return left;
	}

	private Expr conjunction() {
		Expr left = negation();
		while (acceptWord("AND")) {
			left = new Expr.And(left, negation());
		}
		return left;
	}

	private Expr negation() {
		if (acceptWord("NOT")) {
			return new Expr.Not(negation());
		}
		return predicate();
	}

	private Expr predicate() {
		Expr left = additive();
		Token token = peek();
		if (token.kind() == Token.Kind.SYMBOL && Set.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(token.text())) {
			next();
			String operator = token.text().equals("!=") ? "<>" : token.text();
			return new Expr.Compare(operator, left, additive());
		}
		if (acceptWord("BETWEEN")) {
			Expr low = additive();
			expectWord("AND");
			return new Expr.Between(left, low, additive());
		}
		boolean negated = false;
		if (token.isWord("NOT") && this.tokens.get(this.position + 1).isWord("IN")) {
			next();
			negated = true;
		}
		if (acceptWord("IN")) {
			String close = acceptSymbol("(") ? ")" : null;
			if (close == null) {
				expectSymbol("[");
				close = "]";
			}
			List<Expr> options = new ArrayList<>();
			do {
				options.add(additive());
			}
			while (acceptSymbol(","));
			expectSymbol(close);
			Expr in = new Expr.In(left, options);
			return negated ? new Expr.Not(in) : in;
		}
		if (acceptWord("IS")) {
			boolean not = acceptWord("NOT");
			String what = word("MISSING", "NULL").toUpperCase(Locale.ROOT);
			if (!(left instanceof Expr.Path path)) {
				throw Errors.syntax("IS " + what + " needs an attribute path at position " + token.position());
			}
			return new Expr.Is(path, what, not);
		}
		return left;
	}

	private Expr additive() {
		Expr left = primary();
		while (peek().isSymbol("+") || peek().isSymbol("-")) {
			String operator = next().text();
			left = new Expr.Arithmetic(operator, left, primary());
		}
		return left;
	}

	private Expr primary() {
		Token token = peek();
		if (token.isSymbol("(")) {
			next();
			Expr inner = expression();
			expectSymbol(")");
			return inner;
		}
		if (token.kind() == Token.Kind.WORD && this.tokens.get(this.position + 1).isSymbol("(")) {
			String name = token.text().toLowerCase(Locale.ROOT);
			if (!FUNCTIONS.contains(name)) {
				throw Errors.unsupported("function " + token.text() + " is not supported");
			}
			next();
			next();
			List<Expr> arguments = new ArrayList<>();
			if (!acceptSymbol(")")) {
				do {
					arguments.add(additive());
				}
				while (acceptSymbol(","));
				expectSymbol(")");
			}
			return new Expr.Call(name, arguments);
		}
		if (token.kind() == Token.Kind.WORD && !isLiteralWord(token)) {
			return path();
		}
		if (token.kind() == Token.Kind.QUOTED) {
			return path();
		}
		return new Expr.Value(value());
	}

	private static boolean isLiteralWord(Token token) {
		return token.isWord("true") || token.isWord("false") || token.isWord("null");
	}

	private Expr.Path path() {
		List<Object> elements = new ArrayList<>();
		elements.add(name());
		while (true) {
			if (peek().isSymbol(".")) {
				next();
				elements.add(name());
			}
			else if (peek().isSymbol("[")) {
				next();
				Token index = next();
				if (index.kind() != Token.Kind.NUMBER || !isDigits(index.text())) {
					throw Errors.syntax("a list index must be a non-negative integer at position " + index.position());
				}
				elements.add(Integer.valueOf(index.text()));
				expectSymbol("]");
			}
			else {
				return new Expr.Path(elements);
			}
		}
	}

	private String name() {
		Token token = next();
		if (token.kind() == Token.Kind.QUOTED || token.kind() == Token.Kind.WORD) {
			return token.text();
		}
		throw unexpected(token);
	}

	/** A literal or a parameter: scalars, lists, tuples and sets. */
	private AttributeValue value() {
		Token token = next();
		switch (token.kind()) {
			case PARAMETER:
				return this.parameters.get(this.parameter++);
			case STRING:
				return new AttributeValue.S(token.text());
			case NUMBER:
				return number(token.text(), token);
			case WORD:
				if (token.isWord("true") || token.isWord("false")) {
					return AttributeValue.Bool.of(token.isWord("true"));
				}
				if (token.isWord("null")) {
					return AttributeValue.Null.INSTANCE;
				}
				throw unexpected(token);
			case SYMBOL:
				return composite(token);
			default:
				throw unexpected(token);
		}
	}

	private AttributeValue composite(Token token) {
		switch (token.text()) {
			case "-": {
				Token digits = next();
				if (digits.kind() != Token.Kind.NUMBER) {
					throw unexpected(digits);
				}
				return number("-" + digits.text(), digits);
			}
			case "[": {
				List<AttributeValue> values = new ArrayList<>();
				if (!acceptSymbol("]")) {
					do {
						values.add(value());
					}
					while (acceptSymbol(","));
					expectSymbol("]");
				}
				return new AttributeValue.L(values);
			}
			case "{": {
				Map<String, AttributeValue> values = new LinkedHashMap<>();
				if (!acceptSymbol("}")) {
					do {
						Token key = next();
						if (key.kind() != Token.Kind.STRING && key.kind() != Token.Kind.QUOTED) {
							throw Errors
								.syntax("a tuple's attribute name must be a string at position " + key.position());
						}
						expectSymbol(":");
						values.put(key.text(), value());
					}
					while (acceptSymbol(","));
					expectSymbol("}");
				}
				return new AttributeValue.M(values);
			}
			case "<<": {
				List<AttributeValue> elements = new ArrayList<>();
				do {
					elements.add(value());
				}
				while (acceptSymbol(","));
				expectSymbol(">>");
				return set(elements, token);
			}
			default:
				throw unexpected(token);
		}
	}

	private static AttributeValue set(List<AttributeValue> elements, Token at) {
		AttributeValue first = elements.get(0);
		for (AttributeValue element : elements) {
			if (element.getClass() != first.getClass()) {
				throw DynamoException
					.validation("Set must contain elements of the same type, at position " + at.position());
			}
		}
		if (first instanceof AttributeValue.S) {
			Set<String> values = new LinkedHashSet<>();
			elements.forEach((element) -> values.add(((AttributeValue.S) element).value()));
			return new AttributeValue.SS(values);
		}
		if (first instanceof AttributeValue.N) {
			Set<AttributeValue.N> values = new LinkedHashSet<>();
			elements.forEach((element) -> values.add((AttributeValue.N) element));
			return new AttributeValue.NS(values);
		}
		if (first instanceof AttributeValue.B) {
			Set<AttributeValue.B> values = new LinkedHashSet<>();
			elements.forEach((element) -> values.add((AttributeValue.B) element));
			return new AttributeValue.BS(values);
		}
		throw DynamoException
			.validation("Sets may contain strings, numbers or binaries only, at position " + at.position());
	}

	private static AttributeValue number(String text, Token at) {
		try {
			new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw Errors.syntax("invalid number " + text + " at position " + at.position());
		}
		return AttributeValue.N.parse(text);
	}

	private Token peek() {
		return this.tokens.get(this.position);
	}

	private Token next() {
		Token token = this.tokens.get(this.position);
		if (token.kind() != Token.Kind.END) {
			this.position++;
		}
		return token;
	}

	private boolean acceptWord(String word) {
		if (peek().isWord(word)) {
			next();
			return true;
		}
		return false;
	}

	private boolean acceptSymbol(String symbol) {
		if (peek().isSymbol(symbol)) {
			next();
			return true;
		}
		return false;
	}

	private void expectWord(String word) {
		if (!acceptWord(word)) {
			throw unexpected();
		}
	}

	private void expectSymbol(String symbol) {
		if (!acceptSymbol(symbol)) {
			throw unexpected();
		}
	}

	private DynamoException unexpected() {
		return unexpected(peek());
	}

	private static DynamoException unexpected(Token token) {
		if (token.kind() == Token.Kind.END) {
			return Errors.syntax("unexpected end of statement");
		}
		String shown = switch (token.kind()) {
			case STRING -> "'" + token.text() + "'";
			case QUOTED -> "\"" + token.text() + "\"";
			default -> token.text();
		};
		return Errors.syntax("unexpected token " + shown + " at position " + token.position());
	}

	private static boolean isDigits(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
