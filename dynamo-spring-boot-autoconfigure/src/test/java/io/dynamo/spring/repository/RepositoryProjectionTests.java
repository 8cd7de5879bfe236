/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.math.BigDecimal;
import java.util.List;

import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interface, DTO and dynamic projections read only the attributes they need (a
 * {@code ProjectionExpression} of them and the keys), and let a method read a global
 * index that holds only those attributes.
 *
 * @author dynamo-spring-boot authors
 */
class RepositoryProjectionTests {

	private static RecordingDynamo dynamo;

	private static Projections projections;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Booking.class);
		projections = dynamo.repository(Projections.class);
		dynamo.template()
			.batchWrite(BatchWrite.create()
				.put(new Booking("ann", "2026-01-01", "H1", 2, "101", "OPEN", BigDecimal.valueOf(120), null, true, "x"),
						new Booking("ann", "2026-01-02", "H2", 3, "102", "PAID", BigDecimal.valueOf(90), null, false,
								null)));
	}

	@AfterAll
	static void stop() {
		dynamo.close();
	}

	@BeforeEach
	void clear() {
		dynamo.clear();
	}

	private static String projection() {
		QueryRequest request = dynamo.requests(QueryRequest.class).get(0);
		String expression = request.projectionExpression().replace(" ", "");
		for (var name : request.expressionAttributeNames().entrySet()) {
			expression = expression.replace(name.getKey(), name.getValue());
		}
		return expression;
	}

	@Test
	void anInterfaceProjectionReadsItsPropertiesAndTheKeys() {
		List<Summary> summaries = projections.findSummariesByGuestId("ann");
		assertThat(summaries).extracting(Summary::getArrival, Summary::getPrice)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2026-01-01", BigDecimal.valueOf(120)),
					org.assertj.core.groups.Tuple.tuple("2026-01-02", BigDecimal.valueOf(90)));
		assertThat(projection().split(",")).containsExactlyInAnyOrder("arrival", "price", "guestId");
	}

	@Test
	void aDtoProjectionIsBuiltFromItsConstructorParameters() {
		assertThat(projections.findStaysByGuestId("ann")).containsExactly(new Stay("2026-01-01", 2),
				new Stay("2026-01-02", 3));
		assertThat(projection().split(",")).containsExactlyInAnyOrder("arrival", "nights", "guestId");
	}

	@Test
	void aDynamicProjectionChoosesTheTypeAtEachCall() {
		assertThat(projections.findByGuestIdAndArrival("ann", "2026-01-02", Stay.class))
			.containsExactly(new Stay("2026-01-02", 3));
		dynamo.clear();
		assertThat(projections.findByGuestIdAndArrival("ann", "2026-01-02", Summary.class))
			.extracting(Summary::getPrice)
			.containsExactly(BigDecimal.valueOf(90));
		assertThat(projection().split(",")).containsExactlyInAnyOrder("arrival", "price", "guestId");
		dynamo.clear();
		assertThat(projections.findByGuestIdAndArrival("ann", "2026-01-02", Booking.class)).extracting(Booking::hotel)
			.containsExactly("H2");
		assertThat(dynamo.requests(QueryRequest.class).get(0).projectionExpression()).isNull();
	}

	@Test
	void aProjectionOfTheKeysReadsAKeysOnlyGlobalIndex() {
		assertThat(projections.findByStatus("PAID")).containsExactly(new StatusKey("ann", "2026-01-02", "PAID"));
		assertThat(dynamo.requests(QueryRequest.class).get(0).indexName()).isEqualTo("byStatus");
	}

	@Test
	void aProjectionWithAFilterOnAnotherAttributeStillFilters() {
		assertThat(projections.findStaysByGuestIdAndPaidTrue("ann")).containsExactly(new Stay("2026-01-01", 2));
	}

	@Test
	void aSingleProjectedResultIsOptional() {
		assertThat(projections.findStayByGuestIdAndArrival("ann", "2026-01-01")).contains(new Stay("2026-01-01", 2));
	}

	/**
	 * A closed interface projection.
	 */
	interface Summary {

		String getArrival();

		BigDecimal getPrice();

	}

	/**
	 * A DTO projection.
	 *
	 * @param arrival the arrival day
	 * @param nights the nights
	 */
	record Stay(String arrival, Integer nights) {

	}

	/**
	 * The attributes a keys-only index holds.
	 *
	 * @param guestId the guest
	 * @param arrival the arrival day
	 * @param status the status
	 */
	record StatusKey(String guestId, String arrival, String status) {

	}

	interface Projections extends DynamoRepository<Booking, DynamoKey> {

		List<Summary> findSummariesByGuestId(String guestId);

		List<Stay> findStaysByGuestId(String guestId);

		List<Stay> findStaysByGuestIdAndPaidTrue(String guestId);

		java.util.Optional<Stay> findStayByGuestIdAndArrival(String guestId, String arrival);

		<P> List<P> findByGuestIdAndArrival(String guestId, String arrival, Class<P> type);

		List<StatusKey> findByStatus(String status);

	}

}
