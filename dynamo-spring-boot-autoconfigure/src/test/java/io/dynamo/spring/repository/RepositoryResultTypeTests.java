/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.core.InvalidPageTokenException;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.fixtures.BookingResults;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every result type of a derived query against the embedded database: collections,
 * streams, single entities, limits, sorts, slices, pages, windows scrolled forward and
 * backward, DynamoDB pages with their tokens, counts, exists and deletes.
 *
 * @author dynamo-spring-boot authors
 */
class RepositoryResultTypeTests {

	private static RecordingDynamo dynamo;

	private static BookingResults bookings;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Booking.class);
		bookings = dynamo.repository(BookingResults.class);
	}

	@AfterAll
	static void stop() {
		dynamo.close();
	}

	@BeforeEach
	void fill() {
		List<Object> items = new ArrayList<>();
		IntStream.rangeClosed(1, 10)
			.forEach((day) -> items.add(new Booking("g", String.format("2026-01-%02d", day), "H1", day, "1",
					(day % 2 == 0) ? "PAID" : "OPEN", BigDecimal.valueOf(day), null, day % 2 == 0, null)));
		items.add(Booking.of("h", "2026-01-01", "H1"));
		dynamo.template().batchWrite(BatchWrite.create().put(items));
		dynamo.clear();
	}

	private static ScrollPosition backwardFrom(Window<Booking> window) {
		return ((KeysetScrollPosition) window.positionAt(0)).backward();
	}

	private static List<String> days(Iterable<Booking> bookings) {
		List<String> days = new ArrayList<>();
		bookings.forEach((booking) -> days.add(booking.arrival().substring(8)));
		return days;
	}

	@Test
	void collectionsAndStreamsHoldEveryMatch() {
		assertThat(days(bookings.findByGuestId("g"))).containsExactly("01", "02", "03", "04", "05", "06", "07", "08",
				"09", "10");
		assertThat(bookings.readByGuestId("g")).hasSize(10);
		try (Stream<Booking> stream = bookings.streamByGuestId("g")) {
			assertThat(stream.limit(2).map(Booking::arrival)).containsExactly("2026-01-01", "2026-01-02");
		}
	}

	@Test
	void aStreamReadsPagesOnlyAsItIsConsumed() {
		BookingPages pages = dynamo.repository(BookingPages.class);
		try (Stream<Booking> stream = pages.streamByGuestId("g")) {
			assertThat(dynamo.requests(QueryRequest.class)).isEmpty();
			assertThat(stream.limit(3).count()).isEqualTo(3);
		}
		// page size 2: three items take two requests, not five
		assertThat(dynamo.requests(QueryRequest.class)).hasSize(2);
	}

	@Test
	void singleResultsAreOptionalOrTheEntityAndRefuseSeveralMatches() {
		assertThat(bookings.findByGuestIdAndArrival("g", "2026-01-03")).map(Booking::nights).contains(3);
		assertThat(bookings.findByGuestIdAndArrival("g", "2026-02-01")).isEmpty();
		assertThat(bookings.getByGuestIdAndArrival("g", "2026-01-04").nights()).isEqualTo(4);
		assertThat(bookings.getByGuestIdAndArrival("g", "2026-02-01")).isNull();
		assertThat(bookings.queryByGuestId("h").hotel()).isEqualTo("H1");
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> bookings.queryByGuestId("g"))
			.withMessageContaining("BookingResults.queryByGuestId returns one Booking, and more than one item matches");
	}

	@Test
	void topFirstAndLimitCapTheResults() {
		assertThat(bookings.findFirstByGuestIdOrderByArrivalDesc("g").arrival()).isEqualTo("2026-01-10");
		assertThat(days(bookings.findTop3ByGuestId("g"))).containsExactly("01", "02", "03");
		assertThat(days(bookings.findByGuestId("g", Limit.of(2)))).containsExactly("01", "02");
		assertThat(dynamo.requests(QueryRequest.class)).extracting(QueryRequest::limit).containsExactly(1, 3, 2);
	}

	@Test
	void aSortParameterOrdersByTheSortKeyOnly() {
		assertThat(days(bookings.findByGuestId("g", Sort.by("arrival").descending()))).startsWith("10", "09");
		assertThat(days(bookings.findByGuestId("g", Sort.by("arrival")))).startsWith("01", "02");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> bookings.findByGuestId("g", Sort.by("price")))
			.withMessageContaining("cannot sort by 'price'")
			.withMessageContaining("sort key 'arrival'");
	}

	@Test
	void slicesPageThroughTheItemsReadingAndDroppingEarlierPages() {
		Slice<Booking> first = bookings.findSliceByGuestId("g", PageRequest.of(0, 4));
		assertThat(days(first)).containsExactly("01", "02", "03", "04");
		assertThat(first.hasNext()).isTrue();
		Slice<Booking> last = bookings.findSliceByGuestId("g", PageRequest.of(2, 4, Sort.by("arrival").descending()));
		assertThat(days(last)).containsExactly("02", "01");
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void pagesCountTheirTotalWithASelectCountQuery() {
		Page<Booking> page = bookings.findPageByGuestIdAndPaidTrue("g", PageRequest.of(1, 2));
		assertThat(days(page)).containsExactly("06", "08");
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.getTotalPages()).isEqualTo(3);
		assertThat(dynamo.requests(QueryRequest.class)).extracting(QueryRequest::select).contains(Select.COUNT);
	}

	@Test
	void windowsScrollForwardAndBackwardOverSeveralPagesAtConstantCost() {
		Window<Booking> first = bookings.findFirst3ByGuestId("g", ScrollPosition.keyset());
		assertThat(days(first)).containsExactly("01", "02", "03");
		assertThat(first.hasNext()).isTrue();
		Window<Booking> second = bookings.findFirst3ByGuestId("g", first.positionAt(first.size() - 1));
		assertThat(days(second)).containsExactly("04", "05", "06");
		Window<Booking> third = bookings.findFirst3ByGuestId("g", second.positionAt(second.size() - 1));
		assertThat(days(third)).containsExactly("07", "08", "09");
		Window<Booking> fourth = bookings.findFirst3ByGuestId("g", third.positionAt(third.size() - 1));
		assertThat(days(fourth)).containsExactly("10");
		assertThat(fourth.hasNext()).isFalse();
		Window<Booking> back = bookings.findFirst3ByGuestId("g", backwardFrom(fourth));
		assertThat(days(back)).containsExactly("07", "08", "09");
		assertThat(back.hasNext()).isTrue();
		Window<Booking> backAgain = bookings.findFirst3ByGuestId("g", backwardFrom(back));
		assertThat(days(backAgain)).containsExactly("04", "05", "06");
		Window<Booking> start = bookings.findFirst3ByGuestId("g", backwardFrom(backAgain));
		assertThat(days(start)).containsExactly("01", "02", "03");
		assertThat(start.hasNext()).isFalse();
		// every window is one request of at most four items, whatever its distance from
		// the start
		assertThat(dynamo.requests(QueryRequest.class)).hasSize(7).allSatisfy((request) -> {
			assertThat(request.limit()).isEqualTo(4);
		});
	}

	@Test
	void aWindowInDescendingOrderScrollsWithALimitParameter() {
		Window<Booking> first = bookings.findByGuestIdOrderByArrivalDesc("g", ScrollPosition.keyset(), Limit.of(4));
		assertThat(days(first)).containsExactly("10", "09", "08", "07");
		Window<Booking> next = bookings.findByGuestIdOrderByArrivalDesc("g", first.positionAt(3), Limit.of(4));
		assertThat(days(next)).containsExactly("06", "05", "04", "03");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> bookings.findByGuestIdOrderByArrivalDesc("g", ScrollPosition.offset(4), Limit.of(4)))
			.withMessageContaining("DynamoDB cannot jump to offset 4");
	}

	@Test
	void dynamoPagesCarryAuthenticatedTokensBoundToTheQuery() {
		DynamoPage<Booking> first = bookings.findByGuestId("g", DynamoPageRequest.first(4));
		assertThat(days(first.items())).containsExactly("01", "02", "03", "04");
		DynamoPage<Booking> second = bookings.findByGuestId("g", DynamoPageRequest.of(4, first.nextToken()));
		assertThat(days(second.items())).containsExactly("05", "06", "07", "08");
		assertThat(first.nextToken()).doesNotContain("2026");
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> bookings.findByGuestId("h", DynamoPageRequest.of(4, first.nextToken())));
		String tampered = first.nextToken().substring(0, 10) + (first.nextToken().charAt(10) == 'A' ? 'B' : 'A')
				+ first.nextToken().substring(11);
		dynamo.clear();
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> bookings.findByGuestId("g", DynamoPageRequest.of(4, tampered)));
		assertThat(dynamo.requests()).isEmpty();
	}

	@Test
	void countsAreSelectCountQueries() {
		assertThat(bookings.countByGuestId("g")).isEqualTo(10);
		assertThat(bookings.countByGuestIdAndPaidTrue("g")).isEqualTo(5);
		assertThat(dynamo.requests(QueryRequest.class)).extracting(QueryRequest::select).containsOnly(Select.COUNT);
	}

	@Test
	void existsReadsPagesUntilTheFilterMatches() {
		assertThat(bookings.existsByGuestIdAndStatus("g", "PAID")).isTrue();
		// page size 1: the first item is OPEN, the second PAID
		assertThat(dynamo.requests(QueryRequest.class)).hasSize(2);
		assertThat(bookings.existsByGuestIdAndStatus("g", "CANCELLED")).isFalse();
		assertThat(bookings.existsByGuestIdAndStatus("nobody", "PAID")).isFalse();
	}

	@Test
	void deletesQueryTheKeysThenDeleteInBatches() {
		assertThat(bookings.deleteByGuestIdAndStatus("g", "PAID")).isEqualTo(5);
		assertThat(days(bookings.findByGuestId("g"))).containsExactly("01", "03", "05", "07", "09");
		assertThat(bookings.removeByGuestIdAndArrivalLessThan("g", "2026-01-04")).extracting(Booking::nights)
			.containsExactly(1, 3);
		assertThat(days(bookings.findByGuestId("g"))).containsExactly("05", "07", "09");
		bookings.deleteByGuestId("g");
		assertThat(bookings.countByGuestId("g")).isZero();
		assertThat(bookings.countByGuestId("h")).isEqualTo(1);
	}

	interface BookingPages
			extends io.dynamo.spring.repository.DynamoRepository<Booking, io.dynamo.spring.core.DynamoKey> {

		@QueryOptions(pageSize = 2)
		Stream<Booking> streamByGuestId(String guestId);

	}

}
