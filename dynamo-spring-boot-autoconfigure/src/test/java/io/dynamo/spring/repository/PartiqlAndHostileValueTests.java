/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Query @Query} PartiQL statements (a select with parameters and a modifying
 * statement), and parameters that look like expression or statement text: they are always
 * sent as values.
 *
 * @author dynamo-spring-boot authors
 */
class PartiqlAndHostileValueTests {

	private static final String HOSTILE = "x' OR '1'='1";

	private static final String EXPRESSION_TEXT = ":v0 OR #n0 = :v0) OR (attribute_exists(guestId)";

	private static RecordingDynamo dynamo;

	private static Statements statements;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Booking.class);
		statements = dynamo.repository(Statements.class);
	}

	@AfterAll
	static void stop() {
		dynamo.close();
	}

	@BeforeEach
	void fill() {
		statements.saveAll(
				List.of(new Booking("ann", "2026-01-01", "H1", 1, "1", "OPEN", BigDecimal.ONE, null, false, "a ? mark"),
						new Booking("ann", "2026-01-02", "H1", 1, "1", "PAID", BigDecimal.ONE, null, false, null),
						new Booking("bob", "2026-01-01", "H1", 1, "1", "OPEN", BigDecimal.ONE, null, false, null)));
		dynamo.clear();
	}

	@Test
	void aSelectStatementBindsItsParametersAsValues() {
		assertThat(statements.arrivalsFrom("ann", "2026-01-02")).extracting(Booking::arrival)
			.containsExactly("2026-01-02");
		assertThat(dynamo.requests(ExecuteStatementRequest.class)).singleElement().satisfies((request) -> {
			assertThat(request.statement()).isEqualTo("SELECT * FROM \"bookings\" WHERE guestId = ? AND arrival >= ?");
			assertThat(request.parameters()).hasSize(2);
		});
	}

	@Test
	void aSelectStatementReturnsStreamsAndOptionals() {
		try (Stream<Booking> stream = statements.streamOf("ann")) {
			assertThat(stream).hasSize(2);
		}
		assertThat(statements.one("bob", "2026-01-01")).map(Booking::guestId).contains("bob");
		assertThat(statements.one("bob", "2026-09-09")).isEmpty();
	}

	@Test
	void aModifyingStatementRunsWithItsParameters() {
		statements.setStatus("CANCELLED", "ann", "2026-01-01");
		assertThat(statements.findById(DynamoKey.of("ann", "2026-01-01"))).map(Booking::status).contains("CANCELLED");
		assertThat(statements.findById(DynamoKey.of("ann", "2026-01-02"))).map(Booking::status).contains("PAID");
	}

	@Test
	void hostileStringsInStatementParametersMatchNothing() {
		assertThat(statements.arrivalsFrom(HOSTILE, "2026-01-01")).isEmpty();
		statements.setStatus(HOSTILE, "bob", "2026-01-01");
		assertThat(statements.findById(DynamoKey.of("bob", "2026-01-01"))).map(Booking::status).contains(HOSTILE);
		assertThat(statements.findById(DynamoKey.of("ann", "2026-01-01"))).map(Booking::status).contains("OPEN");
	}

	@Test
	void hostileStringsInDerivedQueryParametersAreValues() {
		assertThat(statements.findByGuestIdAndStatus("ann", EXPRESSION_TEXT)).isEmpty();
		assertThat(statements.findByGuestIdAndStatus(HOSTILE, "OPEN")).isEmpty();
		assertThat(statements.findByGuestIdAndCommentContaining("ann", "?")).extracting(Booking::arrival)
			.containsExactly("2026-01-01");
		assertThat(statements.countByGuestIdAndStatusIn("ann", List.of(EXPRESSION_TEXT, HOSTILE))).isZero();
	}

	interface Statements extends DynamoRepository<Booking, DynamoKey> {

		@Query("SELECT * FROM \"#{#tableName}\" WHERE guestId = ? AND arrival >= ?")
		List<Booking> arrivalsFrom(String guestId, String arrival);

		@Query("SELECT * FROM \"#{#tableName}\" WHERE guestId = ?")
		Stream<Booking> streamOf(String guestId);

		@Query("SELECT * FROM \"#{#tableName}\" WHERE guestId = ? AND arrival = ?")
		Optional<Booking> one(String guestId, String arrival);

		@Query("UPDATE \"#{#tableName}\" SET status = ? WHERE guestId = ? AND arrival = ?")
		void setStatus(String status, String guestId, String arrival);

		List<Booking> findByGuestIdAndStatus(String guestId, String status);

		List<Booking> findByGuestIdAndCommentContaining(String guestId, String part);

		long countByGuestIdAndStatusIn(String guestId, List<String> statuses);

	}

}
