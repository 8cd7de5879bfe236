/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as declared and configured: everything DescribeTable shows except the counts.
 * Immutable; a change makes a new definition ({@link Table#redefine}).
 *
 * @param name the table name
 * @param arn {@code arn:aws:dynamodb:<region>:000000000000:table/<name>}
 * @param tableId a random UUID
 * @param created the creation time on the engine clock
 * @param status ACTIVE, UPDATING, DELETING
 * @param keySchema the primary key
 * @param attributeDefinitions the declared attribute types by name, in request order
 * @param globalIndexes the global secondary indexes
 * @param localIndexes the local secondary indexes
 * @param billingMode PROVISIONED or PAY_PER_REQUEST
 * @param throughput the provisioned throughput ({@link Throughput#ON_DEMAND} when on
 * demand)
 * @param lastPayPerRequest when the table last became on-demand, or null
 * @param stream the stream settings
 * @param timeToLive the TTL setting
 * @param tags the tags, in insertion order
 */
public record TableDefinition(String name, String arn, String tableId, Instant created, String status,
		KeySchema keySchema, Map<String, String> attributeDefinitions, List<IndexDefinition> globalIndexes,
		List<IndexDefinition> localIndexes, String billingMode, Throughput throughput, Instant lastPayPerRequest,
		StreamSettings stream, TimeToLive timeToLive, Map<String, String> tags) {

	public TableDefinition {
		attributeDefinitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributeDefinitions));
		globalIndexes = List.copyOf(globalIndexes);
		localIndexes = List.copyOf(localIndexes);
		tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
	}

	/** Whether the table is billed per request. */
	public boolean onDemand() {
		return "PAY_PER_REQUEST".equals(this.billingMode);
	}

	/** The index of that name, global or local, or null. */
	public IndexDefinition index(String name) {
		for (IndexDefinition index : this.globalIndexes) {
			if (index.name().equals(name)) {
				return index;
			}
		}
		for (IndexDefinition index : this.localIndexes) {
			if (index.name().equals(name)) {
				return index;
			}
		}
		return null;
	}

	/** Global indexes, then local ones. */
	public List<IndexDefinition> indexes() {
		List<IndexDefinition> all = new ArrayList<>(this.globalIndexes);
		all.addAll(this.localIndexes);
		return all;
	}

	public TableDefinition withStatus(String status) {
		return new TableDefinition(this.name, this.arn, this.tableId, this.created, status, this.keySchema,
				this.attributeDefinitions, this.globalIndexes, this.localIndexes, this.billingMode, this.throughput,
				this.lastPayPerRequest, this.stream, this.timeToLive, this.tags);
	}

	public TableDefinition withGlobalIndexes(List<IndexDefinition> globalIndexes,
			Map<String, String> attributeDefinitions) {
		return new TableDefinition(this.name, this.arn, this.tableId, this.created, this.status, this.keySchema,
				attributeDefinitions, globalIndexes, this.localIndexes, this.billingMode, this.throughput,
				this.lastPayPerRequest, this.stream, this.timeToLive, this.tags);
	}

	public TableDefinition withBilling(String billingMode, Throughput throughput, Instant lastPayPerRequest) {
		return new TableDefinition(this.name, this.arn, this.tableId, this.created, this.status, this.keySchema,
				this.attributeDefinitions, this.globalIndexes, this.localIndexes, billingMode, throughput,
				lastPayPerRequest, this.stream, this.timeToLive, this.tags);
	}

	public TableDefinition withStream(StreamSettings stream) {
		return new TableDefinition(this.name, this.arn, this.tableId, this.created, this.status, this.keySchema,
				this.attributeDefinitions, this.globalIndexes, this.localIndexes, this.billingMode, this.throughput,
				this.lastPayPerRequest, stream, this.timeToLive, this.tags);
	}

	public TableDefinition withTimeToLive(TimeToLive timeToLive) {
		return new TableDefinition(this.name, this.arn, this.tableId, this.created, this.status, this.keySchema,
				this.attributeDefinitions, this.globalIndexes, this.localIndexes, this.billingMode, this.throughput,
				this.lastPayPerRequest, this.stream, timeToLive, this.tags);
	}

	public TableDefinition withTags(Map<String, String> tags) {
		return new TableDefinition(this.name, this.arn, this.tableId, this.created, this.status, this.keySchema,
				this.attributeDefinitions, this.globalIndexes, this.localIndexes, this.billingMode, this.throughput,
				this.lastPayPerRequest, this.stream, this.timeToLive, tags);
	}

}
