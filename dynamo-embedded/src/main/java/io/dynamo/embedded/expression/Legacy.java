/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.ValueOrder;
import io.dynamo.embedded.protocol.AttributeValues;

/**
 * Converters of the legacy (non-expression) parameters into the same parsed forms as the
 * expressions: {@code Expected} and {@code QueryFilter}/{@code ScanFilter} (with
 * {@code ConditionalOperator}) into a {@link Condition}, {@code AttributeUpdates} into an
 * {@link Update}, {@code AttributesToGet} into a {@link Projection} and
 * {@code KeyConditions} into a {@link KeyCondition}, with DynamoDB's validation messages.
 * Input is the parsed request tree.
 */
public final class Legacy {

	private static final List<String> OPERATORS = List.of("IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT",
			"NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS");

	private static final Map<String, List<String>> VALID_TYPES = Map.ofEntries(
			Map.entry("EQ", List.of("S", "N", "B", "SS", "NS", "BS")),
			Map.entry("NE", List.of("S", "N", "B", "SS", "NS", "BS")), Map.entry("LE", List.of("S", "N", "B")),
			Map.entry("LT", List.of("S", "N", "B")), Map.entry("GE", List.of("S", "N", "B")),
			Map.entry("GT", List.of("S", "N", "B")), Map.entry("CONTAINS", List.of("S", "N", "B")),
			Map.entry("NOT_CONTAINS", List.of("S", "N", "B")), Map.entry("BEGINS_WITH", List.of("S", "B")),
			Map.entry("IN", List.of("S", "N", "B")), Map.entry("BETWEEN", List.of("S", "N", "B")));

	private static final String INVALID = "One or more parameter values were invalid: ";

	/**
	 * A legacy comparison of one attribute.
	 *
	 * @param operator the {@code ComparisonOperator}, such as {@code EQ}
	 * @param values the {@code AttributeValueList}
	 */
	record Comparison(String operator, List<AttributeValue> values) {

		Condition toCondition(String attribute) {
			List<AttributeValue> list = this.values;
			AttributeValue first = list.isEmpty() ? null : list.get(0);
			return switch (this.operator) {
				case "EQ" -> (item) -> Values.equal(item.get(attribute), first);
				case "NE" -> (item) -> !Values.equal(item.get(attribute), first);
				case "LT" -> (item) -> Values.compare(item.get(attribute), first) == -1;
				case "LE" -> (item) -> {
					int c = Values.compare(item.get(attribute), first);
					return c == -1 || c == 0;
				};
				case "GT" -> (item) -> Values.compare(item.get(attribute), first) == 1;
				case "GE" -> (item) -> {
					int c = Values.compare(item.get(attribute), first);
					return c == 1 || c == 0;
				};
				case "NULL" -> (item) -> item.get(attribute) == null;
				case "NOT_NULL" -> (item) -> item.get(attribute) != null;
				case "CONTAINS" -> (item) -> Values.contains(item.get(attribute), first);
				case "NOT_CONTAINS" -> (item) -> !Values.contains(item.get(attribute), first);
				case "BEGINS_WITH" -> (item) -> Values.beginsWith(item.get(attribute), first);
				case "IN" -> (item) -> {
					AttributeValue value = item.get(attribute);
					return value != null && list.contains(value);
				};
				case "BETWEEN" -> (item) -> Conditions.between(item.get(attribute), first, list.get(1));
				default -> throw new IllegalStateException(this.operator);
			};
		}

	}

	private Legacy() {
	}

	/**
	 * Refuses a request that mixes expressions and legacy parameters, or that gives
	 * expression attribute names or values without an expression.
	 * @param body the request tree
	 * @param expressions the operation's expression parameters, such as
	 * {@code ConditionExpression}
	 * @param nonExpressions its legacy parameters, such as {@code Expected}
	 */
	public static void checkParameters(Map<String, Object> body, List<String> expressions,
			List<String> nonExpressions) {
		List<String> used = present(body, expressions);
		if (!used.isEmpty()) {
			List<String> legacy = new ArrayList<>(nonExpressions);
			if (body.get("KeyConditions") != null && body.get("KeyConditionExpression") == null) {
				// KeyConditions may go with the other expressions
				legacy.remove("KeyConditions");
			}
			List<String> usedLegacy = present(body, legacy);
			if (!usedLegacy.isEmpty()) {
				throw DynamoException.validation("Can not use both expression and non-expression parameters in the "
						+ "same request: Non-expression parameters: {" + String.join(", ", usedLegacy)
						+ "} Expression parameters: {" + String.join(", ", used) + "}");
			}
		}
		if (body.get("ExpressionAttributeNames") != null && used.isEmpty()) {
			throw DynamoException.validation("ExpressionAttributeNames can only be specified when using expressions");
		}
		List<String> valueExpressions = new ArrayList<>(expressions);
		valueExpressions.remove("ProjectionExpression");
		if (!valueExpressions.isEmpty() && body.get("ExpressionAttributeValues") != null
				&& present(body, valueExpressions).isEmpty()) {
			throw DynamoException.validation("ExpressionAttributeValues can only be specified when using expressions: "
					+ String.join(" and ", valueExpressions) + " " + ((valueExpressions.size() > 1) ? "are" : "is")
					+ " null");
		}
	}

	private static List<String> present(Map<String, Object> body, List<String> names) {
		List<String> present = new ArrayList<>();
		for (String name : names) {
			if (body.get(name) != null) {
				present.add(name);
			}
		}
		return present;
	}

	/**
	 * {@code Expected} with {@code ConditionalOperator} as a condition.
	 * @param expected the {@code Expected} member
	 * @param conditionalOperator {@code AND} (the default, when null) or {@code OR}
	 */
	public static Condition expected(Map<String, Object> expected, String conditionalOperator) {
		List<Condition> conditions = new ArrayList<>();
		for (Map.Entry<String, Object> entry : expected.entrySet()) {
			String key = entry.getKey();
			Map<String, Object> condition = object(entry.getValue());
			Object operator = condition.get("ComparisonOperator");
			Object list = condition.get("AttributeValueList");
			Object value = condition.get("Value");
			Object exists = condition.get("Exists");
			if (operator != null) {
				checkOperator(operator, "expected." + key);
			}
			if (list != null && value != null) {
				throw DynamoException
					.validation(INVALID + "Value and AttributeValueList cannot be used together for Attribute: " + key);
			}
			if (operator != null) {
				if (exists != null) {
					throw DynamoException.validation(
							INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: " + key);
				}
				if (!operator.equals("NULL") && !operator.equals("NOT_NULL") && list == null && value == null) {
					throw DynamoException.validation(INVALID + "Value or AttributeValueList must be used with "
							+ "ComparisonOperator: " + operator + " for Attribute: " + key);
				}
				List<AttributeValue> values = (list != null) ? values(list)
						: (value != null) ? List.of(AttributeValues.value(value)) : List.of();
				checkCount((String) operator, values.size());
				if (list != null) {
					checkSameType(values);
					checkBetween((String) operator, values);
				}
				conditions.add(new Comparison((String) operator, values).toCondition(key));
			}
			else if (list != null) {
				throw DynamoException.validation(INVALID
						+ "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + key);
			}
			else {
				if (exists != null && !(exists instanceof Boolean)) {
					throw DynamoException.serialization("Unexpected value type for Exists: expected a boolean");
				}
				boolean mustExist = exists == null || (Boolean) exists;
				if (mustExist && value == null) {
					throw DynamoException.validation(INVALID + "Value must be provided when Exists is "
							+ ((exists == null) ? "null" : exists) + " for Attribute: " + key);
				}
				if (!mustExist && value != null) {
					throw DynamoException
						.validation(INVALID + "Value cannot be used when Exists is false for Attribute: " + key);
				}
				Comparison comparison = mustExist ? new Comparison("EQ", List.of(AttributeValues.value(value)))
						: new Comparison("NULL", List.of());
				conditions.add(comparison.toCondition(key));
			}
		}
		return combine(expected, conditions, conditionalOperator);
	}

	/**
	 * {@code QueryFilter} or {@code ScanFilter} with {@code ConditionalOperator} as a
	 * condition.
	 * @param parameter the member's name, {@code QueryFilter} or {@code ScanFilter}
	 * @param filter the member
	 * @param conditionalOperator {@code AND} (the default, when null) or {@code OR}
	 */
	public static Condition filter(String parameter, Map<String, Object> filter, String conditionalOperator) {
		Map<String, Comparison> comparisons = comparisons(parameter, filter);
		validateComparisons(comparisons);
		List<Condition> conditions = new ArrayList<>();
		for (Map.Entry<String, Comparison> entry : comparisons.entrySet()) {
			conditions.add(entry.getValue().toCondition(entry.getKey()));
		}
		return combine(filter, conditions, conditionalOperator);
	}

	/** {@code KeyConditions} as a key condition. */
	public static KeyCondition keyConditions(Map<String, Object> keyConditions) {
		return new KeyCondition(comparisons("KeyConditions", keyConditions));
	}

	/** {@code AttributesToGet} as a projection of top-level attributes. */
	public static Projection attributesToGet(List<Object> names) {
		Set<String> seen = new HashSet<>();
		List<AttributePath> paths = new ArrayList<>(names.size());
		for (Object name : names) {
			if (!(name instanceof String text)) {
				throw DynamoException.serialization("Unexpected field type");
			}
			if (!seen.add(text)) {
				throw DynamoException.validation(INVALID + "Duplicate value in attribute name: " + text);
			}
			paths.add(AttributePath.of(text));
		}
		return new Projection(paths);
	}

	/** {@code AttributeUpdates} as an update (actions PUT, ADD and DELETE). */
	public static Update attributeUpdates(Map<String, Object> updates) {
		List<Update.Action> actions = new ArrayList<>();
		for (Map.Entry<String, Object> entry : updates.entrySet()) {
			Map<String, Object> update = object(entry.getValue());
			Object action = update.get("Action");
			if (action != null && !List.of("ADD", "PUT", "DELETE").contains(action)) {
				throw DynamoException.validation("1 validation error detected: Value '" + action + "' at "
						+ "'attributeUpdates." + entry.getKey() + ".member.action' failed to satisfy constraint: "
						+ "Member must satisfy enum value set: [ADD, PUT, DELETE]");
			}
			AttributeValue value = (update.get("Value") != null) ? AttributeValues.value(update.get("Value")) : null;
			String name = (action != null) ? (String) action : "PUT";
			if (value == null && !name.equals("DELETE")) {
				throw DynamoException
					.validation(INVALID + "Only DELETE action is allowed when no attribute value is specified");
			}
			if (value != null && name.equals("DELETE") && !Values.isSet(value)) {
				throw DynamoException
					.validation(INVALID + "DELETE action with value is not supported for the type " + value.type());
			}
			if (value != null && name.equals("ADD") && !Values.isSet(value) && !(value instanceof AttributeValue.N)
					&& !(value instanceof AttributeValue.L)) {
				throw DynamoException.validation(INVALID + "ADD action is not supported for the type " + value.type());
			}
			AttributePath path = AttributePath.of(entry.getKey());
			actions.add(switch (name) {
				case "PUT" -> new Update.SetAction(path, new UpdateValue.Constant(value), value.type());
				case "ADD" -> new Update.AddAction(path, value, true);
				default -> (value == null) ? new Update.RemoveAction(path) : new Update.DeleteAction(path, value, true);
			});
		}
		return new Update(actions);
	}

	// ---- shared by filters and key conditions

	private static Map<String, Comparison> comparisons(String parameter, Map<String, Object> json) {
		Map<String, Comparison> comparisons = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : json.entrySet()) {
			Map<String, Object> condition = object(entry.getValue());
			Object operator = condition.get("ComparisonOperator");
			String at = Character.toLowerCase(parameter.charAt(0)) + parameter.substring(1) + "." + entry.getKey();
			if (operator == null) {
				throw DynamoException.validation("1 validation error detected: Value null at '" + at
						+ ".member.comparisonOperator' failed to satisfy constraint: Member must not be null");
			}
			checkOperator(operator, at);
			Object list = condition.get("AttributeValueList");
			comparisons.put(entry.getKey(),
					new Comparison((String) operator, (list != null) ? values(list) : List.of()));
		}
		return comparisons;
	}

	/** DynamoDB's checks of filter and key conditions: counts, types, bounds. */
	static void validateComparisons(Map<String, Comparison> comparisons) {
		for (Comparison comparison : comparisons.values()) {
			String operator = comparison.operator();
			List<AttributeValue> values = comparison.values();
			checkCount(operator, values.size());
			checkSameType(values);
			List<String> types = VALID_TYPES.get(operator);
			if (types != null) {
				for (AttributeValue value : values) {
					if (!types.contains(value.type())) {
						throw DynamoException.validation(INVALID + "ComparisonOperator " + operator
								+ " is not valid for " + value.type() + " AttributeValue type");
					}
				}
			}
			checkBetween(operator, values);
		}
	}

	private static void checkOperator(Object operator, String at) {
		if (!OPERATORS.contains(operator)) {
			throw DynamoException.validation("1 validation error detected: Value '" + operator + "' at '" + at
					+ ".member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: ["
					+ String.join(", ", OPERATORS) + "]");
		}
	}

	private static void checkCount(String operator, int count) {
		boolean valid = switch (operator) {
			case "NULL", "NOT_NULL" -> count == 0;
			case "IN" -> count > 0;
			case "BETWEEN" -> count == 2;
			default -> count == 1;
		};
		if (!valid) {
			throw DynamoException
				.validation(INVALID + "Invalid number of argument(s) for the " + operator + " ComparisonOperator");
		}
	}

	private static void checkSameType(List<AttributeValue> values) {
		for (AttributeValue value : values) {
			if (!value.type().equals(values.get(0).type())) {
				throw DynamoException
					.validation(INVALID + "AttributeValues inside AttributeValueList must be of same type");
			}
		}
	}

	private static void checkBetween(String operator, List<AttributeValue> values) {
		if (operator.equals("BETWEEN") && values.size() == 2 && ValueOrder.comparable(values.get(0), values.get(1))
				&& ValueOrder.compare(values.get(0), values.get(1)) > 0) {
			throw DynamoException.validation(
					"The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
		}
	}

	private static Condition combine(Map<String, Object> json, List<Condition> conditions, String conditionalOperator) {
		if (conditionalOperator != null && !conditionalOperator.equals("AND") && !conditionalOperator.equals("OR")) {
			throw DynamoException.validation("1 validation error detected: Value '" + conditionalOperator
					+ "' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: "
					+ "[OR, AND]");
		}
		List<AttributePath> paths = new ArrayList<>();
		for (String name : json.keySet()) {
			paths.add(AttributePath.of(name));
		}
		if (conditions.isEmpty()) {
			return new Conditions.WithPaths(Condition.ALWAYS, paths);
		}
		boolean any = "OR".equals(conditionalOperator);
		Condition[] all = conditions.toArray(new Condition[0]);
		return new Conditions.WithPaths((item) -> {
			for (Condition condition : all) {
				if (condition.test(item) == any) {
					return any;
				}
			}
			return !any;
		}, paths);
	}

	private static List<AttributeValue> values(Object list) {
		if (!(list instanceof List<?> elements)) {
			throw DynamoException.serialization("Unexpected field type");
		}
		List<AttributeValue> values = new ArrayList<>(elements.size());
		for (Object element : elements) {
			values.add(AttributeValues.value(element));
		}
		return values;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object json) {
		if (json instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw DynamoException.serialization("Unexpected value type in payload");
	}

}
