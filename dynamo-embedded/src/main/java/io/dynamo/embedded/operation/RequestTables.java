/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tables a request names, without running it: {@code TableName}, the tables of a
 * batch's {@code RequestItems} and of a transaction's actions. What the hooks around
 * operations (capacity enforcement, fault injection) match on.
 */
public final class RequestTables {

	/** The actions that read items. */
	public static final Set<String> READS = Set.of("GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems");

	/** The actions that write items. */
	public static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
			"TransactWriteItems");

	/** The PartiQL actions. */
	public static final Set<String> PARTIQL = Set.of("ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction");

	private RequestTables() {
	}

	/**
	 * The tables the request names (in order of appearance; empty when none can be told).
	 */
	@SuppressWarnings("unchecked")
	public static Set<String> of(Request request) {
		Set<String> tables = new LinkedHashSet<>();
		Object name = request.body().get("TableName");
		if (name instanceof String s) {
			tables.add(s);
		}
		Object items = request.body().get("RequestItems");
		if (items instanceof Map<?, ?> map) {
			for (Object key : map.keySet()) {
				tables.add(String.valueOf(key));
			}
		}
		Object actions = request.body().get("TransactItems");
		if (actions instanceof List<?> list) {
			for (Object action : list) {
				if (action instanceof Map<?, ?> wrapper) {
					for (Object inner : wrapper.values()) {
						if (inner instanceof Map<?, ?> body && body.get("TableName") instanceof String s) {
							tables.add(s);
						}
					}
				}
			}
		}
		return tables;
	}

	/** Whether the action is a data-plane action (items, not tables). */
	public static boolean dataPlane(String operation) {
		return READS.contains(operation) || WRITES.contains(operation) || PARTIQL.contains(operation);
	}

}
