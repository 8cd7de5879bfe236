/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure.repositories.app;

import java.util.List;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.repository.DynamoRepository;

/**
 * A repository of the application.
 *
 * @author dynamo-spring-boot authors
 */
public interface GadgetRepository extends DynamoRepository<Gadget, DynamoKey> {

	List<Gadget> findByOwnerAndColour(String owner, String colour);

}
