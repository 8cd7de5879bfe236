/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.util.List;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.repository.fixtures.Account;
import io.dynamo.spring.repository.fixtures.AccountRepository;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.fixtures.BookingRepository;
import io.dynamo.spring.repository.fixtures.Message;
import io.dynamo.spring.repository.fixtures.MessageRepository;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * CRUD through repositories against the embedded database: keys as {@link DynamoKey}, as
 * the partition key's type and as a user's key record; batches for the {@code ...All}
 * methods, one conditional write per versioned entity.
 *
 * @author dynamo-spring-boot authors
 */
class RepositoryCrudTests {

	private static RecordingDynamo dynamo;

	private static BookingRepository bookings;

	private static AccountRepository accounts;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Booking.class, Account.class, Message.class);
		bookings = dynamo.repository(BookingRepository.class);
		accounts = dynamo.repository(AccountRepository.class);
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
	void whenSavingThenFindByIdReadsTheEntityBack() {
		Booking saved = bookings.save(Booking.of("dee", "2026-05-01", "H9"));
		assertThat(saved).isEqualTo(Booking.of("dee", "2026-05-01", "H9"));
		assertThat(bookings.findById(DynamoKey.of("dee", "2026-05-01"))).contains(saved);
		assertThat(bookings.findById(DynamoKey.of("dee", "2026-05-02"))).isEmpty();
	}

	@Test
	void existsByIdReadsTheKeyAttributesOnly() {
		bookings.save(Booking.of("eve", "2026-05-01", "H9"));
		dynamo.clear();
		assertThat(bookings.existsById(DynamoKey.of("eve", "2026-05-01"))).isTrue();
		assertThat(bookings.existsById(DynamoKey.of("eve", "2026-05-09"))).isFalse();
		assertThat(dynamo.requests(GetItemRequest.class)).hasSize(2)
			.allSatisfy((request) -> assertThat(request.projectionExpression()).isNotNull());
	}

	@Test
	void saveAllOfUnversionedEntitiesWritesBatchesAndFindAllByIdReadsBatches() {
		List<Booking> many = java.util.stream.IntStream.range(0, 30)
			.mapToObj((i) -> Booking.of("fay", String.format("2026-06-%02d", i + 1), "H1"))
			.toList();
		assertThat(bookings.saveAll(many)).containsExactlyElementsOf(many);
		assertThat(dynamo.requests(BatchWriteItemRequest.class)).hasSize(2);
		assertThat(dynamo.requests(PutItemRequest.class)).isEmpty();
		dynamo.clear();
		List<Booking> found = bookings.findAllById(List.of(DynamoKey.of("fay", "2026-06-01"),
				DynamoKey.of("fay", "2026-06-30"), DynamoKey.of("fay", "2026-07-01")));
		assertThat(found).extracting(Booking::arrival).containsExactlyInAnyOrder("2026-06-01", "2026-06-30");
		assertThat(dynamo.requests(BatchGetItemRequest.class)).hasSize(1);
	}

	@Test
	void deleteByIdDeleteAndDeleteAllRemoveTheItems() {
		bookings.saveAll(List.of(Booking.of("gus", "2026-01-01", "H1"), Booking.of("gus", "2026-01-02", "H1"),
				Booking.of("gus", "2026-01-03", "H1"), Booking.of("gus", "2026-01-04", "H1"),
				Booking.of("gus", "2026-01-05", "H1")));
		bookings.deleteById(DynamoKey.of("gus", "2026-01-01"));
		bookings.delete(Booking.of("gus", "2026-01-02", "H1"));
		bookings.deleteAllById(List.of(DynamoKey.of("gus", "2026-01-03")));
		bookings.deleteAll(List.of(Booking.of("gus", "2026-01-04", "H1")));
		bookings.deleteById(DynamoKey.of("gus", "2026-12-31"));
		assertThat(bookings.findByGuestId("gus")).extracting(Booking::arrival).containsExactly("2026-01-05");
	}

	@Test
	void versionedEntitiesAreWrittenOneConditionalRequestEachSoThatVersionsHold() {
		Account saved = accounts.save(Account.of("a1", "ann"));
		assertThat(saved.version()).isEqualTo(1L);
		assertThat(saved.created()).isNotNull();
		Account updated = accounts.save(saved.withOwner("bob"));
		assertThat(updated.version()).isEqualTo(2L);
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> accounts.save(saved.withOwner("cy")));
		dynamo.clear();
		List<Account> all = accounts.saveAll(List.of(Account.of("a2", "dee"), Account.of("a3", "eve")));
		assertThat(all).extracting(Account::version).containsExactly(1L, 1L);
		assertThat(dynamo.requests(PutItemRequest.class)).hasSize(2)
			.allSatisfy((request) -> assertThat(request.conditionExpression()).isNotNull());
		assertThat(dynamo.requests(BatchWriteItemRequest.class)).isEmpty();
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> accounts.delete(saved));
		accounts.deleteAll(List.of(updated));
		assertThat(accounts.findById("a1")).isEmpty();
		assertThat(accounts.findAllById(List.of("a2", "a3"))).hasSize(2);
	}

	@Test
	void aKeyRecordNamedAfterTheKeyAttributesServesAsTheId() {
		BookingKeyRepository byRecord = dynamo.repository(BookingKeyRepository.class);
		Booking saved = byRecord.save(Booking.of("hal", "2026-02-02", "H2"));
		assertThat(byRecord.findById(new BookingKey("hal", "2026-02-02"))).contains(saved);
		byRecord.deleteById(new BookingKey("hal", "2026-02-02"));
		assertThat(byRecord.existsById(new BookingKey("hal", "2026-02-02"))).isFalse();
	}

	@Test
	void templatedKeysTakeTheValuesOfTheTemplatesAttributes() {
		MessageRepository messages = dynamo.repository(MessageRepository.class);
		messages
			.saveAll(List.of(new Message("r9", "2026-01-01T00:00", "a"), new Message("r9", "2026-01-02T00:00", "b")));
		assertThat(messages.findById(DynamoKey.of("r9", "2026-01-02T00:00"))).map(Message::text).contains("b");
		messages.deleteAll(messages.findByRoomId("r9"));
		assertThat(messages.findByRoomId("r9")).isEmpty();
	}

	@Test
	void noCrudMethodScans() {
		bookings.save(Booking.of("ivy", "2026-03-03", "H3"));
		bookings.findById(DynamoKey.of("ivy", "2026-03-03"));
		bookings.deleteAll(List.of(Booking.of("ivy", "2026-03-03", "H3")));
		assertThat(dynamo.requests(ScanRequest.class)).isEmpty();
	}

	/**
	 * A key record whose components are named after the table's key attributes.
	 *
	 * @param guestId the partition key value
	 * @param arrival the sort key value
	 */
	record BookingKey(String guestId, String arrival) {

	}

	interface BookingKeyRepository extends DynamoRepository<Booking, BookingKey> {

	}

}
