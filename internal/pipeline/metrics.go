package pipeline

import (
	"context"
	"time"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the Prometheus instruments of a Pipeline; all nil-safe
// through the methods below, so a Pipeline without a registerer records
// nothing.
type metrics struct {
	pages, articlesNew, articlesUnchanged, crawlErrors *prometheus.CounterVec
	runs                                               *prometheus.CounterVec
	runSeconds                                         prometheus.Histogram
	extracted, stored, commitments                     prometheus.Counter
	extractSeconds                                     prometheus.Histogram
}

// newMetrics registers the pipeline's instruments with reg, including
// gauges that read the queue's pending counts at scrape time.
func newMetrics(reg prometheus.Registerer, q *queue.Queue) (*metrics, error) {
	perSource := func(name, help string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pledgewatch", Name: name, Help: help}, []string{"source"})
	}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Namespace: "pledgewatch", Name: name, Help: help})
	}
	m := &metrics{
		pages:             perSource("crawl_pages_total", "HTTP fetches that succeeded (feeds, sitemaps, pages)."),
		articlesNew:       perSource("crawl_articles_new_total", "Articles published for extraction (new or changed)."),
		articlesUnchanged: perSource("crawl_articles_unchanged_total", "Articles skipped because they were stored before, unchanged."),
		crawlErrors:       perSource("crawl_errors_total", "Per-URL crawl failures."),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pledgewatch", Name: "runs_total",
			Help: "Ingestion runs by result (ok, error)."}, []string{"result"}),
		runSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "pledgewatch", Name: "run_duration_seconds",
			Help: "Duration of ingestion runs.", Buckets: prometheus.ExponentialBuckets(1, 2, 12)}),
		extracted:   counter("extracted_articles_total", "Articles run through the extractor."),
		stored:      counter("stored_extractions_total", "Extractions committed to the store by this process."),
		commitments: counter("stored_commitments_new_total", "New commitments committed to the store by this process."),
		extractSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "pledgewatch", Name: "extract_duration_seconds",
			Help: "Time to extract one article.", Buckets: prometheus.ExponentialBuckets(0.0001, 4, 8)}),
	}
	cs := []prometheus.Collector{m.pages, m.articlesNew, m.articlesUnchanged, m.crawlErrors, m.runs, m.runSeconds,
		m.extracted, m.stored, m.commitments, m.extractSeconds}
	for _, s := range []queue.Stream{queue.Articles, queue.Extractions, queue.Dead} {
		cs = append(cs, prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "pledgewatch", Name: "queue_messages",
			Help: "Messages in a stream: not yet processed (work queues) or kept (dead letters).", ConstLabels: prometheus.Labels{"stream": string(s)}},
			func() float64 {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				n, err := q.Pending(ctx, s)
				if err != nil {
					return -1
				}
				return float64(n)
			}))
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *metrics) crawled(source string, s crawler.Stats) {
	if m == nil {
		return
	}
	m.pages.WithLabelValues(source).Add(float64(s.Pages))
	m.articlesNew.WithLabelValues(source).Add(float64(s.ArticlesNew))
	m.articlesUnchanged.WithLabelValues(source).Add(float64(s.ArticlesUnchanged))
	m.crawlErrors.WithLabelValues(source).Add(float64(s.Errors))
}

func (m *metrics) ran(d time.Duration, err error) {
	if m == nil {
		return
	}
	result := "ok"
	if err != nil {
		result = "error"
	}
	m.runs.WithLabelValues(result).Inc()
	m.runSeconds.Observe(d.Seconds())
}

func (m *metrics) extractedOne(d time.Duration) {
	if m == nil {
		return
	}
	m.extracted.Inc()
	m.extractSeconds.Observe(d.Seconds())
}

func (m *metrics) storedOne(newCommitments int) {
	if m == nil {
		return
	}
	m.stored.Inc()
	m.commitments.Add(float64(newCommitments))
}
