/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testsupport;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * A WireMock transformer that plays DynamoDB's {@code BatchWriteItem} and
 * {@code BatchGetItem} with unprocessed items: it returns the second half of every
 * request as unprocessed (a shrinking remainder), never processes keys starting with
 * {@code poison}, and can throttle the first requests. It counts every item it processed.
 *
 * @author dynamo-spring-boot authors
 */
public final class FakeBatchDynamo implements ResponseDefinitionTransformerV2 {

	private static final JsonMapper json = JsonMapper.shared();

	private final Set<String> written = ConcurrentHashMap.newKeySet();

	private final AtomicInteger received = new AtomicInteger();

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger duplicateWrites = new AtomicInteger();

	private volatile int throttleFirst;

	@Override
	public String getName() {
		return "fake-batch-dynamo";
	}

	@Override
	public boolean applyGlobally() {
		return true;
	}

	/**
	 * Answer the next requests with a throttling error.
	 * @param count how many requests to throttle
	 */
	public void throttleFirst(int count) {
		this.throttleFirst = count;
	}

	/**
	 * Return the distinct items written.
	 * @return the keys, as {@code table|pk|sk}
	 */
	public Set<String> written() {
		return this.written;
	}

	/**
	 * Return how many write or key entries arrived in all, resubmissions included.
	 * @return the count
	 */
	public int received() {
		return this.received.get();
	}

	/**
	 * Return how many batch requests arrived.
	 * @return the count
	 */
	public int requests() {
		return this.requests.get();
	}

	/**
	 * Return how many writes arrived for an item already written.
	 * @return the count
	 */
	public int duplicateWrites() {
		return this.duplicateWrites.get();
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		int number = this.requests.incrementAndGet();
		if (number <= this.throttleFirst) {
			return responseDefinition().withStatus(400)
				.withHeader("Content-Type", "application/x-amz-json-1.0")
				.withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
						+ "\"message\":\"throttled\"}")
				.build();
		}
		String target = serveEvent.getRequest().getHeader("X-Amz-Target");
		JsonNode body = json.readTree(serveEvent.getRequest().getBodyAsString());
		ObjectNode response = target.endsWith("BatchWriteItem") ? write(body) : get(body);
		return responseDefinition().withStatus(200)
			.withHeader("Content-Type", "application/x-amz-json-1.0")
			.withBody(json.writeValueAsString(response))
			.build();
	}

	private ObjectNode write(JsonNode body) {
		ObjectNode unprocessed = json.createObjectNode();
		for (Map.Entry<String, JsonNode> table : body.get("RequestItems").properties()) {
			ArrayNode writes = (ArrayNode) table.getValue();
			int keep = (writes.size() + 1) / 2;
			ArrayNode rest = json.createArrayNode();
			int index = 0;
			for (JsonNode write : writes) {
				this.received.incrementAndGet();
				JsonNode item = write.has("PutRequest") ? write.get("PutRequest").get("Item")
						: write.get("DeleteRequest").get("Key");
				String key = table.getKey() + "|" + key(item);
				if (!key.contains("|poison") && index++ < keep) {
					if (!this.written.add(key)) {
						this.duplicateWrites.incrementAndGet();
					}
				}
				else {
					rest.add(write);
				}
			}
			if (!rest.isEmpty()) {
				unprocessed.set(table.getKey(), rest);
			}
		}
		ObjectNode response = json.createObjectNode();
		response.set("UnprocessedItems", unprocessed);
		return response;
	}

	private ObjectNode get(JsonNode body) {
		ObjectNode responses = json.createObjectNode();
		ObjectNode unprocessed = json.createObjectNode();
		for (Map.Entry<String, JsonNode> table : body.get("RequestItems").properties()) {
			ArrayNode keys = (ArrayNode) table.getValue().get("Keys");
			int keep = (keys.size() + 1) / 2;
			ArrayNode items = json.createArrayNode();
			ArrayNode rest = json.createArrayNode();
			Iterator<JsonNode> iterator = keys.iterator();
			int index = 0;
			while (iterator.hasNext()) {
				JsonNode key = iterator.next();
				this.received.incrementAndGet();
				if (!key(key).contains("poison") && index++ < keep) {
					ObjectNode item = ((ObjectNode) key).deepCopy();
					item.set("payload", json.createObjectNode().put("S", "from-fake"));
					items.add(item);
				}
				else {
					rest.add(key);
				}
			}
			responses.set(table.getKey(), items);
			if (!rest.isEmpty()) {
				unprocessed.set(table.getKey(), json.createObjectNode().set("Keys", rest));
			}
		}
		ObjectNode response = json.createObjectNode();
		response.set("Responses", responses);
		response.set("UnprocessedKeys", unprocessed);
		return response;
	}

	private static String key(JsonNode item) {
		StringBuilder out = new StringBuilder();
		for (String name : new String[] { "bucket", "seq" }) {
			JsonNode value = item.get(name);
			if (value != null) {
				out.append(value.has("S") ? value.get("S").asString() : value.get("N").asString()).append('|');
			}
		}
		return out.toString();
	}

}
