/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.util.List;

import io.dynamo.spring.repository.fixtures.Account;
import io.dynamo.spring.repository.fixtures.AccountRepository;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.fixtures.BookingRepository;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import io.dynamo.spring.transaction.DynamoTransactionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repository writes inside a DynamoDB transaction join it: at commit they go out as one
 * {@code TransactWriteItems} call, and on rollback nothing is written.
 *
 * @author dynamo-spring-boot authors
 */
class RepositoryTransactionTests {

	private static RecordingDynamo dynamo;

	private static BookingRepository bookings;

	private static AccountRepository accounts;

	private static TransactionTemplate transactions;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Booking.class, Account.class);
		bookings = dynamo.repository(BookingRepository.class);
		accounts = dynamo.repository(AccountRepository.class);
		transactions = new TransactionTemplate(new DynamoTransactionManager(dynamo.client()));
	}

	@AfterAll
	static void stop() {
		dynamo.close();
	}

	@BeforeEach
	void clear() {
		dynamo.clear();
	}

	@Test
	void repositoryWritesInsideATransactionGoOutAsOneTransactWriteItemsAtCommit() {
		transactions.executeWithoutResult((status) -> {
			bookings.save(Booking.of("tx", "2026-01-01", "H1"));
			bookings.saveAll(List.of(Booking.of("tx", "2026-01-02", "H1"), Booking.of("tx", "2026-01-03", "H1")));
			accounts.save(Account.of("tx-1", "ann"));
			assertThat(dynamo.requests()).isEmpty();
		});
		assertThat(dynamo.requests(TransactWriteItemsRequest.class)).singleElement()
			.satisfies((request) -> assertThat(request.transactItems()).hasSize(4));
		assertThat(dynamo.requests(PutItemRequest.class)).isEmpty();
		assertThat(dynamo.requests(BatchWriteItemRequest.class)).isEmpty();
		assertThat(bookings.findByGuestId("tx")).hasSize(3);
		assertThat(accounts.findById("tx-1")).map(Account::version).contains(1L);
	}

	@Test
	void aRolledBackTransactionWritesNothing() {
		transactions.executeWithoutResult((status) -> {
			bookings.save(Booking.of("rb", "2026-01-01", "H1"));
			bookings.deleteById(io.dynamo.spring.core.DynamoKey.of("tx", "2026-01-01"));
			status.setRollbackOnly();
		});
		assertThat(dynamo.requests(TransactWriteItemsRequest.class)).isEmpty();
		assertThat(bookings.findByGuestId("rb")).isEmpty();
	}

}
