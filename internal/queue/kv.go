package queue

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// KV is the crawl-state store: a JetStream key-value bucket shared by all
// processes connected to the same JetStream. Any non-empty string is a
// valid key (URLs included): keys are encoded before they reach NATS.
// Values are opaque bytes. Safe for concurrent use. Operations that fail
// because the bucket's stream has no leader (a server of the cluster
// restarting) are retried for up to Config.LeaderWait.
type KV struct {
	kv jetstream.KeyValue
	q  *Queue
}

// ErrEmptyKey is returned for an empty KV key.
var ErrEmptyKey = errors.New("queue: empty key")

// Get returns a copy of the value stored under key, or (nil, nil) when key
// is missing or deleted.
func (kv *KV) Get(ctx context.Context, key string) ([]byte, error) {
	if key == "" {
		return nil, ErrEmptyKey
	}
	var e jetstream.KeyValueEntry
	err := kv.q.retry(ctx, kv.q.cfg.LeaderWait, "kv get", func(ctx context.Context) error {
		var err error
		e, err = kv.kv.Get(ctx, kvKey(key))
		return err
	})
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("queue: kv get: %w", err)
	}
	return append([]byte{}, e.Value()...), nil
}

// Put stores value under key, replacing any previous value. It returns
// once the server has stored it. The caller keeps ownership of value.
func (kv *KV) Put(ctx context.Context, key string, value []byte) error {
	if key == "" {
		return ErrEmptyKey
	}
	err := kv.q.retry(ctx, kv.q.cfg.LeaderWait, "kv put", func(ctx context.Context) error {
		_, err := kv.kv.Put(ctx, kvKey(key), value)
		return err
	})
	if err != nil {
		return fmt.Errorf("queue: kv put: %w", kv.q.noteStorageFull(err))
	}
	return nil
}

// Delete removes key; deleting a missing key is not an error.
func (kv *KV) Delete(ctx context.Context, key string) error {
	if key == "" {
		return ErrEmptyKey
	}
	err := kv.q.retry(ctx, kv.q.cfg.LeaderWait, "kv delete", func(ctx context.Context) error {
		return kv.kv.Delete(ctx, kvKey(key))
	})
	if err != nil {
		return fmt.Errorf("queue: kv delete: %w", err)
	}
	return nil
}

// maxRawKey is the longest key stored reversibly; longer keys are hashed
// so that the NATS subject stays short.
const maxRawKey = 256

// kvKey maps any string to a valid NATS KV key, injectively for practical
// purposes: keys up to maxRawKey bytes become "k." + base64url(key),
// longer ones "h." + hex(sha256(key)). Both alphabets are valid KV key
// characters and the two prefixes keep the forms apart.
func kvKey(key string) string {
	if len(key) <= maxRawKey {
		return "k." + base64.RawURLEncoding.EncodeToString([]byte(key))
	}
	sum := sha256.Sum256([]byte(key))
	return "h." + hex.EncodeToString(sum[:])
}

// Update replaces the value under key with fn(current) atomically: fn
// gets the current value (nil when key is missing) and returns the new
// one; when another writer changed key in between, Update reads it again
// and calls fn again. An error from fn ends Update with that error.
func (kv *KV) Update(ctx context.Context, key string, fn func(cur []byte) ([]byte, error)) error {
	if key == "" {
		return ErrEmptyKey
	}
	k := kvKey(key)
	for {
		var cur []byte
		var rev uint64
		err := kv.q.retry(ctx, kv.q.cfg.LeaderWait, "kv get", func(ctx context.Context) error {
			e, err := kv.kv.Get(ctx, k)
			if err == nil {
				cur, rev = e.Value(), e.Revision()
			}
			return err
		})
		if err != nil && !errors.Is(err, jetstream.ErrKeyNotFound) {
			return fmt.Errorf("queue: kv update: %w", err)
		}
		next, err := fn(cur)
		if err != nil {
			return err
		}
		err = kv.q.retry(ctx, kv.q.cfg.LeaderWait, "kv update", func(ctx context.Context) error {
			var err error
			if rev == 0 {
				_, err = kv.kv.Create(ctx, k, next)
			} else {
				_, err = kv.kv.Update(ctx, k, next, rev)
			}
			return err
		})
		switch {
		case err == nil:
			return nil
		case errors.Is(err, jetstream.ErrKeyExists):
			continue // changed meanwhile: read again
		default:
			return fmt.Errorf("queue: kv update: %w", kv.q.noteStorageFull(err))
		}
	}
}

// Watch calls fn with the value of every key of the bucket, first as it
// is now and then at each change (not for deletions), until ctx ends
// (then it returns nil). fn is called from one goroutine.
func (kv *KV) Watch(ctx context.Context, fn func(value []byte)) error {
	w, err := kv.kv.WatchAll(ctx, jetstream.IgnoreDeletes())
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("queue: kv watch: %w", err)
	}
	defer w.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case e, ok := <-w.Updates():
			if !ok {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("queue: kv watch: %w", ErrClosed)
			}
			if e != nil { // nil marks the end of the current values
				fn(e.Value())
			}
		}
	}
}
