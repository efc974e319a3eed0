package queue

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// ErrStorageFull means JetStream refused to store a message because its
// storage is full (the disk, or the server's max_file_store or an account
// limit). Nothing already stored is lost; see Queue.StorageFull.
var ErrStorageFull = errors.New("NATS JetStream storage is full")

// JetStream API error codes (nats-server's jetstream_errors_generated.go)
// that mean the storage is full.
const (
	errCodeInsufficientResources    = 10023
	errCodeStorageResourcesExceeded = 10047
	errCodeMemoryResourcesExceeded  = 10028
	errCodeStoreFailed              = 10077
)

// storageFull reports whether err says that JetStream storage is full.
func storageFull(err error) bool {
	var api *jetstream.APIError
	if !errors.As(err, &api) {
		return false
	}
	switch api.ErrorCode {
	case errCodeInsufficientResources, errCodeStorageResourcesExceeded, errCodeMemoryResourcesExceeded:
		return true
	case errCodeStoreFailed:
		d := strings.ToLower(api.Description)
		return strings.Contains(d, "no space") || strings.Contains(d, "resources")
	}
	return false
}

// transient reports whether err is one that goes away by itself: the
// server unreachable or reconnecting, a stream or the JetStream meta group
// without a leader (no responders, timeouts, "temporarily unavailable").
// Storage-full errors are not transient: retrying does not free disk.
func transient(err error) bool {
	if err == nil || storageFull(err) {
		return false
	}
	for _, e := range []error{
		nats.ErrNoResponders, nats.ErrTimeout, nats.ErrNoServers, nats.ErrConnectionReconnecting,
		nats.ErrDisconnected, nats.ErrStaleConnection, jetstream.ErrNoStreamResponse,
		jetstream.ErrJetStreamNotEnabled, context.DeadlineExceeded,
	} {
		if errors.Is(err, e) {
			return true
		}
	}
	var api *jetstream.APIError
	if errors.As(err, &api) {
		return api.Code == 503 || api.Code == 408 || api.Code == 504
	}
	return false
}

// retry calls f until it succeeds, fails with an error that is not
// transient, ctx ends, or (wait > 0) wait has passed since the first
// failure; a negative wait retries until ctx ends. Each attempt gets its
// own context bounded by opTimeout. Pauses between attempts double from
// 100ms up to 2s. It returns f's last error.
func (q *Queue) retry(ctx context.Context, wait time.Duration, what string, f func(context.Context) error) error {
	pause := 100 * time.Millisecond
	var deadline time.Time
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, opTimeout)
		err := f(actx)
		cancel()
		if err == nil || !transient(err) || ctx.Err() != nil {
			if err != nil && ctx.Err() != nil && !errors.Is(err, ctx.Err()) {
				err = fmt.Errorf("%w (%w)", err, ctx.Err())
			}
			return err
		}
		if deadline.IsZero() {
			deadline = time.Now().Add(wait)
		}
		if wait >= 0 && time.Now().Add(pause).After(deadline) {
			return err
		}
		level := q.log.Debug
		if attempt%10 == 3 {
			level = q.log.Warn // say so now and then while waiting
		}
		level("queue: NATS not available, retrying", "op", what, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (%w)", err, ctx.Err())
		case <-time.After(pause):
		}
		pause = min(2*pause, 2*time.Second)
	}
}

// noteStorageFull records err as the storage-full condition when it is
// one, and returns err wrapped with ErrStorageFull in that case.
func (q *Queue) noteStorageFull(err error) error {
	if !storageFull(err) {
		return err
	}
	err = &fullError{err: err}
	q.fullMu.Lock()
	q.full = err
	q.fulls++
	q.fullMu.Unlock()
	return err
}

// StorageFull returns how many times since Open JetStream refused to store
// a message (Publish, KV writes, handler outcomes) because its storage is
// full, and the last such error (wrapping ErrStorageFull; nil when n is
// 0). Stages that depend on storing messages cannot make progress then: an
// ingestion run should stop and report it rather than wait. Compare n
// before and after an operation to see whether it ran into a full store.
func (q *Queue) StorageFull() (n int64, last error) {
	q.fullMu.Lock()
	defer q.fullMu.Unlock()
	return q.fulls, q.full
}

// fullError is a storage-full error: it reads as ErrStorageFull with the
// server's description, and wraps both.
type fullError struct{ err error }

func (e *fullError) Error() string {
	var api *jetstream.APIError
	if errors.As(e.err, &api) && api.Description != "" {
		return fmt.Sprintf("%s (server: %s)", ErrStorageFull, api.Description)
	}
	return fmt.Sprintf("%s: %s", ErrStorageFull, e.err)
}

func (e *fullError) Unwrap() []error { return []error{ErrStorageFull, e.err} }
