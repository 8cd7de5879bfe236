/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.dynamo.spring.auditing.DynamoAuditing;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.repository.callback.AfterConvertCallback;
import io.dynamo.spring.repository.callback.AfterSaveCallback;
import io.dynamo.spring.repository.callback.BeforeConvertCallback;
import io.dynamo.spring.repository.callback.BeforeSaveCallback;
import io.dynamo.spring.repository.callback.DynamoEntityCallbacks;
import io.dynamo.spring.repository.fixtures.Account;
import io.dynamo.spring.repository.fixtures.AccountRepository;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.fixtures.BookingRepository;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import io.dynamo.spring.repository.support.DynamoRepositoryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.AuditorAware;
import org.springframework.data.mapping.callback.EntityCallbacks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auditing with an {@link AuditorAware} ({@code @CreatedBy} once, {@code @LastModifiedBy}
 * on every write and update) and the entity callbacks around repository writes and reads.
 *
 * @author dynamo-spring-boot authors
 */
class AuditingAndCallbackTests {

	private static final AtomicReference<String> user = new AtomicReference<>();

	private static final List<String> events = new ArrayList<>();

	private static RecordingDynamo dynamo;

	private static AccountRepository accounts;

	private static BookingRepository bookings;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Account.class, Booking.class);
		AuditorAware<String> auditorAware = () -> Optional.ofNullable(user.get());
		new DynamoAuditing(dynamo.template().getMappingContext(), () -> auditorAware).afterPropertiesSet();
		DynamoEntityCallbacks callbacks = new DynamoEntityCallbacks(
				EntityCallbacks.create((BeforeConvertCallback<Booking>) (booking, table) -> {
					events.add("beforeConvert " + booking.arrival() + " " + table);
					return (booking.comment() == null) ? withComment(booking, "converted") : booking;
				}, (BeforeSaveCallback<Booking>) (booking, table) -> {
					events.add("beforeSave " + booking.comment());
					return booking;
				}, (AfterSaveCallback<Booking>) (booking, table) -> {
					events.add("afterSave " + booking.arrival());
					return booking;
				}, (AfterConvertCallback<Booking>) (booking, table) -> {
					events.add("afterConvert " + booking.arrival());
					return withComment(booking, booking.comment() + " and loaded");
				}));
		DynamoRepositoryFactory factory = new DynamoRepositoryFactory(dynamo.template(), callbacks);
		accounts = factory.getRepository(AccountRepository.class);
		bookings = factory.getRepository(BookingRepository.class);
	}

	@AfterAll
	static void stop() {
		dynamo.template().getMappingContext().setAuditor(null);
		dynamo.close();
	}

	@BeforeEach
	void reset() {
		events.clear();
		user.set(null);
	}

	private static Booking withComment(Booking booking, String comment) {
		return new Booking(booking.guestId(), booking.arrival(), booking.hotel(), booking.nights(), booking.room(),
				booking.status(), booking.price(), booking.tags(), booking.paid(), comment);
	}

	@Test
	void theCurrentAuditorIsTheCreatorOnceAndTheLastModifierOnEveryWrite() {
		user.set("alice");
		Account created = accounts.save(Account.of("x1", "ann"));
		assertThat(created.createdBy()).isEqualTo("alice");
		assertThat(created.modifiedBy()).isEqualTo("alice");
		user.set("bob");
		Account modified = accounts.save(created.withOwner("ben"));
		assertThat(modified.createdBy()).isEqualTo("alice");
		assertThat(modified.modifiedBy()).isEqualTo("bob");
		assertThat(accounts.findById("x1")).map(Account::modifiedBy).contains("bob");
		user.set("carol");
		dynamo.template().update(Account.class, "x1", null, Update.update().set("owner", "cy"));
		assertThat(accounts.findById("x1")).hasValueSatisfying((account) -> {
			assertThat(account.createdBy()).isEqualTo("alice");
			assertThat(account.modifiedBy()).isEqualTo("carol");
			assertThat(account.owner()).isEqualTo("cy");
		});
	}

	@Test
	void withoutACurrentAuditorNoAuditorIsWritten() {
		Account saved = accounts.save(Account.of("x2", "ann"));
		assertThat(saved.createdBy()).isNull();
		assertThat(saved.modifiedBy()).isNull();
		assertThat(saved.created()).isNotNull();
	}

	@Test
	void callbacksRunAroundSavesAndAfterEveryLoad() {
		Booking saved = bookings.save(Booking.of("cb", "2026-04-01", "H1"));
		assertThat(saved.comment()).isEqualTo("converted");
		assertThat(events).containsExactly("beforeConvert 2026-04-01 bookings", "beforeSave converted",
				"afterSave 2026-04-01");
		events.clear();
		assertThat(bookings.findById(DynamoKey.of("cb", "2026-04-01"))).map(Booking::comment)
			.contains("converted and loaded");
		assertThat(bookings.findByGuestId("cb")).extracting(Booking::comment).containsExactly("converted and loaded");
		assertThat(events).containsExactly("afterConvert 2026-04-01", "afterConvert 2026-04-01");
	}

	@Test
	void saveAllRunsTheCallbacksForEachEntity() {
		bookings.saveAll(List.of(Booking.of("cc", "2026-04-01", "H1"), Booking.of("cc", "2026-04-02", "H1")));
		assertThat(events).filteredOn((event) -> event.startsWith("afterSave")).hasSize(2);
		assertThat(events).filteredOn((event) -> event.startsWith("beforeConvert")).hasSize(2);
	}

}
