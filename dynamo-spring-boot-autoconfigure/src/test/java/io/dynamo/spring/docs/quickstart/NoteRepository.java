/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.quickstart;

import java.util.List;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.repository.DynamoPageRequest;
import io.dynamo.spring.repository.DynamoRepository;

/**
 * The README's repository sample: every derived method is a key query.
 *
 * @author dynamo-spring-boot authors
 */
public interface NoteRepository extends DynamoRepository<Note, DynamoKey> {

	// a Query, newest first
	List<Note> findByAuthorOrderByIdDesc(String author);

	// one page and an authenticated token for the next
	DynamoPage<Note> findByAuthor(String author, DynamoPageRequest page);

	// the key condition, then a filter on the text
	List<Note> findByAuthorAndTextContaining(String author, String word);

	// Select=COUNT
	long countByAuthor(String author);

}
