/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An HTTP client that never opens a socket: it answers each DynamoDB operation (told by
 * its {@code X-Amz-Target} header) with a canned response in DynamoDB's wire format, so
 * the whole SDK pipeline (marshalling, signing, interceptors, unmarshalling) runs and
 * only the client-side cost is measured.
 *
 * @author dynamo-spring-boot authors
 */
final class StubDynamoHttpClient implements SdkHttpClient {

	private final Map<String, byte[]> responses;

	private final long pagedItems;

	private final int pageSize;

	private final Map<String, byte[]> lastPages;

	private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();

	private StubDynamoHttpClient(Map<String, byte[]> responses) {
		this(responses, 0, 0, Map.of());
	}

	private StubDynamoHttpClient(Map<String, byte[]> responses, long pagedItems, int pageSize,
			Map<String, byte[]> lastPages) {
		this.responses = responses;
		this.pagedItems = pagedItems;
		this.pageSize = pageSize;
		this.lastPages = lastPages;
	}

	/**
	 * A stub whose queries and scans return {@code totalItems} copies of the item, in
	 * pages of {@code pageSize} items that carry a {@code LastEvaluatedKey} until the
	 * last one; the count starts again after the last page.
	 * @param item the stored item
	 * @param pageSize the items per page
	 * @param totalItems the items in all pages of one query or scan
	 * @return the client
	 */
	static StubDynamoHttpClient paging(Map<String, AttributeValue> item, int pageSize, long totalItems) {
		List<Map<String, AttributeValue>> page = page(item, pageSize);
		String items = "\"Count\":" + pageSize + ",\"Items\":" + WireJson.items(page) + ",\"ScannedCount\":" + pageSize;
		Map<String, AttributeValue> lastKey = Map.of("pk", item.get("pk"), "sk", page.get(pageSize - 1).get("sk"));
		byte[] more = body(items + ",\"LastEvaluatedKey\":" + WireJson.item(lastKey), null);
		byte[] last = body(items, null);
		return new StubDynamoHttpClient(Map.of("Query", more, "Scan", more), totalItems, pageSize,
				Map.of("Query", last, "Scan", last));
	}

	private static List<Map<String, AttributeValue>> page(Map<String, AttributeValue> item, int pageSize) {
		List<Map<String, AttributeValue>> page = new ArrayList<>(pageSize);
		for (int i = 0; i < pageSize; i++) {
			Map<String, AttributeValue> copy = new HashMap<>(item);
			copy.put("sk", AttributeValue.fromS(String.format("s%09d", i)));
			page.add(copy);
		}
		return page;
	}

	/**
	 * A stub whose reads return the given item and whose queries and scans return one
	 * page of {@code pageSize} such items (with increasing sort keys).
	 * @param item the stored item
	 * @param pageSize the items in the one query page
	 * @param table the table named in the consumed capacity
	 * @param consumedCapacity whether to report consumed capacity (as DynamoDB does when
	 * asked, which the metrics and the limiter do)
	 * @return the client
	 */
	static StubDynamoHttpClient forItem(Map<String, AttributeValue> item, int pageSize, String table,
			boolean consumedCapacity) {
		String itemJson = WireJson.item(item);
		List<Map<String, AttributeValue>> page = page(item, pageSize);
		String capacity = consumedCapacity ? "\"ConsumedCapacity\":{\"TableName\":\"" + table
				+ "\",\"CapacityUnits\":1.0,\"Table\":" + "{\"CapacityUnits\":1.0}}" : null;
		Map<String, byte[]> responses = new HashMap<>();
		responses.put("GetItem", body("\"Item\":" + itemJson, capacity));
		responses.put("PutItem", body(null, capacity));
		responses.put("UpdateItem", body("\"Attributes\":" + itemJson, capacity));
		responses.put("DeleteItem", body("\"Attributes\":" + itemJson, capacity));
		String items = "\"Count\":" + pageSize + ",\"Items\":" + WireJson.items(page) + ",\"ScannedCount\":" + pageSize;
		responses.put("Query", body(items, capacity));
		responses.put("Scan", body(items, capacity));
		responses.put("BatchWriteItem", body("\"UnprocessedItems\":{}", null));
		responses.put("TransactWriteItems", body(null, null));
		return new StubDynamoHttpClient(responses);
	}

	private static byte[] body(@Nullable String fields, @Nullable String capacity) {
		StringBuilder json = new StringBuilder("{");
		if (fields != null) {
			json.append(fields);
		}
		if (capacity != null) {
			json.append((fields != null) ? "," : "").append(capacity);
		}
		return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		String target = request.httpRequest()
			.firstMatchingHeader("X-Amz-Target")
			.orElseThrow(() -> new IllegalStateException("Not a DynamoDB request: no X-Amz-Target header"));
		String operation = target.substring(target.indexOf('.') + 1);
		byte[] body = this.responses.get(operation);
		byte[] lastPage = this.lastPages.get(operation);
		if (lastPage != null) {
			AtomicLong served = this.served.computeIfAbsent(operation, (name) -> new AtomicLong());
			if (served.addAndGet(this.pageSize) >= this.pagedItems) {
				served.set(0);
				body = lastPage;
			}
		}
		if (body == null) {
			throw new IllegalStateException("No canned response for " + operation);
		}
		byte[] content = body;
		return new ExecutableHttpRequest() {

			@Override
			public HttpExecuteResponse call() {
				SdkHttpResponse response = SdkHttpResponse.builder()
					.statusCode(200)
					.putHeader("Content-Type", "application/x-amz-json-1.0")
					.putHeader("Content-Length", Integer.toString(content.length))
					.putHeader("x-amzn-RequestId", "stub")
					.build();
				return HttpExecuteResponse.builder()
					.response(response)
					.responseBody(AbortableInputStream.create(new ByteArrayInputStream(content)))
					.build();
			}

			@Override
			public void abort() {
			}

		};
	}

	@Override
	public String clientName() {
		return "stub";
	}

	@Override
	public void close() {
	}

}
