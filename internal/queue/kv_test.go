package queue

import (
	"context"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestKV(t *testing.T) {
	q := openTest(t, testConfig(t))
	kv := q.State()
	long := "https://example.org/" + strings.Repeat("a/", 400)
	tests := []struct {
		name string
		key  string
		puts []string // values put in order; nil: never put
		want []byte   // nil: missing
	}{
		{"missing", "https://example.org/never", nil, nil},
		{"put get", "seen:https://example.org/a", []string{"1"}, []byte("1")},
		{"overwrite", "etag:https://example.org/feed.xml", []string{`W/"1"`, `W/"2"`}, []byte(`W/"2"`)},
		{"awkward key", "https://example.org/a b?x=1&y=*>#frag\n\x00ü", []string{"v"}, []byte("v")},
		{"long key", long, []string{"long"}, []byte("long")},
		{"empty value", "empty", []string{""}, []byte{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range tt.puts {
				if err := kv.Put(t.Context(), tt.key, []byte(v)); err != nil {
					t.Fatalf("Put: %v", err)
				}
			}
			got, err := kv.Get(t.Context(), tt.key)
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			if (got == nil) != (tt.want == nil) || string(got) != string(tt.want) {
				t.Errorf("Get = %q (nil %v), want %q (nil %v)", got, got == nil, tt.want, tt.want == nil)
			}
		})
	}
	t.Run("long keys sharing a prefix stay apart", func(t *testing.T) {
		if err := kv.Put(t.Context(), long+"b", []byte("other")); err != nil {
			t.Fatal(err)
		}
		if got, _ := kv.Get(t.Context(), long); string(got) != "long" {
			t.Errorf("Get(long) = %q", got)
		}
	})
	t.Run("delete", func(t *testing.T) {
		if err := kv.Put(t.Context(), "gone", []byte("x")); err != nil {
			t.Fatal(err)
		}
		if err := kv.Delete(t.Context(), "gone"); err != nil {
			t.Fatal(err)
		}
		got, err := kv.Get(t.Context(), "gone")
		if got != nil || err != nil {
			t.Errorf("Get after Delete = %q, %v; want nil, nil", got, err)
		}
		if err := kv.Delete(t.Context(), "never-there"); err != nil {
			t.Errorf("Delete missing = %v", err)
		}
	})
	t.Run("empty key", func(t *testing.T) {
		if _, err := kv.Get(t.Context(), ""); !errors.Is(err, ErrEmptyKey) {
			t.Errorf("Get(\"\") = %v", err)
		}
		if err := kv.Put(t.Context(), "", nil); !errors.Is(err, ErrEmptyKey) {
			t.Errorf("Put(\"\") = %v", err)
		}
	})
}

// validKVKey mirrors the NATS KV key rule: [-/_=.a-zA-Z0-9]+, no empty
// token, not starting with ".".
func validKVKey(k string) bool {
	if k == "" || strings.HasPrefix(k, ".") || strings.HasSuffix(k, ".") || strings.Contains(k, "..") {
		return false
	}
	for _, r := range k {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune("-/_=.", r):
		default:
			return false
		}
	}
	return true
}

func FuzzKVKey(f *testing.F) {
	for _, s := range []string{"a", "https://example.org/x?y=1", "..", "*", ">", "\x00", strings.Repeat("é", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if key == "" {
			return
		}
		k := kvKey(key)
		if !validKVKey(k) {
			t.Fatalf("kvKey(%q) = %q is not a valid KV key", key, k)
		}
		if len(k) > 2+base64.RawURLEncoding.EncodedLen(maxRawKey) {
			t.Fatalf("kvKey(%q) too long: %d", key, len(k))
		}
		if kvKey(key) != k {
			t.Fatal("kvKey not deterministic")
		}
		if strings.HasPrefix(k, "k.") {
			dec, err := base64.RawURLEncoding.DecodeString(k[2:])
			if err != nil || string(dec) != key {
				t.Fatalf("kvKey(%q) = %q does not decode back", key, k)
			}
		}
	})
}

func FuzzHeaderValue(f *testing.F) {
	for _, s := range []string{"plain", "a\r\nNats-Msg-Id: x", "\xff\xfe", "é" + strings.Repeat("x", 2000), "  pad  "} {
		f.Add(s, 16)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 0 || limit > 4096 {
			return
		}
		v := headerValue(s, limit)
		if len(v) > limit {
			t.Fatalf("len %d > limit %d", len(v), limit)
		}
		if strings.ContainsAny(v, "\r\n\x00") {
			t.Fatalf("control characters left in %q", v)
		}
		if !utf8.ValidString(v) {
			t.Fatalf("invalid UTF-8 in %q", v)
		}
		if strings.TrimSpace(v) != v {
			t.Fatalf("untrimmed %q", v)
		}
	})
}

// TestKVUpdateConcurrent increments one counter from many goroutines on
// two connections: no increment is lost to a concurrent writer.
func TestKVUpdateConcurrent(t *testing.T) {
	cfg := testConfig(t)
	cfg.ListenAddr = "127.0.0.1:-1"
	q1 := openTest(t, cfg)
	q2 := openTest(t, Config{URL: q1.ClientURL(), Logger: testLogger()})
	const perWriter, writers = 10, 6
	var wg sync.WaitGroup
	for w := range writers {
		kv := []*KV{q1.Runs(), q2.Runs()}[w%2]
		wg.Go(func() {
			for range perWriter {
				err := kv.Update(context.Background(), "counter", func(cur []byte) ([]byte, error) {
					n, _ := strconv.Atoi(string(cur))
					return []byte(strconv.Itoa(n + 1)), nil
				})
				if err != nil {
					t.Errorf("Update: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	got, err := q1.Runs().Get(context.Background(), "counter")
	if err != nil || string(got) != strconv.Itoa(perWriter*writers) {
		t.Errorf("counter = %q (%v), want %d", got, err, perWriter*writers)
	}
	stop := errors.New("refused")
	if err := q1.Runs().Update(context.Background(), "counter", func([]byte) ([]byte, error) { return nil, stop }); !errors.Is(err, stop) {
		t.Errorf("Update with a failing fn = %v, want its error", err)
	}
	if got2, _ := q1.Runs().Get(context.Background(), "counter"); string(got2) != string(got) {
		t.Errorf("a failed Update changed the value: %q → %q", got, got2)
	}
}
