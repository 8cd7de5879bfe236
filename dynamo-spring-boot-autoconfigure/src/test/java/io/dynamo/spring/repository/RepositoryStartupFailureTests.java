/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.repository.fixtures.Booking;
import io.dynamo.spring.repository.support.DynamoRepositoryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every repository definition that would scan or that no key query can serve fails when
 * the repository is created (at start-up in an application), with a message that names
 * the repository, the method, the reason and the fix. Creating a repository sends no
 * request, so the client here points nowhere.
 *
 * @author dynamo-spring-boot authors
 */
class RepositoryStartupFailureTests {

	private static DynamoDbClient client;

	private static DynamoRepositoryFactory factory;

	@BeforeAll
	static void createFactory() {
		client = DynamoDbClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:9"))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
		factory = new DynamoRepositoryFactory(
				new DynamoTemplate(client, new DynamoMappingContext(TableNameResolver.NONE)));
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	static Stream<Arguments> failures() {
		return Stream.of(
				row(NoPartitionKey.class, "NoPartitionKey.findByPrice(BigDecimal)", "would scan the table",
						"add a secondary index whose partition key is 'price'", "@AllowScan"),
				row(OrKeyword.class, "OrKeyword.findByGuestIdOrHotel(String, String)", "'Or' cannot be a key query",
						"split the method into one method per alternative", "@AllowScan"),
				row(IgnoreCase.class, "IgnoreCase.findByGuestIdAndCommentIgnoreCase(String, String)",
						"'IgnoreCase' on 'comment'", "store a normalized copy"),
				row(AllIgnoreCase.class, "AllIgnoreCase.findByGuestIdAndCommentAllIgnoreCase(String, String)",
						"'IgnoreCase' on 'guestId'", "store a normalized copy"),
				row(LikeKeyword.class, "LikeKeyword.findByGuestIdAndCommentLike(String, String)",
						"DynamoDB has no LIKE (on 'comment')", "use StartingWith (begins_with) or Containing"),
				row(NotLikeKeyword.class, "NotLikeKeyword.findByGuestIdAndCommentNotLike(String, String)",
						"DynamoDB has no LIKE", "use StartingWith"),
				row(RegexKeyword.class, "RegexKeyword.findByGuestIdAndCommentRegex(String, String)",
						"DynamoDB has no regular expressions", "use StartingWith or Containing"),
				row(NearKeyword.class, "NearKeyword.findByGuestIdAndCommentNear(String, String)",
						"no geospatial conditions", "store a geohash"),
				row(WithinKeyword.class, "WithinKeyword.findByGuestIdAndCommentWithin(String, String)",
						"no geospatial conditions", "store a geohash"),
				row(EndingWithKeyword.class, "EndingWithKeyword.findByGuestIdAndCommentEndingWith(String, String)",
						"DynamoDB has no ends_with", "store the reversed string"),
				row(IsEmptyKeyword.class, "IsEmptyKeyword.findByGuestIdAndTagsIsEmpty(String)",
						"'IsEmpty' and 'IsNotEmpty' are not supported", "use IsNull or IsNotNull"),
				row(SortOnNonKey.class, "SortOnNonKey.findByGuestIdOrderByPriceAsc(String)",
						"it is sorted by 'arrival', not by 'price' as OrderBy asks",
						"add a secondary index whose partition key is 'guestId' and sort key 'price'"),
				row(TwoSortConditions.class,
						"TwoSortConditions.findByGuestIdAndArrivalGreaterThanAndArrivalLessThan(String, String, String)",
						"two conditions on sort key 'arrival'", "Between for a range"),
				row(SortKeyWithFilterKeyword.class,
						"SortKeyWithFilterKeyword.findByGuestIdAndArrivalContaining(String, String)",
						"sort key 'arrival' of the table (partition key 'guestId', sort key 'arrival') takes only",
						"use one of those keywords on 'arrival'"),
				row(WrongParameterType.class, "WrongParameterType.findByGuestIdAndPrice(String, String)",
						"parameter 2 (String) does not convert to attribute 'price'",
						"declare the parameter as BigDecimal"),
				row(InNeedsCollection.class, "InNeedsCollection.findByGuestIdAndStatusIn(String, String)",
						"parameter 2 (String) does not convert to attribute 'status'",
						"a Collection or an array of String"),
				row(StartingWithOnNumber.class,
						"StartingWithOnNumber.findByGuestIdAndPriceStartingWith(String, String)",
						"StartingWith on 'price', which is a BigDecimal", "use StartingWith on a String attribute"),
				row(TrueOnString.class, "TrueOnString.findByGuestIdAndCommentTrue(String)",
						"True on 'comment', which is a String", "use True or False on a Boolean attribute"),
				row(UnknownProperty.class, "UnknownProperty.findByGuestIdAndColour(String, String)",
						"No property 'colour' found for type 'Booking'", "name properties of Booking"),
				row(DistinctKeyword.class, "DistinctKeyword.findDistinctByGuestId(String)", "'Distinct' has no meaning",
						"remove 'Distinct'"),
				row(SecondPartitionCondition.class,
						"SecondPartitionCondition.findByGuestIdAndGuestIdNot(String, String)",
						"a second condition (Not) on partition key 'guestId'", "keep only the equality on 'guestId'"),
				row(AmbiguousIndexes.class, "AmbiguousIndexes.findByHotel(String)",
						"index 'byHotel' (partition key 'hotel', sort key 'arrival') and index 'byHotelNights' "
								+ "(partition key 'hotel', sort key 'nights') fit the method equally",
						"name one with @QueryIndex(\"byHotel\")"),
				row(MissingIndex.class, "MissingIndex.findByGuestId(String)",
						"@QueryIndex names index 'byColour', which Booking does not have", "name one of its indexes"),
				row(IndexWithoutItsPartitionKey.class, "IndexWithoutItsPartitionKey.findByGuestId(String)",
						"the method has no equality condition on its partition key 'hotel'",
						"add an equality condition on the index's partition key"),
				row(ConsistentGlobalIndex.class,
						"ConsistentGlobalIndex.findByHotelAndArrivalBetween(String, String, String)",
						"consistent reads of global index 'byHotel'", "drop @QueryOptions(consistentRead = true)"),
				row(KeysOnlyIndexForEntities.class, "KeysOnlyIndexForEntities.findByStatus(String)",
						"global index 'byStatus' holds only [guestId, arrival, status] (projection KEYS_ONLY)",
						"return a projection of the attributes the index holds"),
				row(OrderByOnScan.class, "OrderByOnScan.findByPriceOrderByArrivalDesc(BigDecimal)", "OrderBy on a scan",
						"drop OrderBy"),
				row(TwoOrders.class, "TwoOrders.findByGuestIdOrderByArrivalAscPriceDesc(String)",
						"OrderBy names 2 properties", "order by the sort key alone"),
				row(CountReturnsList.class, "CountReturnsList.countByGuestId(String)", "countBy returns List",
						"declare it to return long"),
				row(WindowWithoutSize.class, "WindowWithoutSize.findByGuestId(String, ScrollPosition)",
						"a Window needs a size", "add Top<N> or First<N>"),
				row(DynamoPageWithoutRequest.class, "DynamoPageWithoutRequest.findByGuestId(String)",
						"a DynamoPage needs a DynamoPageRequest parameter", "add a DynamoPageRequest parameter"),
				row(StatementParameters.class, "StatementParameters.byGuest(String, String)",
						"the statement has 1 '?' parameter(s) and the method 2", "one parameter per '?'"),
				row(InheritsCrudRepository.class, "InheritsCrudRepository.",
						"it reads the whole table (a scan), inherited from CrudRepository", "@AllowScan"),
				row(DeclaresFindAll.class, "DeclaresFindAll.findAll()", "it reads the whole table (a scan)",
						"extend DynamoRepository instead, or annotate"),
				row(DeclaresCount.class, "DeclaresCount.count()", "it reads the whole table (a scan)", "@AllowScan"),
				row(SortsAScan.class, "SortsAScan.findAll(", "it would sort or page a scan",
						"page with a derived key query that takes a Pageable"));
	}

	private static Arguments row(Class<?> repository, String method, String reason, String... fixes) {
		return Arguments.of(repository.getSimpleName(), repository, method, reason, List.of(fixes));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void invalidRepositoryMethodFailsRepositoryCreationNamingMethodReasonAndFix(String name, Class<?> repository,
			String method, String reason, List<String> fixes) {
		Throwable failure = catchThrowable(() -> factory.getRepository(repository));
		assertThat(failure).isNotNull();
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		assertThat(cause).isInstanceOf(InvalidRepositoryMethodException.class);
		assertThat(cause.getMessage()).startsWith(method).contains(reason).contains(". Fix: ");
		fixes.forEach((fix) -> assertThat(((InvalidRepositoryMethodException) cause).getFix()).contains(fix));
	}

	@org.junit.jupiter.api.Test
	void whenTheIdTypeDoesNotFitATableWithASortKeyThenCreationFailsNamingDynamoKey() {
		Throwable failure = catchThrowable(() -> factory.getRepository(StringIdForCompositeKey.class));
		assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
			.isInstanceOf(InvalidDataAccessApiUsageException.class)
			.hasMessageContaining("StringIdForCompositeKey: the table of Booking has the sort key 'arrival'")
			.hasMessageContaining(
					"must be DynamoKey (DynamoKey.of(partition, sort)) or a record of the two key values");
	}

	interface NoPartitionKey extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByPrice(BigDecimal price);

	}

	interface OrKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdOrHotel(String guestId, String hotel);

	}

	interface IgnoreCase extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentIgnoreCase(String guestId, String comment);

	}

	interface AllIgnoreCase extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentAllIgnoreCase(String guestId, String comment);

	}

	interface LikeKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentLike(String guestId, String comment);

	}

	interface NotLikeKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentNotLike(String guestId, String comment);

	}

	interface RegexKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentRegex(String guestId, String comment);

	}

	interface NearKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentNear(String guestId, String comment);

	}

	interface WithinKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentWithin(String guestId, String comment);

	}

	interface EndingWithKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentEndingWith(String guestId, String suffix);

	}

	interface IsEmptyKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndTagsIsEmpty(String guestId);

	}

	interface SortOnNonKey extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdOrderByPriceAsc(String guestId);

	}

	interface TwoSortConditions extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndArrivalGreaterThanAndArrivalLessThan(String guestId, String from, String to);

	}

	interface SortKeyWithFilterKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndArrivalContaining(String guestId, String part);

	}

	interface WrongParameterType extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndPrice(String guestId, String price);

	}

	interface InNeedsCollection extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndStatusIn(String guestId, String status);

	}

	interface StartingWithOnNumber extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndPriceStartingWith(String guestId, String prefix);

	}

	interface TrueOnString extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndCommentTrue(String guestId);

	}

	interface UnknownProperty extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndColour(String guestId, String colour);

	}

	interface DistinctKeyword extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findDistinctByGuestId(String guestId);

	}

	interface SecondPartitionCondition extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdAndGuestIdNot(String guestId, String other);

	}

	interface AmbiguousIndexes extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByHotel(String hotel);

	}

	interface MissingIndex extends DynamoRepository<Booking, DynamoKey> {

		@QueryIndex("byColour")
		List<Booking> findByGuestId(String guestId);

	}

	interface IndexWithoutItsPartitionKey extends DynamoRepository<Booking, DynamoKey> {

		@QueryIndex("byHotel")
		List<Booking> findByGuestId(String guestId);

	}

	interface ConsistentGlobalIndex extends DynamoRepository<Booking, DynamoKey> {

		@QueryOptions(consistentRead = true)
		List<Booking> findByHotelAndArrivalBetween(String hotel, String from, String to);

	}

	interface KeysOnlyIndexForEntities extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByStatus(String status);

	}

	interface OrderByOnScan extends DynamoRepository<Booking, DynamoKey> {

		@AllowScan
		List<Booking> findByPriceOrderByArrivalDesc(BigDecimal price);

	}

	interface TwoOrders extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findByGuestIdOrderByArrivalAscPriceDesc(String guestId);

	}

	interface CountReturnsList extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> countByGuestId(String guestId);

	}

	interface WindowWithoutSize extends DynamoRepository<Booking, DynamoKey> {

		Window<Booking> findByGuestId(String guestId, ScrollPosition position);

	}

	interface DynamoPageWithoutRequest extends DynamoRepository<Booking, DynamoKey> {

		DynamoPage<Booking> findByGuestId(String guestId);

	}

	interface StatementParameters extends DynamoRepository<Booking, DynamoKey> {

		@Query("SELECT * FROM \"bookings\" WHERE guestId = ?")
		List<Booking> byGuest(String guestId, String other);

	}

	interface InheritsCrudRepository extends CrudRepository<Booking, DynamoKey> {

	}

	interface DeclaresFindAll extends DynamoRepository<Booking, DynamoKey> {

		List<Booking> findAll();

	}

	interface DeclaresCount extends DynamoRepository<Booking, DynamoKey> {

		long count();

	}

	@AllowScan
	interface SortsAScan extends PagingAndSortingRepository<Booking, DynamoKey> {

		@Override
		Iterable<Booking> findAll(Sort sort);

	}

	interface StringIdForCompositeKey extends DynamoRepository<Booking, String> {

	}

}
