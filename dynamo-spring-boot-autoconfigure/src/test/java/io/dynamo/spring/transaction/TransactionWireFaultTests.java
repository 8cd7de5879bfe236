/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.testsupport.DynamoLocal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Transactions through WireMock in front of the embedded database: a response lost after
 * the database applied the transaction, and conflicts, are retried with the same
 * {@code ClientRequestToken}, and the transaction is applied once.
 *
 * @author dynamo-spring-boot authors
 */
class TransactionWireFaultTests {

	private static final String TARGET = "X-Amz-Target";

	private static final String TRANSACT_WRITE = "DynamoDB_20120810.TransactWriteItems";

	private static final String CONFLICT = """
			{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
			"Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [None, TransactionConflict]",
			"CancellationReasons":[{"Code":"None"},{"Code":"TransactionConflict","Message":"Transaction is ongoing for the item"}]}
			""";

	private static DynamoLocal local;

	private final WireMockServer wire = new WireMockServer(
			options().bindAddress("127.0.0.1").dynamicPort().extensions(new LoseResponse()));

	private RecordingClient recording;

	private DynamoTemplate template;

	@BeforeAll
	static void startDatabase() {
		local = DynamoLocal.start(Stock.class, CustomerAccount.class);
	}

	@AfterAll
	static void stopDatabase() {
		local.close();
	}

	@BeforeEach
	void start() {
		this.wire.start();
		this.wire.stubFor(post(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(local.endpoint())));
		this.recording = new RecordingClient(URI.create("http://127.0.0.1:" + this.wire.port()));
		this.template = new DynamoTemplate(this.recording.client(), local.mappingContext());
	}

	@AfterEach
	void stop() {
		this.recording.close();
		this.wire.stop();
	}

	@Test
	void whenTheFirstResponseIsLostThenTheSdkRetryCarriesTheSameTokenAndTheTransactionIsAppliedOnce() {
		this.wire.stubFor(post(anyUrl()).atPriority(1)
			.withHeader(TARGET, equalTo(TRANSACT_WRITE))
			.inScenario("lost response")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().proxiedFrom(local.endpoint()).withTransformers(LoseResponse.NAME))
			.willSetStateTo("lost"));
		local.template().save(new Stock("lost-sku", 10));
		new TransactionTemplate(new DynamoTransactionManager(this.recording.client()))
			.executeWithoutResult((status) -> placeOrder("lost-alice", "lost-sku"));
		List<TransactWriteItemsRequest> attempts = this.recording.attempts(TransactWriteItemsRequest.class);
		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(1).clientRequestToken()).isEqualTo(attempts.get(0).clientRequestToken());
		this.wire.verify(2, postRequestedFor(anyUrl()).withHeader(TARGET, equalTo(TRANSACT_WRITE)));
		// the database answered the first attempt with success: it was applied, then lost
		assertThat(this.wire.getAllServeEvents())
			.filteredOn((event) -> TRANSACT_WRITE.equals(event.getRequest().getHeader(TARGET)))
			.extracting((event) -> event.getResponse().getStatus())
			.containsExactly(200, 200);
		assertThat(local.template().findById(CustomerAccount.class, "lost-alice"))
			.contains(new CustomerAccount("lost-alice", 1));
		assertThat(local.template().findById(Stock.class, "lost-sku")).contains(new Stock("lost-sku", 9));
	}

	@Test
	void whenDynamoReportsAConflictThenTheTransactionIsRetriedWithTheSameToken() {
		this.wire.stubFor(post(anyUrl()).atPriority(1)
			.withHeader(TARGET, equalTo(TRANSACT_WRITE))
			.inScenario("conflict")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(conflict())
			.willSetStateTo("conflicted"));
		local.template().save(new Stock("conflict-sku", 10));
		new TransactionTemplate(new DynamoTransactionManager(this.recording.client()))
			.executeWithoutResult((status) -> placeOrder("conflict-bob", "conflict-sku"));
		List<TransactWriteItemsRequest> attempts = this.recording.attempts(TransactWriteItemsRequest.class);
		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(1).clientRequestToken()).isEqualTo(attempts.get(0).clientRequestToken());
		assertThat(local.template().findById(CustomerAccount.class, "conflict-bob"))
			.contains(new CustomerAccount("conflict-bob", 1));
	}

	@Test
	void whenConflictsOutlastTheRetriesThenATransientExceptionNamesTheConflictingAction() {
		this.wire
			.stubFor(post(anyUrl()).atPriority(1).withHeader(TARGET, equalTo(TRANSACT_WRITE)).willReturn(conflict()));
		TransactWriteExecutor executor = new TransactWriteExecutor(this.recording.client(), 2, Duration.ZERO);
		assertThatExceptionOfType(TransientDataAccessException.class)
			.isThrownBy(() -> new TransactionTemplate(new DynamoTransactionManager(executor))
				.executeWithoutResult((status) -> placeOrder("busy-carol", "busy-sku")))
			.isInstanceOf(DynamoTransactionConflictException.class)
			.withMessageContaining("action 2: Update Stock [sku=busy-sku] on table 'stock': TransactionConflict")
			.withMessageContaining("after 3 attempts with the same ClientRequestToken")
			.withMessageContaining("dynamo.transactions.conflict-retries")
			.satisfies((ex) -> assertThat(((DynamoTransactionConflictException) ex).getAttempts()).isEqualTo(3));
		assertThat(this.recording.attempts(TransactWriteItemsRequest.class)).hasSize(3)
			.extracting(TransactWriteItemsRequest::clientRequestToken)
			.containsOnly(this.recording.attempts(TransactWriteItemsRequest.class).get(0).clientRequestToken());
		assertThat(local.template().findById(CustomerAccount.class, "busy-carol")).isEmpty();
	}

	private void placeOrder(String customer, String sku) {
		this.template.update(CustomerAccount.class, customer, null, Update.update().add("orders", 1));
		this.template.update(Stock.class, sku, null, Update.update().subtract("available", 1));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder conflict() {
		return aResponse().withStatus(400)
			.withHeader("Content-Type", "application/x-amz-json-1.0")
			.withHeader("x-amzn-RequestId", "conflict-request")
			.withBody(CONFLICT);
	}

	/**
	 * Lets the proxied request reach the database, then resets the connection instead of
	 * answering: the write was applied, the client never learns it.
	 */
	static final class LoseResponse implements ResponseTransformerV2 {

		static final String NAME = "lose-response";

		@Override
		public Response transform(Response response, ServeEvent serveEvent) {
			return Response.Builder.like(response).but().fault(Fault.CONNECTION_RESET_BY_PEER).build();
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public String getName() {
			return NAME;
		}

	}

}
