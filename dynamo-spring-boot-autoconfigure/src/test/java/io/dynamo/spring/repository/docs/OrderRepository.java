/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.docs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.repository.AllowScan;
import io.dynamo.spring.repository.DynamoPageRequest;
import io.dynamo.spring.repository.DynamoRepository;
import io.dynamo.spring.repository.Query;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

// tag::repository[]
public interface OrderRepository extends DynamoRepository<Order, DynamoKey> {

	// key condition: customerId = :v0 AND placedOn BETWEEN :v1 AND :v2
	List<Order> findByCustomerIdAndPlacedOnBetween(String customerId, String from, String to);

	// key condition on customerId, filter on total
	List<Order> findByCustomerIdAndTotalGreaterThan(String customerId, BigDecimal total);

	// one Query with Limit=1, in descending sort-key order
	Optional<Order> findFirstByCustomerIdOrderByPlacedOnDesc(String customerId);

	// global index byStatus (its partition key is status), keyset scrolling
	Window<Order> findFirst20ByStatus(String status, ScrollPosition position);

	// one page with an authenticated token for a web API
	DynamoPage<Order> findByCustomerId(String customerId, DynamoPageRequest page);

	// Select=COUNT
	long countByCustomerId(String customerId);

	// ProjectionExpression: placedOn, total and the keys
	List<OrderTotal> findTotalsByCustomerId(String customerId);

	// no key query serves it: it scans, because it says so
	@AllowScan
	List<Order> findByTotalGreaterThan(BigDecimal total);

	// PartiQL, parameters bound as values
	@Query("SELECT * FROM \"#{#tableName}\" WHERE customerId = ? AND status = ?")
	List<Order> ordersWithStatus(String customerId, String status);

}
// end::repository[]
