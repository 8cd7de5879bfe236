/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.math.BigDecimal;
import java.util.List;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import org.springframework.data.repository.CrudRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AllowScan} is the only way a repository method scans: on a repository it exposes
 * {@code findAll()}, {@code count()} and {@code deleteAll()}; on a method it lets a
 * derived query that no key query serves (or that uses {@code Or}) scan with the same
 * filter. A method that a key query serves still queries.
 *
 * @author dynamo-spring-boot authors
 */
class AllowScanTests {

	private static RecordingDynamo dynamo;

	private static ScanningBookings scanning;

	private static ScanMethods methods;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Booking.class);
		scanning = dynamo.repository(ScanningBookings.class);
		methods = dynamo.repository(ScanMethods.class);
	}

	@AfterAll
	static void stop() {
		dynamo.close();
	}

	@BeforeEach
	void fill() {
		scanning.deleteAll();
		scanning.saveAll(List.of(booking("ann", "2026-01-01", 100), booking("ann", "2026-01-02", 200),
				booking("bob", "2026-01-01", 100), booking("cy", "2026-01-05", 300)));
		dynamo.clear();
	}

	private static Booking booking(String guest, String arrival, int price) {
		return new Booking(guest, arrival, "H1", 1, "1", "OPEN", BigDecimal.valueOf(price), null, false, null);
	}

	@Test
	void anAllowScanCrudRepositoryScansForFindAllCountAndDeleteAll() {
		assertThat(scanning.findAll()).hasSize(4);
		assertThat(scanning.count()).isEqualTo(4);
		assertThat(dynamo.requests(ScanRequest.class)).hasSize(2);
		scanning.deleteAll();
		assertThat(scanning.count()).isZero();
	}

	@Test
	void anAllowScanMethodThatNoKeyQueryServesScansWithTheFilter() {
		assertThat(methods.findByPrice(BigDecimal.valueOf(100))).extracting(Booking::guestId)
			.containsExactlyInAnyOrder("ann", "bob");
		assertThat(dynamo.requests(ScanRequest.class)).singleElement()
			.satisfies((scan) -> assertThat(scan.filterExpression()).isEqualTo("#n0 = :v0"));
	}

	@Test
	void anAllowScanMethodWithOrScansWithBothAlternatives() {
		assertThat(methods.findByGuestIdOrPriceGreaterThan("bob", BigDecimal.valueOf(250))).extracting(Booking::guestId)
			.containsExactlyInAnyOrder("bob", "cy");
		assertThat(dynamo.requests(ScanRequest.class)).singleElement()
			.satisfies((scan) -> assertThat(scan.filterExpression()).contains(" OR "));
	}

	@Test
	void anAllowScanMethodThatAKeyQueryServesStillQueries() {
		assertThat(methods.findByGuestIdAndPrice("ann", BigDecimal.valueOf(200))).extracting(Booking::arrival)
			.containsExactly("2026-01-02");
		assertThat(dynamo.requests(ScanRequest.class)).isEmpty();
		assertThat(dynamo.requests(QueryRequest.class)).hasSize(1);
	}

	@Test
	void countExistsAndDeleteByScanToo() {
		assertThat(methods.countByPrice(BigDecimal.valueOf(100))).isEqualTo(2);
		assertThat(methods.existsByPrice(BigDecimal.valueOf(300))).isTrue();
		assertThat(methods.existsByPrice(BigDecimal.valueOf(999))).isFalse();
		assertThat(methods.deleteByPrice(BigDecimal.valueOf(100))).isEqualTo(2);
		assertThat(scanning.count()).isEqualTo(2);
		assertThat(dynamo.requests(QueryRequest.class)).isEmpty();
	}

	@Test
	void aScanPagesWithDynamoPageTokens() {
		DynamoPage<Booking> first = methods.findByPriceLessThan(BigDecimal.valueOf(1000), DynamoPageRequest.first(3));
		assertThat(first.nextToken()).isNotNull();
		DynamoPage<Booking> second = methods.findByPriceLessThan(BigDecimal.valueOf(1000),
				DynamoPageRequest.of(3, first.nextToken()));
		assertThat(first.items().size() + second.items().size()).isEqualTo(4);
		assertThat(dynamo.requests(QueryRequest.class)).isEmpty();
		assertThat(dynamo.requests(ScanRequest.class)).hasSize(2);
	}

	@AllowScan
	interface ScanningBookings extends CrudRepository<Booking, DynamoKey> {

	}

	interface ScanMethods extends DynamoRepository<Booking, DynamoKey> {

		@AllowScan
		List<Booking> findByPrice(BigDecimal price);

		@AllowScan
		List<Booking> findByGuestIdOrPriceGreaterThan(String guestId, BigDecimal price);

		@AllowScan
		List<Booking> findByGuestIdAndPrice(String guestId, BigDecimal price);

		@AllowScan
		DynamoPage<Booking> findByPriceLessThan(BigDecimal price, DynamoPageRequest page);

		@AllowScan
		long countByPrice(BigDecimal price);

		@AllowScan
		boolean existsByPrice(BigDecimal price);

		@AllowScan
		long deleteByPrice(BigDecimal price);

	}

}
