package store

import (
	"bytes"
	"strings"
	"testing"
)

// TestCmpPacked checks that packed keys compare as their unpacked keys,
// for ids packed alike and not.
func TestCmpPacked(t *testing.T) {
	day := dateKey(t0)
	hexID := strings.Repeat("0a", 16)
	tests := []struct{ a, b string }{
		{string(day) + hexID, string(day) + strings.Repeat("0b", 16)},
		{string(day) + hexID, string(day) + "zz-not-hex"},
		{string(day) + "0a-not-hex", string(day) + hexID},
		{string(day) + "art1", string(day) + "art10"},
		{string(day) + "art2", string(day) + hexID},
		{string(dateKey(t0.Add(1))) + "zz", string(day) + "aa"},
		{string(day) + hexID, string(day) + hexID},
	}
	for _, tt := range tests {
		want := strings.Compare(tt.a, tt.b)
		pa, pb := packKey(nil, []byte(tt.a)), packKey(nil, []byte(tt.b))
		if got := cmpPacked(pa, pb); got != want {
			t.Errorf("cmpPacked(%q, %q) = %d, want %d", tt.a[dateKeyLen:], tt.b[dateKeyLen:], got, want)
		}
		if got := cmpPacked(pb, pa); got != -want {
			t.Errorf("cmpPacked(%q, %q) = %d, want %d", tt.b[dateKeyLen:], tt.a[dateKeyLen:], got, -want)
		}
	}
}

// TestChunkLongSharedPrefix round-trips a chunk whose last posting shares
// more bytes with the one before than are left after it (ids that are
// not packed, one date).
func TestChunkLongSharedPrefix(t *testing.T) {
	day := dateKey(t0)
	ps := []posting{
		{key: append(bytes.Clone(day), "article-000000001"...)},
		{key: append(bytes.Clone(day), "article-000000002"...)},
	}
	v := encodeChunk(ps)
	for name, decode := range map[string]func([]byte) ([]posting, error){"decodeChunk": decodeChunk, "decodePacked": decodePacked} {
		got, err := decode(v)
		if err != nil || len(got) != 2 {
			t.Fatalf("%s: %d postings, %v", name, len(got), err)
		}
		for i := range got {
			if k, _ := unpackKey(nil, got[i].packed); !bytes.Equal(k, ps[i].key) {
				t.Errorf("%s: posting %d is %q, want %q", name, i, k, ps[i].key)
			}
		}
	}
}
