/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalTableResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeGlobalTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeGlobalTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeGlobalTableSettingsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeGlobalTableSettingsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeImportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeImportResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableReplicaAutoScalingRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableReplicaAutoScalingResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.DisableKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.DisableKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.GetResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.ImportTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ImportTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListExportsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListExportsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListGlobalTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListGlobalTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ListImportsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListImportsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.SearchVectorsRequest;
import software.amazon.awssdk.services.dynamodb.model.SearchVectorsResponse;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalTableSettingsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalTableSettingsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableReplicaAutoScalingRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableReplicaAutoScalingResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.paginators.BatchGetItemPublisher;
import software.amazon.awssdk.services.dynamodb.paginators.ListContributorInsightsPublisher;
import software.amazon.awssdk.services.dynamodb.paginators.ListExportsPublisher;
import software.amazon.awssdk.services.dynamodb.paginators.ListImportsPublisher;
import software.amazon.awssdk.services.dynamodb.paginators.ListTablesPublisher;
import software.amazon.awssdk.services.dynamodb.paginators.QueryPublisher;
import software.amazon.awssdk.services.dynamodb.paginators.ScanPublisher;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbAsyncWaiter;

/**
 * A {@link DynamoDbAsyncClient} whose item operations (get, put, update, delete, query,
 * scan, batch and transactions, paginators included) first take their capacity from a
 * {@link CapacityRateLimiter} without blocking: when capacity is short the request is
 * sent later, from the limiter's scheduler, and the caller's future completes as usual.
 * The response settles the estimate with the consumed capacity. Every other operation
 * goes straight to the delegate. Written out method by method (no proxy, no reflection on
 * the request path).
 *
 * @author dynamo-spring-boot authors
 */
public class RateLimitedDynamoDbAsyncClient implements DynamoDbAsyncClient {

	private final DynamoDbAsyncClient delegate;

	private final CapacityRateLimiter limiter;

	/**
	 * Wrap a client.
	 * @param delegate the client that sends the requests
	 * @param limiter the limiter
	 */
	public RateLimitedDynamoDbAsyncClient(DynamoDbAsyncClient delegate, CapacityRateLimiter limiter) {
		this.delegate = delegate;
		this.limiter = limiter;
	}

	/**
	 * Return the wrapped client.
	 * @return the delegate
	 */
	public DynamoDbAsyncClient getDelegate() {
		return this.delegate;
	}

	private <Q extends SdkRequest, R extends SdkResponse> CompletableFuture<R> limited(Q request,
			Function<Q, CompletableFuture<R>> call) {
		return this.limiter.acquireAsync(request)
			.thenCompose((permit) -> call.apply(request).whenComplete((response, failure) -> {
				if (response != null) {
					permit.settle(response);
				}
			}));
	}

	@Override
	public CompletableFuture<BatchExecuteStatementResponse> batchExecuteStatement(
			BatchExecuteStatementRequest request) {
		return limited(request, this.delegate::batchExecuteStatement);
	}

	@Override
	public CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request) {
		return limited(request, this.delegate::batchGetItem);
	}

	@Override
	public CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request) {
		return limited(request, this.delegate::batchWriteItem);
	}

	@Override
	public CompletableFuture<CreateBackupResponse> createBackup(CreateBackupRequest request) {
		return this.delegate.createBackup(request);
	}

	@Override
	public CompletableFuture<CreateGlobalTableResponse> createGlobalTable(CreateGlobalTableRequest request) {
		return this.delegate.createGlobalTable(request);
	}

	@Override
	public CompletableFuture<CreateTableResponse> createTable(CreateTableRequest request) {
		return this.delegate.createTable(request);
	}

	@Override
	public CompletableFuture<DeleteBackupResponse> deleteBackup(DeleteBackupRequest request) {
		return this.delegate.deleteBackup(request);
	}

	@Override
	public CompletableFuture<DeleteItemResponse> deleteItem(DeleteItemRequest request) {
		return limited(request, this.delegate::deleteItem);
	}

	@Override
	public CompletableFuture<DeleteResourcePolicyResponse> deleteResourcePolicy(DeleteResourcePolicyRequest request) {
		return this.delegate.deleteResourcePolicy(request);
	}

	@Override
	public CompletableFuture<DeleteTableResponse> deleteTable(DeleteTableRequest request) {
		return this.delegate.deleteTable(request);
	}

	@Override
	public CompletableFuture<DescribeBackupResponse> describeBackup(DescribeBackupRequest request) {
		return this.delegate.describeBackup(request);
	}

	@Override
	public CompletableFuture<DescribeContinuousBackupsResponse> describeContinuousBackups(
			DescribeContinuousBackupsRequest request) {
		return this.delegate.describeContinuousBackups(request);
	}

	@Override
	public CompletableFuture<DescribeContributorInsightsResponse> describeContributorInsights(
			DescribeContributorInsightsRequest request) {
		return this.delegate.describeContributorInsights(request);
	}

	@Override
	public CompletableFuture<DescribeEndpointsResponse> describeEndpoints(DescribeEndpointsRequest request) {
		return this.delegate.describeEndpoints(request);
	}

	@Override
	public CompletableFuture<DescribeExportResponse> describeExport(DescribeExportRequest request) {
		return this.delegate.describeExport(request);
	}

	@Override
	public CompletableFuture<DescribeGlobalTableResponse> describeGlobalTable(DescribeGlobalTableRequest request) {
		return this.delegate.describeGlobalTable(request);
	}

	@Override
	public CompletableFuture<DescribeGlobalTableSettingsResponse> describeGlobalTableSettings(
			DescribeGlobalTableSettingsRequest request) {
		return this.delegate.describeGlobalTableSettings(request);
	}

	@Override
	public CompletableFuture<DescribeImportResponse> describeImport(DescribeImportRequest request) {
		return this.delegate.describeImport(request);
	}

	@Override
	public CompletableFuture<DescribeKinesisStreamingDestinationResponse> describeKinesisStreamingDestination(
			DescribeKinesisStreamingDestinationRequest request) {
		return this.delegate.describeKinesisStreamingDestination(request);
	}

	@Override
	public CompletableFuture<DescribeLimitsResponse> describeLimits(DescribeLimitsRequest request) {
		return this.delegate.describeLimits(request);
	}

	@Override
	public CompletableFuture<DescribeTableResponse> describeTable(DescribeTableRequest request) {
		return this.delegate.describeTable(request);
	}

	@Override
	public CompletableFuture<DescribeTableReplicaAutoScalingResponse> describeTableReplicaAutoScaling(
			DescribeTableReplicaAutoScalingRequest request) {
		return this.delegate.describeTableReplicaAutoScaling(request);
	}

	@Override
	public CompletableFuture<DescribeTimeToLiveResponse> describeTimeToLive(DescribeTimeToLiveRequest request) {
		return this.delegate.describeTimeToLive(request);
	}

	@Override
	public CompletableFuture<DisableKinesisStreamingDestinationResponse> disableKinesisStreamingDestination(
			DisableKinesisStreamingDestinationRequest request) {
		return this.delegate.disableKinesisStreamingDestination(request);
	}

	@Override
	public CompletableFuture<EnableKinesisStreamingDestinationResponse> enableKinesisStreamingDestination(
			EnableKinesisStreamingDestinationRequest request) {
		return this.delegate.enableKinesisStreamingDestination(request);
	}

	@Override
	public CompletableFuture<ExecuteStatementResponse> executeStatement(ExecuteStatementRequest request) {
		return limited(request, this.delegate::executeStatement);
	}

	@Override
	public CompletableFuture<ExecuteTransactionResponse> executeTransaction(ExecuteTransactionRequest request) {
		return limited(request, this.delegate::executeTransaction);
	}

	@Override
	public CompletableFuture<ExportTableToPointInTimeResponse> exportTableToPointInTime(
			ExportTableToPointInTimeRequest request) {
		return this.delegate.exportTableToPointInTime(request);
	}

	@Override
	public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
		return limited(request, this.delegate::getItem);
	}

	@Override
	public CompletableFuture<GetResourcePolicyResponse> getResourcePolicy(GetResourcePolicyRequest request) {
		return this.delegate.getResourcePolicy(request);
	}

	@Override
	public CompletableFuture<ImportTableResponse> importTable(ImportTableRequest request) {
		return this.delegate.importTable(request);
	}

	@Override
	public CompletableFuture<ListBackupsResponse> listBackups(ListBackupsRequest request) {
		return this.delegate.listBackups(request);
	}

	@Override
	public CompletableFuture<ListContributorInsightsResponse> listContributorInsights(
			ListContributorInsightsRequest request) {
		return this.delegate.listContributorInsights(request);
	}

	@Override
	public CompletableFuture<ListExportsResponse> listExports(ListExportsRequest request) {
		return this.delegate.listExports(request);
	}

	@Override
	public CompletableFuture<ListGlobalTablesResponse> listGlobalTables(ListGlobalTablesRequest request) {
		return this.delegate.listGlobalTables(request);
	}

	@Override
	public CompletableFuture<ListImportsResponse> listImports(ListImportsRequest request) {
		return this.delegate.listImports(request);
	}

	@Override
	public CompletableFuture<ListTablesResponse> listTables(ListTablesRequest request) {
		return this.delegate.listTables(request);
	}

	@Override
	public CompletableFuture<ListTagsOfResourceResponse> listTagsOfResource(ListTagsOfResourceRequest request) {
		return this.delegate.listTagsOfResource(request);
	}

	@Override
	public CompletableFuture<PutItemResponse> putItem(PutItemRequest request) {
		return limited(request, this.delegate::putItem);
	}

	@Override
	public CompletableFuture<PutResourcePolicyResponse> putResourcePolicy(PutResourcePolicyRequest request) {
		return this.delegate.putResourcePolicy(request);
	}

	@Override
	public CompletableFuture<QueryResponse> query(QueryRequest request) {
		return limited(request, this.delegate::query);
	}

	@Override
	public CompletableFuture<RestoreTableFromBackupResponse> restoreTableFromBackup(
			RestoreTableFromBackupRequest request) {
		return this.delegate.restoreTableFromBackup(request);
	}

	@Override
	public CompletableFuture<RestoreTableToPointInTimeResponse> restoreTableToPointInTime(
			RestoreTableToPointInTimeRequest request) {
		return this.delegate.restoreTableToPointInTime(request);
	}

	@Override
	public CompletableFuture<ScanResponse> scan(ScanRequest request) {
		return limited(request, this.delegate::scan);
	}

	@Override
	public CompletableFuture<SearchVectorsResponse> searchVectors(SearchVectorsRequest request) {
		return this.delegate.searchVectors(request);
	}

	@Override
	public CompletableFuture<TagResourceResponse> tagResource(TagResourceRequest request) {
		return this.delegate.tagResource(request);
	}

	@Override
	public CompletableFuture<TransactGetItemsResponse> transactGetItems(TransactGetItemsRequest request) {
		return limited(request, this.delegate::transactGetItems);
	}

	@Override
	public CompletableFuture<TransactWriteItemsResponse> transactWriteItems(TransactWriteItemsRequest request) {
		return limited(request, this.delegate::transactWriteItems);
	}

	@Override
	public CompletableFuture<UntagResourceResponse> untagResource(UntagResourceRequest request) {
		return this.delegate.untagResource(request);
	}

	@Override
	public CompletableFuture<UpdateContinuousBackupsResponse> updateContinuousBackups(
			UpdateContinuousBackupsRequest request) {
		return this.delegate.updateContinuousBackups(request);
	}

	@Override
	public CompletableFuture<UpdateContributorInsightsResponse> updateContributorInsights(
			UpdateContributorInsightsRequest request) {
		return this.delegate.updateContributorInsights(request);
	}

	@Override
	public CompletableFuture<UpdateGlobalTableResponse> updateGlobalTable(UpdateGlobalTableRequest request) {
		return this.delegate.updateGlobalTable(request);
	}

	@Override
	public CompletableFuture<UpdateGlobalTableSettingsResponse> updateGlobalTableSettings(
			UpdateGlobalTableSettingsRequest request) {
		return this.delegate.updateGlobalTableSettings(request);
	}

	@Override
	public CompletableFuture<UpdateItemResponse> updateItem(UpdateItemRequest request) {
		return limited(request, this.delegate::updateItem);
	}

	@Override
	public CompletableFuture<UpdateKinesisStreamingDestinationResponse> updateKinesisStreamingDestination(
			UpdateKinesisStreamingDestinationRequest request) {
		return this.delegate.updateKinesisStreamingDestination(request);
	}

	@Override
	public CompletableFuture<UpdateTableResponse> updateTable(UpdateTableRequest request) {
		return this.delegate.updateTable(request);
	}

	@Override
	public CompletableFuture<UpdateTableReplicaAutoScalingResponse> updateTableReplicaAutoScaling(
			UpdateTableReplicaAutoScalingRequest request) {
		return this.delegate.updateTableReplicaAutoScaling(request);
	}

	@Override
	public CompletableFuture<UpdateTimeToLiveResponse> updateTimeToLive(UpdateTimeToLiveRequest request) {
		return this.delegate.updateTimeToLive(request);
	}

	@Override
	public QueryPublisher queryPaginator(QueryRequest request) {
		return new QueryPublisher(this, request);
	}

	@Override
	public ScanPublisher scanPaginator(ScanRequest request) {
		return new ScanPublisher(this, request);
	}

	@Override
	public BatchGetItemPublisher batchGetItemPaginator(BatchGetItemRequest request) {
		return new BatchGetItemPublisher(this, request);
	}

	@Override
	public ListContributorInsightsPublisher listContributorInsightsPaginator(ListContributorInsightsRequest request) {
		return this.delegate.listContributorInsightsPaginator(request);
	}

	@Override
	public ListExportsPublisher listExportsPaginator(ListExportsRequest request) {
		return this.delegate.listExportsPaginator(request);
	}

	@Override
	public ListImportsPublisher listImportsPaginator(ListImportsRequest request) {
		return this.delegate.listImportsPaginator(request);
	}

	@Override
	public ListTablesPublisher listTablesPaginator(ListTablesRequest request) {
		return this.delegate.listTablesPaginator(request);
	}

	@Override
	public DynamoDbAsyncWaiter waiter() {
		return this.delegate.waiter();
	}

	@Override
	public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
		return this.delegate.serviceClientConfiguration();
	}

	@Override
	public String serviceName() {
		return this.delegate.serviceName();
	}

	@Override
	public void close() {
		this.delegate.close();
	}

}
