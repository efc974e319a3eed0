package queue

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

func TestErrorClasses(t *testing.T) {
	api := func(code, errCode int, desc string) error {
		return fmt.Errorf("publish: %w", &jetstream.APIError{Code: code, ErrorCode: jetstream.ErrorCode(errCode), Description: desc})
	}
	tests := []struct {
		name            string
		err             error
		full, transient bool
	}{
		{"no responders (stream without leader)", fmt.Errorf("x: %w", nats.ErrNoResponders), false, true},
		{"no stream response", jetstream.ErrNoStreamResponse, false, true},
		{"timeout", nats.ErrTimeout, false, true},
		{"per-attempt deadline", context.DeadlineExceeded, false, true},
		{"reconnecting", nats.ErrConnectionReconnecting, false, true},
		{"cluster temporarily unavailable", api(503, 10008, "JetStream system temporarily unavailable"), false, true},
		{"jetstream not enabled (out of space, disabled)", api(503, 10076, "JetStream not enabled"), false, true},
		{"insufficient resources", api(503, errCodeInsufficientResources, "insufficient resources"), true, false},
		{"storage resources exceeded", api(500, errCodeStorageResourcesExceeded, "insufficient storage resources available"), true, false},
		{"disk full", api(503, errCodeStoreFailed, "write /data/jetstream/x: no space left on device"), true, false},
		{"other store failure", api(503, errCodeStoreFailed, "message too old"), false, true},
		{"bad request", api(400, 10058, "stream name already in use with a different configuration"), false, false},
		{"plain error", errors.New("boom"), false, false},
		{"nil", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := storageFull(tt.err); got != tt.full {
				t.Errorf("storageFull = %v, want %v", got, tt.full)
			}
			if got := transient(tt.err); got != tt.transient {
				t.Errorf("transient = %v, want %v", got, tt.transient)
			}
		})
	}
}

// TestStorageFullErrorReads checks the user-facing text and the wrapping
// of a recorded storage-full error.
func TestStorageFullErrorReads(t *testing.T) {
	q := &Queue{}
	raw := &jetstream.APIError{Code: 503, ErrorCode: errCodeInsufficientResources, Description: "insufficient resources"}
	err := q.noteStorageFull(raw)
	if !errors.Is(err, ErrStorageFull) || !errors.Is(err, raw) {
		t.Errorf("%v does not wrap ErrStorageFull and the server's error", err)
	}
	if want := "NATS JetStream storage is full (server: insufficient resources)"; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	if n, last := q.StorageFull(); n != 1 || last != err {
		t.Errorf("StorageFull() = %d, %v", n, last)
	}
	if other := errors.New("boom"); q.noteStorageFull(other) != other {
		t.Error("a non-storage error was rewritten")
	}
}
