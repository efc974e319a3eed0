package store

import (
	"bytes"
	"slices"
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

// TestSplitChunk checks the pieces of an overflowing chunk: the first
// chunk of a word is filled from the end (its front takes the newest
// postings), any other is cut evenly; every piece is non-empty and no
// larger than chunkFill, and the pieces keep every posting in order.
func TestSplitChunk(t *testing.T) {
	size := func(p posting) int { return 3 + 8 + len(p.packed) - dateKeyLen + len(p.bm) }
	for _, tc := range []struct {
		name    string
		n       int
		fromEnd bool
		pieces  int
	}{
		{"fits", 10, false, 1},
		{"even, just over", 20, false, 2},
		{"even, long", 100, false, 6},
		{"from end, just over", 20, true, 2},
		{"from end, long", 100, true, 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ps []posting
			for i := range tc.n {
				ps = append(ps, posting{packed: packKey(nil, []byte(postingKey(i, i))), bm: []byte{1}})
			}
			pieces := splitChunk(ps, tc.fromEnd)
			if len(pieces) != tc.pieces {
				t.Fatalf("%d pieces, want %d", len(pieces), tc.pieces)
			}
			var all []posting
			sizes := make([]int, len(pieces))
			for i, p := range pieces {
				for _, q := range p {
					sizes[i] += size(q)
				}
				if len(p) == 0 || (len(pieces) > 1 && sizes[i] > chunkFill) {
					t.Errorf("piece %d: %d postings, %d bytes", i, len(p), sizes[i])
				}
				all = append(all, p...)
			}
			if len(all) != len(ps) {
				t.Fatalf("%d postings in the pieces, want %d", len(all), len(ps))
			}
			for i := range all {
				if !bytes.Equal(all[i].packed, ps[i].packed) {
					t.Fatalf("posting %d out of place", i)
				}
			}
			last := len(sizes) - 1
			switch {
			case tc.fromEnd && last > 0 && sizes[last] < chunkFill-2*size(ps[0]):
				t.Errorf("from the end: last piece of %d bytes, want about %d", sizes[last], chunkFill)
			case !tc.fromEnd && slices.Max(sizes)-slices.Min(sizes) > 2*size(ps[0]):
				t.Errorf("even: piece sizes %v", sizes)
			}
		})
	}
}
