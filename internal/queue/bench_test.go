package queue

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

var errFixture = errors.New("fixture failure")

// BenchmarkPublishConsume publishes b.N 1 KiB messages (one JetStream ack
// each) and consumes them with 4 workers (one confirmed ack each). It
// reports msgs/s for the whole round trip.
func BenchmarkPublishConsume(b *testing.B) {
	q := openTest(b, testConfig(b))
	payload := make([]byte, 1024)
	for i := range payload {
		payload[i] = byte('a' + i%26)
	}
	var handled atomic.Int64
	all := make(chan struct{})
	want := int64(b.N)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	b.ResetTimer()
	go func() {
		done <- q.Consume(ctx, Articles, 4, func(context.Context, []byte) error {
			if handled.Add(1) == want {
				close(all)
			}
			return nil
		})
	}()
	for i := range b.N {
		if err := q.Publish(ctx, Articles, fmt.Sprint("b", i), payload); err != nil {
			b.Fatal(err)
		}
	}
	<-all
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPublish stores b.N 4 KiB messages (about an extraction) one
// Publish after the other ("sync": a round trip each, as the extractor
// workers did) and in PublishBatch calls of 16 (as they do now).
func BenchmarkPublish(b *testing.B) {
	payload := make([]byte, 4<<10)
	for i := range payload {
		payload[i] = byte('a' + i%26)
	}
	b.Run("sync", func(b *testing.B) {
		q := openTest(b, testConfig(b))
		for i := 0; b.Loop(); i++ {
			if err := q.Publish(b.Context(), Extractions, fmt.Sprint("s", i), payload); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	})
	b.Run("batch16", func(b *testing.B) {
		q := openTest(b, testConfig(b))
		batch := make([]Message, 16)
		for i := 0; b.Loop(); i++ {
			for j := range batch {
				batch[j] = Message{ID: fmt.Sprint("b", i, ".", j), Data: payload}
			}
			for _, err := range q.PublishBatch(b.Context(), Extractions, batch) {
				if err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.N*len(batch))/b.Elapsed().Seconds(), "msgs/s")
	})
}
