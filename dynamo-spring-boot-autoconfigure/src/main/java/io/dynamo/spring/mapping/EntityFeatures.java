/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.github.f4b6a3.ulid.UlidCreator;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes an entity writes itself: a version for optimistic locking, a TTL stored
 * as epoch seconds, a generated id, created and last-modified timestamps, and the
 * auditors who created and last modified it.
 *
 * @author dynamo-spring-boot authors
 */
final class EntityFeatures {

	private final @Nullable String versionAttribute;

	private final @Nullable String ttlAttribute;

	private final @Nullable String createdAttribute;

	private final @Nullable String modifiedAttribute;

	private final @Nullable String generatedIdAttribute;

	private final GeneratedId.Strategy idStrategy;

	private final Clock clock;

	private @Nullable BiFunction<String, Object, AttributeValue> converter;

	private @Nullable String createdByAttribute;

	private @Nullable String modifiedByAttribute;

	private Supplier<? extends Optional<?>> auditor = Optional::empty;

	EntityFeatures(@Nullable String versionAttribute, @Nullable String ttlAttribute, @Nullable String createdAttribute,
			@Nullable String modifiedAttribute, @Nullable String generatedIdAttribute, GeneratedId.Strategy idStrategy,
			Clock clock) {
		this.versionAttribute = versionAttribute;
		this.ttlAttribute = ttlAttribute;
		this.createdAttribute = createdAttribute;
		this.modifiedAttribute = modifiedAttribute;
		this.generatedIdAttribute = generatedIdAttribute;
		this.idStrategy = idStrategy;
		this.clock = clock;
	}

	void converter(BiFunction<String, Object, AttributeValue> converter) {
		this.converter = converter;
	}

	void auditors(@Nullable String createdBy, @Nullable String modifiedBy, Supplier<? extends Optional<?>> auditor) {
		this.createdByAttribute = createdBy;
		this.modifiedByAttribute = modifiedBy;
		this.auditor = auditor;
	}

	@Nullable String modifiedByAttribute() {
		return this.modifiedByAttribute;
	}

	/**
	 * The current auditor as the given attribute stores it.
	 * @param attribute the attribute
	 * @return the value, or {@code null} without a current auditor
	 */
	@Nullable AttributeValue auditor(String attribute) {
		Optional<?> current = this.auditor.get();
		return (current.isPresent() && this.converter != null) ? this.converter.apply(attribute, current.get()) : null;
	}

	@Nullable String versionAttribute() {
		return this.versionAttribute;
	}

	/**
	 * Whether writing sets no key attribute and reads nothing bound to the calling thread
	 * (the auditor, typically from the security context).
	 * @return {@code true} without a generated id and without auditor attributes
	 */
	boolean writesApartFromCaller() {
		return this.generatedIdAttribute == null && this.createdByAttribute == null && this.modifiedByAttribute == null;
	}

	/**
	 * Whether writing adds or converts no attribute: no version, TTL, generated id,
	 * timestamps or auditors.
	 * @return {@code true} for an entity without any of them
	 */
	boolean writesNothing() {
		return this.versionAttribute == null && this.ttlAttribute == null && this.createdAttribute == null
				&& this.modifiedAttribute == null && writesApartFromCaller();
	}

	@Nullable String ttlAttribute() {
		return this.ttlAttribute;
	}

	@Nullable String modifiedAttribute() {
		return this.modifiedAttribute;
	}

	void beforeWrite(Map<String, AttributeValue> item) {
		if (this.ttlAttribute != null) {
			AttributeValue ttl = item.get(this.ttlAttribute);
			if (ttl != null && ttl.s() != null) {
				item.put(this.ttlAttribute,
						AttributeValue.fromN(Long.toString(Instant.parse(ttl.s()).getEpochSecond())));
			}
		}
		if (this.generatedIdAttribute != null && !item.containsKey(this.generatedIdAttribute)) {
			String id = (this.idStrategy == GeneratedId.Strategy.ULID) ? UlidCreator.getMonotonicUlid().toString()
					: UUID.randomUUID().toString();
			item.put(this.generatedIdAttribute, AttributeValue.fromS(id));
		}
		if (this.createdByAttribute != null || this.modifiedByAttribute != null) {
			String attribute = (this.createdByAttribute != null) ? this.createdByAttribute : this.modifiedByAttribute;
			AttributeValue current = auditor(attribute);
			if (current != null && this.createdByAttribute != null && !item.containsKey(this.createdByAttribute)) {
				item.put(this.createdByAttribute, current);
			}
			if (current != null && this.modifiedByAttribute != null) {
				item.put(this.modifiedByAttribute, auditor(this.modifiedByAttribute));
			}
		}
		if (this.createdAttribute != null || this.modifiedAttribute != null) {
			Instant now = this.clock.instant();
			if (this.createdAttribute != null && !item.containsKey(this.createdAttribute)) {
				item.put(this.createdAttribute, timestamp(this.createdAttribute, now));
			}
			if (this.modifiedAttribute != null) {
				item.put(this.modifiedAttribute, timestamp(this.modifiedAttribute, now));
			}
		}
	}

	void afterRead(Map<String, AttributeValue> item) {
		if (this.ttlAttribute != null) {
			AttributeValue ttl = item.get(this.ttlAttribute);
			if (ttl != null && ttl.n() != null) {
				item.put(this.ttlAttribute,
						AttributeValue.fromS(Instant.ofEpochSecond(Long.parseLong(ttl.n())).toString()));
			}
		}
	}

	AttributeValue timestamp(String attribute, Instant now) {
		return (this.converter != null) ? this.converter.apply(attribute, now) : AttributeValue.fromS(now.toString());
	}

	Instant now() {
		return this.clock.instant();
	}

}
