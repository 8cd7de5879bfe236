/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.net.URI;

import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * Builds the HTTP client builders of the DynamoDB (and STS) clients from
 * {@link DynamoProperties}: timeouts, pool size and proxy. The SDK client that receives a
 * builder owns the HTTP client it builds and closes it with itself.
 *
 * @author dynamo-spring-boot authors
 */
final class DynamoHttpClients {

	private final DynamoProperties properties;

	DynamoHttpClients(DynamoProperties properties) {
		this.properties = properties;
	}

	ApacheHttpClient.Builder apache() {
		ApacheHttpClient.Builder builder = ApacheHttpClient.builder();
		PropertyMapper map = PropertyMapper.get();
		DynamoProperties.Timeouts timeouts = this.properties.timeouts();
		map.from(timeouts.connect()).to(builder::connectionTimeout);
		map.from(timeouts.read()).to(builder::socketTimeout);
		map.from(this.properties.maxConnections()).to(builder::maxConnections);
		DynamoProperties.Proxy proxy = this.properties.proxy();
		URI proxyEndpoint = proxy.endpoint();
		if (proxyEndpoint != null) {
			ProxyConfiguration.Builder proxyBuilder = ProxyConfiguration.builder()
				.endpoint(proxyEndpoint)
				.nonProxyHosts(proxy.nonProxyHosts());
			if (proxy.username() != null) {
				proxyBuilder.username(proxy.username()).password(proxy.password());
				proxyBuilder.preemptiveBasicAuthenticationEnabled(true);
			}
			builder.proxyConfiguration(proxyBuilder.build());
		}
		return builder;
	}

	NettyNioAsyncHttpClient.Builder netty() {
		NettyNioAsyncHttpClient.Builder builder = NettyNioAsyncHttpClient.builder();
		PropertyMapper map = PropertyMapper.get();
		DynamoProperties.Timeouts timeouts = this.properties.timeouts();
		map.from(timeouts.connect()).to(builder::connectionTimeout);
		map.from(timeouts.read()).to(builder::readTimeout);
		map.from(this.properties.maxConnections()).to(builder::maxConcurrency);
		DynamoProperties.Proxy proxy = this.properties.proxy();
		URI proxyEndpoint = proxy.endpoint();
		if (proxyEndpoint != null) {
			software.amazon.awssdk.http.nio.netty.ProxyConfiguration.Builder proxyBuilder = software.amazon.awssdk.http.nio.netty.ProxyConfiguration
				.builder()
				.scheme(proxyEndpoint.getScheme())
				.host(proxyEndpoint.getHost())
				.port(portOf(proxyEndpoint))
				.nonProxyHosts(proxy.nonProxyHosts());
			if (proxy.username() != null) {
				proxyBuilder.username(proxy.username()).password(proxy.password());
			}
			builder.proxyConfiguration(proxyBuilder.build());
		}
		return builder;
	}

	private static int portOf(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
