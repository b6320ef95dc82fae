// Package ingest finds and fetches articles for each configured source and
// turns them into stored documents.
//
// A source run discovers links (feed, sitemap, listing page or a feed file
// on disk), skips those already stored, and sends the rest through the
// pipeline's stages: fetch and parse workers, extract workers and one
// storing stage, connected by small channels and cancelled by context. Each
// stored document and its facts go out on a channel for the index writer.
// The Scheduler runs each source on its own interval or cron schedule.
//
// Sub-packages: fetch (polite HTTP), discover (feeds, sitemaps, listing
// pages), article (HTML to article) and charset (encodings and mojibake).
// ingest never imports extract or index: extraction comes in as a function.
package ingest
