// Copyright 2026 the dynamo-spring-boot authors.
// Licensed under the Apache License, Version 2.0.
//
// Starts dynalite in memory on 127.0.0.1 and a free port, with tables that are ACTIVE at once, and
// prints "PORT <n>" on standard output for the Java test that started it. Exits when standard input
// closes, so a test JVM that dies takes this process with it.
'use strict'

const dynalite = require('dynalite')

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })

server.listen(0, '127.0.0.1', () => {
  process.stdout.write('PORT ' + server.address().port + '\n')
})

function stop () {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 2000).unref()
}

process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.resume()
process.on('SIGTERM', stop)
