package embedded

// migrations are applied in order; migrations[i] moves the schema from
// version i to i+1. Never edit a released migration: append a new one.
var migrations = []string{
	`CREATE TABLE documents (
		id           INTEGER PRIMARY KEY,
		url          TEXT NOT NULL UNIQUE,
		source       TEXT NOT NULL,
		title        TEXT NOT NULL DEFAULT '',
		authors      TEXT NOT NULL DEFAULT '[]',
		published    INTEGER,
		modified     INTEGER,
		fetched      INTEGER NOT NULL,
		language     TEXT NOT NULL DEFAULT '',
		site_name    TEXT NOT NULL DEFAULT '',
		image_url    TEXT NOT NULL DEFAULT '',
		text         TEXT NOT NULL DEFAULT '',
		raw_html     BLOB,
		content_hash TEXT NOT NULL DEFAULT '',
		simhash      INTEGER NOT NULL DEFAULT 0,
		band0        INTEGER NOT NULL DEFAULT 0,
		band1        INTEGER NOT NULL DEFAULT 0,
		band2        INTEGER NOT NULL DEFAULT 0,
		band3        INTEGER NOT NULL DEFAULT 0,
		duplicate_of INTEGER NOT NULL DEFAULT 0,
		date_source  TEXT NOT NULL DEFAULT '',
		indexed      INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX documents_hash ON documents(content_hash);
	CREATE INDEX documents_band0 ON documents(band0);
	CREATE INDEX documents_band1 ON documents(band1);
	CREATE INDEX documents_band2 ON documents(band2);
	CREATE INDEX documents_band3 ON documents(band3);
	CREATE INDEX documents_unindexed ON documents(id) WHERE indexed = 0;
	CREATE TABLE facts (
		id             INTEGER PRIMARY KEY,
		document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		type           TEXT NOT NULL,
		start          INTEGER NOT NULL,
		end            INTEGER NOT NULL,
		text           TEXT NOT NULL,
		sentence_start INTEGER NOT NULL DEFAULT 0,
		sentence_end   INTEGER NOT NULL DEFAULT 0,
		amount         REAL,
		amount_max     REAL,
		currency       TEXT NOT NULL DEFAULT '',
		qualifier      TEXT NOT NULL DEFAULT '',
		vague          INTEGER NOT NULL DEFAULT 0,
		per            TEXT NOT NULL DEFAULT '',
		timex_type     TEXT NOT NULL DEFAULT '',
		value          TEXT NOT NULL DEFAULT '',
		range_start    INTEGER,
		range_end      INTEGER,
		number         REAL,
		unit           TEXT NOT NULL DEFAULT '',
		entity         TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX facts_document ON facts(document_id);
	CREATE TABLE fetch_state (
		url           TEXT PRIMARY KEY,
		etag          TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		status        INTEGER NOT NULL DEFAULT 0,
		error         TEXT NOT NULL DEFAULT '',
		checked       INTEGER NOT NULL
	);
	CREATE TABLE runs (
		id        INTEGER PRIMARY KEY,
		source    TEXT NOT NULL,
		started   INTEGER NOT NULL,
		finished  INTEGER,
		new       INTEGER NOT NULL DEFAULT 0,
		updated   INTEGER NOT NULL DEFAULT 0,
		unchanged INTEGER NOT NULL DEFAULT 0,
		failed    INTEGER NOT NULL DEFAULT 0,
		facts     INTEGER NOT NULL DEFAULT 0,
		error     TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX runs_source ON runs(source, id);`,
}
