package queue

import "strings"

// Stream names a JetStream stream of the project.
type Stream string

// The project's streams.
const (
	// Articles holds crawled articles awaiting extraction (subject
	// pw.articles, work-queue retention).
	Articles Stream = "PW_ARTICLES"
	// Extractions holds extraction results awaiting the store (subject
	// pw.extractions, work-queue retention).
	Extractions Stream = "PW_EXTRACTIONS"
	// Dead holds dead letters (subjects pw.dead.>, limits retention): the
	// payloads whose handler failed for good, with reason headers. See
	// Queue.DeadLetters.
	Dead Stream = "PW_DEAD"
	// CrawlRuns holds scheduled crawl runs awaiting a crawler (subject
	// pw.crawlruns, work-queue retention, a long Nats-Msg-Id window so
	// that every scheduler can publish the same run).
	CrawlRuns Stream = "PW_CRAWLRUNS"
	// CrawlPages holds the page jobs of crawl runs (subjects
	// pw.crawlpages.<shard>, work-queue retention), taken through one
	// consumer per host shard. See PublishPage and ConsumePages.
	CrawlPages Stream = "PW_CRAWLPAGES"
)

// deadPrefix starts the subject of every dead letter.
const deadPrefix = "pw.dead."

// valid reports whether s is one of the project's streams.
func (s Stream) valid() bool {
	return s == Articles || s == Extractions || s == Dead || s == CrawlRuns || s == CrawlPages
}

// work reports whether s is a work-queue stream (one that Publish and
// Consume accept).
func (s Stream) work() bool {
	return s == Articles || s == Extractions || s == CrawlRuns
}

// subject is the subject messages of a work-queue stream are published on.
func (s Stream) subject() string {
	return "pw." + strings.ToLower(strings.TrimPrefix(string(s), "PW_"))
}

// deadSubject is the subject of the dead letters coming from s.
func (s Stream) deadSubject() string {
	return deadPrefix + strings.ToLower(strings.TrimPrefix(string(s), "PW_"))
}
