/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.fixtures.BookingRepository;
import io.dynamo.spring.repository.fixtures.Message;
import io.dynamo.spring.repository.fixtures.MessageRepository;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The keyword table of derived queries, one line per method shape, each run against the
 * embedded database. The data holds items that would wrongly match if the key condition,
 * the filter or the index were wrong (another guest with the same arrival day, another
 * hotel in the same month); each line also checks the request: a Query (never a Scan) of
 * the expected table or index.
 *
 * @author dynamo-spring-boot authors
 */
class DerivedQueryKeywordTests {

	private static final String TABLE = null;

	private static RecordingDynamo dynamo;

	private static BookingRepository bookings;

	private static MessageRepository messages;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Booking.class, Message.class);
		bookings = dynamo.repository(BookingRepository.class);
		messages = dynamo.repository(MessageRepository.class);
		dynamo.template()
			.batchWrite(BatchWrite.create()
				.put(booking("ann", "2026-01-05", "H1", 2, "101", "OPEN", 100, Set.of("sea"), true, "late"),
						booking("ann", "2026-01-10", "H2", 5, "202", "PAID", 250, Set.of("sea", "spa"), false, null),
						booking("ann", "2026-02-01", "H1", 1, "303", "OPEN", 80, null, false, "early check-in"),
						booking("ann", "2026-02-14", "H3", 3, "101", "CANCELLED", 300, Set.of("spa"), true, null),
						booking("bob", "2026-01-05", "H1", 4, "102", "OPEN", 100, Set.of("sea"), true, "late"),
						booking("bob", "2026-01-20", "H2", 2, "201", "PAID", 150, null, false, null),
						booking("cy", "2026-03-01", "H1", 7, "999", "OPEN", 700, null, false, null))
				.put(new Message("r1", "2026-01-01T10:00", "hello"), new Message("r1", "2026-01-02T09:00", "again"),
						new Message("r1", "2026-02-01T08:00", "later"),
						new Message("r2", "2026-01-01T10:00", "other")));
	}

	@AfterAll
	static void stop() {
		dynamo.close();
	}

	private static Booking booking(String guest, String arrival, String hotel, int nights, String room, String status,
			int price, Set<String> tags, boolean paid, String comment) {
		return new Booking(guest, arrival, hotel, nights, room, status, BigDecimal.valueOf(price), tags, paid, comment);
	}

	static Stream<Arguments> bookingKeywords() {
		BigDecimal hundred = BigDecimal.valueOf(100);
		return Stream.of(
				// key conditions on the table
				row("partition key equality", TABLE, (r) -> r.findByGuestId("ann"), "ann/2026-01-05", "ann/2026-01-10",
						"ann/2026-02-01", "ann/2026-02-14"),
				row("sort key (no keyword)", TABLE, (r) -> r.findByGuestIdAndArrival("ann", "2026-01-05"),
						"ann/2026-01-05"),
				row("sort key Is", TABLE, (r) -> r.findByGuestIdAndArrivalIs("bob", "2026-01-05"), "bob/2026-01-05"),
				row("sort key Equals", TABLE, (r) -> r.findByGuestIdAndArrivalEquals("ann", "2026-01-10"),
						"ann/2026-01-10"),
				row("sort key LessThan", TABLE, (r) -> r.findByGuestIdAndArrivalLessThan("ann", "2026-01-10"),
						"ann/2026-01-05"),
				row("sort key LessThanEqual", TABLE, (r) -> r.findByGuestIdAndArrivalLessThanEqual("ann", "2026-01-10"),
						"ann/2026-01-05", "ann/2026-01-10"),
				row("sort key GreaterThan", TABLE, (r) -> r.findByGuestIdAndArrivalGreaterThan("ann", "2026-02-01"),
						"ann/2026-02-14"),
				row("sort key GreaterThanEqual", TABLE,
						(r) -> r.findByGuestIdAndArrivalGreaterThanEqual("ann", "2026-02-01"), "ann/2026-02-01",
						"ann/2026-02-14"),
				row("sort key Before", TABLE, (r) -> r.findByGuestIdAndArrivalBefore("ann", "2026-01-06"),
						"ann/2026-01-05"),
				row("sort key After", TABLE, (r) -> r.findByGuestIdAndArrivalAfter("ann", "2026-02-13"),
						"ann/2026-02-14"),
				row("sort key Between (inclusive)", TABLE,
						(r) -> r.findByGuestIdAndArrivalBetween("ann", "2026-01-10", "2026-02-01"), "ann/2026-01-10",
						"ann/2026-02-01"),
				row("sort key StartingWith", TABLE, (r) -> r.findByGuestIdAndArrivalStartingWith("ann", "2026-02"),
						"ann/2026-02-01", "ann/2026-02-14"),
				row("OrderBy sort key Asc", TABLE, (r) -> r.findByGuestIdOrderByArrivalAsc("bob"), "bob/2026-01-05",
						"bob/2026-01-20"),
				row("OrderBy sort key Desc", TABLE, (r) -> r.findByGuestIdOrderByArrivalDesc("ann"), "ann/2026-02-14",
						"ann/2026-02-01", "ann/2026-01-10", "ann/2026-01-05"),
				// filters
				row("filter Is", TABLE, (r) -> r.findByGuestIdAndStatus("ann", "OPEN"), "ann/2026-01-05",
						"ann/2026-02-01"),
				row("filter Not", TABLE, (r) -> r.findByGuestIdAndStatusNot("ann", "OPEN"), "ann/2026-01-10",
						"ann/2026-02-14"),
				row("filter LessThan", TABLE, (r) -> r.findByGuestIdAndPriceLessThan("ann", hundred), "ann/2026-02-01"),
				row("filter LessThanEqual", TABLE, (r) -> r.findByGuestIdAndPriceLessThanEqual("ann", hundred),
						"ann/2026-01-05", "ann/2026-02-01"),
				row("filter GreaterThan", TABLE,
						(r) -> r.findByGuestIdAndPriceGreaterThan("ann", BigDecimal.valueOf(250)), "ann/2026-02-14"),
				row("filter GreaterThanEqual", TABLE,
						(r) -> r.findByGuestIdAndPriceGreaterThanEqual("ann", BigDecimal.valueOf(250)),
						"ann/2026-01-10", "ann/2026-02-14"),
				row("filter Between", TABLE,
						(r) -> r.findByGuestIdAndPriceBetween("ann", hundred, BigDecimal.valueOf(250)),
						"ann/2026-01-05", "ann/2026-01-10"),
				row("filter In", TABLE, (r) -> r.findByGuestIdAndStatusIn("ann", List.of("PAID", "CANCELLED")),
						"ann/2026-01-10", "ann/2026-02-14"),
				row("filter NotIn", TABLE, (r) -> r.findByGuestIdAndStatusNotIn("ann", List.of("PAID", "CANCELLED")),
						"ann/2026-01-05", "ann/2026-02-01"),
				row("filter StartingWith", TABLE, (r) -> r.findByGuestIdAndCommentStartingWith("ann", "ear"),
						"ann/2026-02-01"),
				row("filter Containing (string)", TABLE, (r) -> r.findByGuestIdAndCommentContaining("ann", "check"),
						"ann/2026-02-01"),
				row("filter NotContaining (string)", TABLE,
						(r) -> r.findByGuestIdAndCommentNotContaining("ann", "check"), "ann/2026-01-05",
						"ann/2026-01-10", "ann/2026-02-14"),
				row("filter Containing (set)", TABLE, (r) -> r.findByGuestIdAndTagsContaining("ann", "spa"),
						"ann/2026-01-10", "ann/2026-02-14"),
				row("filter NotContaining (set)", TABLE, (r) -> r.findByGuestIdAndTagsNotContaining("ann", "spa"),
						"ann/2026-01-05", "ann/2026-02-01"),
				row("filter IsNull", TABLE, (r) -> r.findByGuestIdAndCommentIsNull("ann"), "ann/2026-01-10",
						"ann/2026-02-14"),
				row("filter IsNotNull", TABLE, (r) -> r.findByGuestIdAndCommentIsNotNull("ann"), "ann/2026-01-05",
						"ann/2026-02-01"),
				row("filter Exists", TABLE, (r) -> r.findByGuestIdAndCommentExists("ann"), "ann/2026-01-05",
						"ann/2026-02-01"),
				row("filter True", TABLE, (r) -> r.findByGuestIdAndPaidTrue("ann"), "ann/2026-01-05", "ann/2026-02-14"),
				row("filter False", TABLE, (r) -> r.findByGuestIdAndPaidFalse("ann"), "ann/2026-01-10",
						"ann/2026-02-01"),
				row("key condition and two filters", TABLE,
						(r) -> r.findByGuestIdAndArrivalGreaterThanAndStatusAndPriceLessThan("ann", "2026-01-01",
								"OPEN", BigDecimal.valueOf(90)),
						"ann/2026-02-01"),
				// indexes
				row("global index chosen by its sort-key condition", "byHotel",
						(r) -> r.findByHotelAndArrivalBetween("H1", "2026-01-01", "2026-02-28"), "ann/2026-01-05",
						"bob/2026-01-05", "ann/2026-02-01"),
				row("the other global index on the same partition key", "byHotelNights",
						(r) -> r.findByHotelAndNightsGreaterThan("H1", 2), "bob/2026-01-05", "cy/2026-03-01"),
				row("OrderBy chooses the index sorted by it", "byHotelNights",
						(r) -> r.findByHotelOrderByNightsDesc("H2"), "ann/2026-01-10", "bob/2026-01-20"),
				row("@QueryIndex names the index", "byHotel", (r) -> r.findByHotel("H2"), "ann/2026-01-10",
						"bob/2026-01-20"),
				row("local index chosen by its sort-key condition", "byRoom",
						(r) -> r.findByGuestIdAndRoom("ann", "101"), "ann/2026-01-05", "ann/2026-02-14"),
				row("local index StartingWith", "byRoom", (r) -> r.findByGuestIdAndRoomStartingWith("ann", "3"),
						"ann/2026-02-01"),
				row("the table wins when its keys fit as well as an index's", TABLE,
						(r) -> r.findByHotelAndArrivalStartingWithAndGuestId("H1", "2026-01", "bob"), "bob/2026-01-05"),
				row("a table key as the filter of a global index query", "byHotel",
						(r) -> r.findByHotelAndArrivalStartingWithAndGuestIdNot("H1", "2026-01", "bob"),
						"ann/2026-01-05"));
	}

	private static Arguments row(String keyword, String index, Function<BookingRepository, List<Booking>> call,
			String... expected) {
		return Arguments.of(keyword, index, call, List.of(expected));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bookingKeywords")
	void derivedQueryReadsExactlyTheMatchingItemsWithOneKeyQuery(String keyword, String index,
			Function<BookingRepository, List<Booking>> call, List<String> expected) {
		dynamo.clear();
		List<String> found = call.apply(bookings).stream().map((b) -> b.guestId() + "/" + b.arrival()).toList();
		if (index == null || keyword.startsWith("OrderBy") || keyword.startsWith("sort key")) {
			assertThat(found).containsExactlyElementsOf(expected);
		}
		else {
			assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
		}
		assertThat(dynamo.requests(ScanRequest.class)).isEmpty();
		assertThat(dynamo.requests(QueryRequest.class)).isNotEmpty()
			.allSatisfy((request) -> assertThat(request.indexName()).isEqualTo(index));
	}

	@Test
	void anEmptyNotInMatchesEveryItemAndAnEmptyInOrANullValueIsRefusedBeforeAnyCall() {
		assertThat(bookings.findByGuestIdAndStatusNotIn("ann", List.of())).hasSize(4);
		dynamo.clear();
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> bookings.findByGuestIdAndStatusIn("ann", List.of()))
			.withMessageContaining(
					"BookingRepository.findByGuestIdAndStatusIn: the collection for 'status' (In) " + "is empty");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> bookings.findByGuestIdAndStatus("ann", null))
			.withMessageContaining("the value for 'status' (Equals) is null")
			.withMessageContaining("statusIsNull");
		assertThat(dynamo.requests()).isEmpty();
	}

	static Stream<Arguments> templatedKeywords() {
		return Stream.of(
				Arguments.of("templated partition key",
						(Function<MessageRepository, List<Message>>) (r) -> r.findByRoomId("r1"),
						List.of("2026-01-01T10:00", "2026-01-02T09:00", "2026-02-01T08:00")),
				Arguments.of("templated sort key StartingWith",
						(Function<MessageRepository, List<Message>>) (r) -> r.findByRoomIdAndSentAtStartingWith("r1",
								"2026-01"),
						List.of("2026-01-01T10:00", "2026-01-02T09:00")),
				Arguments.of("templated sort key Between",
						(Function<MessageRepository, List<Message>>) (r) -> r.findByRoomIdAndSentAtBetween("r1",
								"2026-01-02", "2026-02-01T08:00"),
						List.of("2026-01-02T09:00", "2026-02-01T08:00")),
				Arguments.of("templated sort key equality",
						(Function<MessageRepository, List<Message>>) (r) -> r.findByRoomIdAndSentAt("r2",
								"2026-01-01T10:00"),
						List.of("2026-01-01T10:00")),
				Arguments.of("filter on a templated entity",
						(Function<MessageRepository, List<Message>>) (r) -> r.findByRoomIdAndTextContaining("r1", "ai"),
						List.of("2026-01-02T09:00")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templatedKeywords")
	void derivedQueryOnTemplatedKeysRendersTheTemplates(String keyword, Function<MessageRepository, List<Message>> call,
			List<String> expected) {
		dynamo.clear();
		assertThat(call.apply(messages)).extracting(Message::sentAt).containsExactlyElementsOf(expected);
		assertThat(dynamo.requests(ScanRequest.class)).isEmpty();
		assertThat(dynamo.requests(QueryRequest.class)).singleElement()
			.satisfies((request) -> assertThat(request.keyConditionExpression()).isNotBlank());
	}

}
