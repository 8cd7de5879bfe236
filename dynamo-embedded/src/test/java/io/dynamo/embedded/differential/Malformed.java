/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests DynamoDB refuses: missing members, members of the wrong type, broken JSON, bad
 * expressions, undefined and unused placeholders, reserved words, oversized keys,
 * duplicate and empty sets, bad numbers, too many batch requests, bad table definitions.
 * Most start from a valid request of the generator and break one thing in it.
 */
final class Malformed {

	private static final String[] BAD_CONDITIONS = { "a =", "a = :v0 AND", "attribute_exists(a", "foo(a)",
			"a BETWEEN :v0", "a IN ()", "size(a)", "a == :v0", "(a = :v0", "a = :v0)", "begins_with(a)",
			"attribute_exists(a, :v0)", "contains(a)", "a < :v0 < :v0", "NOT", "a = :v0 OR OR a = :v0", ":v0 = :v0",
			"attribute_type(a, :v0, :v0)", "a.[0] = :v0", "a[x] = :v0", "a[-1] = :v0", "#n0 = :v0", "\"a\" = :v0",
			"a = :v0 AND a", "size(a) = size(:v0)", "attribute_not_exists(:v0)", "a BETWEEN :v0 AND", "" };

	private static final String[] BAD_UPDATES = { "SET", "SET a = ", "SET a = :v0,", "REMOVE", "ADD a", "DELETE ss",
			"SET a = :v0 REMOVE a", "SET a = :v0 SET b = :v0", "SET l[0] = :v0 REMOVE l[0]", "SET m.x = :v0, m = :v0",
			"ADD a :v0, a :v0", "UPDATE a = :v0", "SET a = :v0 + ", "SET a = list_append(:v0)",
			"SET a = if_not_exists(:v0, a)", "SET a = foo(a)", "REMOVE a[x]", "SET a = :v0 + :v0 + :v0",
			"ADD m.x[0] :v0", "SET a = size(a)", "DELETE a :v0 :v0", "REMOVE :v0", "SET pk = :v0", "SET sk = :v0",
			"ADD pk :v0", "REMOVE pk", "set a = :v0", "SET a = (:v0)", "" };

	private static final String[] RESERVED_USES = { "name = :v0", "attribute_exists(data)", "count > :v0",
			"status = :v0 AND a = :v0", "m.value = :v0", "size(key) > :v0" };

	private final Generator g;

	Malformed(Generator generator) {
		this.g = generator;
	}

	Generator.Step next() {
		return switch (this.g.nextInt(22)) {
			case 0 -> missingMember();
			case 1 -> wrongMemberType();
			case 2 -> badAttributeValue();
			case 3, 4 -> badCondition();
			case 5, 6 -> badUpdate();
			case 7 -> undefinedPlaceholder();
			case 8 -> unusedPlaceholder();
			case 9 -> reservedWord();
			case 10 -> oversizedKey();
			case 11 -> badKey();
			case 12 -> brokenJson();
			case 13 -> badReadOptions();
			case 14 -> badQuery();
			case 15 -> badBatch();
			case 16 -> badCreateTable();
			case 17 -> missingTable();
			case 18 -> legacyAndExpression();
			case 19 -> badProjection();
			case 20 -> badStartKey();
			default -> badReturnValues();
		};
	}

	private Generator.Step missingMember() {
		String operation = this.g.pick("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan",
				"BatchGetItem", "BatchWriteItem", "DescribeTable", "CreateTable", "DeleteTable");
		Map<String, Object> request = new LinkedHashMap<>();
		Schemas.Table table = this.g.table();
		if (this.g.chance(50)) {
			request.put("TableName", table.name());
		}
		else if (this.g.chance(50) && !operation.startsWith("Batch")) {
			request.put("Key", this.g.key(table));
			request.put("Item", this.g.item(table));
		}
		return new Generator.Step(operation, request);
	}

	private Generator.Step wrongMemberType() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		String operation = this.g.pick("GetItem", "PutItem", "Query", "Scan", "UpdateItem");
		request.put("TableName", this.g.chance(30) ? (Object) 5L : table.name());
		switch (operation) {
			case "GetItem" -> {
				request.put("Key", this.g.chance(50) ? "pk" : List.of(this.g.key(table)));
				request.put("ConsistentRead", this.g.chance(50) ? "yes" : (Object) Boolean.TRUE);
			}
			case "PutItem" -> request.put("Item", this.g.chance(50) ? List.of() : (Object) Map.of("pk", "p0"));
			case "Query", "Scan" -> {
				request.put("Limit", this.g.pick("x", true, List.of(1)));
				if (operation.equals("Query")) {
					request.put("KeyConditionExpression", this.g.chance(50) ? (Object) 1L : Map.of());
				}
			}
			default -> {
				request.put("Key", this.g.key(table));
				request.put("UpdateExpression", List.of("SET a = :v0"));
				request.put("ExpressionAttributeValues", Map.of(":v0", "a"));
			}
		}
		return new Generator.Step(operation, request);
	}

	private Generator.Step badAttributeValue() {
		Schemas.Table table = this.g.table();
		Object bad = this.g.pick(Map.of(), Map.of("S", "a", "N", "1"), Map.of("S", 5L), Map.of("N", "abc"),
				Map.of("N", "1e200"), Map.of("N", ""), Map.of("N", "1" + "0".repeat(38) + "1"), Map.of("N", "1e-131"),
				Map.of("N", "9.9999999999999999999999999999999999999E+125"), Map.of("N", "1E+126"), Map.of("N", " 1"),
				Map.of("N", "0x10"), Map.of("N", "+1"), Map.of("N", "1."), Map.of("N", ".5"), Map.of("SS", List.of()),
				Map.of("SS", List.of("a", "a")), Map.of("NS", List.of("1", "1.0")),
				Map.of("BS", List.of("AA==", "AA==")), Map.of("NS", List.of()), Map.of("B", "!!"), Map.of("B", "AAA"),
				Map.of("BOOL", "true"), Map.of("NULL", false), Map.of("L", "a"), Map.of("M", List.of()),
				Map.of("X", "a"), Map.of("s", "a"), "a", List.of(), Map.of("SS", List.of(1L)),
				Map.of("NS", List.of("a")), Map.of("M", Map.of("x", Map.of())), Map.of("L", List.of(Map.of("N", "x"))));
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		int r = this.g.nextInt(3);
		if (r == 0) {
			Map<String, Object> item = this.g.item(table);
			item.put(this.g.chance(80) ? "a" : table.hash().name(), bad);
			request.put("Item", item);
			return new Generator.Step("PutItem", request);
		}
		if (r == 1) {
			request.put("Key", this.g.key(table));
			request.put("UpdateExpression", "SET a = :v0");
			request.put("ExpressionAttributeValues", Map.of(":v0", bad));
			return new Generator.Step("UpdateItem", request);
		}
		Map<String, Object> key = this.g.key(table);
		key.put(table.hash().name(), bad);
		request.put("Key", key);
		return new Generator.Step("GetItem", request);
	}

	private Generator.Step badCondition() {
		Schemas.Table table = this.g.table();
		String expression = this.g.pick(BAD_CONDITIONS);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		String operation = this.g.pick("PutItem", "DeleteItem", "Scan", "Query");
		switch (operation) {
			case "PutItem" -> request.put("Item", this.g.item(table));
			case "DeleteItem" -> request.put("Key", this.g.key(table));
			case "Query" -> {
				request.put("KeyConditionExpression", "pk = :k");
			}
			default -> {
			}
		}
		request.put(operation.equals("Query") || operation.equals("Scan") ? "FilterExpression" : "ConditionExpression",
				expression);
		Map<String, Object> values = new LinkedHashMap<>();
		if (expression.contains(":v0")) {
			values.put(":v0", this.g.scalar());
		}
		if (operation.equals("Query")) {
			values.put(":k", this.g.keyValue(table.hash(), true));
		}
		if (!values.isEmpty()) {
			request.put("ExpressionAttributeValues", values);
		}
		if (expression.contains("#n0")) {
			request.put("ExpressionAttributeNames", Map.of("#n0", "a"));
		}
		return new Generator.Step(operation, request);
	}

	private Generator.Step badUpdate() {
		Schemas.Table table = this.g.table();
		String expression = this.g.pick(BAD_UPDATES);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		request.put("Key", this.g.key(table));
		request.put("UpdateExpression", expression);
		if (expression.contains(":v0")) {
			request.put("ExpressionAttributeValues",
					Map.of(":v0", this.g.chance(50) ? this.g.scalar() : this.g.set("SS")));
		}
		return new Generator.Step("UpdateItem", request);
	}

	private Generator.Step undefinedPlaceholder() {
		Generator.Step valid = this.g.chance(50) ? this.g.updateItem() : this.g.query();
		String body = valid.body();
		if (this.g.chance(50)) {
			body = body.replaceFirst(":v0", ":zz");
		}
		else {
			body = body.contains("\"#n0\"") ? body.replaceFirst("#n0", "#zz")
					: body.replaceFirst("\"(UpdateExpression|KeyConditionExpression)\":\"", "$0#undefined = :v0 AND ");
		}
		return new Generator.Step(valid.operation(), body, false);
	}

	private Generator.Step unusedPlaceholder() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		request.put("Key", this.g.key(table));
		Map<String, Object> names = new LinkedHashMap<>();
		Map<String, Object> values = new LinkedHashMap<>();
		String operation = this.g.pick("GetItem", "DeleteItem", "UpdateItem");
		if (operation.equals("UpdateItem")) {
			request.put("UpdateExpression", "SET a = :v0");
			values.put(":v0", this.g.scalar());
		}
		if (this.g.chance(50)) {
			names.put("#unused", "a");
		}
		else if (this.g.chance(70)) {
			values.put(":unused", this.g.scalar());
		}
		if (!names.isEmpty()) {
			request.put("ExpressionAttributeNames", names);
		}
		request.put("ExpressionAttributeValues", values);
		return new Generator.Step(operation, request);
	}

	private Generator.Step reservedWord() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		String operation = this.g.pick("UpdateItem", "DeleteItem", "GetItem");
		request.put("Key", this.g.key(table));
		switch (operation) {
			case "UpdateItem" -> {
				request.put("UpdateExpression", this.g.pick("SET name = :v0", "REMOVE data", "ADD count :v0",
						"SET a = size + :v0", "SET a = :v0, status = :v0"));
				request.put("ExpressionAttributeValues", Map.of(":v0", Generator.av("N", "1")));
			}
			case "DeleteItem" -> {
				request.put("ConditionExpression", this.g.pick(RESERVED_USES));
				request.put("ExpressionAttributeValues", Map.of(":v0", Generator.av("N", "1")));
			}
			default -> request.put("ProjectionExpression", this.g.pick("name", "a, data", "m.value", "status[0]"));
		}
		return new Generator.Step(operation, request);
	}

	private Generator.Step oversizedKey() {
		Schemas.Table table = this.g.table();
		Map<String, Object> item = this.g.item(table);
		boolean partition = table.range() == null || this.g.chance(50);
		Schemas.Key key = partition ? table.hash() : table.range();
		int limit = partition ? 2048 : 1024;
		int length = limit + this.g.pick(-1, 0, 1, 10);
		Object value = switch (key.type()) {
			case "S" -> Generator.av("S", "k".repeat(length - 1) + "\u00e9".substring(0, this.g.chance(30) ? 1 : 0)
					+ (this.g.chance(30) ? "" : "k"));
			case "B" -> Generator.av("B", java.util.Base64.getEncoder().encodeToString(new byte[length]));
			default -> Generator.av("N", "1" + "0".repeat(this.g.nextInt(40)));
		};
		item.put(key.name(), value);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		String operation = this.g.pick("PutItem", "GetItem", "DeleteItem");
		if (operation.equals("PutItem")) {
			request.put("Item", item);
		}
		else {
			request.put("Key", Generator.key(table, item));
		}
		return new Generator.Step(operation, request);
	}

	private Generator.Step badKey() {
		Schemas.Table table = this.g.table();
		Map<String, Object> key = this.g.key(table);
		int r = this.g.nextInt(5);
		if (r == 0) {
			key.put("a", this.g.scalar());
		}
		else if (r == 1 && table.range() != null) {
			key.remove(table.range().name());
		}
		else if (r == 2) {
			key.put(table.hash().name(), this.g.scalar());
		}
		else if (r == 3) {
			key.remove(table.hash().name());
		}
		else {
			key.put(table.hash().name(), Generator.av(table.hash().type(), table.hash().type().equals("N") ? "1" : ""));
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		String operation = this.g.pick("GetItem", "DeleteItem", "UpdateItem", "PutItem");
		if (operation.equals("PutItem")) {
			Map<String, Object> item = new LinkedHashMap<>(key);
			item.put("s", Generator.av("S", this.g.chance(50) ? "" : "x"));
			request.put("Item", item);
		}
		else {
			request.put("Key", key);
		}
		if (operation.equals("UpdateItem")) {
			request.put("UpdateExpression", "SET a = :v0");
			request.put("ExpressionAttributeValues", Map.of(":v0", Generator.av("S", "a")));
		}
		return new Generator.Step(operation, request);
	}

	private Generator.Step brokenJson() {
		String body = this.g.pick("", "{", "[]", "\"x\"", "{\"TableName\":}", "{\"TableName\":\"x\"}}",
				"{\"TableName\": \"x\", \"TableName\": \"y\"}", "{\"Key\": {\"pk\": {\"S\": \"a\"}},}");
		String operation = this.g.pick("GetItem", "Scan", "PutItem", "ListTables");
		return new Generator.Step(operation, body, false);
	}

	private Generator.Step badReadOptions() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		String operation = this.g.pick("Scan", "Query");
		if (operation.equals("Query")) {
			request.put("KeyConditionExpression", "pk = :k");
			request.put("ExpressionAttributeValues", Map.of(":k", this.g.keyValue(table.hash(), true)));
		}
		switch (this.g.nextInt(7)) {
			case 0 -> request.put("Limit", this.g.pick(0L, -1L));
			case 1 -> request.put("Select", this.g.pick("ALL", "count", "SPECIFIC_ATTRIBUTES"));
			case 2 -> {
				request.put("Select", "COUNT");
				request.put("ProjectionExpression", "a");
			}
			case 3 -> request.put("Select", "ALL_PROJECTED_ATTRIBUTES");
			case 4 -> {
				request.put("Segment", this.g.pick(0L, 1L, 5L));
				request.put("TotalSegments", this.g.pick(0L, 1L, 2L, 1000001L));
			}
			case 5 -> request.put("ReturnConsumedCapacity", "ALL");
			default -> {
				request.put("IndexName", this.g.pick("nope", "gsiN", "lsiS", "gsiB", "gsiS", "lsiN"));
				request.put("ConsistentRead", true);
			}
		}
		return new Generator.Step(operation, request);
	}

	private Generator.Step badQuery() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(":k", this.g.keyValue(table.hash(), true));
		values.put(":v", this.g.scalar());
		String range = (table.range() != null) ? table.range().name() : "sk";
		String condition = this.g.pick("", "pk = :k OR a = :v", "a = :v", "pk < :k", "pk = :k AND a = :v",
				"pk = :k AND " + range + " <> :v", "pk = :k AND " + range + " IN (:v)", "NOT pk = :k",
				"pk = :k AND attribute_exists(" + range + ")", "pk = :k AND pk = :k", "(pk = :k)",
				"pk = :k AND (" + range + " = :v)", "pk = :k AND size(" + range + ") = :v",
				"pk = :k AND begins_with(" + range + ", :v)", "pk = :k AND " + range + " BETWEEN :v AND :k", ":k = pk",
				"pk = :k AND " + range + " > :v AND " + range + " < :v");
		if (!condition.isEmpty()) {
			request.put("KeyConditionExpression", condition);
		}
		if (this.g.chance(30)) {
			request.put("FilterExpression", this.g.pick("pk = :k", range + " = :v", "a = :v"));
		}
		Map<String, Object> used = new LinkedHashMap<>();
		String all = condition + request.getOrDefault("FilterExpression", "");
		values.forEach((name, value) -> {
			if (all.contains(name)) {
				used.put(name, value);
			}
		});
		if (!used.isEmpty()) {
			request.put("ExpressionAttributeValues", used);
		}
		return new Generator.Step("Query", request);
	}

	private Generator.Step badBatch() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		int r = this.g.nextInt(7);
		if (r == 0) {
			request.put("RequestItems", Map.of());
			return new Generator.Step(this.g.pick("BatchWriteItem", "BatchGetItem"), request);
		}
		if (r == 1 || r == 2) {
			List<Object> writes = new ArrayList<>();
			int count = (r == 1) ? 26 : 2;
			Map<String, Object> item = this.g.item(table);
			for (int i = 0; i < count; i++) {
				Map<String, Object> put = (r == 2) ? item : this.g.item(table);
				writes.add(this.g.chance(50) ? Map.of("PutRequest", Map.of("Item", put))
						: Map.of("DeleteRequest", Map.of("Key", Generator.key(table, put))));
			}
			request.put("RequestItems", Map.of(table.name(), writes));
			return new Generator.Step("BatchWriteItem", request);
		}
		if (r == 3) {
			List<Object> keys = new ArrayList<>();
			int count = this.g.chance(50) ? 101 : 2;
			Map<String, Object> key = this.g.key(table);
			for (int i = 0; i < count; i++) {
				keys.add(count == 2 ? key : this.g.key(table));
			}
			request.put("RequestItems", Map.of(table.name(), Map.of("Keys", keys)));
			return new Generator.Step("BatchGetItem", request);
		}
		if (r == 4) {
			request.put("RequestItems", Map.of(table.name(), List.of(Map.of())));
			return new Generator.Step("BatchWriteItem", request);
		}
		if (r == 5) {
			request.put("RequestItems", Map.of(table.name(), List.of(Map.of("PutRequest",
					Map.of("Item", this.g.item(table)), "DeleteRequest", Map.of("Key", this.g.key(table))))));
			return new Generator.Step("BatchWriteItem", request);
		}
		request.put("RequestItems", Map.of(table.name(), Map.of("Keys", List.of())));
		return new Generator.Step("BatchGetItem", request);
	}

	private Generator.Step badCreateTable() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = table.createRequest();
		request.put("TableName", "bad_" + this.g.nextInt(3));
		switch (this.g.nextInt(9)) {
			case 0 -> request.remove("AttributeDefinitions");
			case 1 ->
				request.put("AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "BOOL")));
			case 2 -> {
				List<Object> definitions = new ArrayList<>((List<?>) request.get("AttributeDefinitions"));
				definitions.add(Map.of("AttributeName", "unused", "AttributeType", "S"));
				request.put("AttributeDefinitions", definitions);
			}
			case 3 -> request.put("KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "RANGE")));
			case 4 -> request.put("TableName", this.g.pick("a", "bad name", "x".repeat(256)));
			case 5 -> request.put("BillingMode", "PROVISIONED");
			case 6 -> request.put("LocalSecondaryIndexes",
					List.of(Map.of("IndexName", "l", "KeySchema",
							List.of(Map.of("AttributeName", "a", "KeyType", "HASH")), "Projection",
							Map.of("ProjectionType", "ALL"))));
			case 7 -> request.put("TableName", table.name());
			default -> request.put("GlobalSecondaryIndexes",
					List.of(Map.of("IndexName", "g", "KeySchema",
							List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")), "Projection",
							Map.of("ProjectionType", "INCLUDE"))));
		}
		return new Generator.Step("CreateTable", request);
	}

	private Generator.Step missingTable() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", "missing_table");
		String operation = this.g.pick("GetItem", "Scan", "DescribeTable", "DeleteTable", "PutItem", "Query");
		switch (operation) {
			case "GetItem" -> request.put("Key", Map.of("pk", Generator.av("S", "p0")));
			case "PutItem" -> request.put("Item", Map.of("pk", Generator.av("S", "p0")));
			case "Query" -> {
				request.put("KeyConditionExpression", "pk = :k");
				request.put("ExpressionAttributeValues", Map.of(":k", Generator.av("S", "p0")));
			}
			default -> {
			}
		}
		return new Generator.Step(operation, request);
	}

	private Generator.Step legacyAndExpression() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		request.put("Key", this.g.key(table));
		int r = this.g.nextInt(3);
		if (r == 0) {
			request.put("AttributesToGet", List.of("a"));
			request.put("ProjectionExpression", "a");
			return new Generator.Step("GetItem", request);
		}
		if (r == 1) {
			request.put("Expected", Map.of("a", Map.of("Exists", false)));
			request.put("ConditionExpression", "attribute_exists(a)");
			return new Generator.Step("DeleteItem", request);
		}
		request.put("AttributeUpdates", Map.of("a", Map.of("Action", "PUT", "Value", Generator.av("S", "x"))));
		request.put("UpdateExpression", "SET a = :v0");
		request.put("ExpressionAttributeValues", Map.of(":v0", Generator.av("S", "y")));
		return new Generator.Step("UpdateItem", request);
	}

	private Generator.Step badProjection() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		request.put("Key", this.g.key(table));
		request.put("ProjectionExpression", this.g.pick("", "a,", "a, a", "m, m.x", "l[0], l", "a b", "a[", "#", ":v0",
				"a.b.", "l[0][1]", "m.x, m.x.y"));
		return new Generator.Step("GetItem", request);
	}

	private Generator.Step badStartKey() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		Map<String, Object> start = this.g.key(table);
		switch (this.g.nextInt(3)) {
			case 0 -> start.put("a", Generator.av("S", "x"));
			case 1 -> start.remove(table.hash().name());
			default -> start.put(table.hash().name(), Generator.av("BOOL", true));
		}
		request.put("ExclusiveStartKey", start);
		return new Generator.Step("Scan", request);
	}

	private Generator.Step badReturnValues() {
		Schemas.Table table = this.g.table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		String operation = this.g.pick("PutItem", "DeleteItem", "UpdateItem");
		if (operation.equals("PutItem")) {
			request.put("Item", this.g.item(table));
		}
		else {
			request.put("Key", this.g.key(table));
		}
		if (operation.equals("UpdateItem")) {
			request.put("UpdateExpression", "SET a = :v0");
			request.put("ExpressionAttributeValues", Map.of(":v0", Generator.av("S", "a")));
		}
		request.put("ReturnValues", this.g.pick("ALL_NEW", "UPDATED_OLD", "all_old", "NOTHING"));
		request.put("ReturnItemCollectionMetrics", this.g.pick("SIZE", "NONE", "ALL"));
		return new Generator.Step(operation, request);
	}

}
