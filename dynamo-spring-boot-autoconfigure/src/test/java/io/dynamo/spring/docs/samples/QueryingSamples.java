/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.core.QuerySpec;
import io.dynamo.spring.core.ScanSpec;
import io.dynamo.spring.expression.Projection;
import org.jspecify.annotations.Nullable;

import static io.dynamo.spring.core.SortKeyCondition.between;
import static io.dynamo.spring.expression.Condition.where;

/**
 * The samples of {@code docs/querying.md}, run by {@code SamplesTests}.
 *
 * @author dynamo-spring-boot authors
 */
final class QueryingSamples {

	private QueryingSamples() {
	}

	static List<Order> query(DynamoOperations template) {
		// tag::query[]
		// the partition key value
		QuerySpec<Order> spec = QuerySpec.of(Order.class, "alice")
			// eq, lt, le, gt, ge, between, beginsWith
			.sortKey(between("o-09", "o-11"))
			// the condition DSL; filtered items still cost capacity
			.filter(where("total").gt(100))
			// key attributes are always read
			.projection(Projection.of("total"))
			// descending sort key
			.reverse()
			// items returned in all
			.limit(50)
			// DynamoDB's Limit: items evaluated per request
			.pageSize(25);
		try (Stream<Order> recent = template.query(spec)) {
			return recent.toList();
		}
		// end::query[]
	}

	// tag::page[]
	record OrdersResponse(List<Order> orders, @Nullable String next) {
	}

	static OrdersResponse page(DynamoOperations template, @Nullable String tokenFromClient, int pageSize) {
		DynamoPage<Order> page = template.queryPage(QuerySpec.of(Order.class, "alice").pageSize(pageSize),
				tokenFromClient);
		return new OrdersResponse(page.items(), page.nextToken()); // nextToken() is null
																	// on the last page
	}
	// end::page[]

	static long scans(DynamoOperations template) {
		long open;
		BigDecimal total;
		// tag::scan[]
		try (Stream<Order> all = template.scan(ScanSpec.of(Order.class).filter(where("status").eq("OPEN")))) {
			open = all.count();
		}
		// 8 segments merged into one stream, items in no particular order
		try (Stream<Order> all = template.parallelScan(ScanSpec.of(Order.class), 8)) {
			total = all.map(Order::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		// one stream per segment, to hand to your own workers
		List<Stream<Order>> segments = template.scanSegments(ScanSpec.of(Order.class), 8);
		segments.forEach(Stream::close);
		// end::scan[]
		return (total.signum() > 0) ? open : -1;
	}

}
